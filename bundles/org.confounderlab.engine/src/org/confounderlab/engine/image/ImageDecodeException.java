package org.confounderlab.engine.image;

import java.nio.file.Path;

/** An image file could not be read or decoded; the message names the file. */
public class ImageDecodeException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Path path;
    private final String reason;

    public ImageDecodeException(Path path, String reason) {
        super(path + ": " + reason);
        this.path = path;
        this.reason = reason;
    }

    public ImageDecodeException(Path path, String reason, Throwable cause) {
        super(path + ": " + reason, cause);
        this.path = path;
        this.reason = reason;
    }

    /** Why the file could not be read, without its name (the message is the file, a colon, and this). */
    public String getReason() {
        return reason;
    }

    /** The file that could not be decoded. */
    public Path getPath() {
        return path;
    }
}
