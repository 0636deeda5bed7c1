package org.confounderlab.engine.onnxruntime;

/** What the model's output holds, and so how a probability is read from it. */
enum ScoreKind {
    /** Probabilities: the model ends in a Sigmoid or Softmax of its own. */
    PROBABILITIES,
    /** Logits, passed through a sigmoid per label (the experiment's SIGMOID activation). */
    LOGITS_SIGMOID,
    /** Logits, passed through a softmax over all the output's columns (the experiment's SOFTMAX activation). */
    LOGITS_SOFTMAX;

    /** The probabilities of the {@code columns} of one output row. */
    double[] probabilities(float[] row, int[] columns) {
        double[] out = new double[columns.length];
        if (this == LOGITS_SOFTMAX) {
            double max = Double.NEGATIVE_INFINITY;
            for (float v : row) {
                max = Math.max(max, v);
            }
            double sum = 0;
            for (float v : row) {
                sum += Math.exp(v - max);
            }
            for (int l = 0; l < columns.length; l++) {
                out[l] = Math.exp(row[columns[l]] - max) / sum;
            }
            return out;
        }
        for (int l = 0; l < columns.length; l++) {
            double v = row[columns[l]];
            out[l] = this == PROBABILITIES ? v : 1 / (1 + Math.exp(-v));
        }
        return out;
    }
}
