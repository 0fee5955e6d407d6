package org.retrogistics.web.support;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.retrogistics.shared.DomainException;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Rules every list and every query parameter follows, checked once before any controller runs: a page number is at
 * most {@code retrogistics.api.max-page} (a deeper page would ask the database for an offset beyond its range), and no
 * parameter holds a NUL character (PostgreSQL cannot compare or store it). Page sizes are bounded by each endpoint.
 */
@Configuration(proxyBeanMethods = false)
class RequestGuard implements WebMvcConfigurer {

    private final WebSettings settings;

    RequestGuard(WebSettings settings) {
        this.settings = settings;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new Guard(settings.maxPage())).addPathPatterns("/api/**", "/console/**", "/portal/**");
    }

    private record Guard(int maxPage) implements HandlerInterceptor {

        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
            String query = request.getQueryString();
            if (query == null) {
                return true;
            }
            for (Map.Entry<String, String[]> parameter :
                    request.getParameterMap().entrySet()) {
                if (parameter.getKey().indexOf('\u0000') >= 0) {
                    throw new InvalidCharacter("a parameter name");
                }
                for (String value : parameter.getValue()) {
                    if (value.indexOf('\u0000') >= 0) {
                        throw new InvalidCharacter("parameter '" + parameter.getKey() + "'");
                    }
                }
            }
            String page = request.getParameter("page");
            if (page != null && page.strip().matches("\\d+") && exceeds(page.strip())) {
                throw new PageOutOfRange(page.strip(), maxPage);
            }
            return true;
        }

        private boolean exceeds(String digits) {
            return digits.length() > 9 || Integer.parseInt(digits) > maxPage;
        }
    }

    /** A page beyond the deepest one served. */
    static final class PageOutOfRange extends DomainException {

        PageOutOfRange(String page, int maxPage) {
            super(
                    Kind.INVALID,
                    "page-out-of-range",
                    "page " + page + " is beyond the last page served (" + maxPage
                            + "); narrow the search with its filters instead");
        }
    }

    /** Text holding a NUL character, which nothing downstream can store. */
    static final class InvalidCharacter extends DomainException {

        InvalidCharacter(String where) {
            super(
                    Kind.INVALID,
                    "invalid-character",
                    where + " contains a NUL character (\\u0000), which is not accepted");
        }
    }
}
