package org.confounderlab.engine.report;

import java.util.ArrayList;
import java.util.List;

import org.confounderlab.engine.run.StudyRunner;
import org.confounderlab.model.run.ArmComparison;
import org.confounderlab.model.run.Study;
import org.confounderlab.model.run.StudyArm;

/**
 * A study's two tables as text cells, the same in the HTML report and the workbench: one row per arm (AUC on the test
 * set and on the flipped one, masked ΔAUC with its p, Grad-CAM share, worst-group AUC, TPR gap, each with its interval),
 * and one row per paired DeLong test of an arm against the baseline.
 */
public final class StudyTable {

    /** The arm table's column titles. */
    public static final List<String> ARM_COLUMNS = List.of("Arm", "Run", "AUC", "AUC shifted", "ΔAUC masked", "p masked",
            "Grad-CAM share", "Worst group", "Worst-group AUC", "TPR gap");
    /** The over-seeds table's column titles: each figure's mean over the seeds with its t interval. */
    public static final List<String> SEED_COLUMNS = List.of("Arm", "Seeds", "AUC", "AUC shifted", "ΔAUC masked",
            "Worst-group AUC", "TPR gap");
    /** The columns of both tables that hold words, not numbers. */
    public static final java.util.Set<String> TEXT_COLUMNS = java.util.Set.of("Arm", "Run", "Worst group", "Against",
            "Test set", "Test");
    /** The comparison table's column titles. */
    public static final List<String> COMPARISON_COLUMNS = List.of("Arm", "Against", "Test set", "n", "ΔAUC",
            "CI", "p", "Test");

    private StudyTable() {
    }

    /** One row of cells per arm, in {@link #ARM_COLUMNS} order. */
    public static List<List<String>> armRows(Study study) {
        List<List<String>> rows = new ArrayList<>();
        for (StudyArm arm : study.getArms()) {
            String name = arm.isFailedToLearn() ? arm.getName() + " (did not learn)" : arm.getName();
            rows.add(List.of(name, arm.getRunId() == null ? Formats.MISSING : arm.getRunId(),
                    withInterval(arm.getInDistributionAuc(), arm.getInDistributionAucLower(),
                            arm.getInDistributionAucUpper(), false),
                    withInterval(arm.getShiftedAuc(), arm.getShiftedAucLower(), arm.getShiftedAucUpper(), false),
                    withInterval(arm.getMaskedDeltaAuc(), arm.getMaskedDeltaAucLower(), arm.getMaskedDeltaAucUpper(),
                            true),
                    Formats.pValue(arm.getMaskedPValue()),
                    withInterval(arm.getAttentionShare(), arm.getAttentionShareLower(), arm.getAttentionShareUpper(),
                            false),
                    arm.getWorstGroup() == null ? Formats.MISSING : arm.getWorstGroup(),
                    withInterval(arm.getWorstGroupAuc(), arm.getWorstGroupAucLower(), arm.getWorstGroupAucUpper(),
                            false),
                    withInterval(arm.getTprGap(), arm.getTprGapLower(), arm.getTprGapUpper(), false)));
        }
        return rows;
    }

    /**
     * With several seeds, one row per arm in {@link #SEED_COLUMNS} order, each figure's mean over the seeds with its t
     * interval; empty with one seed (the arm table then says it all).
     */
    public static List<List<String>> seedRows(Study study) {
        List<List<String>> rows = new ArrayList<>();
        if (study.getSeeds() < 2) {
            return rows;
        }
        for (StudyArm arm : study.getArms()) {
            rows.add(List.of(arm.getName(), Integer.toString(arm.getSeedRunPaths().size()),
                    withInterval(arm.getInDistributionAucSeedMean(), arm.getInDistributionAucSeedLower(),
                            arm.getInDistributionAucSeedUpper(), false),
                    withInterval(arm.getShiftedAucSeedMean(), arm.getShiftedAucSeedLower(),
                            arm.getShiftedAucSeedUpper(), false),
                    withInterval(arm.getMaskedDeltaAucSeedMean(), arm.getMaskedDeltaAucSeedLower(),
                            arm.getMaskedDeltaAucSeedUpper(), true),
                    withInterval(arm.getWorstGroupAucSeedMean(), arm.getWorstGroupAucSeedLower(),
                            arm.getWorstGroupAucSeedUpper(), false),
                    withInterval(arm.getTprGapSeedMean(), arm.getTprGapSeedLower(), arm.getTprGapSeedUpper(),
                            false)));
        }
        return rows;
    }

    /** One row of cells per comparison, in {@link #COMPARISON_COLUMNS} order. */
    public static List<List<String>> comparisonRows(Study study) {
        List<List<String>> rows = new ArrayList<>();
        for (ArmComparison comparison : study.getComparisons()) {
            rows.add(List.of(comparison.getArm(), comparison.getBaseline(), comparison.getTestSet(),
                    Integer.toString(comparison.getCases()), Formats.signed(comparison.getDeltaAuc(), 3),
                    Formats.interval(comparison.getCiLower(), comparison.getCiUpper(), 3),
                    Formats.pValue(comparison.getPValue()),
                    comparison.getMethod() == null ? "DeLong, paired" : comparison.getMethod()));
        }
        return rows;
    }

    /** What the flipped test set is, in one sentence. */
    public static String shiftDescription(Study study) {
        String note = study.getShiftNote() == null || study.getShiftNote().isBlank() ? "" : " " + study.getShiftNote();
        String patients = study.getPatients() > 0 ? " " + study.getPatients() + " patients among the test images"
                + (study.getComparisons().stream().anyMatch(c -> c.getMethod() != null
                        && c.getMethod().contains("clustered")) ? ": intervals and tests are clustered by patient."
                                : ".") : "";
        if (study.getShiftGrouping() == null || study.getShiftGrouping().isEmpty()) {
            return (note.isEmpty() ? "No shifted test set: the experiment names no masking region or attribute to "
                    + "flip." : note.strip()) + patients;
        }
        String text = "Shifted test set: " + study.getShiftCases() + " test images (" + study.getShiftPositives()
                + " positive) re-sampled so that " + study.getShiftGrouping() + "'s association with "
                + study.getLabel() + " is reversed: " + study.getShiftGroups() + ".";
        int negatives = study.getShiftCases() - study.getShiftPositives();
        if (Math.min(study.getShiftPositives(), negatives) < StudyRunner.MIN_PER_CLASS) {
            text += " Too few of each class to test on (at least " + StudyRunner.MIN_PER_CLASS + " positives and "
                    + StudyRunner.MIN_PER_CLASS + " negatives): the association is nearly deterministic in the test "
                    + "images; more test images or a weaker confounder give a larger flipped set.";
        }
        return text + note + patients;
    }

    /** "0.812 [0.760, 0.864]", or the value alone without an interval. */
    static String withInterval(double value, double lower, double upper, boolean signed) {
        String text = signed ? Formats.signed(value, 3) : Formats.fixed(value, 3);
        String interval = Formats.interval(lower, upper, 3);
        return interval.isEmpty() || !Double.isFinite(value) ? text : text + " " + interval;
    }
}
