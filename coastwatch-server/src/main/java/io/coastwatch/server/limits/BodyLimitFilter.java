package io.coastwatch.server.limits;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.PathContainer;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses a request whose body is larger than its path may take with a 413 problem detail, before the
 * body is read: at once when its {@code Content-Length} says so, else (a chunked body) as soon as the
 * limit is passed while the body is read here, into memory no larger than the limit. Thread-safe.
 */
public final class BodyLimitFilter extends OncePerRequestFilter {

    /** A path pattern ({@code /api/v1/zones/**}) and the largest body it takes, in bytes. */
    public record Limit(String path, long maxBytes) {
    }

    private final long defaultMaxBytes;
    private final List<Map.Entry<PathPattern, Long>> uploads;
    private final JsonMapper json;

    /**
     * @param defaultMaxBytes the largest body of any other path
     * @param uploads larger limits of the paths that take files; the first that matches counts
     * @param json writes the problem detail
     */
    public BodyLimitFilter(long defaultMaxBytes, List<Limit> uploads, JsonMapper json) {
        this.defaultMaxBytes = defaultMaxBytes;
        this.uploads = uploads.stream()
                .map(limit -> Map.entry(PathPatternParser.defaultInstance.parse(limit.path()), limit.maxBytes()))
                .toList();
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        long maxBytes = maxBytes(path);
        long declared = request.getContentLengthLong();
        if (declared > maxBytes) {
            refuse(request, response, maxBytes, "the request body is " + declared + " bytes");
            return;
        }
        if (declared < 0 && request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null) {
            byte[] body = readAtMost(request.getInputStream(), maxBytes);
            if (body == null) {
                refuse(request, response, maxBytes, "the request body is over " + maxBytes + " bytes");
                return;
            }
            chain.doFilter(new BufferedBody(request, body), response);
            return;
        }
        chain.doFilter(request, response);
    }

    /** The largest body {@code path} takes. */
    long maxBytes(String path) {
        PathContainer container = PathContainer.parsePath(path);
        for (Map.Entry<PathPattern, Long> upload : uploads) {
            if (upload.getKey().matches(container)) {
                return upload.getValue();
            }
        }
        return defaultMaxBytes;
    }

    /** The body, or {@code null} when it is longer than {@code maxBytes} (then not read further). */
    private static byte[] readAtMost(InputStream in, long maxBytes) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        byte[] chunk = new byte[8192];
        int read;
        while ((read = in.read(chunk)) != -1) {
            if (body.size() + (long) read > maxBytes) {
                return null;
            }
            body.write(chunk, 0, read);
        }
        return body.toByteArray();
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, long maxBytes, String what)
            throws IOException {
        HttpStatus status = HttpStatus.CONTENT_TOO_LARGE;
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", status.getReasonPhrase());
        problem.put("status", status.value());
        problem.put("detail", what + "; " + request.getMethod() + " " + request.getRequestURI() + " takes at most "
                + maxBytes + " bytes (coastwatch.request-limits)");
        problem.put("instance", request.getRequestURI());
        problem.put("maxBytes", maxBytes);
        response.setStatus(status.value());
        response.setHeader(HttpHeaders.CONNECTION, "close");
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getOutputStream().write(json.writeValueAsBytes(problem));
    }

    /** The request with its body read already, served from memory. */
    private static final class BufferedBody extends HttpServletRequestWrapper {
        private final byte[] body;

        BufferedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("the body was read already");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }
    }
}
