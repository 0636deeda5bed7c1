package org.confounderlab.engine.run;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.confounderlab.engine.input.StreamedImages;
import org.confounderlab.engine.stats.RankAuc;
import org.confounderlab.engine.training.BatchStream;
import org.confounderlab.engine.training.DeepFeatureReweighting;
import org.confounderlab.engine.training.ImageClassifier;
import org.confounderlab.engine.training.InspectableClassifier;
import org.confounderlab.engine.training.TensorBatch;
import org.confounderlab.engine.training.TrainingException;
import org.confounderlab.model.experiment.Experiment;
import org.confounderlab.model.experiment.LastLayerRetrainingSpec;
import org.confounderlab.model.run.Artifact;
import org.confounderlab.model.run.ArtifactKind;
import org.confounderlab.model.run.LastLayerRetrainingRecord;
import org.confounderlab.model.run.Run;
import org.confounderlab.model.run.RunFactory;

/**
 * The "last-layer re-training" stage (deep feature reweighting, DFR), between training and evaluation when the
 * experiment asks for it: the trained network's penultimate features of the validation images, a final layer fitted
 * to group-balanced subsets of them ({@link DeepFeatureReweighting}), the network with that final layer saved as the
 * run's model, and what was fitted recorded, with the validation images' worst-group AUC before and after.
 */
public final class LastLayerRetrainingStage {

    private final PrintStream progress;

    public LastLayerRetrainingStage(PrintStream progress) {
        this.progress = progress;
    }

    /** The confounder DFR balances for {@code experiment}: its spec's groups, else the rebalancing or first attribute. */
    public static String groupsOf(Experiment experiment) {
        LastLayerRetrainingSpec spec = experiment.getTraining().getLastLayerRetraining();
        if (spec != null && spec.getGroups() != null && !spec.getGroups().isBlank()) {
            return spec.getGroups().strip();
        }
        if (experiment.getTraining().getRebalanceAttribute() != null) {
            return experiment.getTraining().getRebalanceAttribute().getName();
        }
        return experiment.getAttributes().isEmpty() ? null : experiment.getAttributes().get(0).getName();
    }

