#!/usr/bin/python3
"""pydicom's reading of the real DICOM files beside this script, for DicomReaderTest.

Run with Debian's python3-pydicom (2.3.1), python3-gdcm (3.0.21, pydicom's decoder of JPEG and, through OpenJPEG,
JPEG 2000) and python3-numpy:   /usr/bin/python3 make_reference.py [OUT.tsv]

For each file (forced read, so a bare data set without preamble reads too) one line per fact, tab-separated:
file, key, value. Keys:
  syntax        the transfer syntax UID (implicit VR little endian for a bare data set)
  modality, manufacturer, model, institution, station, body_part, view_position, photometric, patient_sex,
  patient_age, rows, columns, bits_allocated, bits_stored, pixel_representation   the header fields, as text
  pixels        "native"; "lossless" (JPEG Lossless or reversible JPEG 2000, decoded by GDCM: the engine must give the
                same values exactly); "lossy" (JPEG baseline/extended or irreversible JPEG 2000: decoders may
                differ by the codec's rounding, so the engine must come within TOLERANCE of every value);
                "encapsulated" for compressed pixel data the engine does not decode (JPEG-LS, RLE); "none"
  low, high     the range the stored bits allow after the modality transform (Rescale Slope/Intercept), or the
                lowest and highest entry of the Modality LUT, in modality values
  inverted      1 for MONOCHROME1 or Presentation LUT Shape INVERSE
  sha256        SHA-256 of the pixels as little-endian float64, row-major, after pydicom's apply_modality_lut
                and, when inverted, high + low - value
  sum, min, max of the same values
  for "lossy" files also, on the same values:
  tolerance     the largest difference allowed per value (one stored unit, times the rescale slope)
  centre        the CROP × CROP values at the centre (from row (rows - CROP) // 2, column (columns - CROP) // 2),
                row-major, space-separated: each engine value must be within tolerance of its own
  block_means   the means of BLOCK × BLOCK blocks (edge blocks smaller), row-major, space-separated, 4 decimals:
                each engine block mean must be within tolerance of its own
Without an argument it writes reference.tsv beside this script.
"""
import hashlib
import sys
from pathlib import Path

import numpy as np
import pydicom
from pydicom.pixel_data_handlers.util import apply_modality_lut

HERE = Path(__file__).parent
# The engine decodes JPEG (TwelveMonkeys) and JPEG 2000 (JJ2000); pydicom does with python3-gdcm.
LOSSLESS = {"1.2.840.10008.1.2.4.57", "1.2.840.10008.1.2.4.70", "1.2.840.10008.1.2.4.90"}
LOSSY = {"1.2.840.10008.1.2.4.50", "1.2.840.10008.1.2.4.51", "1.2.840.10008.1.2.4.91"}
CROP = 64
BLOCK = 32
FIELDS = [("modality", "Modality"), ("manufacturer", "Manufacturer"), ("model", "ManufacturerModelName"),
          ("institution", "InstitutionName"), ("station", "StationName"), ("body_part", "BodyPartExamined"),
          ("view_position", "ViewPosition"), ("photometric", "PhotometricInterpretation"),
          ("patient_name", "PatientName"), ("patient_sex", "PatientSex"), ("patient_age", "PatientAge"), ("rows", "Rows"), ("columns", "Columns"),
          ("bits_allocated", "BitsAllocated"), ("bits_stored", "BitsStored"),
          ("pixel_representation", "PixelRepresentation")]


def text(value):
    if value is None:
        return ""
    if isinstance(value, pydicom.multival.MultiValue):
        return "\\".join(str(v) for v in value)
    return str(value).strip()


def facts(path):
    ds = pydicom.dcmread(str(path), force=True)
    meta = getattr(ds, "file_meta", None)
    syntax = str(meta.TransferSyntaxUID) if meta is not None and "TransferSyntaxUID" in meta else "1.2.840.10008.1.2"
    if meta is None or "TransferSyntaxUID" not in meta:
        ds.file_meta = pydicom.dataset.FileMetaDataset()
        ds.file_meta.TransferSyntaxUID = pydicom.uid.ImplicitVRLittleEndian
    out = [("syntax", syntax)]
    for key, keyword in FIELDS:
        out.append((key, text(ds.get(keyword))))
    if "PixelData" not in ds:
        out.append(("pixels", "none"))
        return out
    compressed = pydicom.uid.UID(syntax).is_compressed
    if compressed and syntax not in LOSSLESS | LOSSY:
        out.append(("pixels", "encapsulated"))
        return out
    kind = "native" if not compressed else "lossless" if syntax in LOSSLESS else "lossy"
    out.append(("pixels", kind))
    values = apply_modality_lut(ds.pixel_array, ds).astype(np.float64)
    stored = int(ds.BitsStored)
    signed = int(ds.get("PixelRepresentation", 0)) == 1
    lo, hi = (-(1 << (stored - 1)), (1 << (stored - 1)) - 1) if signed else (0, (1 << stored) - 1)
    if "ModalityLUTSequence" in ds and "LUTData" in ds.ModalityLUTSequence[0]:
        data = ds.ModalityLUTSequence[0].LUTData
        # an OW LUT Data arrives as raw bytes: 16-bit words in the file's byte order
        lut = (np.frombuffer(data, dtype="<u2" if ds.is_little_endian else ">u2") if isinstance(data, bytes)
               else np.asarray(data)).astype(np.float64)
        low, high = float(lut.min()), float(lut.max())
    else:
        slope = float(ds.get("RescaleSlope", 1))
        intercept = float(ds.get("RescaleIntercept", 0))
        a, b = lo * slope + intercept, hi * slope + intercept
        low, high = min(a, b), max(a, b)
    inverted = ds.get("PhotometricInterpretation") == "MONOCHROME1" or ds.get("PresentationLUTShape") == "INVERSE"
    if inverted:
        values = high + low - values
    out += [("low", repr(low)), ("high", repr(high)), ("inverted", "1" if inverted else "0"),
            ("sha256", hashlib.sha256(values.astype("<f8").tobytes()).hexdigest()),
            ("sum", repr(float(values.sum()))), ("min", repr(float(values.min()))), ("max", repr(float(values.max())))]
    if kind == "lossy":
        rows, columns = values.shape
        top, left = (rows - CROP) // 2, (columns - CROP) // 2
        centre = values[top:top + CROP, left:left + CROP]
        means = [values[y:y + BLOCK, x:x + BLOCK].mean() for y in range(0, rows, BLOCK) for x in range(0, columns, BLOCK)]
        out += [("tolerance", repr(abs(float(ds.get("RescaleSlope", 1))))),
                ("centre", " ".join(repr(float(v)) for v in centre.ravel())),
                ("block_means", " ".join("%.4f" % m for m in means))]
    return out


def main():
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "reference.tsv"
    import gdcm
    lines = ["# pydicom %s gdcm %s numpy %s" % (pydicom.__version__, gdcm.Version.GetVersion(), np.__version__)]
    for path in sorted(HERE.rglob("*")):
        if path.is_file() and path.suffix not in (".py", ".tsv", ".txt", ".json"):
            name = path.relative_to(HERE).as_posix()
            for key, value in facts(path):
                lines.append("\t".join([name, key, value]))
    target.write_text("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
