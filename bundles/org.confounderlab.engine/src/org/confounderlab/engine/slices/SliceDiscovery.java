package org.confounderlab.engine.slices;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.confounderlab.engine.diagnostics.FeatureRows;
import org.confounderlab.engine.stats.ContingencyTable;
import org.confounderlab.engine.stats.NormalDistribution;

/**
 * Slice discovery after training: the test images' penultimate features reduced to their first {@value #COMPONENTS}
 * principal components, clustered by a Gaussian mixture whose number of components (1 to {@value #LARGEST}) the BIC
 * chooses, each cluster then ranked by how much worse the model does on it (mean log loss against the rest), how
 * well belonging to it predicts the label, and which known attribute it goes with. A cluster both error-enriched and
 * label-predictive is a slice the model handles by something other than the finding.
 */
public final class SliceDiscovery {

    static final int COMPONENTS = 10;
    static final int LARGEST = 8;
    /** Fewest test images for clustering to mean anything. */
    public static final int FEWEST_IMAGES = 50;

    private SliceDiscovery() {
    }

    /**
     * The slices of the test images whose features are {@code features}, scored {@code scores} (probabilities) for a
     * label with 0/1 {@code targets}; {@code attributes} gives each known attribute's value per image (null unknown).
     * Most error-enriched first. Empty below {@value #FEWEST_IMAGES} images.
     */
    public static List<Slice> of(FeatureRows features, double[] scores, int[] targets,
            Map<String, String[]> attributes, long seed) {
        int n = features.rows();
        if (n < FEWEST_IMAGES) {
            return List.of();
        }
        double[][] reduced = PrincipalComponents.scores(features, COMPONENTS, seed);
        GaussianMixture mixture = GaussianMixture.bestByBic(reduced, LARGEST, seed);
        int k = mixture.weights().length;
        double[] loss = new double[n];
        boolean[] wrong = new boolean[n];
        for (int i = 0; i < n; i++) {
            double p = Math.min(1 - 1e-7, Math.max(1e-7, scores[i]));
            loss[i] = targets[i] == 1 ? -Math.log(p) : -Math.log(1 - p);
            wrong[i] = (scores[i] >= 0.5) != (targets[i] == 1);
        }
        List<Slice> slices = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            List<Integer> members = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (mixture.assignment()[i] == c) {
                    members.add(i);
                }
            }
            if (members.isEmpty() || members.size() == n) {
                continue;
            }
            boolean[] in = new boolean[n];
            members.forEach(i -> in[i] = true);
            double lossIn = 0;
            double lossOut = 0;
            int errorsIn = 0;
            int errorsOut = 0;
            int positivesIn = 0;
            int positivesOut = 0;
            for (int i = 0; i < n; i++) {
                if (in[i]) {
                    lossIn += loss[i];
                    errorsIn += wrong[i] ? 1 : 0;
                    positivesIn += targets[i];
                } else {
                    lossOut += loss[i];
                    errorsOut += wrong[i] ? 1 : 0;
                    positivesOut += targets[i];
                }
            }
            int size = members.size();
            int rest = n - size;
            double errorIn = errorsIn / (double) size;
            double errorOut = errorsOut / (double) rest;
            double pooled = (errorsIn + errorsOut) / (double) n;
            double se = Math.sqrt(pooled * (1 - pooled) * (1.0 / size + 1.0 / rest));
            double errorP = se == 0 ? 1 : NormalDistribution.twoSidedP((errorIn - errorOut) / se);
            int positives = positivesIn + positivesOut;
            int negatives = n - positives;
            double tpr = positives == 0 ? 0 : positivesIn / (double) positives;
            double fpr = negatives == 0 ? 0 : (size - positivesIn) / (double) negatives;
            double auc = 0.5 + (tpr - fpr) / 2;
            String bestAttribute = null;
            double bestV = 0;
            String bestValue = null;
            double bestShare = 0;
            for (Map.Entry<String, String[]> attribute : attributes.entrySet()) {
                String[] values = attribute.getValue();
                List<String> groups = new ArrayList<>(new TreeSet<>(java.util.Arrays.stream(values)
                        .filter(java.util.Objects::nonNull).toList()));
                if (groups.size() < 2) {
                    continue;
                }
                long[][] counts = new long[groups.size()][2];
                for (int i = 0; i < n; i++) {
                    if (values[i] != null) {
                        counts[groups.indexOf(values[i])][in[i] ? 1 : 0]++;
                    }
                }
                double v = new ContingencyTable(groups, List.of("out", "in"), counts).cramersV();
                if (Double.isFinite(v) && v > bestV) {
                    bestV = v;
                    bestAttribute = attribute.getKey();
                    int top = 0;
                    for (int g = 1; g < groups.size(); g++) {
                        if (counts[g][1] > counts[top][1]) {
                            top = g;
                        }
                    }
                    bestValue = groups.get(top);
                    bestShare = counts[top][1] / (double) size;
                }
            }
            slices.add(new Slice(0, List.copyOf(members), positivesIn / (double) size, positivesOut / (double) rest,
                    (lossIn / size) / Math.max(1e-12, lossOut / rest), errorIn, errorOut, errorP,
                    Math.max(auc, 1 - auc), bestAttribute, bestV, bestValue, bestShare));
        }
        slices.sort(Comparator.comparingDouble(Slice::lossRatio).reversed());
        List<Slice> numbered = new ArrayList<>();
        for (Slice s : slices) {
            numbered.add(new Slice(numbered.size() + 1, s.members(), s.prevalence(), s.restPrevalence(),
                    s.lossRatio(), s.errorRate(), s.restErrorRate(), s.errorP(), s.labelAuc(), s.attribute(),
                    s.attributeV(), s.attributeValue(), s.valueShare()));
        }
        return numbered;
    }
}
