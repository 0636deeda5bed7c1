package org.confounderlab.engine.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.confounderlab.engine.data.DataSetException;
import org.confounderlab.engine.data.DataSetLocation;
import org.confounderlab.engine.data.ExperimentFromDataSet;
import org.confounderlab.engine.data.ImportOptions;
import org.confounderlab.engine.data.ImportResult;
import org.confounderlab.engine.data.Manifest;
import org.confounderlab.engine.data.ProblemPolicy;
import org.confounderlab.engine.onnx.OnnxExperimentSettings;
import org.confounderlab.engine.onnx.OnnxModel;
import org.confounderlab.engine.onnx.OnnxModelException;
import org.confounderlab.engine.onnx.OnnxModelSummary;
import org.confounderlab.model.experiment.DatasetFormat;
import org.confounderlab.model.experiment.Experiment;
import org.confounderlab.model.resource.ModelFiles;
import org.confounderlab.model.validation.ExperimentValidation;
import org.eclipse.emf.common.util.Diagnostic;

/**
 * {@code init LOCATION [--label L[,L…]] [--format F] [--name N] [--out FILE.experiment] [--onnx MODEL.onnx]}: writes
 * a ready experiment
 * for a data set, as the New Experiment wizard does: the format detected, its labels (or those named), its confounder
 * attributes with the protected ones marked, the official split when the data set has one; with {@code --onnx}, set
 * up to audit that model (trained elsewhere) instead of training one. Validated before it is written. The metadata
 * is read, no image is opened. The arguments are those after the command name.
 */
public final class InitCommand {

    static final String USAGE = "usage: init LOCATION [--label NAME[,NAME...]] [--format F] [--name N] "
            + "[--out FILE.experiment] [--onnx MODEL.onnx]";

    private InitCommand() {
    }

