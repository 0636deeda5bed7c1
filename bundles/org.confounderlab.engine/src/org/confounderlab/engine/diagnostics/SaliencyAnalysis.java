package org.confounderlab.engine.diagnostics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.confounderlab.engine.data.Box;
import org.confounderlab.engine.stats.SpearmanCorrelation;
import org.confounderlab.engine.training.InspectableClassifier;
import org.confounderlab.engine.training.BatchStream;
import org.confounderlab.engine.training.ImageSource;
import org.confounderlab.engine.training.TensorBatch;

/**
 * Saliency diagnostics on the test images: Grad-CAM (and, when asked, occlusion sensitivity) per label, the share
 * of each map's mass inside each named region against the region's share of the image, aggregated by region
 * presence and by label with bootstrap intervals, the pointing game, the model-randomisation check, and the images
 * that look most at a region (for overlays).
 */
public final class SaliencyAnalysis {

    /** Images explained per backend call, bounding memory for the big networks. */
    static final int CHUNK = 64;
    /** Images of the model-randomisation check. */
    static final int RANDOMISATION_IMAGES = 32;
    /** Pointing-game tolerance as a share of the input side (15 px at 224, as in Zhang et al. 2018). */
    static final double POINTING_TOLERANCE = 15.0 / 224;

    /**
     * @param layer           Grad-CAM layer; blank for the model's default
     * @param bootstrap       resamples of the intervals
     * @param alpha           1 − confidence level
     * @param seed            seed of the resampling
     * @param worstCases      images kept per label for overlays
     * @param occlusionImages images also explained by occlusion (0: none)
     * @param occlusionGrid   cells per side of the occlusion grid
     */
    public record Options(String layer, int bootstrap, double alpha, long seed, int worstCases, int occlusionImages,
            int occlusionGrid) {
    }

    /** An image that put much of a label's attention on a region. */
    public record WorstCase(int image, String label, String region, HeatMap map, double share, double areaShare) {
    }

    /** A deletion test of one label's Grad-CAM maps. */
    public record Deletion(int label, DeletionCurve curve) {
    }

    /** Everything the analysis found. */
    public record Result(List<AttentionSummary> summaries, List<WorstCase> worstCases, String layer,
            List<Deletion> deletions) {
    }

    /** Positive test images whose Grad-CAM maps the deletion test removes, and the shares it removes them in. */
    static final int DELETION_IMAGES = 32;
    static final int DELETION_STEPS = 10;

    private final InspectableClassifier model;
    private final Options options;

    public SaliencyAnalysis(InspectableClassifier model, Options options) {
        this.model = model;
        this.options = options;
    }

    /**
     * Explains {@code labels} (indexes into the model's labels) on {@code test}, whose images have the boxes
     * {@code regions} (input pixels; a region missing from an image's map is absent there).
     */
    public Result analyse(ImageSource test, List<Map<String, Box>> regions, List<String> regionNames,
            List<Integer> labels) throws InterruptedException {
        if (model.camLayers().isEmpty()) {
            return occlusionOnly(test, regions, regionNames, labels);
        }
        String layer = options.layer() == null || options.layer().isBlank()
                ? model.camLayers().get(model.camLayers().size() - 1) : options.layer();
        List<AttentionSummary> summaries = new ArrayList<>();
        List<WorstCase> worst = new ArrayList<>();
        List<Deletion> deletions = new ArrayList<>();
        InspectableClassifier randomised = model.randomised();
        int[] all = range(test.count());
        for (int label : labels) {
            HeatMap[] maps = gradCam(model, test, layer, label);
            double rho = randomisationCorrelation(randomised, test, layer, label, maps);
            summaries.addAll(summarise("GRAD_CAM", layer, label, maps, all, test, regions, regionNames, rho));
            worst.addAll(worstCases(label, maps, regions, regionNames));
            DeletionCurve deletion = deletion(test, maps, label);
            if (deletion != null) {
                deletions.add(new Deletion(label, deletion));
            }
            int occluded = Math.min(options.occlusionImages(), test.count());
            if (occluded > 0) {
                TensorBatch subset = test.range(0, occluded);
                HeatMap[] occlusion = new OcclusionSensitivity(model, options.occlusionGrid()).maps(subset, label);
                summaries.addAll(summarise("OCCLUSION", "", label, occlusion, range(occluded), test, regions,
                        regionNames, Double.NaN));
            }
        }
        return new Result(summaries, worst, layer, deletions);
    }

