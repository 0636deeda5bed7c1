#!/usr/bin/python3
"""Reference for the training benchmark: the engine's small CNN (three 3x3 conv blocks of 8, 16, 32 filters with
max pooling, global average pooling, sigmoid output, binary cross-entropy, Adam 3e-3) in Debian's CPU PyTorch, on the
same images, image size, batch size and thread count. Images are decoded into memory first; one epoch warms up;
prints images_per_second of the best timed epoch (training steps only)."""
import csv
import sys
import time
from pathlib import Path

import numpy as np
import torch
from PIL import Image


def main():
    manifest = Path(sys.argv[1])
    size, batch, epochs = int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
    threads = int(sys.argv[5]) if len(sys.argv) > 5 else 2
    torch.set_num_threads(threads)
    torch.manual_seed(1)
    rows = list(csv.DictReader(manifest.open()))
    images = np.stack([np.asarray(Image.open(manifest.parent / r["path"]).convert("L").resize((size, size),
                                                                                            Image.BILINEAR),
                                  dtype=np.float32) / 255.0 for r in rows])[:, None, :, :]
    labels = np.array([[float(r["finding"])] for r in rows], dtype=np.float32)
    x, y = torch.from_numpy(images), torch.from_numpy(labels)
    model = torch.nn.Sequential(
        torch.nn.Conv2d(1, 8, 3, padding=1), torch.nn.ReLU(), torch.nn.MaxPool2d(2),
        torch.nn.Conv2d(8, 16, 3, padding=1), torch.nn.ReLU(), torch.nn.MaxPool2d(2),
        torch.nn.Conv2d(16, 32, 3, padding=1), torch.nn.ReLU(),
        torch.nn.AdaptiveAvgPool2d(1), torch.nn.Flatten(), torch.nn.Linear(32, 1))
    loss_fn = torch.nn.BCEWithLogitsLoss()
    optimiser = torch.optim.Adam(model.parameters(), lr=3e-3)
    best = 0.0
    for epoch in range(1 + epochs):
        order = torch.randperm(len(x))
        start = time.perf_counter()
        for i in range(0, len(x), batch):
            index = order[i:i + batch]
            optimiser.zero_grad()
            loss = loss_fn(model(x[index]), y[index])
            loss.backward()
            optimiser.step()
        seconds = time.perf_counter() - start
        if epoch > 0:
            best = max(best, len(x) / seconds)
    print(f"torch={torch.__version__} threads={torch.get_num_threads()}")
    print(f"images={len(x)} size={size} batch={batch}")
    print(f"images_per_second={best:.1f}")


if __name__ == "__main__":
    main()
