package io.coastwatch.server.source;

import java.net.InetAddress;
import java.util.List;
import org.springframework.security.web.util.matcher.IpAddressMatcher;

/**
 * The peers a listening source takes data from: address blocks in CIDR notation ({@code 10.0.0.0/8},
 * {@code 192.168.1.7}, {@code ::1/128}); {@code 0.0.0.0/0} and {@code ::/0} take any. Immutable and
 * thread-safe.
 */
public final class PeerFilter {
    private final List<String> blocks;
    private final List<IpAddressMatcher> matchers;

    private PeerFilter(List<String> blocks, List<IpAddressMatcher> matchers) {
        this.blocks = blocks;
        this.matchers = matchers;
    }

    /**
     * Reads address blocks.
     *
     * @param blocks CIDR blocks or single addresses, at least one; no host names (they would be
     *     looked up)
     * @throws IllegalArgumentException naming the block that is not one
     */
    public static PeerFilter of(List<String> blocks) {
        if (blocks == null || blocks.isEmpty()) {
            throw new IllegalArgumentException("allowed peers: at least one address block (0.0.0.0/0 and ::/0 take any)");
        }
        List<String> trimmed = blocks.stream().map(String::strip).toList();
        return new PeerFilter(trimmed, trimmed.stream().map(PeerFilter::matcher).toList());
    }

    /** This machine only: {@code 127.0.0.0/8} and {@code ::1/128}. */
    public static PeerFilter loopback() {
        return of(List.of("127.0.0.0/8", "::1/128"));
    }

    /** Whether data from {@code peer} is taken. */
    public boolean allows(InetAddress peer) {
        String address = peer.getHostAddress();
        for (IpAddressMatcher matcher : matchers) {
            if (matcher.matches(address)) {
                return true;
            }
        }
        return false;
    }

    /** The blocks, as given. */
    public List<String> blocks() {
        return blocks;
    }

    @Override
    public String toString() {
        return String.join(", ", blocks);
    }

    private static IpAddressMatcher matcher(String block) {
        // IpAddressMatcher refuses host names itself, but a text without a digit or colon is surely not an address.
        if (block.isEmpty() || block.chars().noneMatch(c -> Character.isDigit(c) || c == ':')) {
            throw new IllegalArgumentException("allowed peers: '" + block + "' is not an address block such as 10.0.0.0/8");
        }
        try {
            return new IpAddressMatcher(block);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("allowed peers: '" + block + "' is not an address block such as 10.0.0.0/8 ("
                    + e.getMessage() + ")", e);
        }
    }
}
