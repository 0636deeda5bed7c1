package org.confounderlab.engine.run;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.confounderlab.engine.data.DataSetException;
import org.confounderlab.engine.data.ManifestEntry;
import org.confounderlab.engine.diagnostics.AssociationShift;
import org.confounderlab.engine.diagnostics.SubgroupMetrics;
import org.confounderlab.engine.diagnostics.TprGap;
import org.confounderlab.engine.report.RunReport;
import org.confounderlab.engine.report.StudyReport;
import org.confounderlab.engine.stats.AucStatistics;
import org.confounderlab.engine.stats.DeLongAuc;
import org.confounderlab.engine.stats.PairedDeLongTest;
import org.confounderlab.engine.training.TrainingException;
import org.confounderlab.model.experiment.ConfounderAttribute;
import org.confounderlab.model.experiment.DistillationSpec;
import org.confounderlab.model.experiment.Experiment;
import org.confounderlab.model.experiment.ExperimentFactory;
import org.confounderlab.model.experiment.InterventionKind;
import org.confounderlab.model.experiment.LastLayerRetrainingSpec;
import org.confounderlab.model.experiment.MaskPlacement;
import org.confounderlab.model.experiment.Rebalancing;
import org.confounderlab.model.experiment.Region;
import org.confounderlab.model.experiment.TeacherData;
import org.confounderlab.model.resource.ModelFiles;
import org.confounderlab.model.run.ArmComparison;
import org.confounderlab.model.run.ArmKind;
import org.confounderlab.model.run.AucComparison;
import org.confounderlab.model.run.Run;
import org.confounderlab.model.run.RunFactory;
import org.confounderlab.model.run.RunStatus;
import org.confounderlab.model.run.SaliencyMethod;
import org.confounderlab.model.run.SaliencySummary;
import org.confounderlab.model.run.Study;
import org.confounderlab.model.run.StudyArm;
import org.confounderlab.model.run.SubgroupMetric;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Runs one experiment as a study: the ERM baseline and each mitigation the experiment allows (train-time masking of
 * the masking interventions' regions, group-balanced training by an attribute, specialist-teacher distillation), each
 * a run of its own on the same splits and seeds, then one table per arm on the study's label:
 * <ul>
 * <li>AUC on the test images as they are, and on an association-flipped test set, each with its DeLong interval;</li>
 * <li>ΔAUC with the suspected regions masked at test time, with the paired-DeLong p, from the arm's run;</li>
 * <li>Grad-CAM's share of attention on the suspected region, from the arm's run (when Grad-CAM is on);</li>
 * <li>the worst subgroup's AUC and the true-positive-rate gap across the subgroups, with intervals;</li>
 * </ul>
 * and a paired DeLong test of every mitigation against the baseline on the flipped and on the whole test set.
 *
 * <p>The flipped set and the subgroups come from the baseline's view of the images (the suspected region's presence,
 * or the attribute), the same images for every arm: in the masked arm's own view every image carries the cover, so
 * the marker would be "present" everywhere. The study is saved as {@code studies/<id>/study.study} beside the runs
 * and linked to each arm's run, with an HTML table beside it.
 */
public final class StudyRunner {

    /** The study's file name in its folder. */
    public static final String STUDY_FILE = "study.study";
    /** The study's HTML table in its folder. */
    public static final String REPORT_FILE = "study.html";
    /** Each arm's run report in its run folder, linked from the study's table. */
    public static final String ARM_REPORT_FILE = StudyReport.ARM_REPORT;
    /** The folder of studies under an experiment's runs. */
    public static final String STUDIES_FOLDER = "studies";

    /** The fewest positives and negatives a test set needs for the study's AUCs and paired tests on it. */
    public static final int MIN_PER_CLASS = 5;

    private final ExperimentRunner runner;
    private final PrintStream progress;

    public StudyRunner(ExperimentRunner runner, PrintStream progress) {
        this.runner = runner;
        this.progress = progress;
    }

    private ArmProcesses sideBySide;

    /** This study with its arms trained in engine JVMs of their own, {@code processes} says how many at a time. */
    public StudyRunner sideBySide(ArmProcesses processes) {
        this.sideBySide = processes;
        return this;
    }

    /** One arm to train: its name, kind and experiment. */
    public record Arm(String name, ArmKind kind, Experiment experiment) {
    }

