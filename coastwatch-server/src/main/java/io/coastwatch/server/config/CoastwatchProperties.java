package io.coastwatch.server.config;

import io.coastwatch.engine.alert.Severity;
import io.coastwatch.server.source.PeerFilter;
import io.coastwatch.server.source.SourceSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Coastwatch's settings, under {@code coastwatch.} in {@code application.yml} (or the file given with
 * {@code serve --config}), environment variables or the command line. Immutable.
 *
 * @param dataDir {@code coastwatch.data-dir}: where the SQLite file {@code coastwatch.db} lives (default {@code ./data})
 * @param store {@code coastwatch.store.*}: the database
 * @param sources {@code coastwatch.sources}: feed sources, each {@code id} and {@code uri} (and {@code enabled})
 * @param commandLineSources {@code coastwatch.command-line-sources}: the URIs given with {@code serve --source}
 * @param sourceDefaults {@code coastwatch.source-defaults.*}: reconnection, peers, connection and time limits of the
 *     sources, their share of the engine's queue, the replay folders
 * @param vms {@code coastwatch.vms.*}: what {@code POST /api/v1/vms} takes
 * @param requestLimits {@code coastwatch.request-limits.*}: the largest request bodies
 * @param engine {@code coastwatch.engine.*}: the engine's queue, deduplication and snapshot settings
 * @param admin {@code coastwatch.admin.password} (environment {@code COASTWATCH_ADMIN_PASSWORD}): the first
 *     administrator's password, used only when the store has no account
 * @param zones {@code coastwatch.zones.*}: the zones loaded into an empty store at start
 * @param rules {@code coastwatch.rules.*}: the rule instances loaded into an empty store at start
 * @param registry {@code coastwatch.registry.*}: the fisheries registry loaded into an empty store at start
 * @param alerts {@code coastwatch.alerts.*}: the alert service's queue
 * @param webhooks {@code coastwatch.webhooks}: receivers of alert webhooks, each {@code url} and {@code min-severity}
 * @param webhookDelivery {@code coastwatch.webhook-delivery.*}: retries and time-out of webhook deliveries
 * @param console {@code coastwatch.console.*}: the web console's base map and first view
 */
