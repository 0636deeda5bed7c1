package org.confounderlab.engine.tests.dicom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.confounderlab.engine.cli.ConfounderLabCommand;
import org.confounderlab.engine.data.DataSetDetector;
import org.confounderlab.engine.data.DataSetLocation;
import org.confounderlab.engine.data.ImportOptions;
import org.confounderlab.engine.data.ImportResult;
import org.confounderlab.engine.data.ManifestEntry;
import org.confounderlab.engine.data.ProblemPolicy;
import org.confounderlab.engine.data.csv.CsvReader;
import org.confounderlab.engine.data.csv.CsvRecord;
import org.confounderlab.engine.dicom.DicomTags;
import org.confounderlab.engine.synthetic.SyntheticDataSpec;
import org.confounderlab.engine.synthetic.SyntheticGenerator;
import org.confounderlab.engine.data.Manifest;
import org.confounderlab.engine.dicom.DicomPixels;
import org.confounderlab.engine.image.ColourMode;
import org.confounderlab.engine.image.ImageDecoder;
import org.confounderlab.engine.image.ImagePipeline;
import org.confounderlab.engine.input.DecodingStore;
import org.confounderlab.engine.input.PreprocessedCache;
import org.confounderlab.engine.run.ImportStage;
import org.confounderlab.engine.run.InputOptions;
import org.confounderlab.engine.run.RunFolder;
import org.confounderlab.engine.run.RunImages;
import org.confounderlab.model.experiment.DatasetFormat;
import org.confounderlab.model.experiment.DicomIntensity;
import org.confounderlab.model.run.Run;
import org.confounderlab.model.run.RunFactory;
import org.confounderlab.model.experiment.Experiment;
import org.confounderlab.model.resource.ModelFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A DICOM data set as a hospital export gives it: a folder tree of DICOM files and a labels CSV joined by SOP
 * Instance UID. Here the scanner (Manufacturer) follows the site, and the site follows the label, as in a
 * two-hospital collection: {@code init} detects the format and offers the header fields as attributes, and the
 * audit finds the scanner's association with the label from the headers alone, and the study description that
 * repeats the label. A real JPEG 2000 chest is read; a CT and a JPEG-LS file are skipped rows with their reasons.
 */
class DicomDataSetTest {

    static final Map<String, String> SCANNERS = Map.of("A", "Acme Radiography", "B", "Globex Imaging", "C",
            "Initech DR");

    /** 120 synthetic radiographs written as DICOM under {@code folder/export}, with labels.csv beside them. */
    static Path export(Path folder) throws Exception {
        Path png = folder.resolve("png");
        new SyntheticGenerator(SyntheticDataSpec.defaults().withSize(32).withCount(120).withSiteStrength(1.0)
                .withSeed(11)).generate(png);
        Path export = folder.resolve("export");
        Files.createDirectories(export.resolve("2026/site"));
        StringBuilder labels = new StringBuilder("sop_instance_uid,finding\n");
        try (CsvReader manifest = CsvReader.open(png.resolve(SyntheticGenerator.MANIFEST))) {
            CsvRecord header = manifest.readRecord();
            int path = header.fields().indexOf("path");
            int site = header.fields().indexOf("site");
            int finding = header.fields().indexOf("finding");
            int patient = header.fields().indexOf("patient_id");
            int n = 0;
            for (CsvRecord row : manifest) {
                BufferedImage image = ImageIO.read(png.resolve(row.field(path)).toFile());
                Raster raster = image.getRaster();
                byte[] pixels = new byte[32 * 32];
                for (int i = 0; i < pixels.length; i++) {
                    pixels[i] = (byte) raster.getSample(i % 32, i / 32, 0);
                }
                String uid = "1.2.826.0.1.3680043.10.999." + n++;
                TestDicomWriter.write(export.resolve("2026/site/img" + n + ".dcm"), 32, 32, pixels, Map.of(
                        DicomTags.SOP_INSTANCE_UID, uid, DicomTags.STUDY_INSTANCE_UID, uid + ".1",
                        DicomTags.MANUFACTURER, SCANNERS.get(row.field(site)), DicomTags.PATIENT_ID,
                        row.field(patient), DicomTags.VIEW_POSITION, n % 2 == 0 ? "PA" : "AP",
                        DicomTags.PATIENT_AGE, String.format(java.util.Locale.ROOT, "%03dY", 20 + n % 60),
                        DicomTags.STUDY_DESCRIPTION, row.field(finding).equals("1") ? "CHEST 2 VIEWS" : "No Finding"));
                labels.append(uid).append(',').append(row.field(finding)).append('\n');
            }
        }
        // A real JPEG 2000 chest (lossy, no Station Name), read; a CT and a JPEG-LS radiograph, named in the CSV,
        // skipped with their reasons.
        Files.copy(DicomReaderTest.FOLDER.resolve("pydicom/CT_small.dcm"), export.resolve("2026/ct.dcm"));
        Files.copy(DicomReaderTest.FOLDER.resolve("pydicom-data/RG3_J2KI.dcm"), export.resolve("2026/chest.dcm"));
        TestDicomWriter.jpegLsCopy(export.resolve("2026/jpeg-ls.dcm"));
        labels.append("1.3.6.1.4.1.5962.1.1.1.1.1.20040119072730.12322,1\n");
        for (String file : List.of("2026/chest.dcm", "2026/jpeg-ls.dcm")) {
            labels.append(org.confounderlab.engine.dicom.DicomParser.readHeader(export.resolve(file)).data()
                    .text(DicomTags.SOP_INSTANCE_UID)).append(",0\n");
        }
        Files.writeString(export.resolve("labels.csv"), labels.toString());
        return export;
    }

