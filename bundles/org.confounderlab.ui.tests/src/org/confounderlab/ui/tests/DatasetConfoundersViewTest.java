package org.confounderlab.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.confounderlab.engine.audit.AttributeLabelAssociation;
import org.confounderlab.engine.synthetic.DemoStudy;
import org.confounderlab.ui.ConfounderLabPerspective;
import org.confounderlab.ui.charts.AssociationHeatMap.Measure;
import org.confounderlab.ui.views.DatasetConfoundersView;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

/** The Dataset Confounders view on the demo's data set, whose laterality marker goes with the label. */
class DatasetConfoundersViewTest {

    private static DatasetConfoundersView audit(IFile experiment) throws Exception {
        PlatformUI.getWorkbench().showPerspective(ConfounderLabPerspective.ID,
                PlatformUI.getWorkbench().getActiveWorkbenchWindow());
        Workbench.fillScreen();
        DatasetConfoundersView view = (DatasetConfoundersView) Workbench.page().showView(DatasetConfoundersView.ID);
        view.show(experiment);
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline && view.getHeaderText().contains("Auditing")) {
            Workbench.waitForJobs(DatasetConfoundersView.AUDIT_FAMILY);
            Thread.sleep(20);
        }
        Workbench.processEvents();
        return view;
    }

    @Test
    void theMarkerShowsAsTheStrongestAssociationInTableHeatMapAndBars() throws Exception {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("confounders-demo");
        if (!project.exists()) {
            project.create(null);
        }
        project.open(null);
        DemoStudy.write(project.getLocation().toPath(), 300, 1);
        project.refreshLocal(IResource.DEPTH_INFINITE, null);
        DatasetConfoundersView view = audit(project.getFile(DemoStudy.EXPERIMENT_FILE));

        assertNotNull(view.getResult(), view.getHeaderText());
        int associations = view.getResult().audit().associations().size();
        assertTrue(associations >= 5, "site, technologist, sex, age, marker and the regions");
        assertEquals(associations, view.getRowCount());
        AttributeLabelAssociation marker = view.getResult().audit().find("marker", "finding").orElseThrow();
        AttributeLabelAssociation sex = view.getResult().audit().find("sex", "finding").orElseThrow();
        assertTrue(marker.cramersV() > 0.5 && sex.cramersV() < 0.3, marker.cramersV() + " vs " + sex.cramersV());
        assertEquals(marker.cramersV(), view.getHeatMap().value("marker", "finding"), 1e-12);
        assertTrue(view.getHeatMap().colour(marker.cramersV()).green < view.getHeatMap().colour(sex.cramersV()).green,
                "the stronger association is the darker cell");
        assertTrue(view.getPrevalenceBars().length >= 2, "the strongest association is selected, its subgroups drawn");
        Workbench.screenshotZoomed(view, "dataset-confounders");

        view.setMeasure(Measure.ATTRIBUTE_AUC);
        Workbench.processEvents();
        assertEquals(marker.attributeOnlyAuc(), view.getHeatMap().value("marker", "finding"), 1e-12);
        view.setFilterText("sex");
        Workbench.processEvents();
        assertEquals(1, view.getRowCount());
        assertEquals(java.util.List.of("sex"), view.getHeatMap().attributes());
        view.setFilterText("");
    }

    @Test
    void anExperimentWhoseDataSetIsMissingSaysSoByName() throws Exception {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("confounders-missing");
        if (!project.exists()) {
            project.create(null);
        }
        project.open(null);
        org.confounderlab.model.experiment.Experiment experiment = DemoStudy.experiment(1);
        experiment.getDataset().setLocation("no-such-folder/manifest.csv");
        IFile file = project.getFile("missing.experiment");
        org.confounderlab.model.resource.ModelFiles.save(experiment, file.getLocation().toPath());
        project.refreshLocal(IResource.DEPTH_INFINITE, null);
        DatasetConfoundersView view = audit(file);
        assertTrue(view.getHeaderText().contains("missing.experiment") && view.getHeaderText().contains("no-such-folder"),
                view.getHeaderText());
        assertEquals(0, view.getRowCount());
    }
}
