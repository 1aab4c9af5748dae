// @ts-check
// What a contact on the map is — a kind of vessel, or a shore station or an aid to navigation, which
// are not vessels — and its colour. Pure functions: no DOM, no map library.
//
// TEMPORARY: the vessel view and the live feed carry the server-computed `kind`; a contact without
// one (the replay's) has it derived here from its position's source, flag and AIS ship type. Once
// every contact carries `kind`, delete `derivedKind` and keep `SERVER_KINDS` as the only mapping.

/**
 * Kinds of contact, in legend order, with their fill colours: dark outlines on every symbol (drawn
 * with it), fills chosen to stand out on the blue sea and the zones' pale fills (the review's
 * finding 20: Vietnamese fishing vessels were blue on blue).
 */
export const KINDS = Object.freeze({
  fishingVn: '#f9a825',
  fishingForeign: '#d81b60',
  cargo: '#2e7d32',
  tanker: '#6d4c41',
  passenger: '#8e24aa',
  patrol: '#111111',
  other: '#9e9e9e',
  baseStation: '#00838f',
  aidToNavigation: '#ef6c00',
});

/** Kinds that are not vessels: drawn with their own symbols, not counted among the vessels. */
export const NOT_VESSELS = Object.freeze(['baseStation', 'aidToNavigation']);

/** The catalogue's vessel kinds (kebab-case ids of the contract) → the console's kinds. */
const SERVER_KINDS = Object.freeze({
  'vn-fishing': 'fishingVn', 'foreign-fishing': 'fishingForeign', cargo: 'cargo', tanker: 'tanker',
  passenger: 'passenger', patrol: 'patrol', 'base-station': 'baseStation', 'aid-to-navigation': 'aidToNavigation',
  other: 'other',
});

/**
 * @typedef {{ kind?: string | null, shipType?: number | null, flag?: string | null, mmsi?: number | null,
 *   registrationNumber?: string | null, vmsDeviceId?: string | null, position?: { source?: string | null } | null }} VesselLike
 */

/**
 * The kind of a contact: the server's when it says (the catalogue's contract), else derived.
 * @param {VesselLike} vessel
 * @returns {keyof typeof KINDS}
 */
export function vesselKind(vessel) {
  const served = vessel.kind ? SERVER_KINDS[vessel.kind] : undefined;
  return served || derivedKind(vessel);
}

/**
 * TEMPORARY: the kind from the position's source, the flag and the AIS ship type (ITU-R M.1371 table
 * 53); VMS-only vessels are Vietnamese fishing vessels.
 * @param {VesselLike} vessel
 * @returns {keyof typeof KINDS}
 */
function derivedKind(vessel) {
  const source = vessel.position?.source;
  if (source === 'AIS_BASE_STATION') return 'baseStation';
  if (source === 'AIS_AID_TO_NAVIGATION') return 'aidToNavigation';
  const type = vessel.shipType;
  const vmsOnly = !vessel.mmsi && Boolean(vessel.registrationNumber || vessel.vmsDeviceId);
  if (type === 30 || vmsOnly) return vessel.flag === 'VN' || vmsOnly ? 'fishingVn' : 'fishingForeign';
  if (type === 35 || type === 55) return 'patrol';
  if (type >= 60 && type <= 69) return 'passenger';
  if (type >= 70 && type <= 79) return 'cargo';
  if (type >= 80 && type <= 89) return 'tanker';
  return 'other';
}

/**
 * Whether a kind is a vessel (shore stations and aids to navigation are not).
 * @param {string} kind
 */
export function isVessel(kind) {
  return !NOT_VESSELS.includes(kind);
}

/**
 * The label of a contact: its name, else its registration number, else its MMSI or id.
 * @param {{ name?: string | null, registrationNumber?: string | null, mmsi?: number | null, id?: number | string }} vessel
 */
export function vesselLabel(vessel) {
  return vessel.name || vessel.registrationNumber || String(vessel.mmsi || vessel.id);
}

/**
 * Below this many contacts in the picture every one is drawn (the review's finding 8: never hide a
 * contact at a coastal command's density); above it, at wide zoom, symbols that would overlap are
 * gathered into clusters that say how many they hold.
 */
export const CLUSTER_FROM = 5000;