    /**
     * The arms of {@code experiment}: always the baseline (every mitigation off); masking when an intervention masks
     * regions; balancing when there is an attribute (the rebalancing attribute, else the first); distillation as the
     * experiment's distillation says, else from masked images (with masking regions) or a subset balanced by the
     * attribute. {@code skipped} gets a line for each arm left out, saying why.
     */
    public static List<Arm> arms(Experiment experiment, List<String> skipped) {
        List<Arm> arms = new ArrayList<>();
        arms.add(new Arm("baseline", ArmKind.BASELINE, withoutMitigations(experiment, false)));
        Set<String> masked = ExperimentRegions.masked(experiment);
        if (masked.isEmpty()) {
            skipped.add("masking: no intervention masks regions");
        } else {
            Experiment arm = withoutMitigations(experiment, false);
            for (Region region : arm.getRegions()) {
                if (masked.contains(region.getName())) {
                    arm.getTraining().getTrainTimeMasking().add(region);
                }
            }
            arms.add(new Arm("masking", ArmKind.MASKING, arm));
        }
        Experiment balanced = withoutMitigations(experiment, false);
        ConfounderAttribute attribute = attribute(balanced);
        if (attribute == null) {
            skipped.add("balancing: the experiment has no confounder attribute to balance by");
        } else {
            balanced.getTraining().setRebalancing(Rebalancing.GROUP_BALANCED);
            balanced.getTraining().setRebalanceAttribute(attribute);
            arms.add(new Arm("balancing", ArmKind.BALANCING, balanced));
        }
        Experiment distilled = withoutMitigations(experiment, true);
        if (distilled.getTraining().getDistillation() == null) {
            DistillationSpec spec = defaultDistillation(distilled);
            if (spec == null) {
                skipped.add("distillation: no masking regions or attribute to choose the teacher's clean data by");
            }
            distilled.getTraining().setDistillation(spec);
        }
        if (distilled.getTraining().getDistillation() != null) {
            arms.add(new Arm("distillation", ArmKind.DISTILLATION, distilled));
        }
        Experiment reweighted = withoutMitigations(experiment, false);
        String groups = lastLayerGroups(experiment);
        if (groups == null) {
            skipped.add("dfr: no attribute or masked region to balance the validation images by");
        } else {
            LastLayerRetrainingSpec spec = experiment.getTraining().getLastLayerRetraining() != null
                    ? EcoreUtil.copy(experiment.getTraining().getLastLayerRetraining())
                    : ExperimentFactory.eINSTANCE.createLastLayerRetrainingSpec();
            spec.setGroups(groups);
            reweighted.getTraining().setLastLayerRetraining(spec);
            arms.add(new Arm("dfr", ArmKind.LAST_LAYER_RETRAINING, reweighted));
        }
        Experiment twice = withoutMitigations(experiment, false);
        twice.getTraining().setJustTrainTwice(experiment.getTraining().getJustTrainTwice() != null
                ? EcoreUtil.copy(experiment.getTraining().getJustTrainTwice())
                : ExperimentFactory.eINSTANCE.createJustTrainTwiceSpec());
        arms.add(new Arm("jtt", ArmKind.JUST_TRAIN_TWICE, twice));
        if (groups != null) {
            Experiment robust = withoutMitigations(experiment, false);
            org.confounderlab.model.experiment.GroupDroSpec dro = experiment.getTraining().getGroupDro() != null
                    ? EcoreUtil.copy(experiment.getTraining().getGroupDro())
                    : ExperimentFactory.eINSTANCE.createGroupDroSpec();
            if (dro.getGroups() == null || dro.getGroups().isBlank()) {
                dro.setGroups(groups);
            }
            robust.getTraining().setGroupDro(dro);
            arms.add(new Arm("group-dro", ArmKind.GROUP_DRO, robust));
        } else {
            skipped.add("group-dro: no attribute or masked region to form the groups by");
        }
        return arms;
    }

    /**
     * What the DFR arm balances: the experiment's own last-layer groups, else the study's named confounder, else the
     * rebalancing or first attribute, else the first masked region; {@code null} when there is none.
     */
    static String lastLayerGroups(Experiment experiment) {
        LastLayerRetrainingSpec own = experiment.getTraining().getLastLayerRetraining();
        if (own != null && own.getGroups() != null && !own.getGroups().isBlank()) {
            return own.getGroups().strip();
        }
        String named = experiment.getDiagnostics() == null ? null : experiment.getDiagnostics().getStudyConfounder();
        if (named != null && !named.isBlank()) {
            return named.strip();
        }
        String attribute = LastLayerRetrainingStage.groupsOf(experiment);
        if (attribute != null) {
            return attribute;
        }
        Set<String> masked = ExperimentRegions.masked(experiment);
        return masked.isEmpty() ? null : StudyAxis.REGION + masked.iterator().next();
    }

    /**
     * The distillation used when {@code experiment} names none: a teacher on a quarter of the training images with the
     * masking interventions' regions covered, else on a subset balanced by the attribute (the rebalancing one, else
     * the first); {@code null} when the experiment has neither. Its attribute is {@code experiment}'s own.
     */
    public static DistillationSpec defaultDistillation(Experiment experiment) {
        DistillationSpec spec = ExperimentFactory.eINSTANCE.createDistillationSpec();
        if (!ExperimentRegions.masked(experiment).isEmpty()) {
            spec.setTeacherData(TeacherData.MASKED_IMAGES);
        } else if (attribute(experiment) != null) {
            spec.setTeacherData(TeacherData.BALANCED_SUBSET);
            spec.setAttribute(attribute(experiment));
        } else {
            return null;
        }
        return spec;
    }

    /**
     * A study begun: its record and folder, its mitigations (one row each) and every run to train, the mitigations
     * seed by seed.
     */
    public record Plan(Study study, Path folder, List<Arm> mitigations, List<Arm> arms) {

        /** The study's file. */
        public Path file() {
            return folder.resolve(STUDY_FILE);
        }
    }

