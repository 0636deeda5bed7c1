package org.confounderlab.launch.training;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.confounderlab.launch.engine.EngineProcessBuilder;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.debug.core.DebugEvent;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.IDebugEventSetListener;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.model.IProcess;
import org.eclipse.debug.core.model.LaunchConfigurationDelegate;

/**
 * Starts the engine's {@code run} command for the configuration's experiment in a JVM of its own, as a process of
 * the launch (console, terminate button), with the run folder inside the experiment's project
 * ({@code runs/<experiment>/<run-id>/}); when the process ends, the runs folder is refreshed so the new run shows in
 * the workspace. Terminating sends SIGTERM: the engine records the run as cancelled with its finished epochs.
 */
public final class TrainingLaunchDelegate extends LaunchConfigurationDelegate {

    /** The folder of runs in the experiment's project. */
    public static final String RUNS_FOLDER = "runs";

    private static final String PLUGIN_ID = "org.confounderlab.launch";

    @Override
    public void launch(ILaunchConfiguration configuration, String mode, ILaunch launch, IProgressMonitor monitor)
            throws CoreException {
        IFile experiment = experimentFile(configuration);
        Path location = experiment.getLocation().toFile().toPath();
        Path runs = experiment.getProject().getLocation().toFile().toPath().resolve(RUNS_FOLDER);
        List<String> command;
        try {
            command = command(configuration, location, runs).command();
        } catch (IOException e) {
            throw error("Cannot start the training JVM: " + e.getMessage(), e);
        }
        Map<String, String> environment = new java.util.HashMap<>(System.getenv());
        String backend = configuration.getAttribute(TrainingLaunchAttributes.BACKEND, "");
        int device = configuration.getAttribute(TrainingLaunchAttributes.DEVICE, -1);
        if ("cuda".equals(backend) && device >= 0) {
            environment.put("CUDA_VISIBLE_DEVICES", String.valueOf(device));
        }
        String[] envp = environment.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        Process process = DebugPlugin.exec(command.toArray(String[]::new), location.getParent().toFile(), envp);
        IProcess debugProcess = DebugPlugin.newProcess(launch, process, "Confounder Lab training: "
                + experiment.getFullPath());
        debugProcess.setAttribute(IProcess.ATTR_CMDLINE, String.join(" ", command));
        refreshWhenDone(debugProcess, experiment.getProject().getFolder(RUNS_FOLDER));
    }

    /** The engine command for the configuration. */
    static EngineProcessBuilder command(ILaunchConfiguration configuration, Path experiment, Path runs)
            throws CoreException {
        EngineProcessBuilder builder = new EngineProcessBuilder();
        String javaHome = configuration.getAttribute(TrainingLaunchAttributes.JAVA_HOME, "");
        if (!javaHome.isBlank()) {
            builder.javaHome(Path.of(javaHome));
        }
        builder.jvmOption("-Xmx" + configuration.getAttribute(TrainingLaunchAttributes.HEAP,
                TrainingLaunchAttributes.DEFAULT_HEAP));
        String offHeap = configuration.getAttribute(TrainingLaunchAttributes.OFF_HEAP, "");
        if (!offHeap.isBlank()) {
            builder.jvmOption("-Dorg.bytedeco.javacpp.maxbytes=" + offHeap);
            builder.jvmOption("-Dorg.bytedeco.javacpp.maxphysicalbytes=" + offHeap);
        }
        builder.jvmOption("-Djava.awt.headless=true").jvmOption("--enable-native-access=ALL-UNNAMED");
        if (Runtime.version().feature() >= 24 && javaHome.isBlank()) {
            builder.jvmOption("--sun-misc-unsafe-memory-access=allow");
        }
        for (String argument : DebugPlugin.parseArguments(configuration.getAttribute(
                TrainingLaunchAttributes.JVM_ARGUMENTS, ""))) {
            builder.jvmOption(argument);
        }
        List<String> arguments = new ArrayList<>(List.of("run", experiment.toString(), "--out", runs.toString()));
        String backend = configuration.getAttribute(TrainingLaunchAttributes.BACKEND, "");
        if (!backend.isBlank()) {
            arguments.addAll(List.of("--backend", backend));
        }
        int device = configuration.getAttribute(TrainingLaunchAttributes.DEVICE, -1);
        if (device >= 0) {
            arguments.addAll(List.of("--device", String.valueOf(device)));
        }
        int epochs = configuration.getAttribute(TrainingLaunchAttributes.EPOCHS, 0);
        if (epochs > 0) {
            arguments.addAll(List.of("--epochs", String.valueOf(epochs)));
        }
        return builder.arguments(arguments.toArray(String[]::new)).workingDirectory(experiment.getParent());
    }

    private static IFile experimentFile(ILaunchConfiguration configuration) throws CoreException {
        String path = configuration.getAttribute(TrainingLaunchAttributes.EXPERIMENT, "");
        if (path.isBlank()) {
            throw error("The launch configuration '" + configuration.getName() + "' names no experiment file", null);
        }
        IResource resource = ResourcesPlugin.getWorkspace().getRoot().findMember(path);
        if (!(resource instanceof IFile file) || !file.exists() || file.getLocation() == null) {
            throw error("The experiment file " + path + " of launch configuration '" + configuration.getName()
                    + "' does not exist in the workspace", null);
        }
        return file;
    }

    /** Refreshes {@code runs} once the process has terminated, so the new run appears in the workspace. */
    private static void refreshWhenDone(IProcess process, org.eclipse.core.resources.IFolder runs) {
        IDebugEventSetListener listener = new IDebugEventSetListener() {
            @Override
            public void handleDebugEvents(DebugEvent[] events) {
                for (DebugEvent event : events) {
                    if (event.getSource() == process && event.getKind() == DebugEvent.TERMINATE) {
                        DebugPlugin.getDefault().removeDebugEventListener(this);
                        Job refresh = Job.create("Refreshing " + runs.getFullPath(), monitor -> {
                            try {
                                runs.getProject().refreshLocal(IResource.DEPTH_INFINITE, monitor);
                                return Status.OK_STATUS;
                            } catch (CoreException e) {
                                return e.getStatus();
                            }
                        });
                        refresh.setRule(runs.getProject());
                        refresh.setSystem(true);
                        refresh.schedule();
                    }
                }
            }
        };
        DebugPlugin.getDefault().addDebugEventListener(listener);
        if (process.isTerminated()) { // it may have ended before the listener was added
            listener.handleDebugEvents(new DebugEvent[] {new DebugEvent(process, DebugEvent.TERMINATE)});
        }
    }

    private static CoreException error(String message, Throwable cause) {
        return new CoreException(new Status(IStatus.ERROR, PLUGIN_ID, message, cause));
    }

}
