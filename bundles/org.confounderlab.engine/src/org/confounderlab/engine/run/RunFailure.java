package org.confounderlab.engine.run;

import java.util.Locale;

/**
 * Why a run failed, in words a user can act on: what ran out, how big the request was when known, and which setting
 * to change, instead of a bare exception name or stack trace.
 */
final class RunFailure {

    private RunFailure() {
    }

    /** The run's error message for {@code failure}. */
    static String describe(Throwable failure) {
        OutOfMemoryError memory = outOfMemory(failure);
        if (memory != null) {
            return outOfMemory(memory);
        }
        if (failure instanceof StackOverflowError) {
            return "The engine ran out of stack space (a StackOverflowError): the network may be too deep for the "
                    + "default thread stack; start the engine with a larger -Xss.";
        }
        String message = failure.getMessage();
        if (message == null || message.isBlank()) {
            return failure.getClass().getSimpleName() + (failure.getCause() != null ? " caused by " + failure
                    .getCause() : "") + " (an unexpected error; the engine log has the stack trace)";
        }
        return message;
    }

    private static OutOfMemoryError outOfMemory(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof OutOfMemoryError memory) {
                return memory;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }

    private static String outOfMemory(OutOfMemoryError error) {
        String detail = error.getMessage() == null ? "" : error.getMessage();
        String request = "";
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().startsWith("while ")) {
                request = " " + t.getMessage();
                break;
            }
        }
        boolean offHeap = detail.contains("Physical bytes") || detail.contains("Cannot allocate")
                || detail.contains("maxPhysicalBytes") || detail.contains("Direct buffer memory");
        if (offHeap) {
            return String.format(Locale.ROOT, "The engine ran out of native (off-heap) memory%s: %s. ND4J keeps "
                    + "network activations and gradients outside the Java heap; lower the batch size or the input "
                    + "size, or raise the off-heap limit (the launch configuration's ND4J off-heap limit, or "
                    + "-Dorg.bytedeco.javacpp.maxbytes).", request, detail);
        }
        long heap = Runtime.getRuntime().maxMemory();
        return String.format(Locale.ROOT, "The engine ran out of Java heap (%s, its maximum is %.0f MB)%s. Lower the "
                + "batch size or the input size, or give the engine more heap: CONFOUNDERLAB_ENGINE_HEAP (for example "
                + "CONFOUNDERLAB_ENGINE_HEAP=8g) on the command line, or the Heap field of the launch configuration's "
                + "JVM tab in the IDE.", detail.isEmpty() ? "OutOfMemoryError" : detail, heap / 1048576.0, request);
    }
}