    public static int run(List<String> args, PrintStream out, PrintStream err) {
        String location = null;
        List<String> labels = new ArrayList<>();
        DatasetFormat format = null;
        String name = null;
        String output = null;
        String onnx = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            boolean valued = List.of("--label", "--format", "--name", "--out", "--onnx").contains(arg);
            if (valued && i + 1 >= args.size()) {
                return badInput(err, "init: " + arg + " needs a value");
            }
            switch (valued ? arg : arg.startsWith("--") ? "?" : "") {
                case "--label" -> Arrays.stream(args.get(++i).split(",")).map(String::strip)
                        .filter(s -> !s.isEmpty()).forEach(labels::add);
                case "--format" -> {
                    format = DataSetLocation.format(args.get(++i));
                    if (format == null) {
                        return badInput(err, "init: unknown format '" + args.get(i) + "'");
                    }
                }
                case "--name" -> name = args.get(++i);
                case "--out" -> output = args.get(++i);
                case "--onnx" -> onnx = args.get(++i);
                case "?" -> {
                    return badInput(err, "init: unknown option '" + arg + "'");
                }
                default -> {
                    if (location != null) {
                        return badInput(err, "init: only one data set, got '" + location + "' and '" + arg + "'");
                    }
                    location = arg;
                }
            }
        }
        if (location == null) {
            return badInput(err, "init: name the data set (a manifest, or a data set folder or table)");
        }
        try {
            Path path = Path.of(location);
            DataSetLocation dataSet = DataSetLocation.of(path, format);
            boolean generic = dataSet.generic();
            List<String> chosen = labels.isEmpty() ? dataSet.labels() : labels;
            if (chosen.isEmpty()) {
                return badInput(err, path + ": no 0/1 label column recognised; name the labels with --label");
            }
            ImportResult result = dataSet.read(chosen, new ImportOptions(ProblemPolicy.SKIP, false));
            Manifest manifest = result.manifest();
            List<String> unknown = chosen.stream().filter(l -> !manifest.labelNames().contains(l)).toList();
            if (!unknown.isEmpty()) {
                return badInput(err, dataSet.dataSet() + ": no label " + String.join(", ", unknown) + " (it has "
                        + String.join(", ", manifest.labelNames()) + ")");
            }
            // a public format's importer names its attributes; a generic manifest's are the columns that look like
            // them, as the New Experiment wizard suggests
            List<String> attributes = generic ? dataSet.attributes() : manifest.attributeNames();
            if (dataSet.format() == DatasetFormat.DICOM) {
                // header fields no file of this set fills (no Station Name anywhere) are no confounder here
                attributes = attributes.stream().filter(a -> manifest.entries().stream()
                        .anyMatch(e -> e.attributes().containsKey(a))).toList();
            }
            String experimentName = name != null ? name : defaultName(dataSet.dataSet());
            Path target = output != null ? Path.of(output) : Path.of(experimentName + ".experiment");
            if (!target.getFileName().toString().endsWith(".experiment")) {
                return badInput(err, "init: --out " + target + ": the file name must end in .experiment");
            }
            if (Files.exists(target)) {
                return badInput(err, target + ": exists; choose another --out or remove it");
            }
            Path folder = target.toAbsolutePath().getParent();
            Path data = dataSet.dataSet().toAbsolutePath().normalize();
            String stored = data.startsWith(folder) ? folder.relativize(data).toString().replace('\\', '/')
                    : data.toString();
            boolean official = manifest.entries().stream().anyMatch(e -> e.officialSplit() != null);
            Experiment experiment = ExperimentFromDataSet.create(experimentName, dataSet.format(), stored,
                    labels.isEmpty() && !generic ? manifest.labelNames() : chosen, attributes, official);
            List<String> notes = new ArrayList<>();
            if (onnx != null) {
                Path model = Path.of(onnx).toAbsolutePath().normalize();
                OnnxModel read;
                try {
                    read = OnnxModel.read(model);
                } catch (OnnxModelException e) {
                    return badInput(err, "init: --onnx " + model + " " + e.problem());
                }
                notes.addAll(OnnxExperimentSettings.apply(experiment, read, model.startsWith(folder)
                        ? folder.relativize(model).toString().replace('\\', '/') : model.toString()));
                OnnxModelSummary.lines(read, null).forEach(line -> out.println("model: " + line));
            }
            Diagnostic diagnostic = ExperimentValidation.validate(experiment);
            if (diagnostic.getSeverity() >= Diagnostic.ERROR) {
                diagnostic.getChildren().stream().filter(d -> d.getSeverity() >= Diagnostic.ERROR)
                        .forEach(d -> err.println(target + ": error: " + d.getMessage()));
                return ExitCode.BAD_INPUT;
            }
            Files.createDirectories(folder);
            ModelFiles.save(experiment, target);
            out.printf(Locale.ROOT, "%s: %s, %d images of %d rows read (%d skipped), %d %s, attributes %s%s%n",
                    target, dataSet.description(), manifest.size(), manifest.size() + result.skipped().size(),
                    result.skipped().size(), experiment.getDataset().getLabelNames().size(),
                    experiment.getDataset().getLabelNames().size() == 1 ? "label" : "labels",
                    attributes.isEmpty() ? "none" : String.join(", ", attributes),
                    official ? "; the data set's official split" : "; split by patient");
            notes.forEach(note -> out.println("check: " + note));
            out.println("next: ./confounderlab audit " + target + "   then   ./confounderlab run " + target);
            return ExitCode.OK;
        } catch (InvalidPathException e) {
            return badInput(err, location + ": not a valid path");
        } catch (DataSetException e) {
            e.getProblems().forEach(err::println);
            if (e.getProblems().isEmpty()) {
                err.println(location + ": " + e.getMessage());
            }
            return ExitCode.BAD_INPUT;
        } catch (IOException e) {
            err.println(location + ": " + e.getMessage());
            return ExitCode.FAILURE;
        }
    }

    private static String defaultName(Path dataSet) {
        String file = dataSet.getFileName().toString().replaceAll("\\.(csv|csv\\.gz)$", "");
        String base = file.equalsIgnoreCase("manifest") && dataSet.getParent() != null
                ? dataSet.getParent().getFileName().toString() : file;
        String cleaned = base.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return cleaned.isEmpty() ? "experiment" : cleaned;
    }

    private static int badInput(PrintStream err, String message) {
        err.println(message);
        err.println(USAGE);
        return ExitCode.BAD_INPUT;
    }
}
