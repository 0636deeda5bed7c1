package org.confounderlab.engine.report;

/** One PNG embedded in a report: its section, caption, encoded bytes and pixel size. */
public record ReportImage(String section, String caption, byte[] png, int width, int height) {
}
