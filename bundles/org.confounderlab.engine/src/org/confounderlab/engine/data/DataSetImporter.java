package org.confounderlab.engine.data;

import java.io.IOException;
import java.nio.file.Path;

/** Reads one data set format into a {@link Manifest}. One implementation per format. */
public interface DataSetImporter {

    /**
     * Reads the data set at {@code location} (a manifest file or the data set's root folder, as the format
     * defines). Problems are skipped and reported, or stop the import, as {@code options} say; never silent.
     */
    ImportResult read(Path location, ImportOptions options) throws DataSetException, IOException;
}
