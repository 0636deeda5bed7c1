package org.confounderlab.core.markers;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.confounderlab.model.run.Finding;
import org.confounderlab.model.run.FindingSeverity;
import org.confounderlab.model.run.Run;
import org.confounderlab.model.run.RunStatus;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.QualifiedName;

/**
 * The findings of an experiment's latest completed run as markers on its {@code .experiment} file, so a
 * high-severity confounder shows in the Problems view like a compile error: CRITICAL as an error, WARNING as a
 * warning, INFO as information. Each marker names the run and links to its run file.
 */
public final class FindingMarkers {

    /** Marker type of run findings (a persistent problem marker). */
    public static final String MARKER_TYPE = "org.confounderlab.core.finding";
    /** Marker attribute: the id of the run the finding comes from. */
    public static final String RUN_ID = "runId";
    /** Marker attribute: workspace path of that run's {@code run.run}. */
    public static final String RUN_FILE = "runFile";
    /** Marker attribute: the finding's kind (masking, attention, probe, subgroup …). */
    public static final String KIND = "findingKind";
    /**
     * Persistent property of the experiment file: the id of the run whose findings it shows, kept even when that run
     * has none, so an older run can never bring its findings back.
     */
    public static final QualifiedName SHOWN_RUN = new QualifiedName("org.confounderlab.core", "findingsRun");

    private FindingMarkers() {
    }

    /** The workspace file of the experiment a run was made from, if it is in the workspace. */
    public static Optional<IFile> experimentFile(Run run, IWorkspaceRoot root) {
        if (run.getExperimentPath() == null || run.getExperimentPath().isBlank()) {
            return Optional.empty();
        }
        IFile file = root.getFileForLocation(IPath.fromPath(Path.of(run.getExperimentPath())));
        return file != null && file.exists() ? Optional.of(file) : Optional.empty();
    }

    /**
     * Replaces the finding markers of {@code experiment} with those of {@code run}, when the run is complete and
     * not older than the run the markers come from; returns how many markers the file has now.
     */
    public static int update(IFile experiment, Run run, IFile runFile) throws CoreException {
        IMarker[] existing = experiment.findMarkers(MARKER_TYPE, false, IResource.DEPTH_ZERO);
        if (run.getStatus() != RunStatus.COMPLETED || run.getId() == null) {
            return existing.length;
        }
        String shownRun = experiment.getPersistentProperty(SHOWN_RUN);
        if (shownRun != null && shownRun.compareTo(run.getId()) > 0) {
            return existing.length; // a newer run's findings are shown; run ids sort by start time
        }
        experiment.deleteMarkers(MARKER_TYPE, false, IResource.DEPTH_ZERO);
        experiment.setPersistentProperty(SHOWN_RUN, run.getId());
        for (Finding finding : run.getFindings()) {
            Map<String, Object> attributes = new HashMap<>();
            attributes.put(IMarker.SEVERITY, severity(finding.getSeverity()));
            attributes.put(IMarker.MESSAGE, finding.getMessage() + " (run " + run.getId() + ")");
            attributes.put(IMarker.LOCATION, "run " + run.getId());
            attributes.put(RUN_ID, run.getId() == null ? "" : run.getId());
            attributes.put(RUN_FILE, runFile.getFullPath().toString());
            attributes.put(KIND, finding.getKind() == null ? "" : finding.getKind());
            experiment.createMarker(MARKER_TYPE, attributes);
        }
        return run.getFindings().size();
    }

    static int severity(FindingSeverity severity) {
        return switch (severity) {
            case CRITICAL -> IMarker.SEVERITY_ERROR;
            case WARNING -> IMarker.SEVERITY_WARNING;
            default -> IMarker.SEVERITY_INFO;
        };
    }
}
