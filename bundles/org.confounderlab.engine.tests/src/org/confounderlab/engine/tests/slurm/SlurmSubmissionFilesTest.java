package org.confounderlab.engine.tests.slurm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.confounderlab.engine.slurm.BatchScript;
import org.confounderlab.engine.slurm.ClusterSubmission;
import org.confounderlab.engine.slurm.JobState;
import org.confounderlab.engine.slurm.SharedPaths;
import org.confounderlab.engine.slurm.SlurmCommands;
import org.confounderlab.engine.slurm.SlurmException;
import org.confounderlab.engine.slurm.SlurmResources;
import org.confounderlab.model.experiment.ExperimentFactory;
import org.confounderlab.model.experiment.SlurmSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The parts of a Slurm submission that need no cluster: the batch script (run by bash here, with the engine's
 * command replaced by {@code echo}, so each task's words are what bash reads back), the resources as sbatch options,
 * Slurm's states as squeue, sacct and scontrol write them, the submission's files, the shared-path check, and the
 * message when Slurm's commands are missing.
 */
class SlurmSubmissionFilesTest {

    @Test
    void everyTaskRunsTheEngineOnItsOwnRunFolderWithPathsReadBackUnchanged(@TempDir Path folder) throws Exception {
        Path odd = Files.createDirectories(folder.resolve("runs with 'quotes' and $HOME"));
        ClusterSubmission submission = new ClusterSubmission(odd.resolve("study"), true, folder.resolve("x.experiment"),
                List.of(new ClusterSubmission.Task(0, "baseline", "BASELINE", odd.resolve("run 1"), ""),
                        new ClusterSubmission.Task(1, "jtt seed 2", "JUST_TRAIN_TWICE", odd.resolve("run `2`"), "")),
                List.of(), List.of(), false);
        SlurmResources resources = SlurmResources.DEFAULTS.withPartition("gpu").withGpus(1).withCpus(8)
                .withMemory("48G").withTime("12:00:00").withAccount("radiology").withQos("normal")
                .withExtra(List.of("--constraint=a100"));
        String script = BatchScript.tasks(submission, resources, List.of("echo", "java", "-cp", "a b:c"),
                List.of("--cache-dir", odd.resolve("cache").toString()));
        for (String line : List.of("#SBATCH --partition=gpu", "#SBATCH --gpus=1", "#SBATCH --cpus-per-task=8",
                "#SBATCH --mem=48G", "#SBATCH --time=12:00:00", "#SBATCH --account=radiology", "#SBATCH --qos=normal",
                "#SBATCH --constraint=a100")) {
            assertTrue(script.contains("\n" + line + "\n"), line + " in\n" + script);
        }
        Path file = folder.resolve("tasks.sbatch");
        Files.writeString(file, script);
        for (int task = 0; task < 2; task++) {
            ProcessBuilder builder = new ProcessBuilder("bash", file.toString()).redirectErrorStream(true);
            builder.environment().put("SLURM_ARRAY_TASK_ID", String.valueOf(task));
            builder.environment().put("SLURM_CPUS_PER_TASK", "8");
            Process run = builder.start();
            List<String> lines = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines()
                    .toList();
            assertEquals(0, run.waitFor(), String.join("\n", lines));
            assertEquals("java -cp a b:c task " + submission.tasks().get(task).run() + " --threads 8 --cache-dir "
                    + odd.resolve("cache"), lines.get(lines.size() - 1));
        }
        ProcessBuilder none = new ProcessBuilder("bash", file.toString()).redirectErrorStream(true);
        none.environment().put("SLURM_ARRAY_TASK_ID", "7");
        Process missing = none.start();
        String said = new String(missing.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(2, missing.waitFor());
        assertTrue(said.contains("no task 7 in this submission"), said);
    }

    @Test
    void theExperimentsSectionGivesTheResourcesAndBadValuesAreRefused() {
        SlurmSpec spec = ExperimentFactory.eINSTANCE.createSlurmSpec();
        spec.setPartition("a100");
        spec.setCpusPerJob(6);
        spec.getExtraArguments().add("--exclusive");
        SlurmResources resources = SlurmResources.of(spec);
        assertEquals(List.of("--partition=a100", "--cpus-per-task=6", "--exclusive"), resources.options());
        assertEquals(List.of("--partition=a100", "--cpus-per-task=1"), resources.assemblyOptions());
        assertEquals(List.of("--partition=gpu", "--cpus-per-task=6", "--exclusive"), resources.withPartition("gpu")
                .options(), "the command line's option over the section's");
        assertEquals(List.of("--cpus-per-task=4"), SlurmResources.of(null).options());
        SlurmResources every = resources.withGpus(2).withMemory("48G").withTime("1-00:00:00").withAccount("a")
                .withQos("q");
        assertEquals(every, SlurmResources.parse(every.options()), "read back as written");
        assertThrows(IllegalArgumentException.class, () -> resources.withPartition("gpu; rm -rf /"));
        assertThrows(IllegalArgumentException.class, () -> resources.withExtra(List.of("rm")));
        assertThrows(IllegalArgumentException.class, () -> resources.withCpus(0));
    }

    @Test
    void slurmsStatesAreReadAsTheyAreWritten() {
        JobState cancelled = JobState.of("12_3", "CANCELLED by 1000", "", "0:15");
        assertEquals("CANCELLED", cancelled.state());
        assertEquals("by 1000", cancelled.reason());
        assertFalse(cancelled.active());
        assertEquals("CANCELLED (by 1000, exit 0:15)", cancelled.describe());
        JobState timeout = JobState.of("12_0", "TIMEOUT", "TimeLimit", "0:0");
        assertEquals("TIMEOUT (TimeLimit, exit 0:0)", timeout.describe());
        assertTrue(JobState.of("12_1", "PENDING", "Priority", "").active());
        assertTrue(JobState.of("12_1", "REQUEUED", "None", "").active());
        assertTrue(JobState.of("5", "COMPLETED", "None", "0:0").completed());
        assertEquals("OUT_OF_MEMORY", JobState.of("5", "OUT_OF_MEMORY+", "", "0:125").state());
    }

    @Test
    void theSubmissionsFilesReadBackAsWritten(@TempDir Path folder) throws IOException {
        ClusterSubmission written = new ClusterSubmission(folder, true, folder.resolve("e.experiment"), List.of(
                new ClusterSubmission.Task(0, "baseline", "BASELINE", folder.resolve("r0"), ""),
                new ClusterSubmission.Task(1, "jtt", "JUST_TRAIN_TWICE", folder.resolve("r1"), "")), List.of(),
                List.of(), false).with(List.of("--partition=gpu", "--cpus-per-task=8", "--constraint=a100 b"),
                        List.of("--cache-dir", "/shared/cache dir", "--prefetch", "4")).submitted("41", List.of(0,
                                1), "42").submitted("43", List.of(1), "44");
        written.save();
        assertTrue(ClusterSubmission.exists(folder));
        ClusterSubmission read = ClusterSubmission.read(folder);
        assertEquals(written, read);
        assertEquals(List.of("41_0", "43_1"), read.tasks().stream().map(ClusterSubmission.Task::job).toList());
        assertEquals(List.of("41", "43", "42", "44"), read.jobs());
        assertEquals(List.of("--partition=gpu", "--cpus-per-task=8", "--constraint=a100 b"), SlurmResources
                .ofSubmission(read, null).options(), "a resume asks for what the submission did");
        assertEquals(List.of("--cache-dir", "/shared/cache dir", "--prefetch", "4"), read.input());
        assertTrue(read.cancel().cancelled());
        Files.writeString(folder.resolve("slurm/tasks.tsv"), "task\tarm\tkind\trun\tjob\nx\tb\tB\t/r\t1_0\n");
        IOException bad = assertThrows(IOException.class, () -> ClusterSubmission.read(folder));
        assertTrue(bad.getMessage().contains("tasks.tsv, row 2: task 'x' is not a number"), bad.getMessage());
    }

    @Test
    void thePathCheckSaysWhatItFindsAndRefusesWhatIsMissing(@TempDir Path folder) throws IOException {
        SharedPaths.Finding here = SharedPaths.check("the runs folder", folder, true);
        assertTrue(here.note().startsWith("the runs folder " + folder.toRealPath() + ": on "), here.note());
        IOException missing = assertThrows(IOException.class, () -> SharedPaths.check("the data set", folder
                .resolve("absent.csv"), false));
        assertTrue(missing.getMessage().contains("the data set " + folder.resolve("absent.csv")
                + " does not exist"), missing.getMessage());
        if (Files.isDirectory(Path.of("/dev/shm"))) {
            assertEquals(Boolean.FALSE, SharedPaths.check("the cache", Path.of("/dev/shm"), false).shared(),
                    "tmpfs is a node's own memory");
        }
        List<String> one = SharedPaths.summary(List.of(here, SharedPaths.check("the experiment", folder, false)));
        assertEquals(1, one.size(), "two paths on one mount share a line: " + one);
    }

    @Test
    void missingSlurmCommandsSayWhatFailed(@TempDir Path folder) {
        SlurmException missing = assertThrows(SlurmException.class, () -> new SlurmCommands(folder, java.util.Map
                .of()).submit(folder.resolve("tasks.sbatch"), List.of()));
        assertTrue(missing.getMessage().startsWith("sbatch could not be started"), missing.getMessage());
        assertTrue(missing.getMessage().contains("login node"), missing.getMessage());
    }
}
