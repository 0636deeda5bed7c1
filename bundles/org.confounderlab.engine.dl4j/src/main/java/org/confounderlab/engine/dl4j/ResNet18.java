package org.confounderlab.engine.dl4j;

import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.graph.ElementWiseVertex;

/**
 * ResNet-18 (He et al. 2016, as in torchvision): stem, four stages of two basic blocks with 64, 128, 256 and 512
 * filters, global average pooling and a sigmoid multi-label head.
 */
public final class ResNet18 {

    private static final int[] STAGE_FILTERS = {64, 128, 256, 512};

    private ResNet18() {
    }

    /** The network for square {@code size}×{@code size} inputs (size ≥ 32) with {@code channels} channels. */
    public static ComputationGraphConfiguration configuration(int size, int channels, int labels,
            double learningRate, double weightDecay, long seed) {
        GraphBlocks blocks = new GraphBlocks(size, channels, learningRate, weightDecay, seed);
        String x = blocks.stem();
        int inFilters = 64;
        for (int stage = 0; stage < STAGE_FILTERS.length; stage++) {
            int filters = STAGE_FILTERS[stage];
            // The first block of stages 2–4 halves the resolution and widens; the rest keep the shape.
            x = basicBlock(blocks, x, inFilters, filters, stage == 0 ? 1 : 2);
            x = basicBlock(blocks, x, filters, filters, 1);
            inFilters = filters;
        }
        return blocks.multiLabelHead(x, labels);
    }

    private static String basicBlock(GraphBlocks blocks, String input, int inFilters, int filters, int stride) {
        String residual = blocks.batchNorm(blocks.conv(blocks.batchNormRelu(blocks.conv(input, 3, stride, filters)),
                3, 1, filters));
        String shortcut = stride == 1 && inFilters == filters ? input
                : blocks.batchNorm(blocks.conv(input, 1, stride, filters));
        return blocks.relu(blocks.vertex("add", new ElementWiseVertex(ElementWiseVertex.Op.Add), residual,
                shortcut));
    }
}
