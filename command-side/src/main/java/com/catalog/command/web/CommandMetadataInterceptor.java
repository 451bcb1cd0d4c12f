package com.catalog.command.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Stamps who, from where and in which request (correlation id, trace context) onto each command at dispatch, in one
 * place, so no controller can forget it. Registered on the command gateway by Axon's {@code InterceptorAutoConfiguration}.
 */
@Component
class CommandMetadataInterceptor implements MessageDispatchInterceptor<CommandMessage<?>> {

    /** Most privileged first: the role an audit reader needs to know the actor acted with. */
    private static final List<String> ROLES_BY_PRIVILEGE = List.of("ROLE_ADMIN", "ROLE_SELLER", "ROLE_BUYER");
    private static final String ROLE_PREFIX = "ROLE_";

    private final CommandMetadataTraceContext traceContext;

    CommandMetadataInterceptor(CommandMetadataTraceContext traceContext) {
        this.traceContext = traceContext;
    }

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(List<? extends CommandMessage<?>> messages) {
        Map<String, String> metadata = currentRequestMetadata();
        return (index, command) -> command.andMetaData(metadata);
    }

    private Map<String, String> currentRequestMetadata() {
        Map<String, String> metadata = new HashMap<>(traceContext.current());
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        if (caller != null && caller.isAuthenticated()) {
            metadata.put(CommandMetadata.ACTOR_ID, caller.getName());
            metadata.put(CommandMetadata.ACTOR_ROLE, roleOf(caller));
        }
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            metadata.put(CommandMetadata.CLIENT_IP, request.getRemoteAddr());
            if (request.getAttribute(CorrelationIdFilter.ATTRIBUTE) instanceof String correlationId) {
                metadata.put(CommandMetadata.CORRELATION_ID, correlationId);
            }
        }
        return metadata;
    }

    private static String roleOf(Authentication caller) {
        List<String> held = caller.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
        return ROLES_BY_PRIVILEGE.stream()
                .filter(held::contains)
                .findFirst()
                .map(role -> role.substring(ROLE_PREFIX.length()))
                .orElse("NONE");
    }
}
