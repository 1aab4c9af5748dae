// @ts-check
// Targets & reports (Chỉ tiêu & Báo cáo): not built yet — a placeholder that says so, until its helper builds the screen here.
import { placeholderScreen } from '../../shared/placeholder.js';

export const screen = placeholderScreen('reports', 7, ['system-admin', 'commander', 'duty-officer', 'staff-analyst', 'viewer']);
