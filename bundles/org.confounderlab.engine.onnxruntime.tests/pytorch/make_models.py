#!/usr/bin/python3
"""ONNX models exported by Debian's PyTorch, and PyTorch's own outputs on them, for the ONNX Runtime backend's tests.

Run with Debian's python3-torch and python3-torchvision (torch.onnx.export needs no onnx package):

    /usr/bin/python3 make_models.py OUT_DIR TRAIN_DATA AUDIT_DATA [--update-committed]
    /usr/bin/python3 make_models.py --score densenet121 TENSOR_FILE N C SIZE LABELS SCORES_TSV

TRAIN_DATA and AUDIT_DATA are folders of the engine's synthetic marker radiographs (manifest.csv with path and
finding columns, 64x64 8-bit gray PNGs) that the test generates with two seeds. Written to OUT_DIR:

- resnet18.onnx          torchvision resnet18, random weights (seed 0), 2 outputs, 3 x 64 x 64 input "image",
                         output "logits", batch axis dynamic, opset 13. Before export it runs a few batches in train
                         mode, so that every batch norm (folded into its convolution by the export) has non-trivial
                         running statistics.
- resnet18-inputs.f32    3 images of 3 x 64 x 64 float32 (little-endian, CHW), a fixed formula.
- marker-cnn.onnx        a small CNN (3 x Conv-BN-ReLU, max pooling, global average pooling, Linear(64 -> 1))
                         trained here for 6 epochs with Adam on TRAIN_DATA, whose L/R marker follows the label: it
                         learns the marker. 1 x 64 x 64 input "image", output "logits", batch axis dynamic.
- marker-cnn-sigmoid.onnx    the same ending in Sigmoid (the output is probabilities).
- marker-cnn-batch1.onnx     the same exported with a fixed batch of 1.
- marker-cnn-nhwc.onnx       the same taking [batch, 64, 64, 1] (it permutes to NCHW first).
- marker-cnn-flat.onnx   the same layers trained the same way but read by Linear(1024 -> 1) over max-pooled maps:
                         no global average pooling, so no Grad-CAM layer (the audit explains it by occlusion).
- densenet121.onnx       torchvision densenet121, random weights (seed 3, batch norms with running statistics),
                         14 outputs in ChestX-ray14's label order, 3 x 224 x 224 input "image", batch axis dynamic.
- two-inputs.onnx        a model with a second input, which the audit refuses.
- marker-cnn-inputs.f32  the first 4 images of AUDIT_DATA as the engine reads them (pixel / 255).
- reference.tsv          per model and image: "logits", "probabilities" (sigmoid of the logits) and "gradcam-L",
                         PyTorch's Grad-CAM for output L at the final feature maps (layer4 for resnet18, the last ReLU
                         for the CNN): the gradient of the logit with respect to the maps from autograd, averaged
                         per channel, the weighted sum of the maps, ReLU; flattened row-major at the maps' own size.
                         Values are float32 with 9 significant digits; "#" lines name the PyTorch that made them.
- audit-scores.tsv       the trained CNN's probability for every image of AUDIT_DATA, by file name.

With --score, the same densenet121 (made again from its seed) scores N float32 CHW images (little-endian, as the
engine prepared them, here from real NIH radiographs) and writes, per image, its logits and Grad-CAM for each of the
comma-separated output LABELS at the ReLU of its final features (the maps its global average pooling reads), in the
format of reference.tsv.

With --update-committed, reference.tsv is also copied beside this script: the test compares the fresh values with
the committed ones when the PyTorch version is the same, so a change of PyTorch or of this script shows.
"""
import csv
import math
import shutil
import struct
import sys
from pathlib import Path

import numpy as np
import torch
import torchvision
from PIL import Image

SIZE = 64
torch.set_num_threads(1)


def formula_images(count, channels):
    values = np.zeros((count, channels, SIZE, SIZE), dtype=np.float64)
    for i in range(count):
        for c in range(channels):
            r = np.arange(SIZE)[:, None]
            q = np.arange(SIZE)[None, :]
            values[i, c] = 0.5 + 0.4 * np.sin(0.13 * (i + 1) * (r + 1) / 8 + 0.07 * (c + 1) * (q + 1)) \
                + 0.1 * np.cos(0.05 * r * q / 16 + i)
    return torch.tensor(values.astype(np.float32))


