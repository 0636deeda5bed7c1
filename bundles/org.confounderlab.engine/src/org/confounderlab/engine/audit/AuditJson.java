package org.confounderlab.engine.audit;

import java.util.List;

import org.confounderlab.engine.stats.ContingencyTable;

/**
 * Writes a {@link DatasetAudit} as JSON by hand (the engine has no JSON library). Non-finite numbers are written
 * as {@code null}; mutual information is given both in nats and in bits.
 */
public final class AuditJson {

    private AuditJson() {
    }

    /** The audit as one JSON object. */
    public static String toJson(DatasetAudit audit) {
        StringBuilder json = new StringBuilder();
        json.append("{\n  \"entries\": ").append(audit.entries());
        json.append(",\n  \"patients\": ").append(audit.patients());
        json.append(",\n  \"labels\": [");
        String separator = "\n    ";
        for (LabelSummary label : audit.labels()) {
            json.append(separator).append("{\"label\": ").append(string(label.label()))
                    .append(", \"positives\": ").append(label.positives())
                    .append(", \"negatives\": ").append(label.negatives())
                    .append(", \"uncertain\": ").append(label.uncertain())
                    .append(", \"missing\": ").append(label.missing())
                    .append(", \"prevalence\": ").append(number(label.prevalence())).append('}');
            separator = ",\n    ";
        }
        json.append("\n  ],\n  \"associations\": [");
        separator = "\n    ";
        for (AttributeLabelAssociation a : audit.associations()) {
            json.append(separator);
            association(a, json);
            separator = ",\n    ";
        }
        json.append("\n  ],\n  \"warnings\": [");
        separator = "\n    ";
        for (AuditWarning w : audit.warnings()) {
            json.append(separator).append("{\"kind\": ").append(string(w.kind().name().toLowerCase(
                    java.util.Locale.ROOT))).append(", \"attribute\": ").append(w.attribute() == null ? "null"
                            : string(w.attribute())).append(", \"label\": ").append(w.label() == null ? "null"
                                    : string(w.label())).append(", \"count\": ").append(w.count())
                    .append(", \"message\": ").append(string(w.message())).append(", \"examples\": [");
            String comma = "";
            for (String example : w.examples()) {
                json.append(comma).append(string(example));
                comma = ", ";
            }
            json.append("]}");
            separator = ",\n    ";
        }
        json.append("\n  ],\n  \"image_properties\": [");
        separator = "\n    ";
        for (ImagePropertyAssociation p : audit.imageProperties()) {
            json.append(separator).append("{\"property\": ").append(string(p.property()))
                    .append(", \"label\": ").append(string(p.label())).append(", \"n\": ").append(p.n())
                    .append(", \"auc\": ").append(number(p.auc().auc()))
                    .append(", \"auc_lower\": ").append(number(p.auc().lower()))
                    .append(", \"auc_upper\": ").append(number(p.auc().upper()))
                    .append(", \"direction\": ").append(string(p.direction().name().toLowerCase(
                            java.util.Locale.ROOT)))
                    .append(", \"drift_auc\": ").append(p.drift() == null ? "null" : number(p.drift().auc()))
                    .append(", \"drift_p\": ").append(number(p.driftP())).append('}');
            separator = ",\n    ";
        }
        return json.append("\n  ]\n}\n").toString();
    }

    private static void association(AttributeLabelAssociation a, StringBuilder json) {
        json.append("{\"attribute\": ").append(string(a.attribute()))
                .append(", \"kind\": ").append(string(a.kind().name().toLowerCase(java.util.Locale.ROOT)))
                .append(", \"label\": ").append(string(a.label()))
                .append(", \"n\": ").append(a.n())
                .append(", \"chiSquare\": ").append(number(a.chiSquare().statistic()))
                .append(", \"degreesOfFreedom\": ").append(a.chiSquare().degreesOfFreedom())
                .append(", \"pValue\": ").append(number(a.pValue()))
                .append(", \"cramersV\": ").append(number(a.cramersV()))
                .append(", \"mutualInformationNats\": ").append(number(a.mutualInformationNats()))
                .append(", \"mutualInformationBits\": ").append(number(a.mutualInformationBits()))
                .append(", \"attributeOnlyAuc\": ").append(number(a.attributeOnlyAuc()))
                .append(", \"aucDirection\": ")
                .append(string(a.aucDirection().name().toLowerCase(java.util.Locale.ROOT)))
                .append(",\n      \"subgroups\": [");
        String separator = "";
        for (SubgroupPrevalence s : a.subgroups()) {
            json.append(separator).append("{\"value\": ").append(string(s.value()))
                    .append(", \"n\": ").append(s.n())
                    .append(", \"positives\": ").append(s.positives())
                    .append(", \"prevalence\": ").append(number(s.prevalence())).append('}');
            separator = ", ";
        }
        json.append("],\n      \"table\": ");
        table(a.table(), json);
        json.append('}');
    }

    private static void table(ContingencyTable table, StringBuilder json) {
        json.append("{\"rows\": ");
        strings(table.rowNames(), json);
        json.append(", \"columns\": ");
        strings(table.columnNames(), json);
        json.append(", \"counts\": [");
        for (int r = 0; r < table.rowNames().size(); r++) {
            json.append(r == 0 ? "[" : ", [");
            for (int c = 0; c < table.columnNames().size(); c++) {
                json.append(c == 0 ? "" : ", ").append(table.count(r, c));
            }
            json.append(']');
        }
        json.append("]}");
    }

    private static void strings(List<String> values, StringBuilder json) {
        json.append('[');
        for (int i = 0; i < values.size(); i++) {
            json.append(i == 0 ? "" : ", ").append(string(values.get(i)));
        }
        json.append(']');
    }

    /** A finite number in full precision, or {@code null}. */
    static String number(double value) {
        return Double.isFinite(value) ? Double.toString(value) : "null";
    }

    /** A JSON string literal, escaping quotes, backslashes and every control character. */
    public static String string(String value) {
        if (value == null) {
            return "null";
        }
        StringBuilder text = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> text.append("\\\"");
                case '\\' -> text.append("\\\\");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                case '\t' -> text.append("\\t");
                case '\b' -> text.append("\\b");
                case '\f' -> text.append("\\f");
                default -> {
                    // U+2028/2029 are legal JSON but break JavaScript embedding; escape them too
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        text.append(String.format("\\u%04x", (int) c));
                    } else {
                        text.append(c);
                    }
                }
            }
        }
        return text.append('"').toString();
    }
}
