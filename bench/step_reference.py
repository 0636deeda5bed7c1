#!/usr/bin/python3
"""Reference for the step benchmark: one training step (forward, backward, Adam update) of torchvision's DenseNet-121
or ResNet-18 adapted as the engine's (one input channel, 14 sigmoid outputs, binary cross-entropy, Adam 1e-3) on random
images, in Debian's CPU PyTorch with the given thread count. Prints step_seconds (best of the timed steps, after two
warm-up steps) and images_per_second.
Usage: step_reference.py ARCHITECTURE SIZE BATCH STEPS THREADS"""
import sys
import time

import torch
import torchvision


def network(architecture):
    if architecture == "DENSENET121":
        model = torchvision.models.densenet121(num_classes=14)
        model.features.conv0 = torch.nn.Conv2d(1, 64, kernel_size=7, stride=2, padding=3, bias=False)
    elif architecture == "RESNET18":
        model = torchvision.models.resnet18(num_classes=14)
        model.conv1 = torch.nn.Conv2d(1, 64, kernel_size=7, stride=2, padding=3, bias=False)
    else:
        raise SystemExit(f"unknown architecture {architecture}")
    return model


def main():
    architecture, size, batch, steps, threads = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), \
        int(sys.argv[5])
    torch.set_num_threads(threads)
    torch.manual_seed(1)
    model = network(architecture)
    model.train()
    x = torch.rand(batch, 1, size, size)
    y = (torch.rand(batch, 14) > 0.5).float()
    loss_fn = torch.nn.BCEWithLogitsLoss()
    optimiser = torch.optim.Adam(model.parameters(), lr=1e-3)

    def step():
        optimiser.zero_grad()
        loss = loss_fn(model(x), y)
        loss.backward()
        optimiser.step()

    for _ in range(2):
        step()
    best = float("inf")
    for _ in range(steps):
        start = time.perf_counter()
        step()
        best = min(best, time.perf_counter() - start)
    print(f"torch={torch.__version__} torchvision={torchvision.__version__} threads={torch.get_num_threads()}")
    print(f"architecture={architecture} size={size} batch={batch}")
    print(f"step_seconds={best:.4f}")
    print(f"images_per_second={batch / best:.2f}")


if __name__ == "__main__":
    main()
