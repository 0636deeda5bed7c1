#!/usr/bin/python3
"""NumPy's image properties of a generated data set with a site brightness shift, for ImagePropertyAuditTest.

The set is what the engine generates with
    ./confounderlab generate --out DIR --count 400 --size 64 --site-strength 0.6 --marker-strength 0 --seed 11
(site A brightens by 0.08 and raises contrast, site C darkens by 0.05 and lowers it; with strength 0.6 the site
follows the label in 60 % of patients). Run with Debian's python3-numpy and python3-pil:
    /usr/bin/python3 make_reference.py DIR [OUT.tsv]

For each image, from its 8-bit gray PNG as value / 255 (what the engine decodes):
  mean_intensity   the mean
  contrast         the population standard deviation
  p05_intensity, median_intensity, p95_intensity
                   the centre of the 4,096-bin histogram bin of [0, 1] holding the ceil(q · n)-th smallest value
  black_fraction   the share of values ≤ 1/255;  white_fraction  the share ≥ 254/255
Each property's AUC for the label `finding` (Mann-Whitney, ties counting one half), taken in the direction that
predicts it (max(AUC, 1 - AUC)), one line per property: property, AUC. Without OUT it writes reference.tsv here.
"""
import csv
import sys
from pathlib import Path

import numpy as np
from PIL import Image

BINS = 4096


def percentile(values, q):
    bins = np.clip((values * BINS).astype(np.int64), 0, BINS - 1)
    histogram = np.bincount(bins, minlength=BINS)
    rank = max(1, int(np.ceil(q * values.size)))
    return (np.searchsorted(np.cumsum(histogram), rank) + 0.5) / BINS


def properties(path):
    v = np.asarray(Image.open(path), dtype=np.float64).ravel() / 255.0
    v32 = v.astype(np.float32)  # the engine's pixels are float32
    return {
        "mean_intensity": float(v32.astype(np.float64).mean()),
        "contrast": float(v32.astype(np.float64).std()),
        "p05_intensity": percentile(v32, 0.05),
        "median_intensity": percentile(v32, 0.50),
        "p95_intensity": percentile(v32, 0.95),
        "black_fraction": float((v32 <= np.float32(1 / 255)).mean()),
        "white_fraction": float((v32 >= np.float32(254 / 255)).mean()),
    }


def auc(scores, positive):
    scores = np.asarray(scores)
    positive = np.asarray(positive, dtype=bool)
    cases, controls = scores[positive], scores[~positive]
    greater = (cases[:, None] > controls[None, :]).sum()
    ties = (cases[:, None] == controls[None, :]).sum()
    value = (greater + 0.5 * ties) / (cases.size * controls.size)
    return max(value, 1 - value)


def main():
    folder = Path(sys.argv[1])
    target = Path(sys.argv[2]) if len(sys.argv) > 2 else Path(__file__).parent / "reference.tsv"
    rows = list(csv.DictReader(open(folder / "manifest.csv")))
    measured = [properties(folder / row["path"]) for row in rows]
    positive = [row["finding"] == "1" for row in rows]
    lines = ["# numpy %s; %d images, %d positive" % (np.__version__, len(rows), sum(positive))]
    for name in measured[0]:
        lines.append("%s\t%r" % (name, float(auc([m[name] for m in measured], positive))))
    target.write_text("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
