package org.confounderlab.engine.data;

import java.util.List;

/**
 * What an importer read: the manifest of the usable images and every problem it skipped under
 * {@link ProblemPolicy#SKIP}.
 */
public record ImportResult(Manifest manifest, List<DataProblem> skipped) {

    public ImportResult {
        skipped = List.copyOf(skipped);
    }
}