def read_images(folder, limit=None):
    rows = list(csv.DictReader(open(Path(folder) / "manifest.csv", newline="")))
    if limit is not None:
        rows = rows[:limit]
    images = []
    targets = []
    names = []
    for row in rows:
        pixels = np.asarray(Image.open(Path(folder) / row["path"]).convert("L"), dtype=np.float32) / 255.0
        images.append(pixels[None])
        targets.append(float(row["finding"] == "1"))
        names.append(Path(row["path"]).name)
    return torch.tensor(np.stack(images)), torch.tensor(targets)[:, None], names


class MarkerCnn(torch.nn.Module):
    def __init__(self):
        super().__init__()
        layers = []
        channels = 1
        for width in (16, 32):
            layers += [torch.nn.Conv2d(channels, width, 3, padding=1), torch.nn.BatchNorm2d(width),
                       torch.nn.ReLU(), torch.nn.MaxPool2d(2)]
            channels = width
        layers += [torch.nn.Conv2d(channels, 64, 3, padding=1), torch.nn.BatchNorm2d(64), torch.nn.ReLU()]
        self.features = torch.nn.Sequential(*layers)
        self.pool = torch.nn.AdaptiveAvgPool2d(1)
        self.fc = torch.nn.Linear(64, 1)

    def forward(self, x):
        return self.fc(torch.flatten(self.pool(self.features(x)), 1))


class FlatHeadCnn(MarkerCnn):
    """The same layers read by a linear layer over the max-pooled maps: no global average pooling, no Grad-CAM."""

    def __init__(self):
        super().__init__()
        self.pool = torch.nn.MaxPool2d(4)
        self.fc = torch.nn.Linear(64 * 4 * 4, 1)


class WithSigmoid(torch.nn.Module):
    def __init__(self, model):
        super().__init__()
        self.model = model

    def forward(self, x):
        return torch.sigmoid(self.model(x))


class FromNhwc(torch.nn.Module):
    def __init__(self, model):
        super().__init__()
        self.model = model

    def forward(self, x):
        return self.model(x.permute(0, 3, 1, 2))


class TwoInputs(torch.nn.Module):
    def __init__(self, model):
        super().__init__()
        self.model = model

    def forward(self, x, scale):
        return self.model(x) * scale


def train(model, train_x, train_y, name):
    optimiser = torch.optim.Adam(model.parameters(), lr=3e-3)
    loss = torch.nn.BCEWithLogitsLoss()
    order = torch.Generator().manual_seed(2)
    for epoch in range(6):
        model.train()
        permutation = torch.randperm(train_x.shape[0], generator=order)
        total = 0.0
        for start in range(0, train_x.shape[0], 32):
            batch = permutation[start:start + 32]
            optimiser.zero_grad()
            value = loss(model(train_x[batch]), train_y[batch])
            value.backward()
            optimiser.step()
            total += value.item() * len(batch)
        print("%s epoch %d: loss %.4f" % (name, epoch + 1, total / train_x.shape[0]))
    model.eval()
    return model


def export(model, example, path, dynamic=True, input_name="image"):
    torch.onnx.export(model, example, str(path), input_names=[input_name], output_names=["logits"],
                      dynamic_axes={input_name: {0: "batch"}, "logits": {0: "batch"}} if dynamic else None,
                      opset_version=13, do_constant_folding=True)


def grad_cam(model, maps_module, images, label):
    """PyTorch Grad-CAM at maps_module's output: autograd's gradient of logit `label`, averaged per channel."""
    saved = {}

    def hook(module, inputs, output):
        output.retain_grad()
        saved["maps"] = output

    handle = maps_module.register_forward_hook(hook)
    model.zero_grad()
    logits = model(images)
    logits[:, label].sum().backward()
    handle.remove()
    maps = saved["maps"]
    alpha = maps.grad.mean(dim=(2, 3), keepdim=True)
    return torch.relu((alpha * maps).sum(dim=1)).detach(), logits.detach()


def make_densenet():
    torch.manual_seed(3)
    model = torchvision.models.densenet121(num_classes=14)
    model.train()
    with torch.no_grad():
        for _ in range(2):
            model(torch.rand(4, 3, 96, 96))
    return model.eval()


def densenet_cam(model, images, label):
    """Grad-CAM at relu(features(x)), the maps torchvision's DenseNet pools, with autograd's gradient."""
    maps = torch.relu(model.features(images))
    maps.retain_grad()
    logits = model.classifier(torch.flatten(torch.nn.functional.adaptive_avg_pool2d(maps, 1), 1))
    model.zero_grad()
    logits[:, label].sum().backward()
    alpha = maps.grad.mean(dim=(2, 3), keepdim=True)
    return torch.relu((alpha * maps).sum(dim=1)).detach(), logits.detach()


