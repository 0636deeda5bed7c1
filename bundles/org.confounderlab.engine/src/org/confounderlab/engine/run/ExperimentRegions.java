package org.confounderlab.engine.run;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.confounderlab.engine.data.Box;
import org.confounderlab.engine.data.ManifestEntry;
import org.confounderlab.model.experiment.Experiment;
import org.confounderlab.model.experiment.Intervention;
import org.confounderlab.model.experiment.InterventionKind;
import org.confounderlab.model.experiment.Region;

/**
 * The marker regions of each image, in pixels of the original image: the experiment's fixed boxes (regions without a
 * manifest column), and the image's own boxes from the manifest's {@code region:<name>} columns, which win.
 */
public final class ExperimentRegions {

    private ExperimentRegions() {
    }

    /** The names of the regions the experiment's masking interventions cover, in the order they first appear. */
    public static Set<String> masked(Experiment experiment) {
        Set<String> names = new LinkedHashSet<>();
        for (Intervention intervention : experiment.getInterventions()) {
            if (intervention.getKind() == InterventionKind.MASK_REGIONS) {
                intervention.getRegions().forEach(region -> names.add(region.getName()));
            }
        }
        return names;
    }

    /** The boxes of each entry under {@code experiment}. */
    public static Function<ManifestEntry, Map<String, Box>> of(Experiment experiment) {
        Map<String, Box> fixed = new HashMap<>();
        for (Region region : experiment.getRegions()) {
            if ((region.getColumn() == null || region.getColumn().isBlank()) && region.getWidth() > 0
                    && region.getHeight() > 0) {
                fixed.put(region.getName(), new Box(region.getX(), region.getY(), region.getWidth(), region.getHeight()));
            }
        }
        Map<String, Box> boxes = Map.copyOf(fixed);
        return entry -> {
            Map<String, Box> regions = new HashMap<>(boxes);
            regions.putAll(entry.regions());
            return regions;
        };
    }
}
