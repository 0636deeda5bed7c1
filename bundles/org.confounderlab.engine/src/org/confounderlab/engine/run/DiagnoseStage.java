package org.confounderlab.engine.run;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

import org.confounderlab.engine.data.Box;
import org.confounderlab.engine.data.DataSetException;
import org.confounderlab.engine.data.ManifestEntry;
import org.confounderlab.engine.diagnostics.AssociationShift;
import org.confounderlab.engine.diagnostics.AttentionSummary;
import org.confounderlab.engine.diagnostics.FeatureMatrix;
import org.confounderlab.engine.diagnostics.FeatureProbe;
import org.confounderlab.engine.diagnostics.FeatureRows;
import org.confounderlab.engine.diagnostics.ProbeResult;
import org.confounderlab.engine.diagnostics.DeletionCurve;
import org.confounderlab.engine.diagnostics.SaliencyAnalysis;
import org.confounderlab.engine.diagnostics.SubgroupMetrics;
import org.confounderlab.engine.report.Canvas;
import org.confounderlab.engine.report.GrayImages;
import org.confounderlab.engine.report.HeatmapOverlay;
import org.confounderlab.engine.stats.CaseControlScores;
import org.confounderlab.engine.stats.DeLongAuc;
import org.confounderlab.engine.stats.OperatingPoint;
import org.confounderlab.engine.training.ImageClassifier;
import org.confounderlab.engine.training.InspectableClassifier;
import org.confounderlab.engine.input.StreamedImages;
import org.confounderlab.engine.training.BatchStream;
import org.confounderlab.engine.training.ImageSource;
import org.confounderlab.engine.training.TensorBatch;
import org.confounderlab.engine.training.TrainingBackend;
import org.confounderlab.engine.training.TrainingException;
import org.confounderlab.engine.training.TrainingSettings;
import org.confounderlab.model.experiment.AttributeKind;
import org.confounderlab.model.experiment.ConfounderAttribute;
import org.confounderlab.model.experiment.DiagnosticsSpec;
import org.confounderlab.model.experiment.Experiment;
import org.confounderlab.model.experiment.ExperimentFactory;
import org.confounderlab.model.experiment.Rebalancing;
import org.confounderlab.model.experiment.Region;
import org.confounderlab.model.resource.AtomicFiles;
import org.confounderlab.model.run.ArtifactKind;
import org.confounderlab.model.run.AttributeProbe;
import org.confounderlab.model.run.Run;
import org.confounderlab.model.run.RunFactory;
import org.confounderlab.model.run.SaliencyMethod;
import org.confounderlab.model.run.RegionAttention;
import org.confounderlab.model.run.SaliencyCase;
import org.confounderlab.model.run.SaliencySummary;
import org.confounderlab.model.run.ShiftTest;
import org.confounderlab.model.run.SubgroupMetric;

/**
 * The "diagnose" stage of a run, after training, on the original test images: saliency (Grad-CAM, optionally
 * occlusion) with attention shares per region and overlays of the images that look most at a region, attribute
 * probes on the frozen features (spilled to a file when large), attribute models, subgroup metrics at the threshold
 * chosen on validation data and shift tests. Everything goes into the run model;
 * the overlays go to {@code heatmaps/} in the run folder.
 */
public final class DiagnoseStage {

    /** Folder of the overlay PNGs in the run folder. */
    static final String HEATMAP_FOLDER = "heatmaps";
    private static final int PROBE_FOLDS = 5;

    /** The spill file of the penultimate features, in the run folder while the probes read it. */
    public static final String FEATURES_FILE = "features.f32";

    private final PrintStream progress;
    private final long featuresInHeap;

    /** Diagnostics that keep the probes' features in the heap up to 1/8 of it, and spill larger ones to a file. */
    public DiagnoseStage(PrintStream progress) {
        this(progress, Runtime.getRuntime().maxMemory() / 8);
    }

    /** Diagnostics that keep the probes' features in the heap up to {@code featuresInHeap} bytes. */
    public DiagnoseStage(PrintStream progress, long featuresInHeap) {
        this.progress = progress;
        this.featuresInHeap = featuresInHeap;
    }

