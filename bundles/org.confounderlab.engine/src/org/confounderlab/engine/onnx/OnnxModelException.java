package org.confounderlab.engine.onnx;

import java.nio.file.Path;

/**
 * A file that cannot be read as an ONNX model; the message names the file and what is wrong, as
 * {@code "model.onnx: initializer fc.weight keeps its data in an external file: ..."}.
 */
public final class OnnxModelException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Path file;

    private final String problem;

    /** {@code problem} is what is wrong, worded to follow the file's name and a colon. */
    public OnnxModelException(Path file, String problem) {
        this(file, problem, null);
    }

    /** As {@link #OnnxModelException(Path, String)}, keeping the exception that revealed the problem. */
    public OnnxModelException(Path file, String problem, Throwable cause) {
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