    /** The deletion test on the first {@value #DELETION_IMAGES} positive test images; null without positives. */
    private DeletionCurve deletion(ImageSource test, HeatMap[] maps, int label) {
        boolean[] positive = test.positives(label);
        List<Integer> chosen = new ArrayList<>();
        for (int i = 0; i < positive.length && chosen.size() < DELETION_IMAGES; i++) {
            if (positive[i] && maps[i].total() > 0) {
                chosen.add(i);
            }
        }
        if (chosen.isEmpty()) {
            return null;
        }
        int[] indices = chosen.stream().mapToInt(Integer::intValue).toArray();
        HeatMap[] picked = new HeatMap[indices.length];
        for (int k = 0; k < indices.length; k++) {
            picked[k] = maps[indices[k]];
        }
        return DeletionCurve.of(model, test.batch(indices, 0), picked, label, DELETION_STEPS, 1 - options.alpha(),
                options.bootstrap(), options.seed());
    }

    /**
     * For a model with no layer Grad-CAM can explain (an imported model whose head is not global average pooling and
     * a linear layer): occlusion maps of the first {@code occlusionImages} test images (32 when occlusion is off),
     * summarised, checked against the randomised model and searched for worst cases as Grad-CAM's would be.
     */
    private Result occlusionOnly(ImageSource test, List<Map<String, Box>> regions, List<String> regionNames,
            List<Integer> labels) throws InterruptedException {
        int n = Math.min(options.occlusionImages() > 0 ? options.occlusionImages() : RANDOMISATION_IMAGES,
                test.count());
        TensorBatch subset = test.range(0, n);
        OcclusionSensitivity occlusion = new OcclusionSensitivity(model, options.occlusionGrid());
        OcclusionSensitivity randomOcclusion = new OcclusionSensitivity(model.randomised(), options.occlusionGrid());
        int checked = Math.min(RANDOMISATION_IMAGES, n);
        List<AttentionSummary> summaries = new ArrayList<>();
        List<WorstCase> worst = new ArrayList<>();
        for (int label : labels) {
            HeatMap[] maps = occlusion.maps(subset, label);
            HeatMap[] random = randomOcclusion.maps(test.range(0, checked), label);
            double rho = meanCorrelation(maps, random, checked);
            summaries.addAll(summarise("OCCLUSION", "", label, maps, range(n), test, regions, regionNames, rho));
            worst.addAll(worstCases(label, maps, regions, regionNames));
        }
        return new Result(summaries, worst, "", List.of());
    }

    /**
     * Grad-CAM maps of every image, read and explained {@link #CHUNK} images at a time: only the maps are kept (a few
     * hundred floats per image).
     */
    static HeatMap[] gradCam(InspectableClassifier model, ImageSource images, String layer, int label)
            throws InterruptedException {
        HeatMap[] maps = new HeatMap[images.count()];
        int from = 0;
        try (BatchStream<TensorBatch> batches = BatchStream.inOrder(images, CHUNK)) {
            while (batches.hasNext()) {
                HeatMap[] part = GradCam.maps(model.gradients(batches.next(), layer, label), images.size());
                System.arraycopy(part, 0, maps, from, part.length);
                from += part.length;
            }
        }
        return maps;
    }

    private double randomisationCorrelation(InspectableClassifier randomised, ImageSource test, String layer,
            int label, HeatMap[] trained) throws InterruptedException {
        int n = Math.min(RANDOMISATION_IMAGES, test.count());
        HeatMap[] random = gradCam(randomised, test.range(0, n), layer, label);
        return meanCorrelation(trained, random, n);
    }

    /** The mean Spearman correlation of the first {@code n} maps of each set (all-zero maps left out). */
    private static double meanCorrelation(HeatMap[] trained, HeatMap[] random, int n) {
        double sum = 0;
        int counted = 0;
        for (int i = 0; i < n; i++) {
            double rho = SpearmanCorrelation.of(toDouble(trained[i].values()), toDouble(random[i].values()));
            if (!Double.isNaN(rho)) {
                sum += rho;
                counted++;
            }
        }
        return counted == 0 ? Double.NaN : sum / counted;
    }

