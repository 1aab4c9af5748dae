package io.coastwatch.ais.message.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coastwatch.ais.AisDecoder;
import io.coastwatch.ais.message.AddressedBinaryMessage;
import io.coastwatch.ais.message.AisMessage;
import io.coastwatch.ais.message.BinaryBroadcastMessage;
import io.coastwatch.ais.message.BinaryData;
import io.coastwatch.ais.message.RandomMessages;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Application data of messages 6 and 8 decoded from gpsd's sample.aivdm (values as in its .chk files),
 * with the "not available" values, and the length rules taken from gpsd.
 */
class ApplicationDataTest {

    @Test
    void atonMonitoringData() {
        AtonMonitoringData aton = assertInstanceOf(AtonMonitoringData.class,
                addressed("!AIVDM,1,1,4,B,6>jR0600V:C0>da4P106P00,2*02").orElseThrow());

        assertEquals(274, aton.analogueInternal());
        assertEquals(13.70, aton.analogueInternalVolts(), 1e-9);
        assertEquals(0.05, aton.analogueExternal1Volts(), 1e-9);
        assertEquals(0.05, aton.analogueExternal2Volts(), 1e-9);
        assertEquals(2, aton.raconStatus());
        assertEquals(2, aton.lightStatus());
        assertFalse(aton.alarm());
        assertEquals(0, aton.externalStatus());
        assertFalse(aton.offPosition());
        assertTrue(Double.isNaN(new AtonMonitoringData(0, 0, 0, 0, 0, false, 0, false).analogueInternalVolts()));
    }

    @Test
    void atonMonitoringDataIsDecodedOnlyAtItsExactLength() {
        AddressedBinaryMessage sample = (AddressedBinaryMessage) decode("!AIVDM,1,1,4,B,6>jR0600V:C0>da4P106P00,2*02");

        assertTrue(withData(sample, 250, 10, AtonMonitoringData.BITS).application().isPresent(), "Ireland");
        assertTrue(withData(sample, 235, 10, AtonMonitoringData.BITS + 1).application().isEmpty());
        assertTrue(withData(sample, 235, 10, AtonMonitoringData.BITS - 1).application().isEmpty());
    }

    @Test
    void dangerousCargoCutShortDecodesWhatIsThere() {
        DangerousCargoImo236 cargo = assertInstanceOf(DangerousCargoImo236.class,
                addressed("!AIVDM,1,1,,A,63LBA4;WBevJ04k0=@E=B0td,0*17").orElseThrow());

        assertEquals("0CTES", cargo.lastPort());
        assertEquals(5, cargo.lastPortMonth());
        assertEquals(4, cargo.lastPortDay());
        assertEquals(0, cargo.lastPortHour());
        assertEquals(60, cargo.lastPortMinute());
        // Only the first six bits of the next port are sent: the character decodes as in gpsd.
        assertEquals(",", cargo.nextPort());
        assertEquals(0, cargo.nextPortMonth());
        assertEquals("", cargo.mainDangerousGood());
        assertEquals("", cargo.imdCategory());
        assertEquals(0, cargo.unNumber());
        assertEquals(0, cargo.amount());
        assertEquals(0, cargo.unit());
    }

    @Test
    void textCutByTheEndOfTheDataDecodesFromZeroFilledBits() {
        AddressedBinaryMessage sample = (AddressedBinaryMessage) decode("!AIVDM,1,1,,A,63LBA4;WBevJ04k0=@E=B0td,0*17");
        // 9 bits: ':' (111010) then 111 — gpsd reads the second character as 111000, '8'.
        byte[] nine = {(byte) 0b1110_1011, (byte) 0b1000_0000};
        AddressedBinaryMessage cut = new AddressedBinaryMessage(6, 0, 1, 0, 2, false, 0, 1, 12, new BinaryData(nine, 9));

        assertEquals("0CTES", ((DangerousCargoImo236) sample.application().orElseThrow()).lastPort());
        assertEquals(":8", ((DangerousCargoImo236) cut.application().orElseThrow()).lastPort());
    }

