package io.coastwatch.operations.common;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Reads the fields of one record as a person sent it — a JSON object from the API (strings, numbers,
 * lists) or a line of an imported file (text only, lists separated by {@code ;}) — and collects every
 * wrong field as a {@link Problem} instead of stopping at the first. Each reader returns {@code null}
 * for a field it refused; {@link #done()} then throws them all. Not thread-safe: one per record.
 */
public final class Fields {

    /** The most characters a text field may hold. */
    public static final int MAX_TEXT = 500;

    private final Map<String, ?> values;
    private final UnaryOperator<String> fieldName;
    private final List<Problem> problems = new ArrayList<>();

    /**
     * @param values the record's fields by name (a value may be {@code null} or blank for none)
     * @param fieldName how a field is named in a problem: itself for the API, {@code line 14, code} for an import
     */
    public Fields(Map<String, ?> values, UnaryOperator<String> fieldName) {
        this.values = values;
        this.fieldName = fieldName;
    }

    /** Fields of an API request, named as sent. */
    public static Fields of(Map<String, ?> values) {
        return new Fields(values, UnaryOperator.identity());
    }

    /** A text that must be there. */
    public String text(String field) {
        String text = optionalText(field);
        if (text == null && !failed(field)) {
            problem(field, "required", field + " is required");
        }
        return text;
    }

    /** A text, or {@code null} when absent or blank. */
    public String optionalText(String field) {
        Object value = values.get(field);
        if (value == null) {
            return null;
        }
        if (!(value instanceof String) && !(value instanceof Number) && !(value instanceof Boolean)) {
            problem(field, "bad-format", field + " must be a text");
            return null;
        }
        String text = value.toString().strip();
        if (text.length() > MAX_TEXT) {
            problem(field, "too-long", field + " must be at most " + MAX_TEXT + " characters");
            return null;
        }
        return text.isEmpty() ? null : text;
    }

    /** A record id ({@link Ids#PATTERN}) that must be there. */
    public String id(String field) {
        String id = text(field);
        return id == null ? null : checkedId(field, id);
    }

    /** A record id, or {@code null} when absent. */
    public String optionalId(String field) {
        String id = optionalText(field);
        return id == null ? null : checkedId(field, id);
    }

    /** A date ({@code 2025-07-01}) that must be there. */
    public LocalDate date(String field) {
        String text = text(field);
        return text == null ? null : parse(field, text, LocalDate::parse, "bad-format", "a date (yyyy-mm-dd)");
    }

    /** A date, or {@code null} when absent. */
    public LocalDate optionalDate(String field) {
        String text = optionalText(field);
        return text == null ? null : parse(field, text, LocalDate::parse, "bad-format", "a date (yyyy-mm-dd)");
    }

    /** A finite decimal number in [{@code min}, {@code max}], or {@code null} when absent. */
    public Double optionalDecimal(String field, double min, double max) {
        String text = optionalText(field);
        if (text == null) {
            return null;
        }
        Double number = parse(field, text, Fields::decimal, "bad-format", "a decimal number");
        if (number != null && !(number >= min && number <= max)) {
            problem(field, "out-of-range", field + " must be " + min + " to " + max);
            return null;
        }
        return number;
    }

    /** A whole number in [{@code min}, {@code max}], or {@code null} when absent. */
    public Integer optionalInteger(String field, int min, int max) {
        String text = optionalText(field);
        if (text == null) {
            return null;
        }
        Integer number = parse(field, text, Integer::valueOf, "bad-format", "a whole number");
        if (number != null && (number < min || number > max)) {
            problem(field, "out-of-range", field + " must be " + min + " to " + max);
            return null;
        }
        return number;
    }

    /** {@code true} for {@code true}/{@code yes}/{@code 1}, {@code false} for absent, {@code false}/{@code no}/{@code 0}. */
    public boolean flag(String field) {
        String text = optionalText(field);
        if (text == null) {
            return false;
        }
        return switch (text.toLowerCase(java.util.Locale.ROOT)) {
            case "true", "yes", "1" -> true;
            case "false", "no", "0" -> false;
            default -> {
                problem(field, "bad-format", field + " must be true or false");
                yield false;
            }
        };
    }

    /** The code of {@code parse} (a kind's {@code of}, which names the known codes when it fails), required. */
    public <T> T code(String field, Function<String, T> parse) {
        String text = text(field);
        return text == null ? null : parse(field, text, parse, "unknown-value", null);
    }

    /**
     * A list of texts: a JSON array, or a text whose items are separated by {@code ;}; empty when absent.
     */
    public List<String> list(String field) {
        Object value = values.get(field);
        List<String> items = new ArrayList<>();
        if (value == null) {
            return items;
        }
        if (value instanceof List<?> list) {
            for (Object item : list) {
                if (!(item instanceof String) && !(item instanceof Number)) {
                    problem(field, "bad-format", field + " must be a list of texts");
                    return List.of();
                }
                items.add(item.toString().strip());
            }
        } else if (value instanceof String text) {
            Arrays.stream(text.split(";")).map(String::strip).forEach(items::add);
        } else {
            problem(field, "bad-format", field + " must be a list of texts");
            return List.of();
        }
        items.removeIf(String::isEmpty);
        return items;
    }

    /**
     * A list of small records with the fields {@code keys}: a JSON array of objects, or a text of items
     * separated by {@code ;}, each item's fields in the order of {@code keys} separated by {@code |}
     * ({@code phone|0259 3873 123|trực ban; radio|VHF 16}). Missing fields are empty; empty when absent.
     */
    public List<Map<String, String>> entries(String field, List<String> keys) {
        Object value = values.get(field);
        List<Map<String, String>> entries = new ArrayList<>();
        if (value == null) {
            return entries;
        }
        if (value instanceof List<?> list) {
            for (Object item : list) {
                if (!(item instanceof Map<?, ?> map)) {
                    problem(field, "bad-format", field + " must be a list of objects with " + keys);
                    return List.of();
                }
                Map<String, String> entry = new java.util.LinkedHashMap<>();
                for (String key : keys) {
                    Object part = map.get(key);
                    entry.put(key, part == null ? "" : part.toString().strip());
                }
                entries.add(entry);
            }
        } else if (value instanceof String text) {
            for (String item : text.split(";")) {
                if (item.isBlank()) {
                    continue;
                }
                String[] parts = item.split("\\|", -1);
                Map<String, String> entry = new java.util.LinkedHashMap<>();
                for (int i = 0; i < keys.size(); i++) {
                    entry.put(keys.get(i), i < parts.length ? parts[i].strip() : "");
                }
                entries.add(entry);
            }
        } else {
            problem(field, "bad-format", field + " must be a list of objects with " + keys);
        }
        return entries;
    }

    /** A list of record ids ({@link #list}, each checked against {@link Ids#PATTERN}). */
    public List<String> ids(String field) {
        List<String> ids = list(field);
        for (String id : ids) {
            if (!Ids.isValid(id)) {
                problem(field, "bad-format", field + ": '" + id + "' must match " + Ids.PATTERN.pattern());
                return List.of();
            }
        }
        return ids;
    }

    /** Adds a problem with {@code field} found by the caller (a rule between fields, a reference). */
    public void problem(String field, String code, String message) {
        problems.add(new Problem(fieldName.apply(field), code, message));
    }

    /** The problems found so far. */
    public List<Problem> problems() {
        return List.copyOf(problems);
    }

    /**
     * Throws every problem found.
     *
     * @throws InvalidRequest when any field was wrong
     */
    public void done() {
        if (!problems.isEmpty()) {
            throw new InvalidRequest(problems);
        }
    }

    private boolean failed(String field) {
        String name = fieldName.apply(field);
        return problems.stream().anyMatch(problem -> problem.field().equals(name));
    }

    private String checkedId(String field, String id) {
        if (!Ids.isValid(id)) {
            problem(field, "bad-format", field + " must match " + Ids.PATTERN.pattern());
            return null;
        }
        return id;
    }

    private <T> T parse(String field, String text, Function<String, T> parse, String code, String expected) {
        try {
            return parse.apply(text);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            problem(field, code, expected == null ? field + ": " + e.getMessage() : field + " must be " + expected);
            return null;
        }
    }

    private static Double decimal(String text) {
        double number = Double.parseDouble(text.replace(',', '.'));
        if (!Double.isFinite(number) || text.toLowerCase(java.util.Locale.ROOT).contains("x")) {
            throw new IllegalArgumentException("not a finite decimal: " + text);
        }
        return number;
    }
}
