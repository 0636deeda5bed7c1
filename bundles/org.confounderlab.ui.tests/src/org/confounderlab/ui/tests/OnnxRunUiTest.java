package org.confounderlab.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.confounderlab.engine.synthetic.SyntheticDataSpec;
import org.confounderlab.engine.synthetic.SyntheticGenerator;
import org.confounderlab.model.experiment.Architecture;
import org.confounderlab.model.experiment.DatasetFormat;
import org.confounderlab.model.experiment.Experiment;
import org.confounderlab.model.resource.ModelFiles;
import org.confounderlab.model.run.Run;
import org.confounderlab.model.run.RunStatus;
import org.confounderlab.model.templates.ExperimentTemplates;
import org.confounderlab.ui.ConfounderLabPerspective;
import org.confounderlab.ui.editors.ExperimentEditor;
import org.confounderlab.ui.editors.ModelTrainingPage;
import org.confounderlab.ui.launch.TrainingShortcut;
import org.confounderlab.ui.views.RunView;
import org.confounderlab.ui.views.SaliencyView;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.Test;

/**
 * A model trained elsewhere in the real workbench: the editor's ONNX section shows what the file offers (inputs,
 * outputs, the Grad-CAM layer), and Run As on the ONNX experiment audits the model in the engine's own JVM, with
 * ONNX Runtime found through the installed bundles, into a run the Run view and the Saliency Viewer show like any
 * other (screenshots).
 */
class OnnxRunUiTest {

    /** A GAP + linear CNN exported by Debian's PyTorch (weights from fixed formulas), 1 × 32 × 32 in, 2 outputs. */
    static final Path MODEL = Path.of("../org.confounderlab.engine.tests/onnx/small-cnn.onnx");

    private static IFile experiment(String project) throws Exception {
        IProject p = ResourcesPlugin.getWorkspace().getRoot().getProject(project);
        if (!p.exists()) {
            p.create(null);
        }
        p.open(null);
        Path folder = p.getLocation().toFile().toPath();
        new SyntheticGenerator(SyntheticDataSpec.defaults().withSize(32).withCount(200).withSeed(9))
                .generate(folder.resolve("data"));
        Files.createDirectories(folder.resolve("models"));
        Files.copy(MODEL, folder.resolve("models/small-cnn.onnx"));
        Experiment experiment = ExperimentTemplates.newDefault(project, DatasetFormat.SYNTHETIC,
                "data/" + SyntheticGenerator.MANIFEST, List.of(SyntheticGenerator.LABEL));
        ExperimentTemplates.addColumnRegion(experiment, "laterality", "region:laterality", "the L/R marker");
        ExperimentTemplates.addDefaultInterventions(experiment);
        experiment.getModel().setArchitecture(Architecture.ONNX);
        experiment.getModel().setOnnxFile("models/small-cnn.onnx");
        experiment.getModel().setInputSize(32);
        experiment.getModel().getOutputLabels().addAll(List.of(SyntheticGenerator.LABEL, "other"));
        experiment.getSplit().setUseOfficialSplit(false);
        experiment.getDiagnostics().setBootstrapResamples(100);
        ModelFiles.save(experiment, folder.resolve("audit.experiment"));
        p.refreshLocal(IResource.DEPTH_INFINITE, null);
        return p.getFile("audit.experiment");
    }

    /**
     * Whether the view shows, read and completed, a run of {@code runs}: its file is set at once when a launch takes
     * over, and the run read from it follows when the view's load job ends.
     */
    private static boolean showsItsOwnRunCompleted(RunView view, Path runs) {
        Run run = view.getRun();
        return run != null && run.getStatus() == RunStatus.COMPLETED && view.getRunFile().filter(f -> f.startsWith(runs)
                && f.getParent().getFileName().toString().equals(run.getId())).isPresent();
    }

