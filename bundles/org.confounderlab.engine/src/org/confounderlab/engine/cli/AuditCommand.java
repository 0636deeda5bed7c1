package org.confounderlab.engine.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Locale;

import org.confounderlab.engine.audit.AuditJson;
import org.confounderlab.engine.audit.AuditModelFactory;
import org.confounderlab.engine.audit.AuditTextReport;
import org.confounderlab.engine.audit.DatasetAudit;
import org.confounderlab.engine.audit.DatasetAuditor;
import org.confounderlab.engine.data.DataProblem;
import org.confounderlab.engine.data.DataSetException;
import org.confounderlab.engine.data.DataSetLocation;
import org.confounderlab.engine.data.ImportOptions;
import org.confounderlab.engine.data.ImportResult;
import org.confounderlab.engine.data.Manifest;
import org.confounderlab.engine.data.ProblemPolicy;
import org.confounderlab.engine.data.ProblemReport;
import org.confounderlab.engine.image.ImagePipeline;
import org.confounderlab.engine.imageproperties.ImagePropertyMeter;
import org.confounderlab.engine.imageproperties.ImagePropertyTable;
import org.confounderlab.engine.input.DecodingStore;
import org.confounderlab.engine.input.ImageCheck;
import org.confounderlab.model.experiment.DatasetFormat;
import org.confounderlab.model.experiment.DicomIntensity;
import org.confounderlab.model.resource.ModelFiles;
import org.confounderlab.model.resource.RunResourceFactory;

/**
 * {@code audit LOCATION [--label L[,L…]] [--format F] [--check-images] [--json] [--save FILE.audit]
 * [--problems FILE]}: the data set audit (attribute × label associations and subgroup prevalences) of a generic
 * manifest, a public data set's folder or table, or an experiment's data set, as text or JSON, saved as an EMF
 * {@code .audit} model when asked. It reads the metadata only, never an image, unless {@code --check-images} asks
 * it to check that each image exists and decodes, or {@code --image-properties} to measure each image's properties
 * from its pixels (intensity, contrast, borders, noise, size, bit depth, format, JPEG quality) and audit them like
 * attributes. The arguments are those after the command name.
 */
public final class AuditCommand {

    static final String USAGE = "usage: audit LOCATION [--label NAME[,NAME...]] [--format F] [--check-images] "
            + "[--image-properties] [--json] [--save FILE.audit] [--problems FILE]\n"
            + "  LOCATION: a manifest CSV, a data set folder or table (ChestX-ray14, CheXpert, MIMIC-CXR-JPG, MURA; "
            + "plain or .gz), or a .experiment\n  F: " + String.join(", ", DatasetFormat.VALUES.stream()
                    .map(DataSetLocation::name).toList());

    private AuditCommand() {
    }

