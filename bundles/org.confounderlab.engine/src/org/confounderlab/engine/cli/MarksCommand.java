package org.confounderlab.engine.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.confounderlab.engine.audit.AttributeLabelAssociation;
import org.confounderlab.engine.audit.DatasetAudit;
import org.confounderlab.engine.data.DataSetException;
import org.confounderlab.engine.data.DataSetLocation;
import org.confounderlab.engine.data.ImportOptions;
import org.confounderlab.engine.data.Manifest;
import org.confounderlab.engine.data.ProblemPolicy;
import org.confounderlab.engine.data.ProblemReport;
import org.confounderlab.engine.marks.MarkGroup;
import org.confounderlab.engine.marks.MarkProposals;
import org.confounderlab.engine.marks.MarkScan;
import org.confounderlab.engine.marks.MarkAcceptance;
import org.confounderlab.engine.marks.TesseractOcr;
import org.confounderlab.model.experiment.DatasetFormat;
import org.confounderlab.model.experiment.DicomIntensity;
import org.confounderlab.model.experiment.Experiment;
import org.confounderlab.model.resource.ModelFiles;
import org.confounderlab.model.templates.ExperimentTemplates;

/**
 * {@code marks LOCATION [--label L[,L…]] [--out FILE.csv] [--accept mark_N[,…]] [--threads N]}: finds burned-in
 * marks nobody boxed (letters, digits, stamps, rulers) in every image of a data set, groups them into proposed
 * regions by position and size, writes the data set with a {@code region:mark_N} column per proposed region, and
 * audits each one's presence against each label. For an experiment, {@code --accept} points the experiment at that
 * manifest and adds the accepted regions, which then drive masking, region-only, random-box, attention shares and
 * train-time masking like hand-drawn ones.
 */
public final class MarksCommand {

    static final String USAGE = "usage: marks LOCATION [--label NAME[,NAME...]] [--out FILE.csv] "
            + "[--accept mark_N[,mark_N...]] [--threads N]\n  LOCATION: a manifest CSV, a data set folder, or a "
            + ".experiment (needed for --accept)";

    private MarksCommand() {
    }

