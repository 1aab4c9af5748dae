// Unit tests of the frame's pure parts: deep links (frame/router.js) and roles (frame/roles.js).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mayOpen, rolesOf } from '../../main/resources/static/console/frame/roles.js';
import { formatPlace, parsePlace } from '../../main/resources/static/console/frame/router.js';

test('a place is its route, the id of the thing shown and the filters', () => {
  assert.deepEqual(parsePlace('#/alerts/1234?severity=critical&state=open', 'map'),
    { route: 'alerts', id: '1234', params: { severity: 'critical', state: 'open' } });
  assert.deepEqual(parsePlace('#/vessels/574123456', 'map'), { route: 'vessels', id: '574123456', params: {} });
});

test('an empty fragment is the default screen', () => {
  for (const hash of ['', '#', '#/', '#//']) assert.deepEqual(parsePlace(hash, 'map'), { route: 'map', id: null, params: {} });
});

test('a place written and read back is the same place', () => {
  const hash = formatPlace('alerts', 42, { state: 'open', severity: '', rule: 'dark-vessel', zone: null });
  assert.equal(hash, '#/alerts/42?rule=dark-vessel&state=open', 'parameters sorted, empty ones left out');
  assert.deepEqual(parsePlace(hash, 'map'), { route: 'alerts', id: '42', params: { rule: 'dark-vessel', state: 'open' } });
  const odd = formatPlace('vessels', 'Tàu cá/8161', { q: 'Tàu cá 8161' });
  assert.deepEqual(parsePlace(odd, 'map'), { route: 'vessels', id: 'Tàu cá/8161', params: { q: 'Tàu cá 8161' } });
  assert.equal(formatPlace('map'), '#/map');
});

test('roles per unit, as the session serves them, count once each', () => {
  assert.deepEqual(rolesOf({ role: 'duty-officer', roles: [
    { role: 'duty-officer', unitId: 'bdbp-khanh-hoa', agencyId: null },
    { role: 'station-officer', unitId: 'dbp-ca-na', agencyId: null },
    { role: 'duty-officer', unitId: 'dbp-ninh-chu', agencyId: null }] }), ['duty-officer', 'station-officer']);
  assert.deepEqual(rolesOf({ role: 'SYSTEM_ADMIN' }), ['system-admin']);
});

test('roles given as slugs or constant names are kept, unknown ones left out', () => {
  assert.deepEqual(rolesOf({ roles: ['DUTY_OFFICER', 'station-officer', 'duty-officer', 'pirate'] }),
    ['duty-officer', 'station-officer']);
  assert.deepEqual(rolesOf({}), []);
});

test('a screen is opened by the roles it names, or by everyone signed in', () => {
  assert.equal(mayOpen(['viewer'], ['system-admin']), false);
  assert.equal(mayOpen(['viewer', 'system-admin'], ['system-admin']), true);
  assert.equal(mayOpen(['liaison'], '*'), true);
  assert.equal(mayOpen([], '*'), true);
  assert.equal(mayOpen([], ['viewer']), false);
});
