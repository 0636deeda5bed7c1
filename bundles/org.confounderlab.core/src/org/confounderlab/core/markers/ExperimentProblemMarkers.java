package org.confounderlab.core.markers;

import java.util.HashMap;
import java.util.Map;

import org.confounderlab.model.experiment.Experiment;
import org.confounderlab.model.resource.ModelFiles;
import org.confounderlab.model.resource.ModelLoadException;
import org.confounderlab.model.validation.ExperimentValidation;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.util.Diagnostic;

/**
 * Puts what is wrong with an {@code .experiment} file into the Problems view: a load error (malformed XML, a
 * refused DTD) at its line, or each message of the experiment validator.
 */
public final class ExperimentProblemMarkers {

    /** Marker type of Confounder Lab problems (a persistent problem and text marker). */
    public static final String MARKER_TYPE = "org.confounderlab.core.problem";

    private ExperimentProblemMarkers() {
    }

    /** Replaces the file's Confounder Lab markers with the current problems; returns how many there are. */
    public static int update(IFile file) throws CoreException {
        file.deleteMarkers(MARKER_TYPE, false, IResource.DEPTH_ZERO);
        if (!file.exists() || file.getLocation() == null) {
            return 0;
        }
        try {
            Experiment experiment = ModelFiles.loadExperiment(file.getLocation().toPath());
            int count = 0;
            for (Diagnostic child : ExperimentValidation.validate(experiment).getChildren()) {
                if (child.getSeverity() != Diagnostic.OK) {
                    create(file, severity(child.getSeverity()), child.getMessage(), -1);
                    count++;
                }
            }
            return count;
        } catch (ModelLoadException e) {
            create(file, IMarker.SEVERITY_ERROR, e.getMessage(), e.getLine());
            return 1;
        }
    }

    private static void create(IFile file, int severity, String message, int line) throws CoreException {
        Map<String, Object> attributes = new HashMap<>();
        attributes.put(IMarker.SEVERITY, severity);
        attributes.put(IMarker.MESSAGE, message);
        if (line > 0) {
            attributes.put(IMarker.LINE_NUMBER, line);
        }
        file.createMarker(MARKER_TYPE, attributes);
    }

    private static int severity(int diagnosticSeverity) {
        if (diagnosticSeverity >= Diagnostic.ERROR) {
            return IMarker.SEVERITY_ERROR;
        }
        return diagnosticSeverity >= Diagnostic.WARNING ? IMarker.SEVERITY_WARNING : IMarker.SEVERITY_INFO;
    }
}
