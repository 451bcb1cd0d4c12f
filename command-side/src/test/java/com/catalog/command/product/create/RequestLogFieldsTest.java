package com.catalog.command.product.create;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * The app's real console output (ECS JSON) during one real request carries the request's correlation id and the
 * caller's user id as top-level fields. Extends the create API tests' base so it runs in the same cached context.
 */
@ExtendWith(OutputCaptureExtension.class)
class RequestLogFieldsTest extends CreateProductApiTest {

    /** Logs a line while the request is handled ("Completed 201 CREATED"), without changing the app's code. */
    private static final String REQUEST_LOGGER = "org.springframework.web.servlet.DispatcherServlet";
    private final LoggingSystem logging = LoggingSystem.get(getClass().getClassLoader());

    @BeforeEach
    void logRequests() {
        logging.setLogLevel(REQUEST_LOGGER, LogLevel.DEBUG);
    }

    @AfterEach
    void quietAgain() {
        logging.setLogLevel(REQUEST_LOGGER, null);
    }

    @Test
    void a_request_logs_json_lines_with_its_correlation_id_and_the_caller(CapturedOutput output) {
        String correlationId = "logs-" + UUID.randomUUID();

        HttpResponse<String> created = post(productJson("Log mug", freshSku(), 1299, "EUR"), sellerToken(),
                Map.of("X-Correlation-Id", correlationId));

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.headers().firstValue("X-Correlation-Id")).hasValue(correlationId);
        assertThat(output.getOut().lines().filter(line -> line.contains(correlationId)))
                .isNotEmpty()
                .allSatisfy(line -> assertThat(line).startsWith("{").endsWith("}")
                        .contains("\"correlationId\":\"" + correlationId + "\"")
                        .contains("\"userId\":\"" + SELLER + "\""));
    }
}
