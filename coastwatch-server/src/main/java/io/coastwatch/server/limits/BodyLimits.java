package io.coastwatch.server.limits;

import io.coastwatch.server.config.CoastwatchProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import tools.jackson.databind.json.JsonMapper;

/**
 * The body limit ({@code coastwatch.request-limits.*}) in front of everything else, security included:
 * an oversized body is refused before any password is checked or any byte of it is parsed.
 */
@Configuration(proxyBeanMethods = false)
public class BodyLimits {

    @Bean
    FilterRegistrationBean<BodyLimitFilter> bodyLimitFilter(CoastwatchProperties properties, JsonMapper json) {
        CoastwatchProperties.RequestLimits limits = properties.requestLimits();
        BodyLimitFilter filter = new BodyLimitFilter(limits.maxBody().toBytes(), limits.uploads().stream()
                .map(upload -> new BodyLimitFilter.Limit(upload.path(), upload.maxBody().toBytes()))
                .toList(), json);
        FilterRegistrationBean<BodyLimitFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }
}
