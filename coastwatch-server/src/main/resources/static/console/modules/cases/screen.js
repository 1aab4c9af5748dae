// @ts-check
// Cases (Vụ việc): not built yet — a placeholder that says so, until its helper builds the screen here.
import { placeholderScreen } from '../../shared/placeholder.js';

export const screen = placeholderScreen('cases', 3, ['system-admin', 'commander', 'duty-officer', 'station-officer', 'staff-analyst', 'viewer', 'liaison']);
