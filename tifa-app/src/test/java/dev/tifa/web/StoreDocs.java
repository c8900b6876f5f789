package dev.tifa.web;

import dev.tifa.app.ImportService;
import dev.tifa.model.CleaningProfile;
import dev.tifa.model.DocumentMeta;
import dev.tifa.model.Kind;
import dev.tifa.model.Language;
import dev.tifa.model.RawDocument;
import dev.tifa.store.NewDocument;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Invented Chinese documents for the server tests, and removing a temporary data directory. */
final class StoreDocs {
    private StoreDocs() {
    }

    /** {@code n} short invented documents, each holding {@code phrase} once, titled from {@code series}. */
    static List<NewDocument> holding(String series, String phrase, int n) {
        List<NewDocument> docs = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            LocalDate date = LocalDate.of(2000, 1, 1).plusDays(i);
            String title = series + "虚构文件" + i;
            String text = series + "的第" + i + "篇虚构的文件。\n这里说到" + phrase + "，也说到别的事情。\n结尾一句。";
            docs.add(ImportService.prepare(new RawDocument(new DocumentMeta(title, date, date.getYear(), series, Kind.OFFICIAL,
                    Language.ZH, "test:" + series + "-" + i, Map.of()), text, CleaningProfile.PLAIN), ImportService.Simplify.NEVER));
        }
        return docs;
    }

    /**
     * Two long invented editions of one text ({@code paragraphs} paragraphs of three sentences; the second edition
     * rewords every fifth sentence), titled {@code series}甲 and {@code series}乙: a diff or comparison of them is long work.
     */
    static List<NewDocument> editions(String series, int paragraphs) {
        List<NewDocument> docs = new ArrayList<>(2);
        for (int e = 0; e < 2; e++) {
            StringBuilder text = new StringBuilder();
            for (int p = 0; p < paragraphs; p++) {
                for (int k = 0; k < 3; k++) {
                    int n = p * 3 + k;
                    boolean reworded = e == 1 && n % 5 == 0;
                    text.append("第").append(n).append("项工作要").append(reworded ? "稳步推进" : "加快推进")
                            .append("，重点抓好第").append(n * 7 % 13).append("类虚构任务。");
                }
                text.append('\n');
            }
            LocalDate date = LocalDate.of(2001 + e, 3, 5);
            String title = series + (e == 0 ? "甲" : "乙");
            docs.add(ImportService.prepare(new RawDocument(new DocumentMeta(title, date, date.getYear(), series, Kind.OFFICIAL,
                    Language.ZH, "test:" + title, Map.of()), text.toString(), CleaningProfile.PLAIN), ImportService.Simplify.NEVER));
        }
        return docs;
    }

    static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary directory left behind is harmless
        }
    }
}
