package org.confounderlab.engine.dl4j;

import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.BaseOutputLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.learning.config.Adam;

/**
 * Fine-tuning's first phase: the network fixed, its classifier alone learning. Each step computes the penultimate
 * features in inference mode (batch norms use their running statistics and do not update them; nothing backpropagates
 * through the network) and takes one optimiser step on a copy of the classifier, which {@link #copyInto()} puts back
 * into the network (before validation and checkpoints).
 */
final class FrozenBackbone {

    private final TrainableNetwork network;
    private final Layer classifier;
    private final MultiLayerNetwork head;

    /** The classifier of {@code network}, copied into a layer of its own, trained by Adam with this rate and L2. */
    FrozenBackbone(TrainableNetwork network, double learningRate, double weightDecay, long seed) {
        this.network = network;
        this.classifier = switch (network.model()) {
            case ComputationGraph graph -> graph.getOutputLayer(0);
            case MultiLayerNetwork stack -> stack.getOutputLayer();
            default -> throw new IllegalStateException("unknown network " + network.model().getClass());
        };
        BaseOutputLayer conf = (BaseOutputLayer) classifier.conf().getLayer();
        INDArray weight = classifier.getParam("W");
        this.head = new MultiLayerNetwork(new NeuralNetConfiguration.Builder().seed(seed)
                .updater(new Adam(learningRate)).l2(weightDecay).list()
                .layer(new OutputLayer.Builder().lossFunction(conf.getLossFn()).activation(conf.getActivationFn())
                        .nIn(weight.size(0)).nOut(weight.size(1)).build())
                .build());
        head.init();
        head.getLayer(0).setParam("W", weight.dup());
        head.getLayer(0).setParam("b", classifier.getParam("b").dup());
    }

    /** One step of the classifier on a batch of images; returns its loss. */
    double fit(INDArray images, INDArray labels) {
        INDArray features = new NetworkInspector(network).features(images);
        head.fit(features, labels);
        return head.score();
    }

    /** Puts the classifier's current weights back into the network. */
    void copyInto() {
        classifier.setParam("W", head.getLayer(0).getParam("W").dup());
        classifier.setParam("b", head.getLayer(0).getParam("b").dup());
    }
}
