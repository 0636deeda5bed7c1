#!/usr/bin/python3
"""Writes the small ONNX fixtures that OnnxModelTest reads, next to this script.

Run with Debian's python3 and python3-torch (made with torch 1.13):  /usr/bin/python3 make_onnx_models.py

Weights come from fixed formulas (no random numbers). torch.onnx.export writes the files (it does not need the onnx
package, which is not installed); small-expected.tsv is then filled from the written files by the small protobuf
decoder below, which finds the head by op type (GlobalAveragePool, Gemm or MatMul, Add, Sigmoid or Softmax) rather
than by walking back from the output as the Java reader does, and from the weights this script set.

small-expected.tsv has one row per fact: model, key, then one or more values.
  input / output     name, ONNX element type, dims (a symbolic dimension by its name)
  opset, ir_version  the numbers
  ops                the nodes' op types in graph order
  feature_maps, features, logits   the head's value names (absent for no-gap.onnx)
  weight_shape       [outputs, features]
  weight, bias       float.hex, the weight row-major as [outputs][features]
  activation         NONE, SIGMOID or SOFTMAX
"""

import math
import os
import struct

import torch

HERE = os.path.dirname(os.path.abspath(__file__))


def formula(count, a, b, scale):
    """count float32 values of scale * sin(a * i + b), i = 0 .. count - 1."""
    return torch.tensor([scale * math.sin(a * i + b) for i in range(count)], dtype=torch.float32)


class Features(torch.nn.Module):
    """Conv-BN-ReLU-MaxPool twice at 1 input channel: 32 x 32 -> 16 maps of 8 x 8."""

    def __init__(self):
        super().__init__()
        self.conv1 = torch.nn.Conv2d(1, 8, 3, padding=1)
        self.bn1 = torch.nn.BatchNorm2d(8)
        self.conv2 = torch.nn.Conv2d(8, 16, 3, padding=1)
        self.bn2 = torch.nn.BatchNorm2d(16)
        self.conv1.weight.data = formula(72, 0.37, 0.1, 0.5).reshape(8, 1, 3, 3)
        self.conv1.bias.data = formula(8, 1.3, 0.2, 0.1)
        self.conv2.weight.data = formula(1152, 0.11, 0.3, 0.2).reshape(16, 8, 3, 3)
        self.conv2.bias.data = formula(16, 0.7, 0.4, 0.1)
        for index, bn in enumerate((self.bn1, self.bn2)):
            n = bn.num_features
            bn.weight.data = 1.0 + formula(n, 0.7, 0.3 + index, 0.05)
            bn.bias.data = formula(n, 0.9, 0.4 + index, 0.02)
            bn.running_mean.data = formula(n, 0.5, 0.5 + index, 0.3)
            bn.running_var.data = 1.0 + formula(n, 0.6, 0.6 + index, 0.25).abs()

    def forward(self, x):
        x = torch.max_pool2d(torch.relu(self.bn1(self.conv1(x))), 2)
        return torch.max_pool2d(torch.relu(self.bn2(self.conv2(x))), 2)


class SmallCnn(torch.nn.Module):
    """Features, AdaptiveAvgPool2d(1), Flatten, Linear(16 -> 2), then an optional activation."""

    def __init__(self, activation=None):
        super().__init__()
        self.features = Features()
        self.pool = torch.nn.AdaptiveAvgPool2d(1)
        self.flatten = torch.nn.Flatten()
        self.fc = torch.nn.Linear(16, 2)
        self.fc.weight.data = formula(32, 0.21, 0.7, 1.7).reshape(2, 16)
        self.fc.bias.data = formula(2, 1.1, 0.8, 0.4)
        self.activation = activation

    def forward(self, x):
        logits = self.fc(self.flatten(self.pool(self.features(x))))
        if self.activation == "SIGMOID":
            return torch.sigmoid(logits)
        if self.activation == "SOFTMAX":
            return torch.softmax(logits, dim=1)
        return logits

    def head_weight(self):
        return self.fc.weight.data, self.fc.bias.data


class SmallMatMul(torch.nn.Module):
    """Features, global mean, then x @ W + b with W stored [features, outputs]: MatMul + Add, not Gemm."""

    def __init__(self):
        super().__init__()
        self.features = Features()
        self.pool = torch.nn.AdaptiveAvgPool2d(1)
        self.w = torch.nn.Parameter(formula(32, 0.31, 0.2, 1.3).reshape(16, 2))
        self.b = torch.nn.Parameter(formula(2, 0.9, 0.1, 0.3))
        self.activation = None

    def forward(self, x):
        return torch.flatten(self.pool(self.features(x)), 1) @ self.w + self.b

    def head_weight(self):
        return self.w.data.t(), self.b.data


