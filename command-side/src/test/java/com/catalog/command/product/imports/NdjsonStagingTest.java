package com.catalog.command.product.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.catalog.command.web.ApiTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;
import org.springframework.web.ErrorResponseException;

/**
 * The upload's limits at a small scale (the API test checks the 413 answer itself), against the real import_line
 * table, each upload in a transaction that is rolled back.
 */
class NdjsonStagingTest extends ApiTest {

    private static final ImportProperties THREE_LINES_OF_TEN_BYTES = new ImportProperties(3, DataSize.ofBytes(40),
            DataSize.ofBytes(10), 0, 1, Duration.ofMinutes(1), Duration.ofSeconds(1), 1, Duration.ZERO);

    @Autowired
    ImportLines lines;
    @Autowired
    ImportJobs jobs;
    @Autowired
    ImportProblems problems;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void lines_are_numbered_as_in_the_file_and_blank_ones_skipped() {
        assertThat(storedLineNumbers("{\"a\":1}\r\n\n  \n{\"b\":2}\n{\"c\":3}")).containsExactly(1, 4, 5);
    }

    @Test
    void a_fourth_line_a_long_line_or_too_many_bytes_refuse_the_upload() {
        assertRefused("{}\n{}\n{}\n{}", HttpStatus.PAYLOAD_TOO_LARGE, "at most 3 lines");
        assertRefused("{}\n{\"name\":\"long\"}", HttpStatus.PAYLOAD_TOO_LARGE, "Line 2 is longer than 10 bytes");
        assertRefused("{}" + " ".repeat(40), HttpStatus.PAYLOAD_TOO_LARGE, "at most 40 bytes");
        assertRefused("\n\n", HttpStatus.UNPROCESSABLE_ENTITY, "no line to import");
    }

    private List<Integer> storedLineNumbers(String upload) {
        NdjsonStaging staging = new NdjsonStaging(lines, THREE_LINES_OF_TEN_BYTES, problems);
        return new TransactionTemplate(transactions).execute(status -> {
            status.setRollbackOnly();
            UUID job = UUID.randomUUID();
            jobs.create(job, "staging-test", "SELLER", false);
            try {
                staging.store(job, new ByteArrayInputStream(upload.getBytes(StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return jdbc.sql("SELECT line_no FROM event_store.import_line WHERE job_id = ? ORDER BY line_no")
                    .param(job).query(Integer.class).list();
        });
    }

    private void assertRefused(String upload, HttpStatus status, String detail) {
        assertThatThrownBy(() -> storedLineNumbers(upload))
                .isInstanceOfSatisfying(ErrorResponseException.class, refusal -> {
                    assertThat(refusal.getStatusCode()).isEqualTo(status);
                    assertThat(refusal.getBody().getDetail()).contains(detail);
                });
    }
}
