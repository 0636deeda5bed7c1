package org.confounderlab.ui.views;

import java.nio.file.Path;
import java.util.function.BiConsumer;

import org.confounderlab.model.run.Run;
import org.eclipse.core.runtime.ListenerList;

/**
 * The run the Run view shows, for views that follow it (the saliency viewer). Calls come on the UI thread.
 */
public final class ShownRun {

    private static final ListenerList<BiConsumer<Path, Run>> LISTENERS = new ListenerList<>();
    private static Path file;
    private static Run run;

    private ShownRun() {
    }

    /** Records {@code shown} (read from {@code runFile}) and tells the listeners. */
    static void set(Path runFile, Run shown) {
        file = runFile;
        run = shown;
        for (BiConsumer<Path, Run> listener : LISTENERS) {
            listener.accept(runFile, shown);
        }
    }

    /** The run file shown, or {@code null}. */
    public static Path file() {
        return file;
    }

    /** The run shown, or {@code null}. */
    public static Run run() {
        return run;
    }

    static void addListener(BiConsumer<Path, Run> listener) {
        LISTENERS.add(listener);
    }

    static void removeListener(BiConsumer<Path, Run> listener) {
        LISTENERS.remove(listener);
    }
}
