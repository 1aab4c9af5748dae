package io.coastwatch.server.zone;

import io.coastwatch.engine.zone.Zone;
import io.coastwatch.engine.zone.geojson.DemoZones;
import io.coastwatch.engine.zone.geojson.ZoneDocument;
import io.coastwatch.engine.zone.geojson.ZoneGeoJson;
import io.coastwatch.engine.zone.geojson.ZoneImportException;
import io.coastwatch.engine.zone.kml.ZoneKml;
import io.coastwatch.operations.audit.AuditLog;
import io.coastwatch.operations.audit.AuditRecord;
import io.coastwatch.operations.common.Transactions;
import io.coastwatch.store.zone.StoredZone;
import io.coastwatch.store.zone.ZoneChange;
import io.coastwatch.store.zone.ZoneDraft;
import io.coastwatch.store.zone.ZoneStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.locationtech.jts.geom.GeometryFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * The current zones, kept in memory over the {@link ZoneStore}: every change goes to the store first
 * (with who and when, and the zone before and after), in one transaction with its record in the audit
 * log (entity {@code zone}: {@code create}, {@code update}, {@code delete}, the zone's name, kind, version
 * and GeoJSON feature before and after; an unchanged zone appends nothing), then to memory, then to the
 * subscribers.
 *
 * <p>Thread-safe: changes are applied one at a time, and each subscriber is called with the full list
 * after every change, in the order of the changes, on the thread that made it; a subscriber must
 * return quickly (hand over, never block) and must not change zones itself. Readers see the list of
 * the last completed change.
 */
public final class ZoneService {
    /** The user that changes made at start (the seed) are recorded as. */
    public static final String SYSTEM_USER = "system";
    /** The seed that names the bundled demo zones. */
    public static final String DEMO_SEED = "demo";

    private final ZoneStore store;
    private final Transactions transactions;
    private final AuditLog audit;
    private final Clock clock;
    private final GeometryFactory factory;
    private final ZoneGeoJson geoJson;
    private final ZoneKml kml;
    private final Object changes = new Object();
    private final List<Consumer<List<Zone>>> subscribers = new CopyOnWriteArrayList<>();
    private volatile Map<String, Zone> zones; // immutable, by id; replaced under `changes`

    /**
     * Loads the stored zones.
     *
     * @throws IllegalStateException when a stored zone no longer reads (the store was edited by hand)
     */
    public ZoneService(ZoneStore store, Transactions transactions, AuditLog audit, Clock clock, GeometryFactory factory) {
        this.store = store;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
        this.factory = factory;
        this.geoJson = new ZoneGeoJson(factory);
        this.kml = new ZoneKml(factory);
        Map<String, Zone> loaded = new TreeMap<>();
        for (StoredZone stored : store.all()) {
            loaded.put(stored.id(), read(stored.feature()));
        }
        this.zones = Collections.unmodifiableMap(loaded);
    }

    /** Every zone, in id order. */
    public List<Zone> zones() {
        return List.copyOf(zones.values());
    }

    public Optional<Zone> find(String id) {
        return Optional.ofNullable(zones.get(id));
    }

    /**
     * Calls {@code subscriber} with every zone now, and again after every change.
     *
     * @return closing it ends the subscription
     */
    public AutoCloseable subscribe(Consumer<List<Zone>> subscriber) {
        synchronized (changes) {
            subscribers.add(subscriber);
            subscriber.accept(zones());
        }
        return () -> subscribers.remove(subscriber);
    }

    /**
     * Reads a zone document: KML when {@code kml}, else GeoJSON (a FeatureCollection or one Feature).
     *
     * @throws ZoneImportException naming every feature that is wrong, and where
     */
    public List<Zone> read(String document, boolean kml) throws ZoneImportException {
        return readDocument(document, kml).zones();
    }

    /**
     * Reads a zone document like {@link #read}, with the import's warnings (a national limit whose
     * Vietnamese side nothing in the document gives).
     *
     * @throws ZoneImportException naming every feature that is wrong, and where
     */
    public ZoneDocument readDocument(String document, boolean kml) throws ZoneImportException {
        return kml ? this.kml.readDocument(document) : geoJson.readDocument(document);
    }

