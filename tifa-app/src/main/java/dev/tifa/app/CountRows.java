package dev.tifa.app;

import dev.tifa.analysis.ConceptCount;
import dev.tifa.analysis.DocumentCounts;
import dev.tifa.model.Concept;
import dev.tifa.model.Document;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A count as long rows, one per document and term, with the same columns for the command line's CSV/JSON and the
 * web API's CSV: document, year, lang, term, concept, count, standalone, nested, per_10k, size (full precision).
 */
public final class CountRows {
    private CountRows() {
    }

    /** {@code skipZeros}: leave out rows of terms that do not occur in the document. */
    public static List<Map<String, Object>> of(CountTable t, List<Concept> shown, boolean skipZeros) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (DocumentCounts d : t.documents()) {
            for (Concept c : shown) {
                ConceptCount cc = d.count(c.id());
                if (cc.total() == 0 && skipZeros) continue;
                Document doc = d.document();
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("document", doc.key());
                m.put("year", doc.meta().year());
                m.put("lang", doc.meta().language().code());
                m.put("term", term(c, doc));
                m.put("concept", c.isAdHoc() ? "(phrase)" : c.id());
                m.put("count", cc.total());
                m.put("standalone", cc.standalone());
                m.put("nested", cc.nested());
                m.put("per_10k", cc.rate());
                m.put("size", d.size());
                rows.add(m);
            }
        }
        return rows;
    }

    /** The term as the document's language writes it: "opening up" on an English row, 对外开放 on a Chinese one. */
    public static String term(Concept c, Document d) {
        List<String> forms = c.forms(d.meta().language());
        return forms.isEmpty() ? c.label() : forms.get(0);
    }
}
