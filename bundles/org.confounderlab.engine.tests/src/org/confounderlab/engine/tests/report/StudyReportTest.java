package org.confounderlab.engine.tests.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.confounderlab.engine.cli.ConfounderLabCommand;
import org.confounderlab.engine.cli.ExitCode;
import org.confounderlab.engine.report.RunReport;
import org.confounderlab.engine.report.StudyReport;
import org.confounderlab.engine.report.StudyTable;
import org.confounderlab.model.run.ArmComparison;
import org.confounderlab.model.run.ArmKind;
import org.confounderlab.model.run.DistillationRecord;
import org.confounderlab.model.run.EpochRecord;
import org.confounderlab.model.run.LossTerm;
import org.confounderlab.model.run.Run;
import org.confounderlab.model.run.RunFactory;
import org.confounderlab.model.run.RunStatus;
import org.confounderlab.model.run.Study;
import org.confounderlab.model.run.StudyArm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The study's tables (HTML and text cells), the run report's distillation section, and the study command's input. */
class StudyReportTest {

    @Test
    void everyArmIsARowLinkingItsRunReportWithIntervalsAndMissingValuesDashed() {
        Study study = RunFactory.eINSTANCE.createStudy();
        study.setId("20261201-130000");
        study.setName("marker <study>");
        study.setStatus(RunStatus.COMPLETED);
        study.setLabel("finding");
        study.setShiftGrouping("region laterality");
        study.setShiftCases(66);
        study.setShiftPositives(31);
        study.setShiftGroups("present 0.85 to 0.15 (n 33), absent 0.15 to 0.85 (n 33)");
        study.getArms().add(arm("baseline", ArmKind.BASELINE, 0.834, 0.156, -0.299, 3e-24));
        study.getArms().add(arm("masking", ArmKind.MASKING, 0.653, 0.708, Double.NaN, Double.NaN));
        ArmComparison comparison = RunFactory.eINSTANCE.createArmComparison();
        comparison.setArm("masking");
        comparison.setBaseline("baseline");
        comparison.setTestSet("shifted");
        comparison.setCases(66);
        comparison.setDeltaAuc(0.553);
        comparison.setCiLower(0.363);
        comparison.setCiUpper(0.742);
        comparison.setPValue(1.04e-8);
        study.getComparisons().add(comparison);

        List<List<String>> rows = StudyTable.armRows(study);
        assertEquals(StudyTable.ARM_COLUMNS.size(), rows.get(0).size());
        assertEquals(List.of("baseline", "run-baseline", "0.834 [0.800, 0.870]", "0.156 [0.100, 0.200]",
                "-0.299 [-0.350, -0.250]", "3.0e-24", "0.400 [0.350, 0.450]", "present", "0.437 [0.360, 0.514]",
                "0.900 [0.800, 1.000]"), rows.get(0));
        assertEquals("—", rows.get(1).get(4), "no masked comparison");
        assertEquals(List.of("masking", "baseline", "shifted", "66", "+0.553", "[0.363, 0.742]", "1.0e-08",
                "DeLong, paired"), StudyTable.comparisonRows(study).get(0));
        comparison.setMethod("DeLong clustered by patient (Obuchowski 1997), 40 patients, paired (arm − baseline)");
        assertEquals(comparison.getMethod(), StudyTable.comparisonRows(study).get(0).get(7));
        study.getArms().get(1).setFailedToLearn(true);
        assertEquals(study.getArms().get(1).getName() + " (did not learn)", StudyTable.armRows(study).get(1).get(0));
        study.getArms().get(1).setFailedToLearn(false);

        String html = new StudyReport(study).html();
        assertTrue(html.contains("<a href=\"../../run-baseline/report.html\">baseline</a>"), html);
        assertTrue(html.contains("marker &lt;study&gt;"), "escaped");
        assertTrue(html.contains("66 test images (31 positive) re-sampled so that region laterality"), html);
        assertTrue(html.contains("<td class=\"num\">+0.553</td>"), html);
        assertTrue(html.contains("<td>present</td>") && html.contains("<td>run-baseline</td>"), "words left-aligned");
        assertTrue(!StudyTable.shiftDescription(study).contains("Too few"));
        study.setShiftCases(4);
        study.setShiftPositives(2);
        assertTrue(StudyTable.shiftDescription(study).contains("Too few of each class to test on (at least 5 "
                + "positives and 5 negatives)"), StudyTable.shiftDescription(study));
    }

