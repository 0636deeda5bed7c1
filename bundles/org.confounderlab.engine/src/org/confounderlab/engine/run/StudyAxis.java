package org.confounderlab.engine.run;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import org.confounderlab.engine.data.Box;
import org.confounderlab.engine.data.ManifestEntry;
import org.confounderlab.model.experiment.ConfounderAttribute;
import org.confounderlab.model.experiment.Experiment;
import org.confounderlab.model.experiment.Region;
import org.confounderlab.model.run.Run;
import org.confounderlab.model.run.ShiftTest;

/**
 * What a study's shifted test set, worst group and TPR gap are built from: the confounder the experiment names
 * ({@code diagnostics.studyConfounder}: an attribute, or {@code region NAME}), else the one whose shift test drops the
 * baseline's AUC the most, else the first masked region or attribute. A confounder one value of which covers
 * {@value #NEARLY_ALL} or more of the test images (a region present in every image, an attribute with one value) is
 * refused: flipping it changes nothing, and its "worst group" is the whole test set. The choice carries a sentence that
 * says how it was made or why there is none.
 */
public final class StudyAxis {

    /** The share of the test images one value may cover at most. */
    public static final double NEARLY_ALL = 0.98;

    /** The prefix of a region axis, as in the shift tests' names. */
    static final String REGION = "region ";

    /**
     * A confounder as subgroups of the test images.
     *
     * @param name the attribute's name, or {@code region NAME}
     * @param region the region's name for a region axis, else {@code null}
     * @param groupOf each test image's subgroup ({@code null}: unknown)
     */
    public record Grouping(String name, String region, String[] groupOf) {
    }

    /**
     * The axis and how it was chosen.
     *
     * @param grouping the subgroups, {@code null} when no confounder serves
     * @param note how the axis was chosen, or why there is none
     */
    public record Choice(Grouping grouping, String note) {
    }

    private StudyAxis() {
    }

    /**
     * Why the confounder {@code experiment} names for the study cannot serve on {@code test}, or {@code null} when it
     * can (or none is named): checked before any arm trains.
     */
    public static String checkNamed(Experiment experiment, List<ManifestEntry> test) {
        String named = named(experiment);
        if (named == null) {
            return null;
        }
        Grouping grouping = grouping(experiment, named, test);
        if (grouping == null) {
            return "The study's confounder '" + named + "' (diagnostics.studyConfounder) is neither an attribute nor a "
                    + "region of the experiment; " + known(experiment);
        }
        String refusal = refusal(grouping);
        return refusal == null ? null : "The study's confounder '" + named + "' (diagnostics.studyConfounder) cannot "
                + "be the study's axis: " + refusal;
    }

    /** The axis for a study of {@code experiment} whose baseline run is {@code baseline}, on {@code test}. */
    public static Choice choose(Experiment experiment, Run baseline, String label, List<ManifestEntry> test) {
        String named = named(experiment);
        if (named != null) {
            Grouping grouping = grouping(experiment, named, test);
            String refusal = grouping == null ? "it is neither an attribute nor a region of the experiment"
                    : refusal(grouping);
            return refusal == null ? new Choice(grouping, "Axis: " + named + ", as the experiment names it "
                    + "(diagnostics.studyConfounder).") : new Choice(null, "No shifted test set, worst group or TPR "
                    + "gap: the experiment names '" + named + "' as the study's confounder, but " + refusal + ".");
        }
        List<String> refused = new ArrayList<>();
        List<ShiftTest> tests = baseline.getShiftTests().stream().filter(t -> label.equals(t.getLabel()))
                .sorted(Comparator.comparingDouble((ShiftTest t) -> t.getInDistributionAuc() - t.getAuc())
                        .reversed()).toList();
        for (ShiftTest shift : tests) {
            Grouping grouping = grouping(experiment, shift.getAttribute(), test);
            String refusal = grouping == null ? "not a confounder of the experiment" : refusal(grouping);
            if (refusal == null) {
                StringBuilder note = new StringBuilder(String.format(Locale.ROOT, "Axis: %s, the confounder whose "
                        + "shift test drops the baseline's AUC the most (%.3f → %.3f with its association flipped)",
                        shift.getAttribute(), shift.getInDistributionAuc(), shift.getAuc()));
                List<String> others = tests.stream().filter(t -> t != shift).limit(3).map(t -> String.format(
                        Locale.ROOT, "%s %.3f → %.3f", t.getAttribute(), t.getInDistributionAuc(), t.getAuc()))
                        .toList();
                note.append(others.isEmpty() ? "" : "; the others: " + String.join(", ", others));
                refused.forEach(r -> note.append("; refused: ").append(r));
                return new Choice(grouping, note.append(". Name another with diagnostics.studyConfounder.")
                        .toString());
            }
            refused.add(shift.getAttribute() + ": " + refusal);
        }
        Set<String> candidates = new LinkedHashSet<>();
        ExperimentRegions.masked(experiment).forEach(r -> candidates.add(REGION + r));
        if (experiment.getTraining().getRebalanceAttribute() != null) {
            candidates.add(experiment.getTraining().getRebalanceAttribute().getName());
        }
        experiment.getAttributes().forEach(a -> candidates.add(a.getName()));
        for (String candidate : candidates) {
            Grouping grouping = grouping(experiment, candidate, test);
            String refusal = grouping == null ? "not found" : refusal(grouping);
            if (refusal == null) {
                return new Choice(grouping, "Axis: " + candidate + " (the baseline has no shift test to choose by; "
                        + "the first masked region, else the rebalancing or first attribute)"
                        + (refused.isEmpty() ? "" : "; refused: " + String.join("; ", refused)) + ".");
            }
            if (refused.stream().noneMatch(r -> r.startsWith(candidate + ":"))) {
                refused.add(candidate + ": " + refusal);
            }
        }
        return new Choice(null, refused.isEmpty()
                ? "No shifted test set, worst group or TPR gap: the experiment has no attribute or masked region to "
                        + "build them from."
                : "No shifted test set, worst group or TPR gap: no confounder splits the test images into subgroups "
                        + "(" + String.join("; ", refused) + ").");
    }

