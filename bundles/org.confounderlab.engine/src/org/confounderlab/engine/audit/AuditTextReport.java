package org.confounderlab.engine.audit;

import java.io.PrintStream;
import java.util.Locale;

/** Prints a {@link DatasetAudit} as plain-text tables, one block per label. */
public final class AuditTextReport {

    private AuditTextReport() {
    }

    /** Writes the audit to {@code out}. */
    public static void print(DatasetAudit audit, PrintStream out) {
        out.printf(Locale.ROOT, "data set: %d images, %d patients%n", audit.entries(), audit.patients());
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
                        out.printf(Locale.ROOT, "    %-30s n=%-7d positive=%-7d prevalence=%s%n", s.value(), s.n(),
                                s.positives(), number(s.prevalence()));
                    }
                }
            }
        }
    }

    private static String number(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.4f", value);
    }

    private static String pValue(double p) {
        if (Double.isNaN(p)) {
            return "-";
        }
        return p < 1e-4 ? String.format(Locale.ROOT, "%.2e", p) : String.format(Locale.ROOT, "%.4f", p);
    }
}
