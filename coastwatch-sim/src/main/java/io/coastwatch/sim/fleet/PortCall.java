package io.coastwatch.sim.fleet;

/**
 * A fishing trip as port control records it: departure declared at a Border Guard station, with the
 * declared return time. {@code recorded} false means the vessel left without a departure record.
 * Immutable.
 *
 * @param departureMillis when the vessel leaves its berth
 * @param declaredReturnMillis the return time declared at departure
 * @param actualReturnMillis when it is back at its berth (planned; may lie after the run)
 */
public record PortCall(String portId, String stationId, long departureMillis, long declaredReturnMillis,
        long actualReturnMillis, boolean recorded) {
}
