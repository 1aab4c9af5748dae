package io.coastwatch.server.registry;

import io.coastwatch.engine.registry.DepartureRecord;
import io.coastwatch.engine.registry.InMemoryVesselRegistry;
import io.coastwatch.engine.registry.RegisteredVessel;
import io.coastwatch.engine.registry.RegistryCsv;
import io.coastwatch.engine.registry.RegistryImportException;
import io.coastwatch.engine.registry.SimulatorRecords;
import io.coastwatch.engine.registry.VesselRegistry;
import io.coastwatch.operations.access.Actor;
import io.coastwatch.operations.audit.AuditLog;
import io.coastwatch.operations.audit.AuditRecord;
import io.coastwatch.operations.common.Transactions;
import io.coastwatch.server.api.ApiException;
import io.coastwatch.store.registry.RegistryStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The fisheries registry and the departure records over the store: imports (CSV of the registry, or
 * the simulator's records with their departures), the registry in force for the rules, and its
 * subscribers (the rule engine). Each write is one transaction with its record in the audit log (entity
 * {@code registry}, id {@code vessels}: how many vessels before; after, how many and the registration
 * numbers added, changed and removed, and how many departures were stored). Thread-safe: changes are serialised; readers get an immutable
 * registry.
 */
public final class RegistryService {
    private final RegistryStore store;
    private final Transactions transactions;
    private final AuditLog audit;
    private final RegistryCsv csv = new RegistryCsv();
    private final SimulatorRecords simulatorRecords = new SimulatorRecords();
    private final List<Consumer<VesselRegistry>> subscribers = new CopyOnWriteArrayList<>();
    private volatile InMemoryVesselRegistry current;

    public RegistryService(RegistryStore store, Transactions transactions, AuditLog audit) {
        this.store = store;
        this.transactions = transactions;
        this.audit = audit;
        this.current = new InMemoryVesselRegistry(store.vessels(), store.departures());
    }

    /** The registry in force. */
    public InMemoryVesselRegistry current() {
        return current;
    }

    /**
     * Calls {@code subscriber} with the registry after every change.
     *
     * @return closing it ends the subscription
     */
    public AutoCloseable subscribe(Consumer<VesselRegistry> subscriber) {
        subscribers.add(subscriber);
        return () -> subscribers.remove(subscriber);
    }

    /**
     * Imports a registry CSV (header line, the columns of {@link RegistryCsv#COLUMNS}) as {@code actor}:
     * all rows or none.
     *
     * @param replaceAll whether the file is the whole registry (vessels not in it are removed) or an
     *     update (its vessels added or replaced)
     * @param mayEmpty whether a whole registry without a vessel may empty the registry; when not, such a
     *     file (a header alone, often a failed export) is refused with a 400 on {@code emptyRegistry}
     * @return the vessels imported
     * @throws RegistryImportException naming the line and column that is wrong
     */
    public synchronized List<RegisteredVessel> importCsv(String text, boolean replaceAll, boolean mayEmpty,
            Actor actor) throws RegistryImportException {
        List<RegisteredVessel> vessels = csv.read(text);
        if (replaceAll && vessels.isEmpty() && !mayEmpty && !current.vessels().isEmpty()) {
            throw ApiException.invalid("emptyRegistry", "confirmation-required", "the file holds no vessel: replacing"
                    + " the registry with it would remove all " + current.vessels().size() + " vessels; send"
                    + " emptyRegistry=true to do that");
        }
        write(actor, replaceAll ? "replace" : "import", 0, () -> store.saveVessels(vessels, replaceAll));
        return vessels;
    }

    /**
     * Imports the simulator's records ({@code coastwatch simulate --records}) as {@code actor}: its vessels
     * are added or replaced, its departure records stored.
     *
     * @throws RegistryImportException when the document is not such records
     */
    public synchronized InMemoryVesselRegistry importSimulatorRecords(String json, Actor actor)
            throws RegistryImportException {
        InMemoryVesselRegistry records = simulatorRecords.read(json);
        write(actor, "import", records.departures().size(), () -> {
            store.saveVessels(records.vessels(), false);
            store.saveDepartures(records.departures());
        });
        return records;
    }

    /**
     * Stores departure records (port control) as {@code actor}, replacing those of the same vessel and
     * departure time.
     */
    public synchronized void saveDepartures(List<DepartureRecord> departures, Actor actor) {
        write(actor, "save-departures", departures.size(), () -> store.saveDepartures(departures));
    }

    /** The registry as CSV, in the import's columns. */
    public String exportCsv() {
        return csv.write(current.vessels());
    }

    /**
     * Imports {@code seed} when the store holds no registered vessel: a registry CSV, or the
     * simulator's records ({@code .json}). Does nothing for a blank seed or when there is a registry.
     *
     * @return how many vessels were imported
     * @throws IllegalArgumentException when the file cannot be read or is invalid (naming what is wrong)
     */
    public synchronized int seed(String seed) {
        if (seed == null || seed.isBlank() || !current.vessels().isEmpty()) {
            return 0;
        }
        Path file = Path.of(seed);
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            Actor seeder = Actor.system("seed");
            return seed.endsWith(".json") ? importSimulatorRecords(text, seeder).vessels().size()
                    : importCsv(text, true, false, seeder).size();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the registry seed " + file, e);
        } catch (RegistryImportException e) {
            throw new IllegalArgumentException("registry seed " + file + ": " + e.getMessage(), e);
        }
    }

    /** Runs {@code write} and appends its audit record in one transaction, then makes the result the registry in force. */
    private void write(Actor actor, String action, int departures, Runnable write) {
        List<RegisteredVessel> before = current.vessels();
        transactions.run(() -> {
            write.run();
            Map<String, Object> after = changes(before, store.vessels());
            after.put("departures", departures);
            audit.append(AuditRecord.of(actor, actor.homeUnitId().orElse(null), action, "registry", "vessels",
                    Map.of("vessels", before.size()), after));
        });
        reload();
    }

    /** How many vessels {@code after} holds and the registration numbers added, changed and removed since {@code before}. */
    private static Map<String, Object> changes(List<RegisteredVessel> before, List<RegisteredVessel> after) {
        Map<String, RegisteredVessel> old = byNumber(before);
        Map<String, RegisteredVessel> now = byNumber(after);
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("vessels", after.size());
        changes.put("added", now.keySet().stream().filter(number -> !old.containsKey(number)).sorted().toList());
        changes.put("changed", now.entrySet().stream().filter(vessel -> old.containsKey(vessel.getKey())
                && !old.get(vessel.getKey()).equals(vessel.getValue())).map(Map.Entry::getKey).sorted().toList());
        changes.put("removed", old.keySet().stream().filter(number -> !now.containsKey(number)).sorted().toList());
        return changes;
    }

    private static Map<String, RegisteredVessel> byNumber(List<RegisteredVessel> vessels) {
        return vessels.stream().collect(Collectors.toMap(RegisteredVessel::registrationNumber, Function.identity()));
    }

    private void reload() {
        current = new InMemoryVesselRegistry(store.vessels(), store.departures());
        subscribers.forEach(subscriber -> subscriber.accept(current));
    }
}
