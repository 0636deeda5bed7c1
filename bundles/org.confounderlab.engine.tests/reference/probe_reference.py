#!/usr/bin/python3
"""Independent reference values for the engine's diagnostics: logistic regression, feature probe, subgroup metrics.

Run with Debian's Python (apt-get install python3-sklearn python3-numpy):

    /usr/bin/python3 probe_reference.py        # writes probe_reference.json next to this script

All data are drawn here with numpy (rounded to 6 decimals, so the JSON holds them exactly) and written into the
JSON, so the Java tests fit the very same numbers:

* logistic: sklearn.linear_model.LogisticRegression(penalty="l2", C, fit_intercept=True, solver="newton-cg") on
  the raw features (see fit for why not lbfgs); intercept, weights and predicted
  probabilities. Each fit is checked here against a Newton polish of the same objective 0.5 ||w||^2 + C sum
  log-loss, so the values are the optimum.
* probe: stratified k-fold (sklearn StratifiedKFold; the fold of every case is written out), StandardScaler fitted
  on the training fold, LogisticRegression(C) per fold, out-of-fold probabilities, their pooled AUC
  (sklearn.metrics.roc_auc_score) and its DeLong interval (computed here from the placements, as pROC does).
* subgroups: per group value, n, positives, AUC (roc_auc_score), sensitivity and specificity at score >= threshold
  (sklearn.metrics.confusion_matrix), and the gaps across groups.
"""

import json
import math
import os
import warnings

import numpy as np
import scipy
import sklearn
from scipy.stats import norm
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import confusion_matrix, roc_auc_score
from sklearn.model_selection import StratifiedKFold
from sklearn.preprocessing import StandardScaler

TOL = 1e-8  # newton-cg: max |gradient|; tighter only makes its line search fail at rounding level
MAX_ITER = 1000


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def fit(x, y, c):
    """sklearn's L2 logistic regression, fitted to its optimum: solver "newton-cg" (stops when max |gradient| <= tol)
    rather than the default "lbfgs", whose relative-decrease stop (ftol = 64 eps) leaves up to 1e-4 of error in
    the probabilities on these ill-conditioned sets (raw scales, a constant feature); both minimise the same
    objective, so the optimum is the one LogisticRegression(solver="lbfgs") approximates."""
    model = LogisticRegression(penalty="l2", C=c, fit_intercept=True, solver="newton-cg", tol=TOL, max_iter=MAX_ITER)
    model.fit(x, y)
    check_optimum(x, y, c, model.intercept_[0], model.coef_[0])
    return model


def check_optimum(x, y, c, intercept, weights):
    """Newton-polishes sklearn's solution and asserts that it moves ten times less than the Java tests' tolerances
    (1e-4 on coefficients, 1e-6 on probabilities). This is the real convergence check: newton-cg's line search
    may give up (warning "failed to converge") once its steps reach rounding level."""
    n, d = x.shape
    a = np.hstack([x, np.ones((n, 1))])
    theta = np.append(weights, intercept)
    penalty = np.append(np.ones(d), 0.0)
    for _ in range(50):
        p = sigmoid(a @ theta)
        gradient = penalty * theta + c * a.T @ (p - y)
        hessian = np.diag(penalty) + c * (a.T * (p * (1 - p))) @ a
        step = np.linalg.solve(hessian, gradient)
        theta = theta - step
        if np.max(np.abs(step)) < 1e-15 * max(1.0, np.max(np.abs(theta))):
            break
    moved = np.max(np.abs(theta - np.append(weights, intercept)))
    probability_moved = np.max(np.abs(sigmoid(a @ theta) - sigmoid(a @ np.append(weights, intercept))))
    assert moved < 1e-5 and probability_moved < 1e-7, (moved, probability_moved)


def delong(scores, labels, alpha):
    """AUC and its DeLong interval clipped to [0, 1], from the placements (pROC's ci.auc(method = "delong"))."""
    cases = scores[labels == 1]
    controls = scores[labels == 0]
    psi = (cases[:, None] > controls[None, :]) + 0.5 * (cases[:, None] == controls[None, :])
    v10 = psi.mean(axis=1)
    v01 = psi.mean(axis=0)
    auc = psi.mean()
    variance = v10.var(ddof=1) / len(cases) + v01.var(ddof=1) / len(controls)
    half = norm.ppf(1 - alpha / 2) * math.sqrt(variance)
    return float(auc), max(0.0, auc - half), min(1.0, auc + half)


