package org.confounderlab.engine.dicom;

import java.nio.file.Path;

/**
 * A DICOM file as read: whether it had the Part 10 preamble, its file meta group, its data set and transfer syntax.
 */
public record DicomFile(Path file, boolean preamble, DicomDataSet meta, DicomDataSet data, TransferSyntax syntax) {
}
