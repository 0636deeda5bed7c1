package org.confounderlab.engine.run;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.nio.file.Files;

import org.confounderlab.engine.data.ManifestEntry;
import org.confounderlab.engine.data.SplitName;
import org.confounderlab.engine.image.ImageDecodeException;
import org.confounderlab.engine.input.Letterboxed;
import org.confounderlab.engine.input.ParallelPass;
import org.confounderlab.engine.diagnostics.FeatureMatrix;
import org.confounderlab.engine.training.BatchStream;
import org.confounderlab.engine.input.StreamedImages;
import org.confounderlab.engine.training.TensorBatch;
import org.confounderlab.engine.leaks.FeatureNearDuplicates;
import org.confounderlab.engine.leaks.NearDuplicates;
import org.confounderlab.engine.leaks.PerceptualHash;
import org.confounderlab.engine.leaks.SplitLeaks;
import org.confounderlab.engine.leaks.StandardisedThumbnail;
import org.confounderlab.engine.split.SplitAssignment;
import org.confounderlab.engine.training.ImageClassifier;
import org.confounderlab.engine.training.InspectableClassifier;
import org.confounderlab.model.resource.AtomicFiles;
import org.confounderlab.model.run.ArtifactKind;
import org.confounderlab.model.run.LeakCheck;
import org.confounderlab.model.run.Run;
import org.confounderlab.model.run.RunFactory;

/**
 * The "leaks" stage of a run, after the images are open: the perceptual hash of every readable image as the run
 * reads it (preprocessed, from the cache when there is one), the near-duplicate pairs across its splits and the
 * patients in more than one split ({@link SplitLeaks}), recorded in the run ({@link LeakCheck}) and listed in
 * {@value #LEAKS_FILE}. The test images that leak are left out of the leak-free evaluation that follows the others.
 */
public final class LeakStage {

    /** The run folder's list of near-duplicate pairs and shared patients. */
    public static final String LEAKS_FILE = "leaks.tsv";

    /** The spill file of the feature check's features, in the run folder while the check reads it. */
    public static final String FEATURES_FILE = "leak-features.f32";

    private final PrintStream progress;

    // what the hash check found, for the feature check after training
    private List<ManifestEntry> entries = List.of();
    private SplitName[] groups = new SplitName[0];
    private long[] hashes = new long[0];
    private SplitLeaks leaks;
    private List<FeatureNearDuplicates.Pair> featurePairs = List.of();

    public LeakStage(PrintStream progress) {
        this.progress = progress;
    }

