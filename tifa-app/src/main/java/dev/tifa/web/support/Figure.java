package dev.tifa.web.support;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A measured number as the web API gives it: rounded to 2 decimals in JSON (what the pages show), in full precision
 * in CSV (what R, pandas and the command line's CSV get), so that a download never loses digits.
 */
public final class Figure extends Number {
    private final double value;

    public Figure(double value) {
        this.value = value;
    }

    @JsonValue
    public double rounded() {
        return Math.round(value * 100) / 100.0;
    }

    @Override
    public String toString() {
        return Double.toString(value);
    }

    @Override
    public int intValue() {
        return (int) value;
    }

    @Override
    public long longValue() {
        return (long) value;
    }

    @Override
    public float floatValue() {
        return (float) value;
    }

    @Override
    public double doubleValue() {
        return value;
    }
}