    @Test
    void tidalWindowImo236() {
        TidalWindowImo236 tidal = assertInstanceOf(TidalWindowImo236.class,
                addressed("!AIVDM,1,1,,A,6h2E:81>NmKC04p0J<000?vv20Ru,0*31").orElseThrow());

        assertEquals(0, tidal.month());
        assertEquals(0, tidal.day());
        assertEquals(1, tidal.windows().size(), "one window starts within 168 bits");
        TidalWindowImo236.Window window = tidal.windows().get(0);
        assertEquals(16760328, window.longitudeTenThousandthMinute());
        assertEquals(-24379392, window.latitudeTenThousandthMinute());
        assertEquals(27.93388, window.longitudeDegrees(), 1e-9);
        assertEquals(-40.63232, window.latitudeDegrees(), 1e-9);
        assertEquals(1, window.fromHour());
        assertEquals(5, window.fromMinute());
        assertEquals(29, window.toHour());
        assertEquals(0, window.toMinute());
        assertEquals(0, window.currentDirectionDegrees());
        assertEquals(0.0, window.currentSpeedKnots());
        assertTrue(Double.isNaN(new TidalWindowImo236.Window(0, 0, 0, 0, 0, 0, 360, 127).currentSpeedKnots()));
        assertEquals(-1, new TidalWindowImo236.Window(0, 0, 0, 0, 0, 0, 360, 127).currentDirectionDegrees());
    }

    @Test
    void tidalWindowImo289() {
        TidalWindowImo289 tidal = assertInstanceOf(TidalWindowImo289.class,
                addressed("!AIVDM,1,1,,A,6h2E3MHrg19P0600@00000000000,0*02").orElseThrow());

        assertEquals(1, tidal.windows().size());
        TidalWindowImo289.Window window = tidal.windows().get(0);
        assertEquals(-16777216, window.longitudeThousandthMinute());
        assertTrue(Double.isNaN(window.longitudeDegrees()), "-279.6° is no longitude");
        assertEquals(0.0, window.latitudeDegrees());
        assertEquals(0, window.currentDirectionDegrees());
        assertTrue(Double.isNaN(new TidalWindowImo289.Window(0, 0, 0, 0, 0, 0, 360, 255).currentSpeedKnots()));
    }

    @Test
    void tidalWindowsAreDecodedWhereverTheyStartWithinTheData() {
        AddressedBinaryMessage sample = (AddressedBinaryMessage) decode("!AIVDM,1,1,,A,6h2E3MHrg19P0600@00000000000,0*02");

        assertEquals(0, windows(withData(sample, 1, 32, 8)));
        assertEquals(1, windows(withData(sample, 1, 32, 9)));
        assertEquals(2, windows(withData(sample, 1, 32, 9 + 88 + 87)));
        assertEquals(3, windows(withData(sample, 1, 32, 9 + 88 + 88)));
        assertEquals(11, windows(withData(sample, 1, 32, AddressedBinaryMessage.MAX_BITS - 88)));
    }

    @Test
    void clearanceTimeToEnterPort() {
        ClearanceTimeToEnterPort clearance = assertInstanceOf(ClearanceTimeToEnterPort.class,
                addressed("!AIVDM,1,1,,B,6h2E3MDrDRiB0580@00000000000,0*04").orElseThrow());

        assertEquals(1, clearance.messageLinkageId());
        assertEquals(0, clearance.month());
        assertEquals(0, clearance.day());
        assertEquals(0, clearance.hour());
        assertEquals(0, clearance.minute());
        assertEquals("", clearance.portAndBerth());
        assertEquals("", clearance.destination());
        assertEquals(0.0, clearance.longitudeDegrees());
        assertEquals(0.0, clearance.latitudeDegrees());
        assertTrue(Double.isNaN(new ClearanceTimeToEnterPort(0, 0, 0, 0, 0, "", "", 181 * 60_000, 91 * 60_000)
                .longitudeDegrees()));
    }

    @Test
    void textDescription() {
        TextDescription text = assertInstanceOf(TextDescription.class,
                addressed("!AIVDM,1,1,,B,6h2E3MPr<buN05p0J00000000000,0*0A").orElseThrow());

        assertEquals(1, text.messageLinkageId());
        assertEquals("(", text.text());
    }

