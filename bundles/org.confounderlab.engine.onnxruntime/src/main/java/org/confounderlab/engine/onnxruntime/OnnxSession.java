package org.confounderlab.engine.onnxruntime;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.confounderlab.engine.imported.ModelImportException;
import org.confounderlab.engine.onnx.ClassifierHead;
import org.confounderlab.engine.onnx.OnnxModel;
import org.confounderlab.engine.onnx.OnnxModelException;
import org.confounderlab.engine.training.InspectableClassifier;
import org.confounderlab.model.experiment.BackendKind;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtProvider;
import ai.onnxruntime.OrtSession;

/**
 * An ONNX Runtime session on a model, with the values the diagnostics read (the penultimate features, the feature
 * maps) added as graph outputs, and what is needed to open more sessions on it: on another value, or with
 * re-drawn weights.
 *
 * @param environment  ONNX Runtime's environment
 * @param session      the session
 * @param model        the model as read (without the added outputs)
 * @param input        the image input
 * @param output       the output holding the scores
 * @param channelsLast the added values whose channels come last (NHWC)
 * @param settings     how sessions are made
 */
record OnnxSession(OrtEnvironment environment, OrtSession session, OnnxModel model, ImageInput input, String output,
        Map<String, Boolean> channelsLast, Settings settings) {

    /** Threads and device for every session of a model. */
    record Settings(int threads, BackendKind kind, int device) {
    }

    Path file() {
        return model.file();
    }

    boolean channelsLast(String value) {
        return channelsLast.getOrDefault(value, false);
    }

    /** A session on {@code bytes} (an ONNX model) as {@code settings} say. */
    static OrtSession create(OrtEnvironment environment, Path file, byte[] bytes, Settings settings)
            throws ModelImportException {
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            if (settings.threads() > 0) {
                options.setIntraOpNumThreads(settings.threads());
                options.setInterOpNumThreads(1);
            }
            if (settings.kind() == BackendKind.CUDA) {
                try {
                    options.addCUDA(Math.max(0, settings.device()));
                } catch (OrtException e) {
                    boolean gpuBuild = OrtEnvironment.getAvailableProviders().contains(OrtProvider.CUDA);
                    throw new ModelImportException("ONNX Runtime here cannot run " + file + " on CUDA device "
                            + settings.device() + " (providers available: " + OrtEnvironment.getAvailableProviders()
                            + "; " + e.getMessage() + "). " + (gpuBuild
                                    ? "Its GPU build is in use, but its CUDA provider did not start: it needs the "
                                            + "CUDA 12 and cuDNN 9 libraries on the library path (ONNX Runtime's "
                                            + "own message above names the one missing), and a visible GPU"
                                    : "The product carries ONNX Runtime's CPU build: fetch the GPU build with "
                                            + "./confounderlab onnxruntime-gpu FOLDER and name the folder in "
                                            + "CONFOUNDERLAB_ONNXRUNTIME_GPU_LIB (or as the CUDA runtime folder of "
                                            + "the launch), or run on CPU"), e);
                }
            }
            return environment.createSession(bytes, options);
        } catch (OrtException e) {
            throw new ModelImportException("ONNX Runtime " + environment.getVersion() + " cannot load " + file + ": "
                    + e.getMessage(), e);
        }
    }

    /** A further session on the model with {@code value} as an output. */
    OrtSession sessionWith(String value) {
        try {
            return create(environment, model.file(), model.withOutputs(List.of(value)), settings);
        } catch (ModelImportException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /**
     * The classifier with {@code weights} in place of the model's initialisers, reading the same output columns
     * and values; its head (and so its Grad-CAM gradient) is the re-drawn one.
     */
    InspectableClassifier randomised(Map<String, float[]> weights, List<String> labels, int[] columns,
            ScoreKind scores, String features) {
        try {
            OnnxModel redrawn = OnnxModel.of(model.file(), model.withInitializers(weights));
            ClassifierHead head = redrawn.classifierHeadOf(output).orElse(null);
            List<String> extra = new ArrayList<>(List.of(features));
            if (head != null) {
                extra.add(head.featureMaps());
            }
            OrtSession randomSession = create(environment, model.file(), redrawn.withOutputs(extra), settings);
            return new OnnxClassifier(new OnnxSession(environment, randomSession, redrawn, input, output,
                    channelsLast, settings), labels, columns, scores, features, head);
        } catch (OnnxModelException | ModelImportException e) {
            throw new IllegalStateException("Cannot re-draw the weights of " + model.file() + ": " + e.getMessage(),
                    e);
        }
    }
}
