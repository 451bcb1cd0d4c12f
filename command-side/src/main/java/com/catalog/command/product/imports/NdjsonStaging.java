package com.catalog.command.product.imports;

import com.catalog.command.web.FieldError;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Streams an NDJSON upload into {@code import_line}, a batch of rows at a time, so an upload of any allowed size
 * holds one batch in memory. Lines are not parsed here (a worker does, and records a bad one as that line's failure);
 * only the upload's limits and its encoding are checked, and any breach refuses the whole upload.
 */
@Component
class NdjsonStaging {

    private static final int INSERT_BATCH = 1000;
    private static final int READ_BUFFER = 64 * 1024;

    private final ImportLines lines;
    private final ImportProperties properties;
    private final ImportProblems problems;

    NdjsonStaging(ImportLines lines, ImportProperties properties, ImportProblems problems) {
        this.lines = lines;
        this.properties = properties;
        this.problems = problems;
    }

    /** In the caller's transaction. @return the number of lines stored (blank lines are skipped) */
    int store(UUID jobId, InputStream body) throws IOException {
        Batch batch = new Batch(jobId);
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        byte[] buffer = new byte[READ_BUFFER];
        long bytes = 0;
        int lineNo = 1;
        for (int read = body.read(buffer); read != -1; read = body.read(buffer)) {
            bytes += read;
            if (bytes > properties.maxBytes().toBytes()) {
                throw problems.tooLarge("An upload may have at most " + properties.maxBytes().toBytes() + " bytes.");
            }
            for (int i = 0; i < read; i++) {
                if (buffer[i] == '\n') {
                    batch.add(lineNo++, line);
                    line.reset();
                } else if (line.size() == properties.maxLineBytes().toBytes()) {
                    throw problems.tooLarge("Line " + lineNo + " is longer than " + properties.maxLineBytes().toBytes() + " bytes.");
                } else {
                    line.write(buffer[i]);
                }
            }
        }
        batch.add(lineNo, line);
        return batch.finish();
    }

    /** Lines waiting for their insert, and the count so far. */
    private final class Batch {

        private final UUID jobId;
        private final List<StagedLine> pending = new ArrayList<>(INSERT_BATCH);
        private int stored;

        Batch(UUID jobId) {
            this.jobId = jobId;
        }

        void add(int lineNo, ByteArrayOutputStream bytes) {
            String text = decode(lineNo, bytes.toByteArray()).strip();
            if (text.isEmpty()) {
                return;
            }
            if (stored + pending.size() == properties.maxLines()) {
                throw problems.tooLarge("An upload may have at most " + properties.maxLines() + " lines.");
            }
            pending.add(new StagedLine(lineNo, text));
            if (pending.size() == INSERT_BATCH) {
                flush();
            }
        }

        int finish() {
            flush();
            if (stored == 0) {
                throw problems.unreadable("The upload has no line to import: send one product-create JSON per line.", List.of());
            }
            return stored;
        }

        private void flush() {
            if (!pending.isEmpty()) {
                lines.insert(jobId, pending);
                stored += pending.size();
                pending.clear();
            }
        }

        /** Strictly: PostgreSQL text cannot hold NUL, and a line silently "repaired" would import other data. */
        private String decode(int lineNo, byte[] bytes) {
            try {
                String text = StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes)).toString();
                if (text.indexOf('\0') < 0) {
                    return text;
                }
            } catch (CharacterCodingException malformed) {
                // answered below, like a NUL
            }
            throw problems.unreadable("The upload is not NDJSON text.",
                    List.of(new FieldError("line " + lineNo, "is not UTF-8 text without NUL characters")));
        }
    }
}