    @Test
    void meteoHydroImo236() {
        MeteoHydroImo236 meteo = assertInstanceOf(MeteoHydroImo236.class, broadcast(
                "!AIVDO,1,1,4,B,8>jR06@0Bk3:wOli;<`WPhh<1rqVBQf2V@Pdt0J82avIM2b<<Rv1t<ot=@1,2*54").orElseThrow());

        assertEquals(3197693, meteo.latitudeThousandthMinute());
        assertEquals(53.294883, meteo.latitudeDegrees(), 1e-6);
        assertEquals(-6.133983, meteo.longitudeDegrees(), 1e-6);
        assertEquals(18, meteo.day());
        assertEquals(17, meteo.hour());
        assertEquals(15, meteo.minute());
        assertEquals(3, meteo.wind().averageSpeedKnots());
        assertEquals(6, meteo.wind().gustSpeedKnots());
        assertEquals(12, meteo.wind().directionDegrees());
        assertEquals(15, meteo.wind().gustDirectionDegrees());
        assertEquals(50, meteo.relativeHumidityPercent());
        assertEquals(742, meteo.airTemperatureCode());
        assertEquals(14.2, meteo.airTemperatureCelsius(), 1e-9);
        assertEquals(12.3, meteo.dewPointCelsius(), 1e-9);
        assertEquals(1024, meteo.airPressureHectopascals());
        assertEquals(2, meteo.pressureTendency());
        assertEquals(15.3, meteo.visibilityNauticalMiles(), 1e-9);
        assertEquals(-8.4, meteo.waterLevelMetres(), 1e-9);
        SeaConditions sea = meteo.sea();
        assertEquals(1, sea.waterLevelTrend());
        assertEquals(10.3, sea.surfaceCurrentSpeedKnots(), 1e-9);
        assertEquals(256, sea.surfaceCurrentDirectionDegrees());
        assertEquals(10.4, sea.current2SpeedKnots(), 1e-9);
        assertEquals(257, sea.current2DirectionDegrees());
        assertEquals(10, sea.current2DepthMetres());
        assertEquals(12.6, sea.current3SpeedKnots(), 1e-9);
        assertEquals(203, sea.current3DirectionDegrees());
        assertEquals(20, sea.current3DepthMetres());
        assertEquals(4.2, sea.waveHeightMetres(), 1e-9);
        assertEquals(35, sea.wavePeriodSeconds());
        assertEquals(25, sea.waveDirectionDegrees());
        assertEquals(2.3, sea.swellHeightMetres(), 1e-9);
        assertEquals(48, sea.swellPeriodSeconds());
        assertEquals(124, sea.swellDirectionDegrees());
        assertEquals(3, sea.seaStateBeaufort());
        assertEquals(12.3, meteo.waterTemperatureCelsius(), 1e-9);
        assertEquals(6, meteo.precipitationType());
        assertEquals(5.3, meteo.salinityPermille(), 1e-9);
        assertEquals(0, meteo.ice());
    }

    @Test
    void meteoHydroImo236NotAvailable() {
        MeteoHydroImo236 meteo = assertInstanceOf(MeteoHydroImo236.class, broadcast(
                "!AIVDO,1,1,4,B,8>jR06@0Bk3:vOli;L`nwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwt1,2*0E").orElseThrow());

        assertEquals(-1, meteo.wind().averageSpeedKnots());
        assertEquals(-1, meteo.wind().gustSpeedKnots());
        assertEquals(511, meteo.wind().direction());
        assertEquals(-1, meteo.wind().directionDegrees());
        assertEquals(-1, meteo.wind().gustDirectionDegrees());
        assertEquals(-1, meteo.relativeHumidityPercent());
        assertEquals(2047, meteo.airTemperatureCode());
        assertTrue(Double.isNaN(meteo.airTemperatureCelsius()));
        assertTrue(Double.isNaN(meteo.dewPointCelsius()));
        assertEquals(-1, meteo.airPressureHectopascals());
        assertEquals(3, meteo.pressureTendency());
        assertTrue(Double.isNaN(meteo.visibilityNauticalMiles()));
        assertTrue(Double.isNaN(meteo.waterLevelMetres()));
        SeaConditions sea = meteo.sea();
        assertTrue(Double.isNaN(sea.surfaceCurrentSpeedKnots()));
        assertEquals(-1, sea.surfaceCurrentDirectionDegrees());
        assertEquals(-1, sea.current2DepthMetres());
        assertTrue(Double.isNaN(sea.waveHeightMetres()));
        assertEquals(-1, sea.wavePeriodSeconds());
        assertEquals(-1, sea.waveDirectionDegrees());
        assertTrue(Double.isNaN(sea.swellHeightMetres()));
        assertEquals(-1, sea.seaStateBeaufort());
        assertTrue(Double.isNaN(meteo.waterTemperatureCelsius()));
        assertEquals(7, meteo.precipitationType());
        assertTrue(Double.isNaN(meteo.salinityPermille()));
        assertEquals(3, meteo.ice());
    }

