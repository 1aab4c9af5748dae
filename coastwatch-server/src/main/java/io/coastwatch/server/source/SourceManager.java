package io.coastwatch.server.source;

import io.coastwatch.engine.pipeline.Ingest;
import io.coastwatch.operations.access.Actor;
import io.coastwatch.operations.audit.AuditLog;
import io.coastwatch.operations.audit.AuditRecord;
import io.coastwatch.operations.common.Transactions;
import io.coastwatch.server.api.ConflictException;
import io.coastwatch.store.source.SourceDefinition;
import io.coastwatch.store.source.SourceDefinitionStore;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Runs the sources: those of the configuration file and the command line (not persisted: they come
 * back from there at each start) and those added through the API (persisted in the
 * {@link SourceDefinitionStore}, so they survive restarts; each addition and removal stored in one
 * transaction with its record in the audit log, entity {@code source}). Samples each source's message count once a
 * second for its rate. Thread-safe.
 */
public final class SourceManager implements AutoCloseable {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    /** A running source and where it was defined. */
    public record Running(FeedSource source, SourceOrigin origin, SourceDefinition definition) {
    }

    private final Ingest ingest;
    private final SourceDefinitionStore store;
    private final Transactions transactions;
    private final AuditLog audit;
    private final SourceSettings settings;
    private final Clock clock;
    private final Map<String, Running> running = new ConcurrentHashMap<>();
    private final List<Consumer<Running>> addListeners = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final List<Consumer<Running>> removeListeners = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("source-rate-sampler").daemon().factory());

    public SourceManager(Ingest ingest, SourceDefinitionStore store, Transactions transactions, AuditLog audit,
            SourceSettings settings, Clock clock) {
        this.ingest = ingest;
        this.store = store;
        this.transactions = transactions;
        this.audit = audit;
        this.settings = settings;
        this.clock = clock;
        sampler.scheduleAtFixedRate(this::sampleRates, 1, 1, TimeUnit.SECONDS);
    }

    /** Calls {@code onAdd} for every source started from now on and {@code onRemove} for every one removed. */
    public void listen(Consumer<Running> onAdd, Consumer<Running> onRemove) {
        addListeners.add(onAdd);
        removeListeners.add(onRemove);
    }

    /**
     * Starts the sources of the configuration file, the command line and the store.
     *
     * @param configured id → URI of the configuration file's enabled sources
     * @param commandLine URIs given with {@code --source}; named {@code cli-1}, {@code cli-2}…
     */
    public void startAll(Map<String, String> configured, List<String> commandLine) {
        long now = clock.millis();
        configured.forEach((id, uri) -> start(new SourceDefinition(id, uri, true, "config", now), SourceOrigin.CONFIG));
        for (int i = 0; i < commandLine.size(); i++) {
            start(new SourceDefinition("cli-" + (i + 1), commandLine.get(i), true, "command line", now),
                    SourceOrigin.COMMAND_LINE);
        }
        for (SourceDefinition definition : store.all()) {
            if (running.containsKey(definition.id())) {
                throw new ConflictException("source id '" + definition.id()
                        + "' is both in the store and in the configuration or command line: rename one");
            }
            start(definition, SourceOrigin.API);
        }
    }

    /**
     * Adds a source through the API as {@code actor}: validates, persists with its audit record (durable
     * when this returns), then starts it (unless it is disabled). A file source must be a regular file in a replay folder.
     *
     * @throws IllegalArgumentException a bad id or URI, or a file outside the replay folders
     * @throws ConflictException the id is taken
     */
    public synchronized Running add(String id, String uri, boolean enabled, Actor actor) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException(
                    "source id must be 1-64 letters, digits, '.', '_' or '-', starting with a letter or digit");
        }
        SourceUri parsed = SourceUri.parse(uri);
        if (parsed.kind() == SourceUri.Kind.FILE) {
            try {
                new ReplayFolders(settings.replayFolders()).check(parsed.file());
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot replay " + e.getMessage(), e);
            }
        }
        if (running.containsKey(id) || store.find(id).isPresent()) {
            throw new ConflictException("a source with id '" + id + "' exists");
        }
        SourceDefinition definition = new SourceDefinition(id, uri.trim(), enabled, actor.account(), clock.millis());
        transactions.run(() -> {
            store.save(definition);
            audit.append(AuditRecord.of(actor, actor.homeUnitId().orElse(null), "create", "source", id, null, definition));
        });
        return start(definition, SourceOrigin.API);
    }

    /**
     * Stops and forgets an API source, recording {@code actor}.
     *
     * @return {@code false} when there is no such source
     * @throws ConflictException the source comes from the configuration file or command line
     */
    public synchronized boolean remove(String id, Actor actor) {
        Running source = running.get(id);
        if (source == null) {
            return false;
        }
        if (source.origin() != SourceOrigin.API) {
            throw new ConflictException("source '" + id + "' is defined in the "
                    + (source.origin() == SourceOrigin.CONFIG ? "configuration file" : "command line")
                    + ": remove it there");
        }
        transactions.run(() -> {
            store.delete(id);
            audit.append(AuditRecord.of(actor, actor.homeUnitId().orElse(null), "delete", "source", id,
                    source.definition(), null));
        });
        running.remove(id);
        source.source().stop();
        removeListeners.forEach(listener -> listener.accept(source));
        return true;
    }

    /** Every source, by id. */
    public List<Running> all() {
        List<Running> all = new ArrayList<>(running.values());
        all.sort(Comparator.comparing(r -> r.definition().id()));
        return all;
    }

    public Optional<Running> find(String id) {
        return Optional.ofNullable(running.get(id));
    }

    /** Stops every source. */
    @Override
    public void close() {
        sampler.shutdownNow();
        running.values().forEach(r -> r.source().stop());
    }

    private Running start(SourceDefinition definition, SourceOrigin origin) {
        SourceUri uri;
        try {
            uri = SourceUri.parse(definition.uri());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("source '" + definition.id() + "': " + e.getMessage(), e);
        }
        if (running.containsKey(definition.id())) {
            throw new ConflictException("a source with id '" + definition.id() + "' exists");
        }
        FeedSource source = FeedSource.create(definition.id(), uri, ingest, settings, origin == SourceOrigin.API);
        Running entry = new Running(source, origin, definition);
        running.put(definition.id(), entry);
        if (definition.enabled()) {
            source.start();
        } else {
            source.stats().state(SourceState.STOPPED);
        }
        addListeners.forEach(listener -> listener.accept(entry));
        return entry;
    }

    private void sampleRates() {
        long now = clock.millis();
        for (Running source : running.values()) {
            source.source().stats().sampleRate(now);
        }
    }
}
