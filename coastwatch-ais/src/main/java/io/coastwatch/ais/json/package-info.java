/**
 * gpsd-compatible JSON for AIS messages ("AIVDM/AIVDO protocol decoding", gpsd's {@code AIVDM.adoc}
 * and {@code gpsd_json.c}): the field names, scaled and unscaled forms and text tables that
 * {@code gpsdecode -j} and {@code gpsdecode -u -j} print, which is the de-facto JSON form of AIS.
 *
 * <p>{@link io.coastwatch.ais.json.JsonOutput} is a reusable byte buffer written without
 * intermediate strings; not thread-safe. The writers are stateless.
 */
package io.coastwatch.ais.json;
