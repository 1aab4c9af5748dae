package io.coastwatch.server.security;

import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The console sessions that are open: who, how they signed in, from where, since when and last seen,
 * so that a user can see and end theirs (and an administrator anyone's). Each has a public id of its
 * own, never the session cookie's value. Sessions live in the server's memory (a restart ends them);
 * one that is unused for {@code session-timeout} ends by itself. Thread-safe.
 */
final class ConsoleSessions implements HttpSessionListener {
    private static final String PUBLIC_ID = ConsoleSessions.class.getName() + ".id";

    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Entry> open = new ConcurrentHashMap<>();

    ConsoleSessions(Clock clock) {
        this.clock = clock;
    }

    /**
     * One open session.
     *
     * @param id its public id
     * @param username who
     * @param via how they signed in
     * @param address the client's address at log-in
     * @param userAgent the browser, as it named itself
     * @param createdMillis when it was opened
     * @param lastSeenMillis when it was last used
     */
    record Info(String id, String username, CoastwatchUser.Via via, String address, String userAgent,
            long createdMillis, long lastSeenMillis) {
    }

    private record Entry(HttpSession session, Info info) {
    }

    /** Registers {@code session}, just opened for {@code user}; returns its public id. */
    String opened(HttpSession session, CoastwatchUser user, String address, String userAgent) {
        String id = HexFormat.of().formatHex(bytes());
        long now = clock.millis();
        session.setAttribute(PUBLIC_ID, id);
        open.put(id, new Entry(session, new Info(id, user.username(), user.via(), address,
                userAgent == null ? "" : userAgent.substring(0, Math.min(200, userAgent.length())), now, now)));
        return id;
    }

    /** Notes that session {@code id} was used now. */
    void seen(String id) {
        open.computeIfPresent(id, (key, entry) -> new Entry(entry.session(), new Info(entry.info().id(),
                entry.info().username(), entry.info().via(), entry.info().address(), entry.info().userAgent(),
                entry.info().createdMillis(), clock.millis())));
    }

    /** The open sessions of {@code username}, newest first. */
    List<Info> of(String username) {
        return open.values().stream().map(Entry::info).filter(info -> info.username().equals(username))
                .sorted(Comparator.comparingLong(Info::createdMillis).reversed()).toList();
    }

    Optional<Info> find(String id) {
        return Optional.ofNullable(open.get(id)).map(Entry::info);
    }

    /** Ends session {@code id}; whether it was open. */
    boolean end(String id) {
        Entry entry = open.remove(id);
        if (entry == null) {
            return false;
        }
        invalidate(entry.session());
        return true;
    }

    /** Ends every session of {@code username} (disabled or deleted); how many. */
    int endAll(String username) {
        List<String> ids = of(username).stream().map(Info::id).toList();
        ids.forEach(this::end);
        return ids.size();
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        Object id = event.getSession().getAttribute(PUBLIC_ID);
        if (id != null) {
            open.remove(id.toString());
        }
    }

    /** The public id of {@code session}, or {@code null} when it is not a registered console session. */
    static String idOf(HttpSession session) {
        Object id = session == null ? null : session.getAttribute(PUBLIC_ID);
        return id == null ? null : id.toString();
    }

    private byte[] bytes() {
        byte[] bytes = new byte[12];
        random.nextBytes(bytes);
        return bytes;
    }

    private static void invalidate(HttpSession session) {
        try {
            session.invalidate();
        } catch (IllegalStateException alreadyInvalid) {
            // it ended by itself meanwhile
        }
    }
}
