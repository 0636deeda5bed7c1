package org.confounderlab.engine.run;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import org.confounderlab.engine.data.DataProblem;
import org.confounderlab.engine.data.DataSetException;
import org.confounderlab.engine.data.DataSetLocation;
import org.confounderlab.engine.data.ProblemReport;
import org.confounderlab.engine.data.ImportOptions;
import org.confounderlab.engine.data.ImportResult;
import org.confounderlab.engine.data.Manifest;
import org.confounderlab.engine.data.importers.DataSetImporters;
import org.confounderlab.model.experiment.Experiment;
import org.confounderlab.model.run.ArtifactKind;
import org.confounderlab.model.run.InputRecord;
import org.confounderlab.model.run.Run;

/**
 * The "import" stage of a run: reads the experiment's data set with the importer of its format, leniently (a row
 * that cannot be used is skipped, not fatal). The skipped rows are summarised by reason and listed in full in the
 * run folder.
 */
public final class ImportStage {

    /** The list of the manifest rows the import skipped, in the run folder. */
    public static final String SKIPPED_ROWS_FILE = "skipped-rows.tsv";

    private final PrintStream progress;

    public ImportStage(PrintStream progress) {
        this.progress = progress;
    }

    /**
     * The data set of {@code experiment}, its location read relative to {@code experimentFile}'s folder, recorded in
     * {@code run}'s inputs; the skipped rows are listed in {@code folder}.
     */
    public Manifest read(Run run, Experiment experiment, Path experimentFile, RunFolder folder)
            throws DataSetException, IOException {
        ImportResult result = imported(experiment, experimentFile);
        ProblemReport.report("skipped rows", result.skipped(), folder.path().resolve(SKIPPED_ROWS_FILE), progress);
        if (!result.skipped().isEmpty()) {
            run.getArtifacts().add(RunRecords.artifact(ArtifactKind.LOG, SKIPPED_ROWS_FILE, result.skipped().size()
                    + (result.skipped().size() == 1 ? " row" : " rows") + " of the data set skipped"));
        }
        InputRecord inputs = RunRecords.inputs(run);
        inputs.setImages(result.manifest().size());
        inputs.setSkippedRows(result.skipped().size());
        if (result.manifest().size() == 0) {
            // Stop here, in words, rather than split, cache and train on nothing.
            String first = result.skipped().isEmpty() ? "" : ", the first: " + result.skipped().get(0).message();
            throw new DataSetException(new DataProblem(DataSetLocation.of(experiment, experimentFile), 0, null,
                    "none of the " + result.skipped().size() + " rows of the data set can be used (the list is in "
                    + folder.path().resolve(SKIPPED_ROWS_FILE) + first + "); are the images where the table says, "
                    + "and is the experiment's location right?"));
        }
        return result.manifest();
    }

    /** The data set of {@code experiment} as the other method reads it, the skipped rows only counted. */
    public Manifest read(Experiment experiment, Path experimentFile) throws DataSetException, IOException {
        ImportResult result = imported(experiment, experimentFile);
        if (!result.skipped().isEmpty()) {
            progress.println("skipped rows: " + result.skipped().size() + ", the first: " + result.skipped().get(0));
        }
        return result.manifest();
    }

    private ImportResult imported(Experiment experiment, Path experimentFile) throws DataSetException, IOException {
        List<String> labels = List.copyOf(experiment.getDataset().getLabelNames());
        Path location = DataSetLocation.of(experiment, experimentFile);
        ImportResult result = DataSetImporters.forFormat(experiment.getDataset().getFormat(), labels)
                .read(location, ImportOptions.lenient());
        progress.printf("data set: %d images (%d rows skipped)%n", result.manifest().size(), result.skipped().size());
        return result;
    }
}
