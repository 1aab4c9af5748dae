// @ts-check
// Tài khoản của tôi: what each signed-in person does for their own account — change the password, turn
// on the second factor (TOTP: the QR code is drawn by the server, no internet), see and end their
// sessions, issue, see and revoke their tokens. Every role opens it, liaisons too.
import { del, get, post, request } from '../../api.js';
import { applyToDocument, t } from '../../i18n.js';
import { formatVietnamTime } from '../../format.js';
import { clearErrors, showErrors } from '../../shared/form.js';

/**
 * Rows of a simple table with one button per row.
 * @param {HTMLElement} element
 * @param {string[]} headings i18n keys
 * @param {string[][]} rows cell texts
 * @param {{ key: string, act: (index: number) => void, disabled?: (index: number) => boolean }} button
 */
function renderRows(element, headings, rows, button) {
  const table = document.createElement('table');
  table.className = 'data-table';
  const head = table.createTHead().insertRow();
  [...headings, ''].forEach(key => {
    const cell = document.createElement('th');
    cell.textContent = key ? t(key) : '';
    head.append(cell);
  });
  const body = table.createTBody();
  rows.forEach((cells, index) => {
    const row = body.insertRow();
    cells.forEach(text => { row.insertCell().textContent = text; });
    const action = document.createElement('button');
    action.type = 'button';
    action.textContent = t(button.key);
    action.disabled = button.disabled?.(index) ?? false;
    action.addEventListener('click', () => button.act(index));
    row.insertCell().append(action);
  });
  if (!rows.length) {
    const row = body.insertRow();
    const cell = row.insertCell();
    cell.colSpan = headings.length + 1;
    cell.textContent = t('table.empty');
  }
  element.replaceChildren(table);
}

/** @param {string | null | undefined} time */
const when = time => (time ? formatVietnamTime(time) : '—');

