package org.confounderlab.engine.data;

import java.util.List;
import java.util.Locale;

import org.confounderlab.model.experiment.AttributeKind;
import org.confounderlab.model.experiment.ConfounderAttribute;
import org.confounderlab.model.experiment.DatasetFormat;
import org.confounderlab.model.experiment.Experiment;
import org.confounderlab.model.experiment.ExperimentFactory;
import org.confounderlab.model.templates.ExperimentTemplates;

/**
 * A ready experiment for a data set, as the New Experiment wizard and {@code init} make it: the format, the labels,
 * one confounder attribute per chosen column (numeric for ages; sex, gender, age, race and ethnicity marked
 * protected), the official split when the data set has one, and the default interventions.
 */
public final class ExperimentFromDataSet {

    private ExperimentFromDataSet() {
    }

    /**
     * An experiment named {@code name} on the data set at {@code location} (as the experiment file will name it) in
     * {@code format}, with {@code labels} and the confounder attributes read from {@code attributeColumns}.
     */
    public static Experiment create(String name, DatasetFormat format, String location, List<String> labels,
            List<String> attributeColumns, boolean officialSplit) {
        Experiment experiment = ExperimentTemplates.newDefault(name, format, location, labels);
        for (String column : attributeColumns) {
            ConfounderAttribute attribute = ExperimentFactory.eINSTANCE.createConfounderAttribute();
            attribute.setName(column.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", ""));
            attribute.setColumn(column);
            String lower = column.toLowerCase(Locale.ROOT);
            attribute.setKind(lower.contains("age") ? AttributeKind.NUMERIC : AttributeKind.CATEGORICAL);
            attribute.setProtected(lower.contains("sex") || lower.contains("gender") || lower.contains("age")
                    || lower.contains("race") || lower.contains("ethnic"));
            experiment.getAttributes().add(attribute);
        }
        experiment.getSplit().setUseOfficialSplit(officialSplit);
        return experiment;
    }
}
