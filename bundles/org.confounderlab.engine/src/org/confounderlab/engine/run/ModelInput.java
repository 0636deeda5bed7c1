package org.confounderlab.engine.run;

import java.util.List;

import org.confounderlab.engine.image.ChannelStandardisation;
import org.confounderlab.engine.image.Normalisation;
import org.confounderlab.engine.image.PerImageStandardisation;
import org.confounderlab.model.experiment.InputNormalisation;
import org.confounderlab.model.experiment.ModelSpec;

/**
 * What the experiment's model expects of its input beyond size and channels: the normalisation its weights were
 * trained with. Gray images reach a 3-channel model as three equal channels (the decoder replicates them).
 */
public final class ModelInput {

    private ModelInput() {
    }

    /** The normalisation {@code model} names, for its number of channels. */
    public static Normalisation normalisation(ModelSpec model) {
        InputNormalisation kind = model.getNormalisation();
        boolean gray = model.getChannels() == 1;
        return switch (kind) {
            case NONE -> Normalisation.IDENTITY;
            case IMAGENET -> gray ? Normalisation.IMAGENET_GRAY : Normalisation.IMAGENET;
            case TORCHXRAYVISION -> Normalisation.TORCHXRAYVISION;
            case PER_IMAGE -> new PerImageStandardisation();
            case CUSTOM -> new ChannelStandardisation(floats(model.getNormalisationMean()),
                    floats(model.getNormalisationStd()));
        };
    }

    /** The model's preprocessing in words, for the report and the Run view. */
    public static String describe(ModelSpec model) {
        String channels = model.getChannels() == 3 ? "3 channels (gray images given as three equal channels)"
                : "1 channel";
        return model.getInputSize() + "×" + model.getInputSize() + " letterboxed, " + channels
                + ", normalisation " + model.getNormalisation().getLiteral() + ": "
                + normalisation(model).describe();
    }

    private static float[] floats(List<Double> values) {
        float[] result = new float[values.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = values.get(i).floatValue();
        }
        return result;
    }
}
