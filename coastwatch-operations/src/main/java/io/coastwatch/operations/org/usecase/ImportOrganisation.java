package io.coastwatch.operations.org.usecase;

import io.coastwatch.operations.access.Actor;
import io.coastwatch.operations.common.Fields;
import io.coastwatch.operations.common.InvalidRequest;
import io.coastwatch.operations.common.NotFound;
import io.coastwatch.operations.common.Problem;
import io.coastwatch.operations.common.StateConflict;
import io.coastwatch.operations.org.Agency;
import io.coastwatch.operations.org.OrganisationFile;
import io.coastwatch.operations.org.OrganisationFile.Line;
import io.coastwatch.operations.org.OrganisationForms;
import io.coastwatch.operations.org.Person;
import io.coastwatch.operations.org.Resource;
import io.coastwatch.operations.org.Unit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Imports a file of units (their versions), agencies, persons or resources: every line is read and
 * applied through the use case of its kind, each write audited, in one transaction. When any line is
 * wrong nothing is imported, and every wrong line is named (up to {@link #MAX_PROBLEMS}). A line equal
 * to what is stored changes nothing, so an export imports back as a no-op.
 */
public final class ImportOrganisation {

    /** The most problems one refused import names. */
    public static final int MAX_PROBLEMS = 100;

    private final Organisation organisation;
    private final CreateUnit createUnit;
    private final ReorganiseUnit reorganiseUnit;
    private final SaveAgency saveAgency;
    private final SavePerson savePerson;
    private final SaveResource saveResource;

    public ImportOrganisation(Organisation organisation) {
        this.organisation = organisation;
        this.createUnit = new CreateUnit(organisation);
        this.reorganiseUnit = new ReorganiseUnit(organisation);
        this.saveAgency = new SaveAgency(organisation);
        this.savePerson = new SavePerson(organisation);
        this.saveResource = new SaveResource(organisation);
    }

    /**
     * What an import did.
     *
     * @param written lines that created or changed a record
     * @param unchanged lines equal to what was stored
     */
    public record Result(int written, int unchanged) {
    }

    /**
     * @throws InvalidRequest naming each wrong line and field ({@code line 14, unitId}); nothing was imported
     * @throws io.coastwatch.operations.common.OutOfScope when a line is outside what the actor may change
     */
    public Result execute(Actor actor, OrganisationFile file) {
        return switch (file.kind()) {
            case UNITS -> apply(actor, unitsInTreeOrder(file.lines()), OrganisationForms::unit, this::unit);
            case AGENCIES -> apply(actor, file.lines(), OrganisationForms::agency, this::agency);
            case PERSONS -> apply(actor, file.lines(), OrganisationForms::person, this::person);
            case RESOURCES -> apply(actor, file.lines(), OrganisationForms::resource, this::resource);
        };
    }

    /** Applies one record for {@code actor}; whether it wrote anything. */
    @FunctionalInterface
    private interface Writer<T> {
        boolean write(Actor actor, T record);
    }

    private <T> Result apply(Actor actor, List<Line> lines, Function<Fields, T> read, Writer<T> writer) {
        return organisation.transactions().write(() -> {
            List<Problem> problems = new ArrayList<>();
            int written = 0;
            int unchanged = 0;
            for (Line line : lines) {
                if (problems.size() >= MAX_PROBLEMS) {
                    break;
                }
                String where = "line " + line.number();
                Fields fields = new Fields(line.values(), field -> where + ", " + field);
                T record = read.apply(fields);
                if (record == null) {
                    problems.addAll(fields.problems());
                    continue;
                }
                try {
                    if (organisation.transactions().write(() -> writer.write(actor, record))) {
                        written++;
                    } else {
                        unchanged++;
                    }
                } catch (InvalidRequest e) {
                    e.problems().forEach(problem -> problems.add(new Problem(where + ", " + problem.field(),
                            problem.code(), problem.message())));
                } catch (StateConflict | NotFound e) {
                    problems.add(new Problem(where, "conflict", e.getMessage()));
                }
            }
            if (!problems.isEmpty()) {
                throw new InvalidRequest(problems.subList(0, Math.min(problems.size(), MAX_PROBLEMS)));
            }
            return new Result(written, unchanged);
        });
    }

    private boolean unit(Actor actor, Unit version) {
        List<Unit> history = organisation.units().history(version.id());
        if (history.contains(version)) {
            return false;
        }
        if (history.isEmpty()) {
            createUnit.execute(actor, version);
        } else {
            reorganiseUnit.execute(actor, version);
        }
        return true;
    }

    private boolean agency(Actor actor, Agency agency) {
        boolean same = organisation.agencies().find(agency.id()).filter(agency::equals).isPresent();
        saveAgency.execute(actor, agency);
        return !same;
    }

    private boolean person(Actor actor, Person person) {
        boolean same = organisation.persons().find(person.id()).filter(person::equals).isPresent();
        savePerson.execute(actor, person);
        return !same;
    }

    private boolean resource(Actor actor, Resource resource) {
        boolean same = organisation.resources().find(resource.id()).filter(resource::equals).isPresent();
        saveResource.execute(actor, resource);
        return !same;
    }

    /**
     * The lines by first day, and on one day parents before their children (as far as the file says who
     * is whose parent), so that each version's parent exists when it is created.
     */
    private static List<Line> unitsInTreeOrder(List<Line> lines) {
        Map<String, String> parents = new HashMap<>();
        for (Line line : lines) {
            String id = line.values().get("id");
            if (id != null) {
                parents.putIfAbsent(id.strip(), Objects.requireNonNullElse(line.values().get("parentId"), "").strip());
            }
        }
        Comparator<Line> byDay = Comparator.comparing(line -> Objects.requireNonNullElse(line.values().get("validFrom"), "").strip());
        Comparator<Line> byDepth = Comparator.comparingInt(line -> depth(parents,
                Objects.requireNonNullElse(line.values().get("id"), "").strip()));
        return lines.stream().sorted(byDay.thenComparing(byDepth).thenComparingLong(Line::number)).toList();
    }

    private static int depth(Map<String, String> parents, String id) {
        int depth = 0;
        String step = parents.get(id);
        while (step != null && !step.isEmpty() && depth <= parents.size()) {
            depth++;
            step = parents.get(step);
        }
        return depth;
    }
}
