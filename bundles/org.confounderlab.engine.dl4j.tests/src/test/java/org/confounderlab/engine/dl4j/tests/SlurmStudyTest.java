package org.confounderlab.engine.dl4j.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.confounderlab.engine.run.ExperimentRunner;
import org.confounderlab.engine.run.InputOptions;
import org.confounderlab.engine.run.RunFolder;
import org.confounderlab.engine.run.RunOptions;
import org.confounderlab.engine.run.StudyRunner;
import org.confounderlab.engine.slurm.ClusterStatus;
import org.confounderlab.engine.slurm.ClusterSubmission;
import org.confounderlab.engine.slurm.SlurmCommands;
import org.confounderlab.engine.slurm.SlurmException;
import org.confounderlab.engine.slurm.SlurmExecutor;
import org.confounderlab.engine.slurm.SlurmResources;
import org.confounderlab.engine.training.TrainingBackends;
import org.confounderlab.model.experiment.Experiment;
import org.confounderlab.model.resource.ModelFiles;
import org.confounderlab.model.run.ArmComparison;
import org.confounderlab.model.run.Run;
import org.confounderlab.model.run.RunStatus;
import org.confounderlab.model.run.Study;
import org.confounderlab.model.run.StudyArm;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Studies as Slurm jobs on a real one-node cluster started for the test ({@link LocalSlurmCluster}: munged,
 * slurmctld and slurmd on this machine): a study of 2 arms × 2 seeds submitted as a job array and assembled by its
 * dependent job equals the same study run here; a task cancelled mid-training leaves its run failed with Slurm's
 * state, and {@code study --resume} finishes it from its checkpoint; a job Slurm refuses says so in Slurm's words.
 */
class SlurmStudyTest {

    @TempDir
    static Path clusterFolder;

    private static LocalSlurmCluster cluster;
    private static SlurmCommands slurm;

    @BeforeAll
    static void startCluster() throws Exception {
        String why = LocalSlurmCluster.unavailable();
        Assumptions.assumeTrue(why == null, "no Slurm cluster for this test: " + why);
        cluster = LocalSlurmCluster.start(clusterFolder);
        slurm = new SlurmCommands(null, cluster.environment());
    }

    @AfterAll
    static void stopCluster() {
        if (cluster != null) {
            cluster.close();
        }
    }

    /** Baseline and JTT (no confounder named), 32 × 32 pixels, {@code epochs} epochs. */
    private static Path experiment(Path folder, String name, int epochs, int seeds) throws Exception {
        MarkerExperiment.generateData(folder, 0.7, 300, 0.5);
        Experiment experiment = MarkerExperiment.create(name);
        experiment.getRegions().clear();
        experiment.getInterventions().clear();
        org.confounderlab.model.experiment.Intervention original = org.confounderlab.model.experiment
                .ExperimentFactory.eINSTANCE.createIntervention();
        original.setName("original");
        original.setKind(org.confounderlab.model.experiment.InterventionKind.ORIGINAL);
        experiment.getInterventions().add(original);
        experiment.getModel().setInputSize(32);
        experiment.getTraining().setEpochs(epochs);
        experiment.getDiagnostics().setStudySeeds(seeds);
        Path file = folder.resolve(name + ".experiment");
        ModelFiles.save(experiment, file);
        return file;
    }

    private static SlurmExecutor executor(PrintStream out) {
        return new SlurmExecutor(slurm, SlurmResources.DEFAULTS.withCpus(1), InputOptions.defaults(1), out);
    }

