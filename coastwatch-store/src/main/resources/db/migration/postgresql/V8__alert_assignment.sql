-- An alert assigned to a unit of the organisation. Keep in step with ../sqlite/V8__alert_assignment.sql.
-- assigned_unit_id: the unit (org_unit_version.unit_id of V21) a person assigned the alert to, NULL while none; an
-- alert_events step 'assigned' names the unit in unit_id (NULL on every other step).
ALTER TABLE alerts ADD COLUMN assigned_unit_id TEXT;
ALTER TABLE alert_events ADD COLUMN unit_id TEXT;
