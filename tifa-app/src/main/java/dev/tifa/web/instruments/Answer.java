package dev.tifa.web.instruments;

import dev.tifa.analysis.Context;

import java.util.List;

/**
 * What an instrument answers to one request.
 *
 * @param label     what was asked, in words
 * @param grids     its tables, the first being the main one
 * @param chartType the tifa.js chart that draws {@code chart}, or null for none
 * @param chart     the chart's data
 * @param notes     the small print: rules and definitions behind the numbers
 * @param passages  passages to show under the tables (may be empty)
 */
public record Answer(String label, List<Grid> grids, String chartType, Object chart, List<String> notes, List<Context> passages) {
}
