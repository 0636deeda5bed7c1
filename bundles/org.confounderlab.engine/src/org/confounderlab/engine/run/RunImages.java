package org.confounderlab.engine.run;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.confounderlab.engine.data.Box;
import org.confounderlab.engine.data.DataProblem;
import org.confounderlab.engine.data.DataSetException;
import org.confounderlab.engine.data.ProblemReport;
import org.confounderlab.engine.data.ManifestEntry;
import org.confounderlab.engine.data.ProblemPolicy;
import org.confounderlab.engine.image.Augmentation;
import org.confounderlab.engine.image.ColourMode;
import org.confounderlab.engine.image.ImageIntervention;
import org.confounderlab.engine.image.ImagePipeline;
import org.confounderlab.engine.image.Interpolation;
import org.confounderlab.engine.image.Normalisation;
import org.confounderlab.engine.imageproperties.ImagePropertyMeter;
import org.confounderlab.engine.imageproperties.ImagePropertyTable;
import org.confounderlab.engine.input.DecodingStore;
import org.confounderlab.engine.input.ImageCheck;
import org.confounderlab.engine.input.LetterboxedStore;
import org.confounderlab.engine.input.PreprocessedCache;
import org.confounderlab.engine.input.StreamedImages;
import org.confounderlab.model.experiment.BadImagePolicy;
import org.confounderlab.model.experiment.Experiment;
import org.confounderlab.model.experiment.MaskPlacement;
import org.confounderlab.model.experiment.Region;
import org.confounderlab.model.run.ArtifactKind;
import org.confounderlab.model.run.InputRecord;
import org.confounderlab.model.run.Run;

/**
 * The "images" stage of a run: where every split's images come from, and how they are changed, for every later
 * stage. It opens (or builds) the data set's preprocessed cache, or checks every file without one, so unreadable
 * images are found before training: they are listed in the run folder and left out of every split (or stop the run,
 * as the policy says). It sets up the train-time cover (the masked arm), which goes on every image of the run, and
 * the augmentation of training epochs.
 */
public final class RunImages implements AutoCloseable {

    /** The list of unreadable images in the run folder. */
    public static final String BAD_IMAGES_FILE = "bad-images.tsv";

    private final List<String> labels;
    private final LetterboxedStore store;
    private final Normalisation normalisation;
    private final Function<ManifestEntry, Map<String, Box>> regions;
    private final ImageIntervention cover;
    private final Augmentation augmentation;
    private final long seed;
    private final long trainingSeed;
    private final StreamedImages.Reading reading;
    private final Set<Path> bad;
    private final AutoCloseable closing;
    private final ImagePropertyTable imageProperties;

    /** The file beside a preprocessed cache that keeps its images' properties. */
    public static final String PROPERTIES_SUFFIX = ".properties.tsv";

    private RunImages(List<String> labels, LetterboxedStore store, Normalisation normalisation,
            Function<ManifestEntry, Map<String, Box>> regions,
            ImageIntervention cover, Augmentation augmentation, long seed, long trainingSeed,
            StreamedImages.Reading reading, Set<Path> bad, AutoCloseable closing, ImagePropertyTable imageProperties) {
        this.imageProperties = imageProperties;
        this.labels = labels;
        this.store = store;
        this.normalisation = normalisation;
        this.regions = regions;
        this.cover = cover;
        this.augmentation = augmentation;
        this.seed = seed;
        this.trainingSeed = trainingSeed;
        this.reading = reading;
        this.bad = bad;
        this.closing = closing;
    }