    /**
     * Begins a study of {@code experiment} (read from {@code experimentFile}) under {@code runsFolder}: checks it can
     * be one, makes its folder and saves the study there, its arms not yet trained.
     */
    public Plan plan(Experiment experiment, Path experimentFile, Path runsFolder)
            throws IOException, DataSetException, TrainingException {
        if (ImportModelStage.imports(experiment)) {
            throw new TrainingException("A study trains one model per arm (masked, re-balanced, distilled), and "
                    + experiment.getName() + " audits an ONNX model trained elsewhere, which cannot be retrained "
                    + "here: audit it with run, and audit each arm you train in your own framework the same way");
        }
        Study study = RunFactory.eINSTANCE.createStudy();
        study.setName(experiment.getName());
        study.setExperimentPath(experimentFile.toAbsolutePath().toString());
        study.setStartTime(new Date());
        RunFolder studyFolder = RunFolder.create(runsFolder.resolve(experiment.getName()), STUDIES_FOLDER);
        Path folder = studyFolder.path();
        study.setId(studyFolder.id());
        String refused = StudyAxis.checkNamed(experiment, runner.testEntries(experiment, experimentFile));
        if (refused != null) {
            throw new TrainingException(refused);
        }
        List<String> skipped = new ArrayList<>();
        List<Arm> mitigations = arms(experiment, skipped);
        int seeds = seedsOf(experiment);
        study.setSeeds(seeds);
        List<Arm> arms = seeded(mitigations, seeds);
        progress.println("study " + study.getId() + ": arms " + String.join(", ", mitigations.stream().map(Arm::name)
                .toList()) + (seeds > 1 ? ", each with " + seeds + " training seeds" : "")
                + (skipped.isEmpty() ? "" : "; left out: " + String.join("; ", skipped)));
        ModelFiles.save(study, folder.resolve(STUDY_FILE));
        return new Plan(study, folder, mitigations, arms);
    }

    /**
     * Trains every arm of {@code experiment} (read from {@code experimentFile}) into {@code runsFolder}, then tabulates
     * them; the study file is saved after every arm, and marked failed, with the arms finished so far, if one fails.
     */
    public Study run(Experiment experiment, Path experimentFile, Path runsFolder, RunOptions options)
            throws IOException, DataSetException, TrainingException, InterruptedException {
        Plan plan = plan(experiment, experimentFile, runsFolder);
        Study study = plan.study();
        Path folder = plan.folder();
        Path file = plan.file();
        List<Arm> mitigations = plan.mitigations();
        List<Arm> arms = plan.arms();
        List<Run> runs = new ArrayList<>();
        List<RunFolder> folders = new ArrayList<>();
        try {
            if (sideBySide != null) {
                progress.printf(java.util.Locale.ROOT, "study: arms side by side, %d at a time with %d thread%s "
                        + "each (the first alone, for the image cache)%n", sideBySide.parallel(),
                        sideBySide.threadsPerArm(), sideBySide.threadsPerArm() == 1 ? "" : "s");
                List<Path> trained = sideBySide.train(experimentFile, arms, runsFolder, options, progress);
                for (int a = 0; a < arms.size(); a++) {
                    Path armPath = trained.get(a);
                    try {
                        runs.add(RunFolder.read(armPath));
                    } catch (org.confounderlab.model.resource.ModelLoadException e) {
                        throw new IOException("study arm " + arms.get(a).name() + ": " + e.getMessage(), e);
                    }
                    folders.add(new RunFolder(armPath, armPath.getFileName().toString()));
                    record(study, mitigations.size(), a, arms.get(a), runs.get(a), folder, armPath);
                }
                ModelFiles.save(study, file);
            }
            for (Arm arm : sideBySide != null ? List.<Arm>of() : arms) {
                RunFolder armFolder = RunFolder.create(runsFolder, experiment.getName());
                progress.println("study arm " + arm.name() + ": run " + armFolder.path());
                Run run = runner.run(arm.experiment(), experimentFile, armFolder, options);
                runs.add(run);
                folders.add(armFolder);
                record(study, mitigations.size(), runs.size() - 1, arm, run, folder, armFolder.path());
                ModelFiles.save(study, file);
            }
            tabulate(study, experiment, experimentFile, runs, folders);
            study.setStatus(RunStatus.COMPLETED);
        } catch (IOException | DataSetException | TrainingException | InterruptedException | RuntimeException e) {
            study.setStatus(RunStatus.FAILED);
            study.setErrorMessage(e.getMessage());
            throw e;
        } finally {
            finish(plan, runs, folders);
        }
        return study;
    }

