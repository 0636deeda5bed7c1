package org.confounderlab.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

import org.confounderlab.core.markers.ExperimentProblemMarkers;
import org.confounderlab.model.experiment.ConfounderAttribute;
import org.confounderlab.model.experiment.Experiment;
import org.confounderlab.model.experiment.ExperimentFactory;
import org.confounderlab.model.experiment.Region;
import org.confounderlab.model.resource.ModelFiles;
import org.confounderlab.model.templates.ExperimentTemplates;
import org.confounderlab.ui.editors.ExperimentEditor;
import org.confounderlab.ui.editors.ExperimentOverviewPage;
import org.confounderlab.ui.editors.LoadProblemPage;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Opens .experiment files in the real workbench. */
class ExperimentEditorTest {

    private IProject project;

    @BeforeEach
    void createProject() throws Exception {
        project = ResourcesPlugin.getWorkspace().getRoot().getProject("editor-test");
        if (!project.exists()) {
            project.create(null);
        }
        project.open(null);
    }

    @AfterEach
    void closeEditorsAndDeleteProject() throws Exception {
        Workbench.page().closeAllEditors(false);
        project.delete(true, true, null);
    }

    @Test
    void opensExperimentInTheExperimentEditor() throws Exception {
        Experiment experiment = ExperimentTemplates.newDefault("mura-laterality");
        experiment.getDataset().getLabelNames().clear();
        experiment.getDataset().getLabelNames().add("abnormal");
        for (String name : new String[] {"laterality", "technologist"}) {
            ConfounderAttribute attribute = ExperimentFactory.eINSTANCE.createConfounderAttribute();
            attribute.setName(name);
            attribute.setColumn(name);
            experiment.getAttributes().add(attribute);
        }
        Region region = ExperimentFactory.eINSTANCE.createRegion();
        region.setName("laterality-marker");
        region.setX(10);
        region.setY(12);
        region.setWidth(40);
        region.setHeight(30);
        experiment.getRegions().add(region);
        IFile file = project.getFile("mura.experiment");
        ModelFiles.save(experiment, file.getLocation().toPath());
        project.refreshLocal(IResource.DEPTH_INFINITE, null);

        IEditorPart part = IDE.openEditor(Workbench.page(), file);
        Workbench.processEvents();

        ExperimentEditor editor = assertInstanceOf(ExperimentEditor.class, part);
        assertNull(editor.getLoadProblem());
        assertEquals("mura-laterality", editor.getExperiment().getName());
        ExperimentOverviewPage overview = assertInstanceOf(ExperimentOverviewPage.class, editor.getActivePageInstance());
        assertEquals(2, overview.getAttributeRowCount());
        assertEquals(1, overview.getRegionRowCount());
        assertEquals("mura.experiment", editor.getPartName());
        Workbench.screenshot("experiment-editor");
    }

    @Test
    void malformedFileOpensOnAProblemPageAndInTheProblemsView() throws Exception {
        IFile file = project.getFile("broken.experiment");
        Files.writeString(file.getLocation().toPath(), "<?xml version=\"1.0\"?>\n"
                + "<experiment:Experiment xmlns:experiment=\"http://confounderlab.org/model/experiment/1.0\" name=\"b\">\n"
                + "  <dataset location=\"data\">\n" + "</experiment:Experiment>\n", StandardCharsets.UTF_8);
        project.refreshLocal(IResource.DEPTH_INFINITE, null);

        ExperimentEditor editor = assertInstanceOf(ExperimentEditor.class, IDE.openEditor(Workbench.page(), file));
        Workbench.processEvents();

        assertNull(editor.getExperiment());
        LoadProblemPage page = assertInstanceOf(LoadProblemPage.class, editor.getActivePageInstance());
        assertTrue(page.getShownProblem().contains("broken.experiment:4"), page.getShownProblem());

        Job.getJobManager().join(ResourcesPlugin.FAMILY_MANUAL_BUILD, null);
        waitForMarkers(file);
        IMarker[] markers = file.findMarkers(ExperimentProblemMarkers.MARKER_TYPE, false, IResource.DEPTH_ZERO);
        assertEquals(1, markers.length);
        assertEquals(4, markers[0].getAttribute(IMarker.LINE_NUMBER, -1));
        assertNotNull(markers[0].getAttribute(IMarker.MESSAGE, null));
        Workbench.screenshot("experiment-editor-problem");
    }

