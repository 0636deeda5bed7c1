package org.confounderlab.engine.audit;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.confounderlab.engine.data.LabelValue;
import org.confounderlab.engine.data.Manifest;
import org.confounderlab.engine.data.ManifestEntry;
import org.confounderlab.engine.data.SplitName;
import org.confounderlab.engine.imageproperties.ImageProperty;
import org.confounderlab.engine.imageproperties.ImagePropertyTable;
import org.confounderlab.engine.stats.ChiSquareTest;
import org.confounderlab.engine.stats.AucStatistics;
import org.confounderlab.engine.stats.DeLongAuc;
import org.confounderlab.engine.stats.NormalDistribution;
import org.confounderlab.engine.stats.ContingencyTable;
import org.confounderlab.engine.stats.RankAuc;

/**
 * Audits a data set for shortcuts: for every attribute and region presence against every binary label, the
 * subgroup prevalences, a chi-square test, Cramér's V, mutual information and the AUC of the attribute alone.
 * Only positive and negative label values count; uncertain and missing values are counted in {@link LabelSummary}.
 */
public final class DatasetAuditor {

    private static final List<String> LABEL_COLUMNS = List.of("0", "1");

    /** Audits every label of the manifest. */
    public DatasetAudit audit(Manifest manifest) {
        return audit(manifest, manifest.labelNames());
    }

    /** Audits the named labels of the manifest. */
    public DatasetAudit audit(Manifest manifest, List<String> labels) {
        return audit(manifest, labels, null);
    }

    /**
     * Audits the named labels of the manifest and, when {@code properties} (measured over the manifest's entries,
     * in order) is given, every image property that varies over them like a numeric attribute, with its AUC's DeLong interval and its
     * drift between the data set's own training and test images.
     */
    public DatasetAudit audit(Manifest manifest, List<String> labels, ImagePropertyTable properties) {
        return audit(manifest, labels, properties, null);
    }

    /**
     * As {@link #audit(Manifest, List, ImagePropertyTable)}, the drift measured between the training and test images
     * of {@code splits} (one per manifest entry, in order; null entries in neither) instead of the official split:
     * a run's own split.
     */
    public DatasetAudit audit(Manifest manifest, List<String> labels, ImagePropertyTable properties,
            SplitName[] splits) {
        List<ManifestEntry> entries = manifest.entries();
        if (splits != null && splits.length != entries.size()) {
            throw new IllegalArgumentException(splits.length + " splits for " + entries.size() + " entries");
        }
        SplitName[] splitOf = splits != null ? splits
                : entries.stream().map(ManifestEntry::officialSplit).toArray(SplitName[]::new);
        if (properties != null && properties.size() != entries.size()) {
            throw new IllegalArgumentException("image properties of " + properties.size() + " images for "
                    + entries.size() + " entries");
        }
        List<AttributeColumn> columns = new ArrayList<>();
        for (String attribute : manifest.attributeNames()) {
            columns.add(AttributeColumn.ofAttribute(attribute, entries));
        }
        for (String region : manifest.regionNames()) {
            // A region named after a label is that finding's box (ChestX-ray14's lesion boxes), not a marker: whether
            // an image has one says which images were annotated, not what a model could shortcut on.
            if (!manifest.labelNames().contains(region)) {
                columns.add(AttributeColumn.ofRegion(region, entries));
            }
        }
        List<ImageProperty> measured = properties == null ? List.of()
                : java.util.Arrays.stream(ImageProperty.values()).filter(properties::varies).toList();
        for (ImageProperty property : measured) {
            columns.add(AttributeColumn.ofValues(property.attribute(), properties.values(property)));
        }
        if (properties != null && properties.formatsVary()) {
            columns.add(AttributeColumn.ofTexts(ImageProperty.FORMAT, properties.formats()));
        }
        List<LabelSummary> summaries = new ArrayList<>();
        List<AttributeLabelAssociation> associations = new ArrayList<>();
        List<ImagePropertyAssociation> propertyAssociations = new ArrayList<>();
        for (String label : labels) {
            summaries.add(summarize(label, entries));
            for (AttributeColumn column : columns) {
                associations.add(associate(column, label, entries));
            }
            for (ImageProperty property : measured) {
                ImagePropertyAssociation association = imageProperty(property, properties.values(property), label,
                        entries, splitOf);
                if (association != null) {
                    propertyAssociations.add(association);
                }
            }
        }
        Set<String> patients = new HashSet<>();
        entries.forEach(e -> patients.add(e.patientId()));
        return new DatasetAudit(entries.size(), patients.size(), summaries, associations,
                PlausibilityChecks.of(manifest, associations), propertyAssociations);
    }

    /** Fewest images on each side for an AUC's interval or a drift test. */
    static final int SMALLEST_GROUP = 5;

