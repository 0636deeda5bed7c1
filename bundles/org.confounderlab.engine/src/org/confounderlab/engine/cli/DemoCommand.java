package org.confounderlab.engine.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.confounderlab.engine.data.DataSetException;
import org.confounderlab.engine.report.RunReport;
import org.confounderlab.engine.run.ExperimentRunner;
import org.confounderlab.engine.run.RunFolder;
import org.confounderlab.engine.synthetic.DemoStudy;
import org.confounderlab.engine.synthetic.SyntheticGenerator;
import org.confounderlab.engine.training.TrainingBackends;
import org.confounderlab.engine.training.TrainingException;
import org.confounderlab.model.experiment.Experiment;
import org.confounderlab.model.resource.ModelFiles;
import org.confounderlab.model.run.AucComparison;
import org.confounderlab.model.run.Finding;
import org.confounderlab.model.run.FindingSeverity;
import org.confounderlab.model.run.Run;

/**
 * {@code demo [--out DIR] [--count N] [--epochs N]}: the whole story in one command. Generates radiograph-like images
 * whose label goes with a laterality-style marker, trains the small CNN on them, evaluates it with the marker
 * masked, alone, and a random box as control, and says in plain words whether the model leans on the marker.
 */
public final class DemoCommand {

    static final String USAGE = "usage: demo [--out DIR] [--count N] [--epochs N]";
    static final String LABEL = SyntheticGenerator.LABEL;

    private DemoCommand() {
    }

    /** Runs the demo; returns an {@link ExitCode}. */
    public static int run(List<String> args, PrintStream out, PrintStream err) {
        Path folder = Path.of("confounderlab-demo");
        int count = 800;
        int epochs = 8;
        try {
            for (int i = 0; i < args.size(); i++) {
                switch (args.get(i)) {
                    case "--out" -> folder = Path.of(args.get(++i));
                    case "--count" -> count = Integer.parseInt(args.get(++i));
                    case "--epochs" -> epochs = Integer.parseInt(args.get(++i));
                    default -> throw new IllegalArgumentException("unexpected argument '" + args.get(i) + "'");
                }
            }
            if (count < 100 || epochs < 1) {
                throw new IllegalArgumentException("--count must be at least 100 and --epochs at least 1");
            }
        } catch (IndexOutOfBoundsException | IllegalArgumentException e) {
            err.println("demo: " + (e instanceof IndexOutOfBoundsException ? "an option needs a value" : e.getMessage()));
            err.println(USAGE);
            return ExitCode.BAD_INPUT;
        }
        try {
            if (Files.exists(folder) && !Files.isDirectory(folder)) {
                err.println(folder + ": not a folder");
                return ExitCode.BAD_INPUT;
            }
            out.println("1/3 generating " + count + " radiograph-like images with a laterality marker that goes with "
                    + "the label (" + folder.resolve("data") + ")");
            new SyntheticGenerator(DemoStudy.data(count)).generate(folder.resolve("data"));
            Experiment experiment = DemoStudy.experiment(epochs);
            Path experimentFile = folder.resolve("demo.experiment");
            ModelFiles.save(experiment, experimentFile);
            out.println("2/3 training the small CNN (" + epochs + " epochs) and evaluating it on 4 variants of the "
                    + "test images");
            RunFolder runFolder = RunFolder.create(folder.resolve("runs"), experiment.getName());
            Run run = new ExperimentRunner(TrainingBackends.find(), out, Runtime.getRuntime().availableProcessors())
                    .run(experiment, experimentFile, runFolder, 0);
            Path report = runFolder.path().resolve("report.html");
            new RunReport(run, runFolder.path()).write(report);
            run.getArtifacts().add(reportArtifact());
            runFolder.save(run);
            out.println("3/3 results in " + runFolder.path() + " (report: " + report + ")");
            RunCommand.printFindings(run, out);
            out.println();
            out.println(summary(run));
            return ExitCode.OK;
        } catch (TrainingException | IOException e) {
            err.println("demo failed: " + e.getMessage());
            return ExitCode.FAILURE;
        } catch (DataSetException e) {
            e.getProblems().forEach(err::println);
            return ExitCode.FAILURE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ExitCode.FAILURE;
        }
    }

    private static org.confounderlab.model.run.Artifact reportArtifact() {
        org.confounderlab.model.run.Artifact artifact = org.confounderlab.model.run.RunFactory.eINSTANCE.createArtifact();
        artifact.setKind(org.confounderlab.model.run.ArtifactKind.REPORT);
        artifact.setPath("report.html");
        artifact.setDescription("HTML report with plots");
        return artifact;
    }

    /** One paragraph: does the model lean on the marker, with the numbers that say so. */
    static String summary(Run run) {
        AucComparison masked = run.getComparisons().stream()
                .filter(c -> c.getVariant().getInterventionKind() == org.confounderlab.model.experiment.InterventionKind.MASK_REGIONS)
                .findFirst().orElse(null);
        boolean leans = run.getFindings().stream().anyMatch(f -> f.getSeverity() == FindingSeverity.CRITICAL
                && f.getKind().startsWith("shortcut."));
        StringBuilder text = new StringBuilder(leans
                ? "VERDICT: the model leans on the planted laterality marker."
                : "VERDICT: no evidence that the model leans on the planted laterality marker.");
        if (masked != null) {
            text.append(String.format(Locale.ROOT, " Test AUC %.3f on the original images, %.3f with the marker "
                    + "covered by a black box (ΔAUC %+.3f, p %.2g, paired DeLong).",
                    masked.getBaseline().getLabels().get(0).getAuc(), masked.getVariant().getLabels().get(0).getAuc(),
                    masked.getDeltaAuc(), masked.getPValue()));
        }
        for (String kind : List.of("shortcut.region-alone-predicts", "saliency.attention-on-region",
                "probe.attribute-encoded")) {
            run.getFindings().stream().filter(f -> f.getKind().equals(kind)).findFirst()
                    .map(Finding::getMessage).ifPresent(message -> text.append(' ').append(message));
        }
        return text.toString();
    }
}