    private ExperimentEditor openTemplate(String name) throws Exception {
        Experiment experiment = ExperimentTemplates.newDefault(name);
        experiment.getTraining().setEpochs(20);
        experiment.getTraining().setBatchSize(32);
        IFile file = project.getFile(name + ".experiment");
        ModelFiles.save(experiment, file.getLocation().toPath());
        project.refreshLocal(IResource.DEPTH_INFINITE, null);
        ExperimentEditor editor = assertInstanceOf(ExperimentEditor.class, IDE.openEditor(Workbench.page(), file));
        Workbench.processEvents();
        return editor;
    }

    private static void execute(ExperimentEditor editor, String commandId) throws Exception {
        editor.getSite().getService(org.eclipse.ui.handlers.IHandlerService.class).executeCommand(commandId, null);
        Workbench.processEvents();
    }

    @Test
    void aFieldEditIsAnUndoableCommandThatMakesTheEditorDirtyAndSaves() throws Exception {
        ExperimentEditor editor = openTemplate("edit-undo");
        editor.setActivePage(org.confounderlab.ui.editors.ModelTrainingPage.ID);
        Workbench.processEvents();
        org.eclipse.swt.widgets.Text epochs = (org.eclipse.swt.widgets.Text) editor.getField("training.epochs");
        assertEquals("20", epochs.getText());
        assertFalse(editor.isDirty());

        epochs.setText("12");
        Workbench.processEvents();
        assertEquals(12, editor.getExperiment().getTraining().getEpochs());
        assertTrue(editor.isDirty(), "an edit makes the editor dirty");
        Workbench.screenshotZoomed(editor, "experiment-editor-training");

        execute(editor, org.eclipse.ui.IWorkbenchCommandConstants.EDIT_UNDO); // Edit > Undo, Ctrl+Z
        assertEquals(20, editor.getExperiment().getTraining().getEpochs());
        assertEquals("20", epochs.getText(), "undo shows in the field");
        assertFalse(editor.isDirty(), "undone to the saved state");

        execute(editor, org.eclipse.ui.IWorkbenchCommandConstants.EDIT_REDO);
        assertEquals(12, editor.getExperiment().getTraining().getEpochs());
        assertEquals("12", epochs.getText());

        editor.doSave(null);
        Workbench.processEvents();
        assertFalse(editor.isDirty());
        Experiment saved = ModelFiles.loadExperiment(project.getFile("edit-undo.experiment").getLocation().toPath());
        assertEquals(12, saved.getTraining().getEpochs(), "the save round-trips through the file");
        assertEquals(32, saved.getTraining().getBatchSize());
    }

