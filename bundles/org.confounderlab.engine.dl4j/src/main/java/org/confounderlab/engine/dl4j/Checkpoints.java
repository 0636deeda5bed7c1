package org.confounderlab.engine.dl4j;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.confounderlab.engine.training.TrainingException;

/**
 * A run's checkpoints, {@code <folder>/checkpoints/}: {@code epoch-NNN.zip} (network with its updater state) after
 * every epoch, the previous one removed once the run file records the new epoch, and {@code best.zip}, the weights of
 * the best epoch so far when early stopping is on. Files are written to a temporary name and renamed, so a killed
 * process leaves whole checkpoints only, and at most a {@code .part} file, which the next saved epoch removes.
 */
public final class Checkpoints {

    /** The sub-folder of the run folder. */
    public static final String FOLDER = "checkpoints";

    private static final Pattern EPOCH_FILE = Pattern.compile("epoch-(\\d+)\\.zip");
    private static final String BEST_FILE = "best.zip";

    private final Path folder;

    public Checkpoints(Path runFolder) {
        this.folder = runFolder.resolve(FOLDER);
    }

    /** The checkpoint file of {@code epoch}. */
    public Path epochFile(int epoch) {
        return folder.resolve(String.format(Locale.ROOT, "epoch-%03d.zip", epoch));
    }

    /** The best epoch's weights. */
    public Path bestFile() {
        return folder.resolve(BEST_FILE);
    }

    void save(TrainableNetwork network, int epoch) throws IOException {
        Files.createDirectories(folder);
        Path temporary = Files.createTempFile(folder, "epoch-", ".part");
        try {
            network.save(temporary);
            Files.move(temporary, epochFile(epoch), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    void markBest(int epoch) throws IOException {
        Path temporary = Files.createTempFile(folder, "best-", ".part");
        try {
            Files.copy(epochFile(epoch), temporary, StandardCopyOption.REPLACE_EXISTING);
            Files.move(temporary, bestFile(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    void deleteBefore(int epoch) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                String name = file.getFileName().toString();
                Matcher matcher = EPOCH_FILE.matcher(name);
                // an earlier epoch's checkpoint, or the half-written file of a process killed while it saved
                if (matcher.matches() && Integer.parseInt(matcher.group(1)) < epoch || name.endsWith(".part")) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    /** The network as it was after {@code epoch}, with its updater state, to train on. */
    TrainableNetwork load(int epoch) throws TrainingException {
        return read(epochFile(epoch), "epoch " + epoch);
    }

    TrainableNetwork loadBest() throws TrainingException {
        return read(bestFile(), "the best epoch");
    }

    private static TrainableNetwork read(Path file, String what) throws TrainingException {
        if (!Files.isRegularFile(file)) {
            throw new TrainingException("Cannot resume: the checkpoint of " + what + " is missing (" + file + ")");
        }
        try {
            return TrainableNetwork.load(file);
        } catch (IOException | RuntimeException e) {
            throw new TrainingException("Cannot read the checkpoint " + file + ": " + e.getMessage(), e);
        }
    }
}
