package org.confounderlab.engine.cli;

import java.io.PrintStream;
import java.nio.file.Path;

import org.confounderlab.model.experiment.Experiment;
import org.confounderlab.model.validation.ExperimentValidation;
import org.eclipse.emf.common.util.Diagnostic;

/** The validator's errors of an experiment a command is about to run. */
final class ExperimentErrors {

    private ExperimentErrors() {
    }

    /** Prints each error of {@code experiment} (read from {@code file}) to {@code err}; whether there was one. */
    static boolean report(Path file, Experiment experiment, PrintStream err) {
        Diagnostic diagnostic = ExperimentValidation.validate(experiment);
        if (diagnostic.getSeverity() < Diagnostic.ERROR) {
            return false;
        }
        for (Diagnostic child : diagnostic.getChildren()) {
            err.println(file + ": " + child.getMessage());
        }
        return true;
    }
}
