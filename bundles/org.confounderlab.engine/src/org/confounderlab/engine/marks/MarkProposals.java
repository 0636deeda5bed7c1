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

    /** Scans {@code data}'s images (DICOM mapped by {@code intensity}) and writes the proposals to {@code csv}. */
    public static MarkProposals find(Manifest data, DicomIntensity intensity, Path csv, int threads,
            PrintStream progress) throws IOException, DataSetException, InterruptedException {
        MarkScan scan = MarkScan.of(data.entries(), intensity, threads, progress);
        List<MarkGroup> groups = MarkGrouping.of(scan.marks());
        ProposedRegions.write(csv, data, groups);
        Manifest proposed = new GenericCsvImporter(data.labelNames()).read(csv, new ImportOptions(ProblemPolicy.SKIP,
                false)).manifest();
        return new MarkProposals(groups, proposed, new DatasetAuditor().audit(proposed, data.labelNames()), csv,
                scan);
    }
}
