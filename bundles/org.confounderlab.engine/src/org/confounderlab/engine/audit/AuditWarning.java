package org.confounderlab.engine.audit;

import java.util.List;

/**
 * Something in a data set's metadata that is implausible, inconsistent or a probable leak, found by
 * {@link PlausibilityChecks}: what, where (attribute, label), how many rows, and the first few as examples (each
 * naming its file and row).
 *
 * @param kind      what was found
 * @param attribute the attribute concerned, or {@code null}
 * @param label     the label concerned, or {@code null}
 * @param count     rows (or patients, for {@link Kind#PATIENT_INCONSISTENT}) concerned
 * @param message   one sentence for the user
 * @param examples  the first few, as "value (file:row)"
 */
public record AuditWarning(Kind kind, String attribute, String label, long count, String message,
        List<String> examples) {

    /** Examples kept per warning. */
    public static final int EXAMPLES = 5;

    public AuditWarning {
        examples = List.copyOf(examples);
    }

    /** What a warning is about. */
    public enum Kind {
        /** An age outside 0–120 years. */
        AGE_OUT_OF_RANGE,
        /** Ages written with a unit (060Y, 006M, 010D), converted to years. */
        AGE_UNIT_CONVERTED,
        /** A sex or gender value outside F, M, Female, Male, O, Other, Unknown. */
        SEX_UNEXPECTED,
        /** A patient whose sex changes between rows, or whose birth year (year of the image minus age) does. */
        PATIENT_INCONSISTENT,
        /** The same image file in more than one row. */
        DUPLICATE_IMAGE,
        /** A label's name, or "No Finding", written verbatim in an attribute. */
        LABEL_IN_ATTRIBUTE,
        /** An attribute that predicts a label almost perfectly: more likely the label itself than a confounder. */
        PROBABLE_LEAK
    }
}
