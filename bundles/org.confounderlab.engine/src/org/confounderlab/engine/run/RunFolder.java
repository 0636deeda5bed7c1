package org.confounderlab.engine.run;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import org.confounderlab.model.resource.ModelFiles;
import org.confounderlab.model.resource.ModelLoadException;
import org.confounderlab.model.run.Run;
import org.confounderlab.model.run.RunStatus;

/**
 * One run's folder, {@code <runs>/<experiment>/<run-id>/}: the run model {@code run.run} (saved atomically, so a
 * reader never sees half a file), the predictions table, the model file, and plots and reports beside them.
 */
public record RunFolder(Path path, String id) {

    /** The run model's file name. */
    public static final String RUN_FILE = "run.run";
    /** The per-image predictions table. */
    public static final String PREDICTIONS_FILE = "predictions.csv";
    /** The trained model. */
    public static final String MODEL_FILE = "model.zip";
    /** The specialist teacher of a distillation run. */
    public static final String TEACHER_FILE = "teacher.zip";
    /** While a run is in progress: the id of the process running it. */
    public static final String PID_FILE = "run.pid";

    private static final DateTimeFormatter ID_FORMAT = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    /** A new, empty run folder for {@code experimentName} under {@code runsFolder}, named by the current time. */
    public static RunFolder create(Path runsFolder, String experimentName) throws IOException {
        Path experimentFolder = runsFolder.resolve(experimentName);
        Files.createDirectories(experimentFolder);
        String base = LocalDateTime.now().format(ID_FORMAT);
        // createDirectory is atomic: two runs started in the same second (two launches at once) get distinct folders.
        for (int n = 1;; n++) {
            String id = n == 1 ? base : base + "-" + n;
            try {
                return new RunFolder(Files.createDirectory(experimentFolder.resolve(id)), id);
            } catch (FileAlreadyExistsException e) {
                // taken: try the next suffix
            }
        }
    }

    /** The run model file. */
    public Path runFile() {
        return path.resolve(RUN_FILE);
    }

    /** Saves the run model atomically; marks the folder as being worked on by this process while it runs. */
    public void save(Run run) throws IOException {
        Path pid = path.resolve(PID_FILE);
        if (run.getStatus() == RunStatus.RUNNING) {
            if (!Files.exists(pid)) {
                Files.writeString(pid, identity(ProcessHandle.current()));
            }
            ModelFiles.save(run, runFile());
        } else {
            ModelFiles.save(run, runFile());
            Files.deleteIfExists(pid);
        }
    }

    /**
     * Reads the run in {@code folder}. A run that says it is running but whose process is gone (killed, crashed,
     * machine restarted) is marked failed, with what it recorded kept, and saved that way.
     */
    public static Run read(Path folder) throws ModelLoadException, IOException {
        Run run = ModelFiles.loadRun(folder.resolve(RUN_FILE));
        if (run.getStatus() == RunStatus.RUNNING && !processAlive(folder.resolve(PID_FILE))) {
            run.setStatus(RunStatus.FAILED);
            run.setErrorMessage("The training process ended without finishing (killed or crashed); "
                    + run.getEpochs().size() + " finished epochs are kept.");
            new RunFolder(folder, run.getId()).save(run);
        }
        return run;
    }

    private static boolean processAlive(Path pidFile) throws IOException {
        if (!Files.isRegularFile(pidFile)) {
            return false;
        }
        String recorded = Files.readString(pidFile).strip();
        String[] parts = recorded.split(" ");
        if (parts.length >= 3 && !parts[2].equals(HOST)) {
            // trained on another machine (a cluster node): its process cannot be seen from here, the workload
            // manager's state says whether it still runs (ClusterStatus)
            return true;
        }
        try {
            long pid = Long.parseLong(parts[0]);
            // The start time guards against the id having been reused by another process since.
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).map(RunFolder::identity)
                    .map(recorded::equals).orElse(false);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** The process's id, start time and machine: the id alone may be reused, and on a cluster node means nothing here. */
    private static String identity(ProcessHandle process) {
        return process.pid() + " " + process.info().startInstant().map(Object::toString).orElse("-") + " " + HOST;
    }

    /** This machine's name, as the run's process file records it. */
    static final String HOST = hostName();

    private static String hostName() {
        try {
            return Files.readString(Path.of("/proc/sys/kernel/hostname")).strip();
        } catch (IOException | RuntimeException e) {
            try {
                return java.net.InetAddress.getLocalHost().getHostName();
            } catch (IOException unknown) {
                return "localhost";
            }
        }
    }
}
