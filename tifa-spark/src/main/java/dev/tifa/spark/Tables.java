package dev.tifa.spark;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** The row shapes the executors' tallies are turned into, before keys are given and outputs written. */
final class Tables {
    static final StructType READ = new StructType()
            .add("file_index", DataTypes.IntegerType, false)
            .add("position", DataTypes.LongType, false)
            .add("file", DataTypes.StringType)
            .add("location", DataTypes.StringType)
            .add("problem", DataTypes.StringType)
            .add("reason", DataTypes.StringType)
            .add("hash", DataTypes.StringType)
            .add("base_key", DataTypes.StringType)
            .add("title", DataTypes.StringType)
            .add("date", DataTypes.DateType)
            .add("year", DataTypes.IntegerType)
            .add("series", DataTypes.StringType)
            .add("kind", DataTypes.StringType)
            .add("language", DataTypes.StringType)
            .add("source", DataTypes.StringType)
            .add("running_order", DataTypes.IntegerType)
            .add("size", DataTypes.IntegerType, false)
            .add("period", DataTypes.StringType)
            .add("sort_date", DataTypes.DateType);

    static final StructType FORMS = new StructType()
            .add("file_index", DataTypes.IntegerType, false)
            .add("position", DataTypes.LongType, false)
            .add("concept", DataTypes.StringType, false)
            .add("form", DataTypes.StringType, false)
            .add("total", DataTypes.IntegerType, false)
            .add("standalone", DataTypes.IntegerType, false);

    static final StructType HITS = new StructType()
            .add("file_index", DataTypes.IntegerType, false)
            .add("position", DataTypes.LongType, false)
            .add("concept", DataTypes.StringType, false)
            .add("form", DataTypes.StringType, false)
            .add("start", DataTypes.IntegerType, false)
            .add("end", DataTypes.IntegerType, false)
            .add("nested_in", DataTypes.StringType);

    private Tables() {
    }

    static Row read(DocumentTally t, Period period) {
        String reason = t.ok() ? null : Problems.reason(t.problem());
        String label = t.ok() ? period.label(t.date(), t.year()) : null;
        return RowFactory.create((int) t.fileIndex(), t.position(), t.file(), t.location(), t.problem(), reason, t.hash(),
                t.baseKey(), t.title(), sqlDate(t.date()), t.year(), t.series(), t.kind(), t.language(), t.source(),
                t.runningOrder(), t.size(), label, sqlDate(t.sortDate()));
    }

    static Iterator<Row> forms(DocumentTally t) {
        List<Row> out = new ArrayList<>(t.forms().size());
        for (DocumentTally.FormTally f : t.forms()) {
            out.add(RowFactory.create((int) t.fileIndex(), t.position(), f.concept(), f.form(), f.total(), f.standalone()));
        }
        return out.iterator();
    }

    static Iterator<Row> hits(DocumentTally t) {
        List<Row> out = new ArrayList<>(t.hits().size());
        for (DocumentTally.HitOffsets h : t.hits()) {
            out.add(RowFactory.create((int) t.fileIndex(), t.position(), h.concept(), h.form(), h.start(), h.end(), h.nestedIn()));
        }
        return out.iterator();
    }

    private static Date sqlDate(LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }
}
