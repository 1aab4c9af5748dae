package io.coastwatch.server.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.client.ClientAuthorizationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;

/**
 * Console sessions opened through the OpenID Connect provider. At log-in ({@link #success}), the
 * provider's user becomes a Coastwatch user ({@link SignOnAccounts}) in a new console session, which
 * keeps the provider's tokens. On each later request ({@link #stillSignedOn}) the access token is
 * refreshed with the refresh token once it is about to expire; when the provider refuses (the user was
 * removed or their session ended there), the console session ends too. Thread-safe.
 */
final class SignOnSessions {
    private final SignOnAccounts accounts;
    private final SessionOpener opener;
    private final OAuth2AuthorizedClientManager clients;
    private final OAuth2AuthorizedClientRepository repository;

    SignOnSessions(SignOnAccounts accounts, SessionOpener opener, OAuth2AuthorizedClientManager clients,
            OAuth2AuthorizedClientRepository repository) {
        this.accounts = accounts;
        this.opener = opener;
        this.clients = clients;
        this.repository = repository;
    }

    /** Opens the console session of the provider's user, keeping its tokens; refused sign-ins go to the log-in screen. */
    AuthenticationSuccessHandler success() {
        return (request, response, authentication) -> {
            OidcUser oidc = (OidcUser) authentication.getPrincipal();
            var user = accounts.userFor(oidc.getClaims(), CoastwatchUser.Via.SIGN_ON_SESSION, request.getRemoteAddr());
            OAuth2AuthorizedClient client = repository.loadAuthorizedClient(SignOnConfiguration.REGISTRATION,
                    authentication, request);
            if (user.isEmpty()) {
                repository.removeAuthorizedClient(SignOnConfiguration.REGISTRATION, authentication, request, response);
                request.getSession().invalidate();
                response.sendRedirect("/?sign-on=refused");
                return;
            }
            CoastwatchUser opened = opener.open(user.get(), request, response);
            if (client != null) {
                repository.saveAuthorizedClient(client, opened.authentication(), request, response);
            }
            SecurityLog.succeeded(opened.username(), request.getRemoteAddr(), opened.via());
            response.sendRedirect("/");
        };
    }

    /** Sends a failed sign-in back to the log-in screen, which says so. */
    static AuthenticationFailureHandler failure() {
        return (request, response, exception) -> {
            String reason = exception instanceof OAuth2AuthenticationException oauth ? oauth.getError().getErrorCode()
                    : "failed";
            SecurityLog.failed(null, request.getRemoteAddr(), CoastwatchUser.Via.SIGN_ON_SESSION.slug(), reason);
            response.sendRedirect("/?sign-on=failed");
        };
    }

    /**
     * Whether the session of {@code user} is still signed on at the provider: its access token refreshed
     * when about to expire. {@code false} when the provider refused or the session holds no tokens.
     */
    boolean stillSignedOn(HttpServletRequest request, HttpServletResponse response, CoastwatchUser user)
            throws IOException {
        Authentication principal = user.authentication();
        try {
            OAuth2AuthorizedClient client = clients.authorize(OAuth2AuthorizeRequest
                    .withClientRegistrationId(SignOnConfiguration.REGISTRATION).principal(principal)
                    .attribute(HttpServletRequest.class.getName(), request)
                    .attribute(HttpServletResponse.class.getName(), response).build());
            return client != null;
        } catch (ClientAuthorizationException | OAuth2AuthenticationException refused) {
            SecurityLog.failed(user.username(), request.getRemoteAddr(), user.via().slug(), "provider-refused-refresh");
            return false;
        }
    }
}
