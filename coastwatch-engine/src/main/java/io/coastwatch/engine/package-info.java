/**
 * The Coastwatch engine: what turns decoded messages into the maritime picture (and, later, into
 * alerts). Plain Java: it knows nothing of Spring, HTTP or SQL, so it runs unchanged in the server,
 * a test, a benchmark or a stream consumer. Storage and delivery are reached through the interfaces
 * of {@code port}.
 */
package io.coastwatch.engine;
