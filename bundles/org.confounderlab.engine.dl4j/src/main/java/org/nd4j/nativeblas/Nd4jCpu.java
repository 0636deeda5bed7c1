package org.nd4j.nativeblas;

/**
 * A compatibility shim for a defect in Deeplearning4j 1.0.0-M2.1, not part of ND4J: DL4J's
 * {@code BaseMKLDNNHelper.mklDnnEnabled()} looks up {@code org.nd4j.nativeblas.Nd4jCpu$Environment} by name to ask
 * whether oneDNN is on, but M2.1 moved that class to {@code org.nd4j.linalg.cpu.nativecpu.bindings.Nd4jCpu} and
 * renamed {@code isUseMKLDNN} to {@code isUseONEDNN}. The lookup fails, so every layer falls back to DL4J's own
 * im2col convolution, about 13 times slower on the small CNN here (bench/results.md). This class answers the old
 * name by asking the new one. See {@code org.confounderlab.engine.dl4j.OneDnnHelpers}.
 */
public final class Nd4jCpu {

    private Nd4jCpu() {
    }

    /** The old name of ND4J's native environment, answering the one question DL4J asks it. */
    public static final class Environment {

        private static final Environment INSTANCE = new Environment();

        private Environment() {
        }

        /** The one instance, as the native class has. */
        public static Environment getInstance() {
            return INSTANCE;
        }

        /** Whether ND4J's native library uses oneDNN (the old name of {@code isUseONEDNN}). */
        public boolean isUseMKLDNN() {
            return org.nd4j.linalg.cpu.nativecpu.bindings.Nd4jCpu.Environment.getInstance().isUseONEDNN();
        }
    }
}