    /** Image properties by image file, for describing slices; empty unless {@link #describingSlicesBy} gave them. */
    private final Map<java.nio.file.Path, double[]> imageProperties = new java.util.HashMap<>();
    private final List<String> propertyNames = new ArrayList<>();

    /**
     * This stage with the images' properties ({@code table}, over {@code entries} in order) among what slices are
     * described by: a slice of dark images, or of one scanner's image size, says so even without an attribute.
     */
    public DiagnoseStage describingSlicesBy(org.confounderlab.engine.imageproperties.ImagePropertyTable table,
            List<ManifestEntry> entries) {
        if (table == null) {
            return this;
        }
        List<org.confounderlab.engine.imageproperties.ImageProperty> varying = java.util.Arrays.stream(
                org.confounderlab.engine.imageproperties.ImageProperty.values()).filter(table::varies).toList();
        varying.forEach(p -> propertyNames.add(p.attribute()));
        List<double[]> columns = varying.stream().map(table::values).toList();
        for (int i = 0; i < entries.size(); i++) {
            double[] row = new double[varying.size()];
            for (int p = 0; p < row.length; p++) {
                row[p] = columns.get(p)[i];
            }
            imageProperties.put(entries.get(i).image().toAbsolutePath(), row);
        }
        return this;
    }

    /** The images of a run's training and validation splits, as the model saw them, and the test entries. */
    public record Splits(StreamedImages train, StreamedImages validation, List<ManifestEntry> test) {

        List<ManifestEntry> trainEntries() {
            return train.entries();
        }

        List<ManifestEntry> validationEntries() {
            return validation.entries();
        }
    }

    /** Trains a classifier of the experiment's kind on other targets (the attribute models). */
    @FunctionalInterface
    public interface AttributeModelTrainer {
        ImageClassifier train(ImageSource train, ImageSource validation) throws TrainingException;

        /**
         * Attribute models like the disease model of {@code settings}, from {@code backend}: the same network and
         * settings, fewer epochs (at most 10), no checkpoints, no early stopping, no distillation from the disease
         * teacher and no re-balancing by the disease label.
         */
        static AttributeModelTrainer like(TrainingBackend backend, TrainingSettings settings) {
            TrainingSettings attributeSettings = settings.withCheckpoints(null).resumingAfter(List.of())
                    .withEarlyStopping(0).withEpochs(Math.max(1, Math.min(settings.epochs(), 10)))
                    .withDistillation(null).withExampleWeights(null).withRebalancing(Rebalancing.NONE);
            return (train, validation) -> backend.train(train, validation, attributeSettings, epoch -> { });
        }
    }

