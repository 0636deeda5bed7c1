package org.confounderlab.engine.tests.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.confounderlab.engine.data.DataProblem;
import org.confounderlab.engine.data.DataSetException;
import org.confounderlab.engine.data.ProblemPolicy;
import org.confounderlab.engine.image.ImageBatchLoader;
import org.confounderlab.engine.image.ImagePipeline;
import org.confounderlab.engine.image.PreparedImage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageBatchLoaderTest {

    @TempDir
    Path dir;

    private List<Path> images(int count, int corruptIndex) throws Exception {
        List<Path> paths = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Path file = dir.resolve("img" + i + ".png");
            if (i == corruptIndex) {
                Files.writeString(file, "not an image");
            } else {
                BufferedImage image = new BufferedImage(6, 3, BufferedImage.TYPE_BYTE_GRAY);
                image.getRaster().setSample(0, 0, 0, i);
                ImageIO.write(image, "png", file.toFile());
            }
            paths.add(file);
        }
        return paths;
    }

    @Test
    void deliversInOrderAndSkipsCorruptFiles() throws Exception {
        List<Path> paths = images(30, 7);
        List<Integer> seen = new ArrayList<>();
        try (ImageBatchLoader loader = new ImageBatchLoader(paths, ImagePipeline.gray(6), 4, 5, ProblemPolicy.SKIP)) {
            PreparedImage prepared;
            while ((prepared = loader.next()) != null) {
                seen.add(prepared.index());
                assertEquals(36, prepared.tensor().length);
                // Row 0 of the 6×3 image lands on input row 1 (one padding row above).
                assertEquals(prepared.index() / 255f, prepared.tensor()[6], 1e-6);
                assertEquals(1, prepared.transform().offsetY());
            }
            assertNull(loader.next());
            List<DataProblem> problems = loader.problems();
            assertEquals(1, problems.size());
            assertEquals(paths.get(7), problems.get(0).file());
        }
        List<Integer> expected = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            if (i != 7) {
                expected.add(i);
            }
        }
        assertEquals(expected, seen);
    }

    @Test
    void stopPolicyThrowsNamingTheFile() throws Exception {
        List<Path> paths = images(5, 2);
        try (ImageBatchLoader loader = new ImageBatchLoader(paths, ImagePipeline.gray(4), 2, 2, ProblemPolicy.STOP)) {
            assertEquals(0, loader.next().index());
            assertEquals(1, loader.next().index());
            DataSetException e = assertThrows(DataSetException.class, loader::next);
            assertTrue(e.getMessage().contains("img2.png"), e.getMessage());
        }
    }

    @Test
    void missingFileIsAProblemToo() throws Exception {
        List<Path> paths = new ArrayList<>(images(2, -1));
        paths.add(1, dir.resolve("gone.png"));
        try (ImageBatchLoader loader = new ImageBatchLoader(paths, ImagePipeline.gray(4), 1, 1, ProblemPolicy.SKIP)) {
            int count = 0;
            while (loader.next() != null) {
                count++;
            }
            assertEquals(2, count);
            assertTrue(loader.problems().get(0).message().contains("not found"));
        }
    }

    @Test
    void neverPreparesMoreThanLookaheadAhead() throws Exception {
        List<Path> paths = images(20, -1);
        java.util.concurrent.atomic.AtomicInteger started = new java.util.concurrent.atomic.AtomicInteger();
        ImageBatchLoader.Preparer counting = (index, path) -> {
            started.incrementAndGet();
            return ImagePipeline.gray(4).prepare(index, path);
        };
        try (ImageBatchLoader loader = new ImageBatchLoader(paths, counting, 3, 4, ProblemPolicy.SKIP)) {
            Thread.sleep(100);
            assertTrue(started.get() <= 4, "started " + started.get());
            for (int consumed = 1; consumed <= 20; consumed++) {
                assertEquals(consumed - 1, loader.next().index());
                assertTrue(started.get() <= consumed + 4, "started " + started.get() + " after " + consumed);
            }
            assertNull(loader.next());
        }
    }
}
