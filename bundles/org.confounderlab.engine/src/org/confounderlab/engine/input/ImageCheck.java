package org.confounderlab.engine.input;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import org.confounderlab.engine.data.DataProblem;
import org.confounderlab.engine.data.ManifestEntry;

/**
 * Without a cache: every image decoded once before training (and dropped), so that a corrupt, truncated or missing
 * file is known before the first epoch instead of in the middle of one.
 */
public final class ImageCheck {

    private ImageCheck() {
    }

    /** The images of {@code entries} that {@code decoder} cannot read, with why, checked on {@code threads}. */
    public static List<DataProblem> of(List<ManifestEntry> entries, DecodingStore decoder, int threads,
            PrintStream progress) throws InterruptedException, IOException {
        List<Path> files = new ArrayList<>(new LinkedHashSet<>(entries.stream().map(ManifestEntry::image).toList()));
        return ImageScan.run(files, decoder, threads, (index, image) -> { }, progress, "image check").bad().stream()
                .map(ImageScan.Bad::problem).toList();
    }
}
