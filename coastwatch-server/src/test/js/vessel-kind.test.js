// Unit tests of console/vessel-kind.js: what a contact is, and its label.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isVessel, vesselKind, vesselLabel } from '../../main/resources/static/console/vessel-kind.js';

test('the server\'s kind wins when the vessel carries one', () => {
  assert.equal(vesselKind({ kind: 'vn-fishing', shipType: 70 }), 'fishingVn');
  assert.equal(vesselKind({ kind: 'base-station' }), 'baseStation');
  assert.equal(vesselKind({ kind: 'aid-to-navigation' }), 'aidToNavigation');
});

test('without one, shore stations and aids to navigation are told by their position\'s source, not counted as vessels', () => {
  const station = { mmsi: 5740003, shipType: null, position: { source: 'AIS_BASE_STATION' } };
  const buoy = { mmsi: 995741001, position: { source: 'AIS_AID_TO_NAVIGATION' } };
  assert.equal(vesselKind(station), 'baseStation');
  assert.equal(vesselKind(buoy), 'aidToNavigation');
  assert.equal(isVessel(vesselKind(station)), false);
  assert.equal(isVessel(vesselKind(buoy)), false);
  assert.equal(isVessel(vesselKind({ mmsi: 574000001, shipType: 30, flag: 'VN', position: { source: 'AIS_CLASS_A' } })), true);
});

test('vessels by flag and ship type; VMS-only vessels are Vietnamese fishing vessels', () => {
  assert.equal(vesselKind({ mmsi: 574000001, shipType: 30, flag: 'VN' }), 'fishingVn');
  assert.equal(vesselKind({ mmsi: 412000001, shipType: 30, flag: 'CN' }), 'fishingForeign');
  assert.equal(vesselKind({ registrationNumber: 'NT-91184-TS' }), 'fishingVn');
  assert.equal(vesselKind({ mmsi: 1, shipType: 55 }), 'patrol');
  assert.equal(vesselKind({ mmsi: 1, shipType: 64 }), 'passenger');
  assert.equal(vesselKind({ mmsi: 1, shipType: 74 }), 'cargo');
  assert.equal(vesselKind({ mmsi: 1, shipType: 84 }), 'tanker');
  assert.equal(vesselKind({ mmsi: 1, shipType: 0 }), 'other');
});

test('a contact is labelled by its name, else its registration, else its MMSI', () => {
  assert.equal(vesselLabel({ name: 'BINH DINH 08', mmsi: 1 }), 'BINH DINH 08');
  assert.equal(vesselLabel({ registrationNumber: 'NT-91184-TS', mmsi: 1 }), 'NT-91184-TS');
  assert.equal(vesselLabel({ mmsi: 5740003 }), '5740003');
});
