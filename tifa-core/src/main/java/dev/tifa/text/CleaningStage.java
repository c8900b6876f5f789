package dev.tifa.text;

/** One step of cleaning, with one job; stages compose like Lucene's token filters. */
@FunctionalInterface
public interface CleaningStage {
    CleanText apply(CleanText input);
}
