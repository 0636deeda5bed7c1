package org.confounderlab.engine.tests.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.confounderlab.engine.cli.AuditCommand;
import org.confounderlab.engine.cli.ExitCode;
import org.confounderlab.engine.tests.stats.MiniJson;
import org.confounderlab.model.resource.ModelFiles;
import org.confounderlab.model.run.DatasetAssociation;
import org.confounderlab.model.run.DatasetAudit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditCommandTest {

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private Path manifest;

    @BeforeEach
    void writeManifest() throws IOException {
        StringBuilder csv = new StringBuilder("path,patient_id,split,Effusion,Edema,sex,age,region:marker\n");
        for (int i = 0; i < 40; i++) {
            String effusion = i % 10 == 9 ? "-1" : i % 2 == 0 ? "1" : "0";
            String marker = i % 2 == 0 ? "5 5 20 20" : "";
            csv.append("img/").append(i).append(".png,p").append(i / 2).append(",train,").append(effusion)
                    .append(',').append(i % 3 == 0 ? "1" : "0").append(',').append(i % 4 < 2 ? "F" : "M")
                    .append(',').append(20 + i).append(',').append(marker).append('\n');
        }
        manifest = folder.resolve("manifest.csv");
        Files.writeString(manifest, csv);
    }

    private int run(String... args) {
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
    void printsTextTables() {
        assertEquals(ExitCode.OK, run(manifest.toString(), "--label", "Effusion"), err());
        String text = out();
        assertTrue(text.contains("label Effusion: 20 positive, 16 negative, 4 uncertain, 0 missing"), text);
        assertTrue(text.contains("region:marker"), text);
        assertTrue(text.contains("prevalence of Effusion by sex:"), text);
        // a label column not asked for is just another attribute
        assertTrue(text.contains("Edema"), text);
    }

    @Test
    void writesJsonForSeveralLabels() {
        assertEquals(ExitCode.OK, run(manifest.toString(), "--label=Effusion,Edema", "--json"), err());
        Map<String, Object> json = MiniJson.object(MiniJson.parse(out()));
        assertEquals(2, MiniJson.array(json.get("labels")).size());
        // sex, age, marker for each of the two labels
        assertEquals(6, MiniJson.array(json.get("associations")).size());
        Map<String, Object> marker = MiniJson.object(MiniJson.array(json.get("associations")).get(2));
        assertEquals("region:marker", marker.get("attribute"));
        assertEquals(1.0, marker.get("attributeOnlyAuc"));
    }

    @Test
    void missingFileIsBadInputAndNamed() {
        Path absent = folder.resolve("absent.csv");
        assertEquals(ExitCode.BAD_INPUT, run(absent.toString(), "--label", "Effusion"));
        assertTrue(err().contains(absent.toString()), err());
    }

    @Test
    void withoutLabelsTheManifestsZeroOneColumnsAreAudited() throws IOException {
        assertEquals(ExitCode.OK, run(manifest.toString()), err());
        assertTrue(out().contains("label Effusion:") && out().contains("label Edema:"), out());
        Path noLabels = folder.resolve("nolabels.csv");
        Files.writeString(noLabels, "path,patient_id,sex\na.png,p1,F\nb.png,p2,M\n");
        assertEquals(ExitCode.BAD_INPUT, run(noLabels.toString()));
        assertTrue(err().contains("--label"), err());
    }

    @Test
    void anExperimentsDataSetIsAuditedAsItSays() throws IOException {
        org.confounderlab.model.experiment.Experiment experiment = org.confounderlab.model.templates
                .ExperimentTemplates.newDefault("audited", org.confounderlab.model.experiment.DatasetFormat.GENERIC_CSV,
                        "manifest.csv", List.of("Edema"));
        Path file = folder.resolve("audited.experiment");
        org.confounderlab.model.resource.ModelFiles.save(experiment, file);
        assertEquals(ExitCode.OK, run(file.toString()), err());
        assertTrue(out().contains("label Edema:") && !out().contains("label Effusion:"), out());
        assertTrue(err().contains("the data set of " + file), err());
    }

    @Test
    void theFormatOptionChoosesTheImporter() {
        assertEquals(ExitCode.BAD_INPUT, run(manifest.toString(), "--format", "chestxray14"));
        assertTrue(err().contains("not a ChestX-ray14 Data_Entry file"), err());
        err.reset();
        assertEquals(ExitCode.OK, run(manifest.toString(), "--format", "generic", "--label", "Edema"), err());
        assertTrue(err().contains("(generic-csv, as asked)"), err());
    }

    @Test
    void badArgumentsAreBadInput() {
        assertEquals(ExitCode.BAD_INPUT, run("--label", "Effusion"));
        assertEquals(ExitCode.BAD_INPUT, run(manifest.toString(), "--format", "dicomish"));
        assertTrue(err().contains("unknown format 'dicomish'"), err());
        assertEquals(ExitCode.BAD_INPUT, run(manifest.toString(), "--label", "Effusion", "--frobnicate"));
        assertEquals(ExitCode.BAD_INPUT, run(manifest.toString(), "--label", "Nope"));
        assertTrue(err().contains("Nope"), err());
        assertEquals("", out());
    }

    @Test
    void savesTheAuditAsAnEmfModel() throws Exception {
        Path saved = folder.resolve("data.audit");
        assertEquals(ExitCode.OK, run(manifest.toString(), "--label", "Effusion", "--save", saved.toString()), err());

        DatasetAudit audit = ModelFiles.loadAudit(saved);
        assertEquals(40, audit.getImageCount());
        assertEquals(manifest.toAbsolutePath().toString(), audit.getManifest());
        DatasetAssociation marker = audit.getAssociations().stream()
                .filter(a -> a.getAttribute().equals("region:marker") && a.getLabel().equals("Effusion"))
                .findFirst().orElseThrow();
        // The marker is present exactly on the even rows, which are the Effusion-positive ones (bar uncertain rows).
        assertEquals(1.0, marker.getCramersV(), 1e-12);
        assertEquals(1, marker.getDegreesOfFreedom());
        assertEquals(36, marker.getN());
        assertTrue(audit.getPrevalences().stream().anyMatch(p -> p.getAttribute().equals("sex") && p.getN() > 0));
    }

    @Test
    void refusesToSaveUnderAnotherExtension() {
        assertEquals(ExitCode.BAD_INPUT, run(manifest.toString(), "--label", "Effusion", "--save", "x.json"));
        assertTrue(err().contains("must end in .audit"), err());
    }
}
