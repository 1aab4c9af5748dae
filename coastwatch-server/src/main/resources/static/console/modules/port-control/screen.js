// @ts-check
// Port control (Kiểm soát cảng): not built yet — a placeholder that says so, until its helper builds the screen here.
import { placeholderScreen } from '../../shared/placeholder.js';

export const screen = placeholderScreen('port-control', 5, ['system-admin', 'commander', 'duty-officer', 'station-officer', 'viewer']);
