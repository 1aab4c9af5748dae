/**
 * Fishing-vessel VMS reports over HTTP: {@code POST /api/v1/vms} with JSON (one report or an array)
 * or CSV (a header line, then one report a line). A request is accepted whole or refused whole with
 * every bad line named.
 */
package io.coastwatch.server.vms;
