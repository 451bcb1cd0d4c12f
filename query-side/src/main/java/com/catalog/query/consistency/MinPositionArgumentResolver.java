package com.catalog.query.consistency;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.util.List;
import java.util.OptionalLong;

/** Resolves {@link RequestedMinPosition} parameters: the header, else the query parameter, as {@link MinPosition#of}. */
final class MinPositionArgumentResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.hasParameterAnnotation(RequestedMinPosition.class)
                && OptionalLong.class.equals(parameter.getParameterType());
    }

    @Override
    public OptionalLong resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
                                        NativeWebRequest request, WebDataBinderFactory binderFactory) {
        return MinPosition.of(number(request.getHeader(MinPosition.HEADER)),
                number(request.getParameter(MinPosition.PARAMETER)));
    }

    /** Not a whole number → the same 400 problem a negative position gets. */
    private static Long number(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(value.trim());
        } catch (NumberFormatException e) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                    MinPosition.HEADER + " must be a non-negative event-store position");
            problem.setTitle("Invalid minimum position");
            problem.setProperty("code", "invalid-min-position");
            throw new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, e);
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Registration implements WebMvcConfigurer {

        @Override
        public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
            resolvers.add(new MinPositionArgumentResolver());
        }
    }
}
