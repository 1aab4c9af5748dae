// @ts-check
// The detection catalogue (GET /api/v1/rules/types, docs/development.md "Console"): the rule types with
// their figures and finding templates, the severities with their ranks, the AIS ship types' names and the
// zone kinds with their legal order and drawing, as the server declares them, so that the console restates
// none of the server's tables. Loaded once at log-in
// (`useCatalogue`); the functions read the one loaded. Pure: no DOM.

/**
 * @typedef {{ vi: string, en: string }} Label
 * @typedef {{ name: string, unit: string, label: Label }} FigureSpec
 * @typedef {{ id: string, label: Label, figures: FigureSpec[], finding: Label }} RuleTypeSpec
 * @typedef {{ id: string, label: Label, rank: number }} SeveritySpec
 * @typedef {{ from: number, to: number, label: Label }} ShipTypeSpec a range of AIS ship types, both ends included
 * @typedef {{ color: string, weight: number, dash?: string | null, fill: number, hidden: boolean, labelled: boolean }} ZoneDrawing
 *   how the map draws a zone kind: stroke colour, width in pixels, SVG dash pattern, fill opacity, off until
 *   switched on, its zones named on the map
 * @typedef {{ id: string, label: Label, order: number, drawing: ZoneDrawing }} ZoneKindSpec
 * @typedef {{ ruleTypes: RuleTypeSpec[], severities: SeveritySpec[], shipTypes?: ShipTypeSpec[],
 *   zoneKinds?: ZoneKindSpec[] }} Catalogue
 */

/** The zone kind the map draws a zone of a kind the catalogue does not know as. */
export const OTHER_ZONE_KIND = 'custom';
/** The zone kind of the Border Guard stations' areas (địa bàn): the alert filter lists them first, wall mode shows them. */
export const STATION_AREA_KIND = 'station-area';

/** @type {Catalogue} */
let catalogue = { ruleTypes: [], severities: [] };
/** @type {Map<string, RuleTypeSpec>} */
let ruleTypesById = new Map();

/**
 * Makes `served` the catalogue the console reads (before the first screen is drawn).
 * @param {Catalogue} served
 */
export function useCatalogue(served) {
  catalogue = served;
  ruleTypesById = new Map(served.ruleTypes.map(type => [type.id, type]));
}

/** The rule types' slugs, in the catalogue's order. */
export function ruleTypeIds() {
  return catalogue.ruleTypes.map(type => type.id);
}

/**
 * A rule type's declaration, or undefined when the catalogue does not know it.
 * @param {string} id
 */
export function ruleType(id) {
  return ruleTypesById.get(id);
}

/**
 * A severity's rank (higher is more urgent); 0 when unknown.
 * @param {string} id
 */
export function severityRank(id) {
  return catalogue.severities.find(severity => severity.id === id)?.rank ?? 0;
}

/** The severities' slugs, the most urgent first. */
export function severitiesByRank() {
  return catalogue.severities.slice().sort((a, b) => b.rank - a.rank).map(severity => severity.id);
}

/**
 * The name of an AIS ship type (ITU-R M.1371 table 53) in `language`; null for a type without a name
 * of its own.
 * @param {number} code @param {string} language
 */
export function shipTypeLabel(code, language) {
  const named = (catalogue.shipTypes || []).find(type => code >= type.from && code <= type.to);
  return named ? labelIn(named.label, language) : null;
}

/** The zone kinds, in legal order (internal waters first, custom zones last). */
export function zoneKinds() {
  return (catalogue.zoneKinds || []).slice().sort((a, b) => a.order - b.order);
}

/**
 * A zone kind's declaration, or undefined when the catalogue does not know it.
 * @param {string} id
 */
export function zoneKind(id) {
  return (catalogue.zoneKinds || []).find(kind => kind.id === id);
}

/**
 * The name of a zone kind in `language`; the kind's code when the catalogue does not know it.
 * @param {string} id @param {string} language
 */
export function zoneKindLabel(id, language) {
  const kind = zoneKind(id);
  return kind ? labelIn(kind.label, language) : id;
}

/**
 * A label in `language` (Vietnamese when the label lacks it).
 * @param {Label} label @param {string} language
 */
export function labelIn(label, language) {
  return language === 'en' ? label.en || label.vi : label.vi;
}

/**
 * @typedef {{ number: (value: number, decimals: number) => string, time: (iso: string) => string }} FigureFormat
 *   how the user's language writes a number with so many decimals and an instant
 */

/** Decimals a figure is written with, by its unit: whole metres, minutes and counts; tenths else. */
const WHOLE_UNITS = new Set(['m', 'min', 'count']);

/**
 * A figure's value as the template's sentence takes it: the number alone (the template writes the
 * unit, "{hoursDark} giờ"), an instant as a time; '—' when unknown.
 * @param {{ value: any, unit?: string } | undefined} figure @param {FigureFormat} format
 */
export function figureValue(figure, format) {
  if (!figure || figure.value === null || figure.value === undefined) return '—';
  if (figure.unit === 'instant') return format.time(String(figure.value));
  const number = Number(figure.value);
  if (!Number.isFinite(number)) return String(figure.value);
  return format.number(number, WHOLE_UNITS.has(figure.unit || '') ? 0 : 1);
}

/**
 * The finding of an alert in `language`: its rule type's template with the alert's figures and
 * names ({vessel}, {otherVessel}, {zone}, {port}) put in; null when the catalogue has no template.
 * @param {any} alert an alert as the API serves it (figures, vessel, otherVessel, zone)
 * @param {string} language @param {FigureFormat} format
 * @param {(party: any) => string | null} [partyName] a vessel's name (defaults to its name, number or MMSI)
 */
export function findingText(alert, language, format, partyName = defaultPartyName) {
  const template = ruleType(alert.ruleType)?.finding;
  if (!template) return null;
  /** @type {Record<string, string | null | undefined>} */
  const names = {
    vessel: partyName(alert.vessel),
    otherVessel: partyName(alert.otherVessel),
    zone: alert.zone?.name,
    port: alert.port?.name ?? alert.zone?.name,
  };
  return labelIn(template, language).replace(/\{(\w+)\}/g, (_, name) => {
    if (name in names) return names[name] ? String(names[name]) : '—';
    return figureValue(alert.figures?.[name], format);
  });
}

/** @param {any} party */
function defaultPartyName(party) {
  return party ? party.name || party.registrationNumber || (party.mmsi ? String(party.mmsi) : null) || party.id : null;
}