    /**
     * Tabulates a study whose runs were trained elsewhere (cluster jobs), {@code runs} and {@code folders} in the
     * plan's order, {@code null} for a run that did not complete: with them all, the whole table; else the study is
     * marked failed with the completed arms recorded and {@code failure} as its message.
     */
    public Study assemble(Plan plan, Experiment experiment, Path experimentFile, List<Run> runs,
            List<RunFolder> folders, String failure) throws IOException {
        Study study = plan.study();
        study.getArms().clear();
        study.getComparisons().clear();
        List<Run> completed = new ArrayList<>();
        List<RunFolder> completedFolders = new ArrayList<>();
        for (int a = 0; a < plan.arms().size(); a++) {
            if (runs.get(a) != null) {
                // a failed study lists the first seed of each completed arm; a later seed has no row to join
                if (failure == null || a < plan.mitigations().size()) {
                    record(study, failure == null ? plan.mitigations().size() : Integer.MAX_VALUE, a,
                            plan.arms().get(a), runs.get(a), plan.folder(), folders.get(a).path());
                }
                completed.add(runs.get(a));
                completedFolders.add(folders.get(a));
            }
        }
        try {
            if (failure != null) {
                study.setStatus(RunStatus.FAILED);
                study.setErrorMessage(failure);
            } else {
                tabulate(study, experiment, experimentFile, runs, folders);
                study.setStatus(RunStatus.COMPLETED);
                study.setErrorMessage(null);
            }
        } catch (IOException | DataSetException | RuntimeException e) {
            study.setStatus(RunStatus.FAILED);
            study.setErrorMessage(e.getMessage());
        } finally {
            finish(plan, completed, completedFolders);
        }
        return study;
    }

    /** Saves the study with its end time, each arm's run report and the study's HTML table. */
    private void finish(Plan plan, List<Run> runs, List<RunFolder> folders) throws IOException {
        Study study = plan.study();
        study.setEndTime(new Date());
        ModelFiles.save(study, plan.file());
        // Also for a failed study: its report shows the error and the arms finished.
        for (int a = 0; a < runs.size(); a++) {
            Files.writeString(folders.get(a).path().resolve(ARM_REPORT_FILE),
                    new RunReport(runs.get(a), folders.get(a).path()).html());
        }
        Files.writeString(plan.folder().resolve(REPORT_FILE), new StudyReport(study).html());
        progress.println("study: " + plan.file() + " and " + plan.folder().resolve(REPORT_FILE));
    }

    /**
     * Records trained arm {@code index} of the seeded list: the first seed of each mitigation is its row; a later
     * seed's run joins that row's seed runs.
     */
    private static void record(Study study, int mitigations, int index, Arm arm, Run run, Path studyFolder,
            Path armFolder) {
        String path = studyFolder.relativize(armFolder.resolve(RunFolder.RUN_FILE)).toString().replace('\\', '/');
        if (index < mitigations) {
            StudyArm record = armRecord(arm, run, studyFolder, armFolder);
            record.getSeedRunPaths().add(path);
            study.getArms().add(record);
        } else {
            study.getArms().get(index % mitigations).getSeedRunPaths().add(path);
        }
    }

    /** The seeds a study of {@code experiment} trains every arm with (its diagnostics' studySeeds, at least 1). */
    public static int seedsOf(Experiment experiment) {
        return experiment.getDiagnostics() == null ? 1 : Math.max(1, experiment.getDiagnostics().getStudySeeds());
    }

    /** The suffix of a later seed's arm name: "baseline seed 2". */
    static final String SEED = " seed ";

    /**
     * {@code arms} trained {@code seeds} times: every arm with the experiment's training seed, then every arm with
     * seed + 1 (named "… seed 2"), and so on; the splits stay the same.
     */
    public static List<Arm> seeded(List<Arm> arms, int seeds) {
        List<Arm> all = new ArrayList<>(arms);
        for (int k = 2; k <= seeds; k++) {
            for (Arm arm : arms) {
                Experiment copy = EcoreUtil.copy(arm.experiment());
                copy.getTraining().setSeed(copy.getTraining().getSeed() + k - 1);
                all.add(new Arm(arm.name() + SEED + k, arm.kind(), copy));
            }
        }
        return all;
    }

    /** The arm named {@code name} (a later seed's too, "… seed k") of a study of {@code experiment}, or null. */
    public static Arm arm(Experiment experiment, String name) {
        int at = name.lastIndexOf(SEED);
        int seeds = 1;
        if (at > 0) {
            try {
                seeds = Integer.parseInt(name.substring(at + SEED.length()));
            } catch (NumberFormatException e) {
                seeds = 1;
            }
        }
        return seeded(arms(experiment, new ArrayList<>()), seeds).stream().filter(a -> a.name().equals(name))
                .findFirst().orElse(null);
    }

    private static StudyArm armRecord(Arm arm, Run run, Path studyFolder, Path armFolder) {
        StudyArm record = RunFactory.eINSTANCE.createStudyArm();
        record.setName(arm.name());
        record.setKind(arm.kind());
        record.setRunId(run.getId());
        record.setRunPath(studyFolder.relativize(armFolder.resolve(RunFolder.RUN_FILE)).toString().replace('\\',
                '/'));
        return record;
    }

