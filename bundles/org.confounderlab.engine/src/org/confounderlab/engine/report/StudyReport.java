package org.confounderlab.engine.report;

import java.util.List;

import org.confounderlab.model.run.Study;
import org.confounderlab.model.run.StudyArm;

/** A study's report: one self-contained HTML file with the per-arm table and the comparisons, linking each arm's run. */
public final class StudyReport {

    /** The arms' run reports, beside their run files. */
    public static final String ARM_REPORT = "report.html";

    private final Study study;

    public StudyReport(Study study) {
        this.study = study;
    }

    /** The whole HTML document. */
    public String html() {
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(Html.escape("Study " + study.getName() + " " + study.getId())).append("</title>\n<style>\n")
                .append(ReportStyle.CSS).append("</style>\n</head>\n<body>\n<header>\n<h1>")
                .append(Html.escape(study.getName())).append(": study ").append(Html.escape(study.getId()))
                .append("</h1>\n<p>").append(Html.escape(study.getStatus().getLiteral().toLowerCase(java.util.Locale.ROOT)))
                .append(", label ").append(Html.escape(study.getLabel() == null ? "" : study.getLabel()))
                .append(", intervals at ").append(Formats.fixed(100 * study.getConfidenceLevel(), 0))
                .append(" %. Every arm is the same experiment on the same splits and seeds with one mitigation."
                        + "</p>\n</header>\n<main>\n");
        if (study.getErrorMessage() != null && !study.getErrorMessage().isEmpty()) {
            html.append("<p class=\"error\">").append(Html.escape(study.getErrorMessage())).append("</p>\n");
        }
        html.append("<section id=\"arms\">\n<h2>Arms</h2>\n<p>").append(Html.escape(StudyTable.shiftDescription(study)))
                .append(" ΔAUC masked: the arm's AUC with the suspected regions masked at test time minus its AUC on "
                        + "the images as they are (paired DeLong). Grad-CAM share: the mean share of attention on the "
                        + "region in images that have it. Worst group and TPR gap: over the subgroups of the shift "
                        + "grouping, at each arm's validation (Youden) threshold.</p>\n");
        table(html, StudyTable.ARM_COLUMNS, StudyTable.armRows(study), true);
        if (!StudyTable.seedRows(study).isEmpty()) {
            html.append("<h3>Over the ").append(study.getSeeds()).append(" seeds</h3>\n<p>Each figure's mean over the "
                    + "arm's training seeds with its t interval; the table above is the first seed's runs.</p>\n");
            table(html, StudyTable.SEED_COLUMNS, StudyTable.seedRows(study), false);
        }
        html.append("</section>\n<section id=\"comparisons\">\n<h2>Against the baseline (paired DeLong)</h2>\n<p>"
                + "ΔAUC = the arm's AUC minus the baseline's on the same test images; with several seeds, the mean over "
                + "the arm's seeds minus the baseline's, one DeLong contrast over all of them.</p>\n");
        table(html, StudyTable.COMPARISON_COLUMNS, StudyTable.comparisonRows(study), false);
        html.append("</section>\n</main>\n</body>\n</html>\n");
        return html.toString();
    }

    private void table(StringBuilder html, List<String> columns, List<List<String>> rows, boolean linkArms) {
        html.append("<table>\n<tr>");
        for (int c = 0; c < columns.size(); c++) {
            html.append(StudyTable.TEXT_COLUMNS.contains(columns.get(c)) ? "<th>" : "<th class=\"num\">")
                    .append(Html.escape(columns.get(c))).append("</th>");
        }
        html.append("</tr>\n");
        for (int r = 0; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            html.append("<tr>");
            for (int c = 0; c < row.size(); c++) {
                String cell = Html.escape(row.get(c));
                if (c == 0 && linkArms) {
                    StudyArm arm = study.getArms().get(r);
                    String report = arm.getRunPath() == null ? null
                            : arm.getRunPath().replaceFirst("[^/]*$", ARM_REPORT);
                    cell = report == null ? cell : "<a href=\"" + Html.escape(report) + "\">" + cell + "</a>";
                }
                html.append(StudyTable.TEXT_COLUMNS.contains(columns.get(c)) ? "<td>" : "<td class=\"num\">")
                        .append(cell).append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</table>\n");
    }
}
