package io.coastwatch.server.source;

/** Where a source is in its life. */
public enum SourceState {
    /** Created, its thread not yet running. */
    STARTING,
    /** A TCP client trying to connect. */
    CONNECTING,
    /** A TCP client connected, or a file being replayed. */
    CONNECTED,
    /** A listener bound and waiting for (or receiving) data. */
    LISTENING,
    /** Connection lost or refused; waiting before the next attempt. */
    DISCONNECTED,
    /** A file replayed to its end. */
    FINISHED,
    /** Cannot run (port in use, file missing); see the last error. */
    FAILED,
    /** Stopped (removed, or the server shutting down). */
    STOPPED
}
