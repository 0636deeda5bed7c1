package org.confounderlab.ui.editors;

import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;

/** An enumeration as the items of a combo box (table cells, the Properties view): literals by position. */
final class EnumChoices {

    private EnumChoices() {
    }

    /** The items: the literals in the model's order. */
    static String[] items(EEnum type) {
        return type.getELiterals().stream().map(EEnumLiteral::getLiteral).toArray(String[]::new);
    }

    /** The item of {@code value} (an enum constant of {@code type}), or -1. */
    static int indexOf(EEnum type, Object value) {
        return type.getELiterals().indexOf(type.getEEnumLiteralByLiteral(String.valueOf(value)));
    }

    /** The enum constant of item {@code index}. */
    static Object valueAt(EEnum type, int index) {
        return type.getELiterals().get(index).getInstance();
    }
}
