package org.confounderlab.ui.tests;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.confounderlab.core.runs.RunStore;
import org.confounderlab.engine.run.StoredRoc;
import org.confounderlab.engine.stats.RocCurve;
import org.confounderlab.model.experiment.InterventionKind;
import org.confounderlab.model.resource.ModelFiles;
import org.confounderlab.model.run.Evaluation;
import org.confounderlab.model.run.LabelEvaluation;
import org.confounderlab.model.run.Run;
import org.confounderlab.model.run.RunFactory;
import org.confounderlab.ui.ConfounderLabPerspective;
import org.confounderlab.ui.views.RunView;
import org.confounderlab.ui.views.RunsView;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

/**
 * Workbench benchmarks, run by {@code ./confounderlab bench workbench} only (the name keeps it out of the test
 * suite): a run with 100,000 test predictions opened in the Run view with its ROC curves drawn, and the runs
 * explorer reading 1,000 runs, with the longest the UI thread went without handling events. Figures go to
 * {@code target/bench/workbench.txt} as {@code key=value} lines; the predictions are left there for the reference.
 */
class WorkbenchBench {

    private static final int PREDICTIONS = 100_000;
    private static final int RUNS = 1_000;

    @Test
    void measure() throws Exception {
        PlatformUI.getWorkbench().showPerspective(ConfounderLabPerspective.ID,
                PlatformUI.getWorkbench().getActiveWorkbenchWindow());
        Workbench.fillScreen();
        Path out = Path.of(System.getProperty("user.dir"), "target", "bench");
        Files.createDirectories(out);
        List<String> lines = new ArrayList<>();
        lines.addAll(openLargeRun(out));
        lines.addAll(exploreManyRuns());
        Files.write(out.resolve("workbench.txt"), lines, StandardCharsets.UTF_8);
        lines.forEach(System.out::println);
    }

    /** Writes a run with 100,000 predictions (4 variants) twice, and opens them in turn; best of 5. */
    private List<String> openLargeRun(Path out) throws Exception {
        IProject project = project("bench-large-run");
        Random random = new Random(7);
        int[] labels = new int[PREDICTIONS];
        double[][] scores = new double[4][PREDICTIONS];
        for (int i = 0; i < PREDICTIONS; i++) {
            labels[i] = random.nextDouble() < 0.3 ? 1 : 0;
            for (int v = 0; v < 4; v++) {
                scores[v][i] = 1 / (1 + Math.exp(-(random.nextGaussian() + (labels[i] == 1 ? 1.5 - 0.4 * v : 0))));
            }
        }
        Path predictions = out.resolve("predictions.csv");
        try (BufferedWriter writer = Files.newBufferedWriter(predictions, StandardCharsets.UTF_8)) {
            writer.write("image,label,original,mask-regions,region-only,random-box\n");
            for (int i = 0; i < PREDICTIONS; i++) {
                writer.write(String.format(Locale.ROOT, "img_%06d.png,%d,%.6f,%.6f,%.6f,%.6f%n", i, labels[i],
                        scores[0][i], scores[1][i], scores[2][i], scores[3][i]));
            }
        }
        List<Path> files = new ArrayList<>();
        for (String id : List.of("large-a", "large-b")) {
            Run run = RunFactory.eINSTANCE.createRun();
            run.setId(id);
            run.setExperiment(org.confounderlab.model.templates.ExperimentTemplates.newDefault("large"));
            String[] names = {"original", "mask-regions", "region-only", "random-box"};
            InterventionKind[] kinds = {InterventionKind.ORIGINAL, InterventionKind.MASK_REGIONS,
                InterventionKind.REGION_ONLY, InterventionKind.RANDOM_BOX};
            for (int v = 0; v < 4; v++) {
                Evaluation evaluation = RunFactory.eINSTANCE.createEvaluation();
                evaluation.setInterventionName(names[v]);
                evaluation.setInterventionKind(kinds[v]);
                evaluation.setN(PREDICTIONS);
                LabelEvaluation label = RunFactory.eINSTANCE.createLabelEvaluation();
                label.setLabel("finding");
                RocCurve curve = RocCurve.of(scores[v], labels);
                label.setAuc(curve.trapezoidalArea());
                StoredRoc.add(label, curve); // as the engine stores it
                evaluation.getLabels().add(label);
                run.getEvaluations().add(evaluation);
            }
            Path file = RunStore.runFolder(project, "large", id).getLocation().toPath().resolve(RunStore.RUN_FILE);
            Files.createDirectories(file.getParent());
            ModelFiles.save(run, file);
            Files.copy(predictions, file.resolveSibling("predictions.csv"));
            files.add(file);
        }
        RunView view = (RunView) Workbench.page().showView(RunView.ID);
        view.showChart(1);
        double best = Double.MAX_VALUE;
        for (int round = 0; round < 6; round++) {
            Path file = files.get(round % 2);
            long start = System.nanoTime();
            view.show(file);
            Display display = Display.getCurrent();
            long deadline = System.currentTimeMillis() + 60_000;
            while (System.currentTimeMillis() < deadline && view.getRun() == null || !view.getRunFile().orElseThrow().equals(file)
                    || !file.equals(shownFile(view)) || view.getRoc().curveIds().size() < 4) {
                if (!display.readAndDispatch()) {
                    Thread.onSpinWait();
                }
            }
            view.getRoc().getChart().redraw();
            view.getRoc().getChart().update(); // paint now
            double seconds = (System.nanoTime() - start) / 1e9;
            if (round > 0) {
                best = Math.min(best, seconds);
            }
        }
        return List.of(String.format(Locale.ROOT, "open_large_run_seconds=%.4f", best),
                "predictions_csv=" + predictions);
    }

