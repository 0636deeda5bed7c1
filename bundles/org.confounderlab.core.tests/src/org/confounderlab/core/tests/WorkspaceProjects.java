package org.confounderlab.core.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;

/** Real workspace projects for the tests, created and deleted on disk. */
final class WorkspaceProjects {

    private WorkspaceProjects() {
    }

    static IProject create(String name) throws CoreException {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
        if (project.exists()) {
            project.delete(true, true, null);
        }
        project.create(null);
        project.open(null);
        return project;
    }

    /** Writes text to a workspace file through java.nio (as the engine's JVM would) and refreshes it. */
    static IFile write(IProject project, String path, String text) throws IOException, CoreException {
        IFile file = project.getFile(path);
        Path location = file.getLocation().toPath();
        Files.createDirectories(location.getParent());
        Files.writeString(location, text, StandardCharsets.UTF_8);
        project.refreshLocal(IResource.DEPTH_INFINITE, null);
        return file;
    }
}
