// @ts-check
// One line of an alert, as the inbox, the vessel panel and the replay show it.
import { formatTime, t } from '../i18n.js';

const OPEN_STATES = new Set(['new', 'acknowledged', 'escalated']);

/**
 * Rule types of the engine (slugs), for the filter and the messages. Temporary: the catalogue
 * (GET /api/v1/rules/types, the engine helper's work) replaces this list.
 */
export const RULE_TYPES = ['zone-entry', 'zone-exit', 'dwell', 'speed-in-zone', 'boundary-approach',
  'predicted-crossing', 'boundary-crossed', 'foreign-vessel', 'dark-vessel', 'vms-loss', 'encounter',
  'loitering', 'fishing-wrong-zone', 'protected-area', 'position-jump', 'identity-conflict',
  'no-departure-record', 'overdue-return', 'unregistered'];

/** @type {(id: number | string) => string | null} */
let vesselName = () => null;

/**
 * Names vessels an alert refers to by id only (the other vessel of an encounter): the live picture's
 * names, until the alert view serves `otherVessel` with its name.
 * @param {(id: number | string) => string | null} lookup
 */
export function useVesselNames(lookup) {
  vesselName = lookup;
}

/**
 * The name of the other vessel of an alert (an encounter), or null.
 * @param {any} alert
 */
export function otherVesselName(alert) {
  const other = alert.otherVessel;
  if (other) return other.name || other.registrationNumber || other.mmsi || other.id;
  const id = alert.otherVesselId ?? alert.details?.otherVesselId;
  return id === null || id === undefined ? null : vesselName(id) || String(id);
}

/** @param {{ state: string }} alert */
export function isOpen(alert) {
  return OPEN_STATES.has(alert.state);
}

/**
 * One line title of an alert: its rule and vessel — both vessels of an encounter.
 * @param {any} alert
 */
export function alertTitle(alert) {
  const vessel = alert.vessel?.name || alert.vesselName || alert.registrationNumber || alert.mmsi || alert.vesselId;
  const other = otherVesselName(alert);
  return `${t(`rule.${alert.ruleType}`)} — ${other ? t('alert.pair', { vessel, other }) : vessel}`;
}

/**
 * A list item button for an alert.
 * @param {any} alert
 * @param {(alert: any) => void} onClick
 */
export function alertItem(alert, onClick) {
  const item = document.createElement('li');
  const button = document.createElement('button');
  button.type = 'button';
  button.className = `alert-item ${isOpen(alert) ? '' : 'closed'}`;
  button.dataset.alertId = alert.id;
  const stripe = document.createElement('span');
  stripe.className = `sev ${alert.severity}`;
  const title = document.createElement('span');
  title.className = 'title';
  title.textContent = alertTitle(alert);
  const when = document.createElement('span');
  when.className = 'when';
  when.textContent = `${t(`severity.${alert.severity}`)} · ${t(`state.${alert.state}`)} · ${formatTime(alert.lastTime)}`;
  button.append(stripe, title, when);
  button.addEventListener('click', () => onClick(alert));
  item.append(button);
  return item;
}
