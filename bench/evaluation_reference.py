#!/usr/bin/python3
"""Reference for the evaluation benchmark: what a PyTorch script does for the counterfactual evaluation. It decodes
the test PNGs once with Pillow (gray, bilinear resize to the input size; the images are square, so the letterbox is a
plain resize), makes 4 variants with NumPy (original; marker regions blacked out; regions only, the rest black; a
black box of each region's size at a random place that avoids the regions) and scores each variant with the
engine's small CNN (untrained, as the engine's) under torch.no_grad() in batches of 64, with the given thread count.
Prints images_per_second (variant images scored per second, decoding included, best of the repeats after a warm-up).
Usage: evaluation_reference.py MANIFEST SIZE REPEATS THREADS"""
import csv
import sys
import time
from pathlib import Path

import numpy as np
import torch
from PIL import Image

REGIONS = ("laterality", "initials")


def small_cnn():
    return torch.nn.Sequential(
        torch.nn.Conv2d(1, 8, 3, padding=1), torch.nn.ReLU(), torch.nn.MaxPool2d(2),
        torch.nn.Conv2d(8, 16, 3, padding=1), torch.nn.ReLU(), torch.nn.MaxPool2d(2),
        torch.nn.Conv2d(16, 32, 3, padding=1), torch.nn.ReLU(),
        torch.nn.AdaptiveAvgPool2d(1), torch.nn.Flatten(), torch.nn.Linear(32, 1), torch.nn.Sigmoid())


def boxes(row, scale):
    found = []
    for name in REGIONS:
        text = row.get("region:" + name, "")
        if text:
            x, y, w, h = (float(v) * scale for v in text.split())
            found.append((int(round(x)), int(round(y)), max(1, int(round(w))), max(1, int(round(h)))))
    return found


def variants(image, regions, rng):
    size = image.shape[0]
    masked = image.copy()
    only = np.zeros_like(image)
    moved = image.copy()
    for x, y, w, h in regions:
        masked[y:y + h, x:x + w] = 0
        only[y:y + h, x:x + w] = image[y:y + h, x:x + w]
    for x, y, w, h in regions:
        for _ in range(64):
            nx, ny = rng.integers(0, size - w + 1), rng.integers(0, size - h + 1)
            if all(nx + w <= rx or rx + rw <= nx or ny + h <= ry or ry + rh <= ny for rx, ry, rw, rh in regions):
                moved[ny:ny + h, nx:nx + w] = 0
                break
    return image, masked, only, moved


def evaluate(rows, folder, size, model):
    decoded = []
    for row in rows:
        with Image.open(folder / row["path"]) as file:
            gray = file.convert("L")
            scale = size / gray.width
            decoded.append((np.asarray(gray.resize((size, size), Image.BILINEAR), dtype=np.float32) / 255.0,
                            boxes(row, scale)))
    rng = np.random.default_rng(1)
    sets = [[], [], [], []]
    for image, regions in decoded:
        for v, variant in enumerate(variants(image, regions, rng)):
            sets[v].append(variant)
    with torch.no_grad():
        for images in sets:
            x = torch.from_numpy(np.stack(images)[:, None, :, :])
            for i in range(0, len(x), 64):
                model(x[i:i + 64])
    return 4 * len(rows)


def main():
    manifest = Path(sys.argv[1])
    size, repeats, threads = int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
    torch.set_num_threads(threads)
    torch.manual_seed(1)
    rows = list(csv.DictReader(manifest.open()))
    model = small_cnn().eval()
    best = 0.0
    for r in range(repeats + 1):
        start = time.perf_counter()
        scored = evaluate(rows, manifest.parent, size, model)
        seconds = time.perf_counter() - start
        if r > 0:
            best = max(best, scored / seconds)
    print(f"torch={torch.__version__} threads={torch.get_num_threads()} images={len(rows)} variants=4 size={size}")
    print(f"images_per_second={best:.1f}")


if __name__ == "__main__":
    main()
