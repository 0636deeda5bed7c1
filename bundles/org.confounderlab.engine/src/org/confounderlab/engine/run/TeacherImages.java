package org.confounderlab.engine.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

import org.confounderlab.engine.audit.Subgroups;
import org.confounderlab.engine.data.ManifestEntry;
import org.confounderlab.engine.stats.RandomSubset;
import org.confounderlab.engine.training.TrainingException;
import org.confounderlab.model.experiment.ConfounderAttribute;
import org.confounderlab.model.experiment.DistillationSpec;
import org.confounderlab.model.experiment.Experiment;

/**
 * The small, confounder-free data a specialist teacher is trained on, as the experiment's distillation chooses it:
 * <ul>
 * <li>masked images: a seeded random share of the training images, with the regions of the masking interventions
 * covered (the teacher then also sees the student's images covered, so its targets carry no marker);</li>
 * <li>a balanced subset: in every subgroup of the attribute the label prevalence of the whole split, keeping all of
 * the class a subgroup is short of and a seeded random part of the other, so the attribute says nothing about the
 * label;</li>
 * <li>a clean subset: the images whose attribute has the value the user names.</li>
 * </ul>
 * The validation images are chosen by the same rule (all of them, covered, for masked images).
 *
 * @param train       the teacher's training images
 * @param validation  its validation images
 * @param maskRegions the regions covered in the teacher's images (empty unless masked)
 * @param description what the teacher learns from, in words
 */
public record TeacherImages(List<ManifestEntry> train, List<ManifestEntry> validation, Set<String> maskRegions,
        String description) {

    /** The teacher's data for {@code experiment}'s distillation, over the student's training and validation images. */
    public static TeacherImages of(Experiment experiment, List<ManifestEntry> train, List<ManifestEntry> validation,
            String label) throws TrainingException {
        DistillationSpec spec = experiment.getTraining().getDistillation();
        long seed = experiment.getTraining().getSeed();
        return switch (spec.getTeacherData()) {
            case MASKED_IMAGES -> masked(experiment, spec, train, validation, seed);
            case BALANCED_SUBSET -> {
                String column = column(spec, "a balanced subset");
                List<ManifestEntry> teacherTrain = balanced(train, label, column, seed);
                yield new TeacherImages(teacherTrain, balanced(validation, label, column, seed + 1), Set.of(),
                        String.format(Locale.ROOT, "%d of %d training images, balanced so that every %s subgroup "
                                + "has the prevalence of %s of the whole", teacherTrain.size(), train.size(), column,
                                label));
            }
            case CLEAN_SUBSET -> {
                String column = column(spec, "a clean subset");
                String value = spec.getCleanValue();
                if (value == null || value.isBlank()) {
                    throw new TrainingException("Distillation from a clean subset needs the value of " + column
                            + " that marks the clean images (Distillation > Clean value)");
                }
                List<ManifestEntry> teacherTrain = withValue(train, column, value.strip());
                yield new TeacherImages(teacherTrain, withValue(validation, column, value.strip()), Set.of(),
                        String.format(Locale.ROOT, "the %d of %d training images with %s = %s", teacherTrain.size(),
                                train.size(), column, value.strip()));
            }
        };
    }

    private static TeacherImages masked(Experiment experiment, DistillationSpec spec, List<ManifestEntry> train,
            List<ManifestEntry> validation, long seed) throws TrainingException {
        Set<String> regions = ExperimentRegions.masked(experiment);
        if (regions.isEmpty()) {
            throw new TrainingException("Distillation from masked images needs a masking intervention with regions "
                    + "(the regions to cover in the teacher's images)");
        }
        double fraction = spec.getTeacherFraction();
        if (!(fraction > 0 && fraction <= 1)) {
            throw new TrainingException("The teacher's share of the training images must be in (0, 1], got "
                    + fraction);
        }
        int count = Math.max(2, (int) Math.round(fraction * train.size()));
        List<ManifestEntry> chosen = inOrder(train, RandomSubset.of(train, count, new SplittableRandom(seed)));
        return new TeacherImages(chosen, validation, regions, String.format(Locale.ROOT, "%d of %d training images "
                + "(%.0f%%) with %s covered", chosen.size(), train.size(), 100 * fraction, String.join(", ", regions)));
    }

    private static String column(DistillationSpec spec, String what) throws TrainingException {
        ConfounderAttribute attribute = spec.getAttribute();
        if (attribute == null) {
            throw new TrainingException("Distillation from " + what + " needs an attribute (Distillation > "
                    + "Attribute)");
        }
        return AttributeColumns.of(attribute);
    }

    /**
     * The largest subset of {@code entries} in which every subgroup of {@code column} has the prevalence of
     * {@code label} in all of them: per subgroup all of its short class and a seeded random part of the other.
     */
    public static List<ManifestEntry> balanced(List<ManifestEntry> entries, String label, String column, long seed)
            throws TrainingException {
        Subgroups subgroups = Subgroups.of(entries, column);
        if (subgroups == null) {
            throw new TrainingException("The manifest has no attribute '" + column + "' to balance the teacher's "
                    + "images by");
        }
        int positives = 0;
        for (ManifestEntry entry : entries) {
            positives += entry.label(label).asDouble() == 1.0 ? 1 : 0;
        }
        double prevalence = (double) positives / entries.size();
        SplittableRandom random = new SplittableRandom(seed);
        List<ManifestEntry> kept = new ArrayList<>();
        for (int g = 0; g < subgroups.names().size(); g++) {
            List<ManifestEntry> groupPositives = new ArrayList<>();
            List<ManifestEntry> groupNegatives = new ArrayList<>();
            for (int i = 0; i < entries.size(); i++) {
                if (subgroups.groupOf()[i] == g) {
                    (entries.get(i).label(label).asDouble() == 1.0 ? groupPositives : groupNegatives)
                            .add(entries.get(i));
                }
            }
            if (groupPositives.isEmpty() || groupNegatives.isEmpty() || prevalence == 0 || prevalence == 1) {
                continue; // a subgroup of one class cannot have the prevalence of the whole
            }
            double groupPrevalence = (double) groupPositives.size() / (groupPositives.size() + groupNegatives.size());
            if (groupPrevalence > prevalence) {
                int wanted = (int) Math.round(groupNegatives.size() * prevalence / (1 - prevalence));
                kept.addAll(RandomSubset.of(groupPositives, wanted, random));
                kept.addAll(groupNegatives);
            } else {
                int wanted = (int) Math.round(groupPositives.size() * (1 - prevalence) / prevalence);
                kept.addAll(groupPositives);
                kept.addAll(RandomSubset.of(groupNegatives, wanted, random));
            }
        }
        return inOrder(entries, kept);
    }

    /** The {@code kept} of {@code entries}, in the order of {@code entries}. */
    private static List<ManifestEntry> inOrder(List<ManifestEntry> entries, List<ManifestEntry> kept) {
        Set<ManifestEntry> keep = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        keep.addAll(kept);
        return entries.stream().filter(keep::contains).toList();
    }

    private static List<ManifestEntry> withValue(List<ManifestEntry> entries, String column, String value)
            throws TrainingException {
        if (entries.stream().noneMatch(e -> e.attributes().containsKey(column))) {
            throw new TrainingException("The manifest has no attribute '" + column + "' to find the clean images by");
        }
        return entries.stream().filter(e -> e.attributes().get(column) != null
                && value.equals(e.attributes().get(column).strip())).toList();
    }
}