    @Test
    void theHeaderFieldsAreAttributesAndTheAuditFindsTheScanner(@TempDir Path folder) throws Exception {
        Path export = export(folder);
        DataSetDetector.Detection detection = DataSetDetector.detect(export);
        assertEquals(DatasetFormat.DICOM, detection.format());
        assertTrue(detection.attributes().containsAll(List.of("manufacturer", "view_position", "photometric",
                "pixel_spacing", "patient_age_years", "study_description")), detection.attributes().toString());

        ImportResult result = DataSetLocation.of(export, null).read(List.of("finding"), new ImportOptions(
                ProblemPolicy.SKIP, true));
        assertEquals(121, result.manifest().size());
        assertTrue(result.manifest().entries().stream().anyMatch(e -> e.image().endsWith("chest.dcm")
                && "FUJI PHOTO FILM CO. LTD.".equals(e.attributes().get("manufacturer"))));
        assertEquals(2, result.skipped().size(), result.skipped().toString());
        assertTrue(result.skipped().stream().anyMatch(p -> p.toString().contains("is CT, not a radiograph")));
        assertTrue(result.skipped().stream().anyMatch(p -> p.toString().contains("1.2.840.10008.1.2.4.80")));
        ManifestEntry first = result.manifest().entries().get(0);
        assertTrue(SCANNERS.containsValue(first.attributes().get("manufacturer")), first.attributes().toString());
        assertEquals("MONOCHROME2", first.attributes().get("photometric"));

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        ConfounderLabCommand cli = new ConfounderLabCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        Path experiment = folder.resolve("dicom.experiment");
        assertEquals(0, cli.run("init", export.toString(), "--label", "finding", "--out", experiment.toString()),
                out + "\n" + err);
        Experiment made = ModelFiles.loadExperiment(experiment);
        assertEquals(DatasetFormat.DICOM, made.getDataset().getFormat());
        assertTrue(made.getAttributes().stream().anyMatch(a -> a.getName().equals("manufacturer")));
        assertTrue(made.getAttributes().stream().noneMatch(a -> a.getName().equals("station")),
                "no file has a Station Name: not offered");
        out.reset();
        assertEquals(0, cli.run("audit", experiment.toString()), out + "\n" + err);
        String audit = out.toString(StandardCharsets.UTF_8);
        assertTrue(audit.contains("manufacturer"), audit);
        assertTrue(audit.lines().filter(l -> l.contains("manufacturer")).anyMatch(l -> l.contains("finding")), audit);
        // The study description repeats the label, as in Google's conversions of the NIH set: a leak, said so.
        assertTrue(audit.contains("'study_description' names the label 'No Finding'"), audit);
        // "No Finding" names the label 'finding' as well: the same rows are not warned of twice
        assertTrue(!audit.contains("'study_description' names the label 'finding'"), audit);
    }

