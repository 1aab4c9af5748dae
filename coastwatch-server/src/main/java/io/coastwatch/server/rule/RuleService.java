package io.coastwatch.server.rule;

import io.coastwatch.engine.rule.RuleDefinition;
import io.coastwatch.engine.rule.RuleEngine;
import io.coastwatch.engine.rule.RulesFile;
import io.coastwatch.engine.rule.RulesFileException;
import io.coastwatch.operations.access.Actor;
import io.coastwatch.operations.audit.AuditLog;
import io.coastwatch.operations.audit.AuditRecord;
import io.coastwatch.operations.common.Transactions;
import io.coastwatch.store.rule.RuleDefinitionStore;
import io.coastwatch.store.rule.StoredRule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The rule instances: kept in the store (each as the JSON of one rules-file item), run by the
 * {@link RuleEngine}. A change is first given to the engine, which builds the rules and refuses an
 * invalid definition (naming the rule and the parameter): nothing invalid is stored. Each stored change
 * is one transaction with its record in the audit log (entity {@code rule}: {@code create}, {@code update},
 * {@code enable}, {@code disable}, {@code delete}, the definition before and after); when that transaction
 * fails, the engine gets the rules in force back. Thread-safe: changes are serialised.
 */
public final class RuleService {
    /** The seed that names the bundled default rule set. */
    public static final String DEFAULT_SEED = "default";

    private final RuleDefinitionStore store;
    private final Transactions transactions;
    private final AuditLog audit;
    private final RuleEngine engine;
    private final Clock clock;
    private final RulesFile rulesFile = new RulesFile();
    private final JsonMapper json = new JsonMapper();
    /** The definitions in force, by id. */
    private Map<String, RuleDefinition> rules;

    /**
     * Loads the stored definitions and hands them to the engine.
     *
     * @throws IllegalStateException when a stored definition is no longer valid
     */
    public RuleService(RuleDefinitionStore store, Transactions transactions, AuditLog audit, RuleEngine engine,
            Clock clock) {
        this.store = store;
        this.transactions = transactions;
        this.audit = audit;
        this.engine = engine;
        this.clock = clock;
        Map<String, RuleDefinition> loaded = new TreeMap<>();
        for (StoredRule stored : store.all()) {
            try {
                loaded.put(stored.id(), parse(stored.definitionJson()));
            } catch (RulesFileException e) {
                throw new IllegalStateException("stored rule " + stored.id() + " is invalid: " + e.getMessage(), e);
            }
        }
        engine.replaceRules(List.copyOf(loaded.values()));
        this.rules = loaded;
    }

    /** Every rule instance, in id order. */
    public synchronized List<RuleDefinition> all() {
        return List.copyOf(rules.values());
    }

    public synchronized Optional<RuleDefinition> find(String id) {
        return Optional.ofNullable(rules.get(id));
    }

    /**
     * Creates or replaces a rule instance, recording {@code actor}.
     *
     * @throws IllegalArgumentException when the engine cannot run it (the message names what is wrong)
     */
    public synchronized void save(RuleDefinition rule, Actor actor) {
        RuleDefinition before = rules.get(rule.id());
        Map<String, RuleDefinition> next = new TreeMap<>(rules);
        next.put(rule.id(), rule);
        change(next, () -> {
            store.save(new StoredRule(rule.id(), json(rule), actor.account(), clock.millis()));
            audit.append(AuditRecord.of(actor, actor.homeUnitId().orElse(null), action(before, rule), "rule", rule.id(),
                    audited(before), audited(rule)));
        });
    }

    /** Deletes a rule instance, recording {@code actor}; says whether there was one. */
    public synchronized boolean delete(String id, Actor actor) {
        RuleDefinition before = rules.get(id);
        if (before == null) {
            return false;
        }
        Map<String, RuleDefinition> next = new TreeMap<>(rules);
        next.remove(id);
        change(next, () -> {
            store.delete(id);
            audit.append(AuditRecord.of(actor, actor.homeUnitId().orElse(null), "delete", "rule", id, audited(before),
                    null));
        });
        return true;
    }

    /**
     * Gives {@code next} to the engine (which refuses what it cannot run), then stores the change with
     * {@code write} in one transaction; puts the rules in force back into the engine when that fails.
     */
    private void change(Map<String, RuleDefinition> next, Runnable write) {
        engine.replaceRules(List.copyOf(next.values()));
        try {
            transactions.run(write);
        } catch (RuntimeException | Error e) {
            engine.replaceRules(List.copyOf(rules.values()));
            throw e;
        }
        rules = next;
    }

    private static String action(RuleDefinition before, RuleDefinition after) {
        if (before == null) {
            return "create";
        }
        boolean onlyEnabledChanged = before.enabled() != after.enabled() && before.equals(new RuleDefinition(after.id(),
                after.type(), before.enabled(), after.severity(), after.parameters(), after.scope()));
        if (onlyEnabledChanged) {
            return after.enabled() ? "enable" : "disable";
        }
        return "update";
    }

    /** What the audit log keeps of a rule: its definition as a rules-file item (JSON, not text). */
    private Map<String, Object> audited(RuleDefinition rule) {
        return rule == null ? null : json.readValue(json(rule), LinkedHashMap.class);
    }

    /**
     * Loads {@code seed} as user {@code system} when the store holds no rule: {@value #DEFAULT_SEED} for
     * the bundled default set (every rule of docs/rules.md with its default thresholds), else the path of a
     * rules file (YAML). Does nothing for a blank seed or when there are rules.
     *
     * @return how many rules were loaded
     * @throws IllegalArgumentException when the file cannot be read or is invalid
     */
    public synchronized int seed(String seed) {
        if (seed == null || seed.isBlank() || !rules.isEmpty()) {
            return 0;
        }
        List<RuleDefinition> seeded;
        if (seed.equals(DEFAULT_SEED)) {
            seeded = rulesFile.defaults();
        } else {
            try {
                seeded = rulesFile.read(Files.readString(Path.of(seed), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the rules seed " + seed, e);
            } catch (RulesFileException e) {
                throw new IllegalArgumentException("rules seed " + seed + ": " + e.getMessage(), e);
            }
        }
        Map<String, RuleDefinition> next = new TreeMap<>();
        seeded.forEach(rule -> next.put(rule.id(), rule));
        Actor seeder = Actor.system("seed");
        change(next, () -> seeded.forEach(rule -> {
            store.save(new StoredRule(rule.id(), json(rule), seeder.account(), clock.millis()));
            audit.append(AuditRecord.of(seeder, null, "create", "rule", rule.id(), null, audited(rule)));
        }));
        return seeded.size();
    }

    /**
     * Reads one definition from JSON (the form of one rules-file item).
     *
     * @throws RulesFileException naming the field that is wrong
     */
    public RuleDefinition parse(String text) throws RulesFileException {
        JsonNode node;
        try {
            node = json.readTree(text);
        } catch (JacksonException e) {
            throw new RulesFileException("not JSON: " + e.getOriginalMessage(), e);
        }
        return rulesFile.definition(node);
    }

    /** One definition as JSON. */
    public String json(RuleDefinition rule) {
        return rulesFile.tree(rule).toString();
    }

    /** Definitions as a JSON array. */
    public String json(List<RuleDefinition> list) {
        List<String> items = new ArrayList<>(list.size());
        list.forEach(rule -> items.add(json(rule)));
        return "[" + String.join(",", items) + "]";
    }
}