    private List<AttentionSummary> summarise(String method, String layer, int label, HeatMap[] maps, int[] images,
            ImageSource test, List<Map<String, Box>> regions, List<String> regionNames, double rho) {
        List<AttentionSummary> rows = new ArrayList<>();
        String labelName = test.labels().get(label);
        boolean[] positive = test.positives(label);
        double tolerance = POINTING_TOLERANCE * test.size();
        for (String region : regionNames) {
            List<Integer> present = new ArrayList<>();
            List<Integer> absent = new ArrayList<>();
            for (int k = 0; k < images.length; k++) {
                (regions.get(images[k]).containsKey(region) ? present : absent).add(k);
            }
            if (present.isEmpty()) {
                continue;
            }
            Box usual = medianBox(present.stream().map(k -> regions.get(images[k]).get(region)).toList());
            rows.add(row(method, layer, region, labelName, AttentionSummary.PRESENT, maps, present,
                    k -> regions.get(images[k]).get(region), tolerance, rho));
            rows.add(row(method, layer, region, labelName, AttentionSummary.PRESENT_POSITIVE, maps,
                    present.stream().filter(k -> positive[images[k]]).toList(),
                    k -> regions.get(images[k]).get(region), tolerance, rho));
            rows.add(row(method, layer, region, labelName, AttentionSummary.PRESENT_NEGATIVE, maps,
                    present.stream().filter(k -> !positive[images[k]]).toList(),
                    k -> regions.get(images[k]).get(region), tolerance, rho));
            if (!absent.isEmpty()) {
                rows.add(row(method, layer, region, labelName, AttentionSummary.ABSENT, maps, absent, k -> usual,
                        Double.NaN, rho));
            }
        }
        rows.removeIf(row -> row.n() == 0);
        return rows;
    }

    private AttentionSummary row(String method, String layer, String region, String label, String subset,
            HeatMap[] maps, List<Integer> members, java.util.function.IntFunction<Box> boxOf, double tolerance,
            double rho) {
        double[] shares = new double[members.size()];
        double area = 0;
        int hits = 0;
        int n = 0;
        for (int k : members) {
            Box box = boxOf.apply(k);
            double share = maps[k].shareInside(box);
            if (Double.isNaN(share)) {
                continue; // an all-zero map says nothing about where attention goes
            }
            shares[n++] = share;
            area += maps[k].areaShare(box);
            if (!Double.isNaN(tolerance) && maps[k].pointsInto(box, tolerance)) {
                hits++;
            }
        }
        shares = Arrays.copyOf(shares, n);
        double mean = mean(shares);
        double[] ci = bootstrapMean(shares);
        return new AttentionSummary(method, layer, region, label, subset, n, mean, n == 0 ? Double.NaN : area / n,
                ci[0], ci[1], Double.isNaN(tolerance) || n == 0 ? Double.NaN : (double) hits / n, rho);
    }

    private List<WorstCase> worstCases(int label, HeatMap[] maps, List<Map<String, Box>> regions,
            List<String> regionNames) {
        List<WorstCase> cases = new ArrayList<>();
        for (int i = 0; i < maps.length; i++) {
            WorstCase worst = null;
            for (String region : regionNames) {
                Box box = regions.get(i).get(region);
                double share = box == null ? Double.NaN : maps[i].shareInside(box);
                if (!Double.isNaN(share) && (worst == null
                        || share / maps[i].areaShare(box) > worst.share() / worst.areaShare())) {
                    worst = new WorstCase(i, model.labels().get(label), region, maps[i], share,
                            maps[i].areaShare(box));
                }
            }
            if (worst != null && worst.areaShare() > 0) {
                cases.add(worst);
            }
        }
        cases.sort(Comparator.comparingDouble((WorstCase c) -> c.share() / c.areaShare()).reversed());
        return List.copyOf(cases.subList(0, Math.min(options.worstCases(), cases.size())));
    }

    /** Percentile bootstrap interval of the mean. */
    private double[] bootstrapMean(double[] values) {
        if (values.length < 2) {
            return new double[] {Double.NaN, Double.NaN};
        }
        SplittableRandom random = new SplittableRandom(options.seed());
        double[] means = new double[options.bootstrap()];
        for (int b = 0; b < means.length; b++) {
            double sum = 0;
            for (int i = 0; i < values.length; i++) {
                sum += values[random.nextInt(values.length)];
            }
            means[b] = sum / values.length;
        }
        Arrays.sort(means);
        int lower = (int) Math.floor(options.alpha() / 2 * (means.length - 1));
        int upper = (int) Math.ceil((1 - options.alpha() / 2) * (means.length - 1));
        return new double[] {means[lower], means[upper]};
    }

    /** The component-wise median of boxes: where a region usually sits. */
    static Box medianBox(List<Box> boxes) {
        return new Box(median(boxes.stream().mapToDouble(Box::x).toArray()),
                median(boxes.stream().mapToDouble(Box::y).toArray()),
                median(boxes.stream().mapToDouble(Box::width).toArray()),
                median(boxes.stream().mapToDouble(Box::height).toArray()));
    }

    private static double median(double[] values) {
        Arrays.sort(values);
        int n = values.length;
        return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
    }

    private static double mean(double[] values) {
        return values.length == 0 ? Double.NaN : Arrays.stream(values).sum() / values.length;
    }

    private static double[] toDouble(float[] values) {
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i];
        }
        return out;
    }

    private static int[] range(int n) {
        int[] indexes = new int[n];
        for (int i = 0; i < n; i++) {
            indexes[i] = i;
        }
        return indexes;
    }
}
