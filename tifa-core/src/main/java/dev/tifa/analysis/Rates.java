package dev.tifa.analysis;

/** Rates are per 10,000 units (characters for Chinese, words for English), the usual scale of 提法 studies. */
public final class Rates {
    public static final int PER = 10_000;

    private Rates() {
    }

    public static double per10k(int count, int size) {
        return size == 0 ? 0 : count * (double) PER / size;
    }
}
