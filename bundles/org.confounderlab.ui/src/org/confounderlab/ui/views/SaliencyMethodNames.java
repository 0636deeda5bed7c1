package org.confounderlab.ui.views;

import org.confounderlab.model.run.SaliencyMethod;

/** Saliency methods as papers write them. */
final class SaliencyMethodNames {

    private SaliencyMethodNames() {
    }

    static String of(SaliencyMethod method) {
        return switch (method) {
            case GRAD_CAM -> "Grad-CAM";
            case OCCLUSION -> "Occlusion";
        };
    }
}
