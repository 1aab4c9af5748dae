package io.coastwatch.server.security;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;

/**
 * The parts of single sign-on, built from {@code coastwatch.security.oidc.*}: the console's client
 * registration and the JWT decoder, both from the provider's discovery document, fetched on first use
 * (so the server starts while the provider is down, and signs in once it is up). Not a Spring
 * configuration of its own: {@link SecurityConfiguration} builds it when a provider is configured.
 */
final class SignOnConfiguration {
    /** The registration id: the console's log-in goes to {@code /oauth2/authorization/coastwatch}. */
    static final String REGISTRATION = "coastwatch";

    private final SecurityProperties.Oidc settings;
    private final ClientRegistrationRepository registrations;
    private final OAuth2AuthorizedClientRepository authorizedClients = new HttpSessionOAuth2AuthorizedClientRepository();

    SignOnConfiguration(SecurityProperties.Oidc settings) {
        this.settings = settings;
        this.registrations = new LazyRegistration(settings);
    }

    ClientRegistrationRepository registrations() {
        return registrations;
    }

    OAuth2AuthorizedClientRepository authorizedClients() {
        return authorizedClients;
    }

    /** Refreshes access tokens with the refresh token when they are about to expire. */
    OAuth2AuthorizedClientManager clientManager() {
        DefaultOAuth2AuthorizedClientManager manager = new DefaultOAuth2AuthorizedClientManager(registrations,
                authorizedClients);
        manager.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder().refreshToken().build());
        return manager;
    }

    /**
     * The provider's JWTs, checked against its keys, its expiry, the configured issuer (pinned: the discovery
     * document must name the same one, and so must every token) and the audience (a token the provider issued
     * for another client is refused).
     */
    JwtDecoder jwtDecoder() {
        return new SupplierJwtDecoder(() -> {
            NimbusJwtDecoder decoder = JwtDecoders.fromIssuerLocation(settings.issuer());
            String audience = settings.expectedAudience();
            decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                    JwtValidators.createDefaultWithIssuer(settings.issuer()),
                    new JwtClaimValidator<List<String>>(JwtClaimNames.AUD,
                            named -> named != null && named.contains(audience))));
            return decoder;
        });
    }

    /** The one registration, read from the provider's discovery document on first use and kept once read. */
    private static final class LazyRegistration implements ClientRegistrationRepository {
        private final SecurityProperties.Oidc settings;
        private final AtomicReference<ClientRegistration> registration = new AtomicReference<>();

        LazyRegistration(SecurityProperties.Oidc settings) {
            this.settings = settings;
        }

        @Override
        public ClientRegistration findByRegistrationId(String registrationId) {
            if (!REGISTRATION.equals(registrationId)) {
                return null;
            }
            ClientRegistration known = registration.get();
            if (known == null) {
                known = ClientRegistrations.fromIssuerLocation(settings.issuer()).registrationId(REGISTRATION)
                        .clientId(settings.clientId()).clientSecret(settings.clientSecret())
                        .scope("openid", "profile").redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                        .clientName(settings.displayName()).build();
                registration.compareAndSet(null, known);
            }
            return known;
        }
    }
}
