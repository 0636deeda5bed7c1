package org.confounderlab.engine.data;

/**
 * How strictly an importer reads.
 *
 * @param policy        skip bad rows (and count them) or stop at the first
 * @param requireImages whether every image file must exist (a missing one is a problem)
 */
public record ImportOptions(ProblemPolicy policy, boolean requireImages) {

    /** Skip bad rows, require images: what a training run uses. */
    public static ImportOptions lenient() {
        return new ImportOptions(ProblemPolicy.SKIP, true);
    }

    /** Stop at the first problem. */
    public static ImportOptions strict() {
        return new ImportOptions(ProblemPolicy.STOP, true);
    }
}
