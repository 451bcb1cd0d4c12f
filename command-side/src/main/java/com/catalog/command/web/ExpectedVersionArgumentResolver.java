package com.catalog.command.web;

import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Resolves {@link ExpectedVersion} parameters from {@value IfMatch#HEADER}. A malformed header throws the
 * {@link IllegalArgumentException} of {@link IfMatch#expectedVersion}, which {@link ProblemDetailsAdvice} answers with
 * 400 invalid-value, as when each controller parsed the header itself.
 */
final class ExpectedVersionArgumentResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.hasParameterAnnotation(ExpectedVersion.class) && Long.class.equals(parameter.getParameterType());
    }

    @Override
    public Long resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer, NativeWebRequest request,
                                WebDataBinderFactory binderFactory) {
        return IfMatch.expectedVersion(request.getHeader(IfMatch.HEADER));
    }

    @Configuration(proxyBeanMethods = false)
    static class Registration implements WebMvcConfigurer {

        @Override
        public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
            resolvers.add(new ExpectedVersionArgumentResolver());
        }
    }
}
