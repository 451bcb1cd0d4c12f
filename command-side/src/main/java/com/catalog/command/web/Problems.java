package com.catalog.command.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/** Builds RFC 9457 problem details whose type URI and {@code code} property come from one stable code. */
@Component
public class Problems {

    public static final String CODE = "code";

    private final ProblemProperties properties;

    Problems(ProblemProperties properties) {
        this.properties = properties;
    }

    public ProblemDetail of(HttpStatus status, String code, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        return coded(problem, code);
    }

    /** Gives an existing problem (one Spring built) our type URI and code. */
    public ProblemDetail coded(ProblemDetail problem, String code) {
        problem.setType(properties.typeBase().resolve(code));
        problem.setProperty(CODE, code);
        return problem;
    }
}