    @Test
    void theRebalanceAttributeIsChosenAmongTheExperimentsAttributesUndoably() throws Exception {
        ExperimentEditor editor = openTemplate("rebalance");
        Experiment experiment = editor.getExperiment();
        org.eclipse.emf.edit.domain.EditingDomain domain = editor.getEditingDomain();
        org.confounderlab.model.experiment.ConfounderAttribute marker =
                org.confounderlab.model.experiment.ExperimentFactory.eINSTANCE.createConfounderAttribute();
        marker.setName("marker");
        marker.setColumn("marker");
        domain.getCommandStack().execute(org.eclipse.emf.edit.command.AddCommand.create(domain, experiment,
                org.confounderlab.model.experiment.ExperimentPackage.Literals.EXPERIMENT__ATTRIBUTES, marker));
        editor.setActivePage(org.confounderlab.ui.editors.ModelTrainingPage.ID);
        Workbench.processEvents();
        org.eclipse.swt.widgets.Combo combo = (org.eclipse.swt.widgets.Combo) editor.getField(
                "training.rebalanceAttribute");
        java.util.List<String> expected = new java.util.ArrayList<>(java.util.List.of("(none)"));
        experiment.getAttributes().forEach(a -> expected.add(a.getName()));
        assertEquals(expected, java.util.List.of(combo.getItems()), "(none) and the experiment's attributes");
        assertEquals("(none)", combo.getText());

        combo.select(combo.indexOf("marker"));
        combo.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
        Workbench.processEvents();
        assertSame(marker, experiment.getTraining().getRebalanceAttribute(), "the reference points at the attribute");

        // an attribute added elsewhere in the editor shows up in the list; the choice stays
        org.confounderlab.model.experiment.ConfounderAttribute scanner =
                org.confounderlab.model.experiment.ExperimentFactory.eINSTANCE.createConfounderAttribute();
        scanner.setName("scanner");
        domain.getCommandStack().execute(org.eclipse.emf.edit.command.AddCommand.create(domain, experiment,
                org.confounderlab.model.experiment.ExperimentPackage.Literals.EXPERIMENT__ATTRIBUTES, scanner));
        Workbench.processEvents();
        assertTrue(java.util.List.of(combo.getItems()).contains("scanner"), java.util.Arrays.toString(combo.getItems()));
        assertEquals("marker", combo.getText());

        execute(editor, org.eclipse.ui.IWorkbenchCommandConstants.EDIT_UNDO); // the added attribute
        execute(editor, org.eclipse.ui.IWorkbenchCommandConstants.EDIT_UNDO); // the choice
        assertNull(experiment.getTraining().getRebalanceAttribute());
        assertEquals("(none)", combo.getText(), "undo shows in the field");
        Workbench.screenshotZoomed(editor, "experiment-editor-rebalance");
    }

    @Test
    void distillationIsSwitchedOnAndEditedUndoablyInItsOwnSection() throws Exception {
        ExperimentEditor editor = openTemplate("distil");
        Experiment experiment = editor.getExperiment();
        editor.setActivePage(org.confounderlab.ui.editors.ModelTrainingPage.ID);
        Workbench.processEvents();
        assertNull(experiment.getTraining().getDistillation());
        assertNull(editor.getField("training.distillation.teacherData"), "no fields without a distillation");
        org.eclipse.swt.widgets.Button enabled = findButton(editor, "Distil from a specialist teacher");
        enabled.setSelection(true);
        enabled.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
        Workbench.processEvents();
        var distillation = experiment.getTraining().getDistillation();
        assertTrue(distillation != null, "checking the box adds a distillation");
        org.eclipse.swt.widgets.Text weight = (org.eclipse.swt.widgets.Text) editor.getField(
                "training.distillation.layerWeight");
        assertEquals("5.0", weight.getText());
        weight.setText("2.5");
        Workbench.processEvents();
        assertEquals(2.5, distillation.getLayerWeight(), 0);
        org.eclipse.swt.widgets.Text share = (org.eclipse.swt.widgets.Text) editor.getField(
                "training.distillation.teacherFraction");
        share.setText("1.5");
        Workbench.processEvents();
        assertTrue(editor.getFieldProblem("training.distillation.teacherFraction") != null
                && editor.getFieldProblem("training.distillation.teacherFraction").contains("(0, 1]"),
                "the validator's problem shows on the field");
        Workbench.screenshotZoomed(editor, "experiment-editor-distillation");
        share.setText("0.3");
        Workbench.processEvents();

        execute(editor, org.eclipse.ui.IWorkbenchCommandConstants.EDIT_UNDO); // 0.3
        execute(editor, org.eclipse.ui.IWorkbenchCommandConstants.EDIT_UNDO); // 1.5
        execute(editor, org.eclipse.ui.IWorkbenchCommandConstants.EDIT_UNDO); // 2.5
        execute(editor, org.eclipse.ui.IWorkbenchCommandConstants.EDIT_UNDO); // the distillation itself
        Workbench.processEvents();
        assertNull(experiment.getTraining().getDistillation());
        assertTrue(!enabled.getSelection(), "undo clears the box");
        assertTrue(editor.getField("training.distillation.layerWeight") == null
                || editor.getField("training.distillation.layerWeight").isDisposed(), "and removes the fields");
        execute(editor, org.eclipse.ui.IWorkbenchCommandConstants.EDIT_REDO);
        Workbench.processEvents();
        assertTrue(experiment.getTraining().getDistillation() != null && enabled.getSelection());
        assertEquals("5.0", ((org.eclipse.swt.widgets.Text) editor.getField("training.distillation.layerWeight"))
                .getText(), "the fields are built again for the restored distillation");
    }