    /** Fills in the per-arm metrics and the comparisons against the baseline (the first arm). */
    void tabulate(Study study, Experiment experiment, Path experimentFile, List<Run> runs, List<RunFolder> folders)
            throws IOException, DataSetException {
        Run baseline = runs.get(0);
        String label = label(experiment);
        double alpha = experiment.getDiagnostics() == null ? 0.05 : experiment.getDiagnostics().getAlpha();
        int resamples = experiment.getDiagnostics() == null ? 1000 : experiment.getDiagnostics()
                .getBootstrapResamples();
        long seed = experiment.getSplit().getSeed();
        study.setLabel(label);
        study.setConfidenceLevel(1 - alpha);

        List<Map<String, double[]>> scores = new ArrayList<>();
        for (int a = 0; a < runs.size(); a++) {
            scores.add(PredictionsTable.scores(folders.get(a), MaskedRetrain.original(runs.get(a)), label));
        }
        List<ManifestEntry> test = runner.testEntries(baseline.getExperiment(), experimentFile).stream()
                .filter(e -> scores.stream().allMatch(s -> s.containsKey(e.image().toString()))).toList();
        int n = test.size();
        int[] targets = new int[n];
        boolean[] positives = new boolean[n];
        for (int i = 0; i < n; i++) {
            double target = scores.get(0).get(test.get(i).image().toString())[0];
            if (target != 0 && target != 1) {
                throw new IOException(folders.get(0).path().resolve(RunFolder.PREDICTIONS_FILE) + ": the target of "
                        + test.get(i).image() + " for " + label + " is " + target + ", not 0 or 1");
            }
            targets[i] = (int) target;
            positives[i] = targets[i] == 1;
        }
        StudyAxis.Choice axis = StudyAxis.choose(baseline.getExperiment(), baseline, label, test);
        StudyAxis.Grouping grouping = axis.grouping();
        List<String> notes = new ArrayList<>(List.of(axis.note()));
        AucStatistics statistics = EvaluateStage.statistics(test);
        study.setPatients(statistics.patients());
        int[] kept = null;
        if (grouping != null) {
            study.setShiftGrouping(grouping.name());
            AssociationShift shift = AssociationShift.flipped(grouping.name(), grouping.groupOf(), positives, seed);
            kept = shift.kept();
            study.setShiftCases(kept.length);
            int keptPositives = 0;
            for (int k : kept) {
                keptPositives += targets[k];
            }
            study.setShiftPositives(keptPositives);
            study.setShiftGroups(String.join(", ", shift.groups().stream().map(AssociationShift.Group::describe).toList()));
        }
        double level = 1 - alpha;
        int mitigations = study.getArms().size();
        int seeds = runs.size() / mitigations;
        List<double[]> armScores = new ArrayList<>(); // every run's, seed by seed: run r is arm r % mitigations
        for (int r = 0; r < runs.size(); r++) {
            double[] values = new double[n];
            for (int i = 0; i < n; i++) {
                values[i] = scores.get(r).get(test.get(i).image().toString())[1];
            }
            armScores.add(values);
            for (int i = 0; i < n; i++) {
                if (!Double.isFinite(values[i])) {
                    throw new IOException(folders.get(r).path().resolve(RunFolder.PREDICTIONS_FILE) + ": arm "
                            + study.getArms().get(r % mitigations).getName() + " scores " + test.get(i).image() + " "
                            + values[i] + " for " + label + " (did its training diverge?)");
                }
            }
        }
        for (int a = 0; a < mitigations; a++) {
            double[] values = armScores.get(a);
            StudyArm arm = study.getArms().get(a);
            DeLongAuc whole = statistics.auc(values, targets, level);
            arm.setInDistributionAuc(whole.auc());
            arm.setInDistributionAucLower(whole.lower());
            arm.setInDistributionAucUpper(whole.upper());
            setNaN(arm);
            if (kept != null && enoughOfEachClass(pick(targets, kept))) {
                DeLongAuc shifted = statistics.subset(kept).auc(pick(values, kept), pick(targets, kept), level);
                arm.setShiftedAuc(shifted.auc());
                arm.setShiftedAucLower(shifted.lower());
                arm.setShiftedAucUpper(shifted.upper());
            }
            String failure = LearningCheck.failure(runs.get(a));
            arm.setFailedToLearn(failure != null);
            arm.setLearningNote(failure);
            maskedDelta(arm, runs.get(a), label);
            attention(arm, runs.get(a), label, grouping);
            if (grouping != null) {
                double threshold = threshold(runs.get(a), label);
                SubgroupMetrics metrics = SubgroupMetrics.of(values, positives, grouping.groupOf(), threshold,
                        resamples, seed, alpha);
                metrics.rows().stream().filter(row -> !Double.isNaN(row.auc()))
                        .min(java.util.Comparator.comparingDouble(SubgroupMetrics.Row::auc)).ifPresent(row -> {
                            arm.setWorstGroup(row.value());
                            arm.setWorstGroupAuc(row.auc());
                            arm.setWorstGroupAucLower(row.aucLower());
                            arm.setWorstGroupAucUpper(row.aucUpper());
                        });
                TprGap gap = TprGap.of(values, positives, grouping.groupOf(), threshold, resamples, seed, level);
                if (Double.isNaN(gap.gap()) && a == 0) {
                    notes.add("TPR gap: fewer than two subgroups of " + grouping.name() + " have positive test "
                            + "images, so there is no true-positive rate to compare.");
                }
                arm.setTprGap(gap.gap());
                arm.setTprGapLower(gap.lower());
                arm.setTprGapUpper(gap.upper());
            }
        }
        boolean shiftable = kept != null && enoughOfEachClass(pick(targets, kept));
        if (seeds > 1) {
            overSeeds(study, armScores, seeds, targets, kept, shiftable, statistics, level);
            otherFiguresOverSeeds(study, runs, armScores, seeds, label, positives, grouping, seed, level);
        }
        for (int a = 1; a < mitigations; a++) {
            if (shiftable) {
                study.getComparisons().add(seeds > 1 ? seedComparison(study, a, "shifted", armScores, seeds,
                        kept, pick(targets, kept), statistics.subset(kept), level) : comparison(study, a, "shifted",
                                pick(armScores.get(a), kept), pick(armScores.get(0), kept), pick(targets, kept),
                                statistics.subset(kept), level));
            }
            study.getComparisons().add(seeds > 1 ? seedComparison(study, a, "in-distribution", armScores, seeds,
                    null, targets, statistics, level) : comparison(study, a, "in-distribution", armScores.get(a),
                            armScores.get(0), targets, statistics, level));
        }
        if (seeds > 1) {
            notes.add("Seeds: every arm trained with " + seeds + " training seeds; the arm table is the first seed's "
                    + "runs, the table over the seeds gives each figure's mean and its t interval (clipped to the "
                    + "figure's range; with few seeds it is wide), and each comparison is one DeLong contrast of the "
                    + "arm's mean AUC over its seeds against the baseline's.");
        }
        if (grouping != null && (kept == null || !enoughOfEachClass(pick(targets, kept)))) {
            notes.add("AUC shifted: the flipped set has too few of each class (at least " + MIN_PER_CLASS
                    + " positives and " + MIN_PER_CLASS + " negatives) for an AUC and a paired test.");
        }
        if (grouping != null && grouping.region() == null) {
            notes.add("Grad-CAM share: the axis is an attribute, which has no region to measure attention on.");
        }
        for (StudyArm arm : study.getArms()) {
            if (arm.isFailedToLearn()) {
                notes.add("Arm " + arm.getName() + " did not learn (" + arm.getLearningNote() + "): its results are "
                        + "no mitigation result.");
            }
        }
        study.setShiftNote(String.join(" ", notes));
        for (StudyArm arm : study.getArms()) {
            progress.printf(Locale.ROOT, "study arm %s: AUC %.3f, shifted %.3f, masked ΔAUC %+.3f (p %.3g), "
                    + "worst group %.3f, TPR gap %.3f%n", arm.getName(), arm.getInDistributionAuc(),
                    arm.getShiftedAuc(), arm.getMaskedDeltaAuc(), arm.getMaskedPValue(), arm.getWorstGroupAuc(),
                    arm.getTprGap());
        }
        for (ArmComparison comparison : study.getComparisons()) {
            progress.printf(Locale.ROOT, "study: %s against %s on the %s test set (n %d): ΔAUC %+.3f (CI %+.3f to "
                    + "%+.3f), p %.3g%n", comparison.getArm(), comparison.getBaseline(), comparison.getTestSet(),
                    comparison.getCases(), comparison.getDeltaAuc(), comparison.getCiLower(), comparison.getCiUpper(),
                    comparison.getPValue());
        }
    }

