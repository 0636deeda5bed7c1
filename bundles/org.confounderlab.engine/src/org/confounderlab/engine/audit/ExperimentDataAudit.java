package org.confounderlab.engine.audit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.confounderlab.engine.data.DataProblem;
import org.confounderlab.engine.data.DataSetException;
import org.confounderlab.engine.data.DataSetLocation;
import org.confounderlab.engine.data.ImportOptions;
import org.confounderlab.engine.data.ImportResult;
import org.confounderlab.engine.data.ManifestEntry;
import org.confounderlab.engine.data.ProblemPolicy;
import org.confounderlab.engine.data.importers.DataSetImporters;
import org.confounderlab.model.experiment.Experiment;

/**
 * The confounder audit of an experiment's data set: its metadata read as the experiment says (images need not be
 * there: a data set is often screened before its images are downloaded), then audited; and how many of the images
 * are on disk.
 */
public final class ExperimentDataAudit {

    /**
     * The audit and what was skipped on the way.
     *
     * @param audit    attribute × label associations, label summaries
     * @param dataSet  the data set's location, resolved
     * @param skipped  rows the importer left out, with their row and reason
     * @param entries  the rows audited, in manifest order
     * @param imagesFound how many of the rows' image files exist (not opened)
     */
    public record Result(DatasetAudit audit, Path dataSet, List<DataProblem> skipped, List<ManifestEntry> entries,
            long imagesFound, org.confounderlab.engine.imageproperties.ImagePropertyTable properties) {

        /** Example images of the subgroups of {@code attribute} (an {@code image:} property too, when measured). */
        public List<SubgroupSamples.Sample> samples(String attribute, String label, int perCell) {
            return SubgroupSamples.of(entries, Subgroups.of(entries, attribute, properties), label, perCell);
        }
    }

    private ExperimentDataAudit() {
    }

    /** Reads the data set of {@code experiment} (a relative location is resolved against its file) and audits it. */
    public static Result audit(Experiment experiment, Path experimentFile) throws DataSetException, IOException {
        try {
            return audit(experiment, experimentFile, false);
        } catch (InterruptedException e) {
            throw new IllegalStateException("a metadata audit does not wait", e);
        }
    }

    /**
     * The audit of {@link #audit(Experiment, Path)}, with {@code imageProperties} every image also measured (on all
     * cores; the images that are missing or unreadable have none) and its properties audited like attributes.
     */
    public static Result audit(Experiment experiment, Path experimentFile, boolean imageProperties)
            throws DataSetException, IOException, InterruptedException {
        Path location = DataSetLocation.of(experiment, experimentFile);
        List<String> labels = List.copyOf(experiment.getDataset().getLabelNames());
        ImportResult result = DataSetImporters.forFormat(experiment.getDataset().getFormat(), labels)
                .read(location, new ImportOptions(ProblemPolicy.SKIP, false));
        long found = result.manifest().entries().stream().filter(e -> Files.isRegularFile(e.image())).count();
        org.confounderlab.engine.imageproperties.ImagePropertyTable properties = imageProperties
                ? org.confounderlab.engine.imageproperties.ImagePropertyTable.measure(result.manifest().entries(),
                        new org.confounderlab.engine.imageproperties.ImagePropertyMeter(experiment.getDataset()
                                .getDicomIntensity()), Runtime.getRuntime().availableProcessors(), null)
                : null;
        return new Result(new DatasetAuditor().audit(result.manifest(), labels, properties), location,
                result.skipped(), result.manifest().entries(), found, properties);
    }
}
