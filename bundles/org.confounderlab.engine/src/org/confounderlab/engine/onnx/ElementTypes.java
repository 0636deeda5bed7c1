package org.confounderlab.engine.onnx;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The element type of a graph value, for declaring it an output: the type the file gives it (value_info, graph
 * inputs and outputs, initializers), else that of the first input of the node producing it when that node's
 * operator keeps its input's type (Conv, Relu, Gemm, ...), else FLOAT.
 */
final class ElementTypes {

    private static final Set<String> TYPE_KEEPING = Set.of("Conv", "Relu", "LeakyRelu", "Clip", "Sigmoid", "Softmax",
            "Tanh", "HardSigmoid", "HardSwish", "Add", "Sub", "Mul", "Div", "Concat", "BatchNormalization", "MaxPool",
            "AveragePool", "GlobalAveragePool", "GlobalMaxPool", "ReduceMean", "Flatten", "Reshape", "Squeeze",
            "Unsqueeze", "Transpose", "Gemm", "MatMul", "Identity", "Dropout", "Pad", "Resize");

    private final Map<String, Integer> known = new HashMap<>();

    private final Map<String, OnnxNode> producers = new HashMap<>();

    ElementTypes(DecodedModel model, List<OnnxValue> typedValues) {
        for (OnnxValue value : typedValues) {
            if (value.elementType() != OnnxElementType.UNDEFINED) {
                known.putIfAbsent(value.name(), value.elementType());
            }
        }
        model.initializers().values().forEach(tensor -> known.putIfAbsent(tensor.name(), tensor.dataType()));
        for (OnnxNode node : model.nodes()) {
            node.outputs().forEach(output -> producers.putIfAbsent(output, node));
        }
    }

    /** The element type of the value {@code name}. */
    int of(String name) {
        String current = name;
        for (int steps = 0; steps <= producers.size(); steps++) {
            Integer type = known.get(current);
            if (type != null) {
                return type;
            }
            OnnxNode producer = producers.get(current);
            if (producer == null || !TYPE_KEEPING.contains(producer.opType()) || producer.input(0).isEmpty()) {
                break;
            }
            current = producer.input(0);
        }
        return OnnxElementType.FLOAT;
    }
}
