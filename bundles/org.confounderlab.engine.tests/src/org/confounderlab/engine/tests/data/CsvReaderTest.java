package org.confounderlab.engine.tests.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.confounderlab.engine.data.csv.CsvReader;
import org.confounderlab.engine.data.csv.CsvRecord;
import org.confounderlab.engine.data.csv.CsvSyntaxException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvReaderTest {

    @TempDir
    Path folder;

    private static List<CsvRecord> readAll(String text) throws IOException {
        List<CsvRecord> records = new ArrayList<>();
        try (CsvReader reader = new CsvReader(new StringReader(text))) {
            for (CsvRecord record = reader.readRecord(); record != null; record = reader.readRecord()) {
                records.add(record);
            }
        }
        return records;
    }

    @Test
    void readsPlainFieldsAndLineNumbers() throws IOException {
        List<CsvRecord> records = readAll("a,b,c\n1,2,3\n4,,6\n");
        assertEquals(3, records.size());
        assertEquals(List.of("a", "b", "c"), records.get(0).fields());
        assertEquals(List.of("4", "", "6"), records.get(2).fields());
        assertEquals(1, records.get(0).line());
        assertEquals(3, records.get(2).line());
    }

    @Test
    void readsQuotedCommasQuotesAndNewlines() throws IOException {
        List<CsvRecord> records = readAll("x,y\n\"a,b\",\"say \"\"hi\"\"\"\n\"two\nlines\",z\nlast,\"\"\n");
        assertEquals(List.of("a,b", "say \"hi\""), records.get(1).fields());
        assertEquals(List.of("two\nlines", "z"), records.get(2).fields());
        assertEquals(3, records.get(2).line());
        // the record after a two-line record starts on line 5
        assertEquals(5, records.get(3).line());
        assertEquals(List.of("last", ""), records.get(3).fields());
    }

    @Test
    void handlesCrLfBomAndMissingFinalNewline() throws IOException {
        List<CsvRecord> records = readAll("\uFEFFh1,h2\r\n1,\"a\r\nb\"\r\n2,c");
        assertEquals(List.of("h1", "h2"), records.get(0).fields());
        assertEquals(List.of("1", "a\r\nb"), records.get(1).fields());
        assertEquals(List.of("2", "c"), records.get(2).fields());
        assertEquals(4, records.get(2).line());
    }

    @Test
    void skipsBlankLinesButCountsThem() throws IOException {
        List<CsvRecord> records = readAll("a\n\n\nb\n");
        assertEquals(2, records.size());
        assertEquals(4, records.get(1).line());
    }

    @Test
    void readsBomFromUtf8File() throws IOException {
        Path file = Fixtures.text(folder.resolve("bom.csv"), "\uFEFFpath,patient_id\nx.png,p1\n");
        try (CsvReader reader = CsvReader.open(file)) {
            assertEquals("path", reader.readRecord().field(0));
        }
    }

    @Test
    void readsGzippedFile() throws IOException {
        Path file = Fixtures.gzip(folder.resolve("t.csv.gz"), "a,b\n1,2\n");
        try (CsvReader reader = CsvReader.open(file)) {
            assertEquals(List.of("a", "b"), reader.readRecord().fields());
            assertEquals(List.of("1", "2"), reader.readRecord().fields());
            assertNull(reader.readRecord());
        }
    }

    @Test
    void unterminatedQuoteNamesTheLineWhereTheRecordStarts() throws IOException {
        try (CsvReader reader = new CsvReader(new StringReader("a,b\n1,2\n3,\"open\nmore\n"))) {
            reader.readRecord();
            reader.readRecord();
            CsvSyntaxException e = assertThrows(CsvSyntaxException.class, reader::readRecord);
            assertEquals(3, e.line());
            assertTrue(e.getMessage().contains("line 3"), e.getMessage());
            assertTrue(e.getMessage().contains("unterminated"), e.getMessage());
            assertNull(reader.readRecord());
        }
    }

    @Test
    void strayQuoteIsAnErrorAndReadingResumesOnTheNextLine() throws IOException {
        try (CsvReader reader = new CsvReader(new StringReader("a,b\"c\n\"x\"y,z\nok,1\n"))) {
            assertEquals(1, assertThrows(CsvSyntaxException.class, reader::readRecord).line());
            assertEquals(2, assertThrows(CsvSyntaxException.class, reader::readRecord).line());
            CsvRecord record = reader.readRecord();
            assertEquals(List.of("ok", "1"), record.fields());
            assertEquals(3, record.line());
        }
    }

    @Test
    void iteratorStreamsRecordsAndWrapsErrors() throws IOException {
        try (CsvReader reader = new CsvReader(new StringReader("a\nb\n\"c\n"))) {
            var iterator = reader.iterator();
            assertEquals("a", iterator.next().field(0));
            assertEquals("b", iterator.next().field(0));
            UncheckedIOException e = assertThrows(UncheckedIOException.class, iterator::hasNext);
            assertTrue(e.getCause() instanceof CsvSyntaxException);
        }
    }

    @Test
    void readsLargeInputAcrossBufferBoundaries() throws IOException {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            text.append(i).append(",\"v,").append(i).append("\"\r\n");
        }
        List<CsvRecord> records = readAll(text.toString());
        assertEquals(20_000, records.size());
        assertEquals(List.of("19999", "v,19999"), records.get(19_999).fields());
        assertEquals(20_000, records.get(19_999).line());
    }
}
