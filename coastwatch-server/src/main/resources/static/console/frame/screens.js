// @ts-check
// Every screen of the console, one module each (modules/<id>/screen.js exporting `screen`). A new
// screen is added here; the frame offers it to the roles it names (docs/development.md, "Console").
import { screen as account } from '../modules/account/screen.js';
import { screen as accounts } from '../modules/accounts/screen.js';
import { screen as admin } from '../modules/admin/screen.js';
import { screen as alerts } from '../modules/alerts/screen.js';
import { screen as cases } from '../modules/cases/screen.js';
import { screen as map } from '../modules/map/screen.js';
import { screen as patrols } from '../modules/patrols/screen.js';
import { screen as portControl } from '../modules/port-control/screen.js';
import { screen as replay } from '../modules/replay/screen.js';
import { screen as reports } from '../modules/reports/screen.js';
import { screen as tips } from '../modules/tips/screen.js';
import { screen as vessel } from '../modules/vessel/screen.js';

/** @type {import('./frame.js').Screen[]} */
export const SCREENS = [map, alerts, cases, tips, portControl, patrols, reports, admin, accounts, account, vessel, replay];
