// @ts-check
// Administration (Quản trị): not built yet — a placeholder that says so, until its helper builds the screen here.
import { placeholderScreen } from '../../shared/placeholder.js';

export const screen = placeholderScreen('admin', 8, ['system-admin']);
