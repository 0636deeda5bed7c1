package org.confounderlab.engine.run;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.confounderlab.engine.input.StreamedImages;
import org.confounderlab.engine.training.EpochSummary;
import org.confounderlab.engine.training.ImageClassifier;
import org.confounderlab.engine.training.TrainingBackend;
import org.confounderlab.engine.training.TrainingException;
import org.confounderlab.engine.training.TrainingSettings;
import org.confounderlab.model.experiment.ConfounderAttribute;
import org.confounderlab.model.experiment.Experiment;
import org.confounderlab.model.experiment.JustTrainTwiceSpec;
import org.confounderlab.model.experiment.Rebalancing;
import org.confounderlab.model.run.JustTrainTwiceRecord;
import org.confounderlab.model.run.Run;
import org.confounderlab.model.run.RunFactory;

/**
 * The first half of just train twice (JTT, Liu et al., ICML 2021), before the real training: an identification model
 * trained by plain ERM for the spec's few epochs (no re-balancing, no distillation, no checkpoints), the training
 * images it gets wrong at 0.5 (any label) taken as the error set, and sampling weights that draw each of them
 * {@code upweight} times as often in the real training. Group labels are not needed; when the experiment has an
 * attribute, the record says how much of each subgroup fell in the error set.
 */
public final class JustTrainTwiceStage {

    private final TrainingBackend backend;
    private final PrintStream progress;

    public JustTrainTwiceStage(TrainingBackend backend, PrintStream progress) {
        this.backend = backend;
        this.progress = progress;
    }

    /** The real training's sampling weights {@code [image][label]}, the error set's {@code upweight}, else 1. */
    public float[][] weights(Run run, TrainingSettings student, StreamedImages train, StreamedImages validation)
            throws TrainingException, InterruptedException {
        Experiment experiment = run.getExperiment();
        JustTrainTwiceSpec spec = experiment.getTraining().getJustTrainTwice();
        TrainingSettings settings = student.withCheckpoints(null).resumingAfter(List.of()).withExampleWeights(null)
                .withRebalancing(Rebalancing.NONE).withDistillation(null).withEpochs(spec.getIdentificationEpochs())
                .withEarlyStopping(0);
        progress.printf(Locale.ROOT, "just train twice: an identification model, %d epoch%s of plain training%n",
                spec.getIdentificationEpochs(), spec.getIdentificationEpochs() == 1 ? "" : "s");
        double[] validationAuc = {Double.NaN};
        ImageClassifier identification = backend.train(train, validation, settings, new TrainingProgress(progress,
                train.labels(), (EpochSummary epoch) -> validationAuc[0] = epoch.validationAucs().length > 0
                        ? epoch.validationAucs()[0] : Double.NaN));
        double[][] scores = identification.scoresOf(train);
        int labels = train.labels().size();
        float[][] weights = new float[train.count()][labels];
        boolean[][] positives = new boolean[labels][];
        for (int l = 0; l < labels; l++) {
            positives[l] = train.positives(l);
        }
        int errors = 0;
        boolean[] wrong = new boolean[train.count()];
        for (int i = 0; i < train.count(); i++) {
            for (int l = 0; l < labels; l++) {
                wrong[i] |= (scores[i][l] >= 0.5) != positives[l][i];
            }
            errors += wrong[i] ? 1 : 0;
            java.util.Arrays.fill(weights[i], wrong[i] ? (float) spec.getUpweight() : 1f);
        }
        JustTrainTwiceRecord record = RunFactory.eINSTANCE.createJustTrainTwiceRecord();
        record.setIdentificationEpochs(spec.getIdentificationEpochs());
        record.setUpweight(spec.getUpweight());
        record.setTrainImages(train.count());
        record.setErrors(errors);
        record.setIdentificationValidationAuc(validationAuc[0]);
        record.setErrorsByGroup(errorsByGroup(experiment, train, wrong));
        run.setJustTrainTwice(record);
        progress.printf(Locale.ROOT, "just train twice: the identification model (validation AUC %.3f) gets %d of %d "
                + "training images wrong%s; they are drawn %.3g× as often%n", validationAuc[0], errors, train.count(),
                record.getErrorsByGroup() == null ? "" : " (" + record.getErrorsByGroup() + ")", spec.getUpweight());
        if (errors == 0) {
            throw new TrainingException("Just train twice: the identification model (" + spec.getIdentificationEpochs()
                    + " epochs) gets every training image right, so there is no error set to upweight; use fewer "
                    + "identification epochs");
        }
        return weights;
    }

    /** "site A 12 % (9 of 75), …" over the first attribute's subgroups, or {@code null} without attributes. */
    private static String errorsByGroup(Experiment experiment, StreamedImages train, boolean[] wrong) {
        if (experiment.getAttributes().isEmpty()) {
            return null;
        }
        ConfounderAttribute attribute = experiment.getAttributes().get(0);
        String[] groups = DiagnoseStage.groups(attribute, train.entries());
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (int i = 0; i < groups.length; i++) {
            int[] c = counts.computeIfAbsent(groups[i] == null ? "(unknown)" : groups[i], g -> new int[2]);
            c[0] += wrong[i] ? 1 : 0;
            c[1]++;
        }
        return attribute.getName() + " " + String.join(", ", counts.entrySet().stream().sorted(Map.Entry
                .comparingByKey()).map(e -> String.format(Locale.ROOT, "%s %.0f %% (%d of %d)", e.getKey(),
                        100.0 * e.getValue()[0] / e.getValue()[1], e.getValue()[0], e.getValue()[1])).toList());
    }
}
