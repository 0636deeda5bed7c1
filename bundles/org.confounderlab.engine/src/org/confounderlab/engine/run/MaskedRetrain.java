package org.confounderlab.engine.run;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.confounderlab.engine.data.DataSetException;
import org.confounderlab.engine.stats.PairedDeLongTest;
import org.confounderlab.engine.training.TrainingException;
import org.confounderlab.model.experiment.Experiment;
import org.confounderlab.model.experiment.InterventionKind;
import org.confounderlab.model.experiment.MaskPlacement;
import org.confounderlab.model.experiment.Region;
import org.confounderlab.model.run.Evaluation;
import org.confounderlab.model.run.Finding;
import org.confounderlab.model.run.FindingSeverity;
import org.confounderlab.model.run.Run;
import org.confounderlab.model.run.RunFactory;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * The "cover the labels" arm of the laterality-marker study: the run's experiment trained again with the regions of
 * its masking interventions blacked out in the training and validation images, as a second run beside the first
 * (linked by {@link Run#getBaselineRun()}), evaluated the same way, and compared with it on the same test images
 * as they are (paired DeLong). A model that leaned on the marker typically loses in-distribution AUC when it
 * cannot see it, or gains, as in the MURA study (0.844 → 0.857), when the marker misled it.
 *
 * <p>With {@link MaskPlacement#RANDOM_LOCATION} it trains the control arm instead: boxes of the same size erased at a
 * random place in each image, away from the regions, so the marker stays visible. A model that still leans on the
 * marker there shows that the masked arm's change comes from hiding the marker, not from erasing pixels.
 */
public final class MaskedRetrain {

    private final ExperimentRunner runner;
    private final PrintStream progress;
    private final MaskPlacement placement;

    /** The masked arm: the regions covered. */
    public MaskedRetrain(ExperimentRunner runner, PrintStream progress) {
        this(runner, progress, MaskPlacement.REGIONS);
    }

    /** The masked arm ({@link MaskPlacement#REGIONS}) or its random-location control. */
    public MaskedRetrain(ExperimentRunner runner, PrintStream progress, MaskPlacement placement) {
        this.runner = runner;
        this.progress = progress;
        this.placement = placement;
    }

    /** Retrains after {@code baseline} (completed, in {@code baselineFolder}); returns the new, linked run. */
    public Run run(Run baseline, RunFolder baselineFolder, RunOptions options)
            throws IOException, DataSetException, TrainingException, InterruptedException {
        Experiment experiment = EcoreUtil.copy(baseline.getExperiment());
        Set<String> names = ExperimentRegions.masked(experiment);
        if (names.isEmpty()) {
            throw new TrainingException("Nothing to mask at training time: the experiment has no masking "
                    + "intervention with regions");
        }
        experiment.getTraining().getTrainTimeMasking().clear();
        for (Region region : experiment.getRegions()) {
            if (names.contains(region.getName())) {
                experiment.getTraining().getTrainTimeMasking().add(region);
            }
        }
        experiment.getTraining().setTrainTimeMaskPlacement(placement);
        if (experiment.getDiagnostics() != null) {
            experiment.getDiagnostics().setMaskedRetrain(false);
        }
        RunFolder folder = RunFolder.create(baselineFolder.path().getParent().getParent(), experiment.getName());
        progress.println((placement == MaskPlacement.RANDOM_LOCATION
                ? "random-erasing control: training again with boxes the size of " + String.join(", ", names)
                        + " erased at random places"
                : "masked retrain: training again with " + String.join(", ", names) + " masked at training time")
                + ", in " + folder.path());
        Run retrained = runner.run(experiment, Path.of(baseline.getExperimentPath()), folder, options);
        retrained.setBaselineRun(baseline.getId());
        for (Finding finding : compare(baseline, baselineFolder, retrained, folder, names, alpha(experiment),
                placement)) {
            retrained.getFindings().add(finding);
            baseline.getFindings().add(EcoreUtil.copy(finding));
        }
        folder.save(retrained);
        baselineFolder.save(baseline);
        return retrained;
    }

    private static double alpha(Experiment experiment) {
        return experiment.getDiagnostics() == null ? 0.05 : experiment.getDiagnostics().getAlpha();
    }

    /** Per label: the retrained model against the baseline on the original test images, paired DeLong. */
    private static List<Finding> compare(Run baseline, RunFolder baselineFolder, Run retrained,
            RunFolder retrainedFolder, Set<String> names, double alpha, MaskPlacement placement) throws IOException {
        boolean control = placement == MaskPlacement.RANDOM_LOCATION;
        List<Finding> findings = new ArrayList<>();
        String variant = original(baseline);
        for (String label : baseline.getExperiment().getDataset().getLabelNames()) {
            Map<String, double[]> before = PredictionsTable.scores(baselineFolder, variant, label);
            Map<String, double[]> after = PredictionsTable.scores(retrainedFolder, original(retrained), label);
            List<String> images = before.keySet().stream().filter(after::containsKey).toList();
            double[] first = new double[images.size()];
            double[] second = new double[images.size()];
            int[] targets = new int[images.size()];
            for (int i = 0; i < images.size(); i++) {
                first[i] = after.get(images.get(i))[1];
                second[i] = before.get(images.get(i))[1];
                targets[i] = (int) before.get(images.get(i))[0];
            }
            PairedDeLongTest test = PairedDeLongTest.of(first, second, targets, 1 - alpha);
            boolean significant = test.pValue() < alpha;
            String message = String.format(Locale.ROOT, (control ? "Retrained with boxes the size of %s erased "
                    + "at random places (the control arm)" : "Retrained with %s masked at training time ('cover the "
                    + "labels')") + ", run %s: %s AUC %.3f against %.3f for run %s on the same %d test images, each "
                    + "as its run is used (the retrained arm with its boxes) (ΔAUC %+.3f, %.0f%% CI %+.3f to %+.3f, "
                    + "p %s, paired DeLong)%s", String.join(", ", names),
                    retrained.getId(), label, test.first().auc(), test.second().auc(), baseline.getId(),
                    images.size(), test.difference(), 100 * (1 - alpha), test.lower(), test.upper(),
                    test.pValue() < 1e-4 ? String.format(Locale.ROOT, "%.1e", test.pValue())
                            : String.format(Locale.ROOT, "%.4f", test.pValue()),
                    !significant ? ": no significant difference."
                            : control ? ": erasing alone changes the model."
                            : test.difference() > 0 ? ": the marker misled the first model."
                            : ": part of the first model's AUC came from the marker.");
            Finding finding = RunFactory.eINSTANCE.createFinding();
            finding.setSeverity(significant ? FindingSeverity.WARNING : FindingSeverity.INFO);
            finding.setKind(control ? "mitigation.random-erasing-control" : "mitigation.masked-retrain");
            finding.setMessage(message);
            finding.getEvidence().add("../" + retrained.getId() + "/" + RunFolder.RUN_FILE);
            finding.getEvidence().add("../" + baseline.getId() + "/" + RunFolder.RUN_FILE);
            findings.add(finding);
        }
        return findings;
    }

    static String original(Run run) {
        return run.getEvaluations().stream().filter(e -> e.getInterventionKind() == InterventionKind.ORIGINAL)
                .map(Evaluation::getInterventionName).findFirst().orElse("original");
    }
}
