package org.confounderlab.engine.onnx;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What {@link OnnxModelDecoder} read from a {@code ModelProto}, before any interpretation.
 *
 * @param irVersion {@code ir_version}
 * @param opsets {@code opset_import}: the version imported per domain ({@code ""} for the default one), file order
 * @param producer {@code producer_name} and {@code producer_version}, separated by a space; empty when neither
 * @param nodes the graph's nodes in file order
 * @param initializers the graph's initializers by name, in file order
 * @param graphInputs the graph's inputs, initializers listed as inputs included
 * @param graphOutputs the graph's outputs
 * @param valueInfos the graph's value_info entries by name
 * @param shaped the names of the inputs, outputs and value_info entries whose shape the file gives
 */
record DecodedModel(long irVersion, Map<String, Long> opsets, String producer, List<OnnxNode> nodes,
        Map<String, StoredTensor> initializers, List<OnnxValue> graphInputs, List<OnnxValue> graphOutputs,
        Map<String, OnnxValue> valueInfos, Set<String> shaped) {
}
