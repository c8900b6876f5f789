package dev.tifa.text.match;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Regular plural forms of an English phrase's last word ("supply chain" → "supply chains"), so that a count of
 * a formulation does not depend on the grammatical number a translator chose. Irregular plurals are not guessed.
 */
final class EnglishInflections {
    private EnglishInflections() {
    }

    static Set<String> of(String phrase) {
        Set<String> out = new LinkedHashSet<>();
        out.add(phrase);
        int cut = phrase.lastIndexOf(' ') + 1;
        String head = phrase.substring(0, cut);
        String last = phrase.substring(cut);
        if (last.length() < 3 || !last.chars().allMatch(Character::isLetter)) return out;
        if (last.endsWith("s") || last.endsWith("x") || last.endsWith("z") || last.endsWith("ch") || last.endsWith("sh")) {
            if (!last.endsWith("ss") && last.endsWith("s")) return out; // already plural-looking: leave it
            out.add(head + last + "es");
        } else if (last.endsWith("y") && "aeiou".indexOf(last.charAt(last.length() - 2)) < 0) {
            out.add(head + last.substring(0, last.length() - 1) + "ies");
        } else {
            out.add(head + last + "s");
        }
        return out;
    }
}