    @Test
    void lastLayerRetrainingIsSwitchedOnAndEditedUndoably() throws Exception {
        ExperimentEditor editor = openTemplate("dfr");
        Experiment experiment = editor.getExperiment();
        editor.setActivePage(org.confounderlab.ui.editors.ModelTrainingPage.ID);
        Workbench.processEvents();
        assertNull(experiment.getTraining().getLastLayerRetraining());
        org.eclipse.swt.widgets.Button enabled = findButton(editor,
                "Re-fit the final layer on group-balanced validation images (DFR)");
        enabled.setSelection(true);
        enabled.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
        Workbench.processEvents();
        var spec = experiment.getTraining().getLastLayerRetraining();
        assertTrue(spec != null, "checking the box adds last-layer re-training");
        org.eclipse.swt.widgets.Text subsets = (org.eclipse.swt.widgets.Text) editor.getField(
                "training.lastLayerRetraining.subsets");
        assertEquals("10", subsets.getText());
        subsets.setText("5");
        org.eclipse.swt.widgets.Text groups = (org.eclipse.swt.widgets.Text) editor.getField(
                "training.lastLayerRetraining.groups");
        groups.setText("site");
        Workbench.processEvents();
        assertEquals(5, spec.getSubsets());
        assertEquals("site", spec.getGroups());
        execute(editor, org.eclipse.ui.IWorkbenchCommandConstants.EDIT_UNDO); // groups
        execute(editor, org.eclipse.ui.IWorkbenchCommandConstants.EDIT_UNDO); // subsets
        execute(editor, org.eclipse.ui.IWorkbenchCommandConstants.EDIT_UNDO); // the spec
        Workbench.processEvents();
        assertNull(experiment.getTraining().getLastLayerRetraining());
        assertTrue(!enabled.getSelection(), "undo clears the box");
    }

    @Test
    void justTrainTwiceAndGroupDroAreSwitchedOnAndEditedUndoably() throws Exception {
        ExperimentEditor editor = openTemplate("jtt-dro");
        Experiment experiment = editor.getExperiment();
        editor.setActivePage(org.confounderlab.ui.editors.ModelTrainingPage.ID);
        Workbench.processEvents();
        org.eclipse.swt.widgets.Button jtt = findButton(editor, "Upweight what a first model gets wrong (JTT)");
        jtt.setSelection(true);
        jtt.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
        Workbench.processEvents();
        assertTrue(experiment.getTraining().getJustTrainTwice() != null, "checking the box adds JTT");
        org.eclipse.swt.widgets.Text upweight = (org.eclipse.swt.widgets.Text) editor.getField(
                "training.justTrainTwice.upweight");
        assertEquals("20.0", upweight.getText());
        upweight.setText("50");
        Workbench.processEvents();
        assertEquals(50.0, experiment.getTraining().getJustTrainTwice().getUpweight(), 0);
        org.eclipse.swt.widgets.Button dro = findButton(editor, "Minimise the worst group's loss (group DRO)");
        dro.setSelection(true);
        dro.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
        Workbench.processEvents();
        org.eclipse.swt.widgets.Text step = (org.eclipse.swt.widgets.Text) editor.getField(
                "training.groupDro.stepSize");
        assertEquals("0.01", step.getText());
        step.setText("0.05");
        Workbench.processEvents();
        assertEquals(0.05, experiment.getTraining().getGroupDro().getStepSize(), 0);
        Workbench.screenshotZoomed(editor, "experiment-editor-jtt-group-dro");
        execute(editor, org.eclipse.ui.IWorkbenchCommandConstants.EDIT_UNDO); // 0.05
        execute(editor, org.eclipse.ui.IWorkbenchCommandConstants.EDIT_UNDO); // group DRO
        Workbench.processEvents();
        assertNull(experiment.getTraining().getGroupDro());
        assertTrue(!dro.getSelection(), "undo clears the box");
        assertEquals(50.0, experiment.getTraining().getJustTrainTwice().getUpweight(), 0, "JTT stays");
    }

