package dev.tifa.model;

/**
 * A stored document without its texts: what lists, filters, pages and counts need. Texts are loaded only where
 * passages or matching need them.
 *
 * @param id   the store's number for it
 * @param key  its readable handle
 * @param meta metadata
 * @param size its length in the unit of its language (the rate denominator), see {@link TextSize}
 */
public record DocumentInfo(long id, String key, DocumentMeta meta, int size) {
    /**
     * The one chronological order (as {@code Trend.CHRONOLOGICAL} and the store's lists): day, undated last, Chinese
     * before English, then key (for news: the running order of the day), then id.
     */
    public static final java.util.Comparator<DocumentInfo> CHRONOLOGICAL = java.util.Comparator
            .comparing((DocumentInfo d) -> d.meta().sortDate(), java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()))
            .thenComparing(d -> d.meta().language())
            .thenComparing(DocumentInfo::key)
            .thenComparingLong(DocumentInfo::id);

    public String label() {
        return key + " (" + meta.title() + ")";
    }

    /** The running order of a news item in its programme (1 = lead item), or null. */
    public Integer runningOrder() {
        return runningOrder(meta);
    }

    public static Integer runningOrder(DocumentMeta meta) {
        String n = meta.attributes().get("num");
        if (n == null) return null;
        try {
            return Integer.valueOf(n.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