def datasets(rng):
    """name -> (x, y), drawn in a fixed order."""
    data = {}

    # separable: two clusters that a line splits; only the penalty keeps the weights finite
    x = np.vstack([rng.normal(0, 0.5, size=(15, 2)) + [2.0, 1.0], rng.normal(0, 0.5, size=(15, 2)) - [2.0, 1.0]])
    y = np.array([1] * 15 + [0] * 15)
    data["separable"] = (x, y)

    # a constant feature (exactly 3.0) among informative ones
    x = rng.normal(size=(80, 4))
    x[:, 2] = 3.0
    y = (rng.random(80) < sigmoid(1.2 * x[:, 0] - 0.8 * x[:, 1] + 0.3 * x[:, 3])).astype(int)
    data["constant_feature"] = (x, y)

    # imbalanced: 20 positives among 400, features on different scales
    x = rng.normal(size=(400, 6)) * [1, 2, 0.5, 3, 1, 10] + [0, 5, -1, 0, 2, 50]
    score = x[:, 0] + 0.4 * x[:, 1] - 1.5 * x[:, 2] + 0.05 * x[:, 5] + rng.normal(size=400)
    y = np.zeros(400, dtype=int)
    y[np.argsort(-score)[:20]] = 1
    flip = rng.choice(400, size=6, replace=False)  # some noise so the classes overlap
    y[flip] = 1 - y[flip]
    data["imbalanced"] = (x, y)

    # wide: more features (64) than cases (40)
    y = np.array([0, 1] * 20)
    x = rng.normal(size=(40, 64))
    x[:, :5] += 0.8 * y[:, None]
    data["wide"] = (x, y)

    # realistic: 600 cases of 32 correlated, ReLU-like "penultimate" features with a weak signal
    latent = rng.normal(size=(600, 8))
    mixing = rng.normal(size=(8, 32))
    x = np.maximum(0, latent @ mixing / 2 + rng.normal(size=(600, 32)) + 0.5)
    y = (rng.random(600) < sigmoid(0.9 * latent[:, 0] - 0.6 * latent[:, 3] - 0.4)).astype(int)
    data["realistic"] = (x, y)

    return {name: (np.round(x, 6), y) for name, (x, y) in data.items()}


def logistic_case(name, data, dataset, c):
    x, y = data[dataset]
    model = fit(x, y, c)
    return {"name": name, "dataset": dataset, "c": c, "intercept": float(model.intercept_[0]),
            "weights": [float(w) for w in model.coef_[0]],
            "probabilities": [float(p) for p in model.predict_proba(x)[:, 1]]}


def probe_case(name, data, dataset, folds, c, alpha, seed):
    x, y = data[dataset]
    fold_of_case = np.zeros(len(y), dtype=int)
    for k, (_, test) in enumerate(StratifiedKFold(n_splits=folds, shuffle=True, random_state=seed).split(x, y)):
        fold_of_case[test] = k
    oof = np.zeros(len(y))
    for k in range(folds):
        train, test = fold_of_case != k, fold_of_case == k
        scaler = StandardScaler().fit(x[train])
        model = fit(scaler.transform(x[train]), y[train], c)
        oof[test] = model.predict_proba(scaler.transform(x[test]))[:, 1]
    auc, lower, upper = delong(oof, y, alpha)
    assert abs(auc - roc_auc_score(y, oof)) < 1e-12
    return {"name": name, "dataset": dataset, "folds": folds, "c": c, "alpha": alpha,
            "fold_of_case": [int(k) for k in fold_of_case], "out_of_fold": [float(p) for p in oof],
            "auc": float(roc_auc_score(y, oof)), "ci_lower": lower, "ci_upper": upper,
            "positives": int(y.sum())}


