package org.confounderlab.engine.weights;

/**
 * A tensor as {@code torch._utils._rebuild_tensor_v2} describes it: a view of a storage, from element
 * {@code offset}, with {@code size} and {@code stride} (in elements) per dimension. Not yet read.
 */
record PickledTensor(TorchStorage storage, long offset, long[] size, long[] stride) {
}
