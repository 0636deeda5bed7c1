package org.confounderlab.engine.tests.diagnostics;

import java.util.List;
import java.util.Map;

import org.confounderlab.engine.tests.stats.MiniJson;
import org.confounderlab.engine.tests.stats.ReferenceData;

/** The scikit-learn reference values of {@code reference/probe_reference.json} (made by probe_reference.py). */
final class ProbeReference {

    static final String FILE = "probe_reference.json";

    private ProbeReference() {
    }

    /** The cases of one section ("logistic", "probe", "subgroups"). */
    static List<Map<String, Object>> cases(String section) {
        return MiniJson.array(ReferenceData.get(FILE).get(section)).stream().map(MiniJson::object).toList();
    }

    /** The feature matrix of the named data set. */
    static double[][] features(String dataset) {
        return MiniJson.array(dataset(dataset).get("x")).stream().map(ProbeReference::doubles)
                .toArray(double[][]::new);
    }

    /** The 0/1 labels of the named data set as booleans. */
    static boolean[] labels(String dataset) {
        return booleans(dataset(dataset).get("y"));
    }

    static double[] doubles(Object array) {
        return MiniJson.array(array).stream().mapToDouble(MiniJson::number).toArray();
    }

    static int[] ints(Object array) {
        return MiniJson.array(array).stream().mapToInt(v -> (int) MiniJson.number(v)).toArray();
    }

    static boolean[] booleans(Object array) {
        int[] values = ints(array);
        boolean[] result = new boolean[values.length];
        for (int i = 0; i < values.length; i++) {
            result[i] = values[i] == 1;
        }
        return result;
    }

    private static Map<String, Object> dataset(String name) {
        return MiniJson.object(MiniJson.object(ReferenceData.get(FILE).get("datasets")).get(name));
    }
}
