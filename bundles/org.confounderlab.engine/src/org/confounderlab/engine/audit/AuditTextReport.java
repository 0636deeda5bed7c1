package org.confounderlab.engine.audit;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Prints a {@link DatasetAudit} as plain-text tables: a summary, strongest associations first, then per label. */
public final class AuditTextReport {

    private AuditTextReport() {
    }

    /** Labels up to which the full table of every label follows the summary. */
    static final int DETAILED_LABELS = 3;
    /** Rows of the summary table. */
    static final int SUMMARY_ROWS = 40;

    /**
     * Writes the audit to {@code out}: the summary table, strongest associations first, then (for up to
     * {@value #DETAILED_LABELS} labels) each label's full table and subgroup prevalences.
     */
    public static void print(DatasetAudit audit, PrintStream out) {
        out.printf(Locale.ROOT, "data set: %d images, %d patients%n", audit.entries(), audit.patients());
        warnings(audit, out);
        summary(audit, out);
        imageProperties(audit, out);
        if (audit.labels().size() <= DETAILED_LABELS) {
            details(audit, out);
        } else {
            out.printf(Locale.ROOT, "%n(%d labels: audit fewer with --label for each label's full tables, or use "
                    + "--json)%n", audit.labels().size());
        }
    }

    /**
     * One row per label × attribute, by Cramér's V (largest first), with the share among the label's positives and
     * negatives of one value per attribute: the value most over-represented among the positives of the attribute's
     * strongest association (AP for View Position when Edema is its strongest), the same value on every row of the
     * attribute so that the rows compare.
     */
    static void summary(DatasetAudit audit, PrintStream out) {
        List<AttributeLabelAssociation> rows = new ArrayList<>(audit.associations());
        rows.sort(Comparator.comparingDouble((AttributeLabelAssociation a) -> Double.isNaN(a.cramersV()) ? -1
                : a.cramersV()).reversed());
        Map<String, String> shown = new HashMap<>();
        for (AttributeLabelAssociation a : rows) {
            if (!shown.containsKey(a.attribute()) && a.mostOverRepresented() != null) {
                shown.put(a.attribute(), a.mostOverRepresented());
            }
        }
        out.println();
        out.println("associations, strongest first (V: Cramér's V; AUC: the attribute alone predicting the label; "
                + "share of one value among the label's positive and negative images):");
        out.printf(Locale.ROOT, "  %-22s %-20s %8s %7s %9s %6s  %-16s %9s %9s%n", "label", "attribute", "n", "V", "p",
                "AUC", "value", "positives", "negatives");
        for (AttributeLabelAssociation a : rows.subList(0, Math.min(SUMMARY_ROWS, rows.size()))) {
            String value = shown.get(a.attribute());
            out.printf(Locale.ROOT, "  %-22s %-20s %8d %7s %9s %6s  %-16s %9s %9s%n", clip(a.label(), 22),
                    clip(a.attribute(), 20), a.n(), number(a.cramersV(), 3), pValue(a.pValue()),
                    number(a.attributeOnlyAuc(), 3), value == null ? "-" : clip(value, 16),
                    value == null ? "-" : percent(a.shareAmongPositives(value)),
                    value == null ? "-" : percent(a.shareAmongNegatives(value)));
        }
        if (rows.size() > SUMMARY_ROWS) {
            out.printf(Locale.ROOT, "  … and %d weaker ones (--json lists all)%n", rows.size() - SUMMARY_ROWS);
        }
    }

