package org.confounderlab.engine.dl4j;

import org.deeplearning4j.nn.layers.mkldnn.BaseMKLDNNHelper;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Lets Deeplearning4j's layers run on oneDNN on the CPU backend. DL4J 1.0.0-M2.1 ships its oneDNN layer helpers
 * (convolution, pooling, batch normalisation) switched off twice over: the system property
 * {@value #DISABLE_PROPERTY} defaults to {@code true}, and the check whether oneDNN is on looks up a class by a
 * name M2.1 no longer has (answered by the shim {@link org.nd4j.nativeblas.Nd4jCpu}). Without the helpers every
 * convolution goes through DL4J's Java-side im2col. Networks take the helpers when their layers are created, so
 * {@link #enable()} runs before any network is built or restored. Setting the property to {@code true} on the
 * command line keeps DL4J's own implementation (the helpers are checked against it in OneDnnHelpersTest).
 */
public final class OneDnnHelpers {

    /** DL4J's switch: {@code true} (its default) creates no layer helpers. */
    public static final String DISABLE_PROPERTY = "org.eclipse.deeplearning4j.helpers.disable";

    static {
        if (System.getProperty(DISABLE_PROPERTY) == null && isCpuBackend()) {
            System.setProperty(DISABLE_PROPERTY, "false");
        }
    }

    private OneDnnHelpers() {
    }

    /** Turns the helpers on for networks built from now on, unless the property was set explicitly. */
    /** The system property that chooses DL4J's layer cache mode (NONE, HOST or DEVICE), for benchmarking. */
    public static final String CACHE_MODE_PROPERTY = "confounderlab.dl4j.cacheMode";

    /**
     * The cache mode a network is built with: {@code preferred} unless {@value #CACHE_MODE_PROPERTY} names another
     * (NONE, HOST or DEVICE). The small CNN prefers DEVICE, which keeps each convolution's forward result for its
     * backward pass instead of computing it again (+12 % alone, +19 % with the input convolution, A/B in
     * bench/findings.md); the graphs keep NONE, where it measured no gain and would hold DenseNet's activations longer.
     */
    public static org.deeplearning4j.nn.conf.CacheMode cacheMode(org.deeplearning4j.nn.conf.CacheMode preferred) {
        String chosen = System.getProperty(CACHE_MODE_PROPERTY);
        return chosen == null ? preferred : org.deeplearning4j.nn.conf.CacheMode.valueOf(chosen.toUpperCase(
                java.util.Locale.ROOT));
    }

    public static void enable() {
        // the static initialiser does the work once
    }

    /** Whether networks built now get oneDNN helpers. */
    public static boolean active() {
        return isCpuBackend() && !Boolean.parseBoolean(System.getProperty(DISABLE_PROPERTY, "true"))
                && BaseMKLDNNHelper.mklDnnEnabled();
    }

    private static boolean isCpuBackend() {
        return "CPU".equalsIgnoreCase(Nd4j.getExecutioner().getEnvironmentInformation().getProperty("backend"));
    }
}
