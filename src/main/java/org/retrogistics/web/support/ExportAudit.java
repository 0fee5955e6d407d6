package org.retrogistics.web.support;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.retrogistics.access.Actor;
import org.retrogistics.audit.AuditCategory;
import org.retrogistics.audit.AuditRecord;
import org.retrogistics.audit.AuditTrail;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Every CSV that leaves the system (payouts, manifests, the recovery table, in the API and the console) is recorded
 * in the client's audit trail with who took it and with which filter (ADR 0031): checked once here, after the answer,
 * so a new export is audited without remembering to. The audit trail's own export records itself, with its filter.
 */
@Configuration(proxyBeanMethods = false)
class ExportAudit implements WebMvcConfigurer {

    private final AuditTrail audit;

    ExportAudit(AuditTrail audit) {
        this.audit = audit;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new Recorder(audit))
                .addPathPatterns("/api/**", "/console/**")
                .excludePathPatterns("/api/audit/**", "/console/audit/**");
    }

    private record Recorder(AuditTrail audit) implements HandlerInterceptor {

        @Override
        public void afterCompletion(
                HttpServletRequest request, HttpServletResponse response, Object handler, Exception failure) {
            String type = response.getContentType();
            if (failure != null
                    || response.getStatus() >= 300
                    || type == null
                    || !type.startsWith("text/csv")
                    || !"GET".equals(request.getMethod())) {
                return;
            }
            Authentication auth = SecurityContextHolder.getContext().getAuthentication();
            if (auth != null && auth.getPrincipal() instanceof Actor actor) {
                String query = request.getQueryString();
                audit.record(
                        new AuditRecord(
                                actor.clientId(),
                                AuditCategory.EXPORT,
                                "CSV_EXPORTED",
                                request.getRequestURI(),
                                null,
                                query == null ? null : SignInEvents.printable(query)),
                        actor.name());
            }
        }
    }
}
