// @ts-check
// Chỉ tiêu & Báo cáo: the dashboard of a unit's targets and figures — a plan's progress per indicator
// (Kế hoạch, Thực hiện, % KH, Cùng kỳ, ±, Đạt / Vượt / Chưa đạt), every indicator's figure of a unit
// and period beside the same period a year before, a figure's drill-down to the records it counts, and
// the review and daily reports to download as DOCX or PDF. Numbers as the command writes them
// (numbers.js). Deep links: "#/reports?planId=&unitId=&first=&last=", "#/reports/<indicator>?…" with
// that indicator's records listed.
import { get, query } from '../../api.js';
import { applyToDocument, currentLanguage, t } from '../../i18n.js';
import { formatVietnamTime } from '../../format.js';
import { DataTable } from '../../shared/table.js';
import { countedPeriod, formatChange, formatDay, formatFigure, formatPercent, vietnamToday } from './numbers.js';

/** How many records a drill-down lists. */
const LISTED = 200;

/** @param {{ vi: string, en: string } | undefined} label */
const inLanguage = label => (label ? (currentLanguage() === 'en' ? label.en : label.vi) : '—');

/** @type {import('../../frame/frame.js').Screen} */
export const screen = {
  id: 'reports',
  route: 'reports',
  order: 7,
  roles: ['system-admin', 'commander', 'duty-officer', 'staff-analyst', 'viewer'],
  layout: 'page',
  mount(element, context) {
    element.innerHTML = `
      <div class="page reports">
        <h2 data-i18n="reports.title"></h2>
        <form id="reports-filters" class="filters">
          <label><span data-i18n="reports.plan"></span> <select name="planId"></select></label>
          <label><span data-i18n="reports.unit"></span> <select name="unitId"></select></label>
          <label><span data-i18n="reports.first"></span> <input type="date" name="first"></label>
          <label><span data-i18n="reports.last"></span> <input type="date" name="last"></label>
          <button type="submit" data-i18n="reports.show"></button>
        </form>
        <p id="reports-status" class="error" role="alert"></p>
        <section id="reports-plan">
          <h3 id="reports-plan-title"></h3>
          <p id="reports-plan-period" class="muted"></p>
          <div id="reports-progress"></div>
        </section>
        <section id="reports-downloads">
          <h3 data-i18n="reports.downloads"></h3>
          <p><span data-i18n="reports.review"></span>
            <a id="reports-review-docx" download>DOCX</a> · <a id="reports-review-pdf" download>PDF</a></p>
          <p><span data-i18n="reports.daily"></span>
            <a id="reports-daily-docx" download>DOCX</a> · <a id="reports-daily-pdf" download>PDF</a></p>
        </section>
        <section>
          <h3 id="reports-figures-title"></h3>
          <div id="reports-figures"></div>
        </section>
        <section id="reports-drill" hidden>
          <h3 id="reports-drill-title"></h3>
          <p id="reports-drill-summary" class="muted"></p>
          <div id="reports-drill-records"></div>
        </section>
      </div>`;
    applyToDocument(element);
    const dashboard = new Dashboard(element, (code, params) => context.navigate('reports', code, params));
    return {
      show(place) {
        dashboard.show(place.id ?? null, place.params);
      },
      render() {
        dashboard.draw();
      },
    };
  },
};

/** The dashboard's data and drawing; one per mounted screen. */
class Dashboard {
  /**
   * @param {HTMLElement} element the screen
   * @param {(code: string | null, params: Record<string, string>) => void} navigate
   */
  constructor(element, navigate) {
    this.element = element;
    this.navigate = navigate;
    /** @type {HTMLFormElement} */
    this.form = /** @type {HTMLFormElement} */ (element.querySelector('#reports-filters'));
    /** @type {HTMLElement} */
    this.status = /** @type {HTMLElement} */ (element.querySelector('#reports-status'));
    /** @type {any[]} */
    this.plans = [];
    /** @type {any[]} */
    this.units = [];
    /** @type {Map<string, any>} indicator code → its definition, for the names of count units */
    this.catalogue = new Map();
    /** @type {any} */
    this.plan = null;
    /** @type {any[]} */
    this.progress = [];
    /** @type {any[]} */
    this.figures = [];
    /** @type {any} */
    this.drill = null;
    /** @type {Record<string, string>} */
    this.params = {};
    this.progressTable = new DataTable(/** @type {HTMLElement} */ (element.querySelector('#reports-progress')), [],
      { onOpen: row => this.openProgress(row), emptyKey: 'reports.noTargets' });
    this.figuresTable = new DataTable(/** @type {HTMLElement} */ (element.querySelector('#reports-figures')), [],
      { onOpen: row => this.navigate(row.code, this.filters()) });
    this.recordsTable = new DataTable(/** @type {HTMLElement} */ (element.querySelector('#reports-drill-records')), [],
      { emptyKey: 'reports.noRecords' });
    this.form.addEventListener('submit', event => {
      event.preventDefault();
      this.navigate(null, this.filters());
    });
    /** @type {Promise<void> | null} */
    this.loaded = null;
  }

