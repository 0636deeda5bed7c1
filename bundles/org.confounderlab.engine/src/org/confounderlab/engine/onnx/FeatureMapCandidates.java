package org.confounderlab.engine.onnx;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The values that may be 4-D feature maps for Grad-CAM: the outputs of Conv, Relu, Add, Concat, BatchNormalization
 * and MaxPool nodes, in graph order, less those the file shows to be of another rank, and less those computed only
 * from pooled or flattened values and constants, as the Add of a MatMul's bias. Pooled are the outputs of
 * GlobalAveragePool, GlobalMaxPool, ReduceMean, Flatten, Reshape, Squeeze, Gemm and MatMul, and what is computed
 * from them and constants alone; constants are initializers and the outputs of Constant nodes (and of Identity
 * nodes of constants).
 */
final class FeatureMapCandidates {

    private static final Set<String> MAP_OPERATORS = Set.of("Conv", "Relu", "Add", "Concat", "BatchNormalization",
            "MaxPool");

    private static final Set<String> POOLING_OPERATORS = Set.of("GlobalAveragePool", "GlobalMaxPool", "ReduceMean",
            "Flatten", "Reshape", "Squeeze", "Gemm", "MatMul");

    private FeatureMapCandidates() {
    }

    /** The candidates among {@code nodes}' outputs; {@code ranks} holds the rank of the values the file shapes. */
    static List<String> of(List<OnnxNode> nodes, Map<String, StoredTensor> initializers, Map<String, Integer> ranks) {
        Set<String> pooled = new HashSet<>();
        Set<String> constants = new HashSet<>(initializers.keySet());
        List<String> candidates = new ArrayList<>();
        for (OnnxNode node : nodes) {
            if (node.opType().equals("Constant")
                    || (node.opType().equals("Identity") && constants.contains(node.input(0)))) {
                constants.addAll(node.outputs());
                continue;
            }
            boolean fromPooled = POOLING_OPERATORS.contains(node.opType()) || readsOnlyPooled(node, pooled,
                    constants);
            if (fromPooled) {
                pooled.addAll(node.outputs());
            }
            if (!MAP_OPERATORS.contains(node.opType()) || fromPooled) {
                continue;
            }
            for (String output : node.outputs()) {
                Integer rank = ranks.get(output);
                if (!output.isEmpty() && (rank == null || rank == 4)) {
                    candidates.add(output);
                }
            }
        }
        return candidates;
    }

    /** Whether every input of {@code node} that is not a constant is pooled (and there is one). */
    private static boolean readsOnlyPooled(OnnxNode node, Set<String> pooled, Set<String> constants) {
        boolean any = false;
        for (String input : node.inputs()) {
            if (input.isEmpty() || constants.contains(input)) {
                continue;
            }
            if (!pooled.contains(input)) {
                return false;
            }
            any = true;
        }
        return any;
    }
}
