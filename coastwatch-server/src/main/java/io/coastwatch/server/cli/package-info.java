/**
 * The {@code coastwatch} command line (picocli): one class per sub-command.
 */
package io.coastwatch.server.cli;
