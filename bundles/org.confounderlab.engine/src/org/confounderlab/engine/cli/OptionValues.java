package org.confounderlab.engine.cli;

import java.util.List;

/** Reads the values of command-line options; a bad value is an {@link IllegalArgumentException} naming the option. */
final class OptionValues {

    private OptionValues() {
    }

    /** The argument at {@code index}, the value of {@code option}. */
    static String value(List<String> args, int index, String option) {
        if (index >= args.size()) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args.get(index);
    }

    /** {@code text} as a whole number above 0. */
    static int positive(String option, String text) {
        try {
            if (nonNegative(option, text) > 0) {
                return Integer.parseInt(text);
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw new IllegalArgumentException(option + " must be a positive whole number, not '" + text + "'");
    }

    /** {@code text} as a whole number of at least 0. */
    static int nonNegative(String option, String text) {
        try {
            int value = Integer.parseInt(text);
            if (value >= 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(option + " must be a whole number ≥ 0, not '" + text + "'");
    }
}
