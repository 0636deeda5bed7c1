package org.confounderlab.engine.run;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import org.confounderlab.model.resource.ModelFiles;
import org.confounderlab.model.run.Run;

/**
 * One run's folder, {@code <runs>/<experiment>/<run-id>/}: the run model {@code run.run} (saved atomically, so a
 * reader never sees half a file), the predictions table, the model file, and plots and reports beside them.
 */
public record RunFolder(Path path, String id) {

    /** The run model's file name. */
    public static final String RUN_FILE = "run.run";
    /** The per-image predictions table. */
    public static final String PREDICTIONS_FILE = "predictions.csv";
    /** The trained model. */
    public static final String MODEL_FILE = "model.zip";

    private static final DateTimeFormatter ID_FORMAT = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    /** A new, empty run folder for {@code experimentName} under {@code runsFolder}, named by the current time. */
    public static RunFolder create(Path runsFolder, String experimentName) throws IOException {
        Path experimentFolder = runsFolder.resolve(experimentName);
        Files.createDirectories(experimentFolder);
        String base = LocalDateTime.now().format(ID_FORMAT);
        // createDirectory is atomic: two runs started in the same second (two launches at once) get distinct folders.
        for (int n = 1;; n++) {
            String id = n == 1 ? base : base + "-" + n;
            try {
                return new RunFolder(Files.createDirectory(experimentFolder.resolve(id)), id);
            } catch (FileAlreadyExistsException e) {
                // taken: try the next suffix
            }
        }
    }

    /** The run model file. */
    public Path runFile() {
        return path.resolve(RUN_FILE);
    }

    /** Saves the run model atomically. */
    public void save(Run run) throws IOException {
        ModelFiles.save(run, runFile());
    }
}