    private static ArmComparison comparison(Study study, int arm, String testSet, double[] armScores,
            double[] baselineScores, int[] targets, AucStatistics statistics, double level) {
        PairedDeLongTest test = statistics.paired(armScores, baselineScores, targets, level);
        ArmComparison comparison = RunFactory.eINSTANCE.createArmComparison();
        comparison.setArm(study.getArms().get(arm).getName());
        comparison.setBaseline(study.getArms().get(0).getName());
        comparison.setTestSet(testSet);
        comparison.setCases(targets.length);
        comparison.setDeltaAuc(test.difference());
        comparison.setCiLower(test.lower());
        comparison.setCiUpper(test.upper());
        comparison.setPValue(test.pValue());
        comparison.setMethod(statistics.pairedMethod() + ", paired (arm − baseline)");
        return comparison;
    }

    /** Each arm's test and shifted AUC over its seeds: the mean and its t interval. */
    private static void overSeeds(Study study, List<double[]> armScores, int seeds, int[] targets, int[] kept,
            boolean shiftable, AucStatistics statistics, double level) {
        int mitigations = study.getArms().size();
        double t = org.confounderlab.engine.stats.StudentT.quantile(1 - (1 - level) / 2, seeds - 1);
        for (int a = 0; a < mitigations; a++) {
            double[] whole = new double[seeds];
            double[] shifted = new double[seeds];
            for (int s = 0; s < seeds; s++) {
                double[] values = armScores.get(s * mitigations + a);
                whole[s] = statistics.auc(values, targets, level).auc();
                shifted[s] = shiftable ? statistics.subset(kept).auc(pick(values, kept), pick(targets, kept), level)
                        .auc() : Double.NaN;
            }
            StudyArm arm = study.getArms().get(a);
            double[] w = meanAndHalf(whole, t);
            arm.setInDistributionAucSeedMean(w[0]);
            arm.setInDistributionAucSeedLower(Math.max(0, w[0] - w[1]));
            arm.setInDistributionAucSeedUpper(Math.min(1, w[0] + w[1]));
            if (shiftable) {
                double[] sh = meanAndHalf(shifted, t);
                arm.setShiftedAucSeedMean(sh[0]);
                arm.setShiftedAucSeedLower(Math.max(0, sh[0] - sh[1]));
                arm.setShiftedAucSeedUpper(Math.min(1, sh[0] + sh[1]));
            }
        }
    }