    /**
     * Opens the images of {@code allEntries} (the whole data set) for {@code run}: the cache or the check, the bad
     * images' list, the cover over {@code trainEntries}' regions, the augmentation.
     */
    public static RunImages open(Run run, Experiment experiment, List<String> labels, List<ManifestEntry> allEntries,
            List<ManifestEntry> trainEntries, RunFolder folder, InputOptions options, PrintStream progress)
            throws IOException, DataSetException, InterruptedException {
        int channels = experiment.getModel().getChannels();
        ImagePipeline pipeline = new ImagePipeline(channels == 3 ? ColourMode.RGB : ColourMode.GRAY,
                experiment.getModel().getInputSize(), Interpolation.BILINEAR, Normalisation.IDENTITY,
                experiment.getDataset().getDicomIntensity());
        LetterboxedStore store;
        List<DataProblem> problems;
        AutoCloseable closing = null;
        int threads = Math.max(1, options.readThreads());
        // Every image is decoded once here anyway (for the cache, or the check): its properties are measured then.
        ImagePropertyTable.Collector properties = new ImagePropertyTable.Collector(new ImagePropertyMeter(
                experiment.getDataset().getDicomIntensity()));
        ImagePropertyTable measured = null;
        if (options.cache()) {
            Path cacheFolder = options.cacheFolder() != null ? options.cacheFolder()
                    : folder.path().toAbsolutePath().getParent().getParent().resolve(".cache");
            int bits = options.cacheBits() != 0 ? options.cacheBits() : PreprocessedCache.bitsFor(allEntries);
            PreprocessedCache.Opening opening = PreprocessedCache.open(cacheFolder, allEntries, pipeline, bits,
                    threads, progress, properties);
            progress.println("cache: " + opening.describe());
            run.getArtifacts().add(RunRecords.artifact(ArtifactKind.OTHER,
                    opening.cache().file().toAbsolutePath().toString(), "preprocessed cache, " + opening.describe()));
            store = opening.cache();
            closing = opening.cache();
            Path sidecar = opening.cache().file().resolveSibling(opening.cache().file().getFileName()
                    + PROPERTIES_SUFFIX);
            if (opening.built()) {
                measured = properties.table(allEntries);
                measured.write(sidecar, allEntries);
            } else {
                measured = ImagePropertyTable.read(sidecar, allEntries);
                if (measured == null) {
                    progress.println("image properties: not kept with this cache (built before they were "
                            + "measured); './confounderlab cache clean --all' rebuilds it with them");
                }
            }
            problems = opening.problems();
            InputRecord inputs = RunRecords.inputs(run);
            inputs.setCacheFile(opening.cache().file().toAbsolutePath().toString());
            inputs.setCacheBuilt(opening.built());
            inputs.setCacheMillis(opening.millis());
            inputs.setCacheBytes(opening.cache().fileSize());
            inputs.setCacheBits(opening.cache().bits());
        } else {
            DecodingStore decoding = new DecodingStore(pipeline);
            long start = System.currentTimeMillis();
            problems = ImageCheck.of(allEntries, new DecodingStore(pipeline, properties), threads, progress);
            measured = properties.table(allEntries);
            long millis = System.currentTimeMillis() - start;
            progress.printf(Locale.ROOT, "images: checked %d files in %.1f s (no cache: every read decodes)%n",
                    allEntries.size(), millis / 1000.0);
            InputRecord inputs = RunRecords.inputs(run);
            inputs.setCacheFile(null);
            inputs.setCacheBuilt(false);
            inputs.setCacheMillis(millis);
            inputs.setCacheBytes(0);
            inputs.setCacheBits(0);
            run.getArtifacts().add(RunRecords.artifact(ArtifactKind.OTHER, "",
                    "no preprocessed cache: images decoded from the files on every read"));
            store = decoding;
        }
        ProblemPolicy policy = options.onBadImage() != null ? options.onBadImage()
                : experiment.getDataset().getBadImagePolicy() == BadImagePolicy.STOP ? ProblemPolicy.STOP
                        : ProblemPolicy.SKIP;
        Set<Path> bad = new HashSet<>();
        RunRecords.inputs(run).setBadImages(problems.size());
        if (!problems.isEmpty()) {
            Path list = folder.path().resolve(BAD_IMAGES_FILE);
            ProblemReport.report("unreadable images" + (policy == ProblemPolicy.SKIP
                    ? ", left out of the run" : ""), problems, list, progress);
            run.getArtifacts().add(RunRecords.artifact(ArtifactKind.LOG, BAD_IMAGES_FILE, problems.size()
                    + (problems.size() == 1 ? " unreadable image" : " unreadable images")
                    + (policy == ProblemPolicy.SKIP ? ", skipped" : "")));
            if (policy == ProblemPolicy.STOP) {
                if (closing != null) {
                    closeQuietly(closing);
                }
                throw new DataSetException(problems);
            }
            problems.forEach(problem -> bad.add(problem.file()));
        }
        Function<ManifestEntry, Map<String, Box>> regions = ExperimentRegions.of(experiment);
        ImageIntervention cover = null;
        List<String> masked = experiment.getTraining().getTrainTimeMasking().stream().map(Region::getName).toList();
        if (!masked.isEmpty()) {
            // With train-time masking the same covers go on every image, test images too: the arm is evaluated as
            // it would be used, and the test variants then act on top of the covers.
            List<ManifestEntry> readable = trainEntries.stream().filter(e -> !bad.contains(e.image())).toList();
            TrainTimeMask mask = TrainTimeMask.over(readable, regions, masked);
            boolean random = experiment.getTraining().getTrainTimeMaskPlacement() == MaskPlacement.RANDOM_LOCATION;
            cover = random ? mask.randomErasing() : mask.intervention();
            regions = mask.addCovers(regions);
            mask.cover().forEach((name, box) -> {
                if (random) {
                    progress.printf(Locale.ROOT, "training with a black box the size of %s's cover (%.0f×%.0f px) "
                            + "erased at a random place away from it in every image (the control arm)%n", name,
                            box.width(), box.height());
                } else {
                    progress.printf(Locale.ROOT, "training with %s covered by a black box at x %.0f, y %.0f, "
                            + "%.0f×%.0f px in every image%n", name, box.x(), box.y(), box.width(), box.height());
                }
            });
        }
        Augmentation augmentation = augmentation(experiment.getTraining().getAugmentation());
        if (augmentation.changesImages()) {
            progress.println("augmentation in training epochs: " + augmentation.describe()
                    + " (region boxes move with the image)");
        }
        // The store (and its cache) holds letterboxed pixels in [0, 1]; the model's normalisation comes last.
        return new RunImages(labels, store, ModelInput.normalisation(experiment.getModel()), regions, cover,
                augmentation, experiment.getSplit().getSeed(),
                experiment.getTraining().getSeed(), new StreamedImages.Reading(options.readThreads(),
                        options.prefetch()), bad, closing, measured);
    }

