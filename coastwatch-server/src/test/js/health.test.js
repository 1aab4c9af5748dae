// Unit tests of console/shared/health.js: the sources' statistics told as findings.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SILENT_MILLIS, sourceHealth } from '../../main/resources/static/console/shared/health.js';

const NOW = Date.parse('2026-12-07T12:00:00Z');
const source = fields => ({ id: 'ais-1', enabled: true, state: 'CONNECTED', lastData: new Date(NOW - 1000).toISOString(),
  messagesPerSecond: 300, droppedByEngineQueue: 0, ...fields });

test('a source bringing data as usual is no finding', () => {
  assert.deepEqual(sourceHealth([source({})], NOW, new Map()), []);
});

test('down, never heard and silent sources are bad news, the worst first', () => {
  const findings = sourceHealth([
    source({ id: 'vms', state: 'CONNECTED', lastData: new Date(NOW - SILENT_MILLIS - 120000).toISOString() }),
    source({ id: 'ais-2', state: 'FAILED' }),
    source({ id: 'udp', state: 'LISTENING', lastData: null }),
  ], NOW, new Map());
  assert.deepEqual(findings, [
    { level: 'bad', key: 'health.silent', params: { source: 'vms', minutes: 12 } },
    { level: 'bad', key: 'health.down', params: { source: 'ais-2' } },
    { level: 'bad', key: 'health.never', params: { source: 'udp', minutes: 0 } },
  ]);
});

test('a rate fallen well below the usual one, and messages dropped since the last poll, are warnings', () => {
  const memory = new Map();
  sourceHealth([source({})], NOW, memory);
  assert.deepEqual(sourceHealth([source({ messagesPerSecond: 150, droppedByEngineQueue: 40 })], NOW, memory), [
    { level: 'warn', key: 'health.drop', params: { source: 'ais-1', percent: 50 } },
    { level: 'warn', key: 'health.overloaded', params: { source: 'ais-1', count: 40 } },
  ]);
});

test('a finished file and a source switched off are not problems', () => {
  assert.deepEqual(sourceHealth([source({ state: 'FINISHED', lastData: null }), source({ enabled: false, state: 'STOPPED' })],
    NOW, new Map()), []);
});
