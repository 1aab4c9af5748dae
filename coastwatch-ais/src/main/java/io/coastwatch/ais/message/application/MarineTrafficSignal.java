package io.coastwatch.ais.message.application;

import io.coastwatch.ais.bits.BitReader;
import io.coastwatch.ais.bits.BitWriter;

/**
 * Marine traffic signal, DAC 1 FI 19, broadcast in message 8 (IMO SN.1/Circ.289 §5): the signal a
 * station shows and the next one, 304 bits of application data. As gpsd does, decoded at any length,
 * missing bits reading as zero.
 *
 * @param messageLinkageId links this message to others, 0-1023
 * @param stationName name of the signal station (20 characters)
 * @param longitudeThousandthMinute station longitude in 1/1000 minute, 181° not available
 * @param latitudeThousandthMinute station latitude in 1/1000 minute, 91° not available
 * @param status 0 not available, 1 in regular service, 2 irregular service, 3 reserved
 * @param signal the signal in service (IALA's codes: 1 serious emergency … 14 proceed in one direction
 *     only), 0 not available
 * @param hour UTC hour the next signal shifts in, 0-23; 24 not available
 * @param minute UTC minute, 0-59; 60 not available
 * @param nextSignal the expected next signal, coded as {@code signal}
 */
public record MarineTrafficSignal(int messageLinkageId, String stationName, int longitudeThousandthMinute,
        int latitudeThousandthMinute, int status, int signal, int hour, int minute, int nextSignal)
        implements ApplicationData {

    /** Application data bits (102 spare bits at the end). */
    public static final int BITS = 304;

    static MarineTrafficSignal decode(BitReader bits) {
        return new MarineTrafficSignal(bits.unsigned(0, 10), bits.text(10, 20), bits.signed(130, 25),
                bits.signed(155, 24), bits.unsigned(179, 2), bits.unsigned(181, 5), bits.unsigned(186, 5),
                bits.unsigned(191, 6), bits.unsigned(197, 5));
    }

    /** Writes the application data, spare bits zero. */
    public void encode(BitWriter out) {
        out.bits(messageLinkageId, 10).text(stationName, 20).bits(longitudeThousandthMinute, 25)
                .bits(latitudeThousandthMinute, 24).bits(status, 2).bits(signal, 5).bits(hour, 5).bits(minute, 6)
                .bits(nextSignal, 5).bits(0, 51).bits(0, 51);
    }
}
