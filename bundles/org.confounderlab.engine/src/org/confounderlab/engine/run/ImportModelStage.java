package org.confounderlab.engine.run;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import org.confounderlab.engine.imported.ImportRequest;
import org.confounderlab.engine.imported.ImportedModel;
import org.confounderlab.engine.imported.ModelImporter;
import org.confounderlab.engine.training.TrainingException;
import org.confounderlab.engine.training.TrainingSettings;
import org.confounderlab.model.experiment.Architecture;
import org.confounderlab.model.experiment.Experiment;
import org.confounderlab.model.experiment.ModelSpec;
import org.confounderlab.model.run.ImportedModelRecord;
import org.confounderlab.model.run.Run;
import org.confounderlab.model.run.RunFactory;

/**
 * The "model" stage of a run whose experiment audits a model trained elsewhere (architecture ONNX), in place of
 * {@link TrainStage}: the file is read and checked against the experiment's input and labels before the data set is
 * imported, opened, and recorded in the run ({@code importedModel}). Nothing is trained; every later stage sees the
 * model like a trained one.
 */
public final class ImportModelStage {

    private final ModelImporter importer;
    private final PrintStream progress;

    public ImportModelStage(ModelImporter importer, PrintStream progress) {
        this.importer = importer;
        this.progress = progress;
    }

    /** Whether {@code experiment}'s model is imported rather than trained. */
    public static boolean imports(Experiment experiment) {
        return experiment.getModel() != null && experiment.getModel().getArchitecture() == Architecture.ONNX;
    }

    /** The model file of {@code experiment}, resolved against {@code experimentFile}'s folder. */
    public static Path modelFile(Experiment experiment, Path experimentFile) {
        Path file = Path.of(experiment.getModel().getOnnxFile() == null ? "" : experiment.getModel().getOnnxFile());
        return file.isAbsolute() ? file : experimentFile.toAbsolutePath().getParent().resolve(file);
    }

    /**
     * Opens the model of {@code run}'s experiment (read from {@code experimentFile}) on the backend {@code settings}
     * name, records it in {@code run} and saves the run in {@code folder}.
     */
    public TrainedModel open(Run run, Path experimentFile, TrainingSettings settings, int threads, RunFolder folder)
            throws TrainingException, IOException {
        Experiment experiment = run.getExperiment();
        ModelSpec model = experiment.getModel();
        List<String> labels = List.copyOf(experiment.getDataset().getLabelNames());
        ImportRequest request = new ImportRequest(modelFile(experiment, experimentFile), model.getOnnxInput(),
                model.getOnnxLayout(), model.getOnnxOutput(), model.getOnnxFeatures(), model.getOutputLabels(), labels,
                model.getChannels(), model.getInputSize(), model.getOutputActivation(), settings.backend(),
                settings.device(), threads);
        ImportedModel imported = importer.open(request);
        ImportedModelRecord record = RunFactory.eINSTANCE.createImportedModelRecord();
        record.setFile(request.file().toString());
        record.setSha256(imported.sha256());
        record.setProducer(imported.producer());
        record.setInput(imported.input());
        record.setOutput(imported.output());
        record.setFeatures(imported.features());
        record.setSaliency(imported.saliency());
        record.getCamLayers().addAll(imported.camLayers());
        synchronized (run) {
            run.setImportedModel(record);
            if (run.getBackend() != null) {
                run.getBackend().setNd4jBackend(importer.name());
            }
            folder.save(run);
        }
        progress.println("model: " + request.file() + " (" + imported.producer() + ", sha256 " + imported.sha256()
                + "), audited as it is: no training");
        progress.println("model: input " + imported.input());
        progress.println("model: scores from " + imported.output());
        progress.println("model: features from " + imported.features());
        progress.println("model: " + imported.saliency());
        return new TrainedModel(imported.classifier(), settings);
    }
}
