package io.coastwatch.ais.message.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.coastwatch.ais.AisDecoder;
import io.coastwatch.ais.bits.BitReader;
import io.coastwatch.ais.bits.BitWriter;
import io.coastwatch.ais.message.AddressedBinaryMessage;
import io.coastwatch.ais.message.AisMessage;
import io.coastwatch.ais.message.BinaryBroadcastMessage;
import io.coastwatch.ais.message.BinaryData;
import io.coastwatch.ais.message.MessageCodec;
import io.coastwatch.ais.message.RandomMessages;
import io.coastwatch.ais.nmea.SentenceWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Seeded round trip of every application added for gpsd's list: random field values → the record's
 * encoder → a message 6 or 8 → NMEA sentences → decoder → the same record from {@code application()}.
 */
class ApplicationRoundTripTest {
    private static final int RECORDS_PER_APPLICATION = 500;

    /** One application: where it is sent and how to draw a random one. */
    private record Application(String name, boolean addressed, int dac, int fi,
            Function<RandomMessages, ApplicationData> random, Function<ApplicationData, ApplicationData> expected) {
    }

    @TestFactory
    Stream<DynamicTest> everyAddedApplicationSurvivesEncodeAndDecode() {
        long seed = Long.getLong("coastwatch.test.seed", System.nanoTime());
        System.out.println("ApplicationRoundTripTest seed " + seed);
        return applications().stream().map(application -> DynamicTest.dynamicTest(application.name(), () -> {
            RandomMessages random = new RandomMessages(new Random(seed + application.fi()));
            List<AisMessage> decoded = new ArrayList<>();
            AisDecoder decoder = new AisDecoder("test", (message, reception) -> decoded.add(message));
            SentenceWriter sentences = new SentenceWriter();
            for (int i = 0; i < RECORDS_PER_APPLICATION; i++) {
                ApplicationData original = application.random().apply(random);
                BinaryData data = encoded(original);
                AisMessage message = application.addressed()
                        ? new AddressedBinaryMessage(6, 0, 412_000_001, 0, 574_000_001, false, 0, application.dac(),
                                application.fi(), data)
                        : new BinaryBroadcastMessage(8, 0, 412_000_001, 0, application.dac(), application.fi(), data);
                decoded.clear();
                sentences.sentences(MessageCodec.encode(message, new BitWriter()), 'A')
                        .forEach(line -> decoder.decode(line, 0));
                Optional<ApplicationData> back = decoded.getFirst() instanceof AddressedBinaryMessage addressed
                        ? addressed.application() : ((BinaryBroadcastMessage) decoded.getFirst()).application();
                assertEquals(Optional.of(application.expected().apply(original)), back, "seed " + seed + ", record " + i);
            }
        }));
    }

    private static List<Application> applications() {
        return List.of(
                new Application("inland ETA", true, 200, 21, r -> new InlandEta(lockTime(r), r.bits(3), r.bits(12)),
                        Function.identity()),
                new Application("inland RTA", true, 200, 22, r -> new InlandRta(lockTime(r), r.bits(2)),
                        Function.identity()),
                new Application("inland persons on board", true, 200, 55,
                        r -> new InlandPersonsOnBoard(r.bits(8), r.bits(13), r.bits(8)), Function.identity()),
                new Application("air draught", false, 1, 15, r -> new AirDraught(r.bits(11)), Function.identity()),
                new Application("persons on board", true, 1, 16, r -> new PersonsOnBoard(r.bits(13)),
                        Function.identity()),
                new Application("berthing data", true, 1, 20, ApplicationRoundTripTest::berthing, Function.identity()),
                new Application("dangerous cargo (IMO 289)", true, 1, 25, ApplicationRoundTripTest::cargo,
                        Function.identity()),
                new Application("route information, addressed", true, 1, 28, ApplicationRoundTripTest::route,
                        Function.identity()),
                new Application("route information, broadcast", false, 1, 27, ApplicationRoundTripTest::route,
                        Function.identity()),
                new Application("fairway closed", false, 1, 13, r -> new FairwayClosed(r.text(20), r.text(20),
                        r.text(20), r.bits(10), r.bits(2), r.bits(5), r.bits(4), r.bits(5), r.bits(6), r.bits(5),
                        r.bits(4), r.bits(5), r.bits(6)), Function.identity()),
                // A target is decoded at the very end of the data too (gpsd's count): one of zeros follows.
                new Application("VTS targets", false, 1, 17, ApplicationRoundTripTest::targets,
                        targets -> withZeroTarget((VtsTargets) targets)),
                new Application("marine traffic signal", false, 1, 19, r -> new MarineTrafficSignal(r.bits(10),
                        r.text(20), r.signed(25), r.signed(24), r.bits(2), r.bits(5), r.bits(5), r.bits(6), r.bits(5)),
                        Function.identity()),
                new Application("EMMA warning", false, 200, 23, r -> new EmmaWarning(r.bits(8), r.bits(4), r.bits(5),
                        r.bits(8), r.bits(4), r.bits(5), r.bits(5), r.bits(6), r.bits(5), r.bits(6), r.signed(28),
                        r.signed(27), r.signed(28), r.signed(27), r.bits(4), r.signed(9), r.signed(9), r.bits(2),
                        r.bits(4)), Function.identity()),
                new Application("water levels", false, 200, 24, r -> new WaterLevels(r.text(2), List.of(gauge(r),
                        gauge(r), gauge(r), gauge(r))), Function.identity()),
                new Application("signal status", false, 200, 40, r -> new SignalStatus(r.signed(28), r.signed(27),
                        r.bits(4), r.bits(9), r.bits(3), r.bits(30)), Function.identity()));
    }

