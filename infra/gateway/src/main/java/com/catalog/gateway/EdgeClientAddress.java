package com.catalog.gateway;

import com.catalog.ratelimit.ClientAddress;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.gateway.server.mvc.filter.TrustedProxies;
import org.springframework.stereotype.Component;

/**
 * The client the edge rate limit counts: the caller itself, or, behind trusted proxies, the nearest address in
 * their {@code X-Forwarded-For} chain that is not one of them (the one {@link ClientAddressFilter} passes on last
 * but for the proxies). Addresses an untrusted caller claims are never believed.
 */
@Component
class EdgeClientAddress implements ClientAddress {

    private final TrustedProxies trustedProxies;

    EdgeClientAddress(@Value("${spring.cloud.gateway.server.webmvc.trusted-proxies}") String trustedProxies) {
        this.trustedProxies = TrustedProxies.from(trustedProxies);
    }

    @Override
    public String of(HttpServletRequest request) {
        String caller = request.getRemoteAddr();
        if (!trustedProxies.isTrusted(caller)) {
            return caller;
        }
        List<String> chain = new ArrayList<>();
        Collections.list(request.getHeaders("X-Forwarded-For"))
                .forEach(header -> List.of(header.split(",")).forEach(hop -> chain.add(hop.strip())));
        String client = caller;
        for (int i = chain.size() - 1; i >= 0 && trustedProxies.isTrusted(client); i--) {
            client = chain.get(i);
        }
        return client;
    }
}
