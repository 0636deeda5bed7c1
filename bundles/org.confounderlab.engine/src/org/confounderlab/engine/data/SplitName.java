package org.confounderlab.engine.data;

/** The split an image belongs to. */
public enum SplitName {
    TRAIN, VALIDATION, TEST
}
