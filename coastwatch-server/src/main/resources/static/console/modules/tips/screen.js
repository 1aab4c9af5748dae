// @ts-check
// Tips (Tin báo): not built yet — a placeholder that says so, until its helper builds the screen here.
import { placeholderScreen } from '../../shared/placeholder.js';

export const screen = placeholderScreen('tips', 4, ['system-admin', 'commander', 'duty-officer', 'station-officer', 'viewer']);
