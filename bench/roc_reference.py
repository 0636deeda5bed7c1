"""Reference for the workbench benchmark: what a script does to see a run's ROC curves from its predictions
(NumPy only): read the 100,000-row predictions CSV and compute the ROC points and AUC of each of its 4 variants.
Prints seconds=<best of N>."""
import sys
import time

import numpy as np


def roc(scores, labels):
    order = np.argsort(-scores, kind="mergesort")
    y = labels[order]
    tps = np.cumsum(y)
    fps = np.cumsum(1 - y)
    distinct = np.r_[np.where(np.diff(scores[order]))[0], y.size - 1]
    tpr = np.r_[0, tps[distinct] / tps[-1]]
    fpr = np.r_[0, fps[distinct] / fps[-1]]
    return fpr, tpr, np.trapz(tpr, fpr) if hasattr(np, "trapz") else np.trapezoid(tpr, fpr)


def main():
    path, repeats = sys.argv[1], int(sys.argv[2])
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        table = np.genfromtxt(path, delimiter=",", skip_header=1, usecols=(1, 2, 3, 4, 5))
        labels = table[:, 0]
        for column in range(1, 5):
            roc(table[:, column], labels)
        best = min(best, time.perf_counter() - start)
    print(f"seconds={best:.4f}")


if __name__ == "__main__":
    main()
