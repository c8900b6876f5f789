package dev.tifa.cli;

/** How a table is printed: aligned for people, CSV for spreadsheets and R, JSON for scripts. */
public enum OutputFormat {
    table, csv, json
}
