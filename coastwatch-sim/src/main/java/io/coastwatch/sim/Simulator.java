package io.coastwatch.sim;

import io.coastwatch.ais.bits.BitWriter;
import io.coastwatch.ais.message.AisMessage;
import io.coastwatch.ais.message.MessageCodec;
import io.coastwatch.ais.nmea.SentenceWriter;
import io.coastwatch.sim.emit.AisMessages;
import io.coastwatch.sim.emit.NmeaSink;
import io.coastwatch.sim.emit.Receiver;
import io.coastwatch.sim.emit.ReceptionModel;
import io.coastwatch.sim.emit.RecordsWriter;
import io.coastwatch.sim.emit.ReportingIntervals;
import io.coastwatch.sim.emit.TruthWriter;
import io.coastwatch.sim.emit.VmsLine;
import io.coastwatch.sim.emit.VmsSink;
import io.coastwatch.sim.fleet.AisClass;
import io.coastwatch.sim.fleet.FixedStation;
import io.coastwatch.sim.fleet.Fleet;
import io.coastwatch.sim.fleet.FleetBuilder;
import io.coastwatch.sim.fleet.TruthEvent;
import io.coastwatch.sim.fleet.Vessel;
import io.coastwatch.sim.motion.Geo;
import io.coastwatch.sim.motion.LonLat;
import io.coastwatch.sim.scenario.Area;
import io.coastwatch.sim.scenario.Scenario;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.SplittableRandom;
import java.util.function.LongFunction;
import java.util.random.RandomGenerator;

/**
 * Runs a scenario on a simulated clock: every transmitter's next report waits in one time-ordered
 * queue (ties broken by kind and fleet order, so a seed always gives the same bytes); at its time
 * the vessel is moved forward, the message built, encoded by the codec, put through the reception
 * model and written with a {@code c:} time and {@code s:} receiver tag block. Paced at
 * {@code speed} simulated seconds per wall second, or as fast as possible. VMS reports go out in
 * batches (the reports of one simulated minute). At the end the ground truth is computed from the
 * scripted vessels' true tracks and written with the fleet records. A paced run whose thread is
 * interrupted stops there and still writes them, up to the simulated time it reached (the thread's
 * interrupt status is set again on return).
 *
 * <p>Not thread-safe: one run per instance, on the calling thread.
 */
public final class Simulator {
    private static final int POSITION = 0;
    private static final int STATIC = 1;
    private static final int VMS = 2;
    private static final int BASE_STATION = 3;
    private static final int AID = 4;
    private static final long VMS_INTERVAL_MILLIS = 2 * 3_600_000L;
    private static final long VMS_BATCH_MILLIS = 60_000;
    private static final long FIRST_REPORT_WITHIN_MILLIS = 10_000;
    private static final String LOAD_RECEIVER = "LOAD";
    private static final String SATELLITE_RECEIVER = "SAT";

    private final Scenario scenario;
    private final Area area;
    private final boolean asFastAsPossible;

    /**
     * The outputs of a run; any may be null except {@code nmea}.
     *
     * @param nmea where the AIS sentences go
     * @param vms where VMS batches go
     * @param truth the ground-truth file (CSV, or JSON for {@code .json})
     * @param records the registry and departure records file (JSON)
     */
    public record Outputs(NmeaSink nmea, VmsSink vms, Path truth, Path records) {
        public Outputs {
            Objects.requireNonNull(nmea, "nmea");
        }
    }

    /**
     * What a run did.
     *
     * @param fleet the fleet as it ended (tracks of scripted vessels included)
     * @param truth the ground truth written
     * @param transmitted AIS messages sent by transponders
     * @param lost of those, messages no receiver picked up
     * @param lines NMEA lines written
     * @param vmsReports VMS reports sent
     * @param endMillis the simulated time the run reached (the scenario's end unless interrupted)
     * @param interrupted whether the run was stopped by an interrupt before the scenario's end
     */
    public record Result(Fleet fleet, List<TruthEvent> truth, long transmitted, long lost, long lines, long vmsReports,
            long endMillis, boolean interrupted) {
    }

    private record Due(long timeMillis, int kind, int order) {
    }

    /**
     * @param asFastAsPossible ignore the scenario's speed and run without waiting for the wall clock
     */
    public Simulator(Scenario scenario, Area area, boolean asFastAsPossible) {
        this.scenario = scenario;
        this.area = area;
        this.asFastAsPossible = asFastAsPossible;
    }

    /** Builds the fleet and runs the scenario to its end (or until the thread is interrupted). */
    public Result run(Outputs outputs) throws IOException {
        return run(new FleetBuilder(scenario, area).build(), outputs);
    }

    /** Runs the scenario with a fleet already built. */
    public Result run(Fleet fleet, Outputs outputs) throws IOException {
        Run run = new Run(fleet, outputs);
        boolean interrupted = false;
        try {
            run.loop();
        } catch (InterruptedException e) {
            interrupted = true;
        }
        Result result = run.finish(interrupted);
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        return result;
    }

