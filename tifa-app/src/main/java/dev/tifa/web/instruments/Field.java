package dev.tifa.web.instruments;

import java.util.List;

/** An extra input of an instrument's form: a number (such as the window) or, with options, a choice; with its default. */
public record Field(String name, String label, String fallback, List<String> options) {
    public Field(String name, String label, String fallback) {
        this(name, label, fallback, List.of());
    }
}
