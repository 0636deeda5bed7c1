package org.confounderlab.engine.audit;

import java.util.List;

import org.confounderlab.engine.stats.ChiSquareTest;
import org.confounderlab.engine.stats.ContingencyTable;

/**
 * How strongly one attribute (or region presence) goes with one binary label, on the images where the label is
 * positive or negative. Images where the attribute is unknown form their own subgroup {@code (missing)} in the table
 * and in the categorical AUC, because missingness itself can be a shortcut; the numeric AUC leaves them out.
 *
 * @param attribute             attribute name ({@code region:NAME} for regions)
 * @param kind                  how the attribute was treated
 * @param label                 label name
 * @param n                     images used (label positive or negative)
 * @param subgroups             prevalence per subgroup, in table row order
 * @param table                 subgroups × {0, 1} counts
 * @param chiSquare             Pearson chi-square test of independence, no continuity correction
 * @param cramersV              Cramér's V, NaN when the test is undefined
 * @param mutualInformationNats mutual information between subgroup and label, in nats
 * @param attributeOnlyAuc      AUC of the attribute alone as predictor of the label, ≥ 0.5; NaN when undefined
 * @param aucDirection          what the AUC ranks by
 */
public record AttributeLabelAssociation(String attribute, AttributeKind kind, String label, long n,
        List<SubgroupPrevalence> subgroups, ContingencyTable table, ChiSquareTest chiSquare, double cramersV,
        double mutualInformationNats, double attributeOnlyAuc, AucDirection aucDirection) {

    public AttributeLabelAssociation {
        subgroups = List.copyOf(subgroups);
    }

    /** The mutual information in bits. */
    public double mutualInformationBits() {
        return mutualInformationNats / Math.log(2);
    }

    /**
     * The share of the label's positive images in subgroup {@code value} (for example the share of AP views among
     * Edema images); NaN when there are no positives or no such subgroup.
     */
    public double shareAmongPositives(String value) {
        long total = 0;
        long in = 0;
        for (SubgroupPrevalence s : subgroups) {
            total += s.positives();
            in += s.value().equals(value) ? s.positives() : 0;
        }
        return total == 0 || subgroups.stream().noneMatch(s -> s.value().equals(value)) ? Double.NaN
                : (double) in / total;
    }

    /** The share of the label's negative images in subgroup {@code value}; NaN when there are none. */
    public double shareAmongNegatives(String value) {
        long total = 0;
        long in = 0;
        for (SubgroupPrevalence s : subgroups) {
            total += s.n() - s.positives();
            in += s.value().equals(value) ? s.n() - s.positives() : 0;
        }
        return total == 0 || subgroups.stream().noneMatch(s -> s.value().equals(value)) ? Double.NaN
                : (double) in / total;
    }

    /** The subgroup most over-represented among positives against negatives, or {@code null} when none is. */
    public String mostOverRepresented() {
        String best = null;
        double largest = 0;
        for (SubgroupPrevalence s : subgroups) {
            double difference = shareAmongPositives(s.value()) - shareAmongNegatives(s.value());
            if (difference > largest) {
                largest = difference;
                best = s.value();
            }
        }
        return best;
    }

    /** The p-value of the chi-square test. */
    public double pValue() {
        return chiSquare.pValue();
    }
}
