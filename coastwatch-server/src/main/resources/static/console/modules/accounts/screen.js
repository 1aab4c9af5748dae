// @ts-check
// Tài khoản (system administrators): every account with its roles per unit — create one with a role held
// in a unit of today's tree (or `*`, the command), disable or enable it, set a new password, remove a lost
// phone's second factor, delete it. Each change is audited by the server.
import { del, get, post, request } from '../../api.js';
import { applyToDocument, currentLanguage, t } from '../../i18n.js';
import { ROLES } from '../../frame/roles.js';
import { clearErrors, showErrors } from '../../shared/form.js';

/** @type {import('../../frame/frame.js').Screen} */
export const screen = {
  id: 'accounts',
  route: 'accounts',
  order: 9,
  roles: ['system-admin'],
  layout: 'page',
  mount(element) {
    element.innerHTML = `
      <div class="page accounts">
        <h2 data-i18n="accounts.title"></h2>
        <p id="accounts-status" class="error" role="alert"></p>
        <form id="accounts-create" class="filters">
          <label><span data-i18n="accounts.username"></span> <input name="username" required></label>
          <label><span data-i18n="accounts.password"></span> <input name="password" type="password" autocomplete="new-password" required></label>
          <label><span data-i18n="accounts.role"></span> <select name="role">${ROLES.map(role =>
            `<option value="${role}" data-i18n="role.${role}"></option>`).join('')}</select></label>
          <label><span data-i18n="accounts.unit"></span> <select name="unitId" id="accounts-unit"></select></label>
          <label><span data-i18n="accounts.agency"></span> <input name="agencyId"></label>
          <button type="submit" data-i18n="accounts.create"></button>
          <p class="error" data-form-error></p>
        </form>
        <form id="accounts-password" class="filters" hidden>
          <span id="accounts-password-for"></span>
          <label><span data-i18n="accounts.newPassword"></span> <input name="newPassword" type="password" autocomplete="new-password" required></label>
          <button type="submit" data-i18n="accounts.setPassword"></button>
          <p class="error" data-form-error></p>
        </form>
        <div id="accounts-table"></div>
      </div>`;
    applyToDocument(element);
    /** @param {string} id */
    const $ = id => /** @type {HTMLElement} */ (element.querySelector(`#${id}`));
    const status = $('accounts-status');
    /** @type {Map<string, string>} */
    const unitNames = new Map([['*', t('accounts.command')]]);
    let passwordFor = '';

    /** @param {any} held */
    const roleText = held => `${t(`role.${held.role}`)} · ${held.unitId ? unitNames.get(held.unitId) ?? held.unitId : held.agencyId}`;

    async function loadUnits() {
      const units = await get('api/v1/units');
      units.forEach((/** @type {any} */ unit) => unitNames.set(unit.id, (currentLanguage() === 'en' && unit.nameEn) || unit.nameVi));
      const select = /** @type {HTMLSelectElement} */ ($('accounts-unit'));
      select.replaceChildren(...[...unitNames].map(([id, name]) => new Option(name, id)));
    }

    async function load() {
      const accounts = await get('api/v1/accounts');
      const table = document.createElement('table');
      table.className = 'data-table';
      const head = table.createTHead().insertRow();
      ['accounts.username', 'accounts.roles', 'accounts.state', 'accounts.secondFactor', ''].forEach(key => {
        const cell = document.createElement('th');
        cell.textContent = key ? t(key) : '';
        head.append(cell);
      });
      const body = table.createTBody();
      for (const account of accounts) {
        const row = body.insertRow();
        row.dataset.account = account.username;
        row.insertCell().textContent = account.username;
        row.insertCell().textContent = account.roles.map(roleText).join('; ') || '—';
        row.insertCell().textContent = t(account.enabled ? 'accounts.enabled' : 'accounts.disabled');
        row.insertCell().textContent = t(account.secondFactor ? 'accounts.on' : 'accounts.off');
        const actions = row.insertCell();
        /** @param {string} key @param {() => Promise<unknown>} act */
        const button = (key, act) => {
          const b = document.createElement('button');
          b.type = 'button';
          b.dataset.action = key;
          b.textContent = t(`accounts.${key}`);
          b.addEventListener('click', () => act().then(load).catch(error => { status.textContent = error.message; }));
          actions.append(b);
        };
        const path = `api/v1/accounts/${encodeURIComponent(account.username)}`;
        button(account.enabled ? 'disable' : 'enable', () => request('PUT', path,
          { roles: account.roles, enabled: !account.enabled, personId: account.personId }));
        button('resetPassword', async () => {
          passwordFor = account.username;
          $('accounts-password-for').textContent = account.username;
          $('accounts-password').hidden = false;
        });
        if (account.secondFactor) button('removeSecondFactor', () => del(`${path}/second-factor`));
        button('delete', async () => { if (window.confirm(t('accounts.confirmDelete', { username: account.username }))) await del(path); });
      }
      $('accounts-table').replaceChildren(table);
    }

    const create = /** @type {HTMLFormElement} */ ($('accounts-create'));
    create.addEventListener('submit', async event => {
      event.preventDefault();
      clearErrors(create);
      const data = new FormData(create);
      const role = String(data.get('role'));
      const held = role === 'liaison' ? { role, agencyId: data.get('agencyId') } : { role, unitId: data.get('unitId') };
      try {
        await post('api/v1/accounts', { username: data.get('username'), password: data.get('password'), roles: [held] });
        create.reset();
        await load();
      } catch (error) {
        showErrors(create, error);
      }
    });
    const password = /** @type {HTMLFormElement} */ ($('accounts-password'));
    password.addEventListener('submit', async event => {
      event.preventDefault();
      try {
        await request('PUT', `api/v1/accounts/${encodeURIComponent(passwordFor)}/password`,
          { newPassword: new FormData(password).get('newPassword') });
        password.reset();
        password.hidden = true;
      } catch (error) {
        showErrors(password, error);
      }
    });

    const refresh = () => loadUnits().then(load).catch(error => { status.textContent = error.message; });
    return { show: refresh, render: refresh };
  },
};
