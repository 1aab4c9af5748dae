/**
 * Cases (vụ việc): incidents at sea handled by the command with other agencies, opened from alerts,
 * tips, controls at sea, arrivals or by hand. See {@code docs/operations.md}, "Incidents and
 * coordination". Other parts open cases through {@link io.coastwatch.operations.cases.CaseIntake}.
 */
package io.coastwatch.operations.cases;
