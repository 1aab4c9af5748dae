package io.coastwatch.ais.message.application;

import io.coastwatch.ais.bits.BitReader;
import io.coastwatch.ais.bits.BitWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * Berthing data, DAC 1 FI 20, addressed in message 6 (IMO SN.1/Circ.289 §7): 272 bits of application
 * data. As gpsd does, decoded at any length, missing bits reading as zero.
 *
 * @param messageLinkageId links this message to others, 0-1023
 * @param berthLength berth length in metres, 1-510; 0 not available
 * @param waterDepth water depth at the berth in 1/10 metre, 1-255; 0 not available
 * @param mooringPosition 0 not available, 1 port side to, 2 starboard side to, 3 Mediterranean
 *     (end-on), 4 mooring buoy, 5 anchorage, 6-7 reserved
 * @param month UTC month of the berthing time, 1-12; 0 not available
 * @param day UTC day, 1-31; 0 not available
 * @param hour UTC hour, 0-23; 24 not available
 * @param minute UTC minute, 0-59; 60 not available
 * @param servicesAvailable whether the service statuses are given
 * @param serviceStatus the {@value #SERVICES} services' status in the order of the circular (agent,
 *     bunker fuel, chandler, stevedore, electrical, potable water, customs house, cartage, crane, lift,
 *     medical, navigation repair, provisions, ship repair, surveyor, steam, tugs, solid waste, liquid
 *     waste, hazardous waste, reserved ballast exchange, additional services, two regional, two
 *     reserved): 0 not available, 1 available, 2 not available in this port, 3 reserved
 * @param berthName name of the berth (20 characters)
 * @param longitudeThousandthMinute berth longitude in 1/1000 minute, 181° not available
 * @param latitudeThousandthMinute berth latitude in 1/1000 minute, 91° not available
 */
public record BerthingData(int messageLinkageId, int berthLength, int waterDepth, int mooringPosition, int month,
        int day, int hour, int minute, boolean servicesAvailable, List<Integer> serviceStatus, String berthName,
        int longitudeThousandthMinute, int latitudeThousandthMinute) implements ApplicationData {

    /** Application data bits. */
    public static final int BITS = 272;
    /** Number of services whose status is given. */
    public static final int SERVICES = 26;
    private static final int SERVICES_START = 51;

    /** @throws IllegalArgumentException unless there are {@value #SERVICES} service statuses */
    public BerthingData {
        serviceStatus = List.copyOf(serviceStatus);
        if (serviceStatus.size() != SERVICES) {
            throw new IllegalArgumentException(SERVICES + " service statuses expected, not " + serviceStatus.size());
        }
    }

    static BerthingData decode(BitReader bits) {
        List<Integer> services = new ArrayList<>(SERVICES);
        for (int i = 0; i < SERVICES; i++) {
            services.add(bits.unsigned(SERVICES_START + 2 * i, 2));
        }
        return new BerthingData(bits.unsigned(0, 10), bits.unsigned(10, 9), bits.unsigned(19, 8), bits.unsigned(27, 3),
                bits.unsigned(30, 4), bits.unsigned(34, 5), bits.unsigned(39, 5), bits.unsigned(44, 6), bits.flag(50),
                services, bits.text(103, 20), bits.signed(223, 25), bits.signed(248, 24));
    }

    /** Writes the application data. */
    public void encode(BitWriter out) {
        out.bits(messageLinkageId, 10).bits(berthLength, 9).bits(waterDepth, 8).bits(mooringPosition, 3)
                .bits(month, 4).bits(day, 5).bits(hour, 5).bits(minute, 6).flag(servicesAvailable);
        serviceStatus.forEach(status -> out.bits(status, 2));
        out.text(berthName, 20).bits(longitudeThousandthMinute, 25).bits(latitudeThousandthMinute, 24);
    }

    /** Berth longitude in degrees, NaN when not available. */
    public double longitudeDegrees() {
        return Conversions.degrees(longitudeThousandthMinute, 1000, 180);
    }

    /** Berth latitude in degrees, NaN when not available. */
    public double latitudeDegrees() {
        return Conversions.degrees(latitudeThousandthMinute, 1000, 90);
    }
}
