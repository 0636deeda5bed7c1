package org.confounderlab.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.confounderlab.core.runs.RunEntry;
import org.confounderlab.ui.ConfounderLabPerspective;
import org.confounderlab.ui.views.RunComparisonView;
import org.confounderlab.ui.views.RunsView;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The runs explorer (grouped, key metrics, filter) and the comparison of selected runs, on fixture runs. */
class RunsExplorerTest {

    private static IProject project;

    @BeforeAll
    static void writeRuns() throws Exception {
        project = ResourcesPlugin.getWorkspace().getRoot().getProject("explorer-fixtures");
        if (!project.exists()) {
            project.create(null);
        }
        project.open(null);
        RunFixtures.write(project, RunFixtures.run("mura-laterality", "20261201-090000", 1, 32, 6, 0.80, 0.70));
        RunFixtures.write(project, RunFixtures.run("mura-laterality", "20261201-100000", 2, 32, 6, 0.84, 0.72));
        RunFixtures.write(project, RunFixtures.run("mura-laterality", "20261201-110000", 3, 64, 8, 0.90, 0.60));
        RunFixtures.write(project, RunFixtures.run("cxr14-cardiomegaly", "20261201-120000", 1, 32, 4, 0.896, 0.89));
        project.refreshLocal(IResource.DEPTH_INFINITE, null);
    }

    @AfterAll
    static void deleteProject() throws Exception {
        if (Workbench.page().findView(RunsView.ID) instanceof RunsView view) {
            view.setFilterText("");
        }
        project.delete(true, true, null);
    }

    private static RunsView explorer() throws Exception {
        PlatformUI.getWorkbench().showPerspective(ConfounderLabPerspective.ID,
                PlatformUI.getWorkbench().getActiveWorkbenchWindow());
        Workbench.fillScreen();
        RunsView view = (RunsView) Workbench.page().showView(RunsView.ID);
        view.refresh();
        long deadline = System.currentTimeMillis() + 20_000;
        while (System.currentTimeMillis() < deadline
                && view.getEntries().stream().filter(e -> e.file().getProject().equals(project)).count() < 4) {
            Workbench.waitForJobs(RunsView.REFRESH_FAMILY);
            Thread.sleep(20);
        }
        Workbench.waitForJobs(RunsView.REFRESH_FAMILY);
        view.setFilterText("explorer-fixtures");
        Workbench.processEvents();
        return view;
    }

    private static TreeItem row(Tree tree, String runId) {
        for (TreeItem group : tree.getItems()) {
            for (TreeItem item : group.getItems()) {
                if (item.getText(0).equals(runId)) {
                    return item;
                }
            }
        }
        throw new AssertionError("no row " + runId);
    }

    private static int column(Tree tree, String title) {
        for (int i = 0; i < tree.getColumnCount(); i++) {
            if (tree.getColumn(i).getText().equals(title)) {
                return i;
            }
        }
        throw new AssertionError("no column " + title);
    }

    @Test
    void runsAreGroupedByExperimentWithTheirKeyNumbersAndFiltered() throws Exception {
        RunsView view = explorer();
        assertEquals(2, view.getGroupCount(), "the project's two experiments");
        assertEquals(4, view.getRowCount());
        Tree tree = view.getTree();
        TreeItem third = row(tree, "20261201-110000");
        assertEquals("completed", third.getText(column(tree, "Status")));
        assertEquals("8/8", third.getText(column(tree, "Epochs")));
        assertEquals("0.900", third.getText(column(tree, "Test AUC")));
        assertEquals("-0.300", third.getText(column(tree, "Masking ΔAUC")));
        assertEquals("1 critical", third.getText(column(tree, "Findings")));
        Workbench.screenshotZoomed(view, "runs-explorer");

        view.setFilterText("cxr14");
        Workbench.processEvents();
        assertEquals(1, view.getGroupCount());
        assertEquals(1, view.getRowCount());
        view.setFilterText("explorer-fixtures");
        Workbench.processEvents();
    }

    @Test
    void selectedRunsAreComparedWithSeedRepeatsSummarisedAndExported() throws Exception {
        RunsView view = explorer();
        List<RunEntry> mura = view.getEntries().stream().filter(e -> e.file().getProject().equals(project)
                && e.experimentName().equals("mura-laterality")).toList();
        assertEquals(3, mura.size());
        view.select(mura);
        view.compareSelected();
        RunComparisonView comparison = (RunComparisonView) Workbench.page().findView(RunComparisonView.ID);
        Workbench.processEvents();

        List<String> rows = comparison.getRowNames();
        assertTrue(rows.containsAll(List.of("status", "test AUC abnormal", "masking ΔAUC", "training.seed",
                "training.batchSize", "training.epochs")), rows.toString());
        assertFalse(rows.contains("name"), "differences only: the experiment's name is the same");
        comparison.setDifferencesOnly(false);
        assertTrue(comparison.getRowNames().contains("name"));
        comparison.setDifferencesOnly(true);

        assertTrue(comparison.getSeedGroupText().contains("n = 2: 20261201-090000, 20261201-100000")
                && comparison.getSeedGroupText().contains("abnormal 0.820 ± 0.028"), comparison.getSeedGroupText());
        assertEquals(6, comparison.getOverlay().values("20261201-090000").length);
        assertEquals(0.90, comparison.getOverlay().values("20261201-110000")[7], 1e-12);
        Workbench.screenshot("run-comparison");

        Path folder = Files.createTempDirectory("comparison");
        comparison.export(folder.resolve("runs.csv"));
        comparison.export(folder.resolve("runs.tex"));
        List<String> csv = Files.readAllLines(folder.resolve("runs.csv"));
        assertEquals(",20261201-090000,20261201-100000,20261201-110000", csv.get(0));
        assertTrue(csv.contains("training.seed,1,2,3"), csv.toString());
        String tex = Files.readString(folder.resolve("runs.tex"));
        assertTrue(tex.startsWith("\\begin{tabular}{llll}") && tex.contains("training.batchSize & 32 & 32 & 64 \\\\"),
                tex);
    }
}