    @Test
    void meteoHydroImo289() {
        MeteoHydroImo289 meteo = assertInstanceOf(MeteoHydroImo289.class, broadcast(
                "!AIVDM,2,1,9,B,8>j`;MP0GhRHI1S`CrTW2?u2Ot1owwnews0F003wwwwwww0001wwwwwwwwh0,0*02",
                "!AIVDM,2,2,9,B,00,4*18").orElseThrow());

        assertEquals(54.411183, meteo.latitudeDegrees(), 1e-6);
        assertEquals(18.776667, meteo.longitudeDegrees(), 1e-6);
        assertFalse(meteo.positionAccurate());
        assertEquals(20, meteo.day());
        assertEquals(18, meteo.hour());
        assertEquals(28, meteo.minute());
        assertEquals(17, meteo.wind().averageSpeedKnots());
        assertEquals(-1, meteo.wind().gustSpeedKnots());
        assertEquals(132, meteo.wind().directionDegrees());
        assertEquals(-1, meteo.wind().gustDirectionDegrees());
        assertEquals(-1, meteo.relativeHumidityPercent());
        assertEquals(1.4, meteo.airTemperatureCelsius(), 1e-9);
        assertEquals(-1, meteo.dewPointTenthCelsius());
        assertEquals(-0.1, meteo.dewPointCelsius(), 1e-9);
        assertEquals(1013, meteo.airPressureHectopascals());
        assertTrue(meteo.visibilityGreaterThan());
        assertTrue(Double.isNaN(meteo.visibilityNauticalMiles()));
        assertEquals(1538, meteo.waterLevelCode());
        assertEquals(5.38, meteo.waterLevelMetres(), 1e-9);
        assertEquals(0.0, meteo.sea().surfaceCurrentSpeedKnots());
        assertEquals(0.0, meteo.sea().waveHeightMetres());
        assertTrue(Double.isNaN(meteo.sea().swellHeightMetres()));
        assertEquals(-0.1, meteo.waterTemperatureCelsius(), 1e-9);
        assertTrue(Double.isNaN(meteo.salinityPermille()));
    }

    @Test
    void meteoHydroImo289NotAvailable() {
        MeteoHydroImo289 meteo = assertInstanceOf(MeteoHydroImo289.class, broadcast(
                "!AIVDO,1,1,5,A,8>jR06@0Gwli:QQUP3en?wvlFR06EuOwgwl?wnSwe7wvlOwwsAwwnSGmwvh0,0*51   ").orElseThrow());

        assertEquals(360, meteo.wind().direction());
        assertEquals(-1, meteo.wind().directionDegrees());
        assertEquals(101, meteo.relativeHumidity());
        assertEquals(-1, meteo.relativeHumidityPercent());
        assertEquals(-1024, meteo.airTemperatureTenthCelsius());
        assertTrue(Double.isNaN(meteo.airTemperatureCelsius()));
        assertEquals(501, meteo.dewPointTenthCelsius());
        assertTrue(Double.isNaN(meteo.dewPointCelsius()));
        assertEquals(-1, meteo.airPressureHectopascals());
        assertEquals(4001, meteo.waterLevelCode());
        assertTrue(Double.isNaN(meteo.waterLevelMetres()));
        assertEquals(-1, meteo.sea().surfaceCurrentDirectionDegrees());
        assertEquals(13, meteo.sea().seaState());
        assertEquals(-1, meteo.sea().seaStateBeaufort());
        assertTrue(Double.isNaN(meteo.waterTemperatureCelsius()));
        assertEquals(510, meteo.salinityTenthPermille());
        assertTrue(Double.isNaN(meteo.salinityPermille()));
    }

    @Test
    void inlandShipStaticData() {
        InlandShipStaticData inland = assertInstanceOf(InlandShipStaticData.class,
                broadcast("!AIVDM,1,1,,B,83aDChPj2d<dL<uM=hhhI?a@6HP0,0*40").orElseThrow());

        assertEquals("02103547", inland.europeanVesselId());
        assertEquals(39.0, inland.lengthMetres(), 1e-9);
        assertEquals(5.0, inland.beamMetres(), 1e-9);
        assertEquals(8010, inland.shipType());
        assertEquals(0, inland.hazardousCargo());
        assertEquals(2.04, inland.draughtMetres(), 1e-9);
        assertEquals(1, inland.loadedStatus());
        assertFalse(inland.speedQualityHigh());
        assertFalse(inland.courseQualityHigh());
        assertFalse(inland.headingQualityHigh());
        assertTrue(Double.isNaN(new InlandShipStaticData("", 0, 0, 0, 0, 0, 0, false, false, false).lengthMetres()));
    }