    /** The receivers of the scenario: its stations' masts, and the satellite when it has one. */
    public static ReceptionModel reception(Scenario scenario, Fleet fleet) {
        if (scenario.load() != null) {
            return ReceptionModel.perfect(LOAD_RECEIVER);
        }
        List<Receiver> receivers = new ArrayList<>();
        double range = scenario.reception().rangeNauticalMiles() * Geo.METRES_PER_NAUTICAL_MILE;
        for (FixedStation station : fleet.baseStations()) {
            receivers.add(new Receiver(station.id(), station.position(), range, scenario.reception().lossProbability()));
        }
        if (scenario.reception().satelliteLossProbability() < 1) {
            receivers.add(new Receiver(SATELLITE_RECEIVER, new LonLat(0, 0), Double.POSITIVE_INFINITY,
                    scenario.reception().satelliteLossProbability()));
        }
        return new ReceptionModel(receivers);
    }

    /** The state of one run. */
    private final class Run {
        private final Fleet fleet;
        private final Outputs outputs;
        private final long startMillis = scenario.start().toEpochMilli();
        private final long endMillis = startMillis + scenario.duration().toMillis();
        private final ReceptionModel reception;
        private final RandomGenerator receptionRandom;
        private final PriorityQueue<Due> queue = new PriorityQueue<>(
                Comparator.comparingLong(Due::timeMillis).thenComparingInt(Due::kind).thenComparingInt(Due::order));
        private final SentenceWriter sentences = new SentenceWriter();
        private final BitWriter bits = new BitWriter();
        private final List<VmsLine> vmsBatch = new ArrayList<>();
        private final long wallStartNanos = System.nanoTime();
        private long vmsBatchStartMillis;
        private long nowMillis = startMillis;
        private long transmitted;
        private long lost;
        private long lines;
        private long vmsReports;

        Run(Fleet fleet, Outputs outputs) {
            this.fleet = fleet;
            this.outputs = outputs;
            this.reception = reception(scenario, fleet);
            SplittableRandom seeds = new SplittableRandom(scenario.seed() ^ 0x9E3779B97F4A7C15L);
            this.receptionRandom = seeds.split();
            SplittableRandom phases = seeds.split();
            List<Vessel> vessels = fleet.vessels();
            for (int i = 0; i < vessels.size(); i++) {
                Vessel v = vessels.get(i);
                long from = Math.max(startMillis, v.present().startMillis());
                if (v.identity().aisClass() != AisClass.NONE) {
                    queue.add(new Due(from + phases.nextLong(FIRST_REPORT_WITHIN_MILLIS), POSITION, i));
                    queue.add(new Due(from + phases.nextLong(FIRST_REPORT_WITHIN_MILLIS * 3), STATIC, i));
                }
                if (v.identity().vmsDeviceId() != null) {
                    queue.add(new Due(from + phases.nextLong(VMS_INTERVAL_MILLIS), VMS, i));
                }
            }
            for (int i = 0; i < fleet.baseStations().size(); i++) {
                queue.add(new Due(startMillis + phases.nextLong(FIRST_REPORT_WITHIN_MILLIS), BASE_STATION, i));
            }
            for (int i = 0; i < fleet.aidsToNavigation().size(); i++) {
                queue.add(new Due(startMillis + phases.nextLong(FIRST_REPORT_WITHIN_MILLIS), AID, i));
            }
        }

        void loop() throws IOException, InterruptedException {
            while (!queue.isEmpty() && queue.peek().timeMillis() < endMillis) {
                Due due = queue.poll();
                pace(due.timeMillis());
                nowMillis = due.timeMillis();
                if (!vmsBatch.isEmpty() && due.timeMillis() - vmsBatchStartMillis >= VMS_BATCH_MILLIS) {
                    flushVms();
                }
                switch (due.kind()) {
                    case POSITION -> position(due);
                    case STATIC -> staticData(due);
                    case VMS -> vms(due);
                    case BASE_STATION -> fixed(due, fleet.baseStations().get(due.order()), ReportingIntervals.BASE_STATION_MILLIS);
                    default -> fixed(due, fleet.aidsToNavigation().get(due.order()), ReportingIntervals.AID_TO_NAVIGATION_MILLIS);
                }
            }
        }

        Result finish(boolean interrupted) throws IOException {
            long reached = interrupted ? nowMillis : endMillis;
            flushVms();
            outputs.nmea().flush();
            List<TruthEvent> truth = new ArrayList<>();
            for (Vessel v : fleet.vessels()) {
                if (v.logged()) {
                    v.advanceTo(Math.min(reached, v.present().endMillis()));
                }
            }
            for (LongFunction<TruthEvent> check : fleet.truth()) {
                TruthEvent event = check.apply(reached);
                if (event != null) {
                    truth.add(event);
                }
            }
            truth.sort(Comparator.comparingLong(TruthEvent::startMillis).thenComparing(TruthEvent::ruleId)
                    .thenComparingInt(TruthEvent::mmsi));
            if (outputs.truth() != null) {
                TruthWriter.write(outputs.truth(), truth);
            }
            if (outputs.records() != null) {
                RecordsWriter.write(outputs.records(), fleet.vessels(),
                        LocalDate.ofInstant(Instant.ofEpochMilli(endMillis), ZoneOffset.UTC).plusYears(1));
            }
            return new Result(fleet, List.copyOf(truth), transmitted, lost, lines, vmsReports, reached, interrupted);
        }

