/** Storage of the fisheries registry and of port control's departure records. */
package io.coastwatch.store.registry;
