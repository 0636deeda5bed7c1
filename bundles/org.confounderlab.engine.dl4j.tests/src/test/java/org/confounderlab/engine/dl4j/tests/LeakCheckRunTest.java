package org.confounderlab.engine.dl4j.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.confounderlab.engine.cli.RunCommand;
import org.confounderlab.engine.data.csv.CsvReader;
import org.confounderlab.engine.data.csv.CsvRecord;
import org.confounderlab.engine.run.LeakStage;
import org.confounderlab.engine.run.RunFolder;
import org.confounderlab.engine.synthetic.SyntheticDataSpec;
import org.confounderlab.engine.synthetic.SyntheticGenerator;
import org.confounderlab.model.experiment.Experiment;
import org.confounderlab.model.resource.ModelFiles;
import org.confounderlab.model.run.LeakCheck;
import org.confounderlab.model.run.Run;
import org.confounderlab.model.run.RunStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A data set with its own split, into whose test images eight training images of different patients were copied
 * under new names and new patients (four as JPEG re-encodings at quality 90), four more cropped by a tenth, and one
 * training image listed again as a test row of another patient: the run finds every planted copy across train and
 * test, no patient in two splits (the split keeps a patient's images together), and reports the test AUC again on the
 * test images that do not leak. The crops are beyond the hash; the check by the model's features declines, saying
 * why, because a small CNN sees these generated images (drawn from one template) as all alike.
 */
class LeakCheckRunTest {

    /** {@code image} as a JPEG of {@code quality}, as a PACS export might re-encode it. */
    static void jpeg(BufferedImage image, Path file, float quality) throws Exception {
        javax.imageio.ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        javax.imageio.ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(javax.imageio.ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(quality);
        try (javax.imageio.stream.ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
            writer.setOutput(out);
            writer.write(null, new javax.imageio.IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
    }

    @Test
    void plantedCopiesAndASharedPatientAreFoundAndTheLeakFreeAucIsReported(@TempDir Path folder) throws Exception {
        Path data = folder.resolve("data");
        new SyntheticGenerator(SyntheticDataSpec.defaults().withSize(128).withCount(400).withSeed(8)).generate(data);
        Path manifest = data.resolve(SyntheticGenerator.MANIFEST);
        List<String> header;
        List<List<String>> train = new ArrayList<>();
        try (CsvReader csv = CsvReader.open(manifest)) {
            CsvRecord first = csv.readRecord();
            header = first.fields();
            for (CsvRecord row : csv) {
                if (row.field(header.indexOf("split")).equals("train")) {
                    train.add(row.fields());
                }
            }
        }
        int path = header.indexOf("path");
        int patient = header.indexOf("patient_id");
        int split = header.indexOf("split");
        StringBuilder added = new StringBuilder();
        List<String> planted = new ArrayList<>();
        List<List<String>> originals = new ArrayList<>();
        java.util.Set<String> patients = new java.util.HashSet<>();
        for (List<String> row : train) {
            if (originals.size() < 9 && patients.add(row.get(header.indexOf("patient_id")))) {
                originals.add(row);
            }
        }
        for (int i = 0; i < 8; i++) {
            List<String> row = new ArrayList<>(originals.get(i));
            Path original = data.resolve(row.get(path));
            String copy = "images/copy_" + i + (i % 2 == 0 ? ".png" : ".jpg");
            BufferedImage image = ImageIO.read(original.toFile());
            if (i % 2 == 0) {
                ImageIO.write(image, "png", data.resolve(copy).toFile());
            } else {
                jpeg(image, data.resolve(copy), 0.9f);
            }
            planted.add(copy);
            row.set(path, copy);
            row.set(patient, "COPY" + i);
            row.set(split, "test");
            added.append(String.join(",", row)).append('\n');
        }
        // Four training images cropped by a tenth at the top and left and scaled back: a shift the hash misses.
        List<String> crops = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            List<String> row = new ArrayList<>(train.get(train.size() - 1 - i));
            BufferedImage image = ImageIO.read(data.resolve(row.get(path)).toFile());
            int cut = image.getWidth() / 10;
            BufferedImage cropped = new BufferedImage(image.getWidth(), image.getHeight(), image.getType());
            java.awt.Graphics2D g = cropped.createGraphics();
            g.setRenderingHint(java.awt.RenderingHints.KEY_INTERPOLATION,
                    java.awt.RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(image, 0, 0, image.getWidth(), image.getHeight(), cut, cut, image.getWidth(),
                    image.getHeight(), null);
            g.dispose();
            String copy = "images/crop_" + i + ".png";
            ImageIO.write(cropped, "png", data.resolve(copy).toFile());
            crops.add(copy);
            row.set(path, copy);
            row.set(patient, "CROP" + i);
            row.set(split, "test");
            added.append(String.join(",", row)).append('\n');
        }
        // A training image listed again, as a test image of a new patient: the same file in both splits.
        List<String> again = new ArrayList<>(originals.get(8));
        again.set(patient, "AGAIN");
        again.set(split, "test");
        added.append(String.join(",", again)).append('\n');
        Files.writeString(manifest, added, java.nio.file.StandardOpenOption.APPEND);
        Experiment experiment = DemoExperiment.create(128, 1);
        experiment.getSplit().setUseOfficialSplit(true);
        experiment.getDiagnostics().setGradCam(false);
        Path experimentFile = folder.resolve("leaks.experiment");
        ModelFiles.save(experiment, experimentFile);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = RunCommand.run(List.of(experimentFile.toString(), "--threads", "2"), new PrintStream(out, true,
                StandardCharsets.UTF_8), new PrintStream(out, true, StandardCharsets.UTF_8));
        String log = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, exit, log);
        Path runFolder;
        try (var runs = Files.list(folder.resolve("runs").resolve(experiment.getName()))) {
            runFolder = runs.filter(Files::isDirectory).findFirst().orElseThrow();
        }
        Run run = ModelFiles.loadRun(runFolder.resolve(RunFolder.RUN_FILE));
        assertEquals(RunStatus.COMPLETED, run.getStatus(), run.getErrorMessage());
        LeakCheck leaks = run.getLeaks();
        assertNotNull(leaks, log);
        assertEquals(4, leaks.getMaxDistance());
        List<String> listed = Files.readAllLines(runFolder.resolve(LeakStage.LEAKS_FILE));
        for (String copy : planted) {
            assertTrue(listed.stream().anyMatch(l -> l.startsWith("near-duplicate\ttrain\t") && l.contains(copy)),
                    copy + " is listed as a copy of a training image: " + listed + "\n" + log);
        }
        assertTrue(leaks.getTrainTestPairs() >= 8, "the planted copies: " + leaks.getTrainTestPairs());
        // The small CNN's features of these generated radiographs (all drawn from one template) put most random
        // pairs above the cosine threshold: the feature check says so and counts nothing, rather than 60 of 64 leaks.
        assertEquals(0.97, leaks.getMinCosine(), 1e-12);
        assertTrue(leaks.getFeatureCheckNote() != null && leaks.getFeatureCheckNote().startsWith("left out: ")
                && leaks.getFeatureCheckNote().contains("random image pairs across splits have a centred feature "
                        + "cosine of 0.97 or more"), leaks.getFeatureCheckNote() + "\n" + log);
        assertEquals(0, leaks.getFeatureTrainTestPairs() + leaks.getFeatureValidationTestPairs()
                + leaks.getFeatureTrainValidationPairs());
        assertTrue(log.contains("leaks by features: left out: "), log);
        assertTrue(listed.stream().noneMatch(l -> l.startsWith("feature near-duplicate")), listed.toString());
        for (String crop : crops) {
            assertTrue(listed.stream().noneMatch(l -> l.contains(crop)), crop + " is shifted too far for the hash");
        }
        String listedAgain = data.resolve(again.get(path)).toString();
        assertTrue(listed.stream().anyMatch(l -> l.startsWith("near-duplicate\ttrain\t" + listedAgain + "\ttest\t"
                + listedAgain + "\t0")), "the file listed twice: " + listed);
        assertEquals(0, leaks.getSharedPatients(), "the split keeps each patient's images together");
        assertTrue(leaks.getLeakingTestImages() >= 9, "8 copies and the image listed twice: "
                + leaks.getLeakingTestImages());
        assertTrue(log.contains("leaks: "), log);
        assertNotNull(leaks.getLeakFree(), log);
        assertEquals(leaks.getTestImages() - leaks.getLeakingTestImages(), leaks.getLeakFree().getN());
        assertTrue(leaks.getLeakFree().getInterventionName().startsWith("original, leak-free ("),
                leaks.getLeakFree().getInterventionName());
        double auc = leaks.getLeakFree().getLabels().get(0).getAuc();
        assertTrue(auc >= 0 && auc <= 1 && leaks.getLeakFree().getLabels().get(0).getCiLower() <= auc);
        assertTrue(log.contains("leak-free: AUC(finding) "), log);
        String line = LeakStage.describe(run);
        assertTrue(line.startsWith("leaks: " + (leaks.getTrainTestPairs() + leaks.getValidationTestPairs()
                + leaks.getTrainValidationPairs()) + " near-duplicate pairs") && line.contains("leak-free AUC(finding) ")
                && line.endsWith("(leaks.tsv)"), line);
        assertTrue(run.getFindings().stream().anyMatch(f -> f.getKind().equals("split.leak")
                && f.getSeverity() != org.confounderlab.model.run.FindingSeverity.INFO
                && f.getMessage().startsWith(leaks.getLeakingTestImages() + " of " + leaks.getTestImages()
                        + " test images leak") && f.getMessage().contains("on the " + leaks.getLeakFree().getN()
                                + " that do not leak")), run.getFindings().stream().map(f -> f.getMessage()).toList()
                                        .toString());
        // the run's audit has the image properties its cache pass measured
        assertTrue(run.getAudit().getAssociations().stream().anyMatch(a -> a.getAttribute().equals(
                "image:mean_intensity")), "image properties in the run's audit");
        // ... each with its DeLong interval and its drift between this run's own training and test images
        org.confounderlab.model.run.ImagePropertyAudit mean = run.getAudit().getImageProperties().stream()
                .filter(p -> p.getProperty().equals("image:mean_intensity")).findFirst().orElseThrow();
        assertTrue(mean.getCiLower() <= mean.getAuc() && mean.getAuc() <= mean.getCiUpper() && mean.getAuc() >= 0.5,
                mean.getAuc() + " [" + mean.getCiLower() + ", " + mean.getCiUpper() + "]");
        assertTrue(mean.getN() >= 400, "n " + mean.getN());
        assertTrue(mean.getDriftAuc() > 0 && mean.getDriftAuc() < 1 && mean.getDriftP() >= 0 && mean.getDriftP() <= 1
                && mean.getDriftCiLower() <= mean.getDriftAuc(), mean.getDriftAuc() + " p " + mean.getDriftP());
        String report = new org.confounderlab.engine.report.RunReport(run, runFolder).html();
        assertTrue(report.contains("<td>image:mean_intensity</td><td>finding</td>") && report.contains(
                "<th class=\"num\">Drift AUC</th>"), "the report's image-property table");
        assertEquals("original", run.getEvaluations().get(0).getInterventionName(),
                "the leak-free evaluation is the leak check's, not one of the counterfactual variants");
    }
}
