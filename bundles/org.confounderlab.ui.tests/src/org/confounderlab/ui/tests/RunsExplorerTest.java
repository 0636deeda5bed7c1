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

    @Test
    void theArmsOfAStudyAreComparedUnderTheStudysTable() throws Exception {
        RunsView view = explorer();
        List<RunEntry> mura = view.getEntries().stream().filter(e -> e.file().getProject().equals(project)
                && e.experimentName().equals("mura-laterality")).toList();
        Path studyFile = project.getLocation().toPath().resolve("runs/mura-laterality")
                .resolve(org.confounderlab.engine.run.StudyRunner.STUDIES_FOLDER).resolve("20261201-130000")
                .resolve(org.confounderlab.engine.run.StudyRunner.STUDY_FILE);
        Files.createDirectories(studyFile.getParent());
        org.confounderlab.model.resource.ModelFiles.save(study(List.of("20261201-090000", "20261201-100000",
                "20261201-110000")), studyFile);
        try {
            view.select(mura);
            view.compareSelected();
            RunComparisonView comparison = (RunComparisonView) Workbench.page().findView(RunComparisonView.ID);
            Workbench.waitForJobs(RunComparisonView.STUDY_FAMILY);
            assertEquals("20261201-130000", comparison.getStudy().getId());
            List<List<String>> rows = comparison.getStudyRows();
            assertEquals(List.of("baseline", "20261201-090000", "0.834 [0.791, 0.877]", "0.156 [0.050, 0.262]", "-0.299 [-0.350, -0.248]",
                    "3.1e-24", "0.412 [0.380, 0.444]", "present", "0.437 [0.360, 0.514]", "0.980 [0.940, 1.000]"),
                    rows.get(0));
            assertEquals("distillation", rows.get(2).get(0));
            assertEquals(List.of("distillation", "baseline", "shifted", "66", "+0.598", "[0.451, 0.746]", "1.7e-15",
                    "DeLong, paired"),
                    rows.get(rows.size() - 1));
            Workbench.screenshotZoomed(comparison, "run-comparison-study");

            // Runs that are not all of a study's arms show no study table.
            view.select(mura.subList(0, 2));
            view.compareSelected();
            Workbench.waitForJobs(RunComparisonView.STUDY_FAMILY);
            assertEquals(null, comparison.getStudy());
        } finally {
            Files.walk(studyFile.getParent().getParent()).sorted(java.util.Comparator.reverseOrder())
                    .forEach(p -> p.toFile().delete());
        }
    }

    /** A study of three arms as {@code ./confounderlab study} writes it, linking the fixture runs. */
    private static org.confounderlab.model.run.Study study(List<String> runIds) {
        var factory = org.confounderlab.model.run.RunFactory.eINSTANCE;
        var study = factory.createStudy();
        study.setId("20261201-130000");
        study.setName("mura-laterality");
        study.setStatus(org.confounderlab.model.run.RunStatus.COMPLETED);
        study.setLabel("abnormal");
        study.setShiftGrouping("region laterality");
        study.setShiftCases(66);
        study.setShiftPositives(31);
        study.setShiftGroups("present 0.85 to 0.15 (n 33), absent 0.15 to 0.85 (n 33)");
        String[] names = {"baseline", "masking", "distillation"};
        var kinds = List.of(org.confounderlab.model.run.ArmKind.BASELINE, org.confounderlab.model.run.ArmKind.MASKING,
                org.confounderlab.model.run.ArmKind.DISTILLATION);
        double[][] values = {
            {0.834, 0.791, 0.877, 0.156, 0.050, 0.262, -0.299, -0.350, -0.248, 3.1e-24, 0.412, 0.380, 0.444, 0.437,
                0.360, 0.514, 0.980, 0.940, 1.000},
            {0.653, 0.596, 0.710, 0.708, 0.580, 0.836, 0.0, Double.NaN, Double.NaN, 1.0, Double.NaN, Double.NaN,
                Double.NaN, 0.646, 0.560, 0.732, 0.067, 0.010, 0.180},
            {0.872, 0.835, 0.909, 0.754, 0.640, 0.868, -0.088, -0.110, -0.066, 3.1e-17, 0.150, 0.120, 0.180, 0.811,
                0.740, 0.882, 0.110, 0.020, 0.230}};
        for (int a = 0; a < 3; a++) {
            var arm = factory.createStudyArm();
            double[] v = values[a];
            arm.setName(names[a]);
            arm.setKind(kinds.get(a));
            arm.setRunId(runIds.get(a));
            arm.setRunPath("../../" + runIds.get(a) + "/run.run");
            arm.setInDistributionAuc(v[0]);
            arm.setInDistributionAucLower(v[1]);
            arm.setInDistributionAucUpper(v[2]);
            arm.setShiftedAuc(v[3]);
            arm.setShiftedAucLower(v[4]);
            arm.setShiftedAucUpper(v[5]);
            arm.setMaskedDeltaAuc(v[6]);
            arm.setMaskedDeltaAucLower(v[7]);
            arm.setMaskedDeltaAucUpper(v[8]);
            arm.setMaskedPValue(v[9]);
            arm.setAttentionShare(v[10]);
            arm.setAttentionShareLower(v[11]);
            arm.setAttentionShareUpper(v[12]);
            arm.setWorstGroup("present");
            arm.setWorstGroupAuc(v[13]);
            arm.setWorstGroupAucLower(v[14]);
            arm.setWorstGroupAucUpper(v[15]);
            arm.setTprGap(v[16]);
            arm.setTprGapLower(v[17]);
            arm.setTprGapUpper(v[18]);
            study.getArms().add(arm);
        }
        String[][] comparisons = {{"masking", "shifted", "0.553", "0.363", "0.742", "1.04e-8"},
            {"masking", "in-distribution", "-0.180", "-0.260", "-0.100", "9.94e-6"},
            {"distillation", "in-distribution", "0.038", "-0.012", "0.088", "0.133"},
            {"distillation", "shifted", "0.598", "0.451", "0.746", "1.73e-15"}};
        for (String[] c : comparisons) {
            var comparison = factory.createArmComparison();
            comparison.setArm(c[0]);
            comparison.setBaseline("baseline");
            comparison.setTestSet(c[1]);
            comparison.setCases(c[1].equals("shifted") ? 66 : 358);
            comparison.setDeltaAuc(Double.parseDouble(c[2]));
            comparison.setCiLower(Double.parseDouble(c[3]));
            comparison.setCiUpper(Double.parseDouble(c[4]));
            comparison.setPValue(Double.parseDouble(c[5]));
            study.getComparisons().add(comparison);
        }
        return study;
    }
}