    /**
     * The experiment's DICOM intensity reaches the run: with FIRST_VOI_WINDOW the run's cache is another file than
     * with the stored range, and its pixels are the windowed ones (the real JPEG 2000 chest has Window Center 550,
     * Width 1024 over 10 stored bits).
     */
    @Test
    void theFirstVoiWindowIsTheExperimentsChoiceAndTheRunsCacheHoldsIt(@TempDir Path folder) throws Exception {
        Path export = export(folder);
        Path experimentFile = folder.resolve("dicom.experiment");
        ConfounderLabCommand cli = new ConfounderLabCommand(new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(new ByteArrayOutputStream()));
        assertEquals(0, cli.run("init", export.toString(), "--label", "finding", "--out", experimentFile.toString()));
        Experiment experiment = ModelFiles.loadExperiment(experimentFile);
        assertEquals(DicomIntensity.STORED_RANGE, experiment.getDataset().getDicomIntensity(), "the default");
        Map<DicomIntensity, Path> caches = new java.util.EnumMap<>(DicomIntensity.class);
        for (DicomIntensity intensity : DicomIntensity.values()) {
            experiment.getDataset().setDicomIntensity(intensity);
            RunFolder runFolder = RunFolder.create(folder.resolve("runs"), intensity.getLiteral());
            Run run = RunFactory.eINSTANCE.createRun();
            run.setExperiment(org.eclipse.emf.ecore.util.EcoreUtil.copy(experiment));
            PrintStream quiet = new PrintStream(new ByteArrayOutputStream());
            Manifest manifest = new ImportStage(quiet).read(experiment, experimentFile);
            ManifestEntry chest = manifest.entries().stream().filter(e -> e.image().endsWith("chest.dcm"))
                    .findFirst().orElseThrow();
            try (RunImages images = RunImages.open(run, experiment, List.of("finding"), manifest.entries(),
                    manifest.entries(), runFolder, InputOptions.defaults(1), quiet)) {
                caches.put(intensity, Path.of(run.getInputs().getCacheFile()));
            }
            ImagePipeline pipeline = ImagePipeline.gray(experiment.getModel().getInputSize()).with(intensity);
            int bits = PreprocessedCache.bitsFor(manifest.entries());
            try (PreprocessedCache cache = PreprocessedCache.open(caches.get(intensity).getParent(),
                    manifest.entries(), pipeline, bits, 1, null).cache()) {
                assertEquals(caches.get(intensity), cache.file(), "the run's cache is the pipeline's");
                float[] cached = cache.read(chest).pixels();
                float[] decoded = new DecodingStore(pipeline).read(chest).pixels();
                for (int i = 0; i < cached.length; i++) {
                    assertEquals(decoded[i], cached[i], 0.5 / ((1 << bits) - 1) + 1e-6, intensity + " pixel " + i);
                }
            }
        }
        assertTrue(!caches.get(DicomIntensity.STORED_RANGE).equals(caches.get(DicomIntensity.FIRST_VOI_WINDOW)),
                caches.toString());
        DicomPixels chest = DicomPixels.of(org.confounderlab.engine.dicom.DicomParser.read(export.resolve(
                "2026/chest.dcm")));
        float[] full = new ImageDecoder(ColourMode.GRAY).decode(export.resolve("2026/chest.dcm")).data();
        float[] window = new ImageDecoder(ColourMode.GRAY, DicomIntensity.FIRST_VOI_WINDOW).decode(
                export.resolve("2026/chest.dcm")).data();
        org.junit.jupiter.api.Assertions.assertArrayEquals(chest.unit(true), window);
        org.junit.jupiter.api.Assertions.assertArrayEquals(chest.unit(false), full);
        long brighter = 0;
        for (int i = 0; i < full.length; i++) {
            brighter += window[i] != full[i] ? 1 : 0;
        }
        assertTrue(brighter > full.length / 2, "the window maps most values elsewhere: " + brighter);
        // A file without a window keeps the stored range under FIRST_VOI_WINDOW.
        Path plain = export.resolve("2026/site/img1.dcm");
        org.junit.jupiter.api.Assertions.assertArrayEquals(new ImageDecoder(ColourMode.GRAY).decode(plain).data(),
                new ImageDecoder(ColourMode.GRAY, DicomIntensity.FIRST_VOI_WINDOW).decode(plain).data());
    }
}