    /** Re-fits {@code trained}'s final layer on {@code heldOut} as {@code run}'s experiment says. */
    public TrainedModel refit(Run run, TrainedModel trained, StreamedImages heldOut, RunFolder folder)
            throws TrainingException, IOException, InterruptedException {
        Experiment experiment = run.getExperiment();
        LastLayerRetrainingSpec spec = experiment.getTraining().getLastLayerRetraining();
        if (!(trained.classifier() instanceof InspectableClassifier model)) {
            throw new TrainingException("Last-layer re-training needs the network's features; this model gives none");
        }
        String groups = groupsOf(experiment);
        if (groups == null) {
            throw new TrainingException("Last-layer re-training (DFR) balances a confounder's groups: name one under "
                    + "Training > Last-layer re-training > Groups (an attribute, or region NAME); the experiment "
                    + "has no attribute to fall back on");
        }
        StudyAxis.Grouping grouping = StudyAxis.grouping(experiment, groups, heldOut.entries());
        if (grouping == null) {
            throw new TrainingException("Last-layer re-training (DFR): '" + groups + "' is neither an attribute nor a "
                    + "region of the experiment");
        }
        long started = System.nanoTime();
        List<double[]> rows = new ArrayList<>();
        try (BatchStream<TensorBatch> batches = BatchStream.inOrder(heldOut, ImageClassifier.SCORING_BATCH)) {
            while (batches.hasNext()) {
                rows.addAll(List.of(model.features(batches.next())));
            }
        }
        double[][] features = rows.toArray(double[][]::new);
        List<String> labels = model.labels();
        int[][] targets = new int[labels.size()][];
        for (int l = 0; l < labels.size(); l++) {
            targets[l] = EvaluateStage.asInts(heldOut.positives(l));
        }
        double[][] before = model.scoresOf(heldOut);
        DeepFeatureReweighting fit;
        try {
            fit = DeepFeatureReweighting.fit(features, targets, grouping.groupOf(), spec.getSubsets(),
                    spec.getRegularisation(), experiment.getTraining().getSeed());
        } catch (IllegalArgumentException e) {
            throw new TrainingException(e.getMessage() + " (groups: " + groups + ", " + heldOut.count()
                    + " validation images)", e);
        }
        InspectableClassifier refitted = model.withReadout(fit.weights(), fit.bias());
        double[] after = new double[features.length];
        double[] first = new double[features.length];
        for (int i = 0; i < features.length; i++) {
            after[i] = fit.logOdds(features[i], 0);
            first[i] = before[i][0];
        }
        LastLayerRetrainingRecord record = RunFactory.eINSTANCE.createLastLayerRetrainingRecord();
        record.setGroups(grouping.name());
        record.setHeldOutImages(heldOut.count());
        record.setCells(String.join(", ", fit.cells()));
        record.setSubsetSize(fit.subsetSizes()[0]);
        record.setSubsets(spec.getSubsets());
        record.setRegularisation(fit.regularisations()[0]);
        record.setValidationAucBefore(RankAuc.auc(first, flags(targets[0])));
        record.setValidationAucAfter(RankAuc.auc(after, flags(targets[0])));
        record.setWorstGroupAucBefore(worstGroupAuc(first, targets[0], grouping.groupOf()));
        record.setWorstGroupAucAfter(worstGroupAuc(after, targets[0], grouping.groupOf()));
        run.setLastLayerRetraining(record);
        refitted.save(folder.path().resolve(RunFolder.MODEL_FILE));
        for (Artifact artifact : run.getArtifacts()) {
            if (artifact.getKind() == ArtifactKind.MODEL) {
                artifact.setDescription(artifact.getDescription() + "; final layer re-fitted by deep feature "
                        + "reweighting on " + heldOut.count() + " validation images balanced by " + grouping.name());
            }
        }
        folder.save(run);
        progress.printf(Locale.ROOT, "last-layer re-training (DFR): %d validation images, groups %s (%s), %d per group "
                + "and class × %d subsets, C %.3g%s; AUC %.3f → %.3f, worst-group AUC %.3f → %.3f on them (%.1f s)%n",
                heldOut.count(),
                grouping.name(), record.getCells(), record.getSubsetSize(), record.getSubsets(),
                record.getRegularisation(), spec.getRegularisation() > 0 ? "" : " (chosen on held-out halves)",
                record.getValidationAucBefore(), record.getValidationAucAfter(), record.getWorstGroupAucBefore(),
                record.getWorstGroupAucAfter(), (System.nanoTime() - started) / 1e9);
        return new TrainedModel(refitted, trained.settings());
    }

    private static boolean[] flags(int[] targets) {
        boolean[] flags = new boolean[targets.length];
        for (int i = 0; i < targets.length; i++) {
            flags[i] = targets[i] == 1;
        }
        return flags;
    }

    /** The smallest AUC over the groups that have both classes; NaN when none has. */
    static double worstGroupAuc(double[] scores, int[] targets, String[] groupOf) {
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < scores.length; i++) {
            if (groupOf[i] != null) {
                groups.computeIfAbsent(groupOf[i], g -> new ArrayList<>()).add(i);
            }
        }
        double worst = Double.NaN;
        for (List<Integer> members : groups.values()) {
            double[] s = new double[members.size()];
            boolean[] y = new boolean[members.size()];
            for (int k = 0; k < s.length; k++) {
                s[k] = scores[members.get(k)];
                y[k] = targets[members.get(k)] == 1;
            }
            double auc = RankAuc.auc(s, y);
            if (!Double.isNaN(auc) && !(auc >= worst)) {
                worst = auc;
            }
        }
        return worst;
    }
}
