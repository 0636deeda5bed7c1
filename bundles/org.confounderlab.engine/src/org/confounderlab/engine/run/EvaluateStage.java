package org.confounderlab.engine.run;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.confounderlab.engine.data.Box;
import org.confounderlab.engine.data.DataSetException;
import org.confounderlab.engine.data.ManifestEntry;
import org.confounderlab.engine.image.Fill;
import org.confounderlab.engine.image.ImageIntervention;
import org.confounderlab.engine.image.InterventionSequence;
import org.confounderlab.engine.image.MaskRegions;
import org.confounderlab.engine.image.RandomBox;
import org.confounderlab.engine.image.RegionOnly;
import org.confounderlab.engine.stats.AucStatistics;
import org.confounderlab.engine.stats.DeLongAuc;
import org.confounderlab.engine.stats.PairedDeLongTest;
import org.confounderlab.engine.stats.RocCurve;
import org.confounderlab.engine.input.StreamedImages;
import org.confounderlab.engine.training.BatchStream;
import org.confounderlab.engine.training.ImageClassifier;
import org.confounderlab.engine.training.TensorBatch;
import org.confounderlab.model.experiment.FillMode;
import org.confounderlab.model.resource.AtomicFiles;
import org.confounderlab.model.experiment.Intervention;
import org.confounderlab.model.experiment.InterventionKind;
import org.confounderlab.model.experiment.Region;
import org.confounderlab.model.run.ArtifactKind;
import org.confounderlab.model.run.AucComparison;
import org.confounderlab.model.run.CiMethod;
import org.confounderlab.model.run.Evaluation;
import org.confounderlab.model.run.LabelEvaluation;
import org.confounderlab.model.run.Run;
import org.confounderlab.model.run.RunFactory;

/**
 * The "evaluate" stage of a run, the counterfactual evaluation: scores the test images as they are and through each
 * intervention of the experiment (regions masked, regions only, a random box of the same size), records per-label
 * AUC with its DeLong interval and ROC points per variant, the paired DeLong test of every variant against the
 * original, and writes all scores to the predictions table. The test images are read a chunk at a time, each image once for all variants;
 * only the scores are kept.
 */
public final class EvaluateStage {

    /** Test images read and scored per chunk, every variant of a chunk made from one read of each image. */
    static final int CHUNK = 64;

    private final ImageClassifier classifier;
    private final List<String> labels;

    public EvaluateStage(ImageClassifier classifier, List<String> labels) {
        this.classifier = classifier;
        this.labels = labels;
    }

    /** The original test images as the model saw them, and its scores on them, for the diagnostics to reuse. */
    public record Original(StreamedImages images, double[][] scores) {
    }

    /**
     * Scores {@code test} (the test images with any train-time cover, which every variant keeps) as they are and
     * through each of {@code interventions}.
     */
    public Original evaluate(Run run, StreamedImages test, List<Intervention> interventions, double alpha,
            RunFolder folder) throws InterruptedException, IOException {
        List<Intervention> variants = new ArrayList<>(interventions);
        if (variants.stream().noneMatch(i -> i.getKind() == InterventionKind.ORIGINAL)) {
            Intervention original = org.confounderlab.model.experiment.ExperimentFactory.eINSTANCE.createIntervention();
            original.setName("original");
            original.setKind(InterventionKind.ORIGINAL);
            variants.add(0, original);
        }
        variants.sort((a, b) -> Boolean.compare(b.getKind() == InterventionKind.ORIGINAL,
                a.getKind() == InterventionKind.ORIGINAL));
        List<ImageIntervention> changes = variants.stream().map(EvaluateStage::intervention).toList();
        int n = test.count();
        double[][][] scores = new double[variants.size()][n][];
        int[] next = {0};
        // Chunks small enough that the variants of the chunks in flight take a bounded part of the heap.
        int chunkSize = (int) Math.max(8, Math.min(CHUNK, (16L << 20) / (4L * changes.size()
                * test.tensorLength())));
        try (BatchStream<List<TensorBatch>> chunks = new BatchStream<>(BatchStream.split(BatchStream.identity(n),
                chunkSize), indices -> test.variants(indices, changes), test.readThreads(),
                BatchStream.depthFor(test, chunkSize, changes.size()))) {
            while (chunks.hasNext()) {
                List<TensorBatch> chunk = chunks.next();
                for (int v = 0; v < chunk.size(); v++) {
                    double[][] part = classifier.predict(chunk.get(v));
                    System.arraycopy(part, 0, scores[v], next[0], part.length);
                }
                next[0] += chunk.get(0).count();
            }
        }
        int[][] targets = targets(test);
        AucStatistics statistics = statistics(test.entries());
        for (int v = 0; v < variants.size(); v++) {
            run.getEvaluations().add(evaluation(variants.get(v), scores[v], targets, statistics, 1 - alpha));
        }
        for (int v = 1; v < variants.size(); v++) {
            for (int l = 0; l < labels.size(); l++) {
                run.getComparisons().add(comparison(run.getEvaluations().get(0), run.getEvaluations().get(v), l,
                        column(scores[0], l), column(scores[v], l), targets[l], statistics, 1 - alpha));
            }
        }
        writePredictions(folder.path().resolve(RunFolder.PREDICTIONS_FILE), test.entries(), variants, scores,
                targets);
        run.getArtifacts().add(RunRecords.artifact(ArtifactKind.PREDICTIONS, RunFolder.PREDICTIONS_FILE,
                "per-image scores of every test image on every variant"));
        return new Original(test, scores[0]);
    }

