package org.confounderlab.engine.audit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.TreeSet;

import org.confounderlab.engine.data.ManifestEntry;

/**
 * One attribute's subgroup per entry, and for numeric attributes its raw values: what the auditor tabulates.
 *
 * @param name   attribute name as reported
 * @param kind   how the attribute is treated
 * @param groups subgroup names in table order
 * @param group  index into {@code groups} per entry
 * @param values raw numeric value per entry (NaN when unknown), {@code null} unless numeric
 */
record AttributeColumn(String name, AttributeKind kind, List<String> groups, int[] group, double[] values) {

    /** The subgroup of entries whose attribute is unknown. */
    static final String MISSING = "(missing)";

    /** Attributes with more distinct numeric values than this are binned; fewer are treated as categories. */
    static final int QUANTILE_BINS = 4;

    /** The column of a text attribute: numeric when every known value is a finite number and there are many. */
    static AttributeColumn ofAttribute(String name, List<ManifestEntry> entries) {
        String[] raw = new String[entries.size()];
        double[] numbers = new double[entries.size()];
        boolean numeric = true;
        TreeSet<Double> distinct = new TreeSet<>();
        for (int i = 0; i < raw.length; i++) {
            String value = entries.get(i).attributes().get(name);
            raw[i] = value == null || value.isBlank() ? null : value.strip();
            numbers[i] = Double.NaN;
            if (raw[i] != null && numeric) {
                numbers[i] = parse(raw[i]);
                numeric = !Double.isNaN(numbers[i]);
                distinct.add(numbers[i]);
            }
        }
        if (numeric && distinct.size() > QUANTILE_BINS) {
            return numeric(name, numbers);
        }
        return categorical(name, raw);
    }

    /**
     * The column of a property measured per entry ({@code NaN} when unknown): numeric when it has more than
     * {@value #QUANTILE_BINS} distinct values, else one subgroup per value (a bit depth of 8 or 16).
     */
    static AttributeColumn ofValues(String name, double[] values) {
        long distinct = java.util.Arrays.stream(values).filter(v -> !Double.isNaN(v)).distinct().count();
        if (distinct > QUANTILE_BINS) {
            return numeric(name, values);
        }
        String[] raw = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            raw[i] = Double.isNaN(values[i]) ? null : values[i] == Math.rint(values[i])
                    ? Long.toString((long) values[i]) : Double.toString(values[i]);
        }
        return categorical(name, raw);
    }

    /** The column of a text measured per entry ({@code null} when unknown), one subgroup per value. */
    static AttributeColumn ofTexts(String name, String[] values) {
        return categorical(name, values.clone());
    }

    /** The present/absent column of a region. */
    static AttributeColumn ofRegion(String region, List<ManifestEntry> entries) {
        int[] group = new int[entries.size()];
        for (int i = 0; i < group.length; i++) {
            group[i] = entries.get(i).regions().containsKey(region) ? 0 : 1;
        }
        return new AttributeColumn("region:" + region, AttributeKind.REGION, List.of("present", "absent"), group,
                null);
    }

    private static double parse(String text) {
        try {
            double value = Double.parseDouble(text);
            return Double.isFinite(value) ? value : Double.NaN;
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static AttributeColumn categorical(String name, String[] raw) {
        List<String> groups = new ArrayList<>(new TreeSet<>(Arrays.stream(raw).filter(v -> v != null).toList()));
        boolean anyMissing = Arrays.stream(raw).anyMatch(v -> v == null);
        if (anyMissing) {
            groups.add(MISSING);
        }
        // a map, not indexOf: identifier-like attributes can have as many values as there are images
        Map<String, Integer> index = new HashMap<>();
        for (int g = 0; g < groups.size(); g++) {
            index.put(groups.get(g), g);
        }
        int[] group = new int[raw.length];
        for (int i = 0; i < raw.length; i++) {
            group[i] = raw[i] == null ? groups.size() - 1 : index.get(raw[i]);
        }
        return new AttributeColumn(name, AttributeKind.CATEGORICAL, groups, group, null);
    }

    /**
     * Quantile bins: with the known values sorted, v₁ ≤ … ≤ vₘ, the cut points are v at positions ⌈k·m/4⌉ for
     * k = 1…3, and a value's bin is the number of distinct cut points below it, so tied values share a bin.
     */
    private static AttributeColumn numeric(String name, double[] values) {
        double[] known = Arrays.stream(values).filter(v -> !Double.isNaN(v)).sorted().toArray();
        double[] cuts = new double[QUANTILE_BINS - 1];
        for (int k = 1; k < QUANTILE_BINS; k++) {
            cuts[k - 1] = known[(int) Math.ceil(k * known.length / (double) QUANTILE_BINS) - 1];
        }
        cuts = Arrays.stream(cuts).distinct().toArray();
        int bins = cuts.length + 1;
        double[] low = new double[bins];
        double[] high = new double[bins];
        Arrays.fill(low, Double.POSITIVE_INFINITY);
        Arrays.fill(high, Double.NEGATIVE_INFINITY);
        int[] group = new int[values.length];
        boolean anyMissing = false;
        for (int i = 0; i < values.length; i++) {
            if (Double.isNaN(values[i])) {
                group[i] = bins;
                anyMissing = true;
                continue;
            }
            int bin = 0;
            while (bin < cuts.length && values[i] > cuts[bin]) {
                bin++;
            }
            group[i] = bin;
            low[bin] = Math.min(low[bin], values[i]);
            high[bin] = Math.max(high[bin], values[i]);
        }
        List<String> groups = new ArrayList<>();
        for (int b = 0; b < bins; b++) {
            groups.add("Q" + (b + 1) + " [" + format(low[b]) + ", " + format(high[b]) + "]");
        }
        if (anyMissing) {
            groups.add(MISSING);
        }
        return new AttributeColumn(name, AttributeKind.NUMERIC, groups, group, values);
    }

    /** A number as short as it can be printed without losing what matters in a bin label. */
    static String format(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return String.format(Locale.ROOT, "%.4g", value);
    }
}
