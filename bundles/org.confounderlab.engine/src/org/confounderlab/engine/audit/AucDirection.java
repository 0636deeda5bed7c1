package org.confounderlab.engine.audit;

/** What score the attribute-only AUC ranks by. */
public enum AucDirection {
    /** The subgroup's prevalence P(label = 1 | attribute value), for categorical attributes and regions. */
    SUBGROUP_PREVALENCE,
    /** The raw numeric value: higher values go with the positive label. */
    HIGHER_IS_POSITIVE,
    /** The raw numeric value: lower values go with the positive label (AUC reported as 1 − AUC of the value). */
    LOWER_IS_POSITIVE
}
