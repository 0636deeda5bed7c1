package org.confounderlab.engine.data.importers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.confounderlab.engine.data.DataProblem;
import org.confounderlab.engine.data.DataSetException;
import org.confounderlab.engine.data.DataSetImporter;
import org.confounderlab.engine.data.ImportOptions;
import org.confounderlab.engine.data.ImportResult;
import org.confounderlab.engine.data.LabelValue;
import org.confounderlab.engine.data.Manifest;
import org.confounderlab.engine.data.ManifestEntry;
import org.confounderlab.engine.data.csv.CsvReader;
import org.confounderlab.engine.data.csv.CsvRecord;
import org.confounderlab.engine.dicom.DicomFile;
import org.confounderlab.engine.dicom.DicomFileException;
import org.confounderlab.engine.dicom.DicomHeaderFields;
import org.confounderlab.engine.dicom.DicomParser;
import org.confounderlab.engine.dicom.DicomPixels;
import org.confounderlab.engine.dicom.DicomTags;

/**
 * A folder tree of DICOM files and a labels CSV beside it, joined by file path ({@code path}, relative to the CSV),
 * SOP Instance UID ({@code sop_instance_uid}) or Study Instance UID ({@code study_instance_uid}: every image of the
 * study takes the row's labels). The header fields that can be confounders ({@link DicomHeaderFields}) become
 * attributes without any CSV column; the CSV's other columns are attributes too. Patients are the CSV's
 * {@code patient_id}, else the header's Patient ID. Only headers are read. A file that is not a single-frame CR, DX
 * or MG radiograph, or whose pixels are compressed in a syntax the engine does not decode, is a skipped row with
 * the reason.
 */
public final class DicomImporter implements DataSetImporter {

    /** The labels CSV looked for when the location is a folder. */
    public static final String DEFAULT_FILE_NAME = "labels.csv";
    /** The join columns, in the order they are looked for. */
    public static final List<String> JOIN_COLUMNS = List.of("path", "sop_instance_uid", "study_instance_uid");

    private static final String PATIENT = "patient_id";
    /** Header fields that identify rather than describe: kept out of the attributes. */
    private static final List<String> NOT_ATTRIBUTES = List.of("sop_instance_uid", "study_instance_uid", "modality");

    private final List<String> labelColumns;

    public DicomImporter(List<String> labelColumns) {
        this.labelColumns = List.copyOf(labelColumns);
    }

    /** The header attributes every DICOM data set has. */
    public static List<String> headerAttributes() {
        return DicomHeaderFields.names().stream().filter(n -> !NOT_ATTRIBUTES.contains(n)).toList();
    }

