package no.samspill.service.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A request body larger than {@code limit} bytes is refused before it is read into memory: 413 when its length is
 * declared, and reading stops at the limit when it is not (a chunked body), so that no caller can make a node buffer
 * an unbounded body (the idempotency filter and JSON parsing both hold a body whole).
 */
public class RequestSizeLimit extends OncePerRequestFilter {

    private final ObjectMapper objectMapper;
    private final long limit;

    public RequestSizeLimit(ObjectMapper objectMapper, long limit) {
        this.objectMapper = objectMapper;
        this.limit = limit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > limit) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE,
                    "The request body is larger than " + limit + " bytes");
            ProblemResponses.write(objectMapper, request, response, problem);
            return;
        }
        chain.doFilter(new HttpServletRequestWrapper(request) {
            private ServletInputStream bounded;

            @Override
            public ServletInputStream getInputStream() throws IOException {
                if (bounded == null) {
                    bounded = new Bounded(super.getInputStream(), limit);
                }
                return bounded;
            }
        }, response);
    }

    /** Fails the read that would pass the limit. */
    private static final class Bounded extends ServletInputStream {
        private final ServletInputStream body;
        private final long limit;
        private long read;

        Bounded(ServletInputStream body, long limit) {
            this.body = body;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int next = body.read();
            if (next >= 0) {
                count(1);
            }
            return next;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = body.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws IOException {
            read += n;
            if (read > limit) {
                throw new IOException("the request body is larger than " + limit + " bytes");
            }
        }

        @Override
        public boolean isFinished() {
            return body.isFinished();
        }

        @Override
        public boolean isReady() {
            return body.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            body.setReadListener(listener);
        }
    }
}
