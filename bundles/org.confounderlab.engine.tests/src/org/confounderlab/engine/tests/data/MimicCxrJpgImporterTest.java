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
import org.confounderlab.engine.data.ManifestEntry;
import org.confounderlab.engine.data.SplitName;
import org.confounderlab.engine.data.importers.MimicCxrJpgImporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MimicCxrJpgImporterTest {

    private static final String METADATA_HEADER = "dicom_id,subject_id,study_id,PerformedProcedureStepDescription,"
            + "ViewPosition,Rows,Columns,StudyDate,StudyTime,ProcedureCodeSequence_CodeMeaning,"
            + "ViewCodeSequence_CodeMeaning,PatientOrientationCodeSequence_CodeMeaning\n";
    private static final String D1 = "02aa804e-bde0afdd-112c0b34-7bc16630-4e384014";
    private static final String D2 = "174413ec-4ec4c1f7-34ea26b7-c5f994f8-79ef1962";
    private static final String D3 = "2a2277a9-b0ded155-c0de8eb9-c124d10e-82c5caab";
    private static final String META1 = D1 + ",10000032,50414267,CHEST (PA AND LAT),PA,3056,2544,21800506,213014.531,"
            + "CHEST (PA AND LAT),postero-anterior,Erect\n";
    private static final String META2 = D2 + ",10000032,50414267,CHEST (PA AND LAT),LATERAL,3056,2544,21800506,"
            + "213014.531,CHEST (PA AND LAT),lateral,Erect\n";
    private static final String META3 = D3 + ",10000764,57375967,CHEST (PORTABLE AP),AP,2705,2539,21321018,"
            + "131024.828,CHEST (PORTABLE AP),antero-posterior,\n";
    private static final String SPLIT = "dicom_id,study_id,subject_id,split\n" + D1 + ",50414267,10000032,train\n"
            + D2 + ",50414267,10000032,validate\n" + D3 + ",57375967,10000764,test\n";
    private static final String LABEL_HEADER = "subject_id,study_id,Atelectasis,Cardiomegaly,Consolidation,Edema,"
            + "Enlarged Cardiomediastinum,Fracture,Lung Lesion,Lung Opacity,No Finding,Pleural Effusion,"
            + "Pleural Other,Pneumonia,Pneumothorax,Support Devices\n";
    private static final String LABEL1 = "10000032,50414267,,,,,,,,,1.0,,,,,\n";
    private static final String LABEL2 = "10000764,57375967,,1.0,-1.0,0.0,,,,1.0,,,,-1.0,,\n";

    @TempDir
    Path root;

    private final MimicCxrJpgImporter importer = new MimicCxrJpgImporter();

    private Path image(String subject, String study, String dicom) {
        return root.resolve("files/p" + subject.substring(0, 2) + "/p" + subject + "/s" + study + "/" + dicom + ".jpg");
    }

    private void write(boolean gz, String metadata, String labels) throws IOException {
        Fixtures.image(image("10000032", "50414267", D1));
        Fixtures.image(image("10000032", "50414267", D2));
        Fixtures.image(image("10000764", "57375967", D3));
        String suffix = gz ? ".csv.gz" : ".csv";
        for (var file : List.of(List.of("metadata", METADATA_HEADER + metadata), List.of("split", SPLIT),
                List.of("chexpert", LABEL_HEADER + labels))) {
            Path path = root.resolve("mimic-cxr-2.0.0-" + file.get(0) + suffix);
            if (gz) {
                Fixtures.gzip(path, file.get(1));
            } else {
                Fixtures.text(path, file.get(1));
            }
        }
    }

    @Test
    void readsGzippedFilesJoiningLabelsSplitsAndPaths() throws Exception {
        write(true, META1 + META2 + META3, LABEL1 + LABEL2);
        ImportResult result = importer.read(root, ImportOptions.strict());
        assertEquals(List.of(), result.skipped());
        assertEquals(14, result.manifest().labelNames().size());
        List<ManifestEntry> entries = result.manifest().entries();
        assertEquals(3, entries.size());
        ManifestEntry first = entries.get(0);
        assertEquals(image("10000032", "50414267", D1).toAbsolutePath(), first.image());
        assertEquals("10000032", first.patientId());
        assertEquals("50414267", first.studyId());
        assertEquals("PA", first.attributes().get("view"));
        assertEquals(SplitName.TRAIN, first.officialSplit());
        assertEquals(LabelValue.POSITIVE, first.label("No Finding"));
        assertEquals(LabelValue.MISSING, first.label("Edema"));
        assertEquals(SplitName.VALIDATION, entries.get(1).officialSplit());
        assertEquals("LATERAL", entries.get(1).attributes().get("view"));
        ManifestEntry third = entries.get(2);
        assertEquals(SplitName.TEST, third.officialSplit());
        assertEquals(LabelValue.POSITIVE, third.label("Cardiomegaly"));
        assertEquals(LabelValue.UNCERTAIN, third.label("Consolidation"));
        assertEquals(LabelValue.NEGATIVE, third.label("Edema"));
        assertEquals(LabelValue.UNCERTAIN, third.label("Pneumonia"));
        assertEquals("mimic-cxr-2.0.0-metadata.csv.gz:4", third.source());
    }

    @Test
    void readsPlainCsvFiles() throws Exception {
        write(false, META1 + META3, LABEL1 + LABEL2);
        assertEquals(2, importer.read(root, ImportOptions.strict()).manifest().size());
    }

    @Test
    void studyWithoutLabelRowIsAProblem() throws Exception {
        write(false, META1 + META2 + META3, LABEL1);
        ImportResult result = importer.read(root, ImportOptions.lenient());
        assertEquals(2, result.manifest().size());
        DataProblem problem = result.skipped().get(0);
        assertEquals(root.resolve("mimic-cxr-2.0.0-metadata.csv").toAbsolutePath(), problem.file());
        assertEquals(4, problem.row());
        assertEquals("study_id", problem.column());
        assertThrows(DataSetException.class, () -> importer.read(root, ImportOptions.strict()));
    }

    @Test
    void badLabelValueIsAProblemOfTheLabelFile() throws Exception {
        write(true, META1 + META2 + META3, LABEL1 + LABEL2.replace("1.0,-1.0", "yes,-1.0"));
        ImportResult result = importer.read(root, ImportOptions.lenient());
        assertEquals(2, result.manifest().size());
        DataProblem problem = result.skipped().get(0);
        assertEquals(root.resolve("mimic-cxr-2.0.0-chexpert.csv.gz").toAbsolutePath(), problem.file());
        assertEquals(3, problem.row());
        assertEquals("Cardiomegaly", problem.column());
        // the study's image then has no usable label row: a second problem, never a silent drop
        assertEquals(2, result.skipped().size());
        DataSetException e = assertThrows(DataSetException.class, () -> importer.read(root, ImportOptions.strict()));
        assertEquals("Cardiomegaly", e.getProblems().get(0).column());
    }

    @Test
    void wrongFieldCountIsAProblem() throws Exception {
        write(false, META1 + D2 + ",10000032,50414267,CHEST\n" + META3, LABEL1 + LABEL2);
        ImportResult result = importer.read(root, ImportOptions.lenient());
        assertEquals(2, result.manifest().size());
        assertEquals(3, result.skipped().get(0).row());
        assertTrue(result.skipped().get(0).message().contains("expected 12 fields"));
    }

    @Test
    void missingImageIsAProblemNamingThePath() throws Exception {
        write(true, META1 + META2 + META3, LABEL1 + LABEL2);
        Files.delete(image("10000032", "50414267", D2));
        ImportResult result = importer.read(root, ImportOptions.lenient());
        assertEquals(2, result.manifest().size());
        DataProblem problem = result.skipped().get(0);
        assertEquals(3, problem.row());
        assertTrue(problem.message().contains("p10/p10000032/s50414267/" + D2 + ".jpg"), problem.message());
        assertThrows(DataSetException.class, () -> importer.read(root, ImportOptions.strict()));
    }

    @Test
    void missingMetadataFileFails() {
        DataSetException e = assertThrows(DataSetException.class, () -> importer.read(root, ImportOptions.lenient()));
        assertTrue(e.getProblems().get(0).file().endsWith("mimic-cxr-2.0.0-metadata.csv"));
    }
}
