package org.confounderlab.engine.diagnostics;

import java.util.Arrays;
import java.util.SplittableRandom;

import org.confounderlab.engine.stats.RandomSubset;
import org.confounderlab.engine.stats.StratifiedBootstrapAuc;
import org.confounderlab.engine.training.ImageClassifier;
import org.confounderlab.engine.training.TensorBatch;

/**
 * Whether a saliency map explains the model: the deletion test (Petsiuk, Das and Saenko, "RISE", BMVC 2018; the
 * most-relevant-first order of ROAD, Rong et al., ICML 2022). For each image the pixels are removed in the map's
 * order, hottest first, in {@code steps} equal shares, each removed pixel set to the image's own mean in every
 * channel (a debiased fill: no new edges at the removed pixels' places), and the label's probability is scored after
 * every share; the same is done in a random order. The area under each curve (the mean score over the shares, the
 * original included, relative to the original score) is lower when the removed pixels mattered: a map that explains
 * the model has a clearly smaller area than random removal. Reported: both areas over the images, their difference
 * (random − map) with a bootstrap percentile interval over images.
 *
 * @param images the images tested
 * @param steps the shares removed in turn
 * @param mapArea the mean relative area, map order
 * @param randomArea the same, random order
 * @param difference randomArea − mapArea
 * @param lower the difference's bootstrap lower bound
 * @param upper its upper bound
 * @param mapCurve the mean relative score after each share, map order ({@code steps + 1} values, 1 first)
 * @param randomCurve the same, random order
 */
public record DeletionCurve(int images, int steps, double mapArea, double randomArea, double difference,
        double lower, double upper, double[] mapCurve, double[] randomCurve) {

    /**
     * The test of {@code maps} (one per image of {@code batch}, at the input's size) for label {@code label} of
     * {@code model}, with {@code steps} shares and the interval at {@code level} from {@code resamples} resamples.
     */
    public static DeletionCurve of(ImageClassifier model, TensorBatch batch, HeatMap[] maps, int label, int steps,
            double level, int resamples, long seed) {
        int n = batch.count();
        if (maps.length != n || n == 0) {
            throw new IllegalArgumentException(maps.length + " maps for " + n + " images");
        }
        int channels = batch.channels();
        int pixels = batch.size() * batch.size();
        double[][] mapCurves = new double[n][steps + 1];
        double[][] randomCurves = new double[n][steps + 1];
        SplittableRandom random = new SplittableRandom(seed);
        int[][] mapOrders = new int[n][];
        int[][] randomOrders = new int[n][];
        for (int i = 0; i < n; i++) {
            mapOrders[i] = hottestFirst(maps[i]);
            randomOrders[i] = RandomSubset.permutation(pixels, random);
        }
        double[] original = column(model.predict(batch), label);
        for (int order = 0; order < 2; order++) {
            double[][] curves = order == 0 ? mapCurves : randomCurves;
            int[][] orders = order == 0 ? mapOrders : randomOrders;
            for (int i = 0; i < n; i++) {
                curves[i][0] = 1;
            }
            for (int step = 1; step <= steps; step++) {
                int removed = (int) Math.round((double) step * pixels / steps);
                float[] tensors = batch.tensors().clone();
                for (int i = 0; i < n; i++) {
                    int offset = i * channels * pixels;
                    for (int c = 0; c < channels; c++) {
                        int plane = offset + c * pixels;
                        double mean = 0;
                        for (int p = 0; p < pixels; p++) {
                            mean += batch.tensors()[plane + p];
                        }
                        float fill = (float) (mean / pixels);
                        for (int k = 0; k < removed; k++) {
                            tensors[plane + orders[i][k]] = fill;
                        }
                    }
                }
                double[] scored = column(model.predict(new TensorBatch(tensors, batch.targets(), n, channels,
                        batch.size(), batch.labels())), label);
                for (int i = 0; i < n; i++) {
                    curves[i][step] = original[i] > 0 ? scored[i] / original[i] : Double.NaN;
                }
            }
        }
        double[] differences = new double[n];
        double mapArea = 0;
        double randomArea = 0;
        for (int i = 0; i < n; i++) {
            double m = area(mapCurves[i]);
            double r = area(randomCurves[i]);
            differences[i] = r - m;
            mapArea += m / n;
            randomArea += r / n;
        }
        double[] means = new double[resamples];
        for (int b = 0; b < resamples; b++) {
            double sum = 0;
            for (int k = 0; k < n; k++) {
                sum += differences[random.nextInt(n)];
            }
            means[b] = sum / n;
        }
        Arrays.sort(means);
        double tail = (1 - level) / 2;
        return new DeletionCurve(n, steps, mapArea, randomArea, randomArea - mapArea,
                resamples > 0 ? StratifiedBootstrapAuc.quantile(means, tail) : Double.NaN,
                resamples > 0 ? StratifiedBootstrapAuc.quantile(means, 1 - tail) : Double.NaN, mean(mapCurves),
                mean(randomCurves));
    }

    /** The pixel indexes, hottest first (ties in index order). */
    static int[] hottestFirst(HeatMap map) {
        Integer[] order = new Integer[map.values().length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        float[] v = map.values();
        Arrays.sort(order, (a, b) -> Float.compare(v[b], v[a]));
        return Arrays.stream(order).mapToInt(Integer::intValue).toArray();
    }

    /** The trapezoid area under a curve over [0, 1] sampled at equal steps. */
    static double area(double[] curve) {
        double sum = 0;
        for (int k = 1; k < curve.length; k++) {
            sum += (curve[k - 1] + curve[k]) / 2;
        }
        return sum / (curve.length - 1);
    }

    private static double[] mean(double[][] curves) {
        double[] mean = new double[curves[0].length];
        for (double[] curve : curves) {
            for (int k = 0; k < mean.length; k++) {
                mean[k] += curve[k] / curves.length;
            }
        }
        return mean;
    }

    private static double[] column(double[][] scores, int label) {
        double[] column = new double[scores.length];
        for (int i = 0; i < scores.length; i++) {
            column[i] = scores[i][label];
        }
        return column;
    }
}
