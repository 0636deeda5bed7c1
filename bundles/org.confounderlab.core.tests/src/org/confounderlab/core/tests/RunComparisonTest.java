package org.confounderlab.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.confounderlab.core.compare.ExperimentParameters;
import org.confounderlab.core.compare.RunComparison;
import org.confounderlab.core.compare.RunComparison.Row;
import org.confounderlab.core.compare.RunComparison.SeedGroup;
import org.confounderlab.core.runs.RunSummary;
import org.confounderlab.model.experiment.ConfounderAttribute;
import org.confounderlab.model.experiment.Experiment;
import org.confounderlab.model.experiment.ExperimentFactory;
import org.confounderlab.model.experiment.InterventionKind;
import org.confounderlab.model.run.AucComparison;
import org.confounderlab.model.run.Evaluation;
import org.confounderlab.model.run.LabelEvaluation;
import org.confounderlab.model.run.Run;
import org.confounderlab.model.run.RunFactory;
import org.confounderlab.model.run.RunStatus;
import org.confounderlab.model.templates.ExperimentTemplates;
import org.junit.jupiter.api.Test;

class RunComparisonTest {

    private static Run run(String id, long seed, int batchSize, double auc, double maskedAuc) {
        Experiment experiment = ExperimentTemplates.newDefault("mura_laterality");
        experiment.getDataset().getLabelNames().clear();
        experiment.getDataset().getLabelNames().addAll(List.of("abnormal"));
        ConfounderAttribute attribute = ExperimentFactory.eINSTANCE.createConfounderAttribute();
        attribute.setName("laterality");
        attribute.setColumn("side");
        experiment.getAttributes().add(attribute);
        experiment.getTraining().setSeed(seed);
        experiment.getTraining().setBatchSize(batchSize);
        Run run = RunFactory.eINSTANCE.createRun();
        run.setId(id);
        run.setStatus(RunStatus.COMPLETED);
        run.setExperiment(experiment);
        Evaluation original = evaluation(InterventionKind.ORIGINAL, "original", auc);
        Evaluation masked = evaluation(InterventionKind.MASK_REGIONS, "mask-regions", maskedAuc);
        run.getEvaluations().addAll(List.of(original, masked));
        AucComparison comparison = RunFactory.eINSTANCE.createAucComparison();
        comparison.setLabel("abnormal");
        comparison.setBaseline(original);
        comparison.setVariant(masked);
        comparison.setDeltaAuc(maskedAuc - auc);
        run.getComparisons().add(comparison);
        return run;
    }

    private static Evaluation evaluation(InterventionKind kind, String name, double auc) {
        Evaluation evaluation = RunFactory.eINSTANCE.createEvaluation();
        evaluation.setInterventionKind(kind);
        evaluation.setInterventionName(name);
        LabelEvaluation label = RunFactory.eINSTANCE.createLabelEvaluation();
        label.setLabel("abnormal");
        label.setAuc(auc);
        evaluation.getLabels().add(label);
        return evaluation;
    }

    private final List<Run> runs = List.of(run("r1", 1, 32, 0.80, 0.70), run("r2", 2, 32, 0.84, 0.72),
            run("r3", 3, 64, 0.90, 0.60));

    @Test
    void experimentsFlattenToNamedParameterPaths() {
        Map<String, String> parameters = ExperimentParameters.flatten(runs.get(0).getExperiment());
        assertEquals("32", parameters.get("training.batchSize"));
        assertEquals("1", parameters.get("training.seed"));
        assertEquals("abnormal", parameters.get("dataset.labelNames"));
        assertEquals("side", parameters.get("attributes[laterality].column"), parameters.keySet().toString());
    }

    @Test
    void showDifferencesOnlyKeepsTheParametersThatDiffer() {
        RunComparison comparison = new RunComparison(runs);
        List<Row> differing = comparison.parameterRows(true);
        assertEquals(List.of("training.batchSize", "training.seed"), differing.stream().map(Row::name).sorted()
                .toList());
        assertTrue(comparison.parameterRows(false).size() > 20);
        assertFalse(comparison.parameterRows(false).stream().filter(r -> r.name().equals("name")).findFirst()
                .orElseThrow().differs());
    }

    @Test
    void runsThatDifferOnlyBySeedAreSummarisedAsMeanAndSd() {
        List<SeedGroup> groups = new RunComparison(runs).seedGroups();
        assertEquals(1, groups.size());
        assertEquals(List.of("r1", "r2"), groups.get(0).runIds());
        double[] meanSd = groups.get(0).aucMeanSd().get("abnormal");
        assertEquals(0.82, meanSd[0], 1e-12);
        assertEquals(Math.sqrt(2 * 0.02 * 0.02), meanSd[1], 1e-12, "sample sd (n − 1)");
    }

    @Test
    void metricsComeFromTheRunsEvaluationsAndComparisons() {
        RunSummary summary = RunSummary.of(runs.get(2));
        assertEquals(0.90, summary.originalAuc(), 1e-12);
        assertEquals(-0.30, summary.maskedDeltaAuc(), 1e-12);
        List<Row> metrics = new RunComparison(runs).metricRows();
        assertEquals(List.of("0.800", "0.840", "0.900"), metrics.stream().filter(r -> r.name().equals(
                "test AUC abnormal")).findFirst().orElseThrow().values());
    }

    @Test
    void exportsToCsvAndLatex() {
        RunComparison comparison = new RunComparison(runs);
        String csv = comparison.toCsv(true);
        List<String> lines = csv.lines().toList();
        assertEquals(",r1,r2,r3", lines.get(0));
        assertEquals("status,completed,completed,completed", lines.get(1));
        assertTrue(lines.contains("masking ΔAUC,-0.100,-0.120,-0.300"), csv);
        assertTrue(lines.contains("training.seed,1,2,3"), csv);
        assertTrue(csv.endsWith("\r\n"));
        String all = comparison.toCsv(false);
        assertTrue(all.lines().anyMatch(l -> l.startsWith("name,mura_laterality,")), all);

        String tex = comparison.toLatex(true);
        assertTrue(tex.startsWith("\\begin{tabular}{llll}\n\\toprule\n & r1 & r2 & r3 \\\\\n\\midrule\n"), tex);
        assertTrue(tex.contains("masking $\\Delta$AUC & -0.100 & -0.120 & -0.300 \\\\"), tex);
        assertTrue(tex.contains("training.seed & 1 & 2 & 3 \\\\"), tex);
        assertTrue(comparison.toLatex(false).contains("name & mura\\_laterality & "), "underscores are escaped");
        assertTrue(tex.endsWith("\\bottomrule\n\\end{tabular}\n"));
    }
}
