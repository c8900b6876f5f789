package dev.tifa.spark;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * What the executors send back for one row read: the document's metadata and its counts per concept and form (never
 * its text), or the problem that kept it from being counted.
 *
 * @param fileIndex the file's place in the import order (inputs as given, folders in name order)
 * @param position  the line (JSONL), row (Parquet) or 0 (plain text) within the file
 * @param file      the file it came from
 * @param location  where the row is: {@code file:line}, {@code file#row} or the file (plain text), as messages name it
 * @param problem   why it was not counted, or null
 * @param hash      the store's identity of the document: its original text's hash, or for a news item its broadcast
 * @param baseKey   the key an empty store would give it before de-duplicating keys
 * @param sortDate  where it sorts in time ({@link dev.tifa.model.DocumentMeta#sortDate()})
 * @param size      {@link dev.tifa.model.Document#size()}
 * @param forms     counts per concept and form, only those that occur
 * @param hits      every occurrence with offsets into the original text, when asked for
 */
record DocumentTally(long fileIndex, long position, String file, String location, String problem,
                     String hash, String baseKey, String title, LocalDate date, LocalDate sortDate, Integer year, String series, String kind,
                     String language, String source, Integer runningOrder, int size,
                     List<FormTally> forms, List<HitOffsets> hits) implements Serializable {

    static DocumentTally problem(long fileIndex, long position, String file, String location, String problem) {
        return new DocumentTally(fileIndex, position, file, location, problem, null, null, null, null, null, null, null,
                null, null, null, null, 0, List.of(), List.of());
    }

    boolean ok() {
        return problem == null;
    }

    /** One concept's form in one document: every occurrence, and those not inside a longer form of another concept. */
    record FormTally(String concept, String form, int total, int standalone) implements Serializable {
    }

    /** One occurrence: offsets into the original text, and the form it is nested in, if any. */
    record HitOffsets(String concept, String form, int start, int end, String nestedIn) implements Serializable {
    }
}
