package org.confounderlab.engine.tests.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.confounderlab.engine.data.Box;
import org.confounderlab.engine.data.DataProblem;
import org.confounderlab.engine.data.DataSetException;
import org.confounderlab.engine.data.ImportOptions;
import org.confounderlab.engine.data.ImportResult;
import org.confounderlab.engine.data.LabelValue;
import org.confounderlab.engine.data.ManifestEntry;
import org.confounderlab.engine.data.ProblemPolicy;
import org.confounderlab.engine.data.SplitName;
import org.confounderlab.engine.data.importers.GenericCsvImporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenericCsvImporterTest {

    private static final String HEADER = "path,patient_id,study_id,split,pneumonia,effusion,hospital,region:marker\n";

    @TempDir
    Path folder;

    private final GenericCsvImporter importer = new GenericCsvImporter(List.of("pneumonia", "effusion"));

    private Path write(String rows) throws IOException {
        for (String name : List.of("a.png", "b.png", "c.png", "d.png")) {
            Fixtures.image(folder.resolve("img").resolve(name));
        }
        return Fixtures.text(folder.resolve("manifest.csv"), HEADER + rows);
    }

    @Test
    void readsLabelsAttributesRegionsAndSplits() throws Exception {
        Path absolute = folder.resolve("img/d.png").toAbsolutePath();
        Path file = write("img/a.png,p1,s1,train,1,0,\"St. Mary's, North\",10 20 30 40\n"
                + "img/b.png,p1,s2,validation,0,,A,\n"
                + "img/c.png,p2,,test,-1,1,B,\n"
                + absolute + ",p3,,,0,0,,\n");
        ImportResult result = importer.read(file, ImportOptions.strict());
        assertEquals(List.of(), result.skipped());
        assertEquals(List.of("pneumonia", "effusion"), result.manifest().labelNames());
        assertEquals(List.of("hospital"), result.manifest().attributeNames());
        assertEquals(List.of("marker"), result.manifest().regionNames());
        List<ManifestEntry> entries = result.manifest().entries();
        assertEquals(4, entries.size());
        ManifestEntry a = entries.get(0);
        assertEquals(folder.resolve("img/a.png").toAbsolutePath(), a.image());
        assertEquals("p1", a.patientId());
        assertEquals("s1", a.studyId());
        assertEquals(SplitName.TRAIN, a.officialSplit());
        assertEquals(LabelValue.POSITIVE, a.label("pneumonia"));
        assertEquals(LabelValue.NEGATIVE, a.label("effusion"));
        assertEquals("St. Mary's, North", a.attributes().get("hospital"));
        assertEquals(new Box(10, 20, 30, 40), a.regions().get("marker"));
        assertEquals("manifest.csv:2", a.source());
        ManifestEntry b = entries.get(1);
        assertEquals(SplitName.VALIDATION, b.officialSplit());
        assertEquals(LabelValue.MISSING, b.label("effusion"));
        assertTrue(b.regions().isEmpty());
        ManifestEntry c = entries.get(2);
        assertNull(c.studyId());
        assertEquals(SplitName.TEST, c.officialSplit());
        assertEquals(LabelValue.UNCERTAIN, c.label("pneumonia"));
        ManifestEntry d = entries.get(3);
        assertEquals(absolute, d.image());
        assertNull(d.officialSplit());
        assertTrue(d.attributes().isEmpty());
    }

    @Test
    void folderLocationReadsManifestCsv() throws Exception {
        write("img/a.png,p1,s1,train,1,0,A,\n");
        assertEquals(1, importer.read(folder, ImportOptions.strict()).manifest().size());
    }

    @Test
    void badLabelValueIsSkippedNamingFileRowAndColumn() throws Exception {
        Path file = write("img/a.png,p1,s1,train,1,0,A,\nimg/b.png,p1,s2,train,yes,0,A,\nimg/c.png,p2,,,0,0,B,\n");
        ImportResult result = importer.read(file, ImportOptions.lenient());
        assertEquals(2, result.manifest().size());
        DataProblem problem = result.skipped().get(0);
        assertEquals(file.toAbsolutePath(), problem.file());
        assertEquals(3, problem.row());
        assertEquals("pneumonia", problem.column());
        DataSetException e = assertThrows(DataSetException.class, () -> importer.read(file, ImportOptions.strict()));
        assertEquals(3, e.getProblems().get(0).row());
        assertEquals("pneumonia", e.getProblems().get(0).column());
    }

    @Test
    void badRegionAndSplitAreProblems() throws Exception {
        Path file = write("img/a.png,p1,s1,train,1,0,A,10 20 x 40\nimg/b.png,p1,s2,later,1,0,A,\n");
        ImportResult result = importer.read(file, ImportOptions.lenient());
        assertEquals(0, result.manifest().size());
        assertEquals("region:marker", result.skipped().get(0).column());
        assertEquals("split", result.skipped().get(1).column());
    }

    @Test
    void wrongFieldCountAndUnterminatedQuoteAreProblems() throws Exception {
        Path file = write("img/a.png,p1,s1,train,1,0\nimg/b.png,p1,s2,train,1,0,A,\nimg/c.png,p2,,,0,0,\"open,\n");
        ImportResult result = importer.read(file, ImportOptions.lenient());
        assertEquals(1, result.manifest().size());
        assertEquals(2, result.skipped().size());
        assertEquals(2, result.skipped().get(0).row());
        assertTrue(result.skipped().get(0).message().contains("expected 8 fields"));
        assertEquals(4, result.skipped().get(1).row());
        assertTrue(result.skipped().get(1).message().contains("unterminated"));
        assertThrows(DataSetException.class, () -> importer.read(file, ImportOptions.strict()));
    }

    @Test
    void missingImageIsAProblemNamingThePathUnlessImagesAreOptional() throws Exception {
        Path file = write("img/a.png,p1,s1,train,1,0,A,\nimg/gone.png,p1,s2,train,1,0,A,\n");
        ImportResult result = importer.read(file, ImportOptions.lenient());
        assertEquals(1, result.manifest().size());
        DataProblem problem = result.skipped().get(0);
        assertEquals(3, problem.row());
        assertEquals("path", problem.column());
        assertTrue(problem.message().contains("gone.png"), problem.message());
        DataSetException e = assertThrows(DataSetException.class, () -> importer.read(file, ImportOptions.strict()));
        assertTrue(e.getMessage().contains("gone.png"));
        assertEquals(2, importer.read(file, new ImportOptions(ProblemPolicy.STOP, false)).manifest().size());
    }

    @Test
    void unknownLabelColumnAndMissingFileFail() throws Exception {
        Path file = write("img/a.png,p1,s1,train,1,0,A,\n");
        DataSetException e = assertThrows(DataSetException.class,
                () -> new GenericCsvImporter(List.of("cardiomegaly")).read(file, ImportOptions.lenient()));
        assertEquals("cardiomegaly", e.getProblems().get(0).column());
        Path missing = folder.resolve("nope.csv");
        DataSetException notFound = assertThrows(DataSetException.class,
                () -> importer.read(missing, ImportOptions.lenient()));
        assertEquals(missing.toAbsolutePath(), notFound.getProblems().get(0).file());
    }
}