    /**
     * Each arm's masked ΔAUC (from each seed's run), worst-group AUC and TPR gap (each seed's scores, at its run's
     * threshold) over its seeds: the mean and its t interval; a figure some seed cannot give is left out of its mean.
     */
    private static void otherFiguresOverSeeds(Study study, List<Run> runs, List<double[]> armScores, int seeds,
            String label, boolean[] positives, StudyAxis.Grouping grouping, long seed, double level) {
        int mitigations = study.getArms().size();
        double t = org.confounderlab.engine.stats.StudentT.quantile(1 - (1 - level) / 2, seeds - 1);
        for (int a = 0; a < mitigations; a++) {
            List<Double> masked = new ArrayList<>();
            List<Double> worst = new ArrayList<>();
            List<Double> gaps = new ArrayList<>();
            for (int s = 0; s < seeds; s++) {
                Run run = runs.get(s * mitigations + a);
                StudyArm figures = RunFactory.eINSTANCE.createStudyArm();
                setNaN(figures);
                maskedDelta(figures, run, label);
                addFinite(masked, figures.getMaskedDeltaAuc());
                if (grouping != null) {
                    double[] values = armScores.get(s * mitigations + a);
                    double threshold = threshold(run, label);
                    SubgroupMetrics.of(values, positives, grouping.groupOf(), threshold, 0, seed, 1 - level).rows()
                            .stream().mapToDouble(SubgroupMetrics.Row::auc).filter(Double::isFinite).min()
                            .ifPresent(worst::add);
                    addFinite(gaps, TprGap.of(values, positives, grouping.groupOf(), threshold, 0, seed, level)
                            .gap());
                }
            }
            StudyArm arm = study.getArms().get(a);
            double[] m = meanAndHalf(masked, t, seeds);
            arm.setMaskedDeltaAucSeedMean(m[0]);
            arm.setMaskedDeltaAucSeedLower(Math.max(-1, m[0] - m[1]));
            arm.setMaskedDeltaAucSeedUpper(Math.min(1, m[0] + m[1]));
            double[] w = meanAndHalf(worst, t, seeds);
            arm.setWorstGroupAucSeedMean(w[0]);
            arm.setWorstGroupAucSeedLower(Math.max(0, w[0] - w[1]));
            arm.setWorstGroupAucSeedUpper(Math.min(1, w[0] + w[1]));
            double[] g = meanAndHalf(gaps, t, seeds);
            arm.setTprGapSeedMean(g[0]);
            arm.setTprGapSeedLower(Math.max(0, g[0] - g[1]));
            arm.setTprGapSeedUpper(Math.min(1, g[0] + g[1]));
        }
    }

    private static void addFinite(List<Double> values, double value) {
        if (Double.isFinite(value)) {
            values.add(value);
        }
    }

    /** The mean and t × standard error of {@code values} when every one of the {@code seeds} gave one, else NaN. */
    private static double[] meanAndHalf(List<Double> values, double t, int seeds) {
        if (values.size() < seeds) {
            return new double[] {Double.NaN, Double.NaN};
        }
        return meanAndHalf(values.stream().mapToDouble(Double::doubleValue).toArray(), t);
    }

    /** The mean of {@code values} and t × their standard error. */
    private static double[] meanAndHalf(double[] values, double t) {
        double mean = java.util.Arrays.stream(values).average().orElse(Double.NaN);
        double squares = 0;
        for (double v : values) {
            squares += (v - mean) * (v - mean);
        }
        return new double[] {mean, t * Math.sqrt(squares / (values.length - 1) / values.length)};
    }

    /**
     * Arm {@code arm} against the baseline over all seeds: one DeLong contrast, the mean AUC of the arm's seeds minus
     * the mean of the baseline's, on the same images ({@code kept} of them, or all).
     */
    private static ArmComparison seedComparison(Study study, int arm, String testSet, List<double[]> armScores,
            int seeds, int[] kept, int[] targets, AucStatistics statistics, double level) {
        int mitigations = study.getArms().size();
        List<double[]> sets = new ArrayList<>();
        double[] weights = new double[2 * seeds];
        for (int s = 0; s < seeds; s++) {
            double[] armValues = armScores.get(s * mitigations + arm);
            double[] baseValues = armScores.get(s * mitigations);
            sets.add(kept == null ? armValues : pick(armValues, kept));
            sets.add(kept == null ? baseValues : pick(baseValues, kept));
            weights[2 * s] = 1.0 / seeds;
            weights[2 * s + 1] = -1.0 / seeds;
        }
        org.confounderlab.engine.stats.ClusteredDeLong.Contrast test = org.confounderlab.engine.stats
                .ClusteredDeLong.contrast(sets, weights, targets, statistics.clusters(), level);
        ArmComparison comparison = RunFactory.eINSTANCE.createArmComparison();
        comparison.setArm(study.getArms().get(arm).getName());
        comparison.setBaseline(study.getArms().get(0).getName());
        comparison.setTestSet(testSet);
        comparison.setCases(targets.length);
        comparison.setDeltaAuc(test.estimate());
        comparison.setCiLower(test.lower());
        comparison.setCiUpper(test.upper());
        comparison.setPValue(test.pValue());
        comparison.setSeeds(seeds);
        comparison.setMethod("DeLong contrast of the means over " + seeds + " seeds"
                + (statistics.clustered() ? ", clustered by patient (Obuchowski 1997), " + statistics.patients()
                        + " patients" : "") + " (arm − baseline)");
        return comparison;
    }

