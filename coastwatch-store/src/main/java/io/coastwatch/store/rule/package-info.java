/** Storage of the rule instances' definitions. */
package io.coastwatch.store.rule;