class NoGap(torch.nn.Module):
    """Features, Flatten of the 16 x 8 x 8 maps, Linear(1024 -> 2): no pooling, so no head."""

    def __init__(self):
        super().__init__()
        self.features = Features()
        self.fc = torch.nn.Linear(1024, 2)
        self.fc.weight.data = formula(2048, 0.013, 0.2, 0.05).reshape(2, 1024)
        self.fc.bias.data = formula(2, 1.1, 0.8, 0.4)
        self.activation = None

    def forward(self, x):
        return self.fc(torch.flatten(self.features(x), 1))


# A protobuf decoder just large enough for the facts small-expected.tsv records.

def fields(data):
    """(field number, wire type, value) of one message: an int for varint and fixed, bytes for length-delimited."""
    at = 0
    while at < len(data):
        key, at = varint(data, at)
        number, wire = key >> 3, key & 7
        if wire == 0:
            value, at = varint(data, at)
        elif wire == 1:
            value, at = struct.unpack_from("<Q", data, at)[0], at + 8
        elif wire == 2:
            length, at = varint(data, at)
            value, at = data[at:at + length], at + length
        elif wire == 5:
            value, at = struct.unpack_from("<I", data, at)[0], at + 4
        else:
            raise ValueError("wire type %d" % wire)
        yield number, wire, value


def varint(data, at):
    result, shift = 0, 0
    while True:
        byte = data[at]
        at += 1
        result |= (byte & 0x7F) << shift
        shift += 7
        if byte < 0x80:
            return result, at


def first(data, number, default=None):
    return next((value for n, _, value in fields(data) if n == number), default)


def every(data, number):
    return [value for n, _, value in fields(data) if n == number]


def value_info(data):
    """name, element type, dims of a ValueInfoProto."""
    tensor_type = first(first(data, 2), 1)
    dims = []
    for dim in every(first(tensor_type, 2, b""), 1):
        value, param = first(dim, 1), first(dim, 2)
        dims.append(param.decode() if param is not None else str(value))
    return [first(data, 1).decode(), str(first(tensor_type, 1)), ",".join(dims)]


def facts(path, model):
    with open(path, "rb") as stream:
        data = stream.read()
    graph = first(data, 7)
    initializers = {first(tensor, 8).decode() for tensor in every(graph, 5)}
    rows = [["ir_version", str(first(data, 1))]]
    rows += [["opset", str(first(opset, 2))] for opset in every(data, 8) if first(opset, 1, b"") in (b"", b"ai.onnx")]
    rows += [["input"] + value_info(value) for value in every(graph, 11) if first(value, 1).decode() not in initializers]
    rows += [["output"] + value_info(value) for value in every(graph, 12)]
    nodes = [(first(node, 4).decode(), [s.decode() for s in every(node, 1)], [s.decode() for s in every(node, 2)])
             for node in every(graph, 1)]
    rows.append(["ops", ",".join(op for op, _, _ in nodes)])
    pools = [node for node in nodes if node[0] == "GlobalAveragePool"]
    linears = [node for node in nodes if node[0] in ("Gemm", "MatMul")]
    if not pools:
        return rows
    rows.append(["feature_maps", pools[0][1][0]])
    rows.append(["features", linears[0][1][0]])
    adds = [node for node in nodes if node[0] == "Add" and linears[0][2][0] in node[1]]
    rows.append(["logits", (adds[0] if linears[0][0] == "MatMul" else linears[0])[2][0]])
    weight, bias = model.head_weight()
    rows.append(["weight_shape", ",".join(str(d) for d in weight.shape)])
    rows.append(["weight", hex_values(weight)])
    rows.append(["bias", hex_values(bias)])
    rows.append(["activation", model.activation or "NONE"])
    return rows


def hex_values(tensor):
    return ",".join(float.hex(float(v)) for v in tensor.contiguous().reshape(-1).tolist())


def export(model, name):
    path = os.path.join(HERE, name)
    model.eval()
    torch.onnx.export(model, torch.zeros(1, 1, 32, 32), path, opset_version=13, input_names=["image"],
                      output_names=["logits"], dynamic_axes={"image": {0: "batch"}, "logits": {0: "batch"}})
    assert os.path.getsize(path) < 200_000, name
    return [[name] + row for row in facts(path, model)]


def main():
    rows = []
    rows += export(SmallCnn(), "small-cnn.onnx")
    rows += export(SmallCnn("SIGMOID"), "small-cnn-sigmoid.onnx")
    rows += export(SmallCnn("SOFTMAX"), "small-cnn-softmax.onnx")
    rows += export(SmallMatMul(), "small-matmul.onnx")
    rows += export(NoGap(), "no-gap.onnx")
    ops = {row[0]: row[2] for row in rows if row[1] == "ops"}
    assert "MatMul,Add" in ops["small-matmul.onnx"], "torch did not export MatMul + Add: " + ops["small-matmul.onnx"]
    with open(os.path.join(HERE, "small-expected.tsv"), "w") as out:
        out.write("# model\tkey\tvalues (see make_onnx_models.py)\n")
        for row in rows:
            out.write("\t".join(row) + "\n")


if __name__ == "__main__":
    main()
