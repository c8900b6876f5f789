package dev.tifa.text;

import dev.tifa.model.CleaningProfile;
import dev.tifa.text.clean.FullWidthFolding;
import dev.tifa.text.clean.InvisibleCharRemoval;
import dev.tifa.text.clean.LineBreakRepair;
import dev.tifa.text.clean.SpaceFolding;
import dev.tifa.text.clean.TraditionalOnlyFolding;
import dev.tifa.text.clean.TraditionalToSimplified;
import dev.tifa.text.clean.WikisourceFooterRemoval;

import java.util.ArrayList;
import java.util.List;

/**
 * The cleaning chain for one kind of source. The original text is never changed: the result carries a map back to it.
 *
 * <p>After cleaning, paragraphs are separated by exactly one blank line ({@code "\n\n"}) and contain no line breaks.
 */
public final class Cleaner {
    private final List<CleaningStage> stages;

    private Cleaner(List<CleaningStage> stages) {
        this.stages = List.copyOf(stages);
    }

    /** The chain for a source of the given profile; {@code simplify} adds traditional→simplified conversion. */
    public static Cleaner forSpec(dev.tifa.model.CleaningSpec spec) {
        return forProfile(spec.profile(), spec.simplify());
    }

    public static Cleaner forProfile(CleaningProfile profile, boolean simplify) {
        List<CleaningStage> s = new ArrayList<>();
        s.add(new InvisibleCharRemoval());
        if (profile == CleaningProfile.WIKISOURCE) s.add(new WikisourceFooterRemoval());
        s.add(new FullWidthFolding());
        s.add(new LineBreakRepair(profile != CleaningProfile.PLAIN));
        s.add(new SpaceFolding());
        s.add(simplify ? new TraditionalToSimplified() : new TraditionalOnlyFolding());
        return new Cleaner(s);
    }

    public static Cleaner of(CleaningStage... stages) {
        return new Cleaner(List.of(stages));
    }

    public CleanText clean(String original) {
        CleanText t = CleanText.identity(original);
        for (CleaningStage stage : stages) t = stage.apply(t);
        return t;
    }
}
