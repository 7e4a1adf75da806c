package org.attune.testing;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;
import org.attune.database.StatementCount;

/**
 * In test deployments only, first of all filters: for a request carrying the header {@value #HEADER}, records how
 * many SQL statements the whole request ran on its thread ({@link StatementCount}), for the test that sent it to
 * read by the header's value ({@link #of}).
 */
public class StatementsPerRequest extends HttpFilter {

    private static final long serialVersionUID = 1L;

    public static final String HEADER = "X-Attune-Test-Request";

    private static final Map<String, Integer> COUNTS = new ConcurrentHashMap<>();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        var id = request.getHeader(HEADER);
        if (id == null) {
            chain.doFilter(request, response);
            return;
        }
        int before = StatementCount.onThisThread();
        try {
            chain.doFilter(request, response);
        } finally {
            COUNTS.put(id, StatementCount.onThisThread() - before);
        }
    }

    /** The statements the request sent with this header value ran, once it has been answered. */
    public static OptionalInt of(String id) {
        var count = COUNTS.remove(id);
        return count == null ? OptionalInt.empty() : OptionalInt.of(count);
    }
}
