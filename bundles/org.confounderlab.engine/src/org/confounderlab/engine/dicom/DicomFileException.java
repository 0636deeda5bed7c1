package org.confounderlab.engine.dicom;

import java.nio.file.Path;

/** A DICOM file cannot be read or used: the message names the file, and the tag or transfer syntax at fault. */
public final class DicomFileException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final String problem;

    public DicomFileException(Path file, String problem) {
        super(file + ": " + problem);
        this.file = file;
        this.problem = problem;
    }

    public DicomFileException(Path file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
        this.file = file;
        this.problem = problem;
    }

    /** The file. */
    public Path file() {
        return file;
    }

    /** What is wrong, without the file's name. */
    public String problem() {
        return problem;
    }
}
