package org.confounderlab.engine.dl4j;

import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.graph.MergeVertex;

/**
 * DenseNet-121 (Huang et al. 2017, as in torchvision and CheXNet): stem, dense blocks of 6, 12, 24 and 16 bottleneck
 * layers with growth rate 32, halving transitions between them, final batch norm and ReLU, global average pooling
 * and a sigmoid multi-label head.
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
        GraphBlocks blocks = new GraphBlocks(size, channels, learningRate, weightDecay, seed);
        String x = blocks.stem();
        int features = 64;
        for (int block = 0; block < BLOCK_LAYERS.length; block++) {
            for (int layer = 0; layer < BLOCK_LAYERS[block]; layer++) {
                String grown = bottleneck(blocks, x);
                // Each layer sees the concatenation of all earlier feature maps of its block.
                x = blocks.vertex("concat", new MergeVertex(), x, grown);
                features += GROWTH;
            }
            if (block < BLOCK_LAYERS.length - 1) {
                features /= 2; // compression 0.5
                x = blocks.averagePool(blocks.conv(blocks.batchNormRelu(x), 1, 1, features), 2, 2);
            }
        }
        return blocks.multiLabelHead(blocks.batchNormRelu(x), labels);
    }

    private static String bottleneck(GraphBlocks blocks, String input) {
        String narrowed = blocks.conv(blocks.batchNormRelu(input), 1, 1, BOTTLENECK);
        return blocks.conv(blocks.batchNormRelu(narrowed), 3, 1, GROWTH);
    }
}
