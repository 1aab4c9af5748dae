package io.coastwatch.server.security;

import io.coastwatch.operations.access.Actor;
import io.coastwatch.operations.access.UnitScope;
import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Gives a controller method the caller as an {@link Actor} and their {@link UnitScope} of today, as
 * plain parameters (no annotation): {@code public TripView clear(@PathVariable String id, Actor actor,
 * UnitScope scope)}. Both are computed from the server's accounts and unit tree, never from what the
 * client sent. A method that asks for them on an endpoint open to anyone gets a 401 for an anonymous call.
 * Thread-safe.
 */
final class ActorArguments implements HandlerMethodArgumentResolver {
    private final Scopes scopes;

    ActorArguments(Scopes scopes) {
        this.scopes = scopes;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == Actor.class || parameter.getParameterType() == UnitScope.class;
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container, NativeWebRequest request,
            WebDataBinderFactory binders) {
        CoastwatchUser user = CoastwatchUser.of(SecurityContextHolder.getContext().getAuthentication());
        if (user == null) {
            throw new InsufficientAuthenticationException("this needs a signed-in account");
        }
        Actor actor = user.actor();
        return parameter.getParameterType() == Actor.class ? actor : scopes.of(actor);
    }
}
