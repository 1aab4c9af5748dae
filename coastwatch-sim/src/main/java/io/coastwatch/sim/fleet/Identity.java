package io.coastwatch.sim.fleet;

import io.coastwatch.sim.scenario.Gear;
import io.coastwatch.sim.scenario.LengthClass;

/**
 * Who a simulated vessel is. Immutable.
 *
 * @param mmsi the MMSI its AIS sends, 0 when it has no AIS
 * @param name the ship name (AIS characters only)
 * @param callSign call sign, "" when none
 * @param imoNumber IMO number, 0 when none
 * @param registrationNumber fisheries registration number ({@code NT-90123-TS}), null for other vessels
 * @param vmsDeviceId VMS unit id, null when it carries none
 * @param kind what it is
 * @param lengthMetres length overall
 * @param beamMetres beam
 * @param aisClass transponder class
 * @param lengthClass Decree 26/2019 class for a Vietnamese fishing vessel, else null
 * @param gear fishing gear, null when not fishing
 * @param homePortId id of the port it sails from, null when none
 * @param destination the AIS destination of a Class A ship ("" when none)
 */
public record Identity(
        int mmsi,
        String name,
        String callSign,
        int imoNumber,
        String registrationNumber,
        String vmsDeviceId,
        Kind kind,
        int lengthMetres,
        int beamMetres,
        AisClass aisClass,
        LengthClass lengthClass,
        Gear gear,
        String homePortId,
        String destination) {

    /** Maritime identification digits: the flag of the MMSI (0 when no AIS). */
    public int mid() {
        return mmsi / 1_000_000;
    }
}