    /** Checks {@code splits} within {@code maxDistance} bits; returns the test entries that leak. */
    public Set<ManifestEntry> check(Run run, SplitAssignment splits, int maxDistance, RunImages images,
            RunFolder folder, int threads) throws IOException, InterruptedException {
        long start = System.currentTimeMillis();
        List<ManifestEntry> entries = splits.entries();
        this.entries = entries;
        List<ManifestEntry> readable = images.readable(entries);
        Set<ManifestEntry> usable = Collections.newSetFromMap(new IdentityHashMap<>());
        usable.addAll(readable);
        SplitName[] groups = new SplitName[entries.size()];
        long[] hashes = new long[entries.size()];
        ParallelPass.run(entries.size(), threads, null, "leaks", i -> {
            ManifestEntry entry = entries.get(i);
            if (!usable.contains(entry)) {
                return; // unreadable: left out of the run, and of the check
            }
            try {
                Letterboxed image = images.read(entry);
                int side = images.size();
                hashes[i] = PerceptualHash.of(image.pixels(), side, side);
                groups[i] = splits.splits().get(i);
            } catch (ImageDecodeException e) {
                // read once already by the cache or the check: a file changed since is left out of the check
            }
        });
        // Hash matches confirmed on thumbnails, read again (from the cache) for the images in a match only, the last
        // few thousand kept: pairs come sorted by their first image.
        java.util.Map<Integer, StandardisedThumbnail> thumbnails = new java.util.LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(java.util.Map.Entry<Integer, StandardisedThumbnail> eldest) {
                return size() > 4096;
            }
        };
        this.groups = groups;
        this.hashes = hashes;
        SplitLeaks leaks = SplitLeaks.of(entries, groups, hashes, maxDistance, (a, b) -> {
            StandardisedThumbnail first = thumbnail(thumbnails, images, entries, a);
            StandardisedThumbnail second = thumbnail(thumbnails, images, entries, b);
            return first != null && second != null && first.difference(second) <= StandardisedThumbnail.NEAR_DUPLICATE;
        });
        LeakCheck record = RunFactory.eINSTANCE.createLeakCheck();
        record.setMaxDistance(maxDistance);
        record.setTrainTestPairs(leaks.pairsBySplits().getOrDefault("train–test", 0));
        record.setValidationTestPairs(leaks.pairsBySplits().getOrDefault("validation–test", 0));
        record.setTrainValidationPairs(leaks.pairsBySplits().getOrDefault("train–validation", 0));
        record.setSharedPatients(leaks.sharedPatients().size());
        record.setLeakingTestImages(leaks.leakingTest().size());
        record.setTestImages(leaks.testImages().size());
        run.setLeaks(record);
        this.leaks = leaks;
        write(folder.path().resolve(LEAKS_FILE));
        run.getArtifacts().add(RunRecords.artifact(ArtifactKind.LOG, LEAKS_FILE, leaks.describe()));
        progress.printf(java.util.Locale.ROOT, "leaks: %s (%.1f s)%n", leaks.describe(),
                (System.currentTimeMillis() - start) / 1000.0);
        return leakingTest();
    }

    /**
     * After training, the same splits again by {@code model}'s penultimate features: the image pairs across splits
     * whose centred features have a cosine of at least {@code minCosine} ({@link FeatureNearDuplicates}), added to
     * the run's {@link LeakCheck} and to {@value #LEAKS_FILE}; returns the test entries that leak by hash, patient
     * or features. Every readable image is read through the model once, unaugmented; the features stay in the heap up
     * to {@code featuresInHeap} bytes and in {@value #FEATURES_FILE} beyond that.
     */
    public Set<ManifestEntry> checkFeatures(Run run, InspectableClassifier model, RunImages images, double minCosine,
            long seed, RunFolder folder, long featuresInHeap) throws IOException, InterruptedException {
        Set<ManifestEntry> leaking = leakingTest();
        if (leaks == null || minCosine <= 0 || run.getLeaks() == null) {
            return leaking;
        }
        long start = System.currentTimeMillis();
        Map<ManifestEntry, Integer> index = new IdentityHashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            if (groups[i] != null) {
                index.put(entries.get(i), i);
            }
        }
        List<ManifestEntry> checked = images.readable(entries).stream().filter(index::containsKey).toList();
        StreamedImages source = images.of(checked, seed);
        Path spill = folder.path().resolve(FEATURES_FILE);
        FeatureNearDuplicates.Result found;
        try (FeatureMatrix features = features(model, source, spill, featuresInHeap)) {
            SplitName[] of = new SplitName[checked.size()];
            for (int k = 0; k < of.length; k++) {
                of[k] = groups[index.get(checked.get(k))];
            }
            found = FeatureNearDuplicates.across(features, of, minCosine, seed);
        } finally {
            Files.deleteIfExists(spill);
        }
        LeakCheck record = run.getLeaks();
        record.setMinCosine(minCosine);
        if (found.crowded()) {
            record.setFeatureCheckNote(String.format(java.util.Locale.ROOT, "left out: %.1f%% of %d random image "
                    + "pairs across splits have a centred feature cosine of %.2f or more, so the model's features do "
                    + "not tell a copy from an unrelated image (they span too few directions)",
                    100 * found.randomPairShare(), FeatureNearDuplicates.SAMPLED_PAIRS, minCosine));
            progress.printf(java.util.Locale.ROOT, "leaks by features: %s (%.1f s)%n", record.getFeatureCheckNote(),
                    (System.currentTimeMillis() - start) / 1000.0);
            return leaking;
        }
        Set<Long> hashPairs = new java.util.HashSet<>();
        leaks.pairs().forEach(p -> hashPairs.add((long) p.first() << 32 | p.second()));
        List<FeatureNearDuplicates.Pair> pairs = new ArrayList<>();
        int featureOnly = 0;
        for (FeatureNearDuplicates.Pair pair : found.pairs()) {
            int a = index.get(checked.get(pair.first()));
            int b = index.get(checked.get(pair.second()));
            FeatureNearDuplicates.Pair byEntry = new FeatureNearDuplicates.Pair(Math.min(a, b), Math.max(a, b),
                    pair.cosine());
            pairs.add(byEntry);
            if (!hashPairs.contains((long) byEntry.first() << 32 | byEntry.second())) {
                featureOnly++;
            }
            String splitsKey = SplitLeaks.key(groups[byEntry.first()], groups[byEntry.second()]);
            switch (splitsKey) {
                case "train–test" -> record.setFeatureTrainTestPairs(record.getFeatureTrainTestPairs() + 1);
                case "validation–test" -> record.setFeatureValidationTestPairs(
                        record.getFeatureValidationTestPairs() + 1);
                default -> record.setFeatureTrainValidationPairs(record.getFeatureTrainValidationPairs() + 1);
            }
            for (int i : new int[] {byEntry.first(), byEntry.second()}) {
                if (groups[i] == SplitName.TEST) {
                    leaking.add(entries.get(i));
                }
            }
        }
        featurePairs = List.copyOf(pairs);
        record.setFeatureOnlyPairs(featureOnly);
        record.setLeakingTestImages(leaking.size());
        write(folder.path().resolve(LEAKS_FILE));
        progress.printf(java.util.Locale.ROOT, "leaks by features: %d pairs across splits with centred cosine ≥ %.3f"
                + " (%d not found by the hash; train–test %d, validation–test %d, train–validation %d), %d of %d test"
                + " images leak now; %d of %d images compared, %d candidate pairs, %.2f%% of random pairs pass%s"
                + " (%.1f s)%n", pairs.size(),
                minCosine, featureOnly, record.getFeatureTrainTestPairs(), record.getFeatureValidationTestPairs(),
                record.getFeatureTrainValidationPairs(), leaking.size(), record.getTestImages(), checked.size(),
                entries.size(), found.compared(), 100 * found.randomPairShare(), found.stopped() ? ", stopped at the limit: the features are too"
                        + " alike to find every pair" : "", (System.currentTimeMillis() - start) / 1000.0);
        return leaking;
    }

    /** The test entries that leak by hash or patient (and, after {@link #checkFeatures}, by features). */
    private Set<ManifestEntry> leakingTest() {
        Set<ManifestEntry> leaking = Collections.newSetFromMap(new IdentityHashMap<>());
        if (leaks != null) {
            leaks.leakingTest().forEach(i -> leaking.add(entries.get(i)));
        }
        for (FeatureNearDuplicates.Pair pair : featurePairs) {
            for (int i : new int[] {pair.first(), pair.second()}) {
                if (groups[i] == SplitName.TEST) {
                    leaking.add(entries.get(i));
                }
            }
        }
        return leaking;
    }

    private static FeatureMatrix features(InspectableClassifier model, StreamedImages images, Path spill,
            long featuresInHeap) throws IOException, InterruptedException {
        FeatureMatrix.Builder builder = FeatureMatrix.builder(images.count(), featuresInHeap, spill);
        try (BatchStream<TensorBatch> batches = BatchStream.inOrder(images, ImageClassifier.SCORING_BATCH)) {
            while (batches.hasNext()) {
                for (double[] row : model.features(batches.next())) {
                    builder.add(row);
                }
            }
        }
        return builder.build();
    }

    /**
     * One line for the run's views and report: the pairs across splits, the shared patients, the leaking test images
     * and, when they were left out, the leak-free AUC of each label; empty when the run has no leak check.
     */
    public static String describe(Run run) {
        LeakCheck leaks = run.getLeaks();
        if (leaks == null) {
            return "";
        }
        int pairs = leaks.getTrainTestPairs() + leaks.getValidationTestPairs() + leaks.getTrainValidationPairs();
        StringBuilder text = new StringBuilder("leaks: ").append(pairs).append(pairs == 1 ? " near-duplicate pair"
                : " near-duplicate pairs").append(" across splits (train–test ").append(leaks.getTrainTestPairs())
                .append(", validation–test ").append(leaks.getValidationTestPairs()).append(", train–validation ")
                .append(leaks.getTrainValidationPairs()).append("; hashes within ").append(leaks.getMaxDistance())
                .append(" bits), ").append(leaks.getSharedPatients()).append(leaks.getSharedPatients() == 1
                        ? " patient" : " patients").append(" in two splits; ").append(leaks.getLeakingTestImages())
                .append(" of ").append(leaks.getTestImages()).append(" test images leak");
        if (leaks.getMinCosine() > 0 && leaks.getFeatureCheckNote() != null && !leaks.getFeatureCheckNote()
                .isEmpty()) {
            text.insert(text.indexOf(" bits), ") + " bits)".length(), "; by features: none counted, the model's "
                    + "features cannot tell copies from unrelated images");
        } else if (leaks.getMinCosine() > 0) {
            int byFeatures = leaks.getFeatureTrainTestPairs() + leaks.getFeatureValidationTestPairs()
                    + leaks.getFeatureTrainValidationPairs();
            text.insert(text.indexOf(" bits), ") + " bits)".length(), String.format(java.util.Locale.ROOT,
                    ", %d by features (centred cosine ≥ %.2f; %d the hash missed)", byFeatures,
                    leaks.getMinCosine(), leaks.getFeatureOnlyPairs()));
            pairs += byFeatures;
        }
        if (leaks.getLeakFree() != null) {
            for (org.confounderlab.model.run.LabelEvaluation label : leaks.getLeakFree().getLabels()) {
                text.append(String.format(java.util.Locale.ROOT, "; leak-free AUC(%s) %.3f [%.3f, %.3f] on %d",
                        label.getLabel(), label.getAuc(), label.getCiLower(), label.getCiUpper(),
                        leaks.getLeakFree().getN()));
            }
        }
        return text.append(pairs + leaks.getSharedPatients() > 0 ? " (" + LEAKS_FILE + ")" : "").toString();
    }

    private static StandardisedThumbnail thumbnail(java.util.Map<Integer, StandardisedThumbnail> thumbnails, RunImages images,
            List<ManifestEntry> entries, int index) {
        StandardisedThumbnail known = thumbnails.get(index);
        if (known == null) {
            try {
                Letterboxed image = images.read(entries.get(index));
                known = StandardisedThumbnail.of(image.pixels(), images.size(), images.size());
                thumbnails.put(index, known);
            } catch (ImageDecodeException e) {
                return null;
            }
        }
        return known;
    }

    private void write(Path file) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("kind\tsplit_a\timage_a\tsplit_b\timage_b\tbits\tcosine");
        for (NearDuplicates.Pair pair : leaks.pairs()) {
            lines.add("near-duplicate\t" + name(groups[pair.first()]) + "\t" + entries.get(pair.first()).image()
                    + "\t" + name(groups[pair.second()]) + "\t" + entries.get(pair.second()).image() + "\t"
                    + PerceptualHash.distance(hashes[pair.first()], hashes[pair.second()]) + "\t");
        }
        for (FeatureNearDuplicates.Pair pair : featurePairs) {
            lines.add("feature near-duplicate\t" + name(groups[pair.first()]) + "\t" + entries.get(pair.first())
                    .image() + "\t" + name(groups[pair.second()]) + "\t" + entries.get(pair.second()).image() + "\t"
                    + PerceptualHash.distance(hashes[pair.first()], hashes[pair.second()]) + "\t"
                    + String.format(java.util.Locale.ROOT, "%.4f", pair.cosine()));
        }
        for (String patient : leaks.sharedPatients()) {
            lines.add("shared patient\t\t" + patient + "\t\t\t\t");
        }
        AtomicFiles.write(file, out -> {
            for (String line : lines) {
                out.write((line + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
        });
    }

    private static String name(SplitName split) {
        return split.name().toLowerCase(java.util.Locale.ROOT);
    }
}