    /**
     * The local study trains in this JVM, where ND4J uses every core; each task gets as many ({@code --cpus-per-job},
     * its {@code OMP_NUM_THREADS}), since thread counts decide the arithmetic's order and so the last digits.
     */
    @Test
    void aStudyAsAJobArrayEqualsTheSameStudyRunHere(@TempDir Path folder) throws Exception {
        Path file = experiment(folder, "cluster", 2, 2);
        Experiment experiment = ModelFiles.loadExperiment(file);
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(log, true, StandardCharsets.UTF_8);
        int cores = Runtime.getRuntime().availableProcessors();
        ExperimentRunner runner = new ExperimentRunner(TrainingBackends.find(), out, cores);

        Study local = new StudyRunner(runner, out).run(experiment, file, folder.resolve("local"), RunOptions.NONE);
        ClusterSubmission submission = new SlurmExecutor(slurm, SlurmResources.DEFAULTS.withCpus(cores),
                InputOptions.defaults(cores), out).submitStudy(new StudyRunner(runner, out), runner, experiment,
                file, folder.resolve("cluster"), RunOptions.NONE);
        assertEquals(4, submission.tasks().size(), "2 arms × 2 seeds");
        assertEquals(List.of("baseline", "jtt", "baseline seed 2", "jtt seed 2"), submission.tasks().stream()
                .map(ClusterSubmission.Task::name).toList());
        assertEquals(RunStatus.QUEUED, ModelFiles.loadStudy(submission.folder().resolve(StudyRunner.STUDY_FILE))
                .getStatus());
        Study assembled = awaitStudy(submission, 600);
        assertEquals(RunStatus.COMPLETED, assembled.getStatus(), assembled.getErrorMessage() + "\n"
                + Files.readString(submission.assemblyLog()));

        List<ClusterStatus.TaskStatus> statuses = ClusterStatus.reconcile(ClusterSubmission.read(submission.folder()),
                slurm);
        for (ClusterStatus.TaskStatus status : statuses) {
            assertEquals(RunStatus.COMPLETED, status.status(), status.task().name());
            assertNotNull(status.slurm(), "Slurm knows " + status.task().job());
            assertEquals("COMPLETED", status.slurm().state(), status.task().name());
            Run run = ModelFiles.loadRun(status.task().run().resolve(RunFolder.RUN_FILE));
            assertEquals(status.task().job(), run.getClusterJob());
        }
        assertEquals(local.getArms().size(), assembled.getArms().size());
        for (int a = 0; a < local.getArms().size(); a++) {
            StudyArm here = local.getArms().get(a);
            StudyArm there = assembled.getArms().get(a);
            assertEquals(here.getName(), there.getName());
            assertEquals(2, there.getSeedRunPaths().size(), there.getName());
            for (int s = 0; s < 2; s++) {
                Path herePredictions = studyFolder(folder.resolve("local"), local).resolve(here.getSeedRunPaths()
                        .get(s)).resolveSibling(RunFolder.PREDICTIONS_FILE).normalize();
                Path therePredictions = submission.folder().resolve(there.getSeedRunPaths().get(s)).resolveSibling(
                        RunFolder.PREDICTIONS_FILE).normalize();
                assertEquals(Files.readString(herePredictions), Files.readString(therePredictions), there.getName()
                        + ", seed " + (s + 1) + ": the same test predictions");
            }
            assertEquals(here.getInDistributionAuc(), there.getInDistributionAuc(), 0.0, there.getName());
            assertEquals(here.getInDistributionAucLower(), there.getInDistributionAucLower(), 0.0, there.getName());
            assertEquals(here.getWorstGroupAuc(), there.getWorstGroupAuc(), 0.0, there.getName());
        }
        assertEquals(local.getComparisons().size(), assembled.getComparisons().size());
        for (int c = 0; c < local.getComparisons().size(); c++) {
            ArmComparison here = local.getComparisons().get(c);
            ArmComparison there = assembled.getComparisons().get(c);
            assertEquals(here.getDeltaAuc(), there.getDeltaAuc(), 0.0);
            assertEquals(here.getPValue(), there.getPValue(), 0.0);
        }
        assertTrue(Files.readString(submission.folder().resolve(StudyRunner.REPORT_FILE)).contains("jtt"));
    }

