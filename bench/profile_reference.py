#!/usr/bin/python3
"""Where a training step's time goes in Debian's CPU PyTorch, for set against oneDNN's own per-primitive times in the
engine (DNNL_VERBOSE=1; bench/findings.md). The small CNN of training_reference.py on 32 random 64x64 images, or the
DenseNet-121 of step_reference.py on 8 random 224x224 images; two warm-up steps, then N profiled steps; prints each
operator's self CPU time per step, largest first, and the step's wall time.
usage: profile_reference.py small|densenet [STEPS] [THREADS]"""
import sys
import time

import torch
import torch.autograd.profiler as profiler

sys.path.insert(0, __file__.rsplit("/", 1)[0])
import step_reference  # noqa: E402


def small_cnn():
    return torch.nn.Sequential(
        torch.nn.Conv2d(1, 8, 3, padding=1), torch.nn.ReLU(), torch.nn.MaxPool2d(2),
        torch.nn.Conv2d(8, 16, 3, padding=1), torch.nn.ReLU(), torch.nn.MaxPool2d(2),
        torch.nn.Conv2d(16, 32, 3, padding=1), torch.nn.ReLU(),
        torch.nn.AdaptiveAvgPool2d(1), torch.nn.Flatten(), torch.nn.Linear(32, 1))


def main():
    which = sys.argv[1]
    steps = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    torch.set_num_threads(int(sys.argv[3]) if len(sys.argv) > 3 else 2)
    torch.manual_seed(1)
    if which == "small":
        model, x, y = small_cnn(), torch.rand(32, 1, 64, 64), (torch.rand(32, 1) > 0.5).float()
    else:
        model, x, y = step_reference.network("DENSENET121"), torch.rand(8, 1, 224, 224), (torch.rand(8, 14) > 0.5).float()
    loss_fn = torch.nn.BCEWithLogitsLoss()
    optimiser = torch.optim.Adam(model.parameters(), lr=1e-3)

    def step():
        optimiser.zero_grad()
        loss_fn(model(x), y).backward()
        optimiser.step()

    for _ in range(2):
        step()
    start = time.perf_counter()
    with profiler.profile() as prof:
        for _ in range(steps):
            step()
    wall = (time.perf_counter() - start) / steps
    rows = sorted(prof.key_averages(), key=lambda e: -e.self_cpu_time_total)
    print(f"torch={torch.__version__} threads={torch.get_num_threads()} {which}: {wall * 1000:.1f} ms per step "
          f"(profiled)")
    for event in rows[:14]:
        print(f"{event.self_cpu_time_total / steps / 1000:9.2f} ms  {event.count // steps:5d}x  {event.key}")


if __name__ == "__main__":
    main()
