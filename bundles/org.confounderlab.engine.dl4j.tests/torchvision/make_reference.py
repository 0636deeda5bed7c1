#!/usr/bin/python3
"""Reference outputs of torchvision's resnet18 and densenet121 for PretrainedWeightsTest.

Run with Debian's PyTorch (python3-torch, python3-torchvision):

    /usr/bin/python3 make_reference.py OUT_DIR [--update-committed]

For each architecture it builds the torchvision model with random weights (seeded), runs a few batches in train
mode so that every batch norm has non-trivial running statistics, switches to eval mode and writes to OUT_DIR:

- <arch>.pth            torch.save(model.state_dict()) (the zip archive format)
- <arch>.safetensors    the same tensors in the safetensors layout, written here byte by byte (8-byte little-endian
                        header length, JSON header with dtype, shape and data offsets, raw little-endian data)
- <arch>-f16.safetensors the same in float16 (loaded and checked against the float32 outputs loosely)
- densenet121-old-names.pth  the same with DataParallel's "module." prefix and the dense layers' names in the old
                        form (norm.1, conv.2) of torchvision's own download
- resnet18-bad-shape.safetensors  with layer1.0.conv1.weight cut to 32 filters (the model needs 64)
- reference.tsv         per architecture and input kind (rgb: 3-channel model on RGB images normalised with
                        ImageNet's mean and std; gray: gray images normalised with mean 0.449, std 0.226 and given
                        as three equal channels, which equals a 1-channel model whose first convolution is the sum
                        over the RGB one's input channels): the sigmoid of the logits and the globally pooled
                        penultimate features.

The images are a fixed formula of (image, channel, row, column) that PretrainedWeightsTest computes the same way.
reference.tsv has one line per architecture, input kind, quantity and image: the values, comma-separated, as
float32 written with 9 significant digits; lines starting with # say which PyTorch and torchvision made them.
    /usr/bin/python3 make_reference.py OUT_DIR --score ARCH TENSOR_FILE N C H W SCORES_TSV

scores N float32 CHW images (little-endian, as the engine prepared them from real radiographs) with OUT_DIR's
<ARCH>.pth, a 1-channel tensor given as three equal channels, and writes the probabilities and features as above.

With --update-committed, reference.tsv is also copied beside this script (committed: the test checks the freshly
made values against it, so a change of PyTorch or of the formula shows).
"""
import json
import math
import shutil
import struct
import sys
from pathlib import Path

import torch
import torch.nn.functional as F
import torchvision

SIZE = 72
IMAGES = 3
LABELS = 3
IMAGENET_MEAN = [0.485, 0.456, 0.406]
IMAGENET_STD = [0.229, 0.224, 0.225]
GRAY_MEAN = 0.449
GRAY_STD = 0.226


def pixel(n, c, y, x):
    """The fixed test image's value in [0, 1]; PretrainedWeightsTest.pixel is the same formula."""
    return 0.5 + 0.5 * math.sin(0.37 * x * (n + 1) + 0.23 * y + 1.1 * c) * math.cos(0.05 * (x + y) * (c + 1))


def images(channels):
    values = [[[[pixel(n, c, y, x) for x in range(SIZE)] for y in range(SIZE)] for c in range(channels)]
              for n in range(IMAGES)]
    return torch.tensor(values, dtype=torch.float64).to(torch.float32)


def safetensors_bytes(state, dtype=None):
    header = {}
    blobs = []
    offset = 0
    names = {torch.float32: "F32", torch.float16: "F16", torch.bfloat16: "BF16", torch.int64: "I64"}
    for name, tensor in state.items():
        t = tensor.detach().contiguous()
        if dtype is not None and t.is_floating_point():
            t = t.to(dtype)
        data = t.numpy().tobytes() if t.dtype != torch.bfloat16 else t.view(torch.int16).numpy().tobytes()
        header[name] = {"dtype": names[t.dtype], "shape": list(t.shape), "data_offsets": [offset, offset + len(data)]}
        blobs.append(data)
        offset += len(data)
    header["__metadata__"] = {"format": "pt", "made_by": "make_reference.py"}
    text = json.dumps(header, separators=(",", ":")).encode("utf-8")
    text += b" " * ((8 - len(text) % 8) % 8)
    return struct.pack("<Q", len(text)) + text + b"".join(blobs)


