package com.catalog.command.security;

import com.catalog.command.web.ProblemResponseWriter;
import com.catalog.command.web.Problems;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.stereotype.Component;

/** 401 as a problem; Spring's bearer entry point still writes the RFC 6750 {@code WWW-Authenticate} header. */
@Component
class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint {

    private final AuthenticationEntryPoint bearer = new BearerTokenAuthenticationEntryPoint();
    private final Problems problems;
    private final ProblemResponseWriter writer;

    ProblemAuthenticationEntryPoint(Problems problems, ProblemResponseWriter writer) {
        this.problems = problems;
        this.writer = writer;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException, ServletException {
        bearer.commence(request, response, failure);
        writer.write(response, problems.of(HttpStatus.UNAUTHORIZED, "unauthenticated",
                "A valid bearer token is required."));
    }
}