  /** The filters as the form holds them, without the empty ones. */
  filters() {
    /** @type {Record<string, string>} */
    const params = {};
    new FormData(this.form).forEach((value, key) => { if (value) params[key] = String(value); });
    return params;
  }

  /**
   * @param {string | null} code the indicator whose records are listed, or none
   * @param {Record<string, string>} params planId, unitId, first, last
   */
  async show(code, params) {
    this.status.textContent = '';
    try {
      this.loaded ??= this.loadChoices();
      await this.loaded;
      this.params = params;
      this.plan = this.plans.find(plan => plan.id === params.planId) ?? this.plans[0] ?? null;
      const unitId = params.unitId || this.plan?.unitId || '';
      const figures = { unitId, first: params.first, last: params.last };
      const organised = this.units.length > 0; // figures are a unit's: none before the organisation is entered
      const [progress, values, drill] = await Promise.all([
        this.plan ? get(`/api/v1/progress${query({ planId: this.plan.id })}`) : [],
        organised ? get(`/api/v1/indicators/figures${query(figures)}`) : [],
        code && organised ? get(`/api/v1/indicators/${encodeURIComponent(code)}/records${query({ ...figures, limit: LISTED })}`) : null,
      ]);
      this.progress = progress;
      this.figures = values;
      this.drill = drill;
      this.draw();
    } catch (error) {
      this.status.textContent = error.message;
    }
  }

  /** The plans, units and the indicators' catalogue: once, at the first show. */
  async loadChoices() {
    const [plans, units, catalogue] = await Promise.all([get('/api/v1/plans'), get('/api/v1/units'), get('/api/v1/indicators')]);
    this.plans = plans;
    this.units = units;
    catalogue.forEach((/** @type {any} */ indicator) => this.catalogue.set(indicator.code, indicator));
  }

  /** Draws what is loaded in the console's language. */
  draw() {
    const language = currentLanguage();
    this.fillForm();
    const title = /** @type {HTMLElement} */ (this.element.querySelector('#reports-plan-title'));
    title.textContent = this.plan ? this.plan.title : t('reports.noPlan');
    /** @type {HTMLElement} */ (this.element.querySelector('#reports-plan-period')).textContent = this.plan
      ? t('reports.period', { first: formatDay(this.plan.first), last: formatDay(this.plan.last) }) : '';
    this.progressTable.columns = [
      { key: 'position', label: t('reports.column.position'), value: row => row.position },
      { key: 'name', label: t('reports.column.indicator'), value: row => inLanguage(row.indicator.name),
        render: row => marked(row.indicator.code, inLanguage(row.indicator.name)) },
      { key: 'unit', label: t('reports.column.countUnit'), value: row => inLanguage(row.indicator.units[0]?.label) },
      { key: 'target', label: t('reports.column.target'), value: row => row.target.value,
        render: row => formatFigure(row.target.value, language) },
      { key: 'actual', label: t('reports.column.actual'), value: row => row.actual,
        render: row => formatFigure(row.actual, language) },
      { key: 'percent', label: t('reports.column.percent'), value: row => row.percentOfTarget,
        render: row => formatPercent(row.percentOfTarget, language) },
      { key: 'previous', label: t('reports.column.previous'), value: row => row.previous,
        render: row => formatFigure(row.previous, language) },
      { key: 'change', label: t('reports.column.change'), value: row => row.change,
        render: row => formatChange(row.change, row.changePercent, language) },
      { key: 'assessment', label: t('reports.column.assessment'), value: row => row.assessment,
        render: row => badge(row.assessment, inLanguage(row.assessmentLabel)) },
    ];
    this.progressTable.setRows(this.progress.map((row, i) => ({ ...row, position: i + 1 })));
    const unit = this.units.find(candidate => candidate.id === this.figures[0]?.unitId);
    /** @type {HTMLElement} */ (this.element.querySelector('#reports-figures-title')).textContent = this.figures.length
      ? t('reports.figuresOf', { unit: unit ? named(unit) : this.figures[0].unitId, first: formatDay(this.figures[0].first),
        last: formatDay(this.figures[0].last) }) : t(this.units.length ? 'reports.figures' : 'reports.noUnits');
    this.figuresTable.columns = [
      { key: 'position', label: t('reports.column.position'), value: row => row.position },
      { key: 'name', label: t('reports.column.indicator'), value: row => inLanguage(row.name),
        render: row => marked(row.code, inLanguage(row.name)) },
      { key: 'unit', label: t('reports.column.countUnit'), value: row => this.countUnit(row) },
      { key: 'value', label: t('reports.column.actual'), value: row => row.value, render: row => formatFigure(row.value, language) },
      { key: 'previous', label: t('reports.column.previous'), value: row => row.previous,
        render: row => formatFigure(row.previous, language) },
      { key: 'records', label: t('reports.column.records'), value: row => row.records,
        render: row => formatFigure(row.records, language) },
    ];
    this.figuresTable.setRows(this.figures.map((row, i) => ({ ...row, position: i + 1 })));
    this.drawDrill(language);
    this.links();
  }

