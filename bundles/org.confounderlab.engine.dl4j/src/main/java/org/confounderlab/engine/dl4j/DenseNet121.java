package org.confounderlab.engine.dl4j;

import java.util.Map;

import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.graph.MergeVertex;

/**
 * DenseNet-121 (Huang et al. 2017) exactly as torchvision's {@code densenet121} and CheXNet: stem, dense blocks of 6,
 * 12, 24 and 16 bottleneck layers with growth rate 32, halving transitions between them, final batch norm and ReLU,
 * global average pooling and a sigmoid multi-label head. Its layers carry torchvision's names
 * ({@code features.denseblock1.denselayer1.conv1}, {@code features.norm5}, {@code classifier}, ...).
 */
public final class DenseNet121 {

    private static final int[] BLOCK_LAYERS = {6, 12, 24, 16};
    private static final int GROWTH = 32;
    private static final int BOTTLENECK = 4 * GROWTH;

    private DenseNet121() {
    }

    /** The network for square {@code size}×{@code size} inputs (size ≥ 32) with {@code channels} channels. */
    public static ComputationGraphConfiguration configuration(int size, int channels, int labels,
            double learningRate, double weightDecay, long seed) {
        return build(new GraphBlocks(size, channels, learningRate, weightDecay, seed), labels);
    }

    /** torchvision's name of each layer with parameters, by the network's layer name. */
    public static Map<String, String> torchvisionNames() {
        return GraphBlocks.torchvisionNamesOf(DenseNet121::build);
    }

    private static ComputationGraphConfiguration build(GraphBlocks blocks, int labels) {
        String x = blocks.stem("features.conv0", "features.norm0");
        int features = 64;
        for (int block = 0; block < BLOCK_LAYERS.length; block++) {
            for (int layer = 0; layer < BLOCK_LAYERS[block]; layer++) {
                String grown = bottleneck(blocks, x, "features.denseblock" + (block + 1) + ".denselayer"
                        + (layer + 1) + ".");
                // Each layer sees the concatenation of all earlier feature maps of its block.
                x = blocks.vertex("concat", new MergeVertex(), x, grown);
                features += GROWTH;
            }
            if (block < BLOCK_LAYERS.length - 1) {
                features /= 2; // compression 0.5
                String name = "features.transition" + (block + 1) + ".";
                x = blocks.averagePool(blocks.conv(blocks.batchNormRelu(x, name + "norm"), 1, 1, features,
                        name + "conv"), 2, 2);
            }
        }
        return blocks.multiLabelHead(blocks.batchNormRelu(x, "features.norm5"), labels, "classifier");
    }

    private static String bottleneck(GraphBlocks blocks, String input, String name) {
        String narrowed = blocks.conv(blocks.batchNormRelu(input, name + "norm1"), 1, 1, BOTTLENECK, name + "conv1");
        return blocks.conv(blocks.batchNormRelu(narrowed, name + "norm2"), 3, 1, GROWTH, name + "conv2");
    }
}
