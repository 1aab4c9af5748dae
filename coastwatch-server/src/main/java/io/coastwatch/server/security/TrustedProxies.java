package io.coastwatch.server.security;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.catalina.valves.RemoteIpValve;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;

/**
 * Believes {@code X-Forwarded-For} and {@code X-Forwarded-Proto} from the reverse proxies named in
 * {@code coastwatch.security.trusted-proxies} only (exact addresses): a request that came through one of
 * them has the client's address (the throttle's and the security log's) and, behind TLS, is secure (the
 * session cookie {@code Secure}); from any other address the headers are ignored, so no client chooses the
 * address it is counted under. With no proxy named (the default), no header is believed. Tomcat's
 * {@link RemoteIpValve} does the work. Thread-safe.
 */
final class TrustedProxies implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> {
    private final List<String> proxies;

    TrustedProxies(List<String> proxies) {
        this.proxies = List.copyOf(proxies);
    }

    @Override
    public void customize(ConfigurableTomcatWebServerFactory factory) {
        if (proxies.isEmpty()) {
            return;
        }
        RemoteIpValve valve = new RemoteIpValve();
        valve.setInternalProxies(proxies.stream().map(Pattern::quote).collect(Collectors.joining("|")));
        valve.setTrustedProxies(null);
        valve.setRemoteIpHeader("X-Forwarded-For");
        valve.setProtocolHeader("X-Forwarded-Proto");
        valve.setProtocolHeaderHttpsValue("https");
        factory.addEngineValves(valve);
    }
}
