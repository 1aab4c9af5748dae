-- An alert's figures replace its details. Keep in step with ../sqlite/V6__alert_figures.sql.
-- figures: a JSON object of {"value": number, "unit": slug} by name (a moment: unit "instant", value
-- UNIX ms), the figures its rule type declares (io.coastwatch.engine.rule.RuleTypes). Rows written
-- before this version hold a JSON object of strings: io.coastwatch.store.alert.FiguresJson reads those
-- figures with the units their rule type declares and leaves out the names it does not declare.
ALTER TABLE alerts RENAME COLUMN details TO figures;
