package org.confounderlab.engine.split;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

import org.confounderlab.engine.data.SplitName;

/**
 * What a split produced, per split.
 *
 * @param stratifyLabel      the label used for stratification, or {@code null} when none
 * @param officialSplitUsed  whether the data set's own split was honoured
 * @param conflictedPatients patients whose images the official split had put into more than one split; the
 *                           splitter kept each of them whole, in the most held-out of those splits
 * @param perSplit           statistics of every split (empty splits included)
 */
public record SplitSummary(String stratifyLabel, boolean officialSplitUsed, int conflictedPatients,
        Map<SplitName, SplitStatistics> perSplit) {

    public SplitSummary {
        // an EnumMap keeps train, validation, test order when iterated
        EnumMap<SplitName, SplitStatistics> copy = new EnumMap<>(SplitName.class);
        copy.putAll(perSplit);
        perSplit = Collections.unmodifiableMap(copy);
    }

    /** The statistics of one split. */
    public SplitStatistics of(SplitName split) {
        return perSplit.get(split);
    }
}
