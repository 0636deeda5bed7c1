package org.confounderlab.engine.audit;

/** How an attribute was treated by the audit. */
public enum AttributeKind {
    /** Text values, one subgroup per value. */
    CATEGORICAL,
    /** Numbers: quantile bins for the contingency statistics, the raw value for the AUC. */
    NUMERIC,
    /** A region's presence (present/absent) on the image, e.g. a laterality marker box. */
    REGION
}
