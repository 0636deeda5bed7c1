package org.confounderlab.core.examples;

import java.io.IOException;

import org.confounderlab.engine.synthetic.DemoStudy;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;

/**
 * A new workspace project holding the demo study: a small synthetic data set with a laterality marker that goes
 * with the label, and an experiment ready to launch (Run As > Confounder Lab Training).
 */
public final class ExampleProjects {

    private ExampleProjects() {
    }

    /** Creates project {@code name} with {@code images} images and an experiment of {@code epochs}; returns it. */
    public static IFile create(IWorkspaceRoot root, String name, int images, int epochs, IProgressMonitor monitor)
            throws CoreException {
        SubMonitor progress = SubMonitor.convert(monitor, "Creating example project " + name, 3);
        IProject project = root.getProject(name);
        if (project.exists()) {
            throw new CoreException(Status.error("A project named " + name + " already exists"));
        }
        project.create(progress.split(1));
        project.open(progress.split(1));
        try {
            progress.subTask("Writing " + images + " synthetic radiographs");
            DemoStudy.write(project.getLocation().toPath(), images, epochs);
        } catch (IOException | IllegalArgumentException e) {
            throw new CoreException(Status.error("Cannot write the example data set into " + project.getLocation()
                    + ": " + e.getMessage(), e));
        }
        project.refreshLocal(IResource.DEPTH_INFINITE, progress.split(1));
        return project.getFile(DemoStudy.EXPERIMENT_FILE);
    }
}
