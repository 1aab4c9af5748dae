// Unit tests of console/shared/figures.js, the findings of shared/catalogue.js and the encounter lines of shared/triage.js.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { figureValue, findingText, labelIn, ruleTypeIds, shipTypeLabel, useCatalogue, zoneKindLabel, zoneKinds } from '../../main/resources/static/console/shared/catalogue.js';
import { alertFigures } from '../../main/resources/static/console/shared/figures.js';
import { oneLinePerEncounter } from '../../main/resources/static/console/shared/triage.js';

test('the contract\'s typed figures are taken as served', () => {
  const figures = alertFigures({
    figures: { hoursDark: { value: 6.8, unit: 'h' }, since: { value: '2026-06-28T03:15:00Z', unit: 'instant' } },
  });
  assert.deepEqual(figures, [
    { name: 'hoursDark', kind: 'quantity', value: 6.8, unit: 'h' },
    { name: 'since', kind: 'instant', value: '2026-06-28T03:15:00Z' },
  ]);
});

test('one meeting of two vessels is one line, whichever vessel each alert is about', () => {
  const alerts = [
    { id: 1, ruleType: 'encounter', vessel: { id: '10' }, otherVessel: { id: '20' } },
    { id: 2, ruleType: 'encounter', vessel: { id: '20' }, otherVessel: { id: '10' } },
    { id: 3, ruleType: 'encounter', vessel: { id: '10' }, otherVessel: { id: '30' } },
    { id: 4, ruleType: 'dark-vessel', vessel: { id: '10' }, otherVessel: null },
    { id: 5, ruleType: 'encounter', vessel: { id: '10' }, otherVessel: { id: '20' } },
  ];
  assert.deepEqual(oneLinePerEncounter(alerts).map(alert => alert.id), [1, 3, 4]);
});

/** Vietnamese numbers and times as the console writes them (i18n.js formatNumber, formatTime). */
const VIETNAMESE = {
  number: (value, decimals) => new Intl.NumberFormat('vi', { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(value),
  time: iso => `time(${iso})`,
};

const CATALOGUE = {
  ruleTypes: [
    { id: 'dark-vessel', label: { vi: 'Mất tín hiệu AIS', en: 'Dark vessel' }, figures: [],
      finding: { vi: '{vessel} không phát AIS {hoursDark} giờ, cách bờ {shoreDistanceNm} hải lý', en: '{vessel}: no AIS for {hoursDark} h, {shoreDistanceNm} nm from shore' } },
    { id: 'encounter', label: { vi: 'Gặp nhau trên biển', en: 'Encounter' }, figures: [],
      finding: { vi: '{vessel} và {otherVessel} ở cách nhau {distanceMetres} m trong {hoursTogether} giờ', en: '' } },
    { id: 'overdue-return', label: { vi: 'Quá hạn về bến', en: 'Overdue return' }, figures: [],
      finding: { vi: '{vessel} quá hạn về {port}, hạn {declaredReturn}', en: '' } },
  ],
  severities: [{ id: 'info', rank: 1 }, { id: 'critical', rank: 3 }, { id: 'warning', rank: 2 }],
  shipTypes: [{ from: 30, to: 30, label: { vi: 'Tàu đánh cá', en: 'Fishing' } }, { from: 70, to: 79, label: { vi: 'Tàu hàng', en: 'Cargo' } }],
};

test('a finding is its rule type\'s template with the figures in Vietnamese numbers and the names put in', () => {
  useCatalogue(CATALOGUE);
  const dark = { ruleType: 'dark-vessel', vessel: { id: '1', name: 'BV 91184 TS' },
    figures: { hoursDark: { value: 6.8, unit: 'h' }, shoreDistanceNm: { value: 52.1234, unit: 'nm' } } };
  assert.equal(findingText(dark, 'vi', VIETNAMESE), 'BV 91184 TS không phát AIS 6,8 giờ, cách bờ 52,1 hải lý');
  assert.equal(findingText(dark, 'en', { ...VIETNAMESE, number: (value, decimals) => value.toFixed(decimals) }),
    'BV 91184 TS: no AIS for 6.8 h, 52.1 nm from shore');
  const meeting = { ruleType: 'encounter', vessel: { id: '1', registrationNumber: 'BV-91184-TS' }, otherVessel: { id: '2', mmsi: 574126523 },
    figures: { distanceMetres: { value: 121.4, unit: 'm' }, hoursTogether: { value: 2, unit: 'h' } } };
  assert.equal(findingText(meeting, 'vi', VIETNAMESE), 'BV-91184-TS và 574126523 ở cách nhau 121 m trong 2,0 giờ', 'whole metres, tenths of hours; an MMSI when there is no name');
  const overdue = { ruleType: 'overdue-return', vessel: { id: '1', name: 'A' }, zone: { name: 'Cảng cá Cà Ná' },
    figures: { declaredReturn: { value: '2026-06-28T03:15:00Z', unit: 'instant' } } };
  assert.equal(findingText(overdue, 'vi', VIETNAMESE), 'A quá hạn về Cảng cá Cà Ná, hạn time(2026-06-28T03:15:00Z)');
  assert.equal(findingText({ ruleType: 'dark-vessel', vessel: null, figures: {} }, 'vi', VIETNAMESE),
    '— không phát AIS — giờ, cách bờ — hải lý', 'what the alert lacks is a dash, never a raw key');
  assert.equal(findingText({ ruleType: 'unknown', figures: {} }, 'vi', VIETNAMESE), null);
});

test('the catalogue names the rule types and figures; a value is its number alone, an instant a time', () => {
  useCatalogue(CATALOGUE);
  assert.deepEqual(ruleTypeIds(), ['dark-vessel', 'encounter', 'overdue-return']);
  assert.equal(labelIn({ vi: 'Mới', en: 'New' }, 'en'), 'New');
  assert.equal(labelIn({ vi: 'Mới', en: '' }, 'en'), 'Mới');
  assert.equal(figureValue({ value: 14, unit: 'count' }, VIETNAMESE), '14');
  assert.equal(figureValue({ value: 0.25, unit: 'nm' }, VIETNAMESE), '0,3');
  assert.equal(figureValue(undefined, VIETNAMESE), '—');
});

test('AIS ship types are named by their range; a type without a name of its own has none', () => {
  useCatalogue(CATALOGUE);
  assert.equal(shipTypeLabel(30, 'vi'), 'Tàu đánh cá');
  assert.equal(shipTypeLabel(79, 'en'), 'Cargo');
  assert.equal(shipTypeLabel(70, 'vi'), 'Tàu hàng');
  assert.equal(shipTypeLabel(99, 'vi'), null);
});

test('the zone kinds come in legal order with their names and drawing; an unknown kind is named by its code', () => {
  const drawing = { color: '#1565c0', weight: 1.5, fill: 0.05, hidden: false, labelled: true };
  useCatalogue({ ruleTypes: [], severities: [], zoneKinds: [
    { id: 'station-area', label: { vi: 'Địa bàn đồn Biên phòng', en: 'Station area of responsibility' }, order: 15, drawing },
    { id: 'territorial-sea', label: { vi: 'Lãnh hải', en: 'Territorial sea' }, order: 2, drawing },
  ] });
  assert.deepEqual(zoneKinds().map(kind => kind.id), ['territorial-sea', 'station-area']);
  assert.equal(zoneKindLabel('territorial-sea', 'vi'), 'Lãnh hải');
  assert.equal(zoneKindLabel('station-area', 'en'), 'Station area of responsibility');
  assert.equal(zoneKindLabel('lagoon', 'vi'), 'lagoon');
});
