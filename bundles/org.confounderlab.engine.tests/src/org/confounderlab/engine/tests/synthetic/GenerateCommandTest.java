package org.confounderlab.engine.tests.synthetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.confounderlab.engine.cli.GenerateCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return GenerateCommand.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void writesDataSetAndSummary() throws Exception {
        Path target = dir.resolve("synth");
        assertEquals(0, run("generate", "--out", target.toString(), "--count", "10", "--size", "32",
                "--prevalence", "0.3", "--marker-strength", "1", "--site-strength", "0", "--seed", "5"));
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("manifest.csv") && text.contains("10 images"), text);
        assertTrue(text.contains("100.0%"), text);
        assertEquals(11, Files.readAllLines(target.resolve("manifest.csv")).size());
    }

    @Test
    void outputThatIsAFileIsBadInput() throws Exception {
        Path file = Files.writeString(dir.resolve("taken"), "x");
        assertEquals(2, run("--out", file.toString(), "--count", "2", "--size", "32"));
        assertTrue(err().contains(file.toString()) && err().contains("is a file"), err());
        assertEquals(2, run("--out", file.resolve("below").toString(), "--count", "2", "--size", "32"));
    }

    @Test
    void badOptionsAreNamed() {
        assertEquals(2, run("--out", dir.toString(), "--count", "many"));
        assertTrue(err().contains("--count"), err());
        assertEquals(2, run("--out", dir.toString(), "--marker-strength", "1.5"));
        assertTrue(err().contains("--marker-strength"), err());
        assertEquals(2, run("--out", dir.toString(), "--colour", "red"));
        assertTrue(err().contains("--colour"), err());
        assertEquals(2, run("--count", "3"));
        assertTrue(err().contains("--out"), err());
        assertEquals(2, run("--out"));
        assertTrue(err().contains("--out needs a value"), err());
        assertEquals(2, run("--out", dir.toString(), "--size", "8"));
        assertTrue(err().contains("size"), err());
    }
}
