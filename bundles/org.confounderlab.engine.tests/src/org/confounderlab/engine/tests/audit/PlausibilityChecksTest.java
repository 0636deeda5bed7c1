package org.confounderlab.engine.tests.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

import org.confounderlab.engine.audit.AuditJson;
import org.confounderlab.engine.audit.AuditModelFactory;
import org.confounderlab.engine.audit.AuditWarning;
import org.confounderlab.engine.audit.DatasetAudit;
import org.confounderlab.engine.audit.DatasetAuditor;
import org.confounderlab.engine.data.ImportOptions;
import org.confounderlab.engine.data.ImportResult;
import org.confounderlab.engine.data.ManifestEntry;
import org.confounderlab.engine.data.ProblemPolicy;
import org.confounderlab.engine.data.importers.ChestXray14Importer;
import org.confounderlab.engine.data.importers.GenericCsvImporter;
import org.confounderlab.engine.tests.RealFiles;
import org.confounderlab.engine.tests.stats.MiniJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The audit's plausibility and leak warnings, on real NIH rows: the Kaggle sample table's ages with units (one
 * impossible 411Y, one in months, one in days), the 2017 table's trailing comma, and real rows changed the way real
 * tables go wrong (a duplicated row, a patient whose sex changes, a study description that names the label, a column
 * that is the label).
 */
class PlausibilityChecksTest {

    private static final ImportOptions METADATA_ONLY = new ImportOptions(ProblemPolicy.SKIP, false);

    private static AuditWarning only(DatasetAudit audit, AuditWarning.Kind kind) {
        List<AuditWarning> found = audit.warnings().stream().filter(w -> w.kind() == kind).toList();
        assertEquals(1, found.size(), kind + " in " + audit.warnings());
        return found.get(0);
    }

    @Test
    void theKaggleSampleTablesAgesAreConvertedAndTheImpossibleOneFlagged() throws Exception {
        ImportResult result = new ChestXray14Importer().read(RealFiles.of("nih-cxr14/sample_labels.csv"),
                METADATA_ONLY);
        assertEquals(5_606, result.manifest().size(), "CRLF line ends and renamed size columns are read");
        assertTrue(result.skipped().isEmpty(), result.skipped().toString());
        ManifestEntry months = result.manifest().entries().stream()
                .filter(e -> e.attributes().getOrDefault(ManifestEntry.AGE_AS_WRITTEN, "").endsWith("M")).findFirst()
                .orElseThrow();
        assertEquals("013M", months.attributes().get(ManifestEntry.AGE_AS_WRITTEN));
        assertEquals("1.08", months.attributes().get("age"), "13 months in years");

        DatasetAudit audit = new DatasetAuditor().audit(result.manifest(), List.of("Effusion"));
        AuditWarning outside = only(audit, AuditWarning.Kind.AGE_OUT_OF_RANGE);
        assertEquals(1, outside.count());
        assertTrue(outside.examples().get(0).startsWith("411 (sample_labels.csv:"), outside.examples().toString());
        AuditWarning units = only(audit, AuditWarning.Kind.AGE_UNIT_CONVERTED);
        assertEquals(5_606, units.count());
        assertTrue(units.message().contains("5604 in years, 1 in months, 1 in days")
                || units.message().contains("1 in months") && units.message().contains("1 in days"), units.message());
        assertFalse(audit.warnings().stream().anyMatch(w -> w.kind() == AuditWarning.Kind.SEX_UNEXPECTED));
    }

    @Test
    void theTwentySeventeenTablesTrailingCommaIsRead(@TempDir Path folder) throws Exception {
        List<String> rows = realRows(60);
        StringBuilder table = new StringBuilder(rows.get(0)).append('\n');
        rows.subList(1, rows.size()).forEach(row -> table.append(row).append(",\n"));
        Files.writeString(folder.resolve("Data_Entry_2017.csv"), table);
        ImportResult result = new ChestXray14Importer().read(folder, METADATA_ONLY);
        assertEquals(59, result.manifest().size());
        assertTrue(result.skipped().isEmpty(), result.skipped().toString());
        assertTrue(new DatasetAuditor().audit(result.manifest(), List.of("Effusion")).warnings().isEmpty(),
                "real rows as they are: nothing to warn of");
    }

