package org.confounderlab.engine.tests.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.confounderlab.engine.data.DataProblem;
import org.confounderlab.engine.data.DataSetException;
import org.confounderlab.engine.data.ImportOptions;
import org.confounderlab.engine.data.ImportResult;
import org.confounderlab.engine.data.LabelValue;
import org.confounderlab.engine.data.Manifest;
import org.confounderlab.engine.data.ManifestEntry;
import org.confounderlab.engine.data.SplitName;
import org.confounderlab.engine.data.importers.CheXpertImporter;
import org.confounderlab.engine.data.importers.UncertainLabelPolicies;
import org.confounderlab.model.experiment.UncertainLabelPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheXpertImporterTest {

    private static final String HEADER = "Path,Sex,Age,Frontal/Lateral,AP/PA,No Finding,Enlarged Cardiomediastinum,"
            + "Cardiomegaly,Lung Opacity,Lung Lesion,Edema,Consolidation,Pneumonia,Atelectasis,Pneumothorax,"
            + "Pleural Effusion,Pleural Other,Fracture,Support Devices\n";
    private static final String TOP = "CheXpert-v1.0-small/";
    private static final String IMAGE1 = TOP + "train/patient00001/study1/view1_frontal.jpg";
    private static final String IMAGE2 = TOP + "train/patient00002/study2/view2_lateral.jpg";
    private static final String IMAGE3 = TOP + "valid/patient64541/study1/view1_frontal.jpg";
    // Cardiomegaly positive, Edema uncertain, Pneumonia blank (missing), rest mostly negative
    private static final String ROW1 = IMAGE1 + ",Female,68,Frontal,AP,,,1.0,,,-1.0,0.0,,,0.0,,,1.0,1.0\n";
    private static final String ROW2 = IMAGE2 + ",Male,87,Lateral,,1.0,0.0,0.0,,,,,,,0.0,,,,\n";
    private static final String ROW3 = IMAGE3 + ",Male,73,Frontal,AP,0.0,1.0,1.0,1.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,"
            + "0.0,0.0\n";

    @TempDir
    Path root;

    private final CheXpertImporter importer = new CheXpertImporter();

    private Path top() {
        return root.resolve(TOP);
    }

    private void write(String trainRows) throws IOException {
        for (String image : List.of(IMAGE1, IMAGE2, IMAGE3)) {
            Fixtures.image(root.resolve(image));
        }
        Fixtures.text(top().resolve("train.csv"), HEADER + trainRows);
        Fixtures.text(top().resolve("valid.csv"), HEADER + ROW3);
    }

    @Test
    void readsLabelsAttributesIdsAndSplitsFromEitherLevel() throws Exception {
        write(ROW1 + ROW2);
        for (Path location : List.of(root, top())) {
            ImportResult result = importer.read(location, ImportOptions.strict());
            assertEquals(List.of(), result.skipped());
            assertEquals(14, result.manifest().labelNames().size());
            assertEquals(List.of("sex", "age", "frontal_lateral", "ap_pa"), result.manifest().attributeNames());
            List<ManifestEntry> entries = result.manifest().entries();
            assertEquals(3, entries.size());
            ManifestEntry first = entries.get(0);
            assertEquals(root.resolve(IMAGE1).toAbsolutePath(), first.image());
            assertEquals("patient00001", first.patientId());
            assertEquals("patient00001/study1", first.studyId());
            assertEquals(SplitName.TRAIN, first.officialSplit());
            assertEquals(LabelValue.POSITIVE, first.label("Cardiomegaly"));
            assertEquals(LabelValue.UNCERTAIN, first.label("Edema"));
            assertEquals(LabelValue.NEGATIVE, first.label("Consolidation"));
            assertEquals(LabelValue.MISSING, first.label("Pneumonia"));
            assertEquals("Female", first.attributes().get("sex"));
            assertEquals("68", first.attributes().get("age"));
            assertEquals("Frontal", first.attributes().get("frontal_lateral"));
            assertEquals("AP", first.attributes().get("ap_pa"));
            ManifestEntry second = entries.get(1);
            assertEquals("patient00002/study2", second.studyId());
            assertEquals(null, second.attributes().get("ap_pa"));
            assertEquals(SplitName.VALIDATION, entries.get(2).officialSplit());
            assertEquals("valid.csv:2", entries.get(2).source());
        }
    }

    @Test
    void theFullSizeFolderAGzippedTableLateralDecubitusViewsAndUnknownSexAreKeptAsWritten() throws Exception {
        String top = "CheXpert-v1.0/";
        String left = top + "train/patient00003/study1/view1_frontal.jpg";
        String right = top + "train/patient00004/study1/view1_frontal.jpg";
        Fixtures.gzip(root.resolve(top).resolve("train.csv.gz"), HEADER
                + left + ",Unknown,55,Frontal,LL,,,0.0,,,,,,,,1.0,,,\n"
                + right + ",Female,0,Frontal,RL,1.0,,,,,,,,,,,,,\n"); // gzipped, as some mirrors ship it
        Fixtures.text(root.resolve(top).resolve("valid.csv"), HEADER);
        ImportResult result = importer.read(root, new ImportOptions(org.confounderlab.engine.data.ProblemPolicy.SKIP,
                false));
        assertEquals(List.of(), result.skipped());
        List<ManifestEntry> entries = result.manifest().entries();
        assertEquals(2, entries.size());
        assertEquals("Unknown", entries.get(0).attributes().get("sex"));
        assertEquals("LL", entries.get(0).attributes().get("ap_pa"));
        assertEquals("RL", entries.get(1).attributes().get("ap_pa"));
        assertEquals(LabelValue.NEGATIVE, entries.get(0).label("Cardiomegaly"));
        assertEquals(LabelValue.MISSING, entries.get(1).label("Cardiomegaly"));
        var audit = new org.confounderlab.engine.audit.DatasetAuditor().audit(result.manifest(),
                List.of("Pleural Effusion"));
        assertTrue(audit.warnings().stream().noneMatch(w -> w.kind()
                == org.confounderlab.engine.audit.AuditWarning.Kind.SEX_UNEXPECTED), "Unknown is an expected value");
    }

    @Test
    void uncertainPoliciesReplaceOnlyUncertainLabels() throws Exception {
        write(ROW1 + ROW2);
        Manifest manifest = importer.read(root, ImportOptions.strict()).manifest();
        Manifest ignore = UncertainLabelPolicies.apply(manifest, UncertainLabelPolicy.IGNORE);
        Manifest zeros = UncertainLabelPolicies.apply(manifest, UncertainLabelPolicy.ZEROS);
        Manifest ones = UncertainLabelPolicies.apply(manifest, UncertainLabelPolicy.ONES);
        assertEquals(LabelValue.MISSING, ignore.entries().get(0).label("Edema"));
        assertEquals(LabelValue.NEGATIVE, zeros.entries().get(0).label("Edema"));
        assertEquals(LabelValue.POSITIVE, ones.entries().get(0).label("Edema"));
        for (Manifest applied : List.of(ignore, zeros, ones)) {
            ManifestEntry first = applied.entries().get(0);
            assertEquals(LabelValue.POSITIVE, first.label("Cardiomegaly"));
            assertEquals(LabelValue.NEGATIVE, first.label("Consolidation"));
            assertEquals(LabelValue.MISSING, first.label("Pneumonia"));
            assertEquals(manifest.entries().get(0).attributes(), first.attributes());
            assertEquals(manifest.size(), applied.size());
            assertTrue(applied.entries().stream().flatMap(e -> e.labels().values().stream())
                    .noneMatch(v -> v == LabelValue.UNCERTAIN));
        }
    }

    @Test
    void badLabelValueIsAProblemNamingTheColumn() throws Exception {
        write(ROW1.replace(",-1.0,", ",2.0,") + ROW2);
        ImportResult result = importer.read(root, ImportOptions.lenient());
        assertEquals(2, result.manifest().size());
        DataProblem problem = result.skipped().get(0);
        assertEquals(top().resolve("train.csv").toAbsolutePath(), problem.file());
        assertEquals(2, problem.row());
        assertEquals("Edema", problem.column());
        DataSetException e = assertThrows(DataSetException.class, () -> importer.read(root, ImportOptions.strict()));
        assertEquals("Edema", e.getProblems().get(0).column());
    }

    @Test
    void unterminatedQuoteAndWrongFieldCountAreProblems() throws Exception {
        write(IMAGE2 + ",Male,87\n" + ROW1 + IMAGE2 + ",\"Male,87,Lateral\n");
        ImportResult result = importer.read(root, ImportOptions.lenient());
        assertEquals(2, result.manifest().size());
        assertEquals(2, result.skipped().get(0).row());
        assertEquals(4, result.skipped().get(1).row());
        assertTrue(result.skipped().get(1).message().contains("unterminated"));
        assertThrows(DataSetException.class, () -> importer.read(root, ImportOptions.strict()));
    }

    @Test
    void missingImageIsAProblemNamingThePath() throws Exception {
        write(ROW1 + ROW2);
        Files.delete(root.resolve(IMAGE2));
        ImportResult result = importer.read(root, ImportOptions.lenient());
        assertEquals(2, result.manifest().size());
        DataProblem problem = result.skipped().get(0);
        assertEquals(3, problem.row());
        assertEquals("Path", problem.column());
        assertTrue(problem.message().contains("view2_lateral.jpg"));
        assertThrows(DataSetException.class, () -> importer.read(root, ImportOptions.strict()));
    }

    @Test
    void missingFilesFail() {
        DataSetException e = assertThrows(DataSetException.class, () -> importer.read(root, ImportOptions.lenient()));
        assertTrue(e.getMessage().contains("train.csv"));
    }
}
