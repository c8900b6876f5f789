package dev.tifa.analysis.pattern;

/**
 * A text that counts how often the regex engine reads it and stops the match when a budget is spent: the defence
 * against catastrophic backtracking. java.util.regex reads its input only through {@link #charAt}, so the count is
 * the engine's work; an ordinary pattern reads each character a few times, a runaway one exponentially often.
 */
final class BudgetedText implements CharSequence {
    private final String text;
    private final int offset;
    private final int length;
    private final Counter counter;

    static final class Counter {
        final long budget;
        final String pattern;
        long steps;

        Counter(long budget, String pattern) {
            this.budget = budget;
            this.pattern = pattern;
        }
    }

    BudgetedText(String text, long budget, String pattern) {
        this(text, 0, text.length(), new Counter(budget, pattern));
    }

    private BudgetedText(String text, int offset, int length, Counter counter) {
        this.text = text;
        this.offset = offset;
        this.length = length;
        this.counter = counter;
    }

    @Override
    public char charAt(int index) {
        if (++counter.steps > counter.budget) throw new PatternTooSlow(counter.pattern, counter.steps);
        return text.charAt(offset + index);
    }

    @Override
    public int length() {
        return length;
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return new BudgetedText(text, offset + start, end - start, counter);
    }

    @Override
    public String toString() {
        return text.substring(offset, offset + length);
    }
}
