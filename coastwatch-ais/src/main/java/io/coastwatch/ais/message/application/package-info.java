/**
 * Application-specific messages: the contents of the binary data of messages 6 and 8, identified by
 * their DAC (designated area code) and FI (function identifier), ITU-R M.1371-5 Annex 5 §2.1.
 *
 * <p>Each application is an immutable record of the sealed interface
 * {@link io.coastwatch.ais.message.application.ApplicationData}, holding the values as sent, with
 * accessors in ordinary units that return {@code Double.NaN} or {@code -1} when a value is "not
 * available". They are decoded views: the message records keep the raw bits (so that they encode back
 * exactly) and decode them on request, through
 * {@link io.coastwatch.ais.message.AddressedBinaryMessage#application()} and
 * {@link io.coastwatch.ais.message.BinaryBroadcastMessage#application()}.
 *
 * <p>Decoded are the applications that gpsd decodes in its sample data: IMO SN.1/Circ.236 (2004)
 * meteorological and hydrological data, dangerous cargo and tidal window; IMO SN.1/Circ.289 (2010)
 * meteorological and hydrological data, clearance time to enter port, text description and tidal
 * window; the GLA AtoN monitoring data of the UK and Ireland; the inland ship static and voyage data
 * of the Inland AIS standard (CCNR). Bit layouts and the length rules that decide whether data is
 * decoded follow gpsd's {@code driver_ais.c}. Also decoded, though gpsd leaves them raw: IMO
 * SN.1/Circ.289 area notices.
 */
package io.coastwatch.ais.message.application;
