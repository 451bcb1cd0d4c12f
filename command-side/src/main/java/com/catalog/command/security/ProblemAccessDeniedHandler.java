package com.catalog.command.security;

import com.catalog.command.web.ProblemResponseWriter;
import com.catalog.command.web.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

/** 403 as a problem: authenticated, but the token's roles do not allow this. */
@Component
class ProblemAccessDeniedHandler implements AccessDeniedHandler {

    private final Problems problems;
    private final ProblemResponseWriter writer;

    ProblemAccessDeniedHandler(Problems problems, ProblemResponseWriter writer) {
        this.problems = problems;
        this.writer = writer;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        writer.write(response, problems.of(HttpStatus.FORBIDDEN, "forbidden",
                "Your roles do not allow this operation."));
    }
}
