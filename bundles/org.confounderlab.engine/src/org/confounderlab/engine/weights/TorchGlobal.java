package org.confounderlab.engine.weights;

/**
 * The callables a torch.save state-dict pickle may name and the {@link RestrictedUnpickler} applies, in the spirit of
 * {@code torch.load(weights_only=True)}. Storage types and dtypes are not callables: see
 * {@link ElementType#ofTorchGlobal(String)}.
 */
enum TorchGlobal {

    /** {@code collections.OrderedDict}, the type of every state dict. */
    ORDERED_DICT("collections", "OrderedDict"),

    /** {@code torch._utils._rebuild_tensor_v2(storage, offset, size, stride, requires_grad, hooks[, metadata])}. */
    REBUILD_TENSOR_V2("torch._utils", "_rebuild_tensor_v2"),

    /** {@code torch._utils._rebuild_parameter(data, requires_grad, hooks)}: a parameter, read as its data. */
    REBUILD_PARAMETER("torch._utils", "_rebuild_parameter"),

    /** {@code torch._utils._rebuild_parameter_with_state(data, requires_grad, hooks, state)}: the state is ignored. */
    REBUILD_PARAMETER_WITH_STATE("torch._utils", "_rebuild_parameter_with_state");

    private final String module;

    private final String name;

    TorchGlobal(String module, String name) {
        this.module = module;
        this.name = name;
    }

    /** The global {@code module.name}; null when it is not one of these. */
    static TorchGlobal of(String module, String name) {
        for (TorchGlobal global : values()) {
            if (global.module.equals(module) && global.name.equals(name)) {
                return global;
            }
        }
        return null;
    }

    /** The global as Python names it, e.g. {@code collections.OrderedDict}. */
    @Override
    public String toString() {
        return module + "." + name;
    }
}
