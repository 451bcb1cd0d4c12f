package com.catalog.query.product.caching;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.util.DigestUtils;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;

/**
 * Buffers a successful GET, gives it a strong ETag (the controller's, e.g. a product's version, or an MD5 of the
 * body), answers 304 when {@code If-None-Match} names it, and gzips a large body for a client that accepts it. The
 * gzipped representation has its own ETag (suffix {@code -gzip}), as a strong ETag names exact bytes.
 */
class EtagAndGzipFilter extends OncePerRequestFilter {

    private static final String GZIP = "gzip";

    private final ProductCachingProperties properties;

    EtagAndGzipFilter(ProductCachingProperties properties) {
        this.properties = properties;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!"GET".equals(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, buffered);
        if (buffered.getStatus() != HttpServletResponse.SC_OK) {
            buffered.copyBodyToResponse();
            return;
        }
        byte[] body = buffered.getContentAsByteArray();
        boolean gzip = accepts(request) && body.length >= properties.gzipMinSize().toBytes();
        String etag = etag(buffered.getHeader(HttpHeaders.ETAG), body, gzip);
        response.setHeader(HttpHeaders.ETAG, etag);
        response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        if (matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), etag)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        byte[] sent = gzip ? gzip(body) : body;
        if (gzip) {
            response.setHeader(HttpHeaders.CONTENT_ENCODING, GZIP);
        }
        response.setContentLength(sent.length);
        response.getOutputStream().write(sent);
    }

    private static String etag(String fromController, byte[] body, boolean gzip) {
        String identity = fromController != null && fromController.startsWith("\"")
                ? fromController : "\"" + DigestUtils.md5DigestAsHex(body) + "\"";
        return gzip ? identity.substring(0, identity.length() - 1) + "-gzip\"" : identity;
    }

    private static boolean accepts(HttpServletRequest request) {
        String accepted = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
        return accepted != null && Arrays.stream(accepted.split(","))
                .map(e -> e.split(";")[0].trim()).anyMatch(GZIP::equalsIgnoreCase);
    }

    private static boolean matches(String ifNoneMatch, String etag) {
        return ifNoneMatch != null && Arrays.stream(ifNoneMatch.split(","))
                .map(String::trim).anyMatch(tag -> tag.equals("*") || tag.equals(etag) || tag.equals("W/" + etag));
    }

    private static byte[] gzip(byte[] body) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4 + 64);
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(body);
        }
        return out.toByteArray();
    }
}