    /** The arm's ΔAUC with the suspected regions masked at test time, from its run's paired-DeLong comparisons. */
    private static void maskedDelta(StudyArm arm, Run run, String label) {
        for (AucComparison comparison : run.getComparisons()) {
            if (label.equals(comparison.getLabel()) && comparison.getVariant() != null
                    && comparison.getVariant().getInterventionKind() == InterventionKind.MASK_REGIONS) {
                arm.setMaskedDeltaAuc(comparison.getDeltaAuc());
                arm.setMaskedDeltaAucLower(comparison.getCiLower());
                arm.setMaskedDeltaAucUpper(comparison.getCiUpper());
                arm.setMaskedPValue(comparison.getPValue());
                return;
            }
        }
    }

    /** Grad-CAM's mean share on the grouping's region, over the images that have it. */
    private static void attention(StudyArm arm, Run run, String label, StudyAxis.Grouping grouping) {
        if (grouping == null || grouping.region() == null) {
            return;
        }
        for (SaliencySummary summary : run.getSaliency()) {
            if (summary.getMethod() == SaliencyMethod.GRAD_CAM && label.equals(summary.getLabel())
                    && grouping.region().equals(summary.getRegionName()) && "present".equals(summary.getSubset())) {
                arm.setAttentionShare(summary.getMeanShare());
                arm.setAttentionShareLower(summary.getCiLower());
                arm.setAttentionShareUpper(summary.getCiUpper());
                return;
            }
        }
    }

    /** The decision threshold the arm's run used for its subgroup metrics (Youden's on validation), else 0.5. */
    private static double threshold(Run run, String label) {
        return run.getSubgroups().stream().filter(m -> label.equals(m.getLabel())).mapToDouble(
                SubgroupMetric::getThreshold).findFirst().orElse(0.5);
    }

    private static void setNaN(StudyArm arm) {
        for (var feature : arm.eClass().getEAllAttributes()) {
            if (feature.getEType() == org.eclipse.emf.ecore.EcorePackage.Literals.EDOUBLE
                    && !feature.getName().startsWith("inDistribution")) {
                arm.eSet(feature, Double.NaN);
            }
        }
    }

    private static String label(Experiment experiment) {
        if (experiment.getDiagnostics() != null && !experiment.getDiagnostics().getLabels().isEmpty()) {
            return experiment.getDiagnostics().getLabels().get(0);
        }
        return experiment.getDataset().getLabelNames().get(0);
    }

    private static ConfounderAttribute attribute(Experiment experiment) {
        if (experiment.getTraining().getRebalanceAttribute() != null) {
            return experiment.getTraining().getRebalanceAttribute();
        }
        return experiment.getAttributes().isEmpty() ? null : experiment.getAttributes().get(0);
    }

    /** A copy of {@code experiment} with masking, re-balancing and (unless kept) distillation off. */
    private static Experiment withoutMitigations(Experiment experiment, boolean keepDistillation) {
        Experiment copy = EcoreUtil.copy(experiment);
        copy.getTraining().getTrainTimeMasking().clear();
        copy.getTraining().setTrainTimeMaskPlacement(MaskPlacement.REGIONS);
        copy.getTraining().setRebalancing(Rebalancing.NONE);
        copy.getTraining().setLastLayerRetraining(null);
        copy.getTraining().setJustTrainTwice(null);
        copy.getTraining().setGroupDro(null);
        if (!keepDistillation) {
            copy.getTraining().setDistillation(null);
        }
        if (copy.getDiagnostics() != null) {
            copy.getDiagnostics().setMaskedRetrain(false);
        }
        return copy;
    }

    /**
     * Whether a test set has at least {@link #MIN_PER_CLASS} positives and negatives: fewer make AUC intervals and
     * paired tests that say nothing (a nearly deterministic marker leaves only a handful of flipped images).
     */
    private static boolean enoughOfEachClass(int[] targets) {
        int positives = java.util.Arrays.stream(targets).sum();
        return positives >= MIN_PER_CLASS && targets.length - positives >= MIN_PER_CLASS;
    }

    private static double[] pick(double[] values, int[] indices) {
        double[] picked = new double[indices.length];
        for (int k = 0; k < indices.length; k++) {
            picked[k] = values[indices[k]];
        }
        return picked;
    }

    private static int[] pick(int[] values, int[] indices) {
        int[] picked = new int[indices.length];
        for (int k = 0; k < indices.length; k++) {
            picked[k] = values[indices[k]];
        }
        return picked;
    }
}
