package org.confounderlab.engine.marks;

import java.util.List;
import java.util.Locale;

import org.confounderlab.model.experiment.DatasetFormat;
import org.confounderlab.model.experiment.Experiment;
import org.confounderlab.model.experiment.ExperimentFactory;
import org.confounderlab.model.experiment.FillMode;
import org.confounderlab.model.experiment.Intervention;
import org.confounderlab.model.experiment.InterventionKind;
import org.confounderlab.model.experiment.Region;
import org.confounderlab.model.templates.ExperimentTemplates;

/**
 * Accepting a proposed mark region into an experiment, the one edit both {@code marks --accept} and the experiment
 * editor's Marks page make (the page records it as one undoable command): the data set becomes the manifest with the
 * proposals' {@code region:} columns, the region reads its column, and every masking, region-only and random-box
 * intervention covers it (one of each is added when the experiment has none; the original is kept or added).
 */
public final class MarkAcceptance {

    private static final List<InterventionKind> COVERING = List.of(InterventionKind.MASK_REGIONS,
            InterventionKind.REGION_ONLY, InterventionKind.RANDOM_BOX);

    private MarkAcceptance() {
    }

    /**
     * Accepts the proposal {@code name} into {@code experiment}, whose data set then is the manifest at
     * {@code location} (as the experiment names it: relative to its folder where it can be); returns false, and
     * changes nothing, when the experiment has a region of that name already.
     */
    public static boolean accept(Experiment experiment, String location, String name, String description) {
        if (experiment.getRegions().stream().anyMatch(r -> name.equals(r.getName()))) {
            return false;
        }
        experiment.getDataset().setFormat(DatasetFormat.GENERIC_CSV);
        experiment.getDataset().setLocation(location);
        Region region = ExperimentTemplates.addColumnRegion(experiment, name, "region:" + name, description);
        if (experiment.getInterventions().stream().noneMatch(i -> i.getKind() == InterventionKind.ORIGINAL)) {
            experiment.getInterventions().add(0, intervention(experiment, InterventionKind.ORIGINAL));
        }
        for (InterventionKind kind : COVERING) {
            List<Intervention> ofKind = experiment.getInterventions().stream().filter(i -> i.getKind() == kind)
                    .toList();
            if (ofKind.isEmpty()) {
                Intervention added = intervention(experiment, kind);
                added.getRegions().add(region);
                experiment.getInterventions().add(added);
            } else {
                ofKind.forEach(i -> i.getRegions().add(region));
            }
        }
        return true;
    }

    /** The description of an accepted proposal: what it is and where and how often it was found. */
    public static String description(MarkGroup group, int images) {
        return "burned-in mark found in the images: " + group.describe(images).substring(group.name().length() + 2);
    }

    private static Intervention intervention(Experiment experiment, InterventionKind kind) {
        Intervention intervention = ExperimentFactory.eINSTANCE.createIntervention();
        String base = kind.getLiteral().toLowerCase(Locale.ROOT).replace('_', '-');
        String name = base;
        for (int n = 2; isTaken(experiment, name); n++) {
            name = base + "-" + n;
        }
        intervention.setName(name);
        intervention.setKind(kind);
        intervention.setFill(FillMode.BLACK);
        return intervention;
    }

    private static boolean isTaken(Experiment experiment, String name) {
        return experiment.getInterventions().stream().anyMatch(i -> name.equals(i.getName()));
    }
}
