package io.coastwatch.server.registry;

import io.coastwatch.engine.registry.DepartureRecord;
import io.coastwatch.engine.registry.InMemoryVesselRegistry;
import io.coastwatch.engine.registry.RegisteredVessel;
import io.coastwatch.engine.registry.RegistryImportException;
import io.coastwatch.engine.registry.SimulatorRecords;
import io.coastwatch.engine.registry.VesselRegistry;
import io.coastwatch.operations.access.Actor;
import io.coastwatch.operations.access.UnitScope;
import io.coastwatch.operations.registry.FleetFile;
import io.coastwatch.operations.registry.FleetVessel;
import io.coastwatch.operations.registry.usecase.Fleet;
import io.coastwatch.operations.registry.usecase.ImportVessels;
import io.coastwatch.operations.registry.usecase.SaveVessel;
import io.coastwatch.store.registry.RegistryStore;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The fleet registry in the server: its use cases ({@link SaveVessel}, {@link ImportVessels}) over the
 * store, the departure records, and the projection the detection rules read (an immutable
 * {@link InMemoryVesselRegistry} of {@link FleetVessel#registered()}), handed to its subscribers (the
 * rule engine) after every change. At its first start on a database of the first registry
 * ({@code registry_vessels}), it takes those vessels over into the fleet registry, audited as the job
 * {@code system:registry-takeover}. Thread-safe: changes are serialised; readers get an immutable
 * registry.
 */
public final class RegistryService {
    private static final Actor SEEDER = Actor.system("registry-seed");
    private static final Actor TAKEOVER = Actor.system("registry-takeover");
    private static final UnitScope EVERYTHING = new UnitScope(true, Set.of(), Set.of(), Set.of());

    private final RegistryStore store;
    private final Fleet fleet;
    private final SaveVessel save;
    private final ImportVessels importer;
    private final SimulatorRecords simulatorRecords = new SimulatorRecords();
    private final List<Consumer<VesselRegistry>> subscribers = new CopyOnWriteArrayList<>();
    private volatile InMemoryVesselRegistry current;
    /** The fleet's records {@link #current} projects; changed under the lock only. */
    private List<FleetVessel> fleetVessels = List.of();

    /**
     * @param store the departure records (and the first registry, taken over once)
     * @param fleet the fleet registry's use cases' parts
     */
    public RegistryService(RegistryStore store, Fleet fleet) {
        this.store = store;
        this.fleet = fleet;
        this.save = new SaveVessel(fleet);
        this.importer = new ImportVessels(fleet);
        takeOverFirstRegistry();
        this.current = projection(fleet.vessels().all());
    }

    /** The registry in force, as the rules read it. */
    public InMemoryVesselRegistry current() {
        return current;
    }

    /** The fleet registry's parts (its repository answers lookups and history). */
    public Fleet fleet() {
        return fleet;
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

    /** {@link SaveVessel}, then the rules' registry with the vessel as saved. */
    public synchronized FleetVessel save(Actor actor, UnitScope scope, FleetVessel vessel) {
        FleetVessel saved = save.execute(actor, scope, vessel);
        List<FleetVessel> vessels = new ArrayList<>(fleetVessels.size() + 1);
        fleetVessels.stream().filter(other -> !other.key().equals(saved.key())).forEach(vessels::add);
        vessels.add(saved);
        publish(projection(vessels));
        return saved;
    }

    /** {@link ImportVessels}, then the rules' registry as imported. */
    public synchronized ImportVessels.Result importVessels(Actor actor, UnitScope scope, List<FleetVessel> vessels,
            boolean replaceAll, boolean mayEmpty) {
        ImportVessels.Result result = importer.execute(actor, scope, vessels, replaceAll, mayEmpty);
        if (result.created() + result.updated() + result.removed() > 0) {
            reload();
        }
        return result;
    }

    /**
     * Imports the simulator's records ({@code coastwatch simulate --records}): its vessels are added or
     * replaced in the fleet registry, its departure records stored.
     *
     * @return the records read
     * @throws RegistryImportException when the document is not such records
     */
    public synchronized InMemoryVesselRegistry importSimulatorRecords(Actor actor, UnitScope scope, String json)
            throws RegistryImportException {
        InMemoryVesselRegistry records = simulatorRecords.read(json);
        importer.execute(actor, scope, distinct(records.vessels()), false, false);
        store.saveDepartures(records.departures());
        reload();
        return records;
    }

    /** Stores departure records (port control), replacing those of the same vessel and departure time. */
    public synchronized void saveDepartures(List<DepartureRecord> departures) {
        store.saveDepartures(departures);
        reload();
    }

    /**
     * Imports {@code seed} when the fleet registry holds no vessel: a fleet file (CSV), or the
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
            if (seed.endsWith(".json")) {
                return importSimulatorRecords(SEEDER, EVERYTHING, text).vessels().size();
            }
            List<FleetVessel> vessels = FleetFile.vessels(FleetFile.readCsv(new StringReader(text)));
            importVessels(SEEDER, EVERYTHING, vessels, true, false);
            return vessels.size();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the registry seed " + file, e);
        } catch (RegistryImportException | RuntimeException e) {
            throw new IllegalArgumentException("registry seed " + file + ": " + e.getMessage(), e);
        }
    }

    private void takeOverFirstRegistry() {
        List<RegisteredVessel> first = store.vessels();
        if (first.isEmpty()) {
            return;
        }
        if (fleet.vessels().count() == 0) {
            importer.execute(TAKEOVER, EVERYTHING, distinct(first), false, false);
        }
        store.saveVessels(List.of(), true);
    }

    /** The fleet records of {@code vessels}, one per registration key (the later of two spellings of one number). */
    private static List<FleetVessel> distinct(List<RegisteredVessel> vessels) {
        Map<String, FleetVessel> byKey = new LinkedHashMap<>();
        vessels.stream().map(FleetVessel::of).forEach(vessel -> byKey.put(vessel.key(), vessel));
        return List.copyOf(byKey.values());
    }

    private void reload() {
        publish(projection(fleet.vessels().all()));
    }

    /** The rules' registry of {@code vessels} (kept as the fleet's records, for the next change). */
    private InMemoryVesselRegistry projection(List<FleetVessel> vessels) {
        fleetVessels = List.copyOf(vessels);
        Map<String, String> spareDevices = new HashMap<>();
        vessels.forEach(vessel -> vessel.vmsDeviceIds().stream().skip(1)
                .forEach(device -> spareDevices.put(device, vessel.registrationNumber())));
        return new InMemoryVesselRegistry(vessels.stream().map(FleetVessel::registered).toList(), store.departures(),
                spareDevices);
    }

    private void publish(InMemoryVesselRegistry registry) {
        current = registry;
        subscribers.forEach(subscriber -> subscriber.accept(registry));
    }
}