    /**
     * Runs the diagnostics on {@code original}, the test images as the counterfactual evaluation loaded and scored
     * them (with any train-time covers), so they are not decoded twice.
     */
    public void run(Run run, Experiment experiment, ImageClassifier classifier, Splits splits,
            EvaluateStage.Original original, Function<ManifestEntry, Map<String, Box>> regions,
            AttributeModelTrainer attributeTrainer, RunFolder folder)
            throws DataSetException, IOException, TrainingException, InterruptedException {
        DiagnosticsSpec spec = experiment.getDiagnostics() != null ? experiment.getDiagnostics()
                : ExperimentFactory.eINSTANCE.createDiagnosticsSpec();
        List<String> labels = classifier.labels();
        List<ManifestEntry> test = splits.test();
        ImageSource validation = splits.validation();
        StreamedImages batch = original.images();
        List<Integer> explained = explainedLabels(spec, labels);
        double[][] testScores = original.scores();
        double[][] validationScores = classifier.scoresOf(validation);

        if (classifier instanceof InspectableClassifier model && spec.isGradCam()) {
            long start = System.currentTimeMillis();
            List<String> regionNames = experiment.getRegions().stream().map(Region::getName).toList();
            List<Map<String, Box>> inputRegions = new ArrayList<>(batch.count());
            for (int i = 0; i < batch.count(); i++) {
                inputRegions.add(batch.inputRegions(i));
            }
            SaliencyAnalysis.Result saliency = new SaliencyAnalysis(model, new SaliencyAnalysis.Options(
                    spec.getGradCamLayer(), spec.getBootstrapResamples(), spec.getAlpha(),
                    experiment.getSplit().getSeed(), spec.getWorstCases(), spec.isOcclusion()
                            ? spec.getOcclusionImages() : 0, 8)).analyse(batch, inputRegions, regionNames, explained);
            saliency.summaries().forEach(summary -> run.getSaliency().add(saliencySummary(summary)));
            for (SaliencyAnalysis.Deletion deletion : saliency.deletions()) {
                run.getDeletionTests().add(deletionTest(deletion, saliency.layer(), batch.labels()));
                DeletionCurve c = deletion.curve();
                progress.printf(Locale.ROOT, "saliency: deletion test of %s's Grad-CAM on %d positive images: area "
                        + "%.3f removing the hottest pixels first, %.3f at random (difference %+.3f, CI %+.3f to "
                        + "%+.3f)%n", batch.labels().get(deletion.label()), c.images(), c.mapArea(), c.randomArea(),
                        c.difference(), c.lower(), c.upper());
            }
            writeOverlays(run, folder, batch, test, inputRegions, saliency, testScores);
            if (saliency.layer().isEmpty()) {
                progress.printf(Locale.ROOT, "saliency: occlusion only (the model has no layer Grad-CAM can explain)"
                        + " for %d images in %.1fs%n", Math.min(batch.count(), spec.isOcclusion()
                                ? spec.getOcclusionImages() : 32), (System.currentTimeMillis() - start) / 1000.0);
            } else {
                progress.printf(Locale.ROOT, "saliency: Grad-CAM on layer %s%s for %d images in %.1fs%n",
                        saliency.layer(), spec.isOcclusion() ? " and occlusion" : "", batch.count(),
                        (System.currentTimeMillis() - start) / 1000.0);
            }
        }
        List<ProbeTarget> targets = probeTargets(experiment, test, regions);
        if (classifier instanceof InspectableClassifier model && spec.isAttributeProbes()) {
            try (FeatureMatrix features = features(model, batch, folder.path().resolve(FEATURES_FILE))) {
                probes(run, experiment, targets, features, test, spec.getAlpha());
                slices(run, experiment, features, test, batch, testScores, explained, folder);
            }
        }
        if (spec.isAttributeImageModels()) {
            attributeModels(run, targets, splits, batch, attributeTrainer, spec.getAlpha());
        }
        subgroups(run, experiment, spec, test, batch, testScores, validation, validationScores, explained);
        shiftTests(run, experiment, spec, test, batch, testScores, regions, explained);
    }

