package org.thbhub.web.page;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The web pages (design.md section 11). Every page has its own address; all of them are one static
 * shell, {@code /app/shell.html}, whose scripts read the address and draw the page, so a link or a
 * reload lands where it points. The API under {@code /api/v1} is not touched. Every page answer
 * carries a Content-Security-Policy that lets the pages load nothing from outside the server.
 */
@WebFilter(urlPatterns = "/*")
public class PageFilter extends HttpFilter {

    static final String SHELL = "/app/shell.html";
    static final String CONFIG = "/app/config.json";

    static final Set<String> PAGES =
            Set.of(
                    "/",
                    "/sign-in",
                    "/deliver",
                    "/history",
                    "/data",
                    "/coverage",
                    "/reports",
                    "/import",
                    "/audit",
                    "/users",
                    "/releases");

    private static final Pattern SUBMISSION_PAGE = Pattern.compile("/submissions/[^/]+");

    private final PageConfig config = PageConfig.fromEnvironment();

    @Override
    protected void doFilter(
            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.isEmpty()) {
            path = "/";
        }
        if (isPage(path)) {
            secure(response);
            response.setHeader("Cache-Control", "no-cache");
            request.getRequestDispatcher(SHELL).forward(request, response);
        } else if (path.equals(CONFIG)) {
            secure(response);
            response.setHeader("Cache-Control", "no-store");
            response.setContentType("application/json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write(config.json());
        } else if (path.startsWith("/app/")) {
            secure(response);
            // revalidated on every load (ETag): a new deployment is seen at once
            response.setHeader("Cache-Control", "no-cache");
            chain.doFilter(request, response);
        } else {
            chain.doFilter(request, response);
        }
    }

    static boolean isPage(String path) {
        return PAGES.contains(path) || SUBMISSION_PAGE.matcher(path).matches();
    }

    private void secure(HttpServletResponse response) {
        response.setHeader("Content-Security-Policy", config.contentSecurityPolicy());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("X-Frame-Options", "DENY");
    }
}