@ConfigurationProperties("coastwatch")
public record CoastwatchProperties(
        @DefaultValue("./data") Path dataDir,
        @DefaultValue Store store,
        List<SourceEntry> sources,
        List<String> commandLineSources,
        @DefaultValue SourceDefaults sourceDefaults,
        @DefaultValue Vms vms,
        @DefaultValue RequestLimits requestLimits,
        @DefaultValue Engine engine,
        @DefaultValue Admin admin,
        @DefaultValue Zones zones,
        @DefaultValue Rules rules,
        @DefaultValue Registry registry,
        @DefaultValue Alerts alerts,
        List<Webhook> webhooks,
        @DefaultValue WebhookDelivery webhookDelivery,
        @DefaultValue Console console) {

    public CoastwatchProperties {
        sources = sources == null ? List.of() : List.copyOf(sources);
        webhooks = webhooks == null ? List.of() : List.copyOf(webhooks);
        commandLineSources = commandLineSources == null ? List.of() : List.copyOf(commandLineSources);
    }

    /**
     * The database.
     *
     * @param jdbcUrl {@code coastwatch.store.jdbc-url}: empty for SQLite in the data directory, else
     *     {@code jdbc:sqlite:…} or {@code jdbc:postgresql://…}
     * @param user {@code coastwatch.store.user} (PostgreSQL)
     * @param password {@code coastwatch.store.password} (PostgreSQL)
     * @param positionRetention {@code coastwatch.store.position-retention}: how long positions are kept
     *     (such as {@code 365d}); 0 keeps them forever
     */
    public record Store(String jdbcUrl, String user, String password, @DefaultValue("0") Duration positionRetention) {
    }

    /**
     * A source from the configuration file.
     *
     * @param id unique name (letters, digits, {@code . _ -})
     * @param uri {@code tcp://host:port}, {@code tcp-listen://[host]:port}, {@code udp://[host]:port},
     *     {@code file:///path[?speed=X]}
     * @param enabled whether it runs (default true)
     */
    public record SourceEntry(String id, String uri, @DefaultValue("true") boolean enabled) {
    }

    /**
     * @param initialBackoff first wait before a TCP client reconnects (default 1s), doubled after each failure
     * @param maxBackoff cap of that wait (default 60s)
     * @param idleTimeout a TCP connection silent this long is dropped (default 2m); per source {@code ?idle-timeout=}
     * @param maxConnectionsPerListener connections a {@code tcp-listen} source accepts at once (default 64)
     * @param maxConnectionsPerPeer connections a {@code tcp-listen} source accepts at once from one address
     *     (default 4); per source {@code ?max-connections-per-peer=}
     * @param allowedPeers the addresses (CIDR blocks) {@code tcp-listen} and {@code udp} sources take data from
     *     (default this machine: {@code 127.0.0.0/8}, {@code ::1/128}); per source {@code ?allowed-peers=a,b}
     * @param queueShare most inputs of one source waiting in the engine's queue (default 16384): a flooding
     *     source fills its share, not the queue
     * @param maxAhead a message stamped (tag block {@code c:}) more than this ahead of its receive time is
     *     refused and counted (default 5m; file replays keep their recording's times)
     * @param replayFolders folders in which a {@code file://} source added through the API must lie (default none:
     *     the API adds no file source); sources of the configuration and command line are not confined
     */
    public record SourceDefaults(
            @DefaultValue("1s") Duration initialBackoff,
            @DefaultValue("60s") Duration maxBackoff,
            @DefaultValue("2m") Duration idleTimeout,
            @DefaultValue("64") int maxConnectionsPerListener,
            @DefaultValue("4") int maxConnectionsPerPeer,
            @DefaultValue({"127.0.0.0/8", "::1/128"}) List<String> allowedPeers,
            @DefaultValue("16384") int queueShare,
            @DefaultValue("5m") Duration maxAhead,
            List<Path> replayFolders) {

        SourceSettings settings() {
            return new SourceSettings(initialBackoff, maxBackoff, idleTimeout, maxConnectionsPerListener,
                    maxConnectionsPerPeer, PeerFilter.of(allowedPeers), queueShare, maxAhead,
                    replayFolders == null ? List.of() : replayFolders);
        }
    }

    /**
     * {@code POST /api/v1/vms}.
     *
     * @param maxAhead a report timed more than this ahead of its receipt is refused (default 5m)
     * @param maxReportsPerPost most reports in one request (default 10000)
     * @param maxNewVesselsPerPost most vessels one request may name that neither the registry nor the live
     *     picture knows (by registration number or VMS device id), each of which would become a new vessel
     *     (default 100); a request naming more is refused, naming the rows
     * @param queueShare most VMS reports waiting in the engine's queue (default 16384), apart from every
     *     AIS source's share
     * @param maxWait how long a request waits for room in that share before the rest is refused with a 503
     *     (default 5s)
     */
    public record Vms(
            @DefaultValue("5m") Duration maxAhead,
            @DefaultValue("10000") int maxReportsPerPost,
            @DefaultValue("100") int maxNewVesselsPerPost,
            @DefaultValue("16384") int queueShare,
            @DefaultValue("5s") Duration maxWait) {
    }

    /**
     * The largest request bodies; a larger one is refused with a 413 before it is read.
     *
     * @param maxBody every request's body (default 1MB)
     * @param uploads larger limits for the endpoints that take files, each {@code path} (a pattern such as
     *     {@code /api/v1/zones/**}) and {@code max-body}; {@code application.yml} lists the zones and the
     *     registry (32MB) and VMS (4MB)
     */
    public record RequestLimits(
            @DefaultValue("1MB") DataSize maxBody,
            List<Upload> uploads) {

        public RequestLimits {
            uploads = uploads == null ? List.of() : List.copyOf(uploads);
        }

        /** An endpoint that takes larger bodies: {@code path} a pattern ({@code /api/v1/zones/**}). */
        public record Upload(String path, DataSize maxBody) {
        }
    }

    /**
     * @param queueCapacity inputs waiting for the engine's writer thread; more are dropped and counted (default 65536)
     * @param duplicateWindow the same message heard again within this event time counts once (default 10s)
     * @param duplicateCapacity most messages remembered for deduplication (default 1000000)
     * @param snapshotInterval how often the changed vessel states are saved (default 5s)
     * @param clockMaxAhead a report stamped more than this after the wall clock does not move the event clock the
     *     rules' timers run on (default 10m; the demo sets the length of its faster-than-real-time run)
     */
    public record Engine(
            @DefaultValue("65536") int queueCapacity,
            @DefaultValue("10s") Duration duplicateWindow,
            @DefaultValue("1000000") int duplicateCapacity,
            @DefaultValue("5s") Duration snapshotInterval,
            @DefaultValue("10m") Duration clockMaxAhead) {
    }

    /** @param password the first administrator's password, or empty to generate one */
    public record Admin(String password) {
    }

    /**
     * @param seed {@code coastwatch.zones.seed}: when the store holds no zone at start, the zones to import
     *     (recorded as user {@code system}): {@code demo} for the bundled demo zones of the former Ninh
     *     Thuận coast, or the path of a GeoJSON or KML ({@code .kml}) file; empty for none
     */
    public record Zones(String seed) {
    }

    /**
     * @param seed {@code coastwatch.rules.seed}: when the store holds no rule at start, the rules to load
     *     (recorded as user {@code system}): {@code default} (the default) for the bundled set, every rule of
     *     docs/rules.md with its default thresholds, or the path of a rules file (YAML); empty for none
     * @param warmUp {@code coastwatch.rules.warm-up}: at start, the rules rebuild their state (dwell, loitering,
     *     encounters, recent fixes …) by replaying the stored positions of the longest window they need, at most
     *     this long (default 6 h); {@code 0s} for none (then only the dark-vessel and VMS-loss timers resume)
     */
    public record Rules(@DefaultValue("default") String seed, @DefaultValue("6h") Duration warmUp) {
    }

    /**
     * @param seed {@code coastwatch.registry.seed}: when the store holds no registered vessel at start, the
     *     registry to import: a registry CSV, or the simulator's records ({@code .json}, with departure
     *     records); empty for none
     */
    public record Registry(String seed) {
    }

    /** @param queueCapacity detections waiting for the alert service; more are dropped and counted (default 10000) */
    public record Alerts(@DefaultValue("10000") int queueCapacity) {
    }

    /**
     * A receiver of alert webhooks.
     *
     * @param url where deliveries are POSTed
     * @param minSeverity {@code info}, {@code warning} (default) or {@code critical}: only alerts of at least this
     */
    public record Webhook(String url, @DefaultValue("WARNING") Severity minSeverity) {
    }

    /**
     * @param initialBackoff wait before the first retry of a failed delivery (default 5s), doubled after each failure
     * @param maxBackoff cap of that wait (default 1h)
     * @param maxAttempts attempts before a delivery is given up and kept as failed (default 20)
     * @param timeout time allowed for one attempt (default 10s)
     */
    public record WebhookDelivery(
            @DefaultValue("5s") Duration initialBackoff,
            @DefaultValue("1h") Duration maxBackoff,
            @DefaultValue("20") int maxAttempts,
            @DefaultValue("10s") Duration timeout) {
    }

    /**
     * The web console.
     *
     * @param tileUrl {@code coastwatch.console.tile-url}: a raster tile server's URL template
     *     ({@code …/{z}/{x}/{y}.png}) drawn over the bundled land; empty (the default) for the bundled
     *     offline map alone
     * @param tileAttribution {@code coastwatch.console.tile-attribution}: the credit line of those tiles
     * @param centerLatitude {@code coastwatch.console.center-latitude}: the first view's centre (default 11.4)
     * @param centerLongitude {@code coastwatch.console.center-longitude} (default 109.3)
     * @param zoom {@code coastwatch.console.zoom}: the first view's zoom level (default 9)
     * @param staleAfter {@code coastwatch.console.stale-after}: a vessel not heard for this long is drawn
     *     faded (default 15m)
     * @param printMarking {@code coastwatch.console.print-marking}: the security marking at the head of
     *     every printed page, as the command's rules on classified information set it (default
     *     {@code MẬT}; empty for none); printed as written, in either language
     */
    public record Console(
            @DefaultValue("") String tileUrl,
            @DefaultValue("") String tileAttribution,
            @DefaultValue("11.4") double centerLatitude,
            @DefaultValue("109.3") double centerLongitude,
            @DefaultValue("9") int zoom,
            @DefaultValue("15m") Duration staleAfter,
            @DefaultValue("MẬT") String printMarking) {
    }

    /** The JDBC URL to open: the one configured, else SQLite in the data directory. */
    public String effectiveJdbcUrl() {
        if (store.jdbcUrl() != null && !store.jdbcUrl().isBlank()) {
            return store.jdbcUrl();
        }
        return "jdbc:sqlite:" + dataDir.resolve("coastwatch.db").toAbsolutePath();
    }
}
