package org.confounderlab.engine.imported;

import org.confounderlab.engine.training.TrainingException;

/** A model file cannot be audited: the message names the file and the input, output or operator at fault. */
public class ModelImportException extends TrainingException {

    private static final long serialVersionUID = 1L;

    public ModelImportException(String message) {
        super(message);
    }

    public ModelImportException(String message, Throwable cause) {
        super(message, cause);
    }
}
