package org.confounderlab.engine.dl4j;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.confounderlab.engine.training.InitialWeightsReport;
import org.confounderlab.engine.training.TrainingException;
import org.confounderlab.engine.weights.StateDict;
import org.confounderlab.engine.weights.WeightsFileException;
import org.confounderlab.engine.weights.WeightsFiles;
import org.confounderlab.model.experiment.Architecture;
import org.deeplearning4j.nn.graph.ComputationGraph;

/**
 * Initialises a new network from the experiment's weights file, whichever kind it is: a Deeplearning4j model (an
 * earlier run's {@code model.zip}: layers matched by name and shape, {@link InitialWeights}) or a PyTorch state dict
 * in torchvision's layout, {@code .pth} or {@code .safetensors} ({@link TorchvisionWeights}). The file is read, never
 * executed, and checked whole before anything is assigned.
 */
final class StartingWeights {

    private StartingWeights() {
    }

    /** Puts {@code file}'s weights into {@code network}, a new {@code architecture}; says what it took. */
    static InitialWeightsReport load(Path file, TrainableNetwork network, Architecture architecture)
            throws TrainingException {
        if (!Files.isRegularFile(file)) {
            throw new TrainingException("The weights file " + file + " does not exist");
        }
        if (WeightsFiles.isDeeplearning4jModel(file)) {
            InitialWeights.Outcome outcome = InitialWeights.copy(file, network);
            return new InitialWeightsReport(file, "Deeplearning4j model", sha256(file), outcome.copied(),
                    outcome.kept(), List.of(), List.of());
        }
        StateDict state;
        try {
            state = StateDict.read(file);
        } catch (WeightsFileException e) {
            throw new TrainingException("Cannot use the weights file " + file + ": " + e.problem(), e);
        }
        Map<String, String> names = switch (architecture) {
            case RESNET18 -> ResNet18.torchvisionNames();
            case DENSENET121 -> DenseNet121.torchvisionNames();
            default -> throw new TrainingException("The weights file " + file + " is a PyTorch state dict ("
                    + state.format() + "); torchvision's layout exists for RESNET18 and DENSENET121, not for "
                    + architecture);
        };
        if (!(network.model() instanceof ComputationGraph graph)) {
            throw new TrainingException(architecture + " is not a graph network here");
        }
        return TorchvisionWeights.load(state, graph, names);
    }

    private static String sha256(Path file) throws TrainingException {
        try {
            return StateDict.sha256Of(file);
        } catch (IOException e) {
            throw new TrainingException("Cannot read the weights file " + file + ": " + e.getMessage(), e);
        }
    }
}
