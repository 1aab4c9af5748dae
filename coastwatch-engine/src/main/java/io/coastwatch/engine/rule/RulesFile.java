package io.coastwatch.engine.rule;

import io.coastwatch.engine.alert.RuleType;
import io.coastwatch.engine.alert.Severity;
import io.coastwatch.engine.zone.VesselLengthClass;
import io.coastwatch.engine.zone.ZoneKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * Rules files: a YAML list of rule definitions, each a mapping of
 * <ul>
 *   <li>{@code id} (required, unique), {@code type} (required: the rule's slug, {@code dark-vessel}),
 *       {@code enabled} (default true), {@code severity} ({@code info}, {@code warning},
 *       {@code critical}; default warning);</li>
 *   <li>{@code parameters}: thresholds by name, each a number or a duration ({@code 90s}, {@code 20m},
 *       {@code 6h}, {@code 10d}, {@code PT6H}) as its type declares it in {@link RuleTypes} (an unknown
 *       name, a value of the wrong type or out of range is an error naming it); missing ones take the
 *       declared defaults;</li>
 *   <li>{@code scope} (all optional): {@code flags} (ISO alpha-2), {@code shipTypes} (0-99),
 *       {@code lengthClasses} ({@code UNDER_12_M}, {@code FROM_12_TO_15_M}, {@code FROM_15_M}),
 *       {@code watchListOnly}, {@code watchList} (MMSIs, registration numbers, VMS device ids),
 *       {@code zoneIds}, {@code zoneKinds} (zone kind codes: {@code marine-protected-area},
 *       {@code territorial-sea} …; an old spelling, {@code mpa}, {@code territorial_sea}, is accepted
 *       with a warning in the log),
 *       {@code days} ({@code MONDAY} … or {@code MON} …), {@code from} and {@code until}
 *       ({@code HH:mm}, local time of Asia/Ho_Chi_Minh; both or neither).</li>
 * </ul>
 * Unknown fields are errors (a misspelt field would otherwise be silently ignored). The default set,
 * every rule of docs/rules.md with its defaults, is the resource {@value #DEFAULT_RULES_RESOURCE}.
 *
 * <p>Stateless and thread-safe.
 */
public final class RulesFile {
    /** The default rule set, as a classpath resource. */
    public static final String DEFAULT_RULES_RESOURCE = "/io/coastwatch/engine/rule/default-rules.yml";

    private static final System.Logger LOG = System.getLogger(RulesFile.class.getName());
    private static final Set<String> FIELDS = Set.of("id", "type", "enabled", "severity", "parameters", "scope");
    private static final Set<String> SCOPE_FIELDS = Set.of("flags", "shipTypes", "lengthClasses", "watchListOnly",
            "watchList", "zoneIds", "zoneKinds", "days", "from", "until");

    private final YAMLMapper yaml = YAMLMapper.builder()
            .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
            .enable(YAMLWriteFeature.MINIMIZE_QUOTES)
            .build();

    /** The default rule set of {@value #DEFAULT_RULES_RESOURCE}. */
    public List<RuleDefinition> defaults() {
        try (InputStream in = RulesFile.class.getResourceAsStream(DEFAULT_RULES_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + DEFAULT_RULES_RESOURCE);
            }
            return read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + DEFAULT_RULES_RESOURCE, e);
        } catch (RulesFileException e) {
            throw new IllegalStateException("bundled " + DEFAULT_RULES_RESOURCE + " is invalid", e);
        }
    }

    /** The rule definitions of a rules file, in order. */
    public List<RuleDefinition> read(String text) throws RulesFileException {
        JsonNode root;
        try {
            root = yaml.readTree(text);
        } catch (JacksonException e) {
            throw new RulesFileException("not YAML: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")"), e);
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            return List.of();
        }
        if (!root.isArray()) {
            throw new RulesFileException("a rules file is a list of rules, not a " + root.getNodeType());
        }
        List<RuleDefinition> rules = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < root.size(); i++) {
            RuleDefinition rule = definition(root.get(i), i + 1);
            if (!ids.add(rule.id())) {
                throw new RulesFileException("rule " + (i + 1) + " (" + rule.id() + "): id: another rule has the id "
                        + rule.id());
            }
            rules.add(rule);
        }
        return rules;
    }

    /** One rule definition as JSON-like tree (the form of one item of a rules file). */
    public RuleDefinition definition(JsonNode node) throws RulesFileException {
        return definition(node, 1);
    }

    private RuleDefinition definition(JsonNode node, int number) throws RulesFileException {
        String where = "rule " + number;
        if (node == null || !node.isObject()) {
            throw new RulesFileException(where + ": a rule is a mapping of id, type, enabled, severity, parameters,"
                    + " scope");
        }
        JsonNode idNode = node.get("id");
        if (idNode == null || !idNode.isValueNode() || idNode.asString().isBlank()) {
            throw new RulesFileException(where + ": id: missing or blank");
        }
        String id = idNode.asString().strip();
        where = "rule " + number + " (" + id + ")";
        checkFields(node, FIELDS, where, "");
        String typeText = text(node, "type", null, where);
        if (typeText == null) {
            throw new RulesFileException(where, List.of(new RuleProblem("type", "missing", "missing; one of "
                    + slugs())));
        }
        RuleType type = RuleType.ofSlug(typeText.strip())
                .orElseThrow(() -> new RulesFileException(where(number, id), List.of(new RuleProblem("type",
                        "unknown-type", "unknown " + typeText + "; one of " + slugs()))));
        boolean enabled = bool(node, "enabled", true, where);
        String severityText = text(node, "severity", "warning", where);
        Severity severity = parseEnum(Severity.class, severityText, where + ": severity");
        Map<String, String> parameters = parameters(node.get("parameters"), where);
        RuleScope scope = scope(node.get("scope"), where);
        try {
            return new RuleDefinition(id, type, enabled, severity, parameters, scope);
        } catch (InvalidRuleException e) {
            throw new RulesFileException(where, e.problems());
        }
    }

    private static String where(int number, String id) {
        return "rule " + number + " (" + id + ")";
    }

    private static String slugs() {
        return String.join(", ", Arrays.stream(RuleType.values()).map(RuleType::slug).toList());
    }

    private static void checkFields(JsonNode node, Set<String> known, String where, String prefix)
            throws RulesFileException {
        for (String field : node.propertyNames()) {
            if (!known.contains(field)) {
                throw new RulesFileException(where, List.of(new RuleProblem(prefix + field, "unknown-field",
                        "unknown field; known: " + new TreeSet<>(known))));
            }
        }
    }

    private static String text(JsonNode node, String field, String defaultValue, String where)
            throws RulesFileException {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return defaultValue;
        }
        if (!value.isValueNode()) {
            throw new RulesFileException(where + ": " + field + ": expected a single value");
        }
        return value.asString();
    }

    private static boolean bool(JsonNode node, String field, boolean defaultValue, String where)
            throws RulesFileException {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return defaultValue;
        }
        if (!value.isBoolean()) {
            throw new RulesFileException(where + ": " + field + ": expected true or false, not " + value.asString());
        }
        return value.booleanValue();
    }

    private static Map<String, String> parameters(JsonNode node, String where) throws RulesFileException {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (node == null || node.isNull()) {
            return parameters;
        }
        if (!node.isObject()) {
            throw new RulesFileException(where + ": parameters: expected a mapping of name to value");
        }
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            if (!entry.getValue().isValueNode() || entry.getValue().isNull()) {
                throw new RulesFileException(where + ": parameters." + entry.getKey()
                        + ": expected a number or a duration");
            }
            parameters.put(entry.getKey(), entry.getValue().asString());
        }
        return parameters;
    }

    private static RuleScope scope(JsonNode node, String where) throws RulesFileException {
        if (node == null || node.isNull()) {
            return RuleScope.EVERYTHING;
        }
        if (!node.isObject()) {
            throw new RulesFileException(where + ": scope: expected a mapping");
        }
        String at = where + ": scope";
        checkFields(node, SCOPE_FIELDS, where, "scope.");
        Set<String> flags = list(node, "flags", at, text -> {
            if (!text.matches("[A-Z]{2}")) {
                throw new IllegalArgumentException("not an ISO 3166-1 alpha-2 code (VN): " + text);
            }
            return text;
        });
        Set<Integer> shipTypes = list(node, "shipTypes", at, text -> {
            int type = Integer.parseInt(text);
            if (type < 0 || type > 99) {
                throw new IllegalArgumentException("not a ship type 0-99: " + text);
            }
            return type;
        });
        Set<VesselLengthClass> lengthClasses = list(node, "lengthClasses", at,
                text -> VesselLengthClass.valueOf(text.toUpperCase(Locale.ROOT)));
        Set<String> watchList = list(node, "watchList", at, Function.identity());
        Set<String> zoneIds = list(node, "zoneIds", at, Function.identity());
        Set<ZoneKind> zoneKinds = list(node, "zoneKinds", at, text -> zoneKind(text, at));
        Set<DayOfWeek> days = list(node, "days", at, RulesFile::day);
        LocalTime from = time(node, "from", at);
        LocalTime until = time(node, "until", at);
        if ((from == null) != (until == null)) {
            throw new RulesFileException(at + ": from, until: a daily window needs both");
        }
        return new RuleScope(flags, shipTypes, lengthClasses, bool(node, "watchListOnly", false, at), watchList,
                zoneIds, zoneKinds, days, from, until);
    }

    /** The zone kind {@code text} names; an old spelling ({@link ZoneKind#ofLegacyCode}) with a warning. */
    private static ZoneKind zoneKind(String text, String at) {
        return ZoneKind.ofCode(text).or(() -> ZoneKind.ofLegacyCode(text).map(kind -> {
            LOG.log(System.Logger.Level.WARNING, "{0}.zoneKinds: ''{1}'' is the old spelling of ''{2}''",
                    at, text, kind.code());
            return kind;
        })).orElseThrow(() -> new IllegalArgumentException("unknown zone kind " + text + "; one of "
                + Arrays.stream(ZoneKind.values()).map(ZoneKind::code).toList()));
    }

    private static DayOfWeek day(String text) {
        String upper = text.toUpperCase(Locale.ROOT);
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day.name().equals(upper) || day.name().substring(0, 3).equals(upper)) {
                return day;
            }
        }
        throw new IllegalArgumentException("not a day (MONDAY or MON …): " + text);
    }

    private static <T> Set<T> list(JsonNode node, String field, String where, Function<String, T> parse)
            throws RulesFileException {
        JsonNode value = node.get(field);
        Set<T> items = new LinkedHashSet<>();
        if (value == null || value.isNull()) {
            return items;
        }
        if (!value.isArray()) {
            throw new RulesFileException(where + "." + field + ": expected a list");
        }
        for (JsonNode item : value) {
            try {
                if (!item.isValueNode()) {
                    throw new IllegalArgumentException("expected a single value");
                }
                items.add(parse.apply(item.asString().strip()));
            } catch (IllegalArgumentException e) {
                throw new RulesFileException(where + "." + field + ": " + e.getMessage(), e);
            }
        }
        return items;
    }

    private static LocalTime time(JsonNode node, String field, String where) throws RulesFileException {
        String text = text(node, field, null, where);
        if (text == null) {
            return null;
        }
        try {
            return LocalTime.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new RulesFileException(where + "." + field + ": expected a time HH:mm, not " + text, e);
        }
    }

    private static <E extends Enum<E>> E parseEnum(Class<E> type, String text, String where)
            throws RulesFileException {
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new RulesFileException(where + ": unknown " + text + "; one of "
                    + Arrays.stream(type.getEnumConstants()).map(c -> c.name().toLowerCase(Locale.ROOT)).toList(), e);
        }
    }

    /** A rules file (YAML) with {@code rules}, in order; {@link #read} gives them back. */
    public String write(List<RuleDefinition> rules) {
        ArrayNode root = yaml.createArrayNode();
        for (RuleDefinition rule : rules) {
            root.add(tree(rule));
        }
        return yaml.writeValueAsString(root);
    }

    /** One rule definition as a tree, the form of one item of a rules file (and of the API's JSON). */
    public ObjectNode tree(RuleDefinition rule) {
        ObjectNode node = yaml.createObjectNode();
        node.put("id", rule.id());
        node.put("type", rule.type().slug());
        node.put("enabled", rule.enabled());
        node.put("severity", rule.severity().name().toLowerCase(Locale.ROOT));
        ObjectNode parameters = node.putObject("parameters");
        new TreeMap<>(rule.parameters()).forEach(parameters::put);
        ObjectNode scope = node.putObject("scope");
        RuleScope s = rule.scope();
        s.flags().stream().sorted().forEach(scope.withArrayProperty("flags")::add);
        s.shipTypes().stream().sorted().forEach(scope.withArrayProperty("shipTypes")::add);
        s.lengthClasses().stream().sorted().map(Enum::name).forEach(scope.withArrayProperty("lengthClasses")::add);
        if (s.watchListOnly()) {
            scope.put("watchListOnly", true);
        }
        s.watchList().stream().sorted().forEach(scope.withArrayProperty("watchList")::add);
        s.zoneIds().stream().sorted().forEach(scope.withArrayProperty("zoneIds")::add);
        s.zoneKinds().stream().sorted().map(ZoneKind::code).forEach(scope.withArrayProperty("zoneKinds")::add);
        s.days().stream().sorted().map(Enum::name).forEach(scope.withArrayProperty("days")::add);
        if (s.from() != null) {
            scope.put("from", s.from().toString());
            scope.put("until", s.until().toString());
        }
        return node;
    }
}