def features(arch, model, x):
    if arch == "resnet18":
        m = model
        x = m.maxpool(m.relu(m.bn1(m.conv1(x))))
        x = m.layer4(m.layer3(m.layer2(m.layer1(x))))
        return torch.flatten(m.avgpool(x), 1)
    x = F.relu(model.features(x))
    return torch.flatten(F.adaptive_avg_pool2d(x, (1, 1)), 1)


def score(out, arch, tensor_file, n, c, h, w, scores_tsv):
    model = getattr(torchvision.models, arch)(num_classes=LABELS)
    model.load_state_dict(torch.load(out / f"{arch}.pth"))
    model.eval()
    data = Path(tensor_file).read_bytes()
    x = torch.frombuffer(bytearray(data), dtype=torch.float32).reshape(n, c, h, w)
    if c == 1:
        x = x.repeat(1, 3, 1, 1)
    lines = []
    with torch.no_grad():
        for quantity, values in (("probabilities", torch.sigmoid(model(x))), ("features", features(arch, model, x))):
            for i, row in enumerate(values.tolist()):
                lines.append("\t".join([arch, "real", quantity, str(i), ",".join(f"{v:.9g}" for v in row)]))
    Path(scores_tsv).write_text("\n".join(lines) + "\n")


def main():
    out = Path(sys.argv[1])
    if len(sys.argv) > 2 and sys.argv[2] == "--score":
        arch, tensor_file, n, c, h, w, scores_tsv = sys.argv[3:10]
        score(out, arch, tensor_file, int(n), int(c), int(h), int(w), scores_tsv)
        return
    out.mkdir(parents=True, exist_ok=True)
    torch.set_num_threads(2)
    torch.manual_seed(20261203)
    lines = [f"# torch {torch.__version__} torchvision {torchvision.__version__} size {SIZE} images {IMAGES} "
             f"labels {LABELS}"]
    for arch in ("resnet18", "densenet121"):
        model = getattr(torchvision.models, arch)(num_classes=LABELS)
        model.train()
        with torch.no_grad():
            for _ in range(3):
                model(torch.rand(4, 3, SIZE, SIZE) * 1.5 - 0.25)
        model.eval()
        with torch.no_grad():
            # A wider spread of logits than the default initialisation's, so the probabilities are not all ≈ 0.5.
            head = model.fc if arch == "resnet18" else model.classifier
            head.weight.mul_(20)
            head.bias.add_(torch.tensor([-1.0, 0.0, 1.0]))
        state = model.state_dict()
        torch.save(state, out / f"{arch}.pth")
        (out / f"{arch}.safetensors").write_bytes(safetensors_bytes(state))
        (out / f"{arch}-f16.safetensors").write_bytes(safetensors_bytes(state, torch.float16))
        if arch == "densenet121":
            # As torchvision's own download names them (norm.1 for norm1) inside a DataParallel wrapper.
            old = {"module." + name.replace("norm1", "norm.1").replace("conv2", "conv.2")
                   if "denselayer" in name else "module." + name: tensor for name, tensor in state.items()}
            torch.save(old, out / "densenet121-old-names.pth")
        if arch == "resnet18":
            # One convolution with the wrong number of filters, for the shape check.
            bad = dict(state)
            bad["layer1.0.conv1.weight"] = state["layer1.0.conv1.weight"][:32].clone()
            (out / "resnet18-bad-shape.safetensors").write_bytes(safetensors_bytes(bad))
        rgb = (images(3) - torch.tensor(IMAGENET_MEAN).view(1, 3, 1, 1)) / torch.tensor(IMAGENET_STD).view(1, 3, 1, 1)
        gray = ((images(1) - GRAY_MEAN) / GRAY_STD).repeat(1, 3, 1, 1)
        with torch.no_grad():
            for kind, x in (("rgb", rgb), ("gray", gray)):
                for quantity, values in (("probabilities", torch.sigmoid(model(x))),
                                         ("features", features(arch, model, x))):
                    for n, row in enumerate(values.tolist()):
                        lines.append("\t".join([arch, kind, quantity, str(n), ",".join(f"{v:.9g}" for v in row)]))
    (out / "reference.tsv").write_text("\n".join(lines) + "\n")
    if "--update-committed" in sys.argv:
        shutil.copy(out / "reference.tsv", Path(__file__).with_name("reference.tsv"))


if __name__ == "__main__":
    main()
