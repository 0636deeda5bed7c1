package org.confounderlab.engine.dl4j;

import java.util.Map;

import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.graph.ElementWiseVertex;

/**
 * ResNet-18 (He et al. 2016) exactly as torchvision's {@code resnet18}: stem, four stages of two basic blocks with
 * 64, 128, 256 and 512 filters, global average pooling and a sigmoid multi-label head. Its layers carry torchvision's
 * names ({@code conv1}, {@code layer2.0.downsample.0}, {@code fc}, ...), so torchvision's and timm's weights load.
 */
public final class ResNet18 {

    private static final int[] STAGE_FILTERS = {64, 128, 256, 512};

    private ResNet18() {
    }

    /** The network for square {@code size}×{@code size} inputs (size ≥ 32) with {@code channels} channels. */
    public static ComputationGraphConfiguration configuration(int size, int channels, int labels,
            double learningRate, double weightDecay, long seed) {
        return build(new GraphBlocks(size, channels, learningRate, weightDecay, seed), labels);
    }

    /** torchvision's name of each layer with parameters, by the network's layer name. */
    public static Map<String, String> torchvisionNames() {
        return GraphBlocks.torchvisionNamesOf(ResNet18::build);
    }

    private static ComputationGraphConfiguration build(GraphBlocks blocks, int labels) {
        String x = blocks.stem("conv1", "bn1");
        int inFilters = 64;
        for (int stage = 0; stage < STAGE_FILTERS.length; stage++) {
            int filters = STAGE_FILTERS[stage];
            String name = "layer" + (stage + 1) + ".";
            // The first block of stages 2–4 halves the resolution and widens; the rest keep the shape.
            x = basicBlock(blocks, x, inFilters, filters, stage == 0 ? 1 : 2, name + "0.");
            x = basicBlock(blocks, x, filters, filters, 1, name + "1.");
            inFilters = filters;
        }
        return blocks.multiLabelHead(x, labels, "fc");
    }

    private static String basicBlock(GraphBlocks blocks, String input, int inFilters, int filters, int stride,
            String name) {
        String residual = blocks.batchNorm(blocks.conv(blocks.batchNormRelu(blocks.conv(input, 3, stride, filters,
                name + "conv1"), name + "bn1"), 3, 1, filters, name + "conv2"), name + "bn2");
        String shortcut = stride == 1 && inFilters == filters ? input
                : blocks.batchNorm(blocks.conv(input, 1, stride, filters, name + "downsample.0"),
                        name + "downsample.1");
        return blocks.relu(blocks.vertex("add", new ElementWiseVertex(ElementWiseVertex.Op.Add), residual,
                shortcut));
    }
}
