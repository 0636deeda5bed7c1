package org.confounderlab.engine.tests.roc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.confounderlab.engine.cli.ExitCode;
import org.confounderlab.engine.cli.RocTestCommand;
import org.confounderlab.engine.tests.stats.MiniJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RocTestCommandTest {

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return RocTestCommand.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    /** The reference file's "moderate" case written as a CSV (with a quoted header field and an extra column). */
    private Path moderateCsv() throws IOException {
        ProcReference.Data data = ProcReference.generate(2000, 101, 30, 1000, 300, 250);
        StringBuilder csv = new StringBuilder("id,\"y\",original,masked\n");
        for (int i = 0; i < data.labels().length; i++) {
            csv.append("img").append(i).append(',').append(data.labels()[i]).append(',').append(data.a()[i])
                    .append(',').append(data.b()[i]).append('\n');
        }
        Path file = folder.resolve("scores.csv");
        Files.writeString(file, csv);
        return file;
    }

    private Path csv(String text) throws IOException {
        Path file = folder.resolve("bad.csv");
        Files.writeString(file, text);
        return file;
    }

    @Test
    void jsonMatchesProc() throws IOException {
        int code = run(moderateCsv().toString(), "--label", "y", "--score", "original", "--score", "masked", "--json");
        assertEquals(0, code, err());
        Map<String, Object> json = MiniJson.object(MiniJson.parse(out()));
        Map<String, Object> test = MiniJson.object(json.get("test"));
        // pROC 1.18 on the same data (reference/proc_reference.json, case "moderate")
        assertEquals(593, MiniJson.number(json.get("cases")));
        assertEquals(1407, MiniJson.number(json.get("controls")));
        assertEquals(-4.8535370032539182, MiniJson.number(test.get("z")), 1e-9);
        assertEquals(1.2127869963786526e-06, MiniJson.number(test.get("p_value")), 1e-12);
        assertEquals(-0.061449413129960093, MiniJson.number(test.get("ci_lower")), 1e-9);
        assertEquals(-0.026096475830441404, MiniJson.number(test.get("ci_upper")), 1e-9);
        Map<String, Object> original = MiniJson.object(MiniJson.array(json.get("scores")).get(0));
        assertEquals("original", original.get("name"));
        assertEquals(0.75795438610369015, MiniJson.number(original.get("auc")), 1e-12);
        assertEquals(0.73568057296010769, MiniJson.number(original.get("ci_lower")), 1e-9);
    }

    @Test
    void textLooksLikeProcsPrint() throws IOException {
        assertEquals(0, run(moderateCsv().toString(), "--label=y", "--score=original", "--score=masked"), err());
        String text = out();
        assertTrue(text.contains("original: Area under the curve: 0.7580, 95% CI: 0.7357-0.7802 (DeLong)"), text);
        assertTrue(text.contains("DeLong's test for two correlated ROC curves"), text);
        assertTrue(text.contains("Z = -4.8535, p-value = 1.213e-06"), text);
        assertTrue(text.contains("95 percent confidence interval:\n -0.06144941 -0.02609648"), text);
        assertTrue(text.contains("593 cases (1), 1407 controls (0)"), text);
    }

    @Test
    void missingFileIsNamed() {
        Path missing = folder.resolve("nope.csv");
        assertEquals(2, run(missing.toString(), "--label", "y", "--score", "a", "--score", "b"));
        assertTrue(err().contains(missing.toString()) && err().contains("no such file"), err());
    }

    @Test
    void missingColumnIsNamed() throws IOException {
        Path file = csv("y,a,b\n0,0.1,0.2\n1,0.5,0.4\n");
        assertEquals(2, run(file.toString(), "--label", "y", "--score", "a", "--score", "masked"));
        assertTrue(err().contains("no score column 'masked'") && err().contains(file.toString()), err());
        assertEquals(2, run(file.toString(), "--label", "truth", "--score", "a", "--score", "b"));
        assertTrue(err().contains("no label column 'truth'"), err());
    }

    @Test
    void nonNumericScoreNamesTheRow() throws IOException {
        Path file = csv("y,a,b\n0,0.1,0.2\n1,0.5,0.4\n1,high,0.3\n");
        assertEquals(2, run(file.toString(), "--label", "y", "--score", "a", "--score", "b"));
        assertTrue(err().contains("row 3 (line 4)") && err().contains("'a'") && err().contains("'high'"), err());
    }

    @Test
    void labelOtherThanZeroOrOneNamesTheRow() throws IOException {
        Path file = csv("y,a,b\n0,0.1,0.2\n2,0.5,0.4\n");
        assertEquals(2, run(file.toString(), "--label", "y", "--score", "a", "--score", "b"));
        assertTrue(err().contains("row 2 (line 3)") && err().contains("expected 0 or 1"), err());
    }

    @Test
    void needsACaseAndAControl() throws IOException {
        Path file = csv("y,a,b\n0,0.1,0.2\n0,0.5,0.4\n");
        assertEquals(2, run(file.toString(), "--label", "y", "--score", "a", "--score", "b"));
        assertTrue(err().contains("0 cases and 2 controls"), err());
    }

    @Test
    void badArguments() {
        assertEquals(2, run("--label", "y", "--score", "a", "--score", "b"));
        assertEquals(2, run("x.csv", "--label", "y", "--score", "a"));
        assertEquals(2, run("x.csv", "--label", "y", "--score", "a", "--score", "b", "--bogus"));
        assertTrue(err().contains("usage: roc-test"), err());
    }

    @Test
    void clusterColumnGivesObuchowskisTest() throws IOException {
        // the reference case with 5 images per patient (reference/clustered_auc_reference.py)
        java.util.Map<String, Object> reference = null;
        for (Object item : org.confounderlab.engine.tests.stats.MiniJson.array(
                org.confounderlab.engine.tests.stats.ReferenceData.get("clustered_auc_reference.json").get("cases"))) {
            java.util.Map<String, Object> c = org.confounderlab.engine.tests.stats.MiniJson.object(item);
            if (((String) c.get("name")).startsWith("5 images")) {
                reference = c;
            }
        }
        List<Object> labels = org.confounderlab.engine.tests.stats.MiniJson.array(reference.get("labels"));
        List<Object> first = org.confounderlab.engine.tests.stats.MiniJson.array(reference.get("first"));
        List<Object> second = org.confounderlab.engine.tests.stats.MiniJson.array(reference.get("second"));
        List<Object> patients = org.confounderlab.engine.tests.stats.MiniJson.array(reference.get("patients"));
        StringBuilder csv = new StringBuilder("image,patient_id,label,a,b\n");
        for (int i = 0; i < labels.size(); i++) {
            csv.append("img").append(i).append(',').append(patients.get(i)).append(',').append(
                    (int) org.confounderlab.engine.tests.stats.MiniJson.number(labels.get(i))).append(',').append(
                            first.get(i)).append(',').append(second.get(i)).append('\n');
        }
        Path file = folder.resolve("clustered.csv");
        Files.writeString(file, csv);
        assertEquals(ExitCode.OK, run(file.toString(), "--label", "label", "--score", "a", "--score", "b",
                "--cluster", "patient_id", "--json"), err());
        String json = out();
        assertTrue(json.contains("\"clustering\": \"clustered by 'patient_id': 50 clusters of 250 rows (Obuchowski "
                + "1997)\""), json);
        double z = org.confounderlab.engine.tests.stats.MiniJson.number(org.confounderlab.engine.tests.stats.MiniJson
                .object(org.confounderlab.engine.tests.stats.MiniJson.object(org.confounderlab.engine.tests.stats
                        .MiniJson.parse(json)).get("test")).get("z"));
        assertEquals(org.confounderlab.engine.tests.stats.MiniJson.number(reference.get("z")), z, 1e-9);
        assertEquals(ExitCode.BAD_INPUT, run(file.toString(), "--label", "label", "--score", "a", "--score", "b",
                "--cluster", "patient"));
        assertTrue(err().contains("no cluster column 'patient' in the header"), err());
    }
}
