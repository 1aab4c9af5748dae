package io.coastwatch.server.org;

import io.coastwatch.operations.access.Actor;
import io.coastwatch.operations.common.Fields;
import io.coastwatch.operations.common.InvalidRequest;
import io.coastwatch.operations.common.NotFound;
import io.coastwatch.operations.org.OrganisationFile;
import io.coastwatch.operations.org.OrganisationForms;
import io.coastwatch.operations.org.Unit;
import io.coastwatch.operations.org.UnitTree;
import io.coastwatch.operations.org.usecase.CloseUnit;
import io.coastwatch.operations.org.usecase.CreateUnit;
import io.coastwatch.operations.org.usecase.ImportOrganisation;
import io.coastwatch.operations.org.usecase.Organisation;
import io.coastwatch.operations.org.usecase.RemovePerson;
import io.coastwatch.operations.org.usecase.RemoveResource;
import io.coastwatch.operations.org.usecase.ReorganiseUnit;
import io.coastwatch.operations.org.usecase.SaveAgency;
import io.coastwatch.operations.org.usecase.SavePerson;
import io.coastwatch.operations.org.usecase.SaveResource;
import io.coastwatch.server.api.ApiException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The organisation under {@code /api/v1}: {@code units} (the tree of a day, {@code ?on=2025-06-30};
 * a unit's versions at {@code units/{id}/history}; a new unit, a new version, a closing),
 * {@code agencies}, {@code persons} and {@code resources}; and for each of the four, {@code export}
 * ({@code ?format=csv|xlsx}) and {@code import} (CSV or XLSX by {@code Content-Type}, all or nothing,
 * every bad line named). Records are the flat forms of {@link OrganisationForms}, the same shape in and
 * out. Each write is a use case, audited in its transaction; a refused one answers 400 naming the
 * fields, 403 out of the actor's scope, 404, or 409 against the record's state.
 */
@RestController
@RequestMapping("/api/v1")
public class OrganisationController {

    private final Organisation organisation;

    public OrganisationController(Organisation organisation) {
        this.organisation = organisation;
    }

    /** The units valid on {@code on} (default today, Vietnam time), parents before their children. */
    @GetMapping("/units")
    public List<Map<String, Object>> units(@RequestParam(required = false) String on) {
        UnitTree tree = organisation.units().treeOn(on == null ? organisation.today() : day("on", on));
        List<Map<String, Object>> units = new ArrayList<>();
        for (Unit root : tree.roots()) {
            addDepthFirst(tree, root, units);
        }
        return units;
    }

    @GetMapping("/units/{id}")
    public Map<String, Object> unit(@PathVariable String id, @RequestParam(required = false) String on) {
        LocalDate day = on == null ? organisation.today() : day("on", on);
        return OrganisationForms.fields(organisation.units().on(id, day)
                .orElseThrow(() -> new NotFound("no unit " + id + " on " + day)));
    }

    /** Every version of the unit, oldest first. */
    @GetMapping("/units/{id}/history")
    public List<Map<String, Object>> unitHistory(@PathVariable String id) {
        List<Unit> history = organisation.units().history(id);
        if (history.isEmpty()) {
            throw new NotFound("no unit " + id);
        }
        return history.stream().map(OrganisationForms::fields).toList();
    }

    @PostMapping("/units")
    public ResponseEntity<Map<String, Object>> createUnit(@RequestBody Map<String, Object> body, Actor actor) {
        Unit unit = read(body, null, OrganisationForms::unit);
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(OrganisationForms.fields(new CreateUnit(organisation).execute(actor, unit)));
    }

    /** A new version of the unit from its {@code validFrom} on (the same {@code validFrom} as the latest: a correction). */
    @PutMapping("/units/{id}")
    public Map<String, Object> reorganiseUnit(@PathVariable String id, @RequestBody Map<String, Object> body,
            Actor actor) {
        Unit next = read(body, id, OrganisationForms::unit);
        return OrganisationForms.fields(new ReorganiseUnit(organisation).execute(actor, next));
    }

    /** Ends the unit: {@code {"on": "2025-07-01"}}, the first day it no longer exists. */
    @PostMapping("/units/{id}/close")
    public Map<String, Object> closeUnit(@PathVariable String id, @RequestBody Map<String, Object> body,
            Actor actor) {
        Fields fields = Fields.of(body);
        LocalDate on = fields.date("on");
        fields.done();
        return OrganisationForms.fields(new CloseUnit(organisation).execute(actor, id, on));
    }

    /** Every agency, or those that exist on {@code on}. */
    @GetMapping("/agencies")
    public List<Map<String, Object>> agencies(@RequestParam(required = false) String on) {
        var agencies = on == null ? organisation.agencies().all() : organisation.agencies().validOn(day("on", on));
        return agencies.stream().map(OrganisationForms::fields).toList();
    }

    @GetMapping("/agencies/{id}")
    public Map<String, Object> agency(@PathVariable String id) {
        return OrganisationForms.fields(organisation.agencies().find(id).orElseThrow(() -> new NotFound("no agency " + id)));
    }

    @PutMapping("/agencies/{id}")
    public Map<String, Object> saveAgency(@PathVariable String id, @RequestBody Map<String, Object> body,
            Actor actor) {
        return OrganisationForms.fields(new SaveAgency(organisation).execute(actor,
                read(body, id, OrganisationForms::agency)));
    }

    /** Every person, or those of one unit ({@code unitId}). */
    @GetMapping("/persons")
    public List<Map<String, Object>> persons(@RequestParam(required = false) String unitId) {
        return organisation.persons().all().stream()
                .filter(person -> unitId == null || person.unitId().equals(unitId))
                .map(OrganisationForms::fields).toList();
    }

    @GetMapping("/persons/{id}")
    public Map<String, Object> person(@PathVariable String id) {
        return OrganisationForms.fields(organisation.persons().find(id).orElseThrow(() -> new NotFound("no person " + id)));
    }

    @PutMapping("/persons/{id}")
    public Map<String, Object> savePerson(@PathVariable String id, @RequestBody Map<String, Object> body,
            Actor actor) {
        return OrganisationForms.fields(new SavePerson(organisation).execute(actor,
                read(body, id, OrganisationForms::person)));
    }

    @DeleteMapping("/persons/{id}")
    public ResponseEntity<Void> removePerson(@PathVariable String id, Actor actor) {
        new RemovePerson(organisation).execute(actor, id);
        return ResponseEntity.noContent().build();
    }

    /** Every resource, or those of one unit ({@code unitId}). */
    @GetMapping("/resources")
    public List<Map<String, Object>> resources(@RequestParam(required = false) String unitId) {
        return organisation.resources().all().stream()
                .filter(resource -> unitId == null || resource.unitId().equals(unitId))
                .map(OrganisationForms::fields).toList();
    }

    @GetMapping("/resources/{id}")
    public Map<String, Object> resource(@PathVariable String id) {
        return OrganisationForms.fields(organisation.resources().find(id)
                .orElseThrow(() -> new NotFound("no resource " + id)));
    }

    @PutMapping("/resources/{id}")
    public Map<String, Object> saveResource(@PathVariable String id, @RequestBody Map<String, Object> body,
            Actor actor) {
        return OrganisationForms.fields(new SaveResource(organisation).execute(actor,
                read(body, id, OrganisationForms::resource)));
    }

    @DeleteMapping("/resources/{id}")
    public ResponseEntity<Void> removeResource(@PathVariable String id, Actor actor) {
        new RemoveResource(organisation).execute(actor, id);
        return ResponseEntity.noContent().build();
    }

    /** {@code kind} ({@code units}: every version; {@code agencies}, {@code persons}, {@code resources}) as CSV or XLSX. */
    @GetMapping({"/units/export", "/agencies/export", "/persons/export", "/resources/export"})
    public ResponseEntity<byte[]> export(@RequestParam(defaultValue = "csv") String format,
            jakarta.servlet.http.HttpServletRequest request) {
        OrganisationFile.Kind kind = kindOf(request.getRequestURI());
        boolean xlsx = switch (format) {
            case "csv" -> false;
            case "xlsx" -> true;
            default -> throw ApiException.invalid("format", "unknown-value", "format must be csv or xlsx");
        };
        List<Map<String, Object>> records = switch (kind) {
            case UNITS -> organisation.units().all().stream().map(OrganisationForms::fields).toList();
            case AGENCIES -> organisation.agencies().all().stream().map(OrganisationForms::fields).toList();
            case PERSONS -> organisation.persons().all().stream().map(OrganisationForms::fields).toList();
            case RESOURCES -> organisation.resources().all().stream().map(OrganisationForms::fields).toList();
        };
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(xlsx ? OrganisationFiles.XLSX : OrganisationFiles.CSV + ";charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + kind.slug() + (xlsx ? ".xlsx\"" : ".csv\""))
                .body(OrganisationFiles.write(kind, records, xlsx));
    }

    /** Imports a CSV or XLSX file of {@code kind}: all lines or none; answers how many were written and unchanged. */
    @PostMapping({"/units/import", "/agencies/import", "/persons/import", "/resources/import"})
    public ImportOrganisation.Result importFile(@RequestBody byte[] body,
            @RequestHeader(value = HttpHeaders.CONTENT_TYPE, required = false) String contentType,
            jakarta.servlet.http.HttpServletRequest request, Actor actor) {
        OrganisationFile.Kind kind = kindOf(request.getRequestURI());
        OrganisationFile file = OrganisationFiles.read(kind, body, OrganisationFiles.isXlsx(contentType));
        return new ImportOrganisation(organisation).execute(actor, file);
    }

    /** The record of {@code body}; the path's id, when given, is the record's (the body's may be left out). */
    private static <T> T read(Map<String, Object> body, String pathId, Function<Fields, T> form) {
        Map<String, Object> values = new HashMap<>(body);
        if (pathId != null) {
            Object bodyId = values.putIfAbsent("id", pathId);
            if (bodyId != null && !pathId.equals(bodyId)) {
                throw InvalidRequest.of("id", "bad-value", "the body's id '" + bodyId + "' is not the path's '" + pathId + "'");
            }
        }
        Fields fields = Fields.of(values);
        T record = form.apply(fields);
        fields.done();
        return record;
    }

    private static LocalDate day(String parameter, String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw ApiException.invalid(parameter, "bad-format", parameter + " must be a date (yyyy-mm-dd)");
        }
    }

    private static OrganisationFile.Kind kindOf(String uri) {
        for (OrganisationFile.Kind kind : OrganisationFile.Kind.values()) {
            if (uri.contains("/api/v1/" + kind.slug() + "/")) {
                return kind;
            }
        }
        throw new IllegalStateException("not an organisation path: " + uri);
    }

    private static void addDepthFirst(UnitTree tree, Unit unit, List<Map<String, Object>> out) {
        out.add(OrganisationForms.fields(unit));
        for (Unit child : tree.children(unit.id())) {
            addDepthFirst(tree, child, out);
        }
    }
}
