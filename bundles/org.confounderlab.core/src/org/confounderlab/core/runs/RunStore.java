package org.confounderlab.core.runs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.confounderlab.engine.run.RunFolder;
import org.confounderlab.model.resource.ModelFiles;
import org.confounderlab.model.resource.ModelLoadException;
import org.confounderlab.model.run.RunStatus;
import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;

/**
 * Where runs live in the workspace: {@code <project>/runs/<experiment>/<run-id>/run.run}, with the run's sidecar
 * files (predictions, heat maps, model, report) beside it. Finds and reads them; a file that cannot be read is
 * listed with its problem instead of being dropped or throwing.
 */
public final class RunStore {

    /** The project folder that holds all runs. */
    public static final String RUNS_FOLDER = "runs";
    /** The name of the run model file inside a run folder. */
    public static final String RUN_FILE = RunFolder.RUN_FILE;
    /** The file extension of run model files. */
    public static final String RUN_EXTENSION = "run";

    private final IWorkspaceRoot root;
    /** Runs already read, by file, with the file's time stamp then: a refresh re-reads only what changed. */
    private final Map<IFile, Cached> cache = new ConcurrentHashMap<>();

    private record Cached(long modificationStamp, long localTimeStamp, RunEntry entry) {
    }

    public RunStore(IWorkspaceRoot root) {
        this.root = root;
    }

    /** The folder of one run of an experiment in a project (not created). */
    public static IFolder runFolder(IProject project, String experimentName, String runId) {
        return project.getFolder(IPath.fromOSString(RUNS_FOLDER).append(experimentName).append(runId));
    }

    /** Every run file under the {@code runs} folder of every open project, newest first by file name order. */
    public List<RunEntry> findRuns() throws CoreException {
        List<RunEntry> entries = new ArrayList<>();
        for (IProject project : root.getProjects()) {
            if (project.isOpen()) {
                entries.addAll(findRuns(project));
            }
        }
        return entries;
    }

    /**
     * Every run file under one project's {@code runs} folder, sorted by experiment, then run id. Files read before by
     * this store and unchanged since are not read again.
     */
    public List<RunEntry> findRuns(IProject project) throws CoreException {
        List<RunEntry> entries = new ArrayList<>();
        IFolder runs = project.getFolder(RUNS_FOLDER);
        if (runs.exists()) {
            collect(runs, entries);
        }
        entries.sort(Comparator.comparing(RunEntry::experimentName).thenComparing(RunEntry::runId));
        return entries;
    }

    private void collect(IContainer container, List<RunEntry> entries) throws CoreException {
        for (IResource member : container.members()) {
            if (member instanceof IContainer child) {
                collect(child, entries);
            } else if (member instanceof IFile file && RUN_EXTENSION.equals(file.getFileExtension())) {
                entries.add(readCached(file));
            }
        }
    }

    /** The file's run, read again only when the file changed since this store last read it. */
    private RunEntry readCached(IFile file) {
        long stamp = file.getModificationStamp();
        long local = file.getLocalTimeStamp();
        Cached cached = cache.get(file);
        if (cached != null && cached.modificationStamp() == stamp && cached.localTimeStamp() == local
                && (cached.entry().run() == null || cached.entry().run().getStatus() != RunStatus.RUNNING)) {
            return cached.entry(); // a running run is read again: its process may have died meanwhile
        }
        RunEntry entry = read(file);
        cache.put(file, new Cached(file.getModificationStamp(), file.getLocalTimeStamp(), entry));
        return entry;
    }

    /** Reads one run file; problems are returned in the entry, never thrown. */
    public static RunEntry read(IFile file) {
        if (file.getLocation() == null) {
            return new RunEntry(file, null, file.getFullPath() + ": not on the local file system");
        }
        try {
            java.nio.file.Path path = file.getLocation().toPath();
            // RunFolder.read marks a run whose training process died as failed (and writes that back).
            return new RunEntry(file, RUN_FILE.equals(file.getName()) ? RunFolder.read(path.getParent())
                    : ModelFiles.loadRun(path), null);
        } catch (ModelLoadException e) {
            return new RunEntry(file, null, e.getMessage());
        } catch (java.io.IOException e) {
            return new RunEntry(file, null, file.getFullPath() + ": " + e.getMessage());
        }
    }
}