def score_densenet(args):
    name, tensor_file, n, c, size, labels, out = args
    assert name == "densenet121"
    n, c, size = int(n), int(c), int(size)
    images = torch.tensor(np.frombuffer(Path(tensor_file).read_bytes(), dtype="<f4").reshape(n, c, size, size).copy())
    model = make_densenet()
    lines = ["# torch %s torchvision %s" % (torch.__version__, torchvision.__version__)]
    for label in [int(v) for v in labels.split(",")]:
        cams, logits = densenet_cam(model, images, label)
        for i in range(n):
            lines.append(line(name, "gradcam-%d" % label, i, cams[i]))
    for i in range(n):
        lines.append(line(name, "logits", i, logits[i]))
    Path(out).write_text("\n".join(lines) + "\n")


def write_f32(path, tensor):
    path.write_bytes(tensor.contiguous().numpy().astype("<f4").tobytes())


def line(model, quantity, image, values):
    return "\t".join([model, quantity, str(image), ",".join("%.9g" % v for v in values.flatten().tolist())])


def main():
    if sys.argv[1] == "--score":
        score_densenet(sys.argv[2:])
        return
    out = Path(sys.argv[1])
    train_data = sys.argv[2]
    audit_data = sys.argv[3]
    out.mkdir(parents=True, exist_ok=True)
    lines = ["# torch %s torchvision %s" % (torch.__version__, torchvision.__version__)]

    torch.manual_seed(0)
    resnet = torchvision.models.resnet18(num_classes=2)
    resnet.train()
    with torch.no_grad():
        for _ in range(3):
            resnet(torch.rand(8, 3, SIZE, SIZE))
    resnet.eval()
    images = formula_images(3, 3)
    write_f32(out / "resnet18-inputs.f32", images)
    export(resnet, images[:1], out / "resnet18.onnx")
    for label in range(2):
        cams, logits = grad_cam(resnet, resnet.layer4, images.clone().requires_grad_(False), label)
        for i in range(images.shape[0]):
            lines.append(line("resnet18", "gradcam-%d" % label, i, cams[i]))
    for i in range(images.shape[0]):
        lines.append(line("resnet18", "logits", i, logits[i]))
        lines.append(line("resnet18", "probabilities", i, torch.sigmoid(logits[i])))

    export(make_densenet(), torch.zeros(1, 3, 224, 224), out / "densenet121.onnx")

    torch.manual_seed(1)
    train_x, train_y, _ = read_images(train_data)
    cnn = train(MarkerCnn(), train_x, train_y, "marker cnn")
    flat = train(FlatHeadCnn(), train_x, train_y, "flat-head cnn")
    flat.eval()
    export(flat, train_x[:1], out / "marker-cnn-flat.onnx")
    cnn.eval()
    audit_x, audit_y, names = read_images(audit_data)
    with torch.no_grad():
        audit_scores = torch.sigmoid(cnn(audit_x))[:, 0]
    with open(out / "audit-scores.tsv", "w") as scores:
        for name, score in zip(names, audit_scores.tolist()):
            scores.write("%s\t%.9g\n" % (name, score))
    examples = audit_x[:4].clone()
    write_f32(out / "marker-cnn-inputs.f32", examples)
    export(cnn, examples[:1], out / "marker-cnn.onnx")
    # A wrapper is made in train mode, and export restores the mode it found recursively: keep them all in eval.
    export(WithSigmoid(cnn).eval(), examples[:1], out / "marker-cnn-sigmoid.onnx")
    export(cnn, examples[:1], out / "marker-cnn-batch1.onnx", dynamic=False)
    export(FromNhwc(cnn).eval(), examples[:1].permute(0, 2, 3, 1).contiguous(), out / "marker-cnn-nhwc.onnx")
    torch.onnx.export(TwoInputs(cnn).eval(), (examples[:1], torch.ones(1, 1)), str(out / "two-inputs.onnx"),
                      input_names=["image", "scale"], output_names=["logits"], opset_version=13)
    cnn.eval()
    last_relu = cnn.features[-1]
    cams, logits = grad_cam(cnn, last_relu, examples, 0)
    for i in range(examples.shape[0]):
        lines.append(line("marker-cnn", "gradcam-0", i, cams[i]))
        lines.append(line("marker-cnn", "logits", i, logits[i]))
        lines.append(line("marker-cnn", "probabilities", i, torch.sigmoid(logits[i])))

    (out / "reference.tsv").write_text("\n".join(lines) + "\n")
    if "--update-committed" in sys.argv:
        shutil.copy(out / "reference.tsv", Path(__file__).parent / "reference.tsv")


if __name__ == "__main__":
    main()
