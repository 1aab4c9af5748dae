// @ts-check
// One line of an alert, as the inbox, the vessel panel and the replay show it.
import { currentLanguage, formatNumber, formatTime, t } from '../i18n.js';
import { findingText, labelIn, ruleType } from './catalogue.js';

const OPEN_STATES = new Set(['new', 'acknowledged', 'escalated']);

/** @type {(id: number | string) => string | null} */
let vesselName = () => null;

/**
 * Names vessels by id where the alert view has no name for them: the live picture's names.
 * @param {(id: number | string) => string | null} lookup
 */
export function useVesselNames(lookup) {
  vesselName = lookup;
}

/**
 * A vessel an alert names (its `vessel` or `otherVessel`): its name, number or MMSI, else the live
 * picture's name, else its id; null for none.
 * @param {{ id: string, name?: string | null, registrationNumber?: string | null, mmsi?: number | null } | null | undefined} party
 */
function partyName(party) {
  return party ? party.name || party.registrationNumber || (party.mmsi ? String(party.mmsi) : null) || vesselLabel(party.id) : null;
}

/**
 * A vessel by its id: the live picture's name, else the id.
 * @param {number | string} id
 */
export function vesselLabel(id) {
  return vesselName(id) || String(id);
}

/**
 * The name of the other vessel of an alert (an encounter), or null.
 * @param {any} alert
 */
export function otherVesselName(alert) {
  return partyName(alert.otherVessel);
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
  const vessel = partyName(alert.vessel);
  const other = otherVesselName(alert);
  return `${ruleLabel(alert.ruleType)} — ${other ? t('alert.pair', { vessel, other }) : vessel}`;
}

/**
 * A rule type's name in the user's language, from the catalogue (its slug when the catalogue does not
 * know it: a server newer than the page).
 * @param {string} id
 */
export function ruleLabel(id) {
  const type = ruleType(id);
  return type ? labelIn(type.label, currentLanguage()) : id;
}

/** How the user's language writes a finding's numbers and times. */
const FINDING_FORMAT = {
  number: (/** @type {number} */ value, /** @type {number} */ decimals) => formatNumber(value, decimals),
  time: (/** @type {string} */ iso) => formatTime(iso, { zone: true }),
};

/**
 * What the detection found, in the user's language: the catalogue's finding template with the
 * alert's figures and names ("BV 91184 TS không phát AIS 6,8 giờ, cách bờ 52,1 hải lý"); null when
 * the catalogue has no template for the rule type.
 * @param {any} alert
 */
export function alertFinding(alert) {
  return findingText(alert, currentLanguage(), FINDING_FORMAT, partyName);
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
