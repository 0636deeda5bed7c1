package org.confounderlab.engine.dl4j;

import java.util.List;
import java.util.Random;

import org.confounderlab.engine.diagnostics.GradCam;
import org.confounderlab.engine.training.TensorBatch;

/**
 * Grad-CAM cost against one forward pass of the same network on the same images, in the same process: prints
 * {@code forward_images_per_second=…}, {@code gradcam_images_per_second=…} and their ratio as
 * {@code gradcam_cost_in_forward_passes=…} (best of the timed repeats, after a warm-up).
 */
public final class GradCamBenchmark {

    private GradCamBenchmark() {
    }

    /** Usage: {@code GradCamBenchmark ARCHITECTURE SIZE IMAGES REPEATS} with SMALL_CNN, RESNET18 or DENSENET121. */
    public static void main(String[] args) {
        String architecture = args[0];
        int size = Integer.parseInt(args[1]);
        int images = Integer.parseInt(args[2]);
        int repeats = Integer.parseInt(args[3]);
        TrainableNetwork network = switch (architecture) {
            case "SMALL_CNN" -> TrainableNetwork.of(SmallCnn.configuration(size, 1, 1, 1e-3, 0, 1));
            case "RESNET18" -> TrainableNetwork.of(ResNet18.configuration(size, 1, 1, 1e-3, 0, 1));
            case "DENSENET121" -> TrainableNetwork.of(DenseNet121.configuration(size, 1, 1, 1e-3, 0, 1));
            default -> throw new IllegalArgumentException("unknown architecture " + architecture);
        };
        Random random = new Random(1);
        float[] tensors = new float[images * size * size];
        for (int i = 0; i < tensors.length; i++) {
            tensors[i] = random.nextFloat();
        }
        TensorBatch batch = new TensorBatch(tensors, new float[images][1], images, 1, size, List.of("finding"));
        Dl4jClassifier classifier = new Dl4jClassifier(network, List.of("finding"));
        String layer = classifier.camLayers().get(classifier.camLayers().size() - 1);
        double forward = Double.MAX_VALUE;
        double gradCam = Double.MAX_VALUE;
        for (int r = 0; r <= repeats; r++) {
            long start = System.nanoTime();
            classifier.predict(batch);
            long middle = System.nanoTime();
            GradCam.maps(classifier.gradients(batch, layer, 0), size);
            long end = System.nanoTime();
            if (r > 0) { // the first round warms up
                forward = Math.min(forward, (middle - start) / 1e9);
                gradCam = Math.min(gradCam, (end - middle) / 1e9);
            }
        }
        System.out.printf("architecture=%s size=%d images=%d layer=%s%n", architecture, size, images, layer);
        System.out.printf("forward_images_per_second=%.1f%n", images / forward);
        System.out.printf("gradcam_images_per_second=%.1f%n", images / gradCam);
        System.out.printf("gradcam_cost_in_forward_passes=%.2f%n", gradCam / forward);
    }
}