    /**
     * Creates or replaces the zones by id, all or none, recording each change as {@code user}.
     *
     * @return the zones as they are now, in the order given
     */
    public List<Zone> save(List<Zone> changed, String user) {
        List<ZoneDraft> drafts = changed.stream()
                .map(zone -> new ZoneDraft(zone.id(), zone.name(), zone.kind().code(), geoJson.writeFeature(zone)))
                .toList();
        if (drafts.isEmpty()) {
            return List.of();
        }
        synchronized (changes) {
            List<StoredZone> stored = transactions.write(() -> saveAudited(drafts, user));
            Map<String, Zone> next = new TreeMap<>(zones);
            List<Zone> saved = stored.stream().map(zone -> read(zone.feature())).toList();
            saved.forEach(zone -> next.put(zone.id(), zone));
            publish(next);
            return saved;
        }
    }

    /**
     * Deletes a zone, recording it as {@code user}.
     *
     * @return whether there was one
     */
    public boolean delete(String id, String user) {
        synchronized (changes) {
            boolean deleted = transactions.write(() -> store.delete(id, user, clock.millis())
                    .map(before -> audit.append(new AuditRecord(user, null, "delete", "zone", id, audited(before), null)))
                    .isPresent());
            if (!deleted) {
                return false;
            }
            Map<String, Zone> next = new TreeMap<>(zones);
            next.remove(id);
            publish(next);
            return true;
        }
    }

    /** The recorded changes to zone {@code id}, oldest first; empty when it never existed. */
    public List<ZoneChange> history(String id) {
        return store.history(id);
    }

    /** The zones as a GeoJSON FeatureCollection. */
    public String writeCollection(List<Zone> written) {
        return geoJson.write(written);
    }

    /** One zone as a GeoJSON Feature. */
    public String writeFeature(Zone zone) {
        return geoJson.writeFeature(zone);
    }

    /**
     * Imports {@code seed} as {@link #SYSTEM_USER} when the store holds no zone: {@value #DEMO_SEED} for
     * the bundled demo zones, else the path of a GeoJSON or KML ({@code .kml}) file. Does nothing for a
     * blank seed or when there are zones already.
     *
     * @return how many zones were imported
     * @throws IllegalArgumentException when the file cannot be read or holds invalid zones (with every problem)
     */
    public int seed(String seed) {
        if (seed == null || seed.isBlank()) {
            return 0;
        }
        synchronized (changes) {
            if (!store.all().isEmpty()) {
                return 0;
            }
            List<Zone> seeded;
            if (seed.strip().equals(DEMO_SEED)) {
                seeded = DemoZones.ninhThuan(factory);
            } else {
                Path file = Path.of(seed.strip());
                try {
                    seeded = read(Files.readString(file, StandardCharsets.UTF_8),
                            file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".kml"));
                } catch (IOException e) {
                    throw new UncheckedIOException("coastwatch.zones.seed: cannot read " + file, e);
                } catch (ZoneImportException e) {
                    throw new IllegalArgumentException("coastwatch.zones.seed: " + file + ": " + e.getMessage(), e);
                }
            }
            return save(seeded, SYSTEM_USER).size();
        }
    }

    /** Saves {@code drafts} and appends an audit record for each that changed; in the caller's transaction. */
    private List<StoredZone> saveAudited(List<ZoneDraft> drafts, String user) {
        List<Optional<StoredZone>> before = new ArrayList<>();
        for (ZoneDraft draft : drafts) {
            before.add(store.find(draft.id()));
        }
        List<StoredZone> stored = store.save(drafts, user, clock.millis());
        for (int i = 0; i < stored.size(); i++) {
            StoredZone after = stored.get(i);
            Optional<StoredZone> previous = before.get(i);
            if (previous.isEmpty() || previous.get().version() != after.version()) {
                audit.append(new AuditRecord(user, null, previous.isPresent() ? "update" : "create", "zone", after.id(),
                        previous.map(ZoneService::audited).orElse(null), audited(after)));
            }
        }
        return stored;
    }

    /** What the audit log keeps of a zone: its name, kind, version and GeoJSON feature (as JSON, not text). */
    private static Map<String, Object> audited(StoredZone zone) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("name", zone.name());
        fields.put("kind", zone.kind());
        fields.put("version", zone.version());
        fields.put("feature", JsonMapper.shared().readValue(zone.feature(), Map.class));
        return fields;
    }

    private Zone read(String feature) {
        try {
            return geoJson.read(feature).getFirst();
        } catch (ZoneImportException e) {
            throw new IllegalStateException("a stored zone does not read: " + e.getMessage(), e);
        }
    }

    /** Makes {@code next} the current zones and tells the subscribers; under {@code changes}. */
    private void publish(Map<String, Zone> next) {
        zones = Collections.unmodifiableMap(next);
        List<Zone> current = zones();
        subscribers.forEach(subscriber -> subscriber.accept(current));
    }
}
