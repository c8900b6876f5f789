package dev.tifa.analysis;

/**
 * Asked now and then by long work (a walk over many documents): should it stop? A web request answers "yes" once
 * its client has gone or its time is up; the command line never stops ({@link #NEVER}). Work that is told to stop
 * throws {@link Cancelled} from {@link #check()} and leaves nothing half-done behind (it only reads).
 */
@FunctionalInterface
public interface Cancellation {
    /** Work that runs to its end. */
    Cancellation NEVER = () -> null;

    /** Why the work should stop now, or null to go on. */
    String reason();

    /** Throws {@link Cancelled} when the work should stop. */
    default void check() {
        String why = reason();
        if (why != null) throw new Cancelled(why);
    }

    /** Thrown by {@link #check()}: the work stopped before its end, for the reason given. */
    final class Cancelled extends RuntimeException {
        public Cancelled(String reason) {
            super(reason, null, false, false);
        }
    }
}
