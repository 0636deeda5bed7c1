package org.confounderlab.engine.tests.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.confounderlab.engine.data.Box;
import org.confounderlab.engine.data.DataProblem;
import org.confounderlab.engine.data.DataSetException;
import org.confounderlab.engine.data.ImportOptions;
import org.confounderlab.engine.data.ImportResult;
import org.confounderlab.engine.data.LabelValue;
import org.confounderlab.engine.data.ManifestEntry;
import org.confounderlab.engine.data.SplitName;
import org.confounderlab.engine.data.importers.ChestXray14Importer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChestXray14ImporterTest {

    // the real header: bracketed names with unquoted commas, so it has more commas than names
    private static final String HEADER = "Image Index,Finding Labels,Follow-up #,Patient ID,Patient Age,"
            + "Patient Gender,View Position,OriginalImage[Width,Height],OriginalImagePixelSpacing[x,y]\n";
    private static final String ROW1 = "00000001_000.png,Cardiomegaly,0,1,58,M,PA,2682,2749,0.143,0.143\n";
    private static final String ROW2 = "00000001_001.png,Cardiomegaly|Emphysema,1,1,58,M,PA,2894,2729,0.143,0.143\n";
    private static final String ROW3 = "00000003_000.png,Infiltration|Mass,0,3,81,F,AP,2048,2500,0.168,0.168,\n";
    private static final String ROW4 = "00000004_000.png,No Finding,0,4,082Y,M,AP,2500,2048,0.168,0.168\n";

    @TempDir
    Path root;

    private final ChestXray14Importer importer = new ChestXray14Importer();

    private void write(String rows) throws IOException {
        Fixtures.image(root.resolve("images_001/images/00000001_000.png"));
        Fixtures.image(root.resolve("images_001/images/00000001_001.png"));
        Fixtures.image(root.resolve("images_002/images/00000003_000.png"));
        Fixtures.image(root.resolve("images/00000004_000.png"));
        Fixtures.text(root.resolve("Data_Entry_2017.csv"), HEADER + rows);
        Fixtures.text(root.resolve("BBox_List_2017.csv"), "Image Index,Finding Label,Bbox [x,y,w,h],,,\n"
                + "00000003_000.png,Infiltrate,100.5,200,50,60\n"
                + "00000003_000.png,Mass,10,20,30,40\n"
                + "00000001_000.png,Cardiomegaly,300,400,500,600\n");
        Fixtures.text(root.resolve("train_val_list.txt"), "00000001_000.png\n00000001_001.png\n");
        Fixtures.text(root.resolve("test_list.txt"), "00000003_000.png\n");
    }

    @Test
    void readsFindingsAttributesBoxesAndSplits() throws Exception {
        write(ROW1 + ROW2 + ROW3 + ROW4);
        ImportResult result = importer.read(root, ImportOptions.strict());
        assertEquals(List.of(), result.skipped());
        assertEquals(14, result.manifest().labelNames().size());
        assertEquals(List.of("Cardiomegaly", "Infiltration", "Mass"), result.manifest().regionNames());
        List<ManifestEntry> entries = result.manifest().entries();
        assertEquals(4, entries.size());
        ManifestEntry first = entries.get(0);
        assertEquals(root.resolve("images_001/images/00000001_000.png").toAbsolutePath(), first.image());
        assertEquals("1", first.patientId());
        assertEquals(LabelValue.POSITIVE, first.label("Cardiomegaly"));
        assertEquals(LabelValue.NEGATIVE, first.label("Effusion"));
        assertEquals("58", first.attributes().get("age"));
        assertEquals("M", first.attributes().get("sex"));
        assertEquals("PA", first.attributes().get("view"));
        assertEquals("0", first.attributes().get("follow_up"));
        assertEquals(SplitName.TRAIN, first.officialSplit());
        assertEquals(new Box(300, 400, 500, 600), first.regions().get("Cardiomegaly"));
        assertEquals(LabelValue.POSITIVE, entries.get(1).label("Emphysema"));
        assertEquals("1", entries.get(1).attributes().get("follow_up"));
        ManifestEntry third = entries.get(2);
        assertEquals(SplitName.TEST, third.officialSplit());
        assertEquals(LabelValue.POSITIVE, third.label("Infiltration"));
        assertEquals(new Box(100.5, 200, 50, 60), third.regions().get("Infiltration"));
        assertEquals(new Box(10, 20, 30, 40), third.regions().get("Mass"));
        assertEquals("F", third.attributes().get("sex"));
        ManifestEntry fourth = entries.get(3);
        assertEquals(root.resolve("images/00000004_000.png").toAbsolutePath(), fourth.image());
        assertTrue(fourth.labels().values().stream().allMatch(v -> v == LabelValue.NEGATIVE));
        assertEquals("82", fourth.attributes().get("age"));
        assertNull(fourth.officialSplit());
        assertTrue(fourth.regions().isEmpty());
    }

    @Test
    void acceptsTheCsvFileAsLocation() throws Exception {
        write(ROW1);
        assertEquals(1, importer.read(root.resolve("Data_Entry_2017.csv"), ImportOptions.strict()).manifest().size());
    }

    @Test
    void readsThe2020ReleaseWithPatientSexHeader() throws Exception {
        write("");
        Files.delete(root.resolve("Data_Entry_2017.csv"));
        Fixtures.text(root.resolve("Data_Entry_2017_v2020.csv"),
                HEADER.replace("Patient Gender", "Patient Sex") + ROW3);
        ManifestEntry entry = importer.read(root, ImportOptions.strict()).manifest().entries().get(0);
        assertEquals("F", entry.attributes().get("sex"));
        assertEquals(LabelValue.POSITIVE, entry.label("Mass"));
    }

    @Test
    void unknownFindingIsAProblemNamingTheColumn() throws Exception {
        write(ROW1 + "00000001_001.png,Cardiomegaly|Tumour,1,1,58,M,PA,2894,2729,0.143,0.143\n" + ROW3);
        ImportResult result = importer.read(root, ImportOptions.lenient());
        assertEquals(2, result.manifest().size());
        DataProblem problem = result.skipped().get(0);
        assertEquals(root.resolve("Data_Entry_2017.csv").toAbsolutePath(), problem.file());
        assertEquals(3, problem.row());
        assertEquals("Finding Labels", problem.column());
        assertTrue(problem.message().contains("Tumour"));
        assertThrows(DataSetException.class, () -> importer.read(root, ImportOptions.strict()));
    }

    @Test
    void wrongFieldCountAndBadAgeAreProblems() throws Exception {
        write(ROW1 + "00000001_001.png,Cardiomegaly,1,1,58,M,PA,2894\n"
                + "00000003_000.png,Mass,0,3,old,F,AP,2048,2500,0.168,0.168\n");
        ImportResult result = importer.read(root, ImportOptions.lenient());
        assertEquals(1, result.manifest().size());
        assertEquals(3, result.skipped().get(0).row());
        assertTrue(result.skipped().get(0).message().contains("expected 11 fields"));
        assertEquals("Patient Age", result.skipped().get(1).column());
        assertThrows(DataSetException.class, () -> importer.read(root, ImportOptions.strict()));
    }

    @Test
    void missingImageIsAProblemNamingThePath() throws Exception {
        write(ROW1 + ROW4);
        Files.delete(root.resolve("images/00000004_000.png"));
        ImportResult result = importer.read(root, ImportOptions.lenient());
        assertEquals(1, result.manifest().size());
        DataProblem problem = result.skipped().get(0);
        assertEquals(3, problem.row());
        assertEquals("Image Index", problem.column());
        assertTrue(problem.message().contains("00000004_000.png"));
        assertThrows(DataSetException.class, () -> importer.read(root, ImportOptions.strict()));
    }

    @Test
    void badBoxRowIsAProblemOfTheBoxFile() throws Exception {
        write(ROW1);
        Fixtures.text(root.resolve("BBox_List_2017.csv"), "Image Index,Finding Label,Bbox [x,y,w,h],,,\n"
                + "00000001_000.png,Cardiomegaly,300,400,wide,600\n");
        ImportResult result = importer.read(root, ImportOptions.lenient());
        assertEquals(1, result.manifest().size());
        assertTrue(result.manifest().entries().get(0).regions().isEmpty());
        DataProblem problem = result.skipped().get(0);
        assertEquals(root.resolve("BBox_List_2017.csv").toAbsolutePath(), problem.file());
        assertEquals(2, problem.row());
        assertEquals("Bbox [x,y,w,h]", problem.column());
    }

    @Test
    void missingOrForeignDataEntryFileFails() throws Exception {
        DataSetException e = assertThrows(DataSetException.class, () -> importer.read(root, ImportOptions.lenient()));
        assertTrue(e.getProblems().get(0).file().endsWith("Data_Entry_2017.csv"));
        Fixtures.text(root.resolve("Data_Entry_2017.csv"), "path,patient_id\nx.png,1\n");
        assertThrows(DataSetException.class, () -> importer.read(root, ImportOptions.lenient()));
    }
}
