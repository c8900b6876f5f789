package dev.tifa.spark;

import dev.tifa.app.ImportService.Simplify;
import dev.tifa.ingest.ImportOptions;
import dev.tifa.model.CleaningProfile;
import dev.tifa.model.Kind;
import dev.tifa.model.Language;
import dev.tifa.text.match.MatchOptions;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * Everything the executors need to read, clean and count exactly as {@code tifa import} + {@code tifa count} do,
 * in plain serialisable values (the options objects of tifa-app are not serialisable).
 *
 * @param inputs       files or folders, any Hadoop path
 * @param output       the output folder (must not exist unless {@code overwrite})
 * @param glossaryYaml the user's glossary overlay as YAML text, or null for the default glossary only
 * @param glossaryName where the overlay came from, for messages
 * @param profile      a cleaning profile forced on every document, or null for the import's choice per record
 * @param simplify     when to convert traditional characters, as the import's {@code --simplify}
 * @param exact        the count's {@code --exact}: no plural folding in English
 * @param series       import overrides ({@code --series --kind --lang --attr}); null when not given
 * @param columns      Parquet: record field → column name, for columns not named like the JSONL fields
 * @param period       the unit of the per-period aggregates
 * @param formats      output formats: parquet and/or csv
 * @param hits         also write every occurrence with offsets into the original text
 * @param hadoop       the driver's Hadoop configuration (credentials for s3a, name nodes), for the executors
 */
public record JobSettings(List<String> inputs, String output, String glossaryYaml, String glossaryName,
                          CleaningProfile profile, Simplify simplify, boolean exact,
                          String series, Kind kind, Language language, Map<String, String> attributes,
                          Map<String, String> columns, Period period, List<String> formats, boolean hits,
                          boolean overwrite, Map<String, String> hadoop) implements Serializable {

    public JobSettings {
        inputs = List.copyOf(inputs);
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
        columns = columns == null ? Map.of() : Map.copyOf(columns);
        formats = List.copyOf(formats);
        hadoop = hadoop == null ? Map.of() : Map.copyOf(hadoop);
    }

    public ImportOptions importOptions() {
        return new ImportOptions(series, kind, language, null, null, attributes);
    }

    public MatchOptions matchOptions() {
        return exact ? MatchOptions.exact() : MatchOptions.defaults();
    }

    public JobSettings withHadoop(Map<String, String> conf) {
        return new JobSettings(inputs, output, glossaryYaml, glossaryName, profile, simplify, exact, series, kind, language,
                attributes, columns, period, formats, hits, overwrite, conf);
    }
}