    /** The check box labelled {@code text} on the editor's active page. */
    private static org.eclipse.swt.widgets.Button findButton(ExperimentEditor editor, String text) {
        java.util.ArrayDeque<org.eclipse.swt.widgets.Control> todo = new java.util.ArrayDeque<>();
        todo.add(editor.getActivePageInstance().getPartControl());
        while (!todo.isEmpty()) {
            org.eclipse.swt.widgets.Control control = todo.poll();
            if (control instanceof org.eclipse.swt.widgets.Button button && text.equals(button.getText())) {
                return button;
            }
            if (control instanceof org.eclipse.swt.widgets.Composite composite) {
                todo.addAll(java.util.List.of(composite.getChildren()));
            }
        }
        throw new AssertionError("no button '" + text + "'");
    }

    @Test
    void pretrainedWeightsNormalisationAndFrozenEpochsAreEditedOnTheModelPage() throws Exception {
        ExperimentEditor editor = openTemplate("pretrained");
        Experiment experiment = editor.getExperiment();
        editor.setActivePage(org.confounderlab.ui.editors.ModelTrainingPage.ID);
        Workbench.processEvents();
        org.eclipse.swt.widgets.Text weights = (org.eclipse.swt.widgets.Text) editor.getField("model.weightsFile");
        org.eclipse.swt.widgets.Control browse = java.util.Arrays.stream(weights.getParent().getChildren())
                .filter(c -> c instanceof org.eclipse.swt.widgets.Button b && b.getText().equals("Browse…"))
                .findFirst().orElseThrow(() -> new AssertionError("no Browse… button beside the weights file"));
        assertTrue(browse.isVisible());
        weights.setText("weights/densenet121.safetensors");
        Workbench.processEvents();
        assertEquals("weights/densenet121.safetensors", experiment.getModel().getWeightsFile());

        org.eclipse.swt.widgets.Combo normalisation = (org.eclipse.swt.widgets.Combo) editor.getField(
                "model.normalisation");
        assertEquals(java.util.List.of("NONE", "IMAGENET", "CUSTOM", "PER_IMAGE", "TORCHXRAYVISION"),
                java.util.List.of(normalisation.getItems()));
        normalisation.select(normalisation.indexOf("CUSTOM"));
        normalisation.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
        ((org.eclipse.swt.widgets.Text) editor.getField("model.normalisationMean")).setText("0.5");
        Workbench.processEvents();
        assertEquals(org.confounderlab.model.experiment.InputNormalisation.CUSTOM,
                experiment.getModel().getNormalisation());
        assertEquals(java.util.List.of(0.5), experiment.getModel().getNormalisationMean());
        String problem = editor.getFieldProblem("model.normalisationMean");
        assertNotNull(problem, "a mean without a std shows on the field");
        assertTrue(problem.contains("1 means and 0 standard deviations"), problem);
        ((org.eclipse.swt.widgets.Text) editor.getField("model.normalisationStd")).setText("0.25");
        Workbench.processEvents();
        assertNull(editor.getFieldProblem("model.normalisationMean"));

        ((org.eclipse.swt.widgets.Text) editor.getField("training.freezeEpochs")).setText("2");
        Workbench.processEvents();
        assertEquals(2, experiment.getTraining().getFreezeEpochs());
        Workbench.screenshotZoomed(editor, "experiment-editor-pretrained");
        execute(editor, org.eclipse.ui.IWorkbenchCommandConstants.EDIT_UNDO);
        assertEquals(0, experiment.getTraining().getFreezeEpochs(), "undoable like every field");
    }

