#!/usr/bin/python3
"""Reference for the data pipeline benchmark: the same work done the way a PyTorch user's data loader does it,
with Pillow and NumPy in worker processes: decode the PNG, augment (flip, rotation, scale, brightness), resize to
the model input, convert to float32 in [0, 1]. Prints images_per_second (best of the timed passes)."""
import random
import sys
import time
from multiprocessing import Pool
from pathlib import Path

import numpy as np
from PIL import Image, ImageEnhance

SIZE = 224


def prepare(item):
    index, path = item
    rnd = random.Random(index)
    image = Image.open(path)
    image.load()
    image = image.convert("L")
    if rnd.random() < 0.5:
        image = image.transpose(Image.FLIP_LEFT_RIGHT)
    angle = rnd.uniform(-7, 7)
    scale = 1 + rnd.uniform(-0.08, 0.08)
    w, h = image.size
    image = image.rotate(angle, resample=Image.BILINEAR)
    image = image.resize((max(1, int(w * scale)), max(1, int(h * scale))), Image.BILINEAR)
    image = ImageEnhance.Brightness(image).enhance(1 + rnd.uniform(-0.05, 0.05))
    image = image.resize((SIZE, SIZE), Image.BILINEAR)
    tensor = np.asarray(image, dtype=np.float32) / 255.0
    return tensor.shape[0]


def main():
    global SIZE
    folder = Path(sys.argv[1])
    workers = int(sys.argv[2]) if len(sys.argv) > 2 else 2
    SIZE = int(sys.argv[3]) if len(sys.argv) > 3 else 224
    passes = int(sys.argv[4]) if len(sys.argv) > 4 else 3
    items = list(enumerate(sorted(str(p) for p in folder.glob("*.png"))))
    with Pool(workers) as pool:
        list(pool.imap(prepare, items, chunksize=8))  # warm-up
        best = 0.0
        for _ in range(passes):
            start = time.perf_counter()
            done = len(list(pool.imap(prepare, items, chunksize=8)))
            best = max(best, done / (time.perf_counter() - start))
    print(f"images={len(items)} workers={workers} input={SIZE}")
    print(f"images_per_second={best:.1f}")


if __name__ == "__main__":
    main()
