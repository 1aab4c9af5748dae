package io.coastwatch.server.source;

/** Where a source was defined, which decides whether the API may remove it. */
public enum SourceOrigin {
    /** {@code coastwatch.sources} in the configuration file. */
    CONFIG,
    /** {@code --source} on the command line. */
    COMMAND_LINE,
    /** Added through the API and persisted in the store. */
    API
}
