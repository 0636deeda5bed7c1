package org.confounderlab.engine.dl4j;

import java.util.Locale;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Time of one training step (forward, backward, Adam update) of a big network on random images and 14 random
 * labels, as bench/step_reference.py times it in PyTorch: prints {@code step_seconds=…} (best of the timed steps,
 * after warm-up steps) and {@code images_per_second=…}.
 */
public final class StepBenchmark {

    private static final int LABELS = 14;

    private StepBenchmark() {
    }

    /** Usage: {@code StepBenchmark ARCHITECTURE SIZE BATCH STEPS} with DENSENET121 or RESNET18. */
    public static void main(String[] args) {
        String architecture = args[0];
        int size = Integer.parseInt(args[1]);
        int batch = Integer.parseInt(args[2]);
        int steps = Integer.parseInt(args[3]);
        TrainableNetwork network = switch (architecture) {
            case "DENSENET121" -> TrainableNetwork.of(DenseNet121.configuration(size, 1, LABELS, 1e-3, 0, 1));
            case "RESNET18" -> TrainableNetwork.of(ResNet18.configuration(size, 1, LABELS, 1e-3, 0, 1));
            default -> throw new IllegalArgumentException("unknown architecture " + architecture);
        };
        Nd4j.getRandom().setSeed(1);
        INDArray features = Nd4j.rand(DataType.FLOAT, batch, 1, size, size);
        INDArray labels = Nd4j.rand(DataType.FLOAT, batch, LABELS).gt(0.5).castTo(DataType.FLOAT);
        for (int i = 0; i < 2; i++) {
            network.fit(features, labels); // warm-up: oneDNN primitive creation, JIT, workspaces
        }
        double best = Double.MAX_VALUE;
        for (int i = 0; i < steps; i++) {
            long start = System.nanoTime();
            network.fit(features, labels);
            best = Math.min(best, (System.nanoTime() - start) / 1e9);
        }
        System.out.printf(Locale.ROOT, "architecture=%s size=%d batch=%d oneDNN=%s%n", architecture, size, batch,
                OneDnnHelpers.active());
        System.out.printf(Locale.ROOT, "step_seconds=%.4f%n", best);
        System.out.printf(Locale.ROOT, "images_per_second=%.2f%n", batch / best);
    }
}