    @Test
    void realRowsChangedAsRealTablesGoWrongAreEachFlagged(@TempDir Path folder) throws Exception {
        List<String> rows = realRows(401);
        StringBuilder csv = new StringBuilder("path,patient_id,Effusion,sex,age,study_description,coded\n");
        for (String row : rows.subList(1, rows.size())) {
            String[] f = row.split(",");
            boolean effusion = f[1].contains("Effusion");
            csv.append("images/").append(f[0]).append(',').append(f[3]).append(',').append(effusion ? 1 : 0)
                    .append(',').append(f[5]).append(',').append(f[4]).append(',')
                    .append(f[1].equals("No Finding") ? "CHEST PA/AP - No Finding" : "CHEST").append(',')
                    .append(effusion ? "E1" : "E0").append('\n');
        }
        String first = rows.get(1).split(",")[0];
        String patient = rows.get(1).split(",")[3];
        String sex = rows.get(1).split(",")[5];
        csv.append("images/").append(first).append(',').append(patient).append(",0,").append(sex)
                .append(",57,CHEST,E0\n"); // the first image again
        csv.append("images/extra.png,").append(patient).append(",0,").append(sex.equals("M") ? "F" : "M")
                .append(",58,CHEST,E0\n"); // the same patient, the other sex
        csv.append("images/extra2.png,P-X,0,X,155,CHEST,E0\n");
        Path manifest = folder.resolve("manifest.csv");
        Files.writeString(manifest, csv);
        ImportResult result = new GenericCsvImporter(List.of("Effusion")).read(manifest, METADATA_ONLY);
        DatasetAudit audit = new DatasetAuditor().audit(result.manifest(), List.of("Effusion"));

        assertEquals(1, only(audit, AuditWarning.Kind.DUPLICATE_IMAGE).count());
        assertTrue(only(audit, AuditWarning.Kind.DUPLICATE_IMAGE).examples().get(0).startsWith(first));
        AuditWarning changes = only(audit, AuditWarning.Kind.PATIENT_INCONSISTENT);
        assertEquals(1, changes.count());
        assertTrue(changes.examples().get(0).startsWith("patient " + patient), changes.examples().toString());
        assertEquals(1, only(audit, AuditWarning.Kind.SEX_UNEXPECTED).count());
        assertEquals(1, only(audit, AuditWarning.Kind.AGE_OUT_OF_RANGE).count());
        AuditWarning leak = only(audit, AuditWarning.Kind.LABEL_IN_ATTRIBUTE);
        assertEquals("study_description", leak.attribute());
        assertEquals("No Finding", leak.label());
        assertTrue(leak.count() > 100, leak.message());
        AuditWarning coded = only(audit, AuditWarning.Kind.PROBABLE_LEAK);
        assertEquals("coded", coded.attribute());
        assertEquals("Effusion", coded.label());

        // The same warnings in JSON and in the saved audit model.
        List<Object> json = MiniJson.array(MiniJson.object(MiniJson.parse(AuditJson.toJson(audit))).get("warnings"));
        assertEquals(audit.warnings().size(), json.size());
        assertEquals("probable_leak", MiniJson.object(json.get(json.size() - 1)).get("kind"));
        var model = AuditModelFactory.create(audit, manifest.toString(), new java.util.Date());
        assertEquals(audit.warnings().size(), model.getWarnings().size());
        assertEquals("PROBABLE_LEAK", model.getWarnings().get(model.getWarnings().size() - 1).getKind());
    }

    @Test
    void aPatientWhoseBirthYearChangesIsFlaggedWhenTheTableHasDates(@TempDir Path folder) throws Exception {
        Path manifest = folder.resolve("manifest.csv");
        Files.writeString(manifest, "path,patient_id,Effusion,age,study_date\n"
                + "a.png,P1,1,50,2012-05-04\nb.png,P1,0,52,2014-06-01\n" // born 1962 both times
                + "c.png,P2,1,50,20120504\nd.png,P2,0,60,20130101\n"); // born 1962, then 1953
        DatasetAudit audit = new DatasetAuditor().audit(new GenericCsvImporter(List.of("Effusion")).read(manifest,
                METADATA_ONLY).manifest(), List.of("Effusion"));
        AuditWarning changed = only(audit, AuditWarning.Kind.PATIENT_INCONSISTENT);
        assertEquals(1, changed.count());
        assertTrue(changed.examples().get(0).startsWith("patient P2: born 1953–1962"), changed.examples().toString());
    }

    /** The header and the first {@code count - 1} rows of the real 2020 table. */
    private static List<String> realRows(int count) throws Exception {
        List<String> rows = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(
                RealFiles.of("nih-cxr14/Data_Entry_2017_v2020.csv.gz"))), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null && rows.size() < count; line = in.readLine()) {
                rows.add(line);
            }
        }
        return rows;
    }
}