    private static ImagePropertyAssociation imageProperty(ImageProperty property, double[] values, String label,
            List<ManifestEntry> entries, SplitName[] splits) {
        List<Double> scores = new ArrayList<>();
        List<Integer> positive = new ArrayList<>();
        List<String> patients = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            LabelValue value = entries.get(i).label(label);
            if (!Double.isNaN(values[i]) && (value == LabelValue.POSITIVE || value == LabelValue.NEGATIVE)) {
                scores.add(values[i]);
                positive.add(value == LabelValue.POSITIVE ? 1 : 0);
                patients.add(entries.get(i).patientId());
            }
        }
        // several images of one patient are no independent evidence: the interval is clustered by patient then
        AucStatistics statistics = AucStatistics.of(patients);
        long cases = positive.stream().filter(p -> p == 1).count();
        if (cases < SMALLEST_GROUP || positive.size() - cases < SMALLEST_GROUP) {
            return null;
        }
        double[] s = scores.stream().mapToDouble(Double::doubleValue).toArray();
        int[] y = positive.stream().mapToInt(Integer::intValue).toArray();
        DeLongAuc auc = statistics.auc(s, y, 0.95);
        AucDirection direction = AucDirection.HIGHER_IS_POSITIVE;
        if (auc.auc() < 0.5) {
            for (int i = 0; i < s.length; i++) {
                s[i] = -s[i];
            }
            auc = statistics.auc(s, y, 0.95);
            direction = AucDirection.LOWER_IS_POSITIVE;
        }
        List<Double> drifting = new ArrayList<>();
        List<Integer> test = new ArrayList<>();
        List<String> driftPatients = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            SplitName split = splits[i];
            if (!Double.isNaN(values[i]) && (split == SplitName.TRAIN || split == SplitName.TEST)) {
                drifting.add(values[i]);
                test.add(split == SplitName.TEST ? 1 : 0);
                driftPatients.add(entries.get(i).patientId());
            }
        }
        long tests = test.stream().filter(t -> t == 1).count();
        DeLongAuc drift = null;
        double driftP = Double.NaN;
        if (tests >= SMALLEST_GROUP && test.size() - tests >= SMALLEST_GROUP) {
            drift = AucStatistics.of(driftPatients).auc(drifting.stream().mapToDouble(Double::doubleValue).toArray(),
                    test.stream().mapToInt(Integer::intValue).toArray(), 0.95);
            driftP = drift.variance() > 0 ? NormalDistribution.twoSidedP((drift.auc() - 0.5)
                    / Math.sqrt(drift.variance())) : drift.auc() == 0.5 ? 1 : 0;
        }
        return new ImagePropertyAssociation(property.attribute(), label, s.length, auc, direction, drift, driftP);
    }

    private static LabelSummary summarize(String label, List<ManifestEntry> entries) {
        long[] counts = new long[LabelValue.values().length];
        entries.forEach(e -> counts[e.label(label).ordinal()]++);
        long positives = counts[LabelValue.POSITIVE.ordinal()];
        long negatives = counts[LabelValue.NEGATIVE.ordinal()];
        return new LabelSummary(label, positives, negatives, counts[LabelValue.UNCERTAIN.ordinal()],
                counts[LabelValue.MISSING.ordinal()], ratio(positives, positives + negatives));
    }

    private static AttributeLabelAssociation associate(AttributeColumn column, String label,
            List<ManifestEntry> entries) {
        int groups = column.groups().size();
        long[][] counts = new long[groups][2];
        List<Integer> used = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            LabelValue value = entries.get(i).label(label);
            if (value == LabelValue.POSITIVE || value == LabelValue.NEGATIVE) {
                counts[column.group()[i]][value == LabelValue.POSITIVE ? 1 : 0]++;
                used.add(i);
            }
        }
        List<SubgroupPrevalence> subgroups = new ArrayList<>();
        for (int g = 0; g < groups; g++) {
            long n = counts[g][0] + counts[g][1];
            subgroups.add(new SubgroupPrevalence(column.groups().get(g), n, counts[g][1], ratio(counts[g][1], n)));
        }
        ContingencyTable table = new ContingencyTable(column.groups(), LABEL_COLUMNS, counts);
        ChiSquareTest test = table.chiSquareTest();
        double auc;
        AucDirection direction;
        if (column.kind() == AttributeKind.NUMERIC) {
            auc = numericAuc(column.values(), used, entries, label);
            direction = auc < 0.5 ? AucDirection.LOWER_IS_POSITIVE : AucDirection.HIGHER_IS_POSITIVE;
            auc = Double.isNaN(auc) ? auc : Math.max(auc, 1 - auc);
        } else {
            auc = prevalenceAuc(column.group(), subgroups, used, entries, label);
            direction = AucDirection.SUBGROUP_PREVALENCE;
        }
        return new AttributeLabelAssociation(column.name(), column.kind(), label, used.size(), subgroups, table,
                test, table.cramersV(), table.mutualInformationNats(), auc, direction);
    }

    // Scored by in-sample subgroup prevalence: an optimistic AUC, which is the point — it shows how much of the
    // label a model could read off the attribute alone.
    private static double prevalenceAuc(int[] group, List<SubgroupPrevalence> subgroups, List<Integer> used,
            List<ManifestEntry> entries, String label) {
        double[] scores = new double[used.size()];
        boolean[] positive = new boolean[used.size()];
        for (int k = 0; k < scores.length; k++) {
            int i = used.get(k);
            scores[k] = subgroups.get(group[i]).prevalence();
            positive[k] = entries.get(i).label(label) == LabelValue.POSITIVE;
        }
        return RankAuc.auc(scores, positive);
    }

    private static double numericAuc(double[] values, List<Integer> used, List<ManifestEntry> entries,
            String label) {
        List<Integer> known = used.stream().filter(i -> !Double.isNaN(values[i])).toList();
        double[] scores = new double[known.size()];
        boolean[] positive = new boolean[known.size()];
        for (int k = 0; k < scores.length; k++) {
            scores[k] = values[known.get(k)];
            positive[k] = entries.get(known.get(k)).label(label) == LabelValue.POSITIVE;
        }
        return RankAuc.auc(scores, positive);
    }

    private static double ratio(long part, long whole) {
        return whole == 0 ? Double.NaN : part / (double) whole;
    }
}
