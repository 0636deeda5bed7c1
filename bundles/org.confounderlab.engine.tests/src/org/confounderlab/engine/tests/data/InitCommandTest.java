package org.confounderlab.engine.tests.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.confounderlab.engine.cli.ConfounderLabCommand;
import org.confounderlab.engine.cli.ExitCode;
import org.confounderlab.engine.cli.InitCommand;
import org.confounderlab.engine.data.importers.ChestXray14Importer;
import org.confounderlab.engine.synthetic.SyntheticDataSpec;
import org.confounderlab.engine.synthetic.SyntheticGenerator;
import org.confounderlab.engine.tests.RealFiles;
import org.confounderlab.model.experiment.ConfounderAttribute;
import org.confounderlab.model.experiment.DatasetFormat;
import org.confounderlab.model.experiment.Experiment;
import org.confounderlab.model.resource.ModelFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code init} writes a ready experiment from a data set's metadata: the real ChestX-ray14 table (format, its 14
 * findings, age/sex/view/follow-up with age and sex protected) and a generic manifest (its 0/1 columns and hinted
 * attributes, the path relative to the experiment), each accepted by {@code validate}.
 */
class InitCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int init(String... args) {
        return InitCommand.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private int validate(Path file) {
        return new ConfounderLabCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run("validate", file.toString());
    }

    @Test
    void theRealChestXray14FolderBecomesAValidExperiment(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("nih.experiment");
        assertEquals(ExitCode.OK, init(RealFiles.of("nih-cxr14").toString(), "--out", file.toString()), err.toString());
        Experiment experiment = ModelFiles.loadExperiment(file);
        assertEquals(DatasetFormat.CHESTXRAY14, experiment.getDataset().getFormat());
        assertEquals(ChestXray14Importer.LABELS, experiment.getDataset().getLabelNames());
        assertEquals(ChestXray14Importer.ATTRIBUTES, experiment.getAttributes().stream()
                .map(ConfounderAttribute::getColumn).toList());
        assertTrue(experiment.getAttributes().stream().filter(ConfounderAttribute::isProtected)
                .map(ConfounderAttribute::getColumn).toList().containsAll(List.of("age", "sex")));
        assertFalse(experiment.getAttributes().stream().filter(a -> a.getColumn().equals("view")).findFirst()
                .orElseThrow().isProtected());
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("112120 images"), out.toString());
        assertEquals(ExitCode.OK, validate(file), err.toString(StandardCharsets.UTF_8));

        assertEquals(ExitCode.BAD_INPUT, init(RealFiles.of("nih-cxr14").toString(), "--out", file.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("exists"), "never overwritten");
    }

    @Test
    void aGenericManifestGetsItsLabelsAndAttributesAndARelativePath(@TempDir Path folder) throws Exception {
        new SyntheticGenerator(SyntheticDataSpec.defaults().withSize(32).withCount(20).withSeed(2))
                .generate(folder.resolve("data"));
        Path file = folder.resolve("mine.experiment");
        assertEquals(ExitCode.OK, init(folder.resolve("data").toString(), "--label", SyntheticGenerator.LABEL,
                "--name", "mine", "--out", file.toString()), err.toString());
        Experiment experiment = ModelFiles.loadExperiment(file);
        assertEquals("mine", experiment.getName());
        assertEquals("data/" + SyntheticGenerator.MANIFEST, experiment.getDataset().getLocation());
        assertEquals(List.of(SyntheticGenerator.LABEL), experiment.getDataset().getLabelNames());
        List<String> columns = experiment.getAttributes().stream().map(ConfounderAttribute::getColumn).toList();
        assertTrue(columns.containsAll(List.of("site", "sex", "age", "technologist")), columns.toString());
        assertFalse(columns.contains("patient_id"), columns.toString());
        assertTrue(experiment.getSplit().isUseOfficialSplit(), "the generator writes a split column");
        assertEquals(ExitCode.OK, validate(file), err.toString(StandardCharsets.UTF_8));

        assertEquals(ExitCode.BAD_INPUT, init(folder.resolve("data").toString(), "--format", "chexpert", "--out",
                folder.resolve("as-chexpert.experiment").toString()), "--format is applied");
        assertFalse(Files.exists(folder.resolve("as-chexpert.experiment")));
        assertEquals(ExitCode.BAD_INPUT, init(folder.resolve("data").toString(), "--label", "nope", "--out",
                folder.resolve("other.experiment").toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("nope"), err.toString(StandardCharsets.UTF_8));
        assertFalse(Files.exists(folder.resolve("other.experiment")));
    }
}
