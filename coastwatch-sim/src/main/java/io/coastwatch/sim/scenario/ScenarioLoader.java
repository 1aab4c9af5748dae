package io.coastwatch.sim.scenario;

import io.coastwatch.sim.motion.LonLat;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads scenario files: YAML (or JSON, which is YAML too). Durations are ISO-8601 ({@code PT48H}) or
 * short ({@code 90s}, {@code 10m}, {@code 48h}, {@code 2d}, {@code -11h}); times are ISO-8601 instants; positions
 * are {@code [lon, lat]}. Unknown keys are errors, so that a misspelt key is not silently ignored;
 * numbers left out are 0 and lists left out are empty.
 * Thread-safe.
 */
public final class ScenarioLoader {
    /** Name of the demo area's scenario shipped with the simulator. */
    public static final String DEMO = "ninh-thuan-demo";
    private static final String BUILT_IN = "/io/coastwatch/sim/scenarios/";

    private static final Pattern SHORT_DURATION = Pattern.compile("(-?\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h|d)");

    private final ObjectMapper mapper;

    public ScenarioLoader() {
        SimpleModule module = new SimpleModule("coastwatch-sim");
        module.addDeserializer(Duration.class, new StdDeserializer<>(Duration.class) {
            @Override
            public Duration deserialize(JsonParser parser, DeserializationContext context) {
                try {
                    return parseDuration(parser.getValueAsString());
                } catch (IllegalArgumentException e) {
                    throw context.weirdStringException(parser.getValueAsString(), Duration.class, e.getMessage());
                }
            }
        });
        module.addDeserializer(Instant.class, new StdDeserializer<>(Instant.class) {
            @Override
            public Instant deserialize(JsonParser parser, DeserializationContext context) {
                try {
                    return Instant.parse(parser.getValueAsString());
                } catch (DateTimeParseException e) {
                    throw context.weirdStringException(parser.getValueAsString(), Instant.class, "not an ISO-8601 instant");
                }
            }
        });
        module.addDeserializer(LonLat.class, new StdDeserializer<>(LonLat.class) {
            @Override
            public LonLat deserialize(JsonParser parser, DeserializationContext context) {
                JsonNode node = context.readTree(parser);
                if (node == null || !node.isArray() || node.size() != 2 || !node.get(0).isNumber() || !node.get(1).isNumber()) {
                    throw context.instantiationException(LonLat.class, "a position is [lon, lat]");
                }
                try {
                    return new LonLat(node.get(0).doubleValue(), node.get(1).doubleValue());
                } catch (IllegalArgumentException e) {
                    throw context.instantiationException(LonLat.class, e.getMessage());
                }
            }
        });
        // numbers left out are 0 (Jackson 3 refuses a null for a primitive by default)
        mapper = YAMLMapper.builder()
                .addModule(module)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(EnumFeature.READ_ENUMS_USING_TO_STRING)
                .build();
    }

    /**
     * Reads a scenario file.
     *
     * @throws IllegalArgumentException naming the file and the problem when it is not a valid scenario
     * @throws UncheckedIOException when it cannot be read
     */
    public Scenario load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read scenario " + file + ": " + e.getMessage(), e);
        }
    }

    /** Reads the demo scenario shipped in this module. */
    public Scenario loadDemo() {
        return loadBuiltIn(DEMO);
    }

    /**
     * Reads a scenario shipped in this module: {@code ninh-thuan-demo} (also {@code demo}) or
     * {@code load-100k}.
     *
     * @throws IllegalArgumentException when there is none of that name
     */
    public Scenario loadBuiltIn(String name) {
        String resource = BUILT_IN + (name.equals("demo") ? DEMO : name) + ".yaml";
        try (InputStream in = ScenarioLoader.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no built-in scenario " + name + " (there are demo and load-100k)");
            }
            return read(in, resource);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads {@code nameOrFile}: a built-in scenario's name when there is no such file, else the file. */
    public Scenario loadFileOrBuiltIn(String nameOrFile) {
        Path file = Path.of(nameOrFile);
        return Files.exists(file) || nameOrFile.contains("/") || nameOrFile.contains(".") ? load(file) : loadBuiltIn(nameOrFile);
    }

    /** Reads a scenario from {@code in}; {@code name} labels errors. */
    public Scenario read(InputStream in, String name) throws IOException {
        try {
            return mapper.readValue(in, Scenario.class);
        } catch (JacksonIOException e) {
            throw e.getCause();
        } catch (DatabindException e) {
            String path = e.getPath().stream().map(r -> r.getPropertyName() != null ? r.getPropertyName() : "[" + r.getIndex() + "]")
                    .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b).orElse("");
            throw new IllegalArgumentException("invalid scenario " + name + (path.isEmpty() ? "" : " at " + path) + ": "
                    + e.getOriginalMessage() + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")"), e);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("invalid scenario " + name + ": " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")"), e);
        }
    }

    /**
     * Parses a duration: ISO-8601 ({@code PT2H30M}) or a number and a unit ({@code 90s}, {@code 10m},
     * {@code 48h}, {@code 2d}, {@code 500ms}), negative with a leading minus ({@code -11h}).
     *
     * @throws IllegalArgumentException when it is neither
     */
    public static Duration parseDuration(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("empty duration");
        }
        String trimmed = text.trim();
        if (trimmed.toUpperCase(Locale.ROOT).startsWith("P") || trimmed.toUpperCase(Locale.ROOT).startsWith("-P")) {
            try {
                return Duration.parse(trimmed);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("not a duration: " + text, e);
            }
        }
        Matcher m = SHORT_DURATION.matcher(trimmed);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a duration: " + text + " (say 90s, 10m, 48h, 2d or PT48H)");
        }
        double value = Double.parseDouble(m.group(1));
        long unitMillis = switch (m.group(2)) {
            case "ms" -> 1;
            case "s" -> 1000;
            case "m" -> 60_000;
            case "h" -> 3_600_000;
            default -> 86_400_000;
        };
        return Duration.ofMillis(Math.round(value * unitMillis));
    }
}
