package org.confounderlab.engine.data;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.confounderlab.model.resource.AtomicFiles;

/**
 * Skipped rows or images, told so that 40,000 of them do not flood the log: a count per reason, the first
 * {@value #SHOWN} in full, and every one in a tab-separated file (file, row, column, reason): the run folder's, or
 * the one the audit's {@code --problems} names.
 */
public final class ProblemReport {

    /** Problems printed in full. */
    public static final int SHOWN = 20;

    private ProblemReport() {
    }

    /**
     * Prints {@code problems} under {@code what} ("skipped rows", "unreadable images") and writes them all to
     * {@code file} (when given); nothing when there are none.
     */
    public static void report(String what, List<DataProblem> problems, Path file, PrintStream progress) throws IOException {
        if (problems.isEmpty()) {
            return;
        }
        Map<String, Integer> byReason = new LinkedHashMap<>();
        for (DataProblem problem : problems) {
            byReason.merge(reason(problem.message()), 1, Integer::sum);
        }
        progress.printf(Locale.ROOT, "%s: %d%s%n", what, problems.size(), file != null ? " (the list is in " + file
                + ")" : problems.size() > SHOWN ? " (--problems FILE writes them all)" : "");
        byReason.entrySet().stream().sorted((a, b) -> Integer.compare(b.getValue(), a.getValue()))
                .forEach(entry -> progress.printf(Locale.ROOT, "  %6d × %s%n", entry.getValue(), entry.getKey()));
        for (DataProblem problem : problems.subList(0, Math.min(SHOWN, problems.size()))) {
            progress.println("  " + problem);
        }
        if (problems.size() > SHOWN) {
            progress.printf(Locale.ROOT, "  … and %d more%n", problems.size() - SHOWN);
        }
        if (file == null) {
            return;
        }
        AtomicFiles.write(file, out -> {
            StringBuilder text = new StringBuilder("file\trow\tcolumn\treason\n");
            for (DataProblem problem : problems) {
                text.append(clean(problem.file().toString())).append('\t').append(problem.row() > 0 ? problem.row()
                        : "").append('\t').append(problem.column() == null ? "" : clean(problem.column())).append('\t')
                        .append(clean(problem.message())).append('\n');
            }
            out.write(text.toString().getBytes(StandardCharsets.UTF_8));
        });
    }

    /** A problem's kind: its message with quoted values, numbers and parenthesised details taken out. */
    public static String reason(String message) {
        return message.replaceAll("\\([^()]*\\)", "").replaceAll("'[^']*'", "'…'").replaceAll("\"[^\"]*\"", "\"…\"")
                .replaceAll("\\d+(\\.\\d+)?", "N").replaceAll("\\s+", " ").strip();
    }

    private static String clean(String text) {
        return text.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }
}
