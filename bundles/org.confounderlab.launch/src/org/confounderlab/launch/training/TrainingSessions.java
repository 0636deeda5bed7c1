package org.confounderlab.launch.training;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.core.runtime.ILog;

/** The training launches this IDE is following, and who wants to hear about them (e.g. the live run view). */
public final class TrainingSessions {

    /** Told about sessions, on the session's job thread: never block, never touch widgets directly. */
    public interface Listener {

        /** A training launch has started; its run folder is not known yet. */
        default void started(TrainingSession session) {
        }

        /** The trainer reported {@code event}. */
        default void changed(TrainingSession session, TrainingEvent event) {
        }

        /** The trainer's process has ended and its run has been read. */
        default void ended(TrainingSession session) {
        }
    }

    private static final List<Listener> LISTENERS = new CopyOnWriteArrayList<>();
    private static final List<TrainingSession> ACTIVE = new CopyOnWriteArrayList<>();

    private TrainingSessions() {
    }

    public static void addListener(Listener listener) {
        LISTENERS.add(listener);
    }

    public static void removeListener(Listener listener) {
        LISTENERS.remove(listener);
    }

    /** Sessions whose process has not ended yet, oldest first. */
    public static List<TrainingSession> active() {
        return List.copyOf(ACTIVE);
    }

    static void started(TrainingSession session) {
        ACTIVE.add(session);
        tell(l -> l.started(session));
    }

    static void changed(TrainingSession session, TrainingEvent event) {
        tell(l -> l.changed(session, event));
    }

    static void ended(TrainingSession session) {
        ACTIVE.remove(session);
        tell(l -> l.ended(session));
    }

    /** A listener that fails is logged; the session and the other listeners go on. */
    private static void tell(Consumer<Listener> message) {
        for (Listener listener : LISTENERS) {
            try {
                message.accept(listener);
            } catch (RuntimeException e) {
                ILog.of(TrainingSessions.class).error("A training session listener failed", e);
            }
        }
    }
}