    @Test
    void badInputShowsOnTheFieldAndInTheProblemsViewWithoutTouchingTheRest() throws Exception {
        ExperimentEditor editor = openTemplate("bad-input");
        editor.setActivePage(org.confounderlab.ui.editors.ModelTrainingPage.ID);
        Workbench.processEvents();
        org.eclipse.swt.widgets.Text epochs = (org.eclipse.swt.widgets.Text) editor.getField("training.epochs");
        epochs.setText("ten");
        Workbench.processEvents();
        assertEquals(20, editor.getExperiment().getTraining().getEpochs(), "text that is not a number stays out");
        assertFalse(editor.isDirty());
        epochs.setText("20");

        org.eclipse.swt.widgets.Text batch = (org.eclipse.swt.widgets.Text) editor.getField("training.batchSize");
        batch.setText("0");
        Workbench.processEvents();
        assertEquals(0, editor.getExperiment().getTraining().getBatchSize());
        String problem = editor.getFieldProblem("training.batchSize");
        assertNotNull(problem, "the validator's problem shows on the field");
        assertTrue(problem.contains("batch size"), problem);
        assertNull(editor.getFieldProblem("training.epochs"));
        Workbench.screenshotZoomed(editor, "experiment-editor-invalid");

        editor.doSave(null);
        IFile file = project.getFile("bad-input.experiment");
        waitForMarkers(file);
        IMarker[] markers = file.findMarkers(ExperimentProblemMarkers.MARKER_TYPE, false, IResource.DEPTH_ZERO);
        assertTrue(java.util.Arrays.stream(markers).anyMatch(m -> m.getAttribute(IMarker.MESSAGE, "")
                .contains("batch size")), "and in the Problems view once saved");
    }

    @Test
    void theSourcePageFollowsTheFormsAndItsEditsComeBackUndoably() throws Exception {
        ExperimentEditor editor = openTemplate("source-sync");
        editor.setActivePage(org.confounderlab.ui.editors.ModelTrainingPage.ID);
        Workbench.processEvents();
        ((org.eclipse.swt.widgets.Text) editor.getField("training.epochs")).setText("12");
        Workbench.processEvents();

        editor.setActivePage(org.confounderlab.ui.editors.SourcePage.ID);
        Workbench.processEvents();
        org.confounderlab.ui.editors.SourcePage source = editor.getSourcePage();
        String xml = source.getText().getText();
        assertTrue(xml.contains("epochs=\"12\""), xml);
        Workbench.screenshotZoomed(editor, "experiment-editor-source");

        // 32 is the default batch size, so the XML leaves it out; the edit adds it.
        source.getText().setText(xml.replace("<training epochs=\"12\"", "<training epochs=\"12\" batchSize=\"48\""));
        Workbench.processEvents();
        assertTrue(editor.isDirty(), "an unapplied source edit is unsaved work");
        editor.setActivePage(org.confounderlab.ui.editors.ModelTrainingPage.ID);
        Workbench.processEvents();
        assertEquals(48, editor.getExperiment().getTraining().getBatchSize());
        assertEquals("48", ((org.eclipse.swt.widgets.Text) editor.getField("training.batchSize")).getText());
        execute(editor, org.eclipse.ui.IWorkbenchCommandConstants.EDIT_UNDO);
        assertEquals(32, editor.getExperiment().getTraining().getBatchSize(), "a source edit is one undoable command");
        assertEquals(12, editor.getExperiment().getTraining().getEpochs());

        editor.setActivePage(org.confounderlab.ui.editors.SourcePage.ID);
        Workbench.processEvents();
        source.getText().setText("<?xml version=\"1.0\"?>\n<experiment:Experiment\n<oops");
        editor.setActivePage(org.confounderlab.ui.editors.ModelTrainingPage.ID);
        Workbench.processEvents();
        assertEquals(source, editor.getActivePageInstance(), "text that does not parse keeps the page open");
        assertTrue(source.getProblem().contains("source-sync.experiment:"), source.getProblem());
        assertEquals(12, editor.getExperiment().getTraining().getEpochs(), "and leaves the model as it was");
    }