  /** @param {string} language */
  drawDrill(language) {
    const section = /** @type {HTMLElement} */ (this.element.querySelector('#reports-drill'));
    section.hidden = !this.drill;
    if (!this.drill) return;
    const drill = this.drill;
    section.dataset.indicator = drill.code;
    /** @type {HTMLElement} */ (this.element.querySelector('#reports-drill-title')).textContent =
      t('reports.drillTitle', { name: inLanguage(drill.name) });
    /** @type {HTMLElement} */ (this.element.querySelector('#reports-drill-summary')).textContent = t('reports.drillSummary', {
      value: formatFigure(drill.value, language), unit: this.countUnit(drill), records: formatFigure(drill.records, language),
      listed: formatFigure(drill.listed.length, language), first: formatDay(drill.first), last: formatDay(drill.last) });
    this.recordsTable.columns = [
      { key: 'at', label: t('reports.column.at'), value: row => row.at, render: row => formatVietnamTime(row.at) },
      { key: 'entity', label: t('reports.column.entity'), value: row => row.entity },
      { key: 'id', label: t('reports.column.id'), value: row => row.id },
      { key: 'summary', label: t('reports.column.summary'), value: row => row.summary },
    ];
    this.recordsTable.setRows(drill.listed);
  }

  /** The choices of plan and unit and the period shown, in the form. */
  fillForm() {
    const plans = /** @type {HTMLSelectElement} */ (this.form.elements.namedItem('planId'));
    plans.replaceChildren(...this.plans.map(plan => new Option(plan.title, plan.id, false, plan.id === this.plan?.id)));
    const units = /** @type {HTMLSelectElement} */ (this.form.elements.namedItem('unitId'));
    const shown = this.figures[0]?.unitId ?? this.params.unitId;
    units.replaceChildren(...this.units.map(unit => new Option(named(unit), unit.id, false, unit.id === shown)));
    /** @type {HTMLInputElement} */ (this.form.elements.namedItem('first')).value = this.figures[0]?.first ?? this.params.first ?? '';
    /** @type {HTMLInputElement} */ (this.form.elements.namedItem('last')).value = this.figures[0]?.last ?? this.params.last ?? '';
  }

  /** The download links of the reports: the plan's review report, and the unit's daily report of yesterday. */
  links() {
    /** @param {string} id @param {string} href */
    const link = (id, href) => {
      const anchor = /** @type {HTMLAnchorElement} */ (this.element.querySelector(`#${id}`));
      anchor.href = href;
      anchor.hidden = !href;
    };
    const review = this.plan ? `/api/v1/reports/review${query({ planId: this.plan.id })}` : '';
    link('reports-review-docx', review && `${review}&format=docx`);
    link('reports-review-pdf', review && `${review}&format=pdf`);
    const daily = `/api/v1/reports/daily${query({ unitId: this.figures[0]?.unitId })}`;
    link('reports-daily-docx', `${daily}${daily.includes('?') ? '&' : '?'}format=docx`);
    link('reports-daily-pdf', `${daily}${daily.includes('?') ? '&' : '?'}format=pdf`);
  }

  /**
   * Opens the records a target's progress counts: its indicator, unit and period (up to today).
   * @param {any} row a progress row
   */
  openProgress(row) {
    const period = countedPeriod(row.target, vietnamToday());
    this.navigate(row.indicator.code, { planId: this.plan?.id ?? '', unitId: row.target.unitId, ...period });
  }

  /**
   * The name of a figure's count unit, from the catalogue.
   * @param {any} figure with code and unit
   */
  countUnit(figure) {
    const unit = this.catalogue.get(figure.code)?.units.find((/** @type {any} */ candidate) => candidate.code === figure.unit);
    return unit ? inLanguage(unit.label) : figure.unit;
  }
}

/** @param {any} unit with nameVi / nameEn */
function named(unit) {
  return (currentLanguage() === 'en' && unit.nameEn) || unit.nameVi || unit.id;
}

/**
 * An indicator's name in a table's row, marked with its code (data-indicator) for the row to be found.
 * @param {string} code
 * @param {string} name
 */
function marked(code, name) {
  const text = document.createElement('span');
  text.dataset.indicator = code;
  text.textContent = name;
  return text;
}

/**
 * Đạt / Vượt / Chưa đạt as a mark the table shows.
 * @param {string} code met, exceeded or not-met
 * @param {string} label in the console's language
 */
function badge(code, label) {
  const mark = document.createElement('span');
  mark.className = `assessment assessment-${code}`;
  mark.dataset.assessment = code;
  mark.textContent = label;
  return mark;
}