    /**
     * Slice discovery on the features the probes read: clusters of the test images, for the first explained label,
     * recorded most error-enriched first, their members listed in {@value #SLICES_FILE}.
     */
    private void slices(Run run, Experiment experiment, FeatureRows features, List<ManifestEntry> test,
            ImageSource batch, double[][] testScores, List<Integer> explained, RunFolder folder) throws IOException {
        if (explained.isEmpty() || features.rows() < org.confounderlab.engine.slices.SliceDiscovery.FEWEST_IMAGES) {
            return;
        }
        int label = explained.get(0);
        Map<String, String[]> attributes = new java.util.LinkedHashMap<>();
        for (ConfounderAttribute attribute : experiment.getAttributes()) {
            attributes.put(attribute.getName(), groups(attribute, test));
        }
        for (int p = 0; p < propertyNames.size(); p++) {
            // below or above the test images' median, as a numeric attribute is grouped
            double[] values = new double[test.size()];
            for (int i = 0; i < values.length; i++) {
                double[] row = imageProperties.get(test.get(i).image().toAbsolutePath());
                values[i] = row == null ? Double.NaN : row[p];
            }
            attributes.put(propertyNames.get(p), belowOrAboveMedian(values));
        }
        long start = System.currentTimeMillis();
        List<org.confounderlab.engine.slices.Slice> found = org.confounderlab.engine.slices.SliceDiscovery.of(
                features, EvaluateStage.column(testScores, label), EvaluateStage.asInts(batch.positives(label)),
                attributes, experiment.getTraining() == null ? 0 : experiment.getTraining().getSeed());
        String name = batch.labels().get(label);
        StringBuilder tsv = new StringBuilder("slice\timage\n");
        for (org.confounderlab.engine.slices.Slice slice : found) {
            org.confounderlab.model.run.FeatureSlice record = RunFactory.eINSTANCE.createFeatureSlice();
            record.setIndex(slice.index());
            record.setLabel(name);
            record.setSize(slice.members().size());
            record.setPrevalence(slice.prevalence());
            record.setRestPrevalence(slice.restPrevalence());
            record.setLossRatio(slice.lossRatio());
            record.setErrorRate(slice.errorRate());
            record.setRestErrorRate(slice.restErrorRate());
            record.setErrorP(slice.errorP());
            record.setLabelAuc(slice.labelAuc());
            record.setAttribute(slice.attribute());
            record.setAttributeV(slice.attributeV());
            record.setAttributeValue(slice.attributeValue());
            record.setValueShare(slice.valueShare());
            record.setDescription(slice.describe(features.rows(), name));
            run.getSlices().add(record);
            for (int member : slice.members()) {
                tsv.append(slice.index()).append('\t').append(test.get(member).image()).append('\n');
            }
        }
        org.confounderlab.model.resource.AtomicFiles.write(folder.path().resolve(SLICES_FILE),
                tsv.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        run.getArtifacts().add(RunRecords.artifact(org.confounderlab.model.run.ArtifactKind.LOG, SLICES_FILE,
                found.size() + " slices of the test images in the model's feature space"));
        progress.printf(Locale.ROOT, "slices: %d clusters of %d test images in %.1f s%s%n", found.size(),
                features.rows(), (System.currentTimeMillis() - start) / 1000.0, found.isEmpty() ? ""
                        : "; the worst: " + found.get(0).describe(features.rows(), name));
    }

    /** The run folder's list of each slice's test images. */
    public static final String SLICES_FILE = "slices.tsv";

    /**
     * The model's scores on association-flipped test sets, one per attribute and per region an intervention acts on
     * (present/absent), re-sampled from the test images (no new predictions): AUC with its DeLong interval against
     * the AUC on the whole test set.
     */
    private void shiftTests(Run run, Experiment experiment, DiagnosticsSpec spec, List<ManifestEntry> test,
            ImageSource batch, double[][] testScores, Function<ManifestEntry, Map<String, Box>> regions,
            List<Integer> explained) {
        Map<String, String[]> groupings = new java.util.LinkedHashMap<>();
        for (ConfounderAttribute attribute : experiment.getAttributes()) {
            groupings.put(attribute.getName(), groups(attribute, test));
        }
        java.util.Set<String> suspected = new java.util.LinkedHashSet<>();
        experiment.getInterventions().forEach(i -> i.getRegions().forEach(r -> suspected.add(r.getName())));
        for (String region : suspected) {
            groupings.put("region " + region, test.stream()
                    .map(e -> regions.apply(e).containsKey(region) ? "present" : "absent").toArray(String[]::new));
        }
        double level = 1 - spec.getAlpha();
        for (int label : explained) {
            double[] scores = EvaluateStage.column(testScores, label);
            int[] targets = EvaluateStage.asInts(batch.positives(label));
            DeLongAuc whole = DeLongAuc.of(CaseControlScores.of(scores, targets), level);
            for (Map.Entry<String, String[]> grouping : groupings.entrySet()) {
                if (java.util.Arrays.stream(grouping.getValue()).filter(java.util.Objects::nonNull).distinct()
                        .count() < 2) {
                    continue; // one subgroup: nothing to flip
                }
                AssociationShift shift = AssociationShift.flipped(grouping.getKey(), grouping.getValue(),
                        batch.positives(label), experiment.getSplit().getSeed());
                double[] keptScores = new double[shift.kept().length];
                int[] keptTargets = new int[shift.kept().length];
                int positives = 0;
                for (int k = 0; k < keptScores.length; k++) {
                    keptScores[k] = scores[shift.kept()[k]];
                    keptTargets[k] = targets[shift.kept()[k]];
                    positives += keptTargets[k];
                }
                if (positives < 2 || positives > keptScores.length - 2) {
                    continue; // too few of a class left for an AUC and its interval
                }
                DeLongAuc shifted = DeLongAuc.of(CaseControlScores.of(keptScores, keptTargets), level);
                ShiftTest record = RunFactory.eINSTANCE.createShiftTest();
                record.setAttribute(grouping.getKey());
                record.setLabel(batch.labels().get(label));
                record.setCases(keptScores.length);
                record.setPositives(positives);
                record.setAuc(shifted.auc());
                record.setCiLower(shifted.lower());
                record.setCiUpper(shifted.upper());
                record.setInDistributionAuc(whole.auc());
                record.setGroups(String.join(", ", shift.groups().stream().map(AssociationShift.Group::describe).toList()));
                run.getShiftTests().add(record);
                progress.printf(Locale.ROOT, "shift test: %s, %s flipped: AUC %.3f (CI %.3f–%.3f, n %d) against "
                        + "%.3f on the whole test set%n", record.getLabel(), record.getAttribute(), record.getAuc(),
                        record.getCiLower(), record.getCiUpper(), record.getCases(), record.getInDistributionAuc());
            }
        }
    }

    private static List<Integer> explainedLabels(DiagnosticsSpec spec, List<String> labels) {
        List<Integer> indexes = new ArrayList<>();
        for (int l = 0; l < labels.size(); l++) {
            if (spec.getLabels().isEmpty() || spec.getLabels().contains(labels.get(l))) {
                indexes.add(l);
            }
        }
        return indexes;
    }

    private static org.confounderlab.model.run.DeletionTest deletionTest(SaliencyAnalysis.Deletion deletion,
            String layer, List<String> labels) {
        DeletionCurve c = deletion.curve();
        org.confounderlab.model.run.DeletionTest record = RunFactory.eINSTANCE.createDeletionTest();
        record.setMethod(org.confounderlab.model.run.SaliencyMethod.GRAD_CAM);
        record.setLayer(layer);
        record.setLabel(labels.get(deletion.label()));
        record.setImages(c.images());
        record.setSteps(c.steps());
        record.setMapArea(c.mapArea());
        record.setRandomArea(c.randomArea());
        record.setDifference(c.difference());
        record.setCiLower(c.lower());
        record.setCiUpper(c.upper());
        for (double v : c.mapCurve()) {
            record.getMapCurve().add(v);
        }
        for (double v : c.randomCurve()) {
            record.getRandomCurve().add(v);
        }
        return record;
    }

    private static SaliencySummary saliencySummary(AttentionSummary summary) {
        SaliencySummary stored = RunFactory.eINSTANCE.createSaliencySummary();
        stored.setMethod(SaliencyMethod.get(summary.method()));
        stored.setLayer(summary.layer());
        stored.setRegionName(summary.region());
        stored.setLabel(summary.label());
        stored.setSubset(summary.subset());
        stored.setN(summary.n());
        stored.setMeanShare(summary.meanShare());
        stored.setAreaShare(summary.areaShare());
        stored.setCiLower(summary.ciLower());
        stored.setCiUpper(summary.ciUpper());
        stored.setPointingHitRate(summary.pointingHitRate());
        stored.setRandomisationRankCorrelation(summary.randomisationRankCorrelation());
        return stored;
    }

    private void writeOverlays(Run run, RunFolder folder, ImageSource batch, List<ManifestEntry> test,
            List<Map<String, Box>> inputRegions, SaliencyAnalysis.Result saliency, double[][] testScores)
            throws IOException {
        Path heatmaps = folder.path().resolve(HEATMAP_FOLDER);
        Files.createDirectories(heatmaps);
        int size = batch.size();
        int rank = 0;
        String label = null;
        for (SaliencyAnalysis.WorstCase worst : saliency.worstCases()) {
            rank = worst.label().equals(label) ? rank + 1 : 1;
            label = worst.label();
            float[] gray = displayable(Arrays.copyOf(batch.range(worst.image(), worst.image() + 1).tensors(),
                    size * size));
            String image = test.get(worst.image()).image().getFileName().toString();
            int labelIndex = batch.labels().indexOf(worst.label());
            boolean positive = batch.target(worst.image())[labelIndex] == 1f;
            String caption = String.format(Locale.ROOT, "Grad-CAM for '%s' on %s (%s)%n"
                    + "%.0f%% of the heat on '%s', which covers %.1f%% of the image (%.1f×)", worst.label(), image,
                    positive ? "positive" : "negative", 100 * worst.share(), worst.region(), 100 * worst.areaShare(),
                    worst.share() / worst.areaShare());
            Map<String, Box> boxes = inputRegions.get(worst.image());
            byte[] png = Canvas.png(HeatmapOverlay.draw(gray, worst.map(), boxes, caption));
            String name = String.format(Locale.ROOT, "%s-%02d-%s", safe(worst.label()), rank,
                    safe(image.replaceFirst("\\.[^.]*$", "")));
            AtomicFiles.write(heatmaps.resolve(name + ".png"), out -> out.write(png));
            byte[] input = Canvas.png(GrayImages.of(gray, size, 1f));
            AtomicFiles.write(heatmaps.resolve(name + "-input.png"), out -> out.write(input));
            float max = worst.map().max();
            byte[] heat = Canvas.png(GrayImages.of(worst.map().values(), size, max > 0 ? max : 1f));
            AtomicFiles.write(heatmaps.resolve(name + "-heat.png"), out -> out.write(heat));
            run.getArtifacts().add(RunRecords.artifact(ArtifactKind.HEATMAP, HEATMAP_FOLDER + "/" + name
                    + ".png", caption.replace('\n', ' ')));
            run.getSaliencyCases().add(saliencyCase(worst, rank, image, positive,
                    testScores[worst.image()][labelIndex], saliency.layer(), boxes, HEATMAP_FOLDER + "/" + name));
        }
    }

    /**
     * The model's input plane for drawing: as it is when the values are pixels in [0, 1] (no normalisation), else
     * stretched from its minimum to its maximum (a normalised input, e.g. ImageNet's or TorchXRayVision's range).
     */
    private static float[] displayable(float[] plane) {
        float min = Float.POSITIVE_INFINITY;
        float max = Float.NEGATIVE_INFINITY;
        for (float v : plane) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        if (min >= 0f && max <= 1f || !(max > min)) {
            return plane;
        }
        for (int i = 0; i < plane.length; i++) {
            plane[i] = (plane[i] - min) / (max - min);
        }
        return plane;
    }

    private static SaliencyCase saliencyCase(SaliencyAnalysis.WorstCase worst, int rank, String image,
            boolean positive, double score, String layer, Map<String, Box> boxes, String files) {
        SaliencyCase stored = RunFactory.eINSTANCE.createSaliencyCase();
        stored.setRank(rank);
        stored.setImage(image);
        stored.setLabel(worst.label());
        stored.setPositive(positive);
        stored.setScore(score);
        stored.setMethod(SaliencyMethod.GRAD_CAM);
        stored.setLayer(layer);
        stored.setRegion(worst.region());
        stored.setInput(files + "-input.png");
        stored.setHeatMap(files + "-heat.png");
        stored.setOverlay(files + ".png");
        for (Map.Entry<String, Box> entry : boxes.entrySet()) {
            Box box = entry.getValue();
            RegionAttention region = RunFactory.eINSTANCE.createRegionAttention();
            region.setName(entry.getKey());
            region.setX(box.x());
            region.setY(box.y());
            region.setWidth(box.width());
            region.setHeight(box.height());
            region.setShare(worst.map().shareInside(box));
            region.setAreaShare(worst.map().areaShare(box));
            stored.getRegions().add(region);
        }
        return stored;
    }

    private static String safe(String text) {
        return text.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    private void probes(Run run, Experiment experiment, List<ProbeTarget> targets, FeatureRows features,
            List<ManifestEntry> test, double alpha) {
        for (ProbeTarget target : targets) {
            try {
                ProbeResult result = FeatureProbe.probe(features, target.flags(test), PROBE_FOLDS,
                        experiment.getSplit().getSeed(), alpha);
                run.getProbes().add(probe(target.name(), "features", result.auc(), result.ciLower(),
                        result.ciUpper(), result.folds()));
            } catch (IllegalArgumentException e) {
                progress.println("probe of " + target.name() + " skipped: " + e.getMessage());
            }
        }
    }

    /**
     * The experiment's network trained on the images to answer each probe question directly (can the attribute be
     * read from the pixels at all, as patient race can from chest radiographs?), tested on the test split.
     */
    private void attributeModels(Run run, List<ProbeTarget> targets, Splits splits, ImageSource test,
            AttributeModelTrainer trainer, double alpha) throws TrainingException, InterruptedException {
        for (ProbeTarget target : targets) {
            boolean[] trainFlags = target.flags(splits.trainEntries());
            boolean[] validationFlags = target.flags(splits.validationEntries());
            boolean[] testFlags = target.flags(splits.test());
            if (!bothClasses(trainFlags) || !bothClasses(validationFlags) || !bothClasses(testFlags)) {
                progress.println("image model of " + target.name() + " skipped: a split lacks one of its classes");
                continue;
            }
            long start = System.currentTimeMillis();
            ImageClassifier model = trainer.train(splits.train().retargeted(target.name(), trainFlags),
                    splits.validation().retargeted(target.name(), validationFlags));
            double[] scores = EvaluateStage.column(model.scoresOf(test), 0);
            DeLongAuc auc = DeLongAuc.of(CaseControlScores.of(scores, EvaluateStage.asInts(testFlags)),
                    1 - alpha);
            run.getProbes().add(probe(target.name(), "image model", auc.auc(), auc.lower(), auc.upper(), 0));
            progress.printf(Locale.ROOT, "image model of %s: test AUC %.3f (%.1fs)%n", target.name(), auc.auc(),
                    (System.currentTimeMillis() - start) / 1000.0);
        }
    }

    private static AttributeProbe probe(String attribute, String method, double auc, double lower, double upper,
            int folds) {
        AttributeProbe probe = RunFactory.eINSTANCE.createAttributeProbe();
        probe.setAttribute(attribute);
        probe.setMethod(method);
        probe.setAuc(auc);
        probe.setCiLower(lower);
        probe.setCiUpper(upper);
        probe.setFolds(folds);
        return probe;
    }

    /**
     * The penultimate features of {@code images} as float32, read a batch at a time, in the heap or, when larger than
     * {@link #featuresInHeap}, in {@code spillFile}.
     */
    private FeatureMatrix features(InspectableClassifier model, ImageSource images, Path spillFile)
            throws InterruptedException, IOException {
        FeatureMatrix.Builder builder = FeatureMatrix.builder(images.count(), featuresInHeap, spillFile);
        try (BatchStream<TensorBatch> batches = BatchStream.inOrder(images, ImageClassifier.SCORING_BATCH)) {
            while (batches.hasNext()) {
                for (double[] row : model.features(batches.next())) {
                    builder.add(row);
                }
            }
        }
        FeatureMatrix features = builder.build();
        if (features.spilled()) {
            progress.printf(Locale.ROOT, "probes: %d × %d features (%.1f MB) spilled to %s%n", features.rows(),
                    features.columns(), 4.0 * features.rows() * features.columns() / 1e6, spillFile);
        }
        return features;
    }

    private static boolean bothClasses(boolean[] flags) {
        boolean any = false;
        boolean all = true;
        for (boolean flag : flags) {
            any |= flag;
            all &= flag;
        }
        return any && !all;
    }

    /** A yes/no question about each image that a probe tries to answer. */
    private record ProbeTarget(String name, java.util.function.Predicate<ManifestEntry> test) {

        boolean[] flags(List<ManifestEntry> entries) {
            boolean[] flags = new boolean[entries.size()];
            for (int i = 0; i < flags.length; i++) {
                flags[i] = test.test(entries.get(i));
            }
            return flags;
        }
    }

    private static List<ProbeTarget> probeTargets(Experiment experiment, List<ManifestEntry> test,
            Function<ManifestEntry, Map<String, Box>> regions) {
        List<ProbeTarget> targets = new ArrayList<>();
        for (ConfounderAttribute attribute : experiment.getAttributes()) {
            String column = AttributeColumns.of(attribute);
            String[] values = test.stream().map(e -> e.attributes().get(column)).toArray(String[]::new);
            if (attribute.getKind() == AttributeKind.NUMERIC) {
                double median = median(Arrays.stream(values).mapToDouble(DiagnoseStage::number).toArray());
                if (!Double.isNaN(median)) {
                    targets.add(new ProbeTarget(String.format(Locale.ROOT, "%s ≥ %s", attribute.getName(),
                            format(median)), e -> number(e.attributes().get(column)) >= median));
                }
                continue;
            }
            TreeSet<String> distinct = new TreeSet<>();
            for (String v : values) {
                if (v != null && !v.isBlank()) {
                    distinct.add(v);
                }
            }
            if (distinct.size() == 2) {
                String positive = distinct.last();
                targets.add(new ProbeTarget(attribute.getName() + " = " + positive,
                        e -> positive.equals(e.attributes().get(column))));
            } else if (distinct.size() > 2) {
                for (String value : distinct) {
                    targets.add(new ProbeTarget(attribute.getName() + " = " + value + " (vs rest)",
                            e -> value.equals(e.attributes().get(column))));
                }
            }
        }
        // Regions the interventions treat as possible shortcuts (not, say, the lesion, whose presence is the label).
        java.util.Set<String> suspected = new java.util.HashSet<>();
        experiment.getInterventions().forEach(i -> i.getRegions().forEach(r -> suspected.add(r.getName())));
        for (Region region : experiment.getRegions()) {
            if (suspected.contains(region.getName())) {
                String name = region.getName();
                targets.add(new ProbeTarget("region " + name + " present", e -> regions.apply(e).containsKey(name)));
            }
        }
        return targets;
    }

    private void subgroups(Run run, Experiment experiment, DiagnosticsSpec spec, List<ManifestEntry> test,
            ImageSource batch, double[][] testScores, ImageSource validation, double[][] validationScores,
            List<Integer> explained) {
        List<ConfounderAttribute> attributes = spec.getSubgroupAttributes().isEmpty() ? experiment.getAttributes()
                : spec.getSubgroupAttributes();
        for (int label : explained) {
            double[] validationColumn = EvaluateStage.column(validationScores, label);
            double threshold = OperatingPoint.youdenThreshold(CaseControlScores.of(validationColumn,
                    EvaluateStage.asInts(validation.positives(label))));
            double[] scores = EvaluateStage.column(testScores, label);
            boolean[] positives = batch.positives(label);
            for (ConfounderAttribute attribute : attributes) {
                String[] groups = groups(attribute, test);
                SubgroupMetrics metrics = SubgroupMetrics.of(scores, positives, groups, threshold,
                        spec.getBootstrapResamples(), experiment.getSplit().getSeed(), spec.getAlpha());
                for (SubgroupMetrics.Row row : metrics.rows()) {
                    SubgroupMetric metric = RunFactory.eINSTANCE.createSubgroupMetric();
                    metric.setAttribute(attribute.getName());
                    metric.setValue(row.value());
                    metric.setLabel(batch.labels().get(label));
                    metric.setN(row.n());
                    metric.setThreshold(threshold);
                    metric.setPrevalence(row.prevalence());
                    metric.setAuc(row.auc());
                    metric.setCiLower(row.aucLower());
                    metric.setCiUpper(row.aucUpper());
                    metric.setSensitivity(row.sensitivity());
                    metric.setSpecificity(row.specificity());
                    run.getSubgroups().add(metric);
                }
            }
        }
    }

    /** The subgroup of each test image: the attribute's value, numeric attributes split at their median. */
    static String[] groups(ConfounderAttribute attribute, List<ManifestEntry> test) {
        String[] values = test.stream().map(e -> e.attributes().get(AttributeColumns.of(attribute)))
                .toArray(String[]::new);
        if (attribute.getKind() != AttributeKind.NUMERIC) {
            return values;
        }
        return belowOrAboveMedian(Arrays.stream(values).mapToDouble(DiagnoseStage::number).toArray());
    }

    /** Each value as below or at-or-above the median of the known ones ({@code null} for NaN). */
    private static String[] belowOrAboveMedian(double[] values) {
        double median = median(values);
        String[] groups = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            groups[i] = Double.isNaN(values[i]) ? null : (values[i] < median ? "< " : "≥ ") + format(median);
        }
        return groups;
    }

    private static double median(double[] values) {
        double[] numbers = Arrays.stream(values).filter(v -> !Double.isNaN(v)).sorted().toArray();
        if (numbers.length == 0) {
            return Double.NaN;
        }
        int n = numbers.length;
        return n % 2 == 1 ? numbers[n / 2] : (numbers[n / 2 - 1] + numbers[n / 2]) / 2;
    }

    private static double number(String value) {
        try {
            return value == null ? Double.NaN : Double.parseDouble(value.strip());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static String format(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.2f", value);
    }

}
