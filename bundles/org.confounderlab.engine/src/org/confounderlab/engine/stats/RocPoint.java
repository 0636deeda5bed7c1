package org.confounderlab.engine.stats;

/**
 * One point of an ROC curve: calling "case" every score ≥ {@code threshold} gives false-positive rate {@code fpr}
 * (1 − specificity) and true-positive rate {@code tpr} (sensitivity).
 */
public record RocPoint(double fpr, double tpr, double threshold) {
}