    @Test
    void aTaskCancelledMidTrainingFailsAndResumeFinishesItFromItsCheckpoint(@TempDir Path folder) throws Exception {
        Path file = experiment(folder, "killed", 12, 1);
        Experiment experiment = ModelFiles.loadExperiment(file);
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(log, true, StandardCharsets.UTF_8);
        ExperimentRunner runner = new ExperimentRunner(TrainingBackends.find(), out, 1);
        // submitted with a partition and a cache folder the experiment does not name: a resume keeps them
        Path cache = folder.resolve("image cache");
        ClusterSubmission submission = new SlurmExecutor(slurm, SlurmResources.DEFAULTS.withCpus(1).withPartition(
                "test"), InputOptions.defaults(1).withCacheFolder(cache), out).submitStudy(new StudyRunner(runner,
                        out), runner, experiment, file, folder.resolve("runs"), RunOptions.NONE);
        ClusterSubmission.Task baseline = submission.tasks().get(0);
        Path runFile = baseline.run().resolve(RunFolder.RUN_FILE);
        awaitEpochs(runFile, 2);
        slurm.cancel(List.of(baseline.job())); // as an administrator (or a time limit) would stop it
        Study failed = awaitStudy(submission, 600);
        assertEquals(RunStatus.FAILED, failed.getStatus());
        assertTrue(failed.getErrorMessage().contains("baseline (task 0"), failed.getErrorMessage());
        Run killed = ModelFiles.loadRun(runFile);
        assertEquals(RunStatus.FAILED, killed.getStatus());
        assertTrue(killed.getErrorMessage().startsWith("Slurm job " + baseline.job() + " ended CANCELLED"),
                killed.getErrorMessage());
        int kept = killed.getEpochs().size();
        assertTrue(kept >= 2 && kept < 12, kept + " epochs kept");
        double firstLoss = killed.getEpochs().get(0).getValidationLoss();

        ClusterSubmission stored = ClusterSubmission.read(submission.folder());
        assertEquals(List.of("--partition=test", "--cpus-per-task=1"), stored.resources());
        assertTrue(stored.input().containsAll(List.of("--cache-dir", cache.toString())), stored.input()
                .toString());
        ClusterSubmission resumed = new SlurmExecutor(slurm, SlurmResources.ofSubmission(stored, experiment
                .getSlurm()), InputOptions.defaults(1).withCacheFolder(cache), out).resume(submission.folder());
        String script = Files.readString(resumed.files().resolve(ClusterSubmission.SCRIPT));
        assertTrue(script.contains("#SBATCH --partition=test\n") && script.contains("'--cache-dir' '" + cache
                + "'"), script);
        assertEquals(submission.tasks().get(1).job(), resumed.tasks().get(1).job(),
                "the completed arm is not submitted again");
        assertTrue(!resumed.tasks().get(0).job().equals(baseline.job()), "the baseline runs as a new job");
        Study completed = awaitStudy(resumed, 600);
        assertEquals(RunStatus.COMPLETED, completed.getStatus(), completed.getErrorMessage());
        Run finished = ModelFiles.loadRun(runFile);
        assertEquals(RunStatus.COMPLETED, finished.getStatus());
        assertEquals(12, finished.getEpochs().size());
        assertEquals(firstLoss, finished.getEpochs().get(0).getValidationLoss(), 0.0, "epoch 1 is the one trained "
                + "before the cancel, not trained again");
        String taskLog = Files.readString(resumed.log(0));
        assertTrue(taskLog.contains("resuming " + baseline.run()) && taskLog.contains("after " + kept
                + " finished epochs"), taskLog);
    }