    /**
     * The image properties measured from the pixels, strongest first for each label: the AUC of the property alone
     * with its DeLong interval, which way it points, and its drift between the official training and test images.
     */
    static void imageProperties(DatasetAudit audit, PrintStream out) {
        if (audit.imageProperties().isEmpty()) {
            return;
        }
        List<ImagePropertyAssociation> rows = new ArrayList<>(audit.imageProperties());
        rows.sort(Comparator.comparing(ImagePropertyAssociation::label).thenComparing(
                Comparator.comparingDouble((ImagePropertyAssociation a) -> a.auc().auc()).reversed()));
        out.println();
        out.println("image properties, measured from the pixels, strongest first (AUC: the property alone predicting "
                + "the label, 95 % DeLong CI; drift: the property telling the official test images from the training "
                + "images, 0.5 = none):");
        out.printf(Locale.ROOT, "  %-22s %-26s %8s %6s %15s  %-7s %6s %9s%n", "label", "property", "n", "AUC",
                "95 % CI", "higher", "drift", "p");
        for (ImagePropertyAssociation a : rows) {
            out.printf(Locale.ROOT, "  %-22s %-26s %8d %6s %15s  %-7s %6s %9s%n", clip(a.label(), 22),
                    clip(a.property(), 26), a.n(), number(a.auc().auc(), 3), "[" + number(a.auc().lower(), 3) + ", "
                            + number(a.auc().upper(), 3) + "]",
                    a.direction() == AucDirection.HIGHER_IS_POSITIVE ? "pos" : "neg",
                    a.drift() == null ? "-" : number(a.drift().auc(), 3), a.drift() == null ? "-" : pValue(a.driftP()));
        }
    }

    /** The plausibility and leak warnings, each with its first examples. */
    static void warnings(DatasetAudit audit, PrintStream out) {
        if (audit.warnings().isEmpty()) {
            return;
        }
        out.println();
        out.println("warnings (" + audit.warnings().size() + "):");
        for (AuditWarning warning : audit.warnings()) {
            out.println("  ! " + warning.message());
            if (!warning.examples().isEmpty()) {
                out.println("      e.g. " + String.join("; ", warning.examples()));
            }
        }
    }

    private static void details(DatasetAudit audit, PrintStream out) {
        for (LabelSummary label : audit.labels()) {
            out.println();
            out.printf(Locale.ROOT, "label %s: %d positive, %d negative, %d uncertain, %d missing"
                    + " (prevalence %s; uncertain and missing excluded)%n", label.label(), label.positives(),
                    label.negatives(), label.uncertain(), label.missing(), number(label.prevalence()));
            out.printf(Locale.ROOT, "  %-24s %-11s %7s %10s %3s %10s %7s %9s %7s %s%n", "attribute", "kind", "n",
                    "chi2", "df", "p", "V", "MI(bits)", "AUC", "AUC by");
            for (AttributeLabelAssociation a : audit.associations()) {
                if (a.label().equals(label.label())) {
                    out.printf(Locale.ROOT, "  %-24s %-11s %7d %10s %3d %10s %7s %9s %7s %s%n", a.attribute(),
                            a.kind().name().toLowerCase(Locale.ROOT), a.n(), number(a.chiSquare().statistic()),
                            a.chiSquare().degreesOfFreedom(), pValue(a.pValue()), number(a.cramersV()),
                            number(a.mutualInformationBits()), number(a.attributeOnlyAuc()),
                            a.aucDirection().name().toLowerCase(Locale.ROOT).replace('_', ' '));
                }
            }
            for (AttributeLabelAssociation a : audit.associations()) {
                if (a.label().equals(label.label())) {
                    out.printf(Locale.ROOT, "  prevalence of %s by %s:%n", a.label(), a.attribute());
                    for (SubgroupPrevalence s : a.subgroups()) {
                        out.printf(Locale.ROOT, "    %-30s n=%-7d positive=%-7d prevalence=%s  share of positives "
                                + "%s, of negatives %s%n", s.value(), s.n(), s.positives(), number(s.prevalence()),
                                percent(a.shareAmongPositives(s.value())), percent(a.shareAmongNegatives(s.value())));
                    }
                }
            }
        }
    }

    private static String number(double value, int decimals) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    private static String percent(double share) {
        return Double.isNaN(share) ? "-" : String.format(Locale.ROOT, "%.1f %%", 100 * share);
    }

    private static String clip(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 1) + "…";
    }

    private static String number(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.4f", value);
    }

    private static String pValue(double p) {
        if (Double.isNaN(p)) {
            return "-";
        }
        if (p == 0) {
            return "<1e-300"; // below what a double holds
        }
        return p < 1e-4 ? String.format(Locale.ROOT, "%.2e", p) : String.format(Locale.ROOT, "%.4f", p);
    }
}
