package org.confounderlab.engine.imported;

import java.util.ServiceLoader;

import org.confounderlab.engine.training.TrainingException;

/** Finds the model importer on the class path. */
public final class ModelImporters {

    private ModelImporters() {
    }

    /** The first importer found; a clear error when none is installed. */
    public static ModelImporter find() throws TrainingException {
        for (ModelImporter importer : ServiceLoader.load(ModelImporter.class)) {
            return importer;
        }
        throw new TrainingException("No ONNX importer is on the engine's class path: the ONNX Runtime libraries "
                + "(bundle org.confounderlab.engine.onnxruntime.lib) are missing from this installation");
    }
}
