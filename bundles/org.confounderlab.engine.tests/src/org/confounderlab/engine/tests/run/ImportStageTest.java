package org.confounderlab.engine.tests.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.confounderlab.engine.data.DataSetException;
import org.confounderlab.engine.run.ImportStage;
import org.confounderlab.engine.run.RunFolder;
import org.confounderlab.engine.tests.RealFiles;
import org.confounderlab.model.experiment.DatasetFormat;
import org.confounderlab.model.experiment.Experiment;
import org.confounderlab.model.run.Run;
import org.confounderlab.model.run.RunFactory;
import org.confounderlab.model.templates.ExperimentTemplates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The import stage on the real ChestX-ray14 table without its images, as a run meets it before the images are
 * downloaded: every row is skipped for its missing image, the summary is short, the list complete, and the run
 * stops there in words instead of splitting, caching and training nothing.
 */
class ImportStageTest {

    @Test
    void aDataSetWithoutItsImagesStopsTheRunAtTheImportInWords(@TempDir Path folder) throws Exception {
        Experiment experiment = ExperimentTemplates.newDefault("nih", DatasetFormat.CHESTXRAY14,
                RealFiles.of("nih-cxr14").toString(), List.of("Effusion"));
        Path experimentFile = folder.resolve("nih.experiment");
        RunFolder runFolder = RunFolder.create(folder.resolve("runs"), "nih");
        Run run = RunFactory.eINSTANCE.createRun();
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        DataSetException stopped = assertThrows(DataSetException.class, () -> new ImportStage(new PrintStream(log,
                true, StandardCharsets.UTF_8)).read(run, experiment, experimentFile, runFolder));
        assertTrue(stopped.getMessage().contains("none of the 112120 rows of the data set can be used"),
                stopped.getMessage());
        assertTrue(stopped.getMessage().contains("image not found"), stopped.getMessage());
        String printed = log.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("112120 × "), "one line per reason: " + printed.substring(0, 300));
        assertTrue(printed.lines().count() < 30, printed.lines().count() + " lines");
        assertEquals(112_121, Files.readAllLines(runFolder.path().resolve(ImportStage.SKIPPED_ROWS_FILE)).size());
        assertEquals(112_120, run.getInputs().getSkippedRows());
    }
}