    @Test
    void theEditorShowsTheModelAndRunAsAuditsItIntoTheRunView() throws Exception {
        PlatformUI.getWorkbench().showPerspective(ConfounderLabPerspective.ID,
                PlatformUI.getWorkbench().getActiveWorkbenchWindow());
        Workbench.fillScreen();
        IFile file = experiment("onnx-audit-ui");

        ExperimentEditor editor = assertInstanceOf(ExperimentEditor.class, IDE.openEditor(Workbench.page(), file));
        editor.setActivePage(ModelTrainingPage.ID);
        Workbench.processEvents();
        assertEquals("models/small-cnn.onnx", ((Text) editor.getField("model.onnxFile")).getText());
        Text summary = Workbench.find(editor.getField("model.onnxFile").getShell(), Text.class,
                text -> "model.onnx.summary".equals(text.getData("path")));
        assertNotNull(summary, "the ONNX section shows what is in the file");
        long read = System.currentTimeMillis() + 20_000;
        while (System.currentTimeMillis() < read && !summary.getText().contains("Grad-CAM layer")) {
            Workbench.processEvents();
            Thread.sleep(20);
        }
        assertTrue(summary.getText().contains("Input: image float [batch, 1, 32, 32]"), summary.getText());
        assertTrue(summary.getText().contains("Output: logits float [batch, 2]"), summary.getText());
        assertTrue(summary.getText().contains("Grad-CAM layer: "), summary.getText());
        editor.getField("model.onnxFile").setFocus();
        Workbench.screenshotZoomed(editor, "experiment-editor-onnx");

        TrainingShortcut.launch(file, ILaunchManager.RUN_MODE);
        ILaunchConfiguration configuration = TrainingShortcut.configurationFor(file);
        Display display = Display.getCurrent();
        long deadline = System.currentTimeMillis() + 180_000;
        ILaunch launch = null;
        while (System.currentTimeMillis() < deadline && (launch == null || !launch.isTerminated())) {
            for (ILaunch candidate : DebugPlugin.getDefault().getLaunchManager().getLaunches()) {
                if (configuration.equals(candidate.getLaunchConfiguration())) {
                    launch = candidate;
                }
            }
            while (display.readAndDispatch()) {
                // the launch job, the console and the run view
            }
            Thread.sleep(20);
        }
        assertNotNull(launch, "Run As started no launch");
        assertTrue(launch.isTerminated(), "the audit did not end");
        String output = launch.getProcesses()[0].getStreamsProxy().getOutputStreamMonitor().getContents()
                + launch.getProcesses()[0].getStreamsProxy().getErrorStreamMonitor().getContents();
        assertEquals(0, launch.getProcesses()[0].getExitValue(), output);

        RunView runView = (RunView) Workbench.page().findView(RunView.ID);
        assertNotNull(runView, "the Run view opened with the launch");
        // The view may still show an earlier test's run for a moment: wait for this launch's, completed.
        Path runs = file.getProject().getLocation().toFile().toPath().resolve("runs");
        long settled = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < settled && !showsItsOwnRunCompleted(runView, runs)) {
            Workbench.waitForJobs(RunView.LOAD_FAMILY);
            Workbench.processEvents();
            Thread.sleep(50);
        }
        assertTrue(showsItsOwnRunCompleted(runView, runs), "the Run view shows the launch's run, completed, not "
                + runView.getRunFile());
        Run shown = runView.getRun();
        assertEquals(RunStatus.COMPLETED, shown.getStatus(), shown.getErrorMessage());
        assertNotNull(shown.getImportedModel());
        assertTrue(shown.getEpochs().isEmpty());
        assertTrue(runView.getHeaderText().contains("Model trained elsewhere, audited as it is (no training here)"),
                runView.getHeaderText());
        assertTrue(runView.getHeaderText().contains("onnxruntime 1.22"), runView.getHeaderText());
        int evaluations = shown.getEvaluations().stream().mapToInt(e -> e.getLabels().size()).sum();
        assertTrue(evaluations >= 4, "original and every counterfactual variant: " + evaluations);
        assertEquals(evaluations, runView.getResultRowCount());
        assertEquals(shown.getFindings().size(), runView.getFindingRowCount());
        assertTrue(shown.getSaliency().stream().anyMatch(s -> s.getMethod().getLiteral().equals("GRAD_CAM")));
        assertTrue(runView.getHeaderText().contains("ONNX model, not trained here"), runView.getHeaderText());
        Workbench.screenshot("onnx-run-view");

        // The Saliency Viewer shows the ONNX model's explained test images like a trained model's.
        assertFalse(shown.getSaliencyCases().isEmpty(), "worst cases explained by Grad-CAM");
        SaliencyView saliency = (SaliencyView) Workbench.page().showView(SaliencyView.ID);
        Workbench.processEvents();
        assertEquals(shown.getSaliencyCases().size(), saliency.getCases().size(), String.valueOf(saliency.getProblem()));
        assertTrue(saliency.getCaption().contains(saliency.selectedCase().getImage()), saliency.getCaption());
        Workbench.screenshot("onnx-saliency-viewer");
    }
}
