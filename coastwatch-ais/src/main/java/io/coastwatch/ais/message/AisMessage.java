package io.coastwatch.ais.message;

import io.coastwatch.ais.bits.BitWriter;

/**
 * One decoded AIS message (ITU-R M.1371-5). Records are immutable and thread-safe.
 */
public sealed interface AisMessage permits PositionReportClassA, BaseStationReport, StaticAndVoyageData,
        SarAircraftPositionReport, StandardClassBPositionReport, ExtendedClassBPositionReport, AidToNavigationReport,
        StaticDataReport, LongRangePositionReport, Acknowledgement, UtcDateInquiry, AddressedSafetyMessage,
        SafetyBroadcastMessage, Interrogation, AssignmentModeCommand, DataLinkManagement, ChannelManagement,
        GroupAssignmentCommand, AddressedBinaryMessage,
        BinaryBroadcastMessage, GnssBroadcastBinaryMessage, SingleSlotBinaryMessage, MultipleSlotBinaryMessage {

    /** Message type, 1-27 (the first six bits). */
    int messageType();

    /** Repeat indicator, 0-3: how many times the message was repeated by a repeater station. */
    int repeatIndicator();

    /** MMSI of the transmitting station (30 bits; not validated). */
    int mmsi();

    /** Writes the message's bits, type first, in its ITU-R M.1371 layout. */
    void encode(BitWriter out);
}
