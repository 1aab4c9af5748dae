package io.coastwatch.server.rule;

import io.coastwatch.engine.rule.RuleDefinition;
import io.coastwatch.engine.rule.RulesFileException;
import io.coastwatch.operations.access.Actor;
import io.coastwatch.server.api.ApiException;
import io.coastwatch.server.api.FieldError;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/rules}: the rule instances ({@code {id, type, enabled, severity, parameters, scope}},
 * the form of a rules-file item); creating, replacing and deleting them needs the ADMIN role (see the
 * security configuration). A definition the engine cannot run is refused with a 400 naming the field
 * ({@code errors: [{field: "parameters.gap", code: "out-of-range", message}]} when the fields are known).
 * {@code /api/v1/rules/types} is the catalogue of rule types and the names the console shows.
 */
@RestController
@RequestMapping("/api/v1/rules")
public class RuleController {
    /** The path segment of the catalogue, which no rule may take as its id. */
    private static final String CATALOGUE = "types";

    private final RuleService rules;

    public RuleController(RuleService rules) {
        this.rules = rules;
    }

    @GetMapping
    public ResponseEntity<String> list() {
        return json(HttpStatus.OK, rules.json(rules.all()));
    }

    /**
     * The detection catalogue: each rule type with its typed parameters, figures and finding, and the names
     * of zone kinds, vessel kinds, ship types, alert states, actions and severities ({@link RuleCatalogue}).
     */
    @GetMapping("/" + CATALOGUE)
    public RuleCatalogue types() {
        return RuleCatalogue.CURRENT;
    }

    @GetMapping("/{id}")
    public ResponseEntity<String> one(@PathVariable String id) {
        return json(HttpStatus.OK, rules.json(find(id)));
    }

    /** Creates a rule instance; 409 when one has its id. */
    @PostMapping
    public ResponseEntity<String> create(@RequestBody String body, Actor caller) {
        RuleDefinition rule = parse(body);
        if (rules.find(rule.id()).isPresent()) {
            throw new ApiException(HttpStatus.CONFLICT, "a rule '" + rule.id() + "' exists: PUT /api/v1/rules/"
                    + rule.id() + " to change it");
        }
        save(rule, caller);
        return json(HttpStatus.CREATED, rules.json(rule));
    }

    /** Creates or replaces the rule instance {@code id}; the body's id, when given, must be the path's. */
    @PutMapping("/{id}")
    public ResponseEntity<String> replace(@PathVariable String id, @RequestBody String body, Actor caller) {
        RuleDefinition rule = parse(body);
        if (!rule.id().equals(id)) {
            throw ApiException.badRequest("the rule's id '" + rule.id() + "' is not the path's '" + id + "'");
        }
        save(rule, caller);
        return json(HttpStatus.OK, rules.json(rule));
    }

    @DeleteMapping("/{id}")
    public ResponseEntity<Void> delete(@PathVariable String id, Actor caller) {
        if (!rules.delete(id, caller)) {
            throw ApiException.notFound("no rule '" + id + "'");
        }
        return ResponseEntity.noContent().build();
    }

    private RuleDefinition find(String id) {
        return rules.find(id).orElseThrow(() -> ApiException.notFound("no rule '" + id + "'"));
    }

    private RuleDefinition parse(String body) {
        try {
            RuleDefinition rule = rules.parse(body);
            if (rule.id().equals(CATALOGUE)) {
                throw ApiException.invalid("id", "reserved", "'" + CATALOGUE + "' names the catalogue "
                        + "(GET /api/v1/rules/types), not a rule");
            }
            return rule;
        } catch (RulesFileException e) {
            if (e.problems().isEmpty()) {
                throw ApiException.badRequest(e.getMessage());
            }
            throw ApiException.invalid(e.problems().stream()
                    .map(problem -> new FieldError(problem.field(), problem.code(), problem.message())).toList());
        }
    }

    private void save(RuleDefinition rule, Actor caller) {
        try {
            rules.save(rule, caller);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
    }

    private static ResponseEntity<String> json(HttpStatus status, String body) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(body);
    }
}
