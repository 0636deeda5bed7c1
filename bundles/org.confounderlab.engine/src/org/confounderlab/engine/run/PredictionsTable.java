package org.confounderlab.engine.run;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.confounderlab.engine.data.csv.CsvReader;
import org.confounderlab.engine.data.csv.CsvRecord;

/** Reads a run's per-image predictions table ({@link RunFolder#PREDICTIONS_FILE}). */
final class PredictionsTable {

    private PredictionsTable() {
    }

    /** Image → {target, score} of one label on one variant, in the table's order. */
    static Map<String, double[]> scores(RunFolder folder, String variant, String label) throws IOException {
        Path file = folder.path().resolve(RunFolder.PREDICTIONS_FILE);
        Map<String, double[]> scores = new LinkedHashMap<>();
        try (CsvReader reader = CsvReader.open(file)) {
            CsvRecord header = reader.readRecord();
            if (header == null) {
                throw new IOException(file + ": empty predictions table");
            }
            int labelColumn = header.fields().indexOf("label:" + label);
            int scoreColumn = header.fields().indexOf("score:" + label);
            int variantColumn = header.fields().indexOf("variant");
            if (labelColumn < 0 || scoreColumn < 0 || variantColumn < 0) {
                throw new IOException(file + ": no columns for label '" + label + "'");
            }
            for (CsvRecord record : reader) {
                if (variant.equals(record.field(variantColumn))) {
                    try {
                        scores.put(record.field(0), new double[] {Double.parseDouble(record.field(labelColumn)),
                                Double.parseDouble(record.field(scoreColumn))});
                    } catch (NumberFormatException e) {
                        throw new IOException(file + ":" + record.line() + ": not a number: " + e.getMessage(), e);
                    }
                }
            }
        }
        return scores;
    }
}
