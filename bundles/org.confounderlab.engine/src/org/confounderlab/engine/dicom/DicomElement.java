package org.confounderlab.engine.dicom;

import java.util.List;

/**
 * One element of a data set: its tag and VR, and its value bytes (in the file's byte order), or, for a sequence,
 * its items, or, for encapsulated pixel data, its fragments (the basic offset table first).
 */
record DicomElement(int tag, String vr, byte[] value, List<DicomDataSet> items, List<byte[]> fragments) {
}
