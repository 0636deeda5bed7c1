#!/usr/bin/python3
"""Writes the small state-dict fixtures that StateDictTest reads, next to this script.

Run with Debian's python3 and python3-torch (made with torch 1.13):  /usr/bin/python3 make_state_dicts.py

Values come from fixed formulas (no random numbers), so the files are the same on every run and torch version,
up to the zip and pickle bytes torch itself writes. The safetensors files are written here byte by byte (8-byte
little-endian header length, the JSON header padded with spaces to a multiple of 8, then the raw little-endian
tensor bytes), since the safetensors package is not installed; see https://github.com/huggingface/safetensors.
"""

import collections
import json
import math
import os
import struct

import torch

HERE = os.path.dirname(os.path.abspath(__file__))


class Small(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = torch.nn.Conv2d(3, 4, 3)
        self.bn = torch.nn.BatchNorm2d(4)
        self.fc = torch.nn.Linear(5, 3)


def formula(count, a, b, scale):
    """count float32 values of scale * sin(a * i + b), i = 0 .. count - 1."""
    return torch.tensor([scale * math.sin(a * i + b) for i in range(count)], dtype=torch.float32)


def state_dict():
    sd = Small().state_dict()  # an OrderedDict with torch's _metadata attribute, as saved from real models
    sd["conv.weight"] = formula(108, 0.37, 0.1, 0.5).reshape(4, 3, 3, 3)
    sd["conv.bias"] = formula(4, 1.3, 0.2, 0.1)
    sd["bn.weight"] = 1.0 + formula(4, 0.7, 0.3, 0.05)
    sd["bn.bias"] = formula(4, 0.9, 0.4, 0.02)
    sd["bn.running_mean"] = formula(4, 0.5, 0.5, 0.3)
    sd["bn.running_var"] = 1.0 + formula(4, 0.6, 0.6, 0.25).abs()
    sd["bn.num_batches_tracked"] = torch.tensor(7, dtype=torch.int64)
    # Non-contiguous: a transpose, strides (1, 3) over a [5, 3] storage.
    sd["fc.weight"] = formula(15, 0.21, 0.7, 1.7).reshape(5, 3).t()
    # A view with a storage offset: elements 2 .. 4 of an 8-element storage.
    sd["fc.bias"] = formula(8, 1.1, 0.8, 0.4)[2:5]
    assert not sd["fc.weight"].is_contiguous()
    assert sd["fc.bias"].storage_offset() == 2
    return sd


def write_safetensors(path, sd, float_type):
    header = collections.OrderedDict()
    header["__metadata__"] = {"format": "pt", "made_by": "make_state_dicts.py"}
    blobs = []
    offset = 0
    for name, tensor in sd.items():
        if tensor.is_floating_point():
            tensor = tensor.to(float_type)
        tensor = tensor.contiguous()
        dtype = {torch.float32: "F32", torch.float16: "F16", torch.bfloat16: "BF16", torch.int64: "I64"}[tensor.dtype]
        # The bytes of integers of the same width, little endian (numpy has no bfloat16).
        bits, little_endian = {torch.float32: (torch.int32, "<i4"), torch.float16: (torch.int16, "<i2"),
                               torch.bfloat16: (torch.int16, "<i2"), torch.int64: (torch.int64, "<i8")}[tensor.dtype]
        blob = tensor.view(bits).numpy().astype(little_endian).tobytes()
        header[name] = {"dtype": dtype, "shape": list(tensor.shape), "data_offsets": [offset, offset + len(blob)]}
        blobs.append(blob)
        offset += len(blob)
    text = json.dumps(header, separators=(",", ":")).encode("utf-8")
    text += b" " * (-len(text) % 8)
    with open(path, "wb") as out:
        out.write(struct.pack("<Q", len(text)))
        out.write(text)
        for blob in blobs:
            out.write(blob)


def hex_values(tensor):
    return ",".join(float.hex(float(v)) for v in tensor.reshape(-1).tolist())


def main():
    sd = state_dict()
    torch.save(sd, os.path.join(HERE, "small.pth"))
    torch.save(sd, os.path.join(HERE, "small-p4.pth"), pickle_protocol=4)
    torch.save(sd, os.path.join(HERE, "small-legacy.pth"), _use_new_zipfile_serialization=False)
    torch.save({"epoch": 3, "state_dict": sd, "best": 0.5}, os.path.join(HERE, "small-checkpoint.pth"))
    for suffix, float_type in (("f32", torch.float32), ("f16", torch.float16), ("bf16", torch.bfloat16)):
        write_safetensors(os.path.join(HERE, "small-%s.safetensors" % suffix), sd, float_type)
    with open(os.path.join(HERE, "small-expected.tsv"), "w") as out:
        out.write("# name\tshape\tf32 (float.hex, row-major)\tf16 as float32\tbf16 as float32\n")
        for name, tensor in sd.items():
            shape = "[" + ",".join(str(d) for d in tensor.shape) + "]"
            if tensor.is_floating_point():
                columns = [hex_values(tensor), hex_values(tensor.half().float()), hex_values(tensor.bfloat16().float())]
            else:
                columns = [hex_values(tensor.float())] * 3
            out.write("\t".join([name, shape] + columns) + "\n")


if __name__ == "__main__":
    main()