    @Test
    void theRunReportShowsTheTeacherAndEveryTermByEpoch(@TempDir Path folder) {
        Run run = RunFactory.eINSTANCE.createRun();
        run.setId("r1");
        DistillationRecord record = RunFactory.eINSTANCE.createDistillationRecord();
        record.setTeacherData("70 of 280 training images (25%) with laterality covered");
        record.setTeacherImages(70);
        record.getTerms().add(term("labels", 1, 1, 0.693));
        record.getTerms().add(term("layer layer4", 5, 0.0702, 9.88));
        run.setDistillation(record);
        for (int e = 1; e <= 2; e++) {
            EpochRecord epoch = RunFactory.eINSTANCE.createEpochRecord();
            epoch.setIndex(e);
            epoch.getLossTerms().add(term("labels", 1, 1, 0.6 / e));
            epoch.getLossTerms().add(term("layer layer4", 5, 0.0702, 4.0 / e));
            run.getEpochs().add(epoch);
        }
        String html = new RunReport(run, folder).html();
        assertTrue(html.contains("<h2>Distillation</h2>"), html);
        assertTrue(html.contains("70 of 280 training images (25%) with laterality covered (70 images, 0 epochs)"), html);
        assertTrue(html.contains("<tr><td>layer layer4</td><td class=\"num\">5</td><td class=\"num\">0.0702</td>"
                + "<td class=\"num\">9.88</td><td class=\"num\">4</td><td class=\"num\">2</td></tr>"), html);
    }

    @Test
    void theStudyCommandNamesAMissingOrMalformedExperiment(@TempDir Path folder) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        ConfounderLabCommand command = new ConfounderLabCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        Path missing = folder.resolve("none.experiment");
        assertEquals(ExitCode.BAD_INPUT, command.run("study", missing.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains(missing + ": no such file"));
        Path broken = folder.resolve("broken.experiment");
        Files.writeString(broken, "<experiment:Experiment xmlns:experiment=\"x\"\n  name=");
        err.reset();
        assertEquals(ExitCode.BAD_INPUT, command.run("study", broken.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("broken.experiment"), err.toString());
        err.reset();
        assertEquals(ExitCode.BAD_INPUT, command.run("study", broken.toString(), "--epochs", "zero"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--epochs must be a positive whole number"));
    }

    private static StudyArm arm(String name, ArmKind kind, double auc, double shifted, double masked, double p) {
        StudyArm arm = RunFactory.eINSTANCE.createStudyArm();
        arm.setName(name);
        arm.setKind(kind);
        arm.setRunId("run-" + name);
        arm.setRunPath("../../run-" + name + "/run.run");
        arm.setInDistributionAuc(auc);
        arm.setInDistributionAucLower(0.8);
        arm.setInDistributionAucUpper(0.87);
        arm.setShiftedAuc(shifted);
        arm.setShiftedAucLower(0.1);
        arm.setShiftedAucUpper(0.2);
        arm.setMaskedDeltaAuc(masked);
        arm.setMaskedDeltaAucLower(Double.isNaN(masked) ? Double.NaN : -0.35);
        arm.setMaskedDeltaAucUpper(Double.isNaN(masked) ? Double.NaN : -0.25);
        arm.setMaskedPValue(p);
        arm.setAttentionShare(0.4);
        arm.setAttentionShareLower(0.35);
        arm.setAttentionShareUpper(0.45);
        arm.setWorstGroup("present");
        arm.setWorstGroupAuc(0.437);
        arm.setWorstGroupAucLower(0.36);
        arm.setWorstGroupAucUpper(0.514);
        arm.setTprGap(0.9);
        arm.setTprGapLower(0.8);
        arm.setTprGapUpper(1.0);
        return arm;
    }

    private static LossTerm term(String name, double weight, double scale, double value) {
        LossTerm term = RunFactory.eINSTANCE.createLossTerm();
        term.setName(name);
        term.setWeight(weight);
        term.setScale(scale);
        term.setValue(value);
        return term;
    }
}