    @Override
    public ImportResult read(Path location, ImportOptions options) throws DataSetException, IOException {
        Path file = (Files.isDirectory(location) ? location.resolve(DEFAULT_FILE_NAME) : location).toAbsolutePath();
        Path folder = file.getParent();
        ProblemLog problems = new ProblemLog(options);
        try (CsvReader reader = ImportSupport.openRequired(file)) {
            CsvRecord header = ImportSupport.readHeader(reader, file);
            Map<String, Integer> index = ImportSupport.columnIndex(header);
            String join = JOIN_COLUMNS.stream().filter(index::containsKey).findFirst().orElseThrow(
                    () -> new DataSetException(List.of(new DataProblem(file, 1, null, "the labels CSV has none of "
                            + "the columns " + JOIN_COLUMNS + " that join its rows to the DICOM files"))));
            Map<String, Integer> labels = new LinkedHashMap<>();
            for (String label : labelColumns) {
                if (!index.containsKey(label)) {
                    throw new DataSetException(List.of(new DataProblem(file, 1, label, "label column '" + label
                            + "' requested by the experiment is missing from the header")));
                }
                labels.put(label, index.get(label));
            }
            Map<String, Integer> csvAttributes = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                String name = header.field(i).strip();
                if (!name.isEmpty() && index.get(name) == i && !labels.containsKey(name) && !name.equals(PATIENT)
                        && !JOIN_COLUMNS.contains(name)) {
                    csvAttributes.put(name, i);
                }
            }
            Map<String, List<Path>> byUid = join.equals("path") ? Map.of() : index(folder, join);
            List<ManifestEntry> entries = new ArrayList<>();
            int joinColumn = index.get(join);
            ImportSupport.forEachRecord(reader, file, problems, record -> {
                long row = record.line();
                ImportSupport.checkFieldCount(record, header.size(), file);
                String key = record.field(joinColumn).strip();
                if (key.isEmpty()) {
                    throw ImportSupport.problem(file, row, join, join + " is blank");
                }
                List<Path> images;
                if (join.equals("path")) {
                    try {
                        images = List.of(folder.resolve(key).normalize());
                    } catch (InvalidPathException e) {
                        throw ImportSupport.problem(file, row, join, "not a valid path: " + key);
                    }
                } else {
                    images = byUid.getOrDefault(key, List.of());
                    if (images.isEmpty()) {
                        throw ImportSupport.problem(file, row, join, "no DICOM file under " + folder + " has "
                                + join + " " + key);
                    }
                }
                Map<String, LabelValue> values = new HashMap<>();
                for (Map.Entry<String, Integer> label : labels.entrySet()) {
                    values.put(label.getKey(), ImportSupport.label(record.field(label.getValue()), file, row,
                            label.getKey()));
                }
                for (Path image : images) {
                    entries.add(entry(image, record, row, file, join, values, csvAttributes, index));
                }
            });
            List<String> attributes = new ArrayList<>(csvAttributes.keySet());
            attributes.addAll(headerAttributes());
            return new ImportResult(new Manifest(labelColumns, attributes, List.of(), entries), problems.skipped());
        }
    }

    private ManifestEntry entry(Path image, CsvRecord record, long row, Path file, String join,
            Map<String, LabelValue> labels, Map<String, Integer> csvAttributes, Map<String, Integer> index)
            throws RowProblem {
        if (!Files.isRegularFile(image)) {
            throw ImportSupport.problem(file, row, join, "image file not found: " + image);
        }
        DicomFile dicom;
        try {
            dicom = DicomParser.readHeader(image);
        } catch (DicomFileException e) {
            throw ImportSupport.problem(file, row, join, e.getMessage());
        }
        String modality = dicom.data().text(DicomTags.MODALITY);
        if (!modality.isEmpty() && !DicomPixels.RADIOGRAPHS.contains(modality)) {
            throw ImportSupport.problem(file, row, join, image + " is " + modality + ", not a radiograph (CR, DX, MG)");
        }
        if (!DicomPixels.decodes(dicom.syntax())) {
            throw ImportSupport.problem(file, row, join, image + " has pixel data compressed as "
                    + dicom.syntax().name() + " (transfer syntax " + dicom.syntax().uid() + "), not decoded yet");
        }
        if (dicom.data().number(DicomTags.NUMBER_OF_FRAMES, 1) > 1) {
            throw ImportSupport.problem(file, row, join, image + " has several frames; only single-frame radiographs "
                    + "are training images");
        }
        Map<String, String> attributes = new HashMap<>();
        DicomHeaderFields.of(dicom.data()).forEach((name, value) -> {
            if (!NOT_ATTRIBUTES.contains(name) && !value.isEmpty()) {
                attributes.put(name, value);
            }
        });
        for (Map.Entry<String, Integer> attribute : csvAttributes.entrySet()) {
            String value = record.field(attribute.getValue()).strip();
            if (!value.isEmpty()) {
                attributes.put(attribute.getKey(), value);
            }
        }
        String patient = index.containsKey(PATIENT) ? record.field(index.get(PATIENT)).strip()
                : dicom.data().text(DicomTags.PATIENT_ID);
        if (patient.isEmpty()) {
            throw ImportSupport.problem(file, row, PATIENT, "no patient id (no patient_id column, and " + image
                    + " has no Patient ID " + DicomTags.format(DicomTags.PATIENT_ID) + ")");
        }
        String study = dicom.data().text(DicomTags.STUDY_INSTANCE_UID);
        return new ManifestEntry(image, patient, study.isEmpty() ? null : study, labels, attributes, Map.of(), null,
                ImportSupport.source(file, row));
    }

    /** The DICOM files under {@code folder} by their SOP or Study Instance UID (headers only). */
    private static Map<String, List<Path>> index(Path folder, String join) throws IOException {
        int tag = join.equals("sop_instance_uid") ? DicomTags.SOP_INSTANCE_UID : DicomTags.STUDY_INSTANCE_UID;
        Map<String, List<Path>> byUid = new HashMap<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile).filter(org.confounderlab.engine.image.ImageDecoder::isDicom)
                    .sorted().toList();
        }
        for (Path file : files) {
            try {
                String uid = DicomParser.readHeader(file).data().text(tag);
                if (!uid.isEmpty()) {
                    byUid.computeIfAbsent(uid, u -> new ArrayList<>()).add(file);
                }
            } catch (DicomFileException e) {
                // a damaged file joins no row; a row that needs it says so
            }
        }
        return byUid;
    }
}