    /** Runs the command; returns an {@link ExitCode}. */
    public static int run(List<String> args, PrintStream out, PrintStream err) {
        String location = null;
        List<String> labels = new ArrayList<>();
        List<String> accepted = new ArrayList<>();
        String target = null;
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (List.of("--label", "--out", "--accept", "--threads").contains(arg)) {
                if (i + 1 >= args.size()) {
                    return bad(err, "marks: " + arg + " needs a value");
                }
                String value = args.get(++i);
                switch (arg) {
                    case "--label" -> Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                            .forEach(labels::add);
                    case "--accept" -> Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                            .forEach(accepted::add);
                    case "--out" -> target = value;
                    default -> {
                        try {
                            threads = Integer.parseInt(value);
                        } catch (NumberFormatException e) {
                            return bad(err, "marks: --threads " + value + " is not a number");
                        }
                    }
                }
            } else if (arg.startsWith("--")) {
                return bad(err, "marks: unknown option '" + arg + "'");
            } else if (location == null) {
                location = arg;
            } else {
                return bad(err, "marks: only one data set, got '" + location + "' and '" + arg + "'");
            }
        }
        if (location == null) {
            return bad(err, "marks: name the data set (a manifest, a data set folder, or an experiment)");
        }
        Path path = Path.of(location);
        boolean experimentFile = path.getFileName().toString().endsWith(".experiment");
        if (!accepted.isEmpty() && !experimentFile) {
            return bad(err, "marks: --accept adds regions to an experiment: name a .experiment");
        }
        try {
            DataSetLocation dataSet = DataSetLocation.of(path, null);
            Manifest manifest = dataSet.read(labels.isEmpty() ? dataSet.labels() : labels,
                    new ImportOptions(ProblemPolicy.SKIP, false)).manifest();
            Experiment experiment = experimentFile ? ModelFiles.loadExperiment(path) : null;
            DicomIntensity intensity = experiment == null ? DicomIntensity.STORED_RANGE
                    : experiment.getDataset().getDicomIntensity();
            err.println("reading " + dataSet.description());
            Path csv = target != null ? Path.of(target) : path.toAbsolutePath().getParent().resolve(
                    stem(path) + "-marks.csv");
            TesseractOcr ocr = TesseractOcr.find().orElse(null);
            long reading = System.currentTimeMillis();
            MarkProposals proposals = MarkProposals.find(manifest, intensity, csv, threads, ocr, err);
            err.println(ocr == null ? "ocr: Tesseract is not installed (Debian tesseract-ocr): the proposals are "
                    + "named by where they are only" : String.format(Locale.ROOT, "ocr: Tesseract read up to 5 "
                            + "marks of each proposal (%.1f s with the scan)", (System.currentTimeMillis() - reading)
                                    / 1000.0));
            MarkScan scan = proposals.scan();
            err.printf(Locale.ROOT, "marks: %d images searched in %.1f s (%.0f img/s), %d unreadable%n",
                    manifest.size(), scan.millis() / 1000.0, manifest.size() * 1000.0 / Math.max(1, scan.millis()),
                    scan.problems().size());
            ProblemReport.report("unreadable images", scan.problems(), null, err);
            List<MarkGroup> groups = proposals.groups();
            DatasetAudit audit = proposals.audit();
            out.println("proposed regions (" + groups.size() + "), written with the data set to " + csv + ":");
            for (MarkGroup group : groups) {
                out.println("  " + group.describe(manifest.size()));
                for (String label : manifest.labelNames()) {
                    audit.find("region:" + group.name(), label).ifPresent(a -> out.println("      " + row(a)));
                }
            }
            if (groups.isEmpty()) {
                out.println("  none: no small near-white mark recurs in 2 % of the images");
            }
            if (!accepted.isEmpty()) {
                return accept(experiment, path, csv, groups, manifest.size(), accepted, out, err);
            }
            if (experimentFile && !groups.isEmpty()) {
                out.println("accept one into the experiment with: marks " + path + " --accept " + groups.get(0).name());
            }
            return ExitCode.OK;
        } catch (DataSetException e) {
            e.getProblems().forEach(err::println);
            return ExitCode.BAD_INPUT;
        } catch (org.confounderlab.model.resource.ModelLoadException e) {
            err.println(path + ": " + e.getMessage());
            return ExitCode.BAD_INPUT;
        } catch (IOException e) {
            err.println(path + ": " + e.getMessage());
            return ExitCode.FAILURE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ExitCode.FAILURE;
        }
    }

    private static int accept(Experiment experiment, Path experimentFile, Path csv, List<MarkGroup> groups,
            int images, List<String> accepted, PrintStream out, PrintStream err) throws IOException {
        List<String> names = groups.stream().map(MarkGroup::name).toList();
        List<String> unknown = accepted.stream().filter(a -> !names.contains(a)).toList();
        if (!unknown.isEmpty()) {
            err.println("marks: no proposed region " + String.join(", ", unknown) + " (proposed: "
                    + (names.isEmpty() ? "none" : String.join(", ", names)) + ")");
            return ExitCode.BAD_INPUT;
        }
        Path folder = experimentFile.toAbsolutePath().getParent();
        Path manifest = csv.toAbsolutePath();
        String location = manifest.startsWith(folder) ? folder.relativize(manifest).toString() : manifest.toString();
        for (String name : accepted) {
            if (!MarkAcceptance.accept(experiment, location, name, MarkAcceptance.description(groups.get(names
                    .indexOf(name)), images))) {
                out.println(name + " is a region of the experiment already");
            }
        }
        ModelFiles.save(experiment, experimentFile);
        out.println("accepted " + String.join(", ", accepted) + " into " + experimentFile + ": its data set is now "
                + experiment.getDataset().getLocation() + ", and its interventions cover the accepted regions");
        return ExitCode.OK;
    }

    private static String row(AttributeLabelAssociation a) {
        return String.format(Locale.ROOT, "%-12s present in %5.1f %% of positives and %5.1f %% of negatives; "
                + "V %.3f, p %s, AUC %.3f", a.label(), 100 * a.shareAmongPositives("present"),
                100 * a.shareAmongNegatives("present"), a.cramersV(), pValue(a.pValue()), a.attributeOnlyAuc());
    }

    private static String pValue(double p) {
        return p < 1e-4 ? String.format(Locale.ROOT, "%.1e", p) : String.format(Locale.ROOT, "%.4f", p);
    }

    private static String stem(Path path) {
        String name = path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static int bad(PrintStream err, String message) {
        err.println(message);
        err.println(USAGE);
        return ExitCode.BAD_INPUT;
    }
}