    /** Runs the audit; returns an {@link ExitCode}. */
    public static int run(List<String> args, PrintStream out, PrintStream err) {
        String location = null;
        List<String> labels = new ArrayList<>();
        boolean json = false;
        boolean checkImages = false;
        boolean imageProperties = false;
        String save = null;
        String problems = null;
        DatasetFormat format = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--json")) {
                json = true;
            } else if (arg.equals("--check-images")) {
                checkImages = true;
            } else if (arg.equals("--image-properties")) {
                imageProperties = true;
            } else if (arg.equals("--label") || arg.startsWith("--label=")) {
                String value = arg.startsWith("--label=") ? arg.substring("--label=".length())
                        : i + 1 < args.size() ? args.get(++i) : "";
                Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(labels::add);
                if (value.isBlank()) {
                    return badInput(err, "audit: --label needs a label name");
                }
            } else if (arg.equals("--format") || arg.startsWith("--format=")) {
                String value = arg.startsWith("--format=") ? arg.substring("--format=".length())
                        : i + 1 < args.size() ? args.get(++i) : "";
                format = DataSetLocation.format(value);
                if (format == null) {
                    return badInput(err, "audit: unknown format '" + value + "'");
                }
            } else if (arg.equals("--save") || arg.equals("--problems")) {
                if (i + 1 >= args.size()) {
                    return badInput(err, "audit: " + arg + " needs a file name");
                }
                if (arg.equals("--save")) {
                    save = args.get(++i);
                    if (!save.endsWith("." + RunResourceFactory.AUDIT_FILE_EXTENSION)) {
                        return badInput(err, "audit: --save " + save + ": the file name must end in ."
                                + RunResourceFactory.AUDIT_FILE_EXTENSION);
                    }
                } else {
                    problems = args.get(++i);
                }
            } else if (arg.startsWith("--")) {
                return badInput(err, "audit: unknown option '" + arg + "'");
            } else if (location == null) {
                location = arg;
            } else {
                return badInput(err, "audit: only one data set, got '" + location + "' and '" + arg + "'");
            }
        }
        if (location == null) {
            return badInput(err, "audit: name the data set (a manifest, a data set folder or table, or an experiment)");
        }
        Path path;
        try {
            path = Path.of(location);
        } catch (InvalidPathException e) {
            return badInput(err, location + ": not a valid path");
        }
        try {
            DataSetLocation dataSet = DataSetLocation.of(path, format);
            if (labels.isEmpty() && dataSet.generic() && dataSet.labels().isEmpty()) {
                return badInput(err, path + ": no 0/1 label column recognised; name the labels with --label");
            }
            // The audit needs the table, not the pixels: images need not exist, bad rows are skipped and reported.
            ImportResult result = dataSet.read(labels.isEmpty() ? dataSet.labels() : labels,
                    new ImportOptions(ProblemPolicy.SKIP, false));
            Manifest manifest = result.manifest();
            List<String> audited = labels.isEmpty() ? manifest.labelNames() : labels;
            List<String> unknown = audited.stream().filter(l -> !manifest.labelNames().contains(l)).toList();
            if (!unknown.isEmpty()) {
                return badInput(err, dataSet.dataSet() + ": no label " + String.join(", ", unknown) + " (it has "
                        + String.join(", ", manifest.labelNames()) + ")");
            }
            err.println("reading " + dataSet.description());
            List<DataProblem> skipped = new ArrayList<>(result.skipped());
            int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
            ImagePropertyTable properties = null;
            if (imageProperties) {
                properties = ImagePropertyTable.measure(manifest.entries(), new ImagePropertyMeter(
                        DicomIntensity.STORED_RANGE), threads, err);
                err.printf(Locale.ROOT, "image properties: %d images measured in %.1f s (%.0f img/s), %d unreadable%n",
                        properties.size() - properties.problems().size(), properties.millis() / 1000.0,
                        properties.size() * 1000.0 / Math.max(1, properties.millis()), properties.problems().size());
                skipped.addAll(properties.problems());
            } else if (!checkImages) {
                List<Path> images = manifest.entries().stream().map(e -> e.image()).distinct().toList();
                long present = images.stream().filter(Files::isRegularFile).count();
                err.printf(Locale.ROOT, "images: %d of %d on disk (the audit reads the metadata only; "
                        + "--check-images decodes them)%n", present, images.size());
            } else {
                List<DataProblem> bad = ImageCheck.of(manifest.entries(), new DecodingStore(ImagePipeline.gray(32)),
                        threads, null);
                err.printf(Locale.ROOT, "images: %d of %d found and readable%n", manifest.size() - bad.size(),
                        manifest.size());
                skipped.addAll(bad);
            }
            ProblemReport.report(checkImages || imageProperties ? "skipped rows and unusable images" : "skipped rows",
                    skipped,
                    problems == null ? null : Path.of(problems), err);
            DatasetAudit audit = new DatasetAuditor().audit(manifest, audited, properties);
            if (json) {
                out.print(AuditJson.toJson(audit));
            } else {
                AuditTextReport.print(audit, out);
            }
            return save == null ? ExitCode.OK : save(audit, dataSet.dataSet(), Path.of(save), err);
        } catch (DataSetException e) {
            e.getProblems().forEach(err::println);
            if (e.getProblems().isEmpty()) {
                err.println(path + ": " + e.getMessage());
            }
            return ExitCode.BAD_INPUT;
        } catch (IOException e) {
            err.println(path + ": cannot read: " + e.getMessage());
            return ExitCode.FAILURE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("audit: interrupted");
            return ExitCode.FAILURE;
        }
    }

    private static int save(DatasetAudit audit, Path manifest, Path target, PrintStream err) {
        try {
            ModelFiles.save(AuditModelFactory.create(audit, manifest.toAbsolutePath().toString(), new Date()), target);
            err.println("audit saved to " + target);
            return ExitCode.OK;
        } catch (IOException e) {
            err.println(target + ": cannot write: " + e.getMessage());
            return ExitCode.FAILURE;
        }
    }

    private static int badInput(PrintStream err, String message) {
        err.println(message);
        err.println(USAGE);
        return ExitCode.BAD_INPUT;
    }
}
