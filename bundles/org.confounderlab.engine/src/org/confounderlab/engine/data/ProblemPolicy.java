package org.confounderlab.engine.data;

/** What an importer does with a bad row or a missing image. */
public enum ProblemPolicy {
    /** Skip the row, count and report it, go on. */
    SKIP,
    /** Stop at the first problem with a {@link DataSetException}. */
    STOP
}
