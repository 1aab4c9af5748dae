-- One slug style (kebab-case) for the codes of alerts. Keep in step with ../postgresql/V7__alert_slugs.sql.
-- The closed state false_alarm becomes false-alarm; the history's and the webhook outbox's steps
-- severity_raised and false_alarm become severity-raised and false-alarm. Zone kinds keep their
-- GeoJSON codes for now (the console still reads them).
UPDATE alerts SET state = 'false-alarm' WHERE state = 'false_alarm';
UPDATE alert_events SET action = 'false-alarm' WHERE action = 'false_alarm';
UPDATE alert_events SET action = 'severity-raised' WHERE action = 'severity_raised';
UPDATE webhook_outbox SET event = 'false-alarm' WHERE event = 'false_alarm';
UPDATE webhook_outbox SET event = 'severity-raised' WHERE event = 'severity_raised';
