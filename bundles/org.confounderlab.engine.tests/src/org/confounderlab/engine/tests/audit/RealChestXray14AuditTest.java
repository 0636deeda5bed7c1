package org.confounderlab.engine.tests.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.confounderlab.engine.audit.AttributeLabelAssociation;
import org.confounderlab.engine.audit.DatasetAudit;
import org.confounderlab.engine.audit.DatasetAuditor;
import org.confounderlab.engine.cli.AuditCommand;
import org.confounderlab.engine.cli.ExitCode;
import org.confounderlab.engine.data.DataSetLocation;
import org.confounderlab.engine.data.ImportOptions;
import org.confounderlab.engine.data.ImportResult;
import org.confounderlab.engine.data.ProblemPolicy;
import org.confounderlab.engine.tests.RealFiles;
import org.confounderlab.engine.tests.stats.MiniJson;
import org.confounderlab.model.experiment.DatasetFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The audit of the real NIH ChestX-ray14 label table (the 2020 revision, gzipped, as NIH and torchxrayvision ship
 * it; {@code real/nih-cxr14/}) from its folder alone, without one image: 112,120 images of 30,805 patients, and the
 * known association of the AP view with Edema (88.0 % of Edema images are AP, 15.4 % of Hernia images).
 */
class RealChestXray14AuditTest {

    private static final Path FOLDER = RealFiles.of("nih-cxr14");

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int audit(String... args) {
        return AuditCommand.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theFolderIsDetectedAndItsTableAuditedWithoutImages() throws Exception {
        DataSetLocation location = DataSetLocation.of(FOLDER, null);
        assertEquals(DatasetFormat.CHESTXRAY14, location.format());
        ImportResult result = location.read(List.of(), new ImportOptions(ProblemPolicy.SKIP, false));
        assertEquals(112_120, result.manifest().size());
        assertTrue(result.skipped().isEmpty(), result.skipped().toString());
        assertEquals(Map.of("Edema", 2_303L, "Hernia", 227L), Map.of(
                "Edema", result.manifest().entries().stream().filter(e -> e.labels().get("Edema") == org.confounderlab.engine.data.LabelValue.POSITIVE).count(),
                "Hernia", result.manifest().entries().stream().filter(e -> e.labels().get("Hernia") == org.confounderlab.engine.data.LabelValue.POSITIVE)
                        .count()));
        assertTrue(result.manifest().regionNames().contains("Infiltration"), "the boxes' 'Infiltrate' is read as "
                + "Infiltration: " + result.manifest().regionNames());

        DatasetAudit audit = new DatasetAuditor().audit(result.manifest(), List.of("Edema", "Hernia"));
        assertTrue(audit.associations().stream().noneMatch(a -> a.attribute().startsWith("region:")),
                "a finding's boxes say which images were annotated: not audited as a confounder");
        assertEquals(112_120, audit.entries());
        assertEquals(30_805, audit.patients());
        AttributeLabelAssociation strongest = audit.associations().stream().filter(a -> a.label().equals("Edema"))
                .filter(a -> !a.attribute().startsWith("region:"))
                .max(Comparator.comparingDouble(AttributeLabelAssociation::cramersV)).orElseThrow();
        assertEquals("view", strongest.attribute(), "View Position is Edema's strongest association");
        assertEquals(0.880, strongest.shareAmongPositives("AP"), 0.0005);
        assertEquals(0.154, audit.find("view", "Hernia").orElseThrow().shareAmongPositives("AP"), 0.0005);
    }

    @Test
    void theCommandLineSaysTheSame() {
        assertEquals(ExitCode.OK, audit(FOLDER.toString(), "--label", "Edema,Hernia"), err());
        String text = out();
        assertTrue(text.startsWith("data set: 112120 images, 30805 patients"), text);
        String edemaView = text.lines().filter(l -> l.strip().startsWith("Edema") && l.contains(" view ")).findFirst()
                .orElseThrow(() -> new AssertionError(text));
        assertTrue(edemaView.contains("AP") && edemaView.contains("88.0 %"), edemaView);
        String herniaView = text.lines().filter(l -> l.strip().startsWith("Hernia") && l.contains(" view "))
                .findFirst().orElseThrow(() -> new AssertionError(text));
        assertTrue(herniaView.contains("AP") && herniaView.contains("15.4 %"), herniaView);
        int edemaFirst = text.indexOf("  Edema ");
        assertTrue(edemaFirst > 0 && text.indexOf(edemaView) == text.indexOf("  Edema "),
                "Edema's first (strongest) row is its view row:\n" + text);
        assertTrue(err().contains("images: 0 of 112120 on disk"), err());
        assertFalse(err().contains("skipped"), "no row is skipped: " + err());
    }

    @Test
    void withoutLabelsEveryFindingIsAuditedInOneCompactTable() {
        assertEquals(ExitCode.OK, audit(FOLDER.resolve("Data_Entry_2017_v2020.csv.gz").toString()), err());
        String text = out();
        assertTrue(text.contains("Cardiomegaly") && text.contains("Pleural_Thickening") && text.contains("Hernia"),
                text);
        assertFalse(text.contains("prevalence of"), "no per-label blocks for 14 labels");
        assertTrue(text.lines().count() < 60, "readable: " + text.lines().count() + " lines");
    }

    @Test
    void jsonKeepsItsKeys(@TempDir Path folder) throws Exception {
        assertEquals(ExitCode.OK, audit(FOLDER.toString(), "--label", "Edema", "--json", "--format", "chestxray14"),
                err());
        Map<String, Object> json = MiniJson.object(MiniJson.parse(out()));
        assertEquals(112_120.0, ((Number) json.get("entries")).doubleValue());
        assertEquals(30_805.0, ((Number) json.get("patients")).doubleValue());
        Map<String, Object> first = MiniJson.object(MiniJson.array(json.get("associations")).get(0));
        for (String key : List.of("attribute", "label", "cramersV", "attributeOnlyAuc")) {
            assertTrue(first.containsKey(key), key);
        }
        Path problems = folder.resolve("problems.tsv");
        assertEquals(ExitCode.OK, audit(FOLDER.toString(), "--label", "Edema", "--check-images", "--problems",
                problems.toString()), err());
        assertTrue(err().contains("images: 0 of 112120 found and readable"), err());
        List<String> listed = Files.readAllLines(problems);
        assertEquals(112_121, listed.size(), "a header and every missing image");
        assertTrue(err().contains("… and 112100 more"), err());
    }
}
