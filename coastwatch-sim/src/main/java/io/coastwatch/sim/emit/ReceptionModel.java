package io.coastwatch.sim.emit;

import io.coastwatch.sim.motion.Geo;
import io.coastwatch.sim.motion.LonLat;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Decides which receiver, if any, picks up a transmission: the receivers are tried nearest first
 * (the satellite, with its infinite range, last), each in range missing it with its own loss
 * probability. The first that hears it names the sentence's source; a message all of them miss is
 * lost. One draw per receiver in range, from the given random source, in a fixed order: seeded, the
 * result is reproducible. Thread-safe (immutable); the random source is the caller's.
 */
public final class ReceptionModel {
    private final List<Receiver> receivers;

    /** @param receivers the receivers; none means every message is lost */
    public ReceptionModel(List<Receiver> receivers) {
        this.receivers = List.copyOf(receivers);
    }

    /** A model in which a single receiver hears everything (the load mode). */
    public static ReceptionModel perfect(String id) {
        return new ReceptionModel(List.of(new Receiver(id, new LonLat(0, 0), Double.POSITIVE_INFINITY, 0)));
    }

    public List<Receiver> receivers() {
        return receivers;
    }

    /** The receiver that hears a transmission from {@code from}, or null when it is lost. */
    public Receiver receive(LonLat from, RandomGenerator random) {
        Receiver[] inRange = new Receiver[receivers.size()];
        double[] distance = new double[receivers.size()];
        int n = 0;
        for (Receiver receiver : receivers) {
            double d = Double.isInfinite(receiver.rangeMetres()) ? Double.POSITIVE_INFINITY
                    : Geo.distanceMetres(from, receiver.position());
            if (d <= receiver.rangeMetres()) {
                int at = n++;
                while (at > 0 && distance[at - 1] > d) {
                    inRange[at] = inRange[at - 1];
                    distance[at] = distance[at - 1];
                    at--;
                }
                inRange[at] = receiver;
                distance[at] = d;
            }
        }
        for (int i = 0; i < n; i++) {
            if (inRange[i].lossProbability() <= 0 || random.nextDouble() >= inRange[i].lossProbability()) {
                return inRange[i];
            }
        }
        return null;
    }
}
