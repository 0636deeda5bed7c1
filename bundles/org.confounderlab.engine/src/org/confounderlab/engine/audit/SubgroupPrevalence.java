package org.confounderlab.engine.audit;

/**
 * The label prevalence within one attribute subgroup (value, quantile bin, or region present/absent).
 *
 * @param value      the subgroup's name as printed
 * @param n          images in the subgroup with a positive or negative label
 * @param positives  positive images
 * @param prevalence positives / n, NaN when n is 0
 */
public record SubgroupPrevalence(String value, long n, long positives, double prevalence) {
}