    @Test
    void inlandShipStaticDataIsDecodedOnlyAtItsExactLengthWithAValidHazard() {
        assertTrue(broadcast(
                "!AIVDM,2,1,4,A,83aDChPj2d<dL<uM=hhhI?a@6HP0e9QvUEEEOPPrE4t880>p2JqA6wimt:Ow,0*22",
                "!AIVDM,2,2,4,A,UPP8k;JvOeD,2*7F").isEmpty(), "368 bits");
        BinaryBroadcastMessage sample = (BinaryBroadcastMessage) decode("!AIVDM,1,1,,B,83aDChPj2d<dL<uM=hhhI?a@6HP0,0*40");
        byte[] bytes = sample.data().bytes().clone();
        bytes[10] |= 0b0000_0111; // hazard (bits 85-87) = 7
        BinaryBroadcastMessage badHazard = new BinaryBroadcastMessage(8, 0, 1, 0, 200, 10,
                new BinaryData(bytes, InlandShipStaticData.BITS));

        assertTrue(badHazard.application().isEmpty());
    }

    @Test
    void areaNoticeWithCircleAndText() {
        // libais test vector (ais8_1_22_test.cc): a NOAA right whale sighting.
        AreaNotice notice = assertInstanceOf(AreaNotice.class,
                broadcast("!AIVDM,1,1,0,B,803Ovrh0EPM0WB0h2l0MwJUi=6B4G9000aip8<2Bt2Hq2Qhp,0*01").orElseThrow());

        assertEquals(29, notice.messageLinkageId());
        assertEquals(1, notice.noticeDescription());
        assertEquals(3, notice.month());
        assertEquals(20, notice.day());
        assertEquals(16, notice.hour());
        assertEquals(6, notice.minute());
        assertEquals(1440, notice.durationMinutesOrUndefined());
        assertEquals(2, notice.subAreas().size());
        AreaNotice.Circle circle = assertInstanceOf(AreaNotice.Circle.class, notice.subAreas().get(0));
        assertEquals(-70.224297, circle.position().longitudeDegrees(), 1e-5);
        assertEquals(42.105865, circle.position().latitudeDegrees(), 1e-5);
        assertEquals(4, circle.position().precision());
        assertEquals(14810, circle.radiusMetres());
        assertEquals("NOAA RW SGHTNG", assertInstanceOf(AreaNotice.Text.class, notice.subAreas().get(1)).text());
    }

    @Test
    void areaNoticeWithPolygon() {
        // libais test vector (ais8_1_22_test.cc): a NOAA dynamic management area.
        AreaNotice notice = assertInstanceOf(AreaNotice.class, broadcast(
                "!AIVDM,2,1,1,A,803Ovrh0EPJ0Vvch00@=w52I9BK<00000VFHkP0>D>3,0*24",
                "!AIVDM,2,2,1,A,;J005>?11PBGP4=1PPP,0*3F").orElseThrow());

        assertEquals(26, notice.messageLinkageId());
        assertEquals(2, notice.durationMinutes());
        assertEquals(3, notice.subAreas().size());
        AreaNotice.Circle point = assertInstanceOf(AreaNotice.Circle.class, notice.subAreas().get(0));
        assertEquals(0, point.radiusMetres());
        assertEquals(-70.408216666666661, point.position().longitudeDegrees(), 1e-9);
        assertEquals(40.02495, point.position().latitudeDegrees(), 1e-9);
        AreaNotice.Polyline polygon = assertInstanceOf(AreaNotice.Polyline.class, notice.subAreas().get(1));
        assertTrue(polygon.closed());
        assertEquals(3, polygon.points().size(), "the fourth point has distance 0");
        assertEquals(List.of(103000, 114000, 101000),
                polygon.points().stream().map(polygon::distanceMetres).toList());
        assertEquals(List.of(89.5, 0.0, 270.0),
                polygon.points().stream().map(AreaNotice.Polyline.Point::angleDegrees).toList());
        assertEquals("NOAA RW DMA", assertInstanceOf(AreaNotice.Text.class, notice.subAreas().get(2)).text());
    }

