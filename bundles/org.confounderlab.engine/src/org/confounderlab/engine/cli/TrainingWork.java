package org.confounderlab.engine.cli;

import java.io.IOException;
import java.io.PrintStream;

import org.confounderlab.engine.data.DataSetException;
import org.confounderlab.engine.training.BackendUnavailableException;
import org.confounderlab.engine.training.TrainingException;
import org.confounderlab.model.resource.ModelLoadException;

/**
 * The body of a command that reads an experiment and trains (run, study), with its failures turned into messages
 * and {@link ExitCode}s: a file or data set problem or a missing backend is bad input, a training or I/O failure and
 * an interruption are failures.
 */
final class TrainingWork {

    /** What the command does; returns its exit code. */
    @FunctionalInterface
    interface Body {
        int run() throws ModelLoadException, DataSetException, TrainingException, IOException, InterruptedException;
    }

    private TrainingWork() {
    }

    /** Runs {@code body}, reporting its failures to {@code err} under the command's name. */
    static int run(String command, PrintStream err, Body body) {
        try {
            return body.run();
        } catch (ModelLoadException e) {
            err.println(e.getMessage());
            return ExitCode.BAD_INPUT;
        } catch (DataSetException e) {
            e.getProblems().forEach(err::println);
            return ExitCode.BAD_INPUT;
        } catch (BackendUnavailableException e) {
            err.println(command + ": " + e.getMessage());
            return ExitCode.BAD_INPUT;
        } catch (TrainingException | IOException e) {
            err.println(command + " failed: " + e.getMessage());
            return ExitCode.FAILURE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println(command + " cancelled");
            return ExitCode.FAILURE;
        }
    }
}
