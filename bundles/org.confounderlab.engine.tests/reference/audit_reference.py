#!/usr/bin/python3
"""Independent reference values for the engine's dataset-audit statistics.

Run with Debian's Python (apt-get install python3-scipy python3-sklearn):

    /usr/bin/python3 audit_reference.py        # writes audit_reference.json next to this script

Each case is raw (attribute value, label) data; the Java test rebuilds a manifest from the same data and compares
chi-square (scipy.stats.chi2_contingency, correction=False), its p-value, Cramer's V, mutual information in nats
(sklearn.metrics.mutual_info_score) and the attribute-only AUC (sklearn.metrics.roc_auc_score). It also lists
chi-square survival values (scipy.stats.chi2.sf) for the distribution test.
"""

import json
import math
import os

import numpy as np
import scipy
import sklearn
from scipy.stats import chi2, chi2_contingency
from scipy.stats.contingency import association
from sklearn.metrics import mutual_info_score, roc_auc_score

MISSING = "(missing)"  # the engine's subgroup for an unknown attribute value
QUANTILE_BINS = 4      # the engine bins numeric attributes with more distinct values than this


def from_counts(counts):
    """Raw data from {value: (negatives, positives)}, in a fixed order."""
    values, labels = [], []
    for value, (negatives, positives) in counts.items():
        values += [value] * (negatives + positives)
        labels += [0] * negatives + [1] * positives
    return values, labels


def quantile_bins(numbers):
    """The engine's rule: cut points at sorted positions ceil(k*m/4), bin = number of distinct cuts below."""
    known = sorted(numbers)
    m = len(known)
    cuts = sorted({known[math.ceil(k * m / QUANTILE_BINS) - 1] for k in range(1, QUANTILE_BINS)})
    return [sum(1 for c in cuts if x > c) for x in numbers]


def statistics(groups, labels):
    """Chi-square, p, V and MI of the groups x label table; empty rows cannot occur here."""
    names = sorted(set(groups))
    table = np.array([[sum(1 for g, y in zip(groups, labels) if g == name and y == label) for label in (0, 1)]
                      for name in names])
    statistic, p, df, _ = chi2_contingency(table, correction=False)
    return {
        "chi2": float(statistic),
        "df": int(df),
        "p": float(p),
        "cramers_v": float(association(table, method="cramer", correction=False)),
        "mi_nats": float(mutual_info_score(groups, labels)),
    }


def categorical_case(name, values, labels):
    groups = [MISSING if v is None else v for v in values]
    result = {"name": name, "kind": "categorical", "values": values, "labels": labels}
    result.update(statistics(groups, labels))
    # attribute-only AUC: score each image by its subgroup's prevalence, P(label = 1 | value)
    prevalence = {g: np.mean([y for h, y in zip(groups, labels) if h == g]) for g in set(groups)}
    result["auc"] = float(roc_auc_score(labels, [prevalence[g] for g in groups]))
    result["auc_direction"] = "subgroup_prevalence"
    return result


def numeric_case(name, numbers, labels):
    result = {"name": name, "kind": "numeric", "values": [repr(float(x)) for x in numbers], "labels": labels}
    result.update(statistics(quantile_bins(numbers), labels))
    auc = float(roc_auc_score(labels, numbers))
    result["auc"] = max(auc, 1 - auc)
    result["auc_direction"] = "higher_is_positive" if auc >= 0.5 else "lower_is_positive"
    return result


def cases():
    yield categorical_case("three_by_two", *from_counts({"A": (30, 10), "B": (20, 20), "C": (5, 15)}))
    yield categorical_case("unbalanced_2x2", *from_counts({"site_x": (950, 50), "site_y": (40, 10)}))
    yield categorical_case("zero_cell", *from_counts({"marker": (0, 25), "no_marker": (60, 15)}))
    yield categorical_case("independent", *from_counts({"F": (10, 10), "M": (20, 20)}))
    yield categorical_case("with_missing", *from_counts({"AP": (12, 18), "PA": (40, 9), None: (7, 3)}))
    rng = np.random.default_rng(20260401)
    ages = rng.integers(20, 40, size=60)  # few distinct values: many ties, also across bin edges
    age_labels = [int(rng.random() < (0.15 + 0.02 * (a - 20))) for a in ages]
    yield numeric_case("numeric_ties", [int(a) for a in ages], age_labels)
    doses = [0.5, 0.5, 0.5, 1.0, 1.0, 2.5, 2.5, 2.5, 2.5, 4.0, 4.0, 8.0, 8.0, 8.0, 16.0, 16.0]
    dose_labels = [1, 1, 0, 1, 1, 1, 0, 1, 0, 0, 1, 0, 0, 0, 1, 0]
    yield numeric_case("numeric_lower_is_positive", doses, dose_labels)


SURVIVAL_POINTS = [(0.001, 2), (0.5, 1), (3.841458820694124, 1), (1.0, 0.5), (10.0, 3), (50.0, 10), (30.0, 50),
                   (100.0, 1), (200.0, 2), (700.0, 1), (2.0, 100), (800.0, 1000), (1000.0, 1000),
                   (1200.0, 1000), (2000.0, 1000), (5000.0, 4000), (10000.0, 10000), (11000.0, 10000),
                   (4.5, 4.5), (60.0, 60)]


def main():
    reference = {
        "generator": "audit_reference.py",
        "scipy": scipy.__version__,
        "sklearn": sklearn.__version__,
        "cases": list(cases()),
        "chi2_survival": [{"x": x, "df": df, "sf": float(chi2.sf(x, df))} for x, df in SURVIVAL_POINTS],
    }
    target = os.path.join(os.path.dirname(os.path.abspath(__file__)), "audit_reference.json")
    with open(target, "w", encoding="utf-8") as out:
        json.dump(reference, out, indent=1, default=int)
        out.write("\n")


if __name__ == "__main__":
    main()
