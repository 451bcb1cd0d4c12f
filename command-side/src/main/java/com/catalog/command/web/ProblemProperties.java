package com.catalog.command.web;

import jakarta.validation.constraints.NotNull;
import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * @param typeBase prefix of every problem type URI; a problem's code is appended to it
 */
@Validated
@ConfigurationProperties("catalog.problems")
public record ProblemProperties(@NotNull URI typeBase) {
}