/** @type {import('../../frame/frame.js').Screen} */
export const screen = {
  id: 'account',
  route: 'account',
  order: 10,
  roles: '*',
  layout: 'page',
  mount(element) {
    element.innerHTML = `
      <div class="page account">
        <h2 data-i18n="account.title"></h2>
        <p id="account-who" class="muted"></p>
        <p id="account-status" class="error" role="alert"></p>
        <section>
          <h3 data-i18n="account.password"></h3>
          <form id="account-password-form">
            <label><span data-i18n="account.currentPassword"></span>
              <input name="currentPassword" type="password" autocomplete="current-password" required></label>
            <label><span data-i18n="account.newPassword"></span>
              <input name="newPassword" type="password" autocomplete="new-password" required></label>
            <p class="error" data-form-error></p>
            <button type="submit" data-i18n="account.changePassword"></button>
            <span id="account-password-done" class="muted" role="status"></span>
          </form>
        </section>
        <section>
          <h3 data-i18n="account.secondFactor"></h3>
          <p id="account-second-factor-state" class="muted"></p>
          <button type="button" id="account-second-factor-start" data-i18n="account.secondFactorStart"></button>
          <form id="account-second-factor-form" hidden>
            <p data-i18n="account.secondFactorScan"></p>
            <div id="account-qr"></div>
            <p><span data-i18n="account.secondFactorSecret"></span> <code id="account-secret"></code></p>
            <label><span data-i18n="account.code"></span>
              <input name="code" inputmode="numeric" autocomplete="one-time-code" required></label>
            <p class="error" data-form-error></p>
            <button type="submit" data-i18n="account.secondFactorConfirm"></button>
          </form>
        </section>
        <section>
          <h3 data-i18n="account.sessions"></h3>
          <div id="account-sessions"></div>
        </section>
        <section>
          <h3 data-i18n="account.tokens"></h3>
          <form id="account-token-form" class="filters">
            <label><span data-i18n="account.tokenLabel"></span> <input name="label" required></label>
            <label><span data-i18n="account.tokenDays"></span> <input name="expiresInDays" type="number" min="1" value="90"></label>
            <button type="submit" data-i18n="account.tokenIssue"></button>
            <p class="error" data-form-error></p>
          </form>
          <p id="account-token-issued" hidden><span data-i18n="account.tokenOnce"></span> <code id="account-token-value"></code></p>
          <div id="account-tokens"></div>
        </section>
      </div>`;
    applyToDocument(element);
    /** @param {string} id */
    const $ = id => /** @type {HTMLElement} */ (element.querySelector(`#${id}`));
    const status = $('account-status');
    /** @type {any} */
    let me = null;

    async function load() {
      status.textContent = '';
      me = await get('api/v1/session');
      $('account-who').textContent = t('account.who', { username: me.username,
        roles: (me.roles || []).map((/** @type {any} */ held) => `${t(`role.${held.role}`)} (${held.unitId ?? held.agencyId})`).join(', ') });
      const [sessions, tokens] = await Promise.all([get('api/v1/sessions'), get('api/v1/tokens')]);
      renderRows($('account-sessions'), ['account.via', 'account.address', 'account.browser', 'account.opened', 'account.lastSeen'],
        sessions.map((/** @type {any} */ s) => [s.current ? `${s.via} · ${t('account.thisSession')}` : s.via, s.address ?? '—',
          s.userAgent ?? '—', when(s.created), when(s.lastSeen)]),
        { key: 'account.end', act: index => end(`api/v1/sessions/${sessions[index].id}`),
          disabled: index => Boolean(sessions[index].current) });
      renderRows($('account-tokens'), ['account.tokenLabel', 'account.opened', 'account.expires', 'account.lastUsed'],
        tokens.map((/** @type {any} */ k) => [k.label ?? '—', when(k.created), when(k.expires), when(k.lastUsed)]),
        { key: 'account.revoke', act: index => end(`api/v1/tokens/${tokens[index].id}`) });
    }

    /** @param {string} path */
    async function end(path) {
      try {
        await del(path);
        await load();
      } catch (error) {
        status.textContent = error instanceof Error ? error.message : String(error);
      }
    }

    const passwordForm = /** @type {HTMLFormElement} */ ($('account-password-form'));
    passwordForm.addEventListener('submit', async event => {
      event.preventDefault();
      clearErrors(passwordForm);
      $('account-password-done').textContent = '';
      const data = new FormData(passwordForm);
      try {
        await request('PUT', `api/v1/accounts/${encodeURIComponent(me.username)}/password`,
          { currentPassword: data.get('currentPassword'), newPassword: data.get('newPassword') });
        passwordForm.reset();
        $('account-password-done').textContent = t('account.passwordChanged');
        await load();
      } catch (error) {
        showErrors(passwordForm, error);
      }
    });

    const factorForm = /** @type {HTMLFormElement} */ ($('account-second-factor-form'));
    $('account-second-factor-start').addEventListener('click', async () => {
      status.textContent = '';
      try {
        const enrolment = await post(`api/v1/accounts/${encodeURIComponent(me.username)}/second-factor`, {});
        const svg = new DOMParser().parseFromString(enrolment.qrSvg, 'image/svg+xml').documentElement;
        $('account-qr').replaceChildren(document.importNode(svg, true));
        $('account-secret').textContent = enrolment.secret;
        factorForm.hidden = false;
      } catch (error) {
        status.textContent = error instanceof Error ? error.message : String(error);
      }
    });
    factorForm.addEventListener('submit', async event => {
      event.preventDefault();
      try {
        await post(`api/v1/accounts/${encodeURIComponent(me.username)}/second-factor/confirm`,
          { code: new FormData(factorForm).get('code') });
        factorForm.hidden = true;
        $('account-second-factor-state').textContent = t('account.secondFactorOn');
      } catch (error) {
        showErrors(factorForm, error);
      }
    });

    const tokenForm = /** @type {HTMLFormElement} */ ($('account-token-form'));
    tokenForm.addEventListener('submit', async event => {
      event.preventDefault();
      const data = new FormData(tokenForm);
      try {
        const issued = await post('api/v1/tokens', { label: data.get('label'), expiresInDays: Number(data.get('expiresInDays')) });
        $('account-token-value').textContent = issued.token;
        $('account-token-issued').hidden = false;
        tokenForm.reset();
        await load();
      } catch (error) {
        showErrors(tokenForm, error);
      }
    });

    return {
      show() {
        load().catch(error => { status.textContent = error.message; });
      },
      render() {
        load().catch(error => { status.textContent = error.message; });
      },
    };
  },
};
