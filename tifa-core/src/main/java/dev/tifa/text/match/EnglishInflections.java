package dev.tifa.text.match;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Regular plural forms of an English phrase's last word ("supply chain" → "supply chains"), so that a count of
 * a formulation does not depend on the grammatical number a translator chose. Irregular plurals are not guessed,
 * and neither are lexicalised plurals, words of their own that only look like a plural: "news media" is not *new*
 * media, "securities regulators" not *security*, "goods" not *good* ({@link #LEXICALISED}).
 */
final class EnglishInflections {
    /** Plural-looking words with a meaning of their own: never produced as the plural of a form's last word. */
    static final Set<String> LEXICALISED = Set.of(
            "news", "goods", "securities", "economics", "politics", "physics", "mathematics", "statistics", "ethics",
            "arms", "means", "works", "customs", "savings", "earnings", "proceeds", "premises", "quarters", "grounds",
            "spirits", "damages", "manners", "remains", "glasses", "odds", "outskirts", "surroundings", "headquarters",
            "humanities", "logistics", "lodgings");

    private EnglishInflections() {
    }

    /** The phrase (lower case, as the match view has it) and its plural variants. */
    static Set<String> of(String phrase) {
        Set<String> out = new LinkedHashSet<>();
        out.add(phrase);
        int cut = phrase.lastIndexOf(' ') + 1;
        String head = phrase.substring(0, cut);
        String last = phrase.substring(cut);
        if (last.length() < 3 || !last.chars().allMatch(Character::isLetter)) return out;
        if (last.endsWith("s") || last.endsWith("x") || last.endsWith("z") || last.endsWith("ch") || last.endsWith("sh")) {
            if (!last.endsWith("ss") && last.endsWith("s")) return out; // already plural-looking: leave it
            addPlural(out, head, last + "es");
        } else if (last.endsWith("y") && "aeiou".indexOf(last.charAt(last.length() - 2)) < 0) {
            addPlural(out, head, last.substring(0, last.length() - 1) + "ies");
        } else {
            addPlural(out, head, last + "s");
        }
        return out;
    }

    private static void addPlural(Set<String> out, String head, String plural) {
        if (!LEXICALISED.contains(plural)) out.add(head + plural);
    }
}
