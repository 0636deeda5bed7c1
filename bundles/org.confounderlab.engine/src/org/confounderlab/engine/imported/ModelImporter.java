package org.confounderlab.engine.imported;

/**
 * Opens a model trained elsewhere (an ONNX file) as an {@link org.confounderlab.engine.training.InspectableClassifier}
 * for the experiment's images, so that a run audits it instead of training one. Implementations are found with
 * {@link java.util.ServiceLoader}; the ONNX Runtime one lives in its own jar, like the Deeplearning4j backend.
 */
public interface ModelImporter {

    /** Short name and version, e.g. {@code onnxruntime 1.22.0}. */
    String name();

    /**
     * Reads and checks the model {@code request} names against the experiment's input and labels, and opens it.
     *
     * @throws ModelImportException naming the file, and the input, output or operator at fault
     */
    ImportedModel open(ImportRequest request) throws ModelImportException;
}
