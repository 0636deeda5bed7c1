package org.confounderlab.engine.stats;

/**
 * One bin of a reliability diagram: predictions in [{@code lower}, {@code upper}) (the last bin includes 1), how
 * many, their mean predicted probability and the observed frequency of label 1 (both NaN when empty).
 */
public record ReliabilityBin(double lower, double upper, int count, double meanPredicted, double observedFrequency) {
}
