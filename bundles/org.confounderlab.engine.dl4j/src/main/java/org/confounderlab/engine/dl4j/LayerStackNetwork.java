package org.confounderlab.engine.dl4j;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;

/** A {@link MultiLayerNetwork} as a {@link TrainableNetwork}. */
public record LayerStackNetwork(MultiLayerNetwork model) implements TrainableNetwork {

    @Override
    public void fit(INDArray features, INDArray labels) {
        model.fit(features, labels);
    }

    @Override
    public double score(INDArray features, INDArray labels) {
        return model.score(new DataSet(features, labels));
    }

    @Override
    public INDArray output(INDArray features) {
        return model.output(features, false);
    }
}
