// @ts-check
// Patrols & readiness (Tuần tra & Sẵn sàng): not built yet — a placeholder that says so, until its helper builds the screen here.
import { placeholderScreen } from '../../shared/placeholder.js';

export const screen = placeholderScreen('patrols', 6, ['system-admin', 'commander', 'duty-officer', 'station-officer', 'staff-analyst', 'viewer']);
