package io.coastwatch.store.alert;

import io.coastwatch.engine.alert.Figure;
import io.coastwatch.engine.alert.RuleType;
import io.coastwatch.engine.alert.Unit;
import io.coastwatch.engine.rule.FigureSpec;
import io.coastwatch.engine.rule.RuleTypes;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code figures} column of {@code alerts}: a JSON object of {@code {"value": 6.8, "unit": "h"}}
 * by name (migration V6). Reads rows written before V6 too, whose figures were text without units
 * ({@code {"hoursDark": "6.8"}}): a number its rule type declares is read in the declared unit, any
 * other entry is left out. Thread-safe.
 */
final class FiguresJson {
    private final JsonMapper json = new JsonMapper();

    /** {@code figures} as the column holds them, names in order. */
    String write(Map<String, Figure> figures) {
        ObjectNode object = json.createObjectNode();
        new TreeMap<>(figures).forEach((name, figure) -> {
            ObjectNode entry = object.putObject(name);
            if (figure.unit() == Unit.INSTANT) {
                entry.put("value", figure.instant().toEpochMilli());
            } else {
                entry.put("value", figure.value());
            }
            entry.put("unit", figure.unit().slug());
        });
        return json.writeValueAsString(object);
    }

    /**
     * The figures of an alert of {@code type} as {@code text} holds them.
     *
     * @throws IllegalStateException when the text is not a JSON object
     */
    Map<String, Figure> read(String text, RuleType type) {
        JsonNode object;
        try {
            object = json.readTree(text);
        } catch (JacksonException e) {
            throw new IllegalStateException("alert figures in the database are not JSON: " + text, e);
        }
        if (!object.isObject()) {
            throw new IllegalStateException("alert figures in the database are not a JSON object: " + text);
        }
        Map<String, Figure> figures = new LinkedHashMap<>();
        Map<String, Unit> declared = new HashMap<>();
        for (FigureSpec spec : RuleTypes.of(type).figures()) {
            declared.put(spec.name(), spec.unit());
        }
        for (Map.Entry<String, JsonNode> entry : object.properties()) {
            figure(entry.getValue(), declared.get(entry.getKey()))
                    .ifPresent(figure -> figures.put(entry.getKey(), figure));
        }
        return figures;
    }

    private static Optional<Figure> figure(JsonNode node, Unit declared) {
        if (node.isObject()) {
            Optional<Unit> unit = Unit.ofSlug(node.path("unit").asString(""));
            JsonNode value = node.get("value");
            return unit.isPresent() && value != null && value.isNumber() && Double.isFinite(value.asDouble())
                    ? Optional.of(Figure.of(value.asDouble(), unit.get())) : Optional.empty();
        }
        if (declared == null || declared == Unit.INSTANT || !node.isString()) {
            return Optional.empty();
        }
        try {
            double value = Double.parseDouble(node.asString());
            return Double.isFinite(value) ? Optional.of(Figure.of(value, declared)) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
