package io.coastwatch.server.vms;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;

/**
 * What {@code POST /api/v1/vms} took and refused, by the account that sent it (served at
 * {@code /actuator/prometheus}): {@code coastwatch.vms.accepted}, {@code coastwatch.vms.refused} by
 * {@code reason} (the field errors' codes: {@code in-the-future}, {@code too-many-new-vessels},
 * {@code out-of-range} …), {@code coastwatch.vms.not.taken} (no room in the engine's queue in time).
 * Thread-safe.
 */
final class VmsMeters {
    private final MeterRegistry registry;

    VmsMeters(MeterRegistry registry) {
        this.registry = registry;
    }

    void accepted(String account, int reports) {
        counter("coastwatch.vms.accepted", "reports taken into the engine", account).increment(reports);
    }

    void refused(String account, Map<String, Integer> errorsByCode) {
        errorsByCode.forEach((reason, count) -> Counter.builder("coastwatch.vms.refused")
                .description("errors of refused VMS requests, by reason").tag("account", account).tag("reason", reason)
                .register(registry).increment(count));
    }

    void notTaken(String account, int reports) {
        counter("coastwatch.vms.not.taken", "reports the engine's queue had no room for in time", account)
                .increment(reports);
    }

    private Counter counter(String name, String description, String account) {
        return Counter.builder(name).description(description).tag("account", account).register(registry);
    }
}
