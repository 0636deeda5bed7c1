package org.confounderlab.engine.marks;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import org.confounderlab.engine.audit.DatasetAudit;
import org.confounderlab.engine.audit.DatasetAuditor;
import org.confounderlab.engine.data.DataSetException;
import org.confounderlab.engine.data.ImportOptions;
import org.confounderlab.engine.data.Manifest;
import org.confounderlab.engine.data.ProblemPolicy;
import org.confounderlab.engine.data.importers.GenericCsvImporter;
import org.confounderlab.model.experiment.DicomIntensity;

/**
 * The proposed regions of a data set: its images scanned for marks, the marks grouped, the data set written with a
 * {@code region:mark_N} column per group, and that manifest audited, so each proposal has its presence × label row.
 * What {@code marks} and the experiment editor's Marks page both do.
 *
 * @param groups   the proposed regions, most frequent first
 * @param manifest the data set as written, with the proposed regions
 * @param audit    its audit (each proposal is {@code region:mark_N})
 * @param csv      where it was written
 * @param scan     the scan, with its unreadable images and time
 */
public record MarkProposals(List<MarkGroup> groups, Manifest manifest, DatasetAudit audit, Path csv, MarkScan scan) {

    /** Marks of a proposed region read by OCR, the most common reading kept. */
    static final int READ = 5;

    /**
     * Scans {@code data}'s images (DICOM mapped by {@code intensity}) and writes the proposals to {@code csv}; with
     * {@code ocr} (may be {@code null}) the first {@value #READ} marks of each proposal are read, and their readings,
     * most frequent first, say what it holds.
     */
    public static MarkProposals find(Manifest data, DicomIntensity intensity, Path csv, int threads,
            TesseractOcr ocr, PrintStream progress) throws IOException, DataSetException, InterruptedException {
        MarkScan scan = MarkScan.of(data.entries(), intensity, threads, progress);
        List<MarkGroup> groups = MarkGrouping.of(scan.marks());
        if (ocr != null) {
            org.confounderlab.engine.image.ImageDecoder decoder = new org.confounderlab.engine.image.ImageDecoder(
                    org.confounderlab.engine.image.ColourMode.GRAY, intensity);
            List<MarkGroup> read = new java.util.ArrayList<>();
            for (MarkGroup group : groups) {
                java.util.Map<String, Integer> readings = new java.util.HashMap<>();
                int tried = 0;
                for (java.util.Map.Entry<Integer, org.confounderlab.engine.data.Box> mark : group.boxes().entrySet()) {
                    if (tried++ == READ) {
                        break;
                    }
                    try {
                        String text = ocr.read(decoder.decode(data.entries().get(mark.getKey()).image()),
                                mark.getValue());
                        if (!text.isEmpty()) {
                            readings.merge(text, 1, Integer::sum);
                        }
                    } catch (org.confounderlab.engine.image.ImageDecodeException e) {
                        // read by the scan; a file changed since is left unread
                    }
                }
                // a proposal can hold several marks of one size (L and R): its readings, most frequent first
                String text = readings.entrySet().stream().sorted(java.util.Map.Entry.<String, Integer>
                        comparingByValue().reversed()).map(e -> "\"" + e.getKey() + "\"" + (e.getValue() > 1
                                ? " ×" + e.getValue() : "")).collect(java.util.stream.Collectors.joining(", "));
                read.add(group.withText(text.isEmpty() ? null : text));
            }
            groups = read;
        }
        ProposedRegions.write(csv, data, groups);
        Manifest proposed = new GenericCsvImporter(data.labelNames()).read(csv, new ImportOptions(ProblemPolicy.SKIP,
                false)).manifest();
        return new MarkProposals(groups, proposed, new DatasetAuditor().audit(proposed, data.labelNames()), csv,
                scan);
    }
}