    @Test
    void areaNoticeNeedsOneWholeSubArea() {
        BinaryBroadcastMessage sample = (BinaryBroadcastMessage) decode(
                "!AIVDM,1,1,0,B,803Ovrh0EPM0WB0h2l0MwJUi=6B4G9000aip8<2Bt2Hq2Qhp,0*01");
        byte[] bytes = java.util.Arrays.copyOf(sample.data().bytes(), 18);
        bytes[17] &= (byte) 0xC0;

        assertTrue(new BinaryBroadcastMessage(8, 0, 1, 0, 1, 22, new BinaryData(bytes, 142)).application().isPresent());
        bytes[17] &= (byte) 0x80;
        assertTrue(new BinaryBroadcastMessage(8, 0, 1, 0, 1, 22, new BinaryData(bytes, 141)).application().isEmpty());
        assertTrue(new AddressedBinaryMessage(6, 0, 1, 0, 2, false, 0, 1, 23, sample.data()).application()
                .orElseThrow() instanceof AreaNotice, "addressed area notice");
    }

    @Test
    void applicationsGpsdDoesNotDecodeStayRaw() {
        assertTrue(addressed("!AIVDM,1,1,4,B,6>jR0600V:C0>da4P106P00,2*02").isPresent());
        assertTrue(addressed("!AIVDM,1,1,,A,63u?;TP0`QJ<06P000,4*43").isEmpty(), "1/40");
        assertTrue(addressed("!AIVDM,1,1,,A,647sBv00b=E006P9>0,4*1B").isEmpty(), "1/40");
        assertTrue(addressed("!AIVDM,1,1,,A,601uEPprEH2@<P<j00,4*32").isEmpty(), "200/3");
        assertTrue(broadcast("!AIVDM,1,1,,A,85Mwp`1Kf3aCnsNvBWLi=wQuNhA5t43N`5nCuI=p<IBfVqnMgPGs,0*47").isEmpty(),
                "366/56");
        assertTrue(broadcast("!AIVDM,1,1,,A,802At?00D000qFap02:lA0b@?3fw0001<:iFP2:rf0cCGp0w00,4*5E").isEmpty(),
                "1/16 of 240 bits");
    }

    @Test
    void decodingNeverThrowsWhateverTheLength() {
        int[][] addressed = {{1, 12}, {1, 14}, {1, 18}, {1, 23}, {1, 30}, {1, 32}, {235, 10}, {250, 10}};
        int[][] broadcast = {{1, 11}, {1, 22}, {1, 29}, {1, 31}, {200, 10}};
        RandomMessages random = new RandomMessages(new Random(6));
        for (int bitCount = 0; bitCount <= BinaryBroadcastMessage.MAX_BITS - BinaryBroadcastMessage.HEADER_BITS; bitCount++) {
            BinaryData data = new BinaryData(random.data(bitCount), bitCount);
            for (int[] id : addressed) {
                new AddressedBinaryMessage(6, 0, 1, 0, 2, false, 0, id[0], id[1], data).application();
            }
            for (int[] id : broadcast) {
                new BinaryBroadcastMessage(8, 0, 1, 0, id[0], id[1], data).application();
            }
        }
        BinaryData tooLong = new BinaryData(new byte[300], 2400);
        assertTrue(new BinaryBroadcastMessage(8, 0, 1, 0, 1, 31, tooLong).application().isEmpty());
    }

    private static int windows(AddressedBinaryMessage message) {
        return ((TidalWindowImo289) message.application().orElseThrow()).windows().size();
    }

    /** {@code message} with this DAC/FI and {@code bitCount} bits of its data (zero-extended). */
    private static AddressedBinaryMessage withData(AddressedBinaryMessage message, int dac, int fi, int bitCount) {
        byte[] bytes = java.util.Arrays.copyOf(message.data().bytes(), (bitCount + 7) / 8);
        if (bitCount % 8 != 0) {
            bytes[bytes.length - 1] &= (byte) (0xFF << (8 - bitCount % 8));
        }
        return new AddressedBinaryMessage(6, 0, message.mmsi(), 0, message.destinationMmsi(), false, 0, dac, fi,
                new BinaryData(bytes, bitCount));
    }

    private static Optional<ApplicationData> addressed(String... sentences) {
        return ((AddressedBinaryMessage) decode(sentences)).application();
    }

    private static Optional<ApplicationData> broadcast(String... sentences) {
        return ((BinaryBroadcastMessage) decode(sentences)).application();
    }

    private static AisMessage decode(String... sentences) {
        List<AisMessage> decoded = new ArrayList<>();
        AisDecoder decoder = new AisDecoder("test", (message, reception) -> decoded.add(message));
        for (String sentence : sentences) {
            decoder.decode(sentence, 0);
        }
        assertEquals(1, decoded.size(), "messages decoded");
        return decoded.get(0);
    }
}
