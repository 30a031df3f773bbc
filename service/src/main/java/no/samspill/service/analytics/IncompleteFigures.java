package no.samspill.service.analytics;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import no.samspill.service.api.DatabaseOutage;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * A figure is never served partial: while the analytics have not read every event there was at start (the node
 * turned ready without them, AnalyticsCaughtUp), the analytics' figures answer 503 with {@code Retry-After}.
 */
@Component
public class IncompleteFigures implements HandlerInterceptor, WebMvcConfigurer {

    private final AnalyticsCaughtUp analytics;
    private final ObjectMapper objectMapper;

    public IncompleteFigures(AnalyticsCaughtUp analytics, ObjectMapper objectMapper) {
        this.analytics = analytics;
        this.objectMapper = objectMapper;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/v1/analytics/**")
                .excludePathPatterns("/api/v1/analytics/replay");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws Exception {
        if (analytics.figuresComplete()) {
            return true;
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "The analytics have not yet read the whole event log, so every figure would be partial; nothing "
                        + "is served until they have. Try again later (operators: see the analytics processor's log).");
        problem.setTitle("Analytics not ready");
        DatabaseOutage.answerUnavailable(objectMapper, request, response, problem);
        return false;
    }
}
