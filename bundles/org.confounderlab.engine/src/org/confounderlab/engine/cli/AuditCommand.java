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

import org.confounderlab.engine.audit.AuditJson;
import org.confounderlab.engine.audit.AuditModelFactory;
import org.confounderlab.engine.audit.AuditTextReport;
import org.confounderlab.engine.audit.DatasetAudit;
import org.confounderlab.engine.audit.DatasetAuditor;
import org.confounderlab.engine.data.DataProblem;
import org.confounderlab.engine.data.DataSetException;
import org.confounderlab.engine.data.ImportOptions;
import org.confounderlab.engine.data.ImportResult;
import org.confounderlab.engine.data.Manifest;
import org.confounderlab.engine.data.ProblemPolicy;
import org.confounderlab.engine.data.importers.GenericCsvImporter;
import org.confounderlab.model.resource.ModelFiles;
import org.confounderlab.model.resource.RunResourceFactory;

/**
 * {@code audit <manifest.csv> --label NAME[,NAME…] [--json] [--save FILE.audit]}: prints the data set audit
 * (attribute × label associations and subgroup prevalences) as text tables or JSON, and saves it as an EMF
 * {@code .audit} model when asked. The arguments are those after the command name.
 */
public final class AuditCommand {

    static final String USAGE = "usage: audit <manifest.csv> --label NAME[,NAME...] [--json] [--save FILE.audit]";

    /** Reads a manifest with the given label columns. */
    @FunctionalInterface
    public interface ManifestSource {
        /** Reads the manifest at {@code file}; skipped rows are reported on {@code err}. */
        Manifest read(Path file, List<String> labels, PrintStream err) throws DataSetException, IOException;
    }

    private AuditCommand() {
    }

    /** Runs the audit on a manifest CSV read by {@link GenericCsvImporter}; returns an {@link ExitCode}. */
    public static int run(List<String> args, PrintStream out, PrintStream err) {
        return run(args, out, err, AuditCommand::readCsv);
    }

    /** Runs the audit on a manifest read by {@code source}; returns an {@link ExitCode}. */
    public static int run(List<String> args, PrintStream out, PrintStream err, ManifestSource source) {
        String file = null;
        List<String> labels = new ArrayList<>();
        boolean json = false;
        String save = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--json")) {
                json = true;
            } else if (arg.equals("--label") || arg.startsWith("--label=")) {
                String value = arg.startsWith("--label=") ? arg.substring("--label=".length())
                        : i + 1 < args.size() ? args.get(++i) : "";
                Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(labels::add);
            } else if (arg.equals("--save")) {
                if (i + 1 >= args.size()) {
                    return badInput(err, "audit: --save needs a file name ending in ." + RunResourceFactory.AUDIT_FILE_EXTENSION);
                }
                save = args.get(++i);
                if (!save.endsWith("." + RunResourceFactory.AUDIT_FILE_EXTENSION)) {
                    return badInput(err, "audit: --save " + save + ": the file name must end in ."
                            + RunResourceFactory.AUDIT_FILE_EXTENSION);
                }
            } else if (arg.startsWith("--")) {
                return badInput(err, "audit: unknown option '" + arg + "'");
            } else if (file == null) {
                file = arg;
            } else {
                return badInput(err, "audit: only one manifest file, got '" + file + "' and '" + arg + "'");
            }
        }
        if (file == null) {
            return badInput(err, "audit: name the manifest file");
        }
        if (labels.isEmpty()) {
            return badInput(err, "audit: name at least one label with --label");
        }
        Path path;
        try {
            path = Path.of(file);
        } catch (InvalidPathException e) {
            return badInput(err, file + ": not a valid path");
        }
        if (!Files.exists(path)) {
            return badInput(err, path + ": no such file");
        }
        try {
            Manifest manifest = source.read(path, labels, err);
            List<String> unknown = labels.stream().filter(l -> !manifest.labelNames().contains(l)).toList();
            if (!unknown.isEmpty()) {
                return badInput(err, path + ": no label column " + String.join(", ", unknown));
            }
            DatasetAudit audit = new DatasetAuditor().audit(manifest, labels);
            if (json) {
                out.print(AuditJson.toJson(audit));
            } else {
                AuditTextReport.print(audit, out);
            }
            return save == null ? ExitCode.OK : save(audit, path, Path.of(save), err);
        } catch (DataSetException e) {
            e.getProblems().forEach(err::println);
            if (e.getProblems().isEmpty()) {
                err.println(path + ": " + e.getMessage());
            }
            return ExitCode.BAD_INPUT;
        } catch (IOException e) {
            err.println(path + ": cannot read: " + e.getMessage());
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

    // The audit needs the table, not the pixels: images need not exist, bad rows are skipped and reported.
    private static Manifest readCsv(Path file, List<String> labels, PrintStream err)
            throws DataSetException, IOException {
        ImportResult result = new GenericCsvImporter(labels).read(file,
                new ImportOptions(ProblemPolicy.SKIP, false));
        for (DataProblem problem : result.skipped()) {
            err.println("skipped: " + problem);
        }
        return result.manifest();
    }

    private static int badInput(PrintStream err, String message) {
        err.println(message);
        err.println(USAGE);
        return ExitCode.BAD_INPUT;
    }
}
