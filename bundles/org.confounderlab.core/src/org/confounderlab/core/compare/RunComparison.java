package org.confounderlab.core.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.confounderlab.core.runs.RunSummary;
import org.confounderlab.model.experiment.InterventionKind;
import org.confounderlab.model.run.Evaluation;
import org.confounderlab.model.run.LabelEvaluation;
import org.confounderlab.model.run.Run;

/**
 * Runs side by side: their experiments' parameters (all, or only those that differ), their key metrics, and, for
 * runs that differ only by training seed, the mean ± standard deviation of their test AUCs. Exports as CSV or as a
 * LaTeX table.
 */
public final class RunComparison {

    /** The parameter that tells apart runs that are repeats of one another. */
    public static final String SEED = "training.seed";

    /** One row: a name and one cell per run. */
    public record Row(String name, List<String> values) {

        /** Whether the runs' values are not all the same. */
        public boolean differs() {
            return values.stream().distinct().count() > 1;
        }
    }

    /**
     * Runs that are repeats of one another (the same parameters but the seed), with the mean and sample standard
     * deviation of their original-image test AUC per label.
     */
    public record SeedGroup(List<String> runIds, Map<String, double[]> aucMeanSd) {
    }

    private final List<Run> runs;
    private final List<Map<String, String>> parameters = new ArrayList<>();

    public RunComparison(List<Run> runs) {
        this.runs = List.copyOf(runs);
        for (Run run : runs) {
            parameters.add(run.getExperiment() == null ? Map.of() : ExperimentParameters.flatten(run.getExperiment()));
        }
    }

    /** The run ids, the columns. */
    public List<String> runIds() {
        return runs.stream().map(r -> r.getId() == null ? "?" : r.getId()).toList();
    }

    /** The experiment parameters, every one or only those whose values differ between the runs. */
    public List<Row> parameterRows(boolean differencesOnly) {
        Set<String> names = new LinkedHashSet<>();
        parameters.forEach(p -> names.addAll(p.keySet()));
        List<Row> rows = new ArrayList<>();
        for (String name : names) {
            Row row = new Row(name, parameters.stream().map(p -> p.getOrDefault(name, "")).toList());
            if (!differencesOnly || row.differs()) {
                rows.add(row);
            }
        }
        return rows;
    }

    /** Status, epochs, test AUC per label on the original images, mean masking ΔAUC, findings. */
    public List<Row> metricRows() {
        List<Row> rows = new ArrayList<>();
        rows.add(new Row("status", runs.stream().map(r -> r.getStatus().getLiteral().toLowerCase(Locale.ROOT)).toList()));
        List<RunSummary> summaries = runs.stream().map(RunSummary::of).toList();
        rows.add(new Row("epochs", summaries.stream().map(s -> String.valueOf(s.epochsDone())).toList()));
        for (String label : labels()) {
            rows.add(new Row("test AUC " + label, runs.stream().map(r -> format(originalAuc(r, label))).toList()));
        }
        rows.add(new Row("masking ΔAUC", summaries.stream().map(s -> format(s.maskedDeltaAuc())).toList()));
        rows.add(new Row("critical findings", summaries.stream().map(s -> String.valueOf(s.critical())).toList()));
        rows.add(new Row("warnings", summaries.stream().map(s -> String.valueOf(s.warnings())).toList()));
        return rows;
    }

