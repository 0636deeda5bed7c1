package org.confounderlab.engine.dl4j;

import org.confounderlab.engine.training.TensorBatch;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** A {@link TensorBatch} as ND4J arrays: features {@code [n, channels, size, size]} and targets {@code [n, labels]}. */
public record LabelledImages(INDArray features, INDArray labels) {

    /** The batch's data in ND4J arrays (one copy). */
    public static LabelledImages of(TensorBatch batch) {
        INDArray features = Nd4j.create(batch.tensors(), new long[] {batch.count(), batch.channels(), batch.size(),
                batch.size()}, 'c');
        return new LabelledImages(features, Nd4j.create(batch.targets()));
    }

    public int size() {
        return (int) features.size(0);
    }
}
