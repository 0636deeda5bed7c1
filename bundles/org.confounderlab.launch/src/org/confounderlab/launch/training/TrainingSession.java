package org.confounderlab.launch.training;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.confounderlab.engine.run.RunFolder;
import org.confounderlab.launch.training.TrainingEvent.BatchEvent;
import org.confounderlab.launch.training.TrainingEvent.EpochEvent;
import org.confounderlab.launch.training.TrainingEvent.RunFolderEvent;
import org.confounderlab.model.resource.ModelLoadException;
import org.confounderlab.model.run.Run;
import org.confounderlab.model.run.RunStatus;
import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.debug.core.DebugException;
import org.eclipse.debug.core.IStreamListener;
import org.eclipse.debug.core.model.IProcess;
import org.eclipse.debug.core.model.IStreamMonitor;

/**
 * One training launch followed from the IDE: a job in the Progress view whose bar moves with the trainer's epochs
 * and batches (with loss and time left), cancelled by terminating the process; the run folder is refreshed after
 * every epoch so the workspace, and any view of the run, sees the new epoch; when the process ends, a run it left
 * marked running (killed, crashed) is recorded as failed with the process's exit code and last error output.
 */
public final class TrainingSession {

    /** Lines of the trainer's error output kept in a failed run's message. */
    static final int ERROR_LINES = 12;
    /** Family of every training session's job. */
    public static final Object FAMILY = TrainingSession.class;

    private final IProcess process;
    private final IProject project;
    private final String experimentName; // the file's name, for the job's label
    private final BlockingQueue<TrainingEvent> events = new LinkedBlockingQueue<>();
    private final StringBuilder partialLine = new StringBuilder();
    private volatile Path runFolder;
    private volatile TrainingEvent lastProgress;
    private volatile RunStatus endStatus;
    private volatile String endMessage;
    private final Job job;

    TrainingSession(IProcess process, IProject project, String experimentName) {
        this.process = process;
        this.project = project;
        this.experimentName = experimentName;
        this.job = new Job("Training " + experimentName) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                return follow(monitor);
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == FAMILY || family == TrainingSession.this;
            }