    private static Path shownFile(RunView view) {
        Run run = view.getRun();
        return run == null ? null : view.getRunFile().filter(f -> run.getId() != null
                && f.getParent().getFileName().toString().equals(run.getId())).orElse(null);
    }

    /** 1,000 runs in the explorer: first read, re-read after one changed, and the UI thread's longest stall. */
    private List<String> exploreManyRuns() throws Exception {
        // Closed while the runs are written, so the first read below is cold (a new view, an empty cache).
        if (Workbench.page().findView(RunsView.ID) != null) {
            Workbench.page().hideView(Workbench.page().findView(RunsView.ID));
        }
        IProject project = project("bench-explorer");
        for (int i = 0; i < RUNS; i++) {
            RunFixtures.write(project, RunFixtures.run("experiment-" + (i % 20), String.format(Locale.ROOT,
                    "20261201-%06d", i), i, 32, 10, 0.7 + 0.2 * (i % 10) / 10.0, 0.65));
        }
        project.refreshLocal(IResource.DEPTH_INFINITE, null);
        List<Path> runFiles;
        try (var walk = Files.walk(project.getLocation().toPath().resolve("runs"))) {
            runFiles = walk.filter(p -> p.getFileName().toString().equals(RunStore.RUN_FILE)).toList();
        }
        long plain = System.nanoTime();
        for (Path file : runFiles) {
            ModelFiles.loadRun(file);
        }
        double plainSeconds = (System.nanoTime() - plain) / 1e9;

        RunsView[] opened = new RunsView[1];
        double[] first = measure(() -> {
            try {
                opened[0] = (RunsView) Workbench.page().showView(RunsView.ID);
            } catch (org.eclipse.ui.PartInitException e) {
                throw new IllegalStateException(e);
            }
            return opened[0];
        }, project);
        RunsView view = opened[0];
        double[] second = refreshAndMeasure(view, project); // unchanged files come from the cache
        return List.of(String.format(Locale.ROOT, "explorer_first_read_seconds=%.4f", first[0]),
                String.format(Locale.ROOT, "explorer_first_read_max_ui_stall_ms=%.1f", first[1]),
                String.format(Locale.ROOT, "explorer_reread_seconds=%.4f", second[0]),
                String.format(Locale.ROOT, "explorer_reread_max_ui_stall_ms=%.1f", second[1]),
                String.format(Locale.ROOT, "plain_load_%d_runs_seconds=%.4f", RUNS, plainSeconds));
    }

    /** Refreshes and waits for the rows; returns seconds until shown and the longest gap between UI events. */
    private static double[] refreshAndMeasure(RunsView view, IProject project) {
        return measure(() -> {
            view.refresh();
            return view;
        }, project);
    }

    /** Runs {@code start} on the UI thread, then waits for the view's rows, timing both and the UI's longest stall. */
    private static double[] measure(java.util.function.Supplier<RunsView> start, IProject project) {
        Display display = Display.getCurrent();
        long begin = System.nanoTime();
        RunsView view = start.get();
        long last = System.nanoTime();
        long longest = last - begin;
        boolean refreshing = true;
        long deadline = System.currentTimeMillis() + 300_000;
        while (refreshing && System.currentTimeMillis() < deadline) {
            while (display.readAndDispatch()) {
                long now = System.nanoTime();
                longest = Math.max(longest, now - last);
                last = now;
            }
            long now = System.nanoTime();
            longest = Math.max(longest, now - last);
            last = now;
            refreshing = org.eclipse.core.runtime.jobs.Job.getJobManager().find(RunsView.REFRESH_FAMILY).length > 0
                    || view.getEntries().stream().filter(e -> e.file().getProject().equals(project)).count() < RUNS;
            Thread.onSpinWait();
        }
        while (display.readAndDispatch()) {
            long now = System.nanoTime();
            longest = Math.max(longest, now - last);
            last = now;
        }
        return new double[] {(System.nanoTime() - begin) / 1e9, longest / 1e6};
    }

    private static IProject project(String name) throws Exception {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
        if (!project.exists()) {
            project.create(null);
        }
        project.open(null);
        return project;
    }
}
