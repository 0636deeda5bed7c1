package org.confounderlab.engine.dl4j;

import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.lossfunctions.ILossFunction;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Binary cross-entropy with a loss weight per example, Σ_i w_i Σ_l −[y log p + (1 − y) log(1 − p)] (averaged over the
 * batch like DL4J's XENT), for group DRO. DL4J's label mask cannot carry such weights: it is applied to the gradient
 * more than once, so doubling a mask multiplies the gradient by about nine (see {@code ExampleWeightedLossTest}).
 * The weights are set before each step ({@link #weigh}) and are not part of the saved configuration; without them
 * every example weighs 1, which is XENT.
 */
final class ExampleWeightedXent implements ILossFunction {

    private static final long serialVersionUID = 1L;
    private static final double EPS = 1e-5;

    private transient INDArray weights;

    /** The next step's weights, one per example ({@code [n, 1]}), or {@code null} for 1 each. */
    void weigh(INDArray exampleWeights) {
        this.weights = exampleWeights;
    }

    private INDArray probabilities(INDArray preOutput, IActivation activationFn) {
        INDArray output = activationFn.getActivation(preOutput.dup(), true);
        return Transforms.min(Transforms.max(output, EPS, false), 1 - EPS, false);
    }

    @Override
    public INDArray computeScoreArray(INDArray labels, INDArray preOutput, IActivation activationFn, INDArray mask) {
        INDArray p = probabilities(preOutput, activationFn);
        INDArray score = Transforms.log(p, true).muli(labels).addi(Transforms.log(p.rsub(1), false)
                .muli(labels.rsub(1))).negi().sum(true, 1);
        return weights == null ? score : score.muliColumnVector(weights.castTo(score.dataType()));
    }

    @Override
    public double computeScore(INDArray labels, INDArray preOutput, IActivation activationFn, INDArray mask,
            boolean average) {
        double sum = computeScoreArray(labels, preOutput, activationFn, mask).sumNumber().doubleValue();
        return average ? sum / labels.size(0) : sum;
    }

    @Override
    public INDArray computeGradient(INDArray labels, INDArray preOutput, IActivation activationFn, INDArray mask) {
        INDArray p = probabilities(preOutput, activationFn);
        // dL/dp = (p − y) / (p (1 − p)), weighted per example; the activation's backprop gives dL/dz
        INDArray dLdp = p.sub(labels).divi(p.mul(p.rsub(1)));
        if (weights != null) {
            dLdp.muliColumnVector(weights.castTo(dLdp.dataType()));
        }
        return activationFn.backprop(preOutput.dup(), dLdp).getFirst();
    }

    @Override
    public Pair<Double, INDArray> computeGradientAndScore(INDArray labels, INDArray preOutput,
            IActivation activationFn, INDArray mask, boolean average) {
        return new Pair<>(computeScore(labels, preOutput, activationFn, mask, average),
                computeGradient(labels, preOutput, activationFn, mask));
    }

    @Override
    public String name() {
        return "example-weighted-xent";
    }

    @Override
    public String toString() {
        return name();
    }
}