def subgroup_case(rng):
    """Scores with ties, groups with unknown values, a one-class group and a small one."""
    names = ["site_b", "site_a", "site_c", "site_d", "site_e", None, "", "  "]
    sizes = [150, 200, 100, 30, 8, 20, 6, 4]
    groups, labels, scores = [], [], []
    for name, size, shift, prevalence in zip(names, sizes, [1.5, 1.0, 0.3, 1.0, 2.0, 1.0, 1.0, 1.0],
                                             [0.3, 0.5, 0.2, 0.0, 0.5, 0.4, 0.5, 0.5]):
        y = (rng.random(size) < prevalence).astype(int)
        if name == "site_e":
            y = np.array([1, 0] * 4)
        groups += [name] * size
        labels += [int(v) for v in y]
        scores += [float(s) for s in np.round(sigmoid(rng.normal(size=size) + shift * y - 0.5), 2)]
    order = rng.permutation(len(labels))
    groups = [groups[i] for i in order]
    labels = np.array([labels[i] for i in order])
    scores = np.array([scores[i] for i in order])
    threshold = 0.5
    rows = []
    for value in sorted({g.strip() for g in groups if g is not None and g.strip()}):
        member = np.array([g is not None and g.strip() == value for g in groups])
        y, s = labels[member], scores[member]
        tn, fp, fn, tp = confusion_matrix(y, (s >= threshold).astype(int), labels=[0, 1]).ravel()
        both = 0 < y.sum() < len(y)
        rows.append({"value": value, "n": int(member.sum()), "positives": int(y.sum()),
                     "auc": float(roc_auc_score(y, s)) if both else None,
                     "sensitivity": float(tp / (tp + fn)) if tp + fn else None,
                     "specificity": float(tn / (tn + fp)) if tn + fp else None})

    def gap(key):
        defined = [r[key] for r in rows if r[key] is not None]
        return max(defined) - min(defined)

    aucs = [(r["auc"], r["value"]) for r in rows if r["auc"] is not None]
    return {"name": "sites", "scores": [float(s) for s in scores], "labels": [int(v) for v in labels],
            "groups": groups, "threshold": threshold, "rows": rows,
            "auc_gap": gap("auc"), "sensitivity_gap": gap("sensitivity"), "specificity_gap": gap("specificity"),
            "worst_auc": min(aucs)[1], "best_auc": max(aucs)[1]}


def to_json(value, indent=0):
    """JSON with scalar lists on one line and matrices one row a line, so the file stays small and diffable."""
    pad = " " * indent
    if isinstance(value, dict):
        items = [f'{pad} {json.dumps(k)}: {to_json(v, indent + 1).lstrip()}' for k, v in value.items()]
        return pad + "{\n" + ",\n".join(items) + "\n" + pad + "}"
    if isinstance(value, list) and value and isinstance(value[0], (dict, list)):
        return pad + "[\n" + ",\n".join(to_json(v, indent + 1) for v in value) + "\n" + pad + "]"
    return pad + json.dumps(value, separators=(",", ":"))


def main():
    # newton-cg's line-search warnings at rounding level; check_optimum guards every fit instead
    warnings.filterwarnings("ignore", module="scipy.optimize")
    warnings.filterwarnings("ignore", module="sklearn.utils.optimize")
    rng = np.random.default_rng(20260501)
    data = datasets(rng)
    logistic = [logistic_case("separable", data, "separable", 1.0),
                logistic_case("separable_c10", data, "separable", 10.0),
                logistic_case("constant_feature", data, "constant_feature", 1.0),
                logistic_case("imbalanced", data, "imbalanced", 1.0),
                logistic_case("wide", data, "wide", 1.0),
                logistic_case("wide_c0.1", data, "wide", 0.1),
                logistic_case("realistic", data, "realistic", 1.0),
                logistic_case("realistic_c0.01", data, "realistic", 0.01)]
    probe = [probe_case("realistic", data, "realistic", 5, 1.0, 0.05, 11),
             probe_case("wide", data, "wide", 4, 1.0, 0.05, 12),
             probe_case("imbalanced", data, "imbalanced", 5, 1.0, 0.1, 13),
             probe_case("constant_feature", data, "constant_feature", 5, 1.0, 0.05, 14),
             probe_case("separable", data, "separable", 3, 1.0, 0.05, 15)]
    reference = {
        "generator": "probe_reference.py",
        "numpy": np.__version__,
        "scipy": scipy.__version__,
        "sklearn": sklearn.__version__,
        "datasets": {name: {"x": [[float(v) for v in row] for row in x], "y": [int(v) for v in y]}
                     for name, (x, y) in data.items()},
        "logistic": logistic,
        "probe": probe,
        "subgroups": [subgroup_case(rng)],
    }
    target = os.path.join(os.path.dirname(os.path.abspath(__file__)), "probe_reference.json")
    with open(target, "w", encoding="utf-8") as out:
        out.write(to_json(reference))
        out.write("\n")


if __name__ == "__main__":
    main()