    /**
     * When some test images leak (a near-duplicate or their patient among the training or validation images),
     * the original scores again on the leak-free test images only, as the run's leak check's evaluation, named for
     * how many it kept; nothing when none leaks, or when the rest lacks a label's positives or negatives (said why).
     */
    public void evaluateLeakFree(Run run, Original original, java.util.Set<ManifestEntry> leaking, double alpha,
            java.io.PrintStream progress) {
        List<ManifestEntry> tested = original.images().entries();
        List<Integer> kept = java.util.stream.IntStream.range(0, tested.size())
                .filter(i -> !leaking.contains(tested.get(i))).boxed().toList();
        if (kept.size() == tested.size() || run.getLeaks() == null) {
            return;
        }
        int[][] all = targets(original.images());
        int[][] targets = new int[labels.size()][kept.size()];
        double[][] scores = new double[kept.size()][];
        for (int k = 0; k < kept.size(); k++) {
            scores[k] = original.scores()[kept.get(k)];
            for (int l = 0; l < labels.size(); l++) {
                targets[l][k] = all[l][kept.get(k)];
            }
        }
        for (int l = 0; l < labels.size(); l++) {
            int positives = java.util.Arrays.stream(targets[l]).sum();
            if (positives == 0 || positives == kept.size()) {
                progress.printf("leak-free evaluation left out: the %d leak-free test images have %d positive '%s'"
                        + "%n", kept.size(), positives, labels.get(l));
                return;
            }
        }
        Intervention subset = org.confounderlab.model.experiment.ExperimentFactory.eINSTANCE.createIntervention();
        subset.setName(LEAK_FREE + " (" + kept.size() + " of " + tested.size() + " test images)");
        subset.setKind(InterventionKind.ORIGINAL);
        Evaluation evaluation = evaluation(subset, scores, targets, statistics(tested).subset(kept.stream()
                .mapToInt(Integer::intValue).toArray()), 1 - alpha);
        run.getLeaks().setLeakFree(evaluation);
        progress.printf(java.util.Locale.ROOT, "leak-free: AUC(%s) %.3f on %d of %d test images (%.3f on all)%n",
                labels.get(0), evaluation.getLabels().get(0).getAuc(), kept.size(), tested.size(),
                run.getEvaluations().get(0).getLabels().get(0).getAuc());
    }

    /** The name of the leak-free evaluation, before its counts. */
    public static final String LEAK_FREE = "original, leak-free";

    private static ImageIntervention intervention(Intervention intervention) {
        List<String> names = intervention.getRegions().stream().map(Region::getName).toList();
        Fill fill = switch (intervention.getFill() == null ? FillMode.BLACK : intervention.getFill()) {
            case MEAN -> Fill.MEAN;
            case NOISE -> Fill.NOISE;
            default -> Fill.BLACK;
        };
        return switch (intervention.getKind()) {
            case ORIGINAL -> null;
            case MASK_REGIONS -> new MaskRegions(names, fill);
            case REGION_ONLY -> new RegionOnly(names, fill);
            case RANDOM_BOX -> new RandomBox(names, fill);
        };
    }

