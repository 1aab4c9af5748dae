/**
 * Who the command is: its units (the provincial command, staff offices, Border Guard stations, control
 * posts, flotillas and boat teams) as a tree whose versions carry validity dates, so that a
 * reorganisation keeps history and old records keep their unit as it was; the other agencies it works
 * with; its people and its resources. See {@code docs/operations.md}, "Organisation".
 */
package io.coastwatch.operations.org;
