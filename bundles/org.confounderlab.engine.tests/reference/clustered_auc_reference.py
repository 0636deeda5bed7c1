#!/usr/bin/python3
"""Independent reference values for the engine's patient-level (clustered) AUC statistics.

Run with Debian's Python (apt-get install python3-numpy):

    /usr/bin/python3 clustered_auc_reference.py     # writes clustered_auc_reference.json next to this script

Clustered DeLong: computed directly from the published formula of Obuchowski, "Nonparametric analysis of clustered
ROC curve data", Biometrics 53 (1997) 567-578, with the full case x control kernel psi (no placements, no sorting):

    V10(X_i) = 1/N sum_j sum_k sum_l psi(x_ij, y_kl)        V01(Y_k) = 1/M sum_l sum_i sum_j psi(x_ij, y_kl)
    S10 = I10/((I10-1) M) sum_i (V10(X_i) - m_i theta)^2    S01 = I01/((I01-1) N) sum_k (V01(Y_k) - n_k theta)^2
    S11 = I/(I-1) sum_i (V10(X_i) - m_i theta)(V01(Y_i) - n_i theta)
    var = S10/M + S01/N + 2 S11/(M N)

and for two score sets on the same images the covariance from the same sums with cross products. Cluster bootstrap:
brute force, resampling patients with replacement and recomputing the AUC from psi on the pooled images of the
patients drawn (resamples lacking a class drawn again); its standard error and percentile interval are what the
engine's faster bootstrap must reproduce within sampling error.
"""

import json
import math
import os

import numpy as np

RESAMPLES = 2000


def psi(x, y):
    return (x[:, None] > y[None, :]) + 0.5 * (x[:, None] == y[None, :])


def cluster_sums(scores, labels, patients, clusters):
    x, y = scores[labels == 1], scores[labels == 0]
    M, N = len(x), len(y)
    kernel = psi(x, y)
    theta = kernel.sum() / (M * N)
    x_cluster, y_cluster = patients[labels == 1], patients[labels == 0]
    v10 = np.array([kernel[x_cluster == c, :].sum() / N for c in clusters])
    v01 = np.array([kernel[:, y_cluster == c].sum() / M for c in clusters])
    m = np.array([(x_cluster == c).sum() for c in clusters])
    n = np.array([(y_cluster == c).sum() for c in clusters])
    return theta, v10, v01, m, n, M, N


def covariance(a, b):
    theta_a, v10_a, v01_a, m, n, M, N = a
    theta_b, v10_b, v01_b, _, _, _, _ = b
    I = len(m)
    I10, I01 = (m > 0).sum(), (n > 0).sum()
    s10 = I10 / ((I10 - 1) * M) * np.sum((v10_a - m * theta_a) * (v10_b - m * theta_b))
    s01 = I01 / ((I01 - 1) * N) * np.sum((v01_a - n * theta_a) * (v01_b - n * theta_b))
    s11_ab = I / (I - 1) * np.sum((v10_a - m * theta_a) * (v01_b - n * theta_b))
    s11_ba = I / (I - 1) * np.sum((v10_b - m * theta_b) * (v01_a - n * theta_a))
    return s10 / M + s01 / N + (s11_ab + s11_ba) / (M * N)


def auc(scores, labels):
    x, y = scores[labels == 1], scores[labels == 0]
    return psi(x, y).sum() / (len(x) * len(y))


def cluster_bootstrap(scores, labels, patients, clusters, rng):
    members = [np.flatnonzero(patients == c) for c in clusters]
    aucs = []
    while len(aucs) < RESAMPLES:
        drawn = rng.integers(0, len(clusters), len(clusters))
        index = np.concatenate([members[c] for c in drawn])
        if labels[index].min() == labels[index].max():
            continue
        aucs.append(auc(scores[index], labels[index]))
    aucs = np.sort(np.array(aucs))
    return float(np.std(aucs, ddof=1)), float(np.quantile(aucs, 0.025)), float(np.quantile(aucs, 0.975))


def make_case(name, rng, patients, sizes, correlation, decimals, label_mode):
    ids, labels, first, second = [], [], [], []
    for p in range(patients):
        k = int(rng.choice(sizes))
        patient_label = int(rng.random() < 0.45)
        effect = rng.normal() * correlation  # what a patient's images share
        for _ in range(k):
            label = patient_label if label_mode == "patient" else int(rng.random() < 0.45)
            signal = 0.9 * label + effect + rng.normal() * (1 - correlation * 0.5)
            ids.append(f"P{p:04d}")
            labels.append(label)
            first.append(round(float(signal), decimals))
            second.append(round(float(signal * 0.6 + 0.8 * rng.normal()), decimals))
    return dict(name=name, patients=ids, labels=labels, first=first, second=second)


def main():
    rng = np.random.default_rng(20261204)
    cases = [
        make_case("one image per patient", rng, 220, [1], 0.0, 3, "patient"),
        make_case("1-5 images per patient, patient-level label", rng, 90, [1, 2, 3, 4, 5], 0.8, 3, "patient"),
        make_case("1-5 images per patient, labels mixed within patients", rng, 90, [1, 2, 3, 4, 5], 0.8, 3, "image"),
        make_case("2-3 images per patient, weakly alike, many ties", rng, 120, [2, 3], 0.2, 1, "image"),
        make_case("5 images per patient, strongly alike", rng, 50, [5], 1.2, 4, "patient"),
    ]
    for case in cases:
        scores = np.array(case["first"])
        second = np.array(case["second"])
        labels = np.array(case["labels"])
        patients = np.array(case["patients"])
        clusters = list(dict.fromkeys(case["patients"]))
        a = cluster_sums(scores, labels, patients, clusters)
        b = cluster_sums(second, labels, patients, clusters)
        var_a, var_b, cov = covariance(a, a), covariance(b, b), covariance(a, b)
        z = (a[0] - b[0]) / math.sqrt(var_a + var_b - 2 * cov)
        se, lower, upper = cluster_bootstrap(scores, labels, patients, clusters, rng)
        case.update(auc=a[0], variance=var_a, second_auc=b[0], second_variance=var_b, covariance=cov, z=z,
                    p=math.erfc(abs(z) / math.sqrt(2)), clusters=len(clusters), bootstrap_se=se,
                    bootstrap_lower=lower, bootstrap_upper=upper, bootstrap_resamples=RESAMPLES)
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "clustered_auc_reference.json")
    with open(out, "w") as f:
        json.dump(dict(numpy=np.__version__, formula="Obuchowski 1997", cases=cases), f, indent=1)
    for case in cases:
        print(f"{case['name']}: {case['clusters']} patients, {len(case['labels'])} images, AUC {case['auc']:.4f}, "
              f"SE clustered {math.sqrt(case['variance']):.4f}, SE bootstrap {case['bootstrap_se']:.4f}, "
              f"z {case['z']:.3f}")


if __name__ == "__main__":
    main()