    private int[][] targets(StreamedImages batch) {
        int[][] targets = new int[labels.size()][];
        for (int l = 0; l < labels.size(); l++) {
            targets[l] = asInts(batch.positives(l));
        }
        return targets;
    }

    /** 0/1 labels from flags. */
    static int[] asInts(boolean[] flags) {
        int[] values = new int[flags.length];
        for (int i = 0; i < flags.length; i++) {
            values[i] = flags[i] ? 1 : 0;
        }
        return values;
    }

    /**
     * The AUC statistics for {@code images}: clustered by patient when some patient has several of them, so images
     * of one patient do not count as independent evidence.
     */
    public static AucStatistics statistics(List<ManifestEntry> images) {
        return AucStatistics.of(images.stream().map(ManifestEntry::patientId).toList());
    }

    private Evaluation evaluation(Intervention intervention, double[][] scores, int[][] targets,
            AucStatistics statistics, double level) {
        Evaluation evaluation = RunFactory.eINSTANCE.createEvaluation();
        evaluation.setInterventionName(intervention.getName());
        evaluation.setInterventionKind(intervention.getKind());
        evaluation.setN(scores.length);
        int positives = 0;
        for (int value : targets[0]) {
            positives += value;
        }
        evaluation.setPositives(positives);
        evaluation.setPatients(statistics.patients());
        for (int l = 0; l < labels.size(); l++) {
            double[] score = column(scores, l);
            DeLongAuc auc = statistics.auc(score, targets[l], level);
            LabelEvaluation label = RunFactory.eINSTANCE.createLabelEvaluation();
            label.setLabel(labels.get(l));
            label.setAuc(auc.auc());
            label.setCiLower(auc.lower());
            label.setCiUpper(auc.upper());
            label.setCiMethod(statistics.clustered() ? CiMethod.CLUSTERED_DELONG : CiMethod.DELONG);
            StoredRoc.add(label, RocCurve.of(score, targets[l]));
            evaluation.getLabels().add(label);
        }
        return evaluation;
    }

    private AucComparison comparison(Evaluation baseline, Evaluation variant, int label, double[] baselineScores,
            double[] variantScores, int[] targets, AucStatistics statistics, double level) {
        PairedDeLongTest test = statistics.paired(variantScores, baselineScores, targets, level);
        AucComparison comparison = RunFactory.eINSTANCE.createAucComparison();
        comparison.setLabel(labels.get(label));
        comparison.setBaseline(baseline);
        comparison.setVariant(variant);
        comparison.setDeltaAuc(test.difference());
        comparison.setZ(test.z());
        comparison.setPValue(test.pValue());
        comparison.setCiLower(test.lower());
        comparison.setCiUpper(test.upper());
        comparison.setMethod(statistics.pairedMethod() + ", paired (variant − original)");
        return comparison;
    }

    /** One label's scores out of {@code [image][label]}. */
    static double[] column(double[][] scores, int label) {
        double[] column = new double[scores.length];
        for (int i = 0; i < scores.length; i++) {
            column[i] = scores[i][label];
        }
        return column;
    }

    private void writePredictions(Path file, List<ManifestEntry> test, List<Intervention> variants,
            double[][][] scores, int[][] targets) throws IOException {
        AtomicFiles.write(file, stream -> {
            BufferedWriter out = new BufferedWriter(new java.io.OutputStreamWriter(stream, StandardCharsets.UTF_8));
            out.write("image,patient_id,variant");
            for (String label : labels) {
                out.write(",label:" + label + ",score:" + label);
            }
            out.newLine();
            for (int v = 0; v < variants.size(); v++) {
                for (int i = 0; i < test.size(); i++) {
                    out.write(csv(test.get(i).image().toString()) + "," + csv(test.get(i).patientId()) + ","
                            + csv(variants.get(v).getName()));
                    for (int l = 0; l < labels.size(); l++) {
                        out.write("," + targets[l][i] + "," + scores[v][i][l]);
                    }
                    out.newLine();
                }
            }
            out.flush();
        });
    }

    private static String csv(String value) {
        return org.confounderlab.engine.data.csv.CsvField.of(value);
    }
}