    @Test
    void regionsAndInterventionsAreEditedInTablesUndoablyAndFollowTheSource() throws Exception {
        ExperimentEditor editor = openTemplate("tables");
        editor.setActivePage(ExperimentOverviewPage.ID);
        Workbench.processEvents();
        ExperimentOverviewPage overview = (ExperimentOverviewPage) editor.getActivePageInstance();
        int regions = editor.getExperiment().getRegions().size();
        assertEquals(regions, overview.getRegionRowCount());

        overview.addRegion();
        Workbench.processEvents();
        assertEquals(regions + 1, overview.getRegionRowCount());
        assertTrue(editor.isDirty());
        assertTrue(overview.editRegion(regions, "name", "laterality"));
        assertTrue(overview.editRegion(regions, "x", "12"));
        assertFalse(overview.editRegion(regions, "width", "wide"), "letters in a number stay out");
        assertTrue(overview.getRegionProblem().contains("'wide' is not a number"), overview.getRegionProblem());
        org.confounderlab.model.experiment.Region added = editor.getExperiment().getRegions().get(regions);
        assertEquals("laterality", added.getName());
        assertEquals(12.0, added.getX());
        assertEquals(32.0, added.getWidth(), "the new region's default width is kept");
        assertEquals("laterality", overview.getRegionCell(regions, 0));
        assertEquals("12", overview.getRegionCell(regions, 1));

        // An intervention names the new region; removing the region takes it out of the intervention too.
        editor.setActivePage(org.confounderlab.ui.editors.DiagnosticsPage.ID);
        Workbench.processEvents();
        org.confounderlab.ui.editors.DiagnosticsPage diagnostics = (org.confounderlab.ui.editors.DiagnosticsPage)
                editor.getActivePageInstance();
        int interventions = editor.getExperiment().getInterventions().size();
        assertEquals(interventions, diagnostics.getInterventionRowCount());
        assertTrue(interventions > 0, "the template has evaluation variants");
        assertFalse(diagnostics.editIntervention(0, "regions", "nowhere"));
        assertTrue(diagnostics.getInterventionProblem().contains("no region 'nowhere'"),
                diagnostics.getInterventionProblem());
        assertTrue(diagnostics.editIntervention(0, "regions", "laterality"));
        assertEquals(List.of(added), List.copyOf(editor.getExperiment().getInterventions().get(0).getRegions()));
        Workbench.screenshotZoomed(editor, "experiment-editor-interventions");

        editor.setActivePage(ExperimentOverviewPage.ID);
        Workbench.processEvents();
        overview.removeRegion(regions);
        Workbench.processEvents();
        assertEquals(regions, overview.getRegionRowCount());
        assertTrue(editor.getExperiment().getInterventions().get(0).getRegions().isEmpty(),
                "a removed region leaves no dangling reference");
        execute(editor, org.eclipse.ui.IWorkbenchCommandConstants.EDIT_UNDO);
        assertEquals(regions + 1, overview.getRegionRowCount(), "undo brings the region back to the table");
        assertEquals(List.of(added), List.copyOf(editor.getExperiment().getInterventions().get(0).getRegions()));
        Workbench.screenshotZoomed(editor, "experiment-editor-tables");

        // A region typed on the Source page shows in the table.
        editor.setActivePage(org.confounderlab.ui.editors.SourcePage.ID);
        Workbench.processEvents();
        org.confounderlab.ui.editors.SourcePage source = editor.getSourcePage();
        String xml = source.getText().getText();
        int end = xml.indexOf("<split");
        assertTrue(end > 0, xml);
        source.getText().setText(xml.substring(0, end) + "<regions name=\"initials\" x=\"1\" y=\"2\" width=\"30\" "
                + "height=\"10\"/>\n  " + xml.substring(end));
        editor.setActivePage(ExperimentOverviewPage.ID);
        Workbench.processEvents();
        assertEquals(regions + 2, overview.getRegionRowCount(), source.getProblem());
        assertEquals("initials", overview.getRegionCell(regions + 1, 0));

        editor.doSave(null);
        Experiment saved = ModelFiles.loadExperiment(project.getFile("tables.experiment").getLocation().toPath());
        assertEquals(List.of("laterality", "initials"), saved.getRegions().stream().skip(regions)
                .map(org.confounderlab.model.experiment.Region::getName).toList());
        assertEquals("laterality", saved.getInterventions().get(0).getRegions().get(0).getName());
    }

