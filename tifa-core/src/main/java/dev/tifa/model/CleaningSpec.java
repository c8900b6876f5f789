package dev.tifa.model;

/**
 * How a document's clean text was made: its profile, and whether traditional characters were simplified.
 * Stored with the document so that clean positions can always be mapped back to the original.
 */
public record CleaningSpec(CleaningProfile profile, boolean simplify) {
    public String code() {
        return profile.name().toLowerCase(java.util.Locale.ROOT) + (simplify ? "+t2s" : "");
    }

    public static CleaningSpec parse(String code) {
        boolean t2s = code.endsWith("+t2s");
        String p = t2s ? code.substring(0, code.length() - 4) : code;
        return new CleaningSpec(CleaningProfile.valueOf(p.toUpperCase(java.util.Locale.ROOT)), t2s);
    }
}
