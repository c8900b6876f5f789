package dev.tifa.web.instruments;

/** An extra input of an instrument's form (a number such as the window), with its default. */
public record Field(String name, String label, String fallback) {
}
