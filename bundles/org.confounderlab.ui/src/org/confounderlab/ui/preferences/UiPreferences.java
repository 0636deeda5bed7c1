package org.confounderlab.ui.preferences;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

/** The user's Confounder Lab workbench preferences (Window > Preferences > Confounder Lab), by key. */
public final class UiPreferences {

    /** The preferences' node: this bundle's id. */
    public static final String NODE = "org.confounderlab.ui";
    /** Whether the Run view comes up by itself when a training launch starts. */
    public static final String OPEN_RUN_VIEW_ON_TRAINING = "openRunViewOnTraining";
    /** The Runs view expands every experiment when the workspace has at most this many runs. */
    public static final String EXPAND_RUNS_UP_TO = "expandRunsUpTo";
    /** The saliency viewer's overlay opacity, in percent, when it opens. */
    public static final String SALIENCY_OPACITY = "saliencyOpacity";
    /** The saliency viewer draws region boxes when it opens. */
    public static final String SALIENCY_BOXES = "saliencyBoxes";

    private static IPreferenceStore store;

    private UiPreferences() {
    }

    /** The store, with its defaults set. */
    public static synchronized IPreferenceStore store() {
        if (store == null) {
            store = new ScopedPreferenceStore(InstanceScope.INSTANCE, NODE);
            store.setDefault(OPEN_RUN_VIEW_ON_TRAINING, true);
            store.setDefault(EXPAND_RUNS_UP_TO, 200);
            store.setDefault(SALIENCY_OPACITY, 60);
            store.setDefault(SALIENCY_BOXES, true);
        }
        return store;
    }

    public static boolean openRunViewOnTraining() {
        return store().getBoolean(OPEN_RUN_VIEW_ON_TRAINING);
    }

    public static int expandRunsUpTo() {
        return Math.max(0, store().getInt(EXPAND_RUNS_UP_TO));
    }

    public static int saliencyOpacity() {
        return Math.max(0, Math.min(100, store().getInt(SALIENCY_OPACITY)));
    }

    public static boolean saliencyBoxes() {
        return store().getBoolean(SALIENCY_BOXES);
    }
}
