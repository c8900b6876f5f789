package dev.tifa.ingest;

import dev.tifa.model.CleaningProfile;
import dev.tifa.model.Kind;
import dev.tifa.model.Language;
import dev.tifa.model.RawDocument;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Aligned Chinese–English sentence pairs ({@code .tsv} with header {@code pair_id source_line zh en}), as in the
 * shared gwr-zh-en corpus. Yields one document per side asked for (the {@code tsv-side} switch, else the side
 * {@code --lang} names, else English), one pair per paragraph.
 * Both sides carry {@code edition=aligned-pairs}: they hold only the pairs the aligner kept, so they must never be
 * mistaken for the full text of the report.
 */
final class AlignedPairsReader implements DocumentReader {
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(19\\d{2}|20\\d{2})(?!\\d)");

    @Override
    public boolean accepts(Path file) {
        return Locations.extension(file).equals(".tsv");
    }

    @Override
    public void read(Path file, ImportOptions options, Consumer<SourceItem> sink) throws IOException {
        try {
            List<Language> sides = sides(options.attribute(ImportOptions.TSV_SIDE), options.language());
            // each side's language is a fact of the file: --lang only chose the side
            ImportOptions rest = new ImportOptions(options.series(), options.kind(), null, options.title(), options.date(),
                    options.attributes());
            String text = TextBytes.decodeFile(Files.readAllBytes(file));
            List<AlignedPairsFile.Row> pairs = AlignedPairsFile.rows(text, bad -> sink.accept(SourceItem.problem(file, bad)));
            for (Language side : sides) sink.accept(SourceItem.of(file.toString(), document(file, pairs, side, rest)));
        } catch (BadInput e) {
            sink.accept(SourceItem.problem(file, e));
        }
    }

    private static RawDocument document(Path file, List<AlignedPairsFile.Row> pairs, Language side, ImportOptions options) {
        StringBuilder text = new StringBuilder();
        int kept = 0;
        for (AlignedPairsFile.Row pair : pairs) {
            String sentence = (side == Language.ZH ? pair.zh() : pair.en()).strip();
            if (sentence.isEmpty()) continue;
            if (kept++ > 0) text.append("\n\n");
            text.append(sentence);
        }
        MetaDraft draft = new MetaDraft();
        draft.year = year(file);
        draft.language = side;
        draft.kind = Kind.OFFICIAL;
        draft.source = file.toString();
        draft.attribute("edition", "aligned-pairs");
        boolean workReport = file.getFileName().toString().toLowerCase(Locale.ROOT).contains("government_work_report");
        String name = workReport ? "Government Work Report" + (draft.year == null ? "" : " " + draft.year) : Locations.stem(file);
        if (workReport) draft.series = KnownSeries.GOV_WORK_REPORT;
        if (side == Language.EN) {
            draft.title = name + (workReport ? " (English, Xinhua, aligned pairs)" : " (English, aligned pairs)");
            if (workReport) draft.attribute("translation", "Xinhua (official)");
        } else {
            draft.title = name + " (Chinese, aligned pairs)";
        }
        draft.attribute("coverage", kept + " aligned sentence pairs; pairs flagged by the aligner were dropped"
                + (workReport ? " (about 90% of the report)" : "") + ", so this is not the full text");
        return new RawDocument(draft.build(options, text.toString(), name), text.toString(), CleaningProfile.PLAIN);
    }

    private static Integer year(Path file) {
        Matcher m = YEAR.matcher(file.getFileName().toString());
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    /** The side(s) asked for: {@code tsv-side}, else the one {@code --lang} names, else English. */
    private static List<Language> sides(String option, Language language) throws BadInput {
        if (option == null || option.isBlank()) return List.of(language != null ? language : Language.EN);
        List<Language> sides = switch (option.strip().toLowerCase(Locale.ROOT)) {
            case "en" -> List.of(Language.EN);
            case "zh" -> List.of(Language.ZH);
            case "both" -> List.of(Language.ZH, Language.EN);
            default -> throw new BadInput(ImportOptions.TSV_SIDE + " must be zh, en or both, found '" + option + "'");
        };
        if (language != null && !sides.equals(List.of(language))) {
            throw new BadInput("--lang " + language.code() + " contradicts " + ImportOptions.TSV_SIDE + "=" + option.strip()
                    + ": give one of them");
        }
        return sides;
    }
}
