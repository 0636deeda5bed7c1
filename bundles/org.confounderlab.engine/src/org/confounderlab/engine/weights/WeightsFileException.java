package org.confounderlab.engine.weights;

import java.nio.file.Path;

/**
 * A weights file that cannot be read as a state dict; the message names the file (and the tensor, pickle global or
 * pickle opcode at fault), as {@code "model.pth: refuses the pickle global os.system: ..."}.
 */
public final class WeightsFileException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Path file;

    private final String problem;

    /** {@code problem} is what is wrong, worded to follow the file's name and a colon. */
    public WeightsFileException(Path file, String problem) {
        this(file, problem, null);
    }

    /** As {@link #WeightsFileException(Path, String)}, keeping the exception that revealed the problem. */
    public WeightsFileException(Path file, String problem, Throwable cause) {
        super(nameOf(file) + ": " + problem, cause);
        this.file = file;
        this.problem = problem;
    }

    /** The file that could not be read. */
    public Path file() {
        return file;
    }

    /** The message without the file's name. */
    public String problem() {
        return problem;
    }

    private static String nameOf(Path file) {
        Path name = file == null ? null : file.getFileName();
        return name == null ? String.valueOf(file) : name.toString();
    }
}
