package org.confounderlab.engine.tests.diagnostics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;

import org.confounderlab.engine.diagnostics.AssociationShift;
import org.junit.jupiter.api.Test;

/** The flipped test set mirrors the subgroups' prevalences and keeps as many images as that allows. */
class AssociationShiftTest {

    @Test
    void aMarkerOnNineTenthsOfPositivesEndsUpOnOneTenth() {
        // present: 81 positives, 9 negatives (0.9); absent: 9 positives, 81 negatives (0.1); 3 without a value
        List<String> groups = new ArrayList<>();
        List<Boolean> labels = new ArrayList<>();
        add(groups, labels, "present", 81, 9);
        add(groups, labels, "absent", 9, 81);
        add(groups, labels, null, 2, 1);
        AssociationShift shift = AssociationShift.flipped("region laterality", groups.toArray(String[]::new),
                flags(labels), 7);
        AssociationShift.Group absent = shift.groups().get(0); // names in order: absent, present
        AssociationShift.Group present = shift.groups().get(1);
        assertEquals("absent", absent.name());
        assertEquals(0.1, absent.prevalence(), 1e-12);
        assertEquals(0.9, absent.shiftedPrevalence(), 1e-12, "absent takes present's prevalence");
        assertEquals(0.1, present.shiftedPrevalence(), 1e-12, "and the other way round");
        // all of the short class is kept: present keeps its 9 negatives and 9 · 0.1 / 0.9 = 1 positive
        assertEquals(9, present.keptNegatives());
        assertEquals(1, present.keptPositives());
        assertEquals(9, absent.keptPositives());
        assertEquals(1, absent.keptNegatives());
        assertEquals(20, shift.kept().length);
        for (int index : shift.kept()) {
            assertEquals(true, groups.get(index) != null, "images without a subgroup are left out");
        }
        // seeded: the same seed keeps the same images
        assertArrayEquals(shift.kept(), AssociationShift.flipped("x", groups.toArray(String[]::new), flags(labels), 7)
                .kept());
    }

    @Test
    void threeSubgroupsAreMirroredByRankAndTheMiddleOneKeepsItsPrevalence() {
        List<String> groups = new ArrayList<>();
        List<Boolean> labels = new ArrayList<>();
        add(groups, labels, "A", 90, 30); // 0.75
        add(groups, labels, "B", 30, 30); // 0.5
        add(groups, labels, "C", 30, 90); // 0.25
        AssociationShift shift = AssociationShift.flipped("site", groups.toArray(String[]::new), flags(labels), 1);
        assertEquals(0.25, shift.groups().get(0).shiftedPrevalence(), 1e-12);
        assertEquals(0.5, shift.groups().get(1).shiftedPrevalence(), 1e-12);
        assertEquals(60, shift.groups().get(1).keptPositives() + shift.groups().get(1).keptNegatives());
        assertEquals(0.75, shift.groups().get(2).shiftedPrevalence(), 1e-12);
    }

    @Test
    void mismatchedLengthsAreRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> AssociationShift.flipped("x", new String[] {"a"}, new boolean[] {true, false}, 1));
    }

    private static void add(List<String> groups, List<Boolean> labels, String group, int positives, int negatives) {
        for (int i = 0; i < positives + negatives; i++) {
            groups.add(group);
            labels.add(i < positives);
        }
    }

    private static boolean[] flags(List<Boolean> labels) {
        boolean[] flags = new boolean[labels.size()];
        for (int i = 0; i < flags.length; i++) {
            flags[i] = labels.get(i);
        }
        return flags;
    }
}
