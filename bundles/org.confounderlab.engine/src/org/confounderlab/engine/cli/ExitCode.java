package org.confounderlab.engine.cli;

/** Process exit codes of the engine's command line, shared with the launchers that start it. */
public final class ExitCode {
    /** The command did what it was asked. */
    public static final int OK = 0;
    /** The command failed for a reason that is not the user's input (I/O, training crash, ...). */
    public static final int FAILURE = 1;
    /** The user's input is wrong: a bad argument, a malformed or invalid file; the message names it. */
    public static final int BAD_INPUT = 2;

    private ExitCode() {
    }
}
