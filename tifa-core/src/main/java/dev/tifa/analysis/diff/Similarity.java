package dev.tifa.analysis.diff;

import java.util.Arrays;

/**
 * Character-bigram Dice similarity: 2|X∩Y| / (|X|+|Y|) over the sets of adjacent character pairs. It works alike for
 * Chinese and English, needs no segmentation, and is cheap: each passage's bigrams are computed once as a sorted array.
 */
final class Similarity {
    private Similarity() {
    }

    /** The sorted distinct bigrams of a (white-space-free) key; a one-character key is its own single "bigram". */
    static int[] bigrams(String key) {
        if (key.isEmpty()) return new int[0];
        if (key.length() == 1) return new int[]{key.charAt(0)};
        int[] b = new int[key.length() - 1];
        for (int i = 0; i + 1 < key.length(); i++) b[i] = (key.charAt(i) << 16) | key.charAt(i + 1);
        Arrays.sort(b);
        int n = 0;
        for (int i = 0; i < b.length; i++) if (n == 0 || b[n - 1] != b[i]) b[n++] = b[i];
        return Arrays.copyOf(b, n);
    }

    static int common(int[] x, int[] y) {
        int i = 0, j = 0, c = 0;
        while (i < x.length && j < y.length) {
            if (x[i] == y[j]) {
                c++;
                i++;
                j++;
            } else if (x[i] < y[j]) i++;
            else j++;
        }
        return c;
    }

    static double dice(int[] x, int[] y) {
        if (x.length + y.length == 0) return 1;
        return 2.0 * common(x, y) / (x.length + y.length);
    }

    /** Share of x's bigrams that are also in y: how much of a part is contained in a whole. */
    static double containment(int[] x, int[] y) {
        return x.length == 0 ? 0 : common(x, y) / (double) x.length;
    }

    static int[] union(int[] x, int[] y) {
        int[] u = new int[x.length + y.length];
        int i = 0, j = 0, n = 0;
        while (i < x.length || j < y.length) {
            int v;
            if (j >= y.length || (i < x.length && x[i] < y[j])) v = x[i++];
            else if (i >= x.length || y[j] < x[i]) v = y[j++];
            else {
                v = x[i++];
                j++;
            }
            u[n++] = v;
        }
        return Arrays.copyOf(u, n);
    }
}