    private static InlandLockTime lockTime(RandomMessages r) {
        return new InlandLockTime(r.text(2), r.text(3), r.text(5), r.text(5), r.text(5), r.bits(4), r.bits(5),
                r.bits(5), r.bits(6));
    }

    private static BerthingData berthing(RandomMessages r) {
        List<Integer> services = new ArrayList<>();
        for (int i = 0; i < BerthingData.SERVICES; i++) {
            services.add(r.bits(2));
        }
        return new BerthingData(r.bits(10), r.bits(9), r.bits(8), r.bits(3), r.bits(4), r.bits(5), r.bits(5), r.bits(6),
                r.flag(), services, r.text(20), r.signed(25), r.signed(24));
    }

    private static DangerousCargoImo289 cargo(RandomMessages r) {
        List<DangerousCargoImo289.Cargo> cargoes = new ArrayList<>();
        for (int i = r.random().nextInt(40); i > 0; i--) {
            cargoes.add(new DangerousCargoImo289.Cargo(r.bits(4), r.bits(13)));
        }
        return new DangerousCargoImo289(r.bits(2), r.bits(10), cargoes);
    }

    private static RouteInformation route(RandomMessages r) {
        List<RouteInformation.Waypoint> waypoints = new ArrayList<>();
        for (int i = r.random().nextInt(16); i > 0; i--) {
            waypoints.add(new RouteInformation.Waypoint(r.signed(28), r.signed(27)));
        }
        return new RouteInformation(r.bits(10), r.bits(3), r.bits(5), r.bits(4), r.bits(5), r.bits(5), r.bits(6),
                r.bits(18), waypoints);
    }

    private static VtsTargets targets(RandomMessages r) {
        List<VtsTargets.Target> targets = new ArrayList<>();
        for (int i = 1 + r.random().nextInt(6); i > 0; i--) {
            targets.add(new VtsTargets.Target(r.bits(2), (long) r.bits(21) << 21 | r.bits(21), r.signed(24),
                    r.signed(25), r.bits(9), r.bits(6), r.bits(10)));
        }
        return new VtsTargets(targets);
    }

    private static VtsTargets withZeroTarget(VtsTargets targets) {
        List<VtsTargets.Target> all = new ArrayList<>(targets.targets());
        all.add(new VtsTargets.Target(0, 0, 0, 0, 0, 0, 0));
        return new VtsTargets(all);
    }

    private static WaterLevels.Gauge gauge(RandomMessages r) {
        return new WaterLevels.Gauge(r.bits(11), r.signed(14));
    }

    /** The record's bits as the message's application data. */
    private static BinaryData encoded(ApplicationData application) {
        BitWriter out = new BitWriter();
        encoder(application).accept(out);
        String armoured = out.armoured();
        BitReader reader = new BitReader();
        reader.load(armoured.getBytes(StandardCharsets.US_ASCII), 0, armoured.length(), out.fillBits());
        return BinaryData.read(reader, 0, out.bitLength());
    }

    private static Consumer<BitWriter> encoder(ApplicationData application) {
        return switch (application) {
            case InlandEta eta -> eta::encode;
            case InlandRta rta -> rta::encode;
            case InlandPersonsOnBoard persons -> persons::encode;
            case AirDraught air -> air::encode;
            case PersonsOnBoard persons -> persons::encode;
            case BerthingData berthing -> berthing::encode;
            case DangerousCargoImo289 cargo -> cargo::encode;
            case RouteInformation route -> route::encode;
            case FairwayClosed fairway -> fairway::encode;
            case VtsTargets targets -> targets::encode;
            case MarineTrafficSignal signal -> signal::encode;
            case EmmaWarning warning -> warning::encode;
            case WaterLevels levels -> levels::encode;
            case SignalStatus signal -> signal::encode;
            default -> throw new IllegalArgumentException("no encoder in this test for " + application);
        };
    }
}