            @Override
            protected void canceling() {
                terminate();
            }
        };
        job.setPriority(Job.LONG);
    }

    /** Starts following the process's output. */
    void start() {
        IStreamMonitor output = process.getStreamsProxy().getOutputStreamMonitor();
        // The monitor appends and notifies under its own lock: taking it here means no text arrives between the
        // contents read and the listener added, so no line is lost or spliced.
        synchronized (output) {
            append(output.getContents());
            output.addListener(new IStreamListener() {
                @Override
                public void streamAppended(String text, IStreamMonitor monitor) {
                    append(text);
                }
            });
        }
        TrainingSessions.started(this);
        job.schedule();
    }

    /** The launched trainer process. */
    public IProcess process() {
        return process;
    }

    /** The experiment's name, as in the job's name. */
    public String experimentName() {
        return experimentName;
    }

    /** The run's folder on disk, once the trainer has made it; else empty. */
    public Optional<Path> runFolder() {
        return Optional.ofNullable(runFolder);
    }

    /** The last batch or epoch event, if any yet. */
    public Optional<TrainingEvent> lastProgress() {
        return Optional.ofNullable(lastProgress);
    }

    /** How the run ended, once the process has ended and the run was read; else empty. */
    public Optional<RunStatus> endStatus() {
        return Optional.ofNullable(endStatus);
    }

    /** The job that shows this session in the Progress view. */
    public Job job() {
        return job;
    }

    private void terminate() {
        try {
            if (process.canTerminate()) {
                process.terminate();
            }
        } catch (DebugException e) {
            // the process has ended meanwhile
        }
    }

    private synchronized void append(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                if (!partialLine.isEmpty()) {
                    TrainingEvent.parse(partialLine.toString()).ifPresent(events::add);
                    partialLine.setLength(0);
                }
            } else {
                partialLine.append(c);
            }
        }
    }

    private IStatus follow(IProgressMonitor progress) {
        final int ticks = 10_000;
        SubMonitor monitor = SubMonitor.convert(progress, "Training " + experimentName, ticks);
        int done = 0;
        try {
            while (!process.isTerminated() || !events.isEmpty()) {
                TrainingEvent event = events.poll(250, TimeUnit.MILLISECONDS);
                if (event == null) {
                    continue;
                }
                double fraction = switch (event) {
                    case RunFolderEvent folder -> {
                        runFolder = folder.folder();
                        monitor.subTask("Preparing data");
                        yield -1;
                    }
                    case BatchEvent batch -> {
                        monitor.subTask(String.format(Locale.ROOT, "Epoch %d/%d, batch %d/%d, loss %.4f, %s left",
                                batch.epoch(), batch.epochs(), batch.batch(), batch.batches(), batch.loss(),
                                org.confounderlab.engine.report.Formats.duration(batch.etaSeconds())));
                        yield batch.fractionDone();
                    }
                    case EpochEvent epoch -> {
                        monitor.subTask(String.format(Locale.ROOT, "Epoch %d/%d done: train loss %.4f, validation "
                                + "loss %.4f", epoch.epoch(), epoch.epochs(), epoch.trainLoss(),
                                epoch.validationLoss()));
                        refreshRunFolder();
                        yield epoch.fractionDone();
                    }
                };
                if (fraction >= 0) {
                    lastProgress = event;
                    int target = (int) Math.round(fraction * (ticks - 1));
                    if (target > done) {
                        monitor.worked(target - done);
                        done = target;
                    }
                }
                TrainingSessions.changed(this, event);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        IStatus result = finish();
        TrainingSessions.ended(this);
        return result;
    }

    /** Reads how the run ended; a run left marked running is recorded as failed with the process's error output. */
    private IStatus finish() {
        int exit;
        try {
            exit = process.getExitValue();
        } catch (DebugException e) {
            exit = -1;
        }
        String errors = lastLines(process.getStreamsProxy().getErrorStreamMonitor().getContents(), ERROR_LINES);
        Path folder = runFolder;
        if (folder == null) {
            // The trainer stopped before making a run (bad experiment, bad data, no CUDA): its error output says why.
            refreshProject();
            endStatus = exit == 0 ? RunStatus.COMPLETED : RunStatus.FAILED;
            endMessage = exit == 0 ? "" : "Training of " + experimentName + " did not start (exit code " + exit
                    + ")" + (errors.isEmpty() ? "" : ":\n" + errors);
            return exit == 0 ? Status.OK_STATUS : Status.error(endMessage);
        }
        if (!Files.isRegularFile(folder.resolve(RunFolder.RUN_FILE))) {
            // Stopped between making its folder and recording its run (terminated or killed while starting up).
            refreshRunFolder();
            boolean terminated = exit == 143;
            endStatus = terminated ? RunStatus.CANCELLED : RunStatus.FAILED;
            endMessage = describeExit(exit) + " before it recorded its run in " + folder
                    + (errors.isEmpty() ? "" : ":\n" + errors);
            return terminated ? Status.CANCEL_STATUS : Status.error("Training of " + experimentName + " failed: "
                    + endMessage);
        }
        try {
            boolean wasRunning = Files.isRegularFile(folder.resolve(RunFolder.PID_FILE));
            Run run = RunFolder.read(folder); // marks a run whose process died as failed
            if (wasRunning && run.getStatus() == RunStatus.FAILED && exit != 0) {
                int epochs = run.getEpochs().size();
                run.setErrorMessage(describeExit(exit) + " after " + epochs + (epochs == 1 ? " finished epoch; it is"
                        : " finished epochs; they are") + " kept (resume with run --resume)." + (errors.isEmpty() ? ""
                        : "\nLast error output of the trainer:\n" + errors));
                new RunFolder(folder, run.getId()).save(run);
            }
            endStatus = run.getStatus();
            endMessage = run.getErrorMessage();
        } catch (ModelLoadException | IOException e) {
            endStatus = RunStatus.FAILED;
            endMessage = "The run in " + folder + " could not be read after training: " + e.getMessage();
        }
        refreshRunFolder();
        return switch (endStatus) {
            case COMPLETED -> Status.OK_STATUS;
            case CANCELLED -> Status.CANCEL_STATUS;
            default -> Status.error("Training of " + experimentName + " failed: " + endMessage);
        };
    }

    /** The exit code in words: a code above 128 is a signal. */
    static String describeExit(int exit) {
        if (exit > 128 && exit < 160) {
            int signal = exit - 128;
            String name = switch (signal) {
                case 9 -> " (SIGKILL: kill -9, or the system's out-of-memory killer)";
                case 6 -> " (SIGABRT: the JVM or a native library aborted, e.g. native out-of-memory)";
                case 11 -> " (SIGSEGV: a crash in native code)";
                case 15 -> " (SIGTERM)";
                default -> "";
            };
            return "The training process was killed by signal " + signal + name + ", exit code " + exit + ",";
        }
        return "The training process ended with exit code " + exit;
    }

    /** The last {@code count} non-blank lines of {@code text}. */
    static String lastLines(String text, int count) {
        List<String> lines = text.lines().filter(l -> !l.isBlank()).toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - count), lines.size()));
    }

    private void refreshRunFolder() {
        Path folder = runFolder;
        IPath projectLocation = project.getLocation();
        if (folder == null || projectLocation == null) {
            return;
        }
        Path base = projectLocation.toPath();
        try {
            if (folder.toAbsolutePath().startsWith(base)) {
                IContainer container = project.getFolder(IPath.fromPath(base.relativize(folder.toAbsolutePath())));
                // The experiment's folder too, in case the run folder itself is new to the workspace.
                IContainer parent = container.getParent().exists() ? container.getParent() : project;
                parent.refreshLocal(IResource.DEPTH_INFINITE, null);
            } else {
                refreshProject();
            }
        } catch (CoreException | RuntimeException e) {
            // a failed refresh only delays what the workspace shows; the run on disk is unaffected
        }
    }

    private void refreshProject() {
        try {
            project.getFolder(TrainingLaunchDelegate.RUNS_FOLDER).refreshLocal(IResource.DEPTH_INFINITE, null);
        } catch (CoreException e) {
            // as above
        }
    }

    /** The message of how the run ended (the run's error message), once it has. */
    public Optional<String> endMessage() {
        return Optional.ofNullable(endMessage);
    }
}
