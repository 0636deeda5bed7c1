package org.confounderlab.ui.views;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.confounderlab.core.runs.RunEntry;
import org.confounderlab.engine.slurm.ClusterStatus;
import org.confounderlab.engine.slurm.ClusterSubmission;
import org.confounderlab.engine.slurm.SlurmCommands;
import org.confounderlab.engine.slurm.SlurmException;
import org.confounderlab.model.run.RunStatus;
import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

/**
 * Keeps the Runs view's cluster runs current: while any run the view shows is queued or running as a cluster job,
 * every {@link #PERIOD_MILLIS} it asks Slurm about their submissions ({@link ClusterStatus#reconcile}, which also
 * records how ended jobs ended) and refreshes their run folders in the workspace, so the view reads the files the
 * jobs wrote on the cluster's nodes. A Slurm that cannot be asked is said in the view's description line.
 */
final class ClusterRunsWatch extends Job {

    /** How often cluster runs are looked at. */
    static final long PERIOD_MILLIS = 30_000;

    private final Supplier<List<RunEntry>> shown;
    private final Consumer<String> problem;

    ClusterRunsWatch(Supplier<List<RunEntry>> shown, Consumer<String> problem) {
        super("Confounder Lab: cluster runs");
        this.shown = shown;
        this.problem = problem;
        setSystem(true);
    }

    /** The runs the view shows that a cluster job queues or trains. */
    static List<RunEntry> active(List<RunEntry> entries) {
        return entries.stream().filter(e -> e.isReadable() && e.run().getClusterJob() != null && !e.run()
                .getClusterJob().isBlank() && (e.status() == RunStatus.QUEUED || e.status() == RunStatus.RUNNING))
                .toList();
    }

    /** Looks now when there are cluster runs, and again after the period while there are. */
    void watch() {
        if (!active(shown.get()).isEmpty() && getState() == Job.NONE) {
            schedule();
        }
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        List<RunEntry> active = active(shown.get());
        if (active.isEmpty()) {
            return Status.OK_STATUS;
        }
        Map<Path, IContainer> submissions = new LinkedHashMap<>();
        for (RunEntry entry : active) {
            if (entry.file().getLocation() == null) {
                continue;
            }
            Path submission = ClusterSubmission.findFor(entry.file().getLocation().toFile().toPath().getParent());
            if (submission != null) {
                submissions.putIfAbsent(submission, entry.file().getParent().getParent());
            }
        }
        String trouble = null;
        SlurmCommands slurm = new SlurmCommands();
        for (Map.Entry<Path, IContainer> submission : submissions.entrySet()) {
            try {
                ClusterStatus.reconcile(ClusterSubmission.read(submission.getKey()), slurm);
            } catch (SlurmException | java.io.IOException e) {
                trouble = "Cluster runs could not be checked: " + e.getMessage();
            }
            try {
                submission.getValue().refreshLocal(IResource.DEPTH_INFINITE, monitor);
            } catch (CoreException e) {
                trouble = e.getMessage();
            }
        }
        problem.accept(trouble);
        schedule(PERIOD_MILLIS);
        return Status.OK_STATUS;
    }
}