    /** Groups of two or more runs whose parameters are equal except for the training seed. */
    public List<SeedGroup> seedGroups() {
        Map<Map<String, String>, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < runs.size(); i++) {
            Map<String, String> key = new LinkedHashMap<>(parameters.get(i));
            key.remove(SEED);
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
        }
        List<SeedGroup> result = new ArrayList<>();
        for (List<Integer> members : groups.values()) {
            if (members.size() < 2) {
                continue;
            }
            Map<String, double[]> aucs = new LinkedHashMap<>();
            for (String label : labels()) {
                double[] values = members.stream().mapToDouble(i -> originalAuc(runs.get(i), label))
                        .filter(Double::isFinite).toArray();
                aucs.put(label, meanSd(values));
            }
            result.add(new SeedGroup(members.stream().map(i -> runIds().get(i)).toList(), aucs));
        }
        return result;
    }

    /** Mean and sample standard deviation (n − 1); NaN where there are too few values. */
    static double[] meanSd(double[] values) {
        if (values.length == 0) {
            return new double[] {Double.NaN, Double.NaN};
        }
        double mean = 0;
        for (double value : values) {
            mean += value;
        }
        mean /= values.length;
        if (values.length < 2) {
            return new double[] {mean, Double.NaN};
        }
        double squares = 0;
        for (double value : values) {
            squares += (value - mean) * (value - mean);
        }
        return new double[] {mean, Math.sqrt(squares / (values.length - 1))};
    }

    private List<String> labels() {
        Set<String> labels = new LinkedHashSet<>();
        for (Run run : runs) {
            for (Evaluation evaluation : run.getEvaluations()) {
                evaluation.getLabels().forEach(l -> labels.add(l.getLabel()));
            }
        }
        return List.copyOf(labels);
    }

    private static double originalAuc(Run run, String label) {
        return run.getEvaluations().stream().filter(e -> e.getInterventionKind() == InterventionKind.ORIGINAL)
                .flatMap(e -> e.getLabels().stream()).filter(l -> Objects.equals(label, l.getLabel()))
                .mapToDouble(LabelEvaluation::getAuc).findFirst().orElse(Double.NaN);
    }

    private static String format(double value) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, "%.3f", value) : "";
    }

    /** The metrics, then the parameters, as CSV (RFC 4180 quoting). */
    public String toCsv(boolean differencesOnly) {
        StringBuilder csv = new StringBuilder();
        csv.append(csvLine("", runIds()));
        for (Row row : rows(differencesOnly)) {
            csv.append(csvLine(row.name(), row.values()));
        }
        return csv.toString();
    }

    private List<Row> rows(boolean differencesOnly) {
        List<Row> rows = new ArrayList<>(metricRows());
        rows.addAll(parameterRows(differencesOnly));
        return rows;
    }

    private static String csvLine(String first, List<String> cells) {
        List<String> all = new ArrayList<>();
        all.add(first);
        all.addAll(cells);
        return String.join(",", all.stream().map(RunComparison::csvCell).toList()) + "\r\n";
    }

    private static String csvCell(String text) {
        return text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")
                ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }

    /** The metrics, then the parameters, as a LaTeX {@code tabular} (booktabs rules), ready for a paper. */
    public String toLatex(boolean differencesOnly) {
        StringBuilder tex = new StringBuilder();
        tex.append("\\begin{tabular}{l").append("l".repeat(runs.size())).append("}\n\\toprule\n");
        tex.append(latexLine("", runIds())).append("\\midrule\n");
        List<Row> metrics = metricRows();
        for (Row row : metrics) {
            tex.append(latexLine(row.name(), row.values()));
        }
        List<Row> parameterRows = parameterRows(differencesOnly);
        if (!parameterRows.isEmpty()) {
            tex.append("\\midrule\n");
        }
        for (Row row : parameterRows) {
            tex.append(latexLine(row.name(), row.values()));
        }
        tex.append("\\bottomrule\n\\end{tabular}\n");
        return tex.toString();
    }

    private static String latexLine(String first, List<String> cells) {
        List<String> all = new ArrayList<>();
        all.add(first);
        all.addAll(cells);
        return String.join(" & ", all.stream().map(RunComparison::latex).toList()) + " \\\\\n";
    }

    /** Escapes LaTeX's special characters; Δ becomes {@code $\Delta$}. */
    static String latex(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            switch (c) {
                case '\\' -> out.append("\\textbackslash{}");
                case '&', '%', '$', '#', '_', '{', '}' -> out.append('\\').append(c);
                case '~' -> out.append("\\textasciitilde{}");
                case '^' -> out.append("\\textasciicircum{}");
                case 'Δ' -> out.append("$\\Delta$");
                case '±' -> out.append("$\\pm$");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