    /**
     * A preempted task (here {@code scontrol requeue}, which stops it as preemption with requeueing does) starts again
     * by itself and continues after its finished epochs; the study completes without a resume.
     */
    @Test
    void aRequeuedTaskContinuesFromItsCheckpointByItself(@TempDir Path folder) throws Exception {
        Path file = experiment(folder, "requeued", 10, 1);
        Experiment experiment = ModelFiles.loadExperiment(file);
        PrintStream out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        ExperimentRunner runner = new ExperimentRunner(TrainingBackends.find(), out, 1);
        ClusterSubmission submission = executor(out).submitStudy(new StudyRunner(runner, out), runner, experiment,
                file, folder.resolve("runs"), RunOptions.NONE);
        ClusterSubmission.Task baseline = submission.tasks().get(0);
        Path runFile = baseline.run().resolve(RunFolder.RUN_FILE);
        Run partial = awaitEpochs(runFile, 2);
        ProcessBuilder requeue = new ProcessBuilder("scontrol", "requeue", baseline.job()).redirectErrorStream(true);
        requeue.environment().putAll(cluster.environment());
        Process process = requeue.start();
        String said = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), "scontrol requeue: " + said);
        // Slurm holds a requeued job back for two minutes (its begin time); the test lets it start sooner
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline) {
            var state = slurm.states(List.of(baseline.job().substring(0, baseline.job().indexOf('_')))).get(
                    baseline.job());
            if (state != null && state.state().equals("PENDING")) {
                // slurmd refuses a job's new credential made in the same second its old one was revoked (the
                // kill): "Job credential revoked"; Slurm's own two minutes are for that
                Thread.sleep(3000);
                ProcessBuilder now = new ProcessBuilder("scontrol", "update", "JobId=" + baseline.job(),
                        "StartTime=now").redirectErrorStream(true);
                now.environment().putAll(cluster.environment());
                Process update = now.start();
                update.getInputStream().readAllBytes();
                update.waitFor();
                break;
            }
            Thread.sleep(250);
        }
        Study study = awaitStudy(submission, 600);
        assertEquals(RunStatus.COMPLETED, study.getStatus(), study.getErrorMessage() + "\ntask log:\n"
                + Files.readString(submission.log(0)) + "\n" + cluster.logs() + "\nassembly: " + Files.readString(
                        submission.assemblyLog()));
        Run finished = ModelFiles.loadRun(runFile);
        assertEquals(RunStatus.COMPLETED, finished.getStatus());
        assertEquals(10, finished.getEpochs().size());
        assertEquals(partial.getEpochs().get(0).getValidationLoss(), finished.getEpochs().get(0).getValidationLoss(),
                0.0, "epoch 1 was not trained again");
        String taskLog = Files.readString(submission.log(0));
        assertTrue(taskLog.contains("attempt 2") && taskLog.contains("resuming " + baseline.run()), taskLog);
    }

    private static Run awaitEpochs(Path runFile, int epochs) throws Exception {
        long deadline = System.currentTimeMillis() + 300_000;
        Run partial = ModelFiles.loadRun(runFile);
        while (System.currentTimeMillis() < deadline && partial.getEpochs().size() < epochs) {
            Thread.sleep(200);
            partial = ModelFiles.loadRun(runFile);
        }
        assertTrue(partial.getEpochs().size() >= epochs && partial.getStatus() == RunStatus.RUNNING, partial
                .getStatus() + " after " + partial.getEpochs().size() + " epochs");
        return partial;
    }

    /** Cancelling a submitted study scancels all its jobs; its runs that had not started and the study read cancelled. */
    @Test
    void cancellingAStudyStopsItsJobsAndMarksItCancelled(@TempDir Path folder) throws Exception {
        Path file = experiment(folder, "cancelled", 12, 1);
        Experiment experiment = ModelFiles.loadExperiment(file);
        PrintStream out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        ExperimentRunner runner = new ExperimentRunner(TrainingBackends.find(), out, 1);
        // two cores per task on a two-core node: the second task waits while the first trains
        ClusterSubmission submission = new SlurmExecutor(slurm, SlurmResources.DEFAULTS.withCpus(
                Runtime.getRuntime().availableProcessors()), InputOptions.defaults(1), out).submitStudy(
                        new StudyRunner(runner, out), runner, experiment, file, folder.resolve("runs"),
                        RunOptions.NONE);
        awaitEpochs(submission.tasks().get(0).run().resolve(RunFolder.RUN_FILE), 1);
        SlurmExecutor.cancel(submission.folder(), slurm, out);
        long deadline = System.currentTimeMillis() + 120_000;
        while (System.currentTimeMillis() < deadline && slurm.states(submission.jobs()).values().stream()
                .anyMatch(org.confounderlab.engine.slurm.JobState::active)) {
            Thread.sleep(250);
        }
        assertTrue(slurm.states(submission.jobs()).values().stream().noneMatch(org.confounderlab.engine.slurm
                .JobState::active), "every job ended: " + slurm.states(submission.jobs()));
        assertTrue(ClusterSubmission.read(submission.folder()).cancelled());
        Study study = ModelFiles.loadStudy(submission.folder().resolve(StudyRunner.STUDY_FILE));
        assertEquals(RunStatus.CANCELLED, study.getStatus(), study.getErrorMessage());
        List<ClusterStatus.TaskStatus> tasks = ClusterStatus.reconcile(ClusterSubmission.read(submission.folder()),
                slurm);
        for (ClusterStatus.TaskStatus task : tasks) {
            assertEquals(RunStatus.CANCELLED, task.status(), task.task().name() + ": " + task.note());
        }
    }

    @Test
    void aJobSlurmRefusesSaysSoInSlurmsWords(@TempDir Path folder) throws Exception {
        Path file = experiment(folder, "refused", 1, 1);
        Experiment experiment = ModelFiles.loadExperiment(file);
        PrintStream out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        ExperimentRunner runner = new ExperimentRunner(TrainingBackends.find(), out, 1);
        SlurmException refused = assertThrows(SlurmException.class, () -> new SlurmExecutor(slurm, SlurmResources
                .DEFAULTS.withPartition("no-such-partition"), InputOptions.defaults(1), out).submitRun(runner,
                        experiment, file, folder.resolve("runs"), RunOptions.NONE));
        assertTrue(refused.getMessage().startsWith("sbatch refused "), refused.getMessage());
        assertTrue(refused.getMessage().contains("invalid partition specified: no-such-partition"),
                refused.getMessage());
        try (var runs = Files.list(folder.resolve("runs").resolve(experiment.getName()))) {
            Path made = runs.findFirst().orElseThrow();
            Run notSubmitted = ModelFiles.loadRun(made.resolve(RunFolder.RUN_FILE));
            assertEquals(RunStatus.FAILED, notSubmitted.getStatus(), "a run Slurm did not take is not left queued");
            assertTrue(notSubmitted.getErrorMessage().startsWith("Not submitted: sbatch refused"),
                    notSubmitted.getErrorMessage());
        }

        SlurmException missing = assertThrows(SlurmException.class, () -> new SlurmCommands(folder, java.util.Map
                .of()).submit(file, List.of()));
        assertTrue(missing.getMessage().startsWith("sbatch could not be started"), missing.getMessage());
    }

    /** The study once its assembly job has ended, waiting at most {@code seconds}. */
    private static Study awaitStudy(ClusterSubmission submission, int seconds) throws Exception {
        String assembly = submission.assembly().get(submission.assembly().size() - 1);
        long deadline = System.currentTimeMillis() + seconds * 1000L;
        while (System.currentTimeMillis() < deadline) {
            var state = slurm.states(List.of(assembly)).get(assembly);
            if (state != null && !state.active()) {
                return ModelFiles.loadStudy(submission.folder().resolve(StudyRunner.STUDY_FILE));
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the study's assembly (job " + assembly + ") did not end within " + seconds + " s; "
                + "task logs: " + Files.readString(submission.log(0)));
    }

    private static Path studyFolder(Path runs, Study study) {
        return runs.resolve(study.getName()).resolve(StudyRunner.STUDIES_FOLDER).resolve(study.getId());
    }
}