    /** Why {@code grouping} cannot be an axis, or {@code null}. */
    public static String refusal(Grouping grouping) {
        Map<String, Integer> counts = new HashMap<>();
        int known = 0;
        for (String group : grouping.groupOf()) {
            if (group != null && !group.isBlank()) {
                counts.merge(group, 1, Integer::sum);
                known++;
            }
        }
        if (known == 0) {
            return "no test image has a value for it";
        }
        Map.Entry<String, Integer> largest = counts.entrySet().stream().max(Map.Entry.comparingByValue())
                .orElseThrow();
        if (counts.size() == 1 || largest.getValue() >= NEARLY_ALL * known) {
            String what = grouping.region() != null
                    ? (largest.getKey().equals("present") ? "the region is present in " : "the region is absent from ")
                    : counts.size() == 1 ? "it has one value ('" + largest.getKey() + "') in "
                            : "its value '" + largest.getKey() + "' covers ";
            return String.format(Locale.ROOT, "%s%d of the %d test images%s (%.0f %%): there is no other subgroup to "
                    + "flip its association with, and its worst group would be the whole test set", what,
                    largest.getValue(), known, known < grouping.groupOf().length ? " with a value" : "",
                    100.0 * largest.getValue() / known);
        }
        return null;
    }

    /** The subgroups of {@code name} (an attribute, or {@code region NAME}), or {@code null} if there is none. */
    public static Grouping grouping(Experiment experiment, String name, List<ManifestEntry> test) {
        if (name.startsWith(REGION)) {
            String region = name.substring(REGION.length()).strip();
            if (experiment.getRegions().stream().map(Region::getName).noneMatch(region::equals)) {
                return null;
            }
            Function<ManifestEntry, Map<String, Box>> regions = ExperimentRegions.of(experiment);
            return new Grouping(REGION + region, region, test.stream()
                    .map(e -> regions.apply(e).containsKey(region) ? "present" : "absent").toArray(String[]::new));
        }
        for (ConfounderAttribute attribute : experiment.getAttributes()) {
            if (attribute.getName().equals(name)) {
                return new Grouping(attribute.getName(), null, DiagnoseStage.groups(attribute, test));
            }
        }
        return null;
    }

    private static String named(Experiment experiment) {
        String named = experiment.getDiagnostics() == null ? null : experiment.getDiagnostics().getStudyConfounder();
        return named == null || named.isBlank() ? null : named.strip();
    }

    private static String known(Experiment experiment) {
        List<String> names = new ArrayList<>(experiment.getAttributes().stream().map(ConfounderAttribute::getName)
                .toList());
        experiment.getRegions().stream().map(r -> REGION + r.getName()).filter(Objects::nonNull).forEach(names::add);
        return names.isEmpty() ? "it has none" : "it has " + String.join(", ", names);
    }
}