        /** The vessel of {@code due}, moved on to its time, or null when it has left the run by then. */
        private Vessel present(Due due) {
            Vessel v = fleet.vessels().get(due.order());
            if (v.gone(due.timeMillis())) {
                return null;
            }
            v.advanceTo(due.timeMillis());
            return v;
        }

        private void position(Due due) throws IOException {
            Vessel v = present(due);
            if (v == null) {
                return;
            }
            long t = due.timeMillis();
            if (v.aisOn(t)) {
                AisMessage message = v.identity().aisClass() == AisClass.A
                        ? AisMessages.classA(v.identity(), v.state(), v.reportedPosition())
                        : AisMessages.classB(v.identity(), v.state(), v.reportedPosition());
                transmit(message, v.reportedPosition(), v.nextChannel(), t);
            }
            long interval = v.identity().aisClass() == AisClass.A
                    ? ReportingIntervals.classAMillis(v.state()) : ReportingIntervals.classBMillis(v.state());
            queue.add(new Due(t + interval, POSITION, due.order()));
        }

        private void staticData(Due due) throws IOException {
            Vessel v = present(due);
            if (v == null) {
                return;
            }
            long t = due.timeMillis();
            if (v.aisOn(t)) {
                LonLat at = v.reportedPosition();
                if (v.identity().aisClass() == AisClass.A) {
                    transmit(AisMessages.staticAndVoyage(v.identity(), t), at, v.nextChannel(), t);
                } else {
                    transmit(AisMessages.staticPartA(v.identity()), at, v.nextChannel(), t);
                    transmit(AisMessages.staticPartB(v.identity()), at, v.nextChannel(), t);
                }
            }
            queue.add(new Due(t + ReportingIntervals.STATIC_MILLIS, STATIC, due.order()));
        }

        private void vms(Due due) throws IOException {
            Vessel v = present(due);
            if (v == null) {
                return;
            }
            long t = due.timeMillis();
            if (v.vmsOn(t) && outputs.vms() != null) {
                if (vmsBatch.isEmpty()) {
                    vmsBatchStartMillis = t;
                }
                vmsBatch.add(new VmsLine(v.identity().registrationNumber(), v.identity().vmsDeviceId(),
                        Instant.ofEpochMilli(t).toString(), round5(v.state().position().lat()),
                        round5(v.state().position().lon()), Math.round(v.state().speedKnots() * 10) / 10.0,
                        Math.round(v.state().courseDegrees() * 10) / 10.0));
                vmsReports++;
            }
            queue.add(new Due(t + VMS_INTERVAL_MILLIS, VMS, due.order()));
        }

        private void fixed(Due due, FixedStation station, long intervalMillis) throws IOException {
            long t = due.timeMillis();
            AisMessage message = due.kind() == BASE_STATION
                    ? AisMessages.baseStation(station, t) : AisMessages.aidToNavigation(station, t);
            if (due.kind() == BASE_STATION) {
                write(message, 'A', t, station.id()); // a base station hears itself
            } else {
                transmit(message, station.position(), 'A', t);
            }
            queue.add(new Due(t + intervalMillis, due.kind(), due.order()));
        }

        private void transmit(AisMessage message, LonLat from, char channel, long t) throws IOException {
            transmitted++;
            Receiver receiver = reception.receive(from, receptionRandom);
            if (receiver == null) {
                lost++;
                return;
            }
            write(message, channel, t, receiver.id());
        }

        private void write(AisMessage message, char channel, long t, String source) throws IOException {
            for (String line : sentences.sentences(MessageCodec.encode(message, bits), channel, t, source)) {
                outputs.nmea().write(line);
                lines++;
            }
        }

        private void flushVms() throws IOException {
            if (!vmsBatch.isEmpty() && outputs.vms() != null) {
                outputs.vms().send(List.copyOf(vmsBatch));
            }
            vmsBatch.clear();
        }

        /** Waits until the wall clock reaches simulated time {@code t} at the scenario's speed. */
        private void pace(long t) throws IOException, InterruptedException {
            if (asFastAsPossible) {
                return;
            }
            long dueNanos = wallStartNanos + (long) ((t - startMillis) / scenario.speed() * 1_000_000);
            long waitNanos = dueNanos - System.nanoTime();
            if (waitNanos > 1_000_000) {
                outputs.nmea().flush();
                Thread.sleep(waitNanos / 1_000_000, (int) (waitNanos % 1_000_000));
            }
        }
    }

    private static double round5(double degrees) {
        return Math.round(degrees * 100_000) / 100_000.0;
    }
}
