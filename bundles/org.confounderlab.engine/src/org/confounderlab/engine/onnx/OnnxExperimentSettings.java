package org.confounderlab.engine.onnx;

import java.util.ArrayList;
import java.util.List;

import org.confounderlab.model.experiment.Architecture;
import org.confounderlab.model.experiment.Experiment;
import org.confounderlab.model.experiment.ModelSpec;
import org.confounderlab.model.experiment.TensorLayout;

/**
 * Sets an experiment up to audit an ONNX model, as {@code init --onnx} and the New Experiment wizard do: architecture
 * ONNX and the file, the input's name, its layout, channels and size when the file fixes them, the scores output,
 * and the settings only training uses cleared. What could not be read off the file is returned as notes.
 */
public final class OnnxExperimentSettings {

    private OnnxExperimentSettings() {
    }

    /**
     * Applies {@code model} (stored in the experiment as {@code storedPath}) to {@code experiment}; returns what the
     * user still has to check, in sentences.
     */
    public static List<String> apply(Experiment experiment, OnnxModel model, String storedPath) {
        List<String> notes = new ArrayList<>();
        ModelSpec spec = experiment.getModel();
        spec.setArchitecture(Architecture.ONNX);
        spec.setOnnxFile(storedPath);
        spec.setWeightsFile(null);
        if (experiment.getTraining() != null) {
            experiment.getTraining().setFreezeEpochs(0);
            experiment.getTraining().setDistillation(null);
            experiment.getTraining().getTrainTimeMasking().clear();
        }
        if (experiment.getDiagnostics() != null) {
            experiment.getDiagnostics().setMaskedRetrain(false);
            experiment.getDiagnostics().setAttributeImageModels(false);
        }
        if (model.inputs().size() != 1) {
            notes.add(model.file().getFileName() + " has " + model.inputs().size() + " inputs; the audit needs one "
                    + "image input");
        }
        if (!model.inputs().isEmpty()) {
            OnnxValue input = model.inputs().get(0);
            spec.setOnnxInput(input.name());
            long[] dims = input.dims();
            if (dims.length == 4) {
                boolean nhwc = !isChannels(dims[1]) && isChannels(dims[3]);
                spec.setOnnxLayout(nhwc ? TensorLayout.NHWC : TensorLayout.NCHW);
                long channels = nhwc ? dims[3] : dims[1];
                long size = nhwc ? dims[1] : dims[2];
                if (isChannels(channels)) {
                    spec.setChannels((int) channels);
                }
                if (size > 0) {
                    spec.setInputSize((int) size);
                } else {
                    notes.add("The input " + input.describe() + " takes any size: the input size stays "
                            + spec.getInputSize() + "; set the size the model was trained at");
                }
            }
        }
        if (!model.outputs().isEmpty()) {
            OnnxValue output = model.outputs().get(0);
            spec.setOnnxOutput(output.name());
            int labels = experiment.getDataset() == null ? 0 : experiment.getDataset().getLabelNames().size();
            long columns = output.rank() == 2 ? output.dims()[1] : -1;
            if (columns > 0 && columns != labels) {
                notes.add("The output " + output.describe() + " has " + columns + " columns and the experiment "
                        + labels + " labels: list the label of each column in the model's output labels");
            }
            if (model.classifierHeadOf(output.name()).isEmpty()) {
                notes.add("No Grad-CAM layer (" + model.classifierHeadProblemOf(output.name()) + "): heat maps "
                        + "will be made by occlusion");
            }
        }
        return notes;
    }

    private static boolean isChannels(long dim) {
        return dim == 1 || dim == 3;
    }
}
