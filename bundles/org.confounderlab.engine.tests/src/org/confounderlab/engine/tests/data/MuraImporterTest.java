package org.confounderlab.engine.tests.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.confounderlab.engine.data.DataProblem;
import org.confounderlab.engine.data.DataSetException;
import org.confounderlab.engine.data.ImportOptions;
import org.confounderlab.engine.data.ImportResult;
import org.confounderlab.engine.data.LabelValue;
import org.confounderlab.engine.data.ManifestEntry;
import org.confounderlab.engine.data.SplitName;
import org.confounderlab.engine.data.importers.MuraImporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MuraImporterTest {

    private static final String SHOULDER = "MURA-v1.1/train/XR_SHOULDER/patient00001/study1_positive/";
    private static final String HAND = "MURA-v1.1/train/XR_HAND/patient00002/study1_negative/";
    private static final String WRIST = "MURA-v1.1/valid/XR_WRIST/patient11185/study1_positive/";

    @TempDir
    Path root;

    private final MuraImporter importer = new MuraImporter();

    private Path mura() {
        return root.resolve("MURA-v1.1");
    }

    private void write(String trainLabels) throws IOException {
        for (String image : List.of(SHOULDER + "image1.png", SHOULDER + "image2.png", HAND + "image1.png",
                WRIST + "image1.png")) {
            Fixtures.image(root.resolve(image));
        }
        Fixtures.text(mura().resolve("train_image_paths.csv"),
                SHOULDER + "image1.png\n" + SHOULDER + "image2.png\n" + HAND + "image1.png\n");
        Fixtures.text(mura().resolve("train_labeled_studies.csv"), trainLabels);
        Fixtures.text(mura().resolve("valid_image_paths.csv"), WRIST + "image1.png\n");
        Fixtures.text(mura().resolve("valid_labeled_studies.csv"), WRIST + ",1\n");
    }

    @Test
    void readsStudyLabelsBodyPartsAndSplitsFromEitherLevel() throws Exception {
        write(SHOULDER + ",1\n" + HAND + ",0\n");
        for (Path location : List.of(root, mura())) {
            ImportResult result = importer.read(location, ImportOptions.strict());
            assertEquals(List.of("abnormal"), result.manifest().labelNames());
            assertEquals(List.of("body_part"), result.manifest().attributeNames());
            List<ManifestEntry> entries = result.manifest().entries();
            assertEquals(4, entries.size());
            ManifestEntry shoulder = entries.get(1);
            assertEquals(root.resolve(SHOULDER + "image2.png").toAbsolutePath(), shoulder.image());
            assertEquals(LabelValue.POSITIVE, shoulder.label("abnormal"));
            assertEquals("SHOULDER", shoulder.attributes().get("body_part"));
            assertEquals("patient00001", shoulder.patientId());
            assertEquals("patient00001/study1", shoulder.studyId());
            assertEquals(SplitName.TRAIN, shoulder.officialSplit());
            assertEquals(LabelValue.NEGATIVE, entries.get(2).label("abnormal"));
            assertEquals("HAND", entries.get(2).attributes().get("body_part"));
            ManifestEntry wrist = entries.get(3);
            assertEquals(SplitName.TEST, wrist.officialSplit());
            assertEquals("WRIST", wrist.attributes().get("body_part"));
            assertEquals("valid_image_paths.csv:1", wrist.source());
        }
    }

    @Test
    void gzippedTablesAreReadAsThePlainOnes() throws Exception {
        write(SHOULDER + ",1\n" + HAND + ",0\n");
        for (String name : List.of("train_image_paths.csv", "train_labeled_studies.csv")) {
            Path plain = mura().resolve(name);
            Fixtures.gzip(mura().resolve(name + ".gz"), java.nio.file.Files.readString(plain));
            java.nio.file.Files.delete(plain);
        }
        ImportResult result = importer.read(root, ImportOptions.strict());
        assertEquals(4, result.manifest().size());
        assertEquals(LabelValue.POSITIVE, result.manifest().entries().get(0).label("abnormal"));
        assertEquals("train_image_paths.csv.gz:1", result.manifest().entries().get(0).source());
    }

    @Test
    void badLabelValueSkipsTheStudysImages() throws Exception {
        write(SHOULDER + ",2\n" + HAND + ",0\n");
        ImportResult result = importer.read(root, ImportOptions.lenient());
        assertEquals(2, result.manifest().size());
        DataProblem problem = result.skipped().get(0);
        assertEquals(mura().resolve("train_labeled_studies.csv").toAbsolutePath(), problem.file());
        assertEquals(1, problem.row());
        assertEquals("label", problem.column());
        assertEquals(3, result.skipped().size()); // the label row and both of its images
        DataSetException e = assertThrows(DataSetException.class, () -> importer.read(root, ImportOptions.strict()));
        assertEquals("label", e.getProblems().get(0).column());
    }

    @Test
    void studyWithoutLabelRowIsAProblem() throws Exception {
        write(SHOULDER + ",1\n");
        ImportResult result = importer.read(root, ImportOptions.lenient());
        assertEquals(3, result.manifest().size());
        DataProblem problem = result.skipped().get(0);
        assertEquals(3, problem.row());
        assertEquals("path", problem.column());
        assertTrue(problem.message().contains("no label row"), problem.message());
        assertThrows(DataSetException.class, () -> importer.read(root, ImportOptions.strict()));
    }

    @Test
    void wrongFieldCountIsAProblem() throws Exception {
        write(SHOULDER + ",1,extra\n" + HAND + ",0\n");
        ImportResult result = importer.read(root, ImportOptions.lenient());
        assertEquals(1, result.skipped().get(0).row());
        assertTrue(result.skipped().get(0).message().contains("expected 2 fields"));
    }

    @Test
    void missingImageIsAProblemNamingThePath() throws Exception {
        write(SHOULDER + ",1\n" + HAND + ",0\n");
        java.nio.file.Files.delete(root.resolve(HAND + "image1.png"));
        ImportResult result = importer.read(root, ImportOptions.lenient());
        assertEquals(3, result.manifest().size());
        DataProblem problem = result.skipped().get(0);
        assertEquals(mura().resolve("train_image_paths.csv").toAbsolutePath(), problem.file());
        assertEquals(3, problem.row());
        assertTrue(problem.message().contains(HAND + "image1.png"), problem.message());
        assertThrows(DataSetException.class, () -> importer.read(root, ImportOptions.strict()));
    }

    @Test
    void missingFilesFail() throws Exception {
        assertThrows(DataSetException.class, () -> importer.read(root, ImportOptions.lenient()));
        Fixtures.text(mura().resolve("train_image_paths.csv"), SHOULDER + "image1.png\n");
        DataSetException e = assertThrows(DataSetException.class, () -> importer.read(root, ImportOptions.lenient()));
        assertTrue(e.getProblems().get(0).file().endsWith("train_labeled_studies.csv"));
    }
}
