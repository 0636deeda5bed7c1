package org.confounderlab.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;

import org.confounderlab.engine.synthetic.SyntheticDataSpec;
import org.confounderlab.engine.synthetic.SyntheticGenerator;
import org.confounderlab.model.experiment.DatasetFormat;
import org.confounderlab.model.experiment.Experiment;
import org.confounderlab.model.resource.ModelFiles;
import org.confounderlab.model.validation.ExperimentValidation;
import org.confounderlab.ui.editors.ExperimentEditor;
import org.confounderlab.ui.wizards.NewExampleProjectWizard;
import org.confounderlab.ui.wizards.NewExperimentWizard;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

/** New > Confounder Lab Experiment and Example Project, driven through their dialogs in the workbench. */
class NewWizardsTest {

    private static WizardDialog open(org.eclipse.jface.wizard.IWizard wizard) {
        WizardDialog dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        Workbench.processEvents();
        return dialog;
    }

    @Test
    void theExampleProjectHasDataAndAnExperimentReadyToLaunch() throws Exception {
        NewExampleProjectWizard wizard = new NewExampleProjectWizard();
        wizard.init(PlatformUI.getWorkbench(), StructuredSelection.EMPTY);
        WizardDialog dialog = open(wizard);
        try {
            wizard.getExamplePage().set("example-study", 120, 2);
            Workbench.processEvents();
            assertTrue(wizard.getExamplePage().isPageComplete());
            Workbench.screenshot(dialog.getShell(), "wizard-example-project");
            assertTrue(wizard.performFinish());
        } finally {
            dialog.close();
        }
        IFile experimentFile = wizard.getCreatedExperiment();
        assertTrue(experimentFile.exists());
        IProject project = experimentFile.getProject();
        assertTrue(project.getFile("data/" + SyntheticGenerator.MANIFEST).exists(), "the data set is in the project");
        assertEquals(120, Files.readAllLines(project.getFile("data/" + SyntheticGenerator.MANIFEST).getLocation()
                .toPath()).size() - 1);
        Experiment experiment = ModelFiles.loadExperiment(experimentFile.getLocation().toPath());
        assertEquals(2, experiment.getTraining().getEpochs());
        assertTrue(ExperimentValidation.validate(experiment).getSeverity() < Diagnostic.ERROR);
        Workbench.processEvents();
        ExperimentEditor editor = assertInstanceOf(ExperimentEditor.class, Workbench.page().getActiveEditor());
        assertEquals(experimentFile.getName(), editor.getPartName());
        Workbench.page().closeAllEditors(false);
    }