    @Test
    void theOutlineShowsTheExperimentsPartsAndThePropertiesViewEditsThemUndoably() throws Exception {
        ExperimentEditor editor = openTemplate("outline");
        Workbench.page().showView(org.eclipse.ui.IPageLayout.ID_OUTLINE);
        Workbench.page().activate(editor);
        Workbench.processEvents();
        Experiment experiment = editor.getExperiment();
        List<String> labels = editor.getOutlineLabels();
        assertEquals(experiment.eContents().size(), labels.size(), labels.toString());
        assertTrue(labels.contains("Data set: " + experiment.getDataset().getLocation()), labels.toString());
        assertTrue(labels.contains("Training") && labels.contains("Diagnostics"), labels.toString());

        // Selecting a part turns the editor to its page.
        editor.selectInOutline(experiment.getTraining());
        Workbench.processEvents();
        assertEquals(org.confounderlab.ui.editors.ModelTrainingPage.ID, editor.getActivePageInstance().getId());
        editor.selectInOutline(experiment.getInterventions().get(0));
        Workbench.processEvents();
        assertEquals(org.confounderlab.ui.editors.DiagnosticsPage.ID, editor.getActivePageInstance().getId());

        // The Properties view: every attribute, with the model's documentation as help; edits are undoable.
        org.eclipse.ui.views.properties.IPropertySource properties = editor.getPropertySource(experiment.getSplit());
        List<String> names = java.util.Arrays.stream(properties.getPropertyDescriptors())
                .map(d -> String.valueOf(d.getId())).toList();
        assertTrue(names.containsAll(List.of("trainFraction", "seed", "useOfficialSplit")), names.toString());
        org.eclipse.ui.views.properties.IPropertyDescriptor seed = java.util.Arrays.stream(properties
                .getPropertyDescriptors()).filter(d -> d.getId().equals("seed")).findFirst().orElseThrow();
        assertFalse(seed.getDescription().equals("seed"), "the help text comes from the model's documentation");
        long before = experiment.getSplit().getSeed();
        properties.setPropertyValue("seed", "7");
        assertEquals(7, experiment.getSplit().getSeed());
        assertTrue(editor.isDirty());
        properties.setPropertyValue("seed", "seven");
        assertEquals(7, experiment.getSplit().getSeed(), "text that is not a number stays out");
        properties.setPropertyValue("useOfficialSplit", 1);
        assertTrue(experiment.getSplit().isUseOfficialSplit());
        Workbench.page().activate(editor);
        Workbench.processEvents();
        execute(editor, org.eclipse.ui.IWorkbenchCommandConstants.EDIT_UNDO);
        assertFalse(experiment.getSplit().isUseOfficialSplit());
        Workbench.processEvents();
        execute(editor, org.eclipse.ui.IWorkbenchCommandConstants.EDIT_UNDO);
        assertEquals(before, experiment.getSplit().getSeed());
        assertFalse(editor.isDirty());

        // A region added in the editor appears in the Outline.
        int rows = labels.size();
        editor.setActivePage(ExperimentOverviewPage.ID);
        Workbench.processEvents();
        ((ExperimentOverviewPage) editor.getActivePageInstance()).addRegion();
        assertEquals(rows + 1, editor.getOutlineLabels().size());
        org.confounderlab.model.experiment.Region region = experiment.getRegions().get(experiment.getRegions().size()
                - 1);
        editor.selectInOutline(region);
        Workbench.page().showView(org.eclipse.ui.IPageLayout.ID_PROP_SHEET);
        Workbench.page().showView(org.eclipse.ui.IPageLayout.ID_OUTLINE);
        Workbench.processEvents();
        Workbench.screenshot("experiment-outline-properties");
        Workbench.page().activate(editor);
        execute(editor, org.eclipse.ui.IWorkbenchCommandConstants.EDIT_UNDO);
    }

    private static void waitForMarkers(IFile file) throws Exception {
        long deadline = System.currentTimeMillis() + 20_000;
        while (file.findMarkers(ExperimentProblemMarkers.MARKER_TYPE, false, IResource.DEPTH_ZERO).length == 0
                && System.currentTimeMillis() < deadline) {
            Workbench.processEvents();
            Thread.sleep(20);
        }
    }
}
