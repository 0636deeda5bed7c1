package org.confounderlab.engine.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.confounderlab.engine.data.csv.CsvReader;
import org.confounderlab.engine.data.csv.CsvRecord;
import org.confounderlab.engine.data.csv.CsvSyntaxException;
import org.confounderlab.engine.stats.DeLongAuc;
import org.confounderlab.engine.stats.PairedDeLongTest;

/**
 * {@code roc-test <csv> --label COL --score A --score B [--json]}: the AUC of two score columns with their DeLong
 * intervals and DeLong's paired test of the difference, as pROC's {@code roc.test(..., method = "delong",
 * paired = TRUE)}. Label 1 is a case, 0 a control; a higher score means "case". With {@code --cluster COLUMN}
 * (a patient id), intervals and the test are clustered by that column (Obuchowski's DeLong for several rows per
 * patient). The arguments are those after the command name.
 */
public final class RocTestCommand {

    static final String USAGE = "usage: roc-test <file.csv> --label COLUMN --score COLUMN_A --score COLUMN_B "
            + "[--cluster COLUMN] [--json]";

    private static final double LEVEL = 0.95;

    private RocTestCommand() {
    }

    /** Runs the test; returns an {@link ExitCode}. */
    public static int run(List<String> args, PrintStream out, PrintStream err) {
        String file = null;
        String label = null;
        List<String> scores = new ArrayList<>();
        String cluster = null;
        boolean json = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--json")) {
                json = true;
            } else if (arg.equals("--label") || arg.equals("--score") || arg.equals("--cluster")) {
                if (i + 1 >= args.size()) {
                    return badInput(err, "roc-test: " + arg + " needs a column name");
                }
                String value = args.get(++i);
                if (arg.equals("--label")) {
                    label = value;
                } else if (arg.equals("--cluster")) {
                    cluster = value;
                } else {
                    scores.add(value);
                }
            } else if (arg.startsWith("--label=")) {
                label = arg.substring("--label=".length());
            } else if (arg.startsWith("--score=")) {
                scores.add(arg.substring("--score=".length()));
            } else if (arg.startsWith("--")) {
                return badInput(err, "roc-test: unknown option '" + arg + "'");
            } else if (file == null) {
                file = arg;
            } else {
                return badInput(err, "roc-test: only one CSV file, got '" + file + "' and '" + arg + "'");
            }
        }
        if (file == null) {
            return badInput(err, "roc-test: name the CSV file");
        }
        if (label == null || label.isBlank()) {
            return badInput(err, "roc-test: name the label column with --label");
        }
        if (scores.size() != 2) {
            return badInput(err, "roc-test: name exactly two score columns with --score, got " + scores.size());
        }
        Path path;
        try {
            path = Path.of(file);
        } catch (InvalidPathException e) {
            return badInput(err, "roc-test: " + file + ": not a valid path");
        }
        if (!Files.isRegularFile(path)) {
            return badInput(err, "roc-test: " + path + ": no such file");
        }
        Table table;
        try {
            table = read(path, label, scores.get(0), scores.get(1), cluster);
        } catch (BadInput e) {
            err.println("roc-test: " + path + ": " + e.getMessage());
            return ExitCode.BAD_INPUT;
        } catch (CsvSyntaxException e) {
            err.println("roc-test: " + path + ": line " + e.line() + ": " + e.getMessage());
            return ExitCode.BAD_INPUT;
        } catch (IOException e) {
            err.println("roc-test: " + path + ": cannot read: " + e.getMessage());
            return ExitCode.FAILURE;
        }
        if (table.cases == 0 || table.controls == 0) {
            err.println("roc-test: " + path + ": column '" + label + "' needs at least one case (1) and one control"
                    + " (0), found " + table.cases + " cases and " + table.controls + " controls");
            return ExitCode.BAD_INPUT;
        }
        try {
            org.confounderlab.engine.stats.Clusters clusters = table.clusters == null ? null
                    : org.confounderlab.engine.stats.Clusters.of(table.clusters);
            PairedDeLongTest test = clusters == null ? PairedDeLongTest.of(table.first, table.second, table.labels,
                    LEVEL) : org.confounderlab.engine.stats.ClusteredDeLong.paired(table.first, table.second,
                            table.labels, clusters, LEVEL);
            String clustering = clusters == null ? null : String.format(Locale.ROOT, "clustered by '%s': %d clusters "
                    + "of %d rows (Obuchowski 1997)", cluster, clusters.count(), table.labels.length);
            out.print(json ? json(path, label, scores, table, test, clustering)
                    : text(path, label, scores, table, test, clustering));
            return ExitCode.OK;
        } catch (RuntimeException e) {
            err.println("roc-test: " + path + ": " + e);
            return ExitCode.FAILURE;
        }
    }

    private record Table(double[] first, double[] second, int[] labels, int cases, int controls,
            List<String> clusters) {
    }

    /** A user error in the file, with a message that names the column or row. */
    private static final class BadInput extends Exception {
        private static final long serialVersionUID = 1L;

        BadInput(String message) {
            super(message);
        }
    }

    private static Table read(Path path, String label, String scoreA, String scoreB, String cluster)
            throws IOException, BadInput {
        try (CsvReader reader = CsvReader.open(path)) {
            CsvRecord header = reader.readRecord();
            if (header == null) {
                throw new BadInput("the file is empty, expected a header line");
            }
            List<String> names = header.fields().stream().map(String::strip).toList();
            int labelColumn = column(names, label, "label");
            int aColumn = column(names, scoreA, "score");
            int bColumn = column(names, scoreB, "score");
            int clusterColumn = cluster == null ? -1 : column(names, cluster, "cluster");
            List<String> clusters = cluster == null ? null : new ArrayList<>();
            double[] first = new double[1024];
            double[] second = new double[1024];
            int[] labels = new int[1024];
            int rows = 0;
            int cases = 0;
            for (CsvRecord record = reader.readRecord(); record != null; record = reader.readRecord()) {
                if (rows == labels.length) {
                    first = Arrays.copyOf(first, rows * 2);
                    second = Arrays.copyOf(second, rows * 2);
                    labels = Arrays.copyOf(labels, rows * 2);
                }
                // row numbers count data rows from 1, as a spreadsheet user sees them below the header
                String where = "row " + (rows + 1) + " (line " + record.line() + ")";
                labels[rows] = label(record.field(labelColumn), label, where);
                first[rows] = score(record.field(aColumn), scoreA, where);
                second[rows] = score(record.field(bColumn), scoreB, where);
                if (clusters != null) {
                    clusters.add(record.field(clusterColumn));
                }
                cases += labels[rows];
                rows++;
            }
            return new Table(Arrays.copyOf(first, rows), Arrays.copyOf(second, rows), Arrays.copyOf(labels, rows),
                    cases, rows - cases, clusters);
        }
    }

    private static int column(List<String> names, String name, String role) throws BadInput {
        int index = names.indexOf(name);
        if (index < 0) {
            throw new BadInput("no " + role + " column '" + name + "' in the header (columns: "
                    + String.join(", ", names) + ")");
        }
        return index;
    }

    private static int label(String text, String column, String where) throws BadInput {
        String value = text.strip();
        try {
            double number = Double.parseDouble(value);
            if (number == 0 || number == 1) {
                return (int) number;
            }
        } catch (NumberFormatException e) {
            // reported below with the others
        }
        throw new BadInput(where + ": label column '" + column + "' is '" + value + "', expected 0 or 1");
    }

    private static double score(String text, String column, String where) throws BadInput {
        String value = text.strip();
        try {
            double number = Double.parseDouble(value);
            if (!Double.isNaN(number)) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new BadInput(where + ": score column '" + column + "' is '" + value + "', not a number");
    }

    private static String text(Path path, String label, List<String> scores, Table table, PairedDeLongTest test,
            String clustering) {
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "%s: label '%s', %d cases (1), %d controls (0)%s%n%n", path, label,
                table.cases, table.controls, clustering == null ? "" : "; " + clustering));
        appendAuc(s, scores.get(0), test.first(), clustering != null);
        appendAuc(s, scores.get(1), test.second(), clustering != null);
        s.append(String.format(Locale.ROOT, "%n\tDeLong's test for two correlated ROC curves%n%n"));
        s.append(String.format(Locale.ROOT, "data:  %s and %s%n", scores.get(0), scores.get(1)));
        s.append(String.format(Locale.ROOT, "Z = %.5g, p-value = %s%n", test.z(), pValue(test.pValue())));
        s.append(String.format(Locale.ROOT, "alternative hypothesis: true difference in AUC is not equal to 0%n"));
        s.append(String.format(Locale.ROOT, "%s percent confidence interval:%n %.7g %.7g%n", percent(), test.lower(),
                test.upper()));
        s.append(String.format(Locale.ROOT, "sample estimates:%n"));
        s.append(String.format(Locale.ROOT, "AUC of %s: %.7g%nAUC of %s: %.7g%nDifference in AUC: %.7g%n",
                scores.get(0), test.first().auc(), scores.get(1), test.second().auc(), test.difference()));
        return s.toString();
    }

    private static void appendAuc(StringBuilder s, String name, DeLongAuc auc, boolean clustered) {
        s.append(String.format(Locale.ROOT, "%s: Area under the curve: %.4f, %s%% CI: %.4f-%.4f (DeLong%s)%n", name,
                auc.auc(), percent(), auc.lower(), auc.upper(), clustered ? ", clustered" : ""));
    }

    private static String percent() {
        return String.format(Locale.ROOT, "%.0f", LEVEL * 100);
    }

    /** Like R's {@code format.pval}: below machine epsilon it is "&lt; 2.2e-16". */
    private static String pValue(double p) {
        return p < 2.220446049250313e-16 ? "< 2.2e-16" : String.format(Locale.ROOT, "%.4g", p);
    }

    private static String json(Path path, String label, List<String> scores, Table table, PairedDeLongTest test,
            String clustering) {
        StringBuilder s = new StringBuilder("{\n");
        if (clustering != null) {
            s.append("  \"clustering\": ").append(quote(clustering)).append(",\n");
        }
        s.append("  \"file\": ").append(quote(path.toString())).append(",\n");
        s.append("  \"label\": ").append(quote(label)).append(",\n");
        s.append("  \"cases\": ").append(table.cases).append(",\n");
        s.append("  \"controls\": ").append(table.controls).append(",\n");
        s.append("  \"confidence_level\": ").append(number(LEVEL)).append(",\n");
        s.append("  \"scores\": [\n");
        s.append(scoreJson(scores.get(0), test.first())).append(",\n");
        s.append(scoreJson(scores.get(1), test.second())).append("\n  ],\n");
        s.append("  \"test\": {\"method\": \"DeLong's test for two correlated ROC curves\"");
        s.append(", \"difference\": ").append(number(test.difference()));
        s.append(", \"covariance\": ").append(number(test.covariance()));
        s.append(", \"z\": ").append(number(test.z()));
        s.append(", \"p_value\": ").append(number(test.pValue()));
        s.append(", \"ci_lower\": ").append(number(test.lower()));
        s.append(", \"ci_upper\": ").append(number(test.upper())).append("}\n}\n");
        return s.toString();
    }

    private static String scoreJson(String name, DeLongAuc auc) {
        return "    {\"name\": " + quote(name) + ", \"auc\": " + number(auc.auc()) + ", \"variance\": "
                + number(auc.variance()) + ", \"ci_lower\": " + number(auc.lower()) + ", \"ci_upper\": "
                + number(auc.upper()) + "}";
    }

    private static String number(double value) {
        // JSON has no NaN or infinity
        return Double.isFinite(value) ? Double.toString(value) : "null";
    }

    private static String quote(String text) {
        StringBuilder s = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> s.append("\\\"");
                case '\\' -> s.append("\\\\");
                case '\n' -> s.append("\\n");
                case '\r' -> s.append("\\r");
                case '\t' -> s.append("\\t");
                default -> s.append(c < 0x20 ? String.format(Locale.ROOT, "\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return s.append('"').toString();
    }

    private static int badInput(PrintStream err, String message) {
        err.println(message);
        err.println(USAGE);
        return ExitCode.BAD_INPUT;
    }
}