    /** The experiment's augmentation in the image pipeline's terms. */
    static Augmentation augmentation(org.confounderlab.model.experiment.Augmentation spec) {
        if (spec == null) {
            return Augmentation.NONE;
        }
        return new Augmentation(spec.isHorizontalFlip() ? 0.5 : 0, spec.getRotationDegrees(), 0,
                spec.getIntensityJitter(), spec.getTranslationFraction());
    }

    /** One image as the run reads it, letterboxed, before the cover, augmentation and normalisation. */
    org.confounderlab.engine.input.Letterboxed read(ManifestEntry entry)
            throws org.confounderlab.engine.image.ImageDecodeException {
        return store.read(entry);
    }

    /**
     * The image properties of every entry of the data set, measured when the images were decoded for the cache or
     * the check (or kept with a reused cache); {@code null} when a reused cache has none.
     */
    public ImagePropertyTable imageProperties() {
        return imageProperties;
    }

    /** The side of the letterboxed images. */
    int size() {
        return store.size();
    }

    /** {@code entries} without the unreadable images. */
    List<ManifestEntry> readable(List<ManifestEntry> entries) {
        return bad.isEmpty() ? entries : entries.stream().filter(e -> !bad.contains(e.image())).toList();
    }

    /**
     * The readable images of {@code entries} as the run's model sees them: with the cover when the run has one,
     * its draws seeded by {@code coverSeed}; not augmented.
     */
    StreamedImages of(List<ManifestEntry> entries, long coverSeed) {
        return StreamedImages.of(readable(entries), labels, store, normalisation, regions, reading)
                .withIntervention(cover, coverSeed);
    }

    /**
     * The readable images of {@code entries} through {@code change} instead of the run's cover, with the regions
     * {@code withRegions} (the teacher's, with its own covers); augmented in training epochs like the run's training
     * images, with the same draws.
     */
    StreamedImages through(List<ManifestEntry> entries, ImageIntervention change,
            Function<ManifestEntry, Map<String, Box>> withRegions, long changeSeed) {
        return StreamedImages.of(readable(entries), labels, store, normalisation, withRegions, reading)
                .withIntervention(change, changeSeed).withAugmentation(augmentation, trainingSeed);
    }

    /** Training images: with the cover, augmented in every epoch (draws seeded by the training seed). */
    public StreamedImages training(List<ManifestEntry> entries) {
        return of(entries, seed).withAugmentation(augmentation, trainingSeed);
    }

    /** Validation images: with the cover, never augmented. */
    public StreamedImages validation(List<ManifestEntry> entries) {
        return of(entries, seed + 1);
    }

    /** Test images: with the cover; every variant acts on top of it. */
    public StreamedImages test(List<ManifestEntry> entries) {
        return of(entries, seed);
    }

    /** Each image's regions in original-image pixels, the cover included. */
    public Function<ManifestEntry, Map<String, Box>> regions() {
        return regions;
    }

    /** The train-time cover, or {@code null}. */
    ImageIntervention cover() {
        return cover;
    }

    /** The augmentation of training epochs. */
    Augmentation augmentation() {
        return augmentation;
    }

    @Override
    public void close() {
        if (closing != null) {
            closeQuietly(closing);
        }
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            // a read-only file: nothing is lost
        }
    }
}
