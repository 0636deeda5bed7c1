package org.confounderlab.engine.dl4j.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.confounderlab.engine.dl4j.SmallCnn;
import org.confounderlab.engine.dl4j.TrainableNetwork;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.activations.impl.ActivationSigmoid;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.lossfunctions.impl.LossBinaryXENT;

/**
 * Group DRO needs a true per-example loss weight (issue 24: "if DL4J's label masks cannot act as weights, write the
 * loss"). They cannot: DL4J M2.1 applies a per-output label mask to the gradient more than once, so a mask of 2 on
 * every example multiplies the gradient by far more than 2. The engine's own weighted cross-entropy scales each
 * example's score and gradient by its weight exactly, and without weights is DL4J's XENT.
 */
class ExampleWeightedLossTest {

    @Test
    void aLabelMaskIsNoLossWeightInDl4j() {
        MultiLayerNetwork stack = (MultiLayerNetwork) TrainableNetwork.of(SmallCnn.configuration(16, 1, 2, 1e-3, 0, 4))
                .model();
        Nd4j.getRandom().setSeed(3);
        INDArray features = Nd4j.rand(DataType.FLOAT, 8, 1, 16, 16);
        INDArray labels = Nd4j.rand(DataType.FLOAT, 8, 2).gt(0.5).castTo(DataType.FLOAT);
        double plain = gradient(stack, features, labels, null).norm2Number().doubleValue();
        double doubled = gradient(stack, features, labels, Nd4j.ones(DataType.FLOAT, 8, 2).muli(2))
                .norm2Number().doubleValue();
        System.out.printf("ExampleWeightedLossTest: a label mask of 2 multiplies DL4J's gradient by %.2f%n",
                doubled / plain);
        assertTrue(doubled / plain > 3, "a mask of 2 scales the gradient by " + doubled / plain + ", not 2");
    }

    @Test
    void theWeightedCrossEntropyWeighsEachExampleExactly() throws Exception {
        Class<?> type = Class.forName("org.confounderlab.engine.dl4j.ExampleWeightedXent");
        var constructor = type.getDeclaredConstructor();
        constructor.setAccessible(true);
        org.nd4j.linalg.lossfunctions.ILossFunction loss = (org.nd4j.linalg.lossfunctions.ILossFunction) constructor
                .newInstance();
        var weigh = type.getDeclaredMethod("weigh", INDArray.class);
        weigh.setAccessible(true);
        Nd4j.getRandom().setSeed(5);
        INDArray preOutput = Nd4j.randn(DataType.FLOAT, 6, 2);
        INDArray labels = Nd4j.rand(DataType.FLOAT, 6, 2).gt(0.5).castTo(DataType.FLOAT);
        ActivationSigmoid sigmoid = new ActivationSigmoid();
        LossBinaryXENT xent = new LossBinaryXENT();
        INDArray plainGradient = xent.computeGradient(labels, preOutput.dup(), sigmoid, null);
        assertEquals(0, loss.computeGradient(labels, preOutput.dup(), sigmoid, null).sub(plainGradient)
                .amaxNumber().doubleValue(), 1e-5, "no weights: XENT's gradient");
        assertEquals(xent.computeScore(labels, preOutput.dup(), sigmoid, null, true), loss.computeScore(labels,
                preOutput.dup(), sigmoid, null, true), 1e-5, "no weights: XENT's score");
        float[][] w = {{0.5f}, {2f}, {0f}, {1f}, {4f}, {1.5f}};
        weigh.invoke(loss, Nd4j.create(w));
        INDArray weighted = loss.computeGradient(labels, preOutput.dup(), sigmoid, null);
        INDArray plainScores = xent.computeScoreArray(labels, preOutput.dup(), sigmoid, null);
        INDArray weightedScores = loss.computeScoreArray(labels, preOutput.dup(), sigmoid, null);
        for (int i = 0; i < 6; i++) {
            for (int l = 0; l < 2; l++) {
                assertEquals(w[i][0] * plainGradient.getDouble(i, l), weighted.getDouble(i, l), 1e-5);
            }
            assertEquals(w[i][0] * plainScores.getDouble(i, 0), weightedScores.getDouble(i, 0), 1e-4);
        }
    }

    private static INDArray gradient(MultiLayerNetwork stack, INDArray features, INDArray labels, INDArray mask) {
        stack.setInput(features);
        stack.setLabels(labels);
        stack.setLayerMaskArrays(null, mask);
        stack.computeGradientAndScore();
        INDArray gradient = stack.gradient().gradient().dup();
        stack.clearLayerMaskArrays();
        return gradient;
    }
}