    @Test
    void aNewExperimentCanStartFromAnOnnxModelTrainedElsewhere() throws Exception {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("wizard-onnx");
        if (!project.exists()) {
            project.create(null);
        }
        project.open(null);
        java.nio.file.Path folder = project.getLocation().toPath();
        new SyntheticGenerator(SyntheticDataSpec.defaults().withSize(32).withCount(40).withSeed(4))
                .generate(folder.resolve("data"));
        Files.createDirectories(folder.resolve("models"));
        Files.copy(OnnxRunUiTest.MODEL, folder.resolve("models/small-cnn.onnx"));
        project.refreshLocal(IResource.DEPTH_INFINITE, null);

        NewExperimentWizard wizard = new NewExperimentWizard();
        wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(project));
        WizardDialog dialog = open(wizard);
        try {
            wizard.getDataSetPage().set("/wizard-onnx", "audit.experiment", "data");
            wizard.getDataSetPage().setOnnxModel("models/no-such.onnx");
            Workbench.processEvents();
            assertFalse(wizard.getDataSetPage().isPageComplete());
            assertTrue(wizard.getDataSetPage().getErrorMessage().contains("no-such.onnx"),
                    wizard.getDataSetPage().getErrorMessage());
            wizard.getDataSetPage().setOnnxModel("models/small-cnn.onnx");
            Workbench.processEvents();
            assertTrue(wizard.getDataSetPage().isPageComplete(), wizard.getDataSetPage().getErrorMessage());
            Workbench.screenshot(dialog.getShell(), "wizard-new-experiment-onnx");
            assertTrue(wizard.performFinish());
        } finally {
            dialog.close();
        }
        Experiment experiment = ModelFiles.loadExperiment(wizard.getCreatedExperiment().getLocation().toPath());
        assertEquals(org.confounderlab.model.experiment.Architecture.ONNX, experiment.getModel().getArchitecture());
        assertEquals("models/small-cnn.onnx", experiment.getModel().getOnnxFile());
        assertEquals(32, experiment.getModel().getInputSize(), "read off the model's input");
        assertEquals(1, experiment.getModel().getChannels());
        assertEquals("image", experiment.getModel().getOnnxInput());
        assertEquals("logits", experiment.getModel().getOnnxOutput());
        Workbench.page().closeAllEditors(false);
    }

    @Test
    void aNewExperimentReadsItsFormatAndColumnsFromTheDataSet() throws Exception {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("wizard-data");
        if (!project.exists()) {
            project.create(null);
        }
        project.open(null);
        new SyntheticGenerator(SyntheticDataSpec.defaults().withSize(32).withCount(40).withSeed(4))
                .generate(project.getLocation().toPath().resolve("data"));
        project.refreshLocal(IResource.DEPTH_INFINITE, null);

        NewExperimentWizard wizard = new NewExperimentWizard();
        wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(project));
        WizardDialog dialog = open(wizard);
        try {
            wizard.getDataSetPage().set("/wizard-data", "laterality.experiment", "data");
            Workbench.processEvents();
            assertEquals(DatasetFormat.SYNTHETIC, wizard.getDataSetPage().getDetection().format());
            assertTrue(wizard.getDataSetPage().isPageComplete(), wizard.getDataSetPage().getErrorMessage());
            Workbench.screenshot(dialog.getShell(), "wizard-new-experiment");
            dialog.showPage(wizard.getColumnsPage());
            Workbench.processEvents();
            assertEquals(5, wizard.getColumnsPage().getPreviewRowCount());
            wizard.getColumnsPage().choose(List.of("finding"), List.of("site", "sex"));
            Workbench.processEvents();
            Workbench.screenshot(dialog.getShell(), "wizard-new-experiment-columns");
            assertTrue(wizard.performFinish());
        } finally {
            dialog.close();
        }
        Experiment experiment = ModelFiles.loadExperiment(wizard.getCreatedExperiment().getLocation().toPath());
        assertEquals("laterality", experiment.getName());
        assertEquals(DatasetFormat.SYNTHETIC, experiment.getDataset().getFormat());
        assertEquals("data/" + SyntheticGenerator.MANIFEST, experiment.getDataset().getLocation());
        assertEquals(List.of("finding"), experiment.getDataset().getLabelNames());
        assertEquals(List.of("site", "sex"), experiment.getAttributes().stream().map(a -> a.getColumn()).toList());
        assertTrue(experiment.getAttributes().get(1).isProtected(), "sex is a protected attribute");
        assertTrue(ExperimentValidation.validate(experiment).getSeverity() < Diagnostic.ERROR,
                ExperimentValidation.format(ExperimentValidation.validate(experiment)));
        Workbench.page().closeAllEditors(false);

        NewExperimentWizard again = new NewExperimentWizard();
        again.init(PlatformUI.getWorkbench(), new StructuredSelection(project));
        WizardDialog second = open(again);
        try {
            again.getDataSetPage().set("/wizard-data", "laterality.experiment", "nowhere");
            Workbench.processEvents();
            assertTrue(again.getDataSetPage().getErrorMessage().contains("already exists"),
                    again.getDataSetPage().getErrorMessage());
            again.getDataSetPage().set("/wizard-data", "other.experiment", "nowhere");
            Workbench.processEvents();
            assertTrue(!again.getDataSetPage().isPageComplete() && again.getDataSetPage().getErrorMessage()
                    .contains("nowhere"), again.getDataSetPage().getErrorMessage());
        } finally {
            second.close();
        }
    }

    @Test
    void aNewExperimentFromADicomExportOffersTheHeaderFields() throws Exception {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("wizard-dicom");
        if (!project.exists()) {
            project.create(null);
        }
        project.open(null);
        int images = DicomExport.write(project.getLocation().toPath().resolve("export"));
        project.refreshLocal(IResource.DEPTH_INFINITE, null);

        NewExperimentWizard wizard = new NewExperimentWizard();
        wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(project));
        WizardDialog dialog = open(wizard);
        try {
            wizard.getDataSetPage().set("/wizard-dicom", "scanner.experiment", "export");
            Workbench.processEvents();
            assertEquals(DatasetFormat.DICOM, wizard.getDataSetPage().getDetection().format());
            assertTrue(wizard.getDataSetPage().isPageComplete(), wizard.getDataSetPage().getErrorMessage());
            dialog.showPage(wizard.getColumnsPage());
            Workbench.processEvents();
            List<?> offered = wizard.getColumnsPage().getAttributeChoices();
            assertTrue(offered.containsAll(List.of("manufacturer", "model", "view_position", "photometric",
                    "bits_stored", "pixel_spacing", "patient_sex")), offered.toString());
            wizard.getColumnsPage().choose(List.of("finding"), List.of("manufacturer", "photometric", "bits_stored"));
            for (int i = 0; i < 10; i++) {
                Workbench.processEvents();
                Thread.sleep(50);
            }
            Workbench.screenshot(dialog.getShell(), "wizard-new-experiment-dicom-columns");
            assertTrue(wizard.performFinish());
        } finally {
            dialog.close();
        }
        Experiment experiment = ModelFiles.loadExperiment(wizard.getCreatedExperiment().getLocation().toPath());
        assertEquals(DatasetFormat.DICOM, experiment.getDataset().getFormat());
        assertEquals(List.of("finding"), experiment.getDataset().getLabelNames());
        assertEquals(List.of("manufacturer", "photometric", "bits_stored"),
                experiment.getAttributes().stream().map(a -> a.getColumn()).toList());
        assertTrue(ExperimentValidation.validate(experiment).getSeverity() < Diagnostic.ERROR,
                ExperimentValidation.format(ExperimentValidation.validate(experiment)));
        assertEquals(60, images);
        Workbench.page().closeAllEditors(false);
    }
}
