package com.catalog.gateway;

import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.gateway.server.mvc.filter.HttpHeadersFilter;
import org.springframework.cloud.gateway.server.mvc.filter.TrustedProxies;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.function.ServerRequest;

/**
 * Tells the apps who the client is, in {@code X-Forwarded-For}, the way proxies usually do: a trusted caller (a load
 * balancer in front, {@code trusted-proxies}) keeps the chain it sent and is appended to it; anyone else is the
 * client, and whatever {@code X-Forwarded-*} or {@code Forwarded} it sent is dropped, so the apps (which trust the
 * gateway, and use that address for the audit trail and per-IP limits) cannot be told a made-up client.
 * Spring Cloud Gateway's own filter would pass an untrusted caller's headers through unchanged and, behind a trusted
 * load balancer, drop the client's (untrusted) address from the chain; its {@code X-Forwarded-For} part is off.
 */
@Component
class ClientAddressFilter implements HttpHeadersFilter.RequestHttpHeadersFilter, Ordered {

    private static final String X_FORWARDED_FOR = "X-Forwarded-For";
    private static final List<String> PROXY_HEADERS = List.of("Forwarded", X_FORWARDED_FOR, "X-Forwarded-Host",
            "X-Forwarded-Port", "X-Forwarded-Proto", "X-Forwarded-Prefix");

    private final TrustedProxies trustedProxies;

    ClientAddressFilter(@Value("${spring.cloud.gateway.server.webmvc.trusted-proxies}") String trustedProxies) {
        this.trustedProxies = TrustedProxies.from(trustedProxies);
    }

    @Override
    public HttpHeaders apply(HttpHeaders input, ServerRequest request) {
        String caller = request.servletRequest().getRemoteAddr();
        if (caller == null) {
            return input;
        }
        HttpHeaders headers = new HttpHeaders();
        headers.addAll(input);
        List<String> chain = new ArrayList<>();
        if (trustedProxies.isTrusted(caller)) {
            chain.addAll(input.getOrEmpty(X_FORWARDED_FOR));
        } else {
            PROXY_HEADERS.forEach(headers::remove);
        }
        chain.add(caller);
        headers.set(X_FORWARDED_FOR, String.join(", ", chain));
        return headers;
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
