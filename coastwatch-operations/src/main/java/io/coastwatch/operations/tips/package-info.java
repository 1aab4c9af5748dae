/**
 * People's reports (tin báo của nhân dân): tips from fishermen, safety teams at sea, residents and other
 * agencies, with their protected reporter, place told from a landmark with its uncertainty, grading and
 * life cycle. See {@code docs/operations.md}, "People's reports".
 */
package io.coastwatch.operations.tips;
