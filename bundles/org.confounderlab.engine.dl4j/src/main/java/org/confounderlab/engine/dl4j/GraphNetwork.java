package org.confounderlab.engine.dl4j;

import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;

/** A single-input, single-output {@link ComputationGraph} as a {@link TrainableNetwork}. */
public record GraphNetwork(ComputationGraph model) implements TrainableNetwork {

    @Override
    public void fit(INDArray features, INDArray labels) {
        model.fit(new INDArray[] {features}, new INDArray[] {labels});
    }

    @Override
    public double score(INDArray features, INDArray labels) {
        return model.score(new DataSet(features, labels));
    }

    @Override
    public INDArray output(INDArray features) {
        return model.outputSingle(false, features);
    }
}
