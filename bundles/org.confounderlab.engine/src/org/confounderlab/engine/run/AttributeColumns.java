package org.confounderlab.engine.run;

import org.confounderlab.model.experiment.ConfounderAttribute;

/** The manifest column an experiment's confounder attribute reads. */
final class AttributeColumns {

    private AttributeColumns() {
    }

    /** The attribute's column, or its name when it names no column. */
    static String of(ConfounderAttribute attribute) {
        return attribute.getColumn() == null || attribute.getColumn().isBlank() ? attribute.getName()
                : attribute.getColumn();
    }
}
