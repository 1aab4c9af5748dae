package io.coastwatch.server.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The security log: every log-in that succeeded or failed, who and from where, on the logger
 * {@code io.coastwatch.security} (one line each, {@code key=value}, for a log shipper). Passwords and
 * tokens are never written. Thread-safe.
 */
final class SecurityLog {
    private static final Logger LOG = LoggerFactory.getLogger("io.coastwatch.security");

    private SecurityLog() {
    }

    static void succeeded(String username, String address, CoastwatchUser.Via via) {
        LOG.info("authentication succeeded user={} from={} via={}", quoted(username), address, via.slug());
    }

    /** A refused log-in: {@code reason} is a slug ({@code bad-credentials}, {@code throttled}, {@code disabled} …). */
    static void failed(String username, String address, String via, String reason) {
        LOG.warn("authentication failed user={} from={} via={} reason={}", quoted(username), address, via, reason);
    }

    /** A change to accounts, tokens or sessions made by {@code by}. */
    static void changed(String by, String action, String target) {
        LOG.info("account change by={} action={} target={}", quoted(by), action, quoted(target));
    }

    /** A name as written in the log: quoted, with quotes, backslashes and line breaks escaped (no forged lines). */
    static String quoted(String name) {
        if (name == null) {
            return "-";
        }
        String bounded = name.length() > 100 ? name.substring(0, 100) + "…" : name;
        return '"' + bounded.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\r", "\\r") + '"';
    }
}
