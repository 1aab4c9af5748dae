// Unit tests of console/shared/figures.js and the encounter lines of shared/triage.js.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { alertFigures } from '../../main/resources/static/console/shared/figures.js';
import { oneLinePerEncounter } from '../../main/resources/static/console/shared/triage.js';

test('today\'s string details are typed by their names: times, quantities with units, vessels and zones', () => {
  const figures = alertFigures({
    details: { declaredReturnMillis: '1796550480000', hoursOverdue: '14.0', portId: 'PORT-CANA', otherVesselId: '574126523',
      radiusMetres: '121', distanceNm: '0.3', impliedSpeedKnots: '88.5', deliberate: 'true', plausibility: 'low', jumps: '7' },
  });
  assert.deepEqual(figures, [
    { name: 'declaredReturnMillis', kind: 'instant', value: 1796550480000 },
    { name: 'hoursOverdue', kind: 'quantity', value: 14, unit: 'h' },
    { name: 'portId', kind: 'zone', value: 'PORT-CANA' },
    { name: 'otherVesselId', kind: 'vessel', value: '574126523' },
    { name: 'radiusMetres', kind: 'quantity', value: 121, unit: 'm' },
    { name: 'distanceNm', kind: 'quantity', value: 0.3, unit: 'nm' },
    { name: 'impliedSpeedKnots', kind: 'quantity', value: 88.5, unit: 'kn' },
    { name: 'deliberate', kind: 'yesNo', value: true },
    { name: 'plausibility', kind: 'text', value: 'low', unit: undefined },
    { name: 'jumps', kind: 'quantity', value: 7, unit: 'count' },
  ]);
});

test('the contract\'s typed figures are taken as served', () => {
  const figures = alertFigures({
    figures: { hoursDark: { value: 6.8, unit: 'h' }, since: { value: '2026-06-28T03:15:00Z', unit: 'instant' } },
    details: { hoursDark: 'ignored' },
  });
  assert.deepEqual(figures, [
    { name: 'hoursDark', kind: 'quantity', value: 6.8, unit: 'h' },
    { name: 'since', kind: 'instant', value: '2026-06-28T03:15:00Z' },
  ]);
});

test('one meeting of two vessels is one line, whichever vessel each alert is about', () => {
  const alerts = [
    { id: 1, ruleType: 'encounter', vesselId: 10, otherVesselId: 20 },
    { id: 2, ruleType: 'encounter', vesselId: 20, otherVesselId: 10 },
    { id: 3, ruleType: 'encounter', vesselId: 10, otherVesselId: 30 },
    { id: 4, ruleType: 'dark-vessel', vesselId: 10, otherVesselId: null },
    { id: 5, ruleType: 'encounter', vesselId: 10, otherVessel: { id: 20 } },
  ];
  assert.deepEqual(oneLinePerEncounter(alerts).map(alert => alert.id), [1, 3, 4]);
});
