package org.confounderlab.engine.image;

import java.nio.file.Path;

/** An image file could not be read or decoded; the message names the file. */
public class ImageDecodeException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Path path;

    public ImageDecodeException(Path path, String reason) {
        super(path + ": " + reason);
        this.path = path;
    }

    public ImageDecodeException(Path path, String reason, Throwable cause) {
        super(path + ": " + reason, cause);
        this.path = path;
    }

    /** The file that could not be decoded. */
    public Path getPath() {
        return path;
    }
}
