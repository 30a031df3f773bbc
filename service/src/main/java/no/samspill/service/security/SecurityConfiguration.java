package no.samspill.service.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.Filter;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.time.Duration;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may call what:
 * <ul>
 *   <li>{@code /api/**}: case-system clients, HTTP Basic or a bearer token (JWT), each bound to one municipality;</li>
 *   <li>{@code /engine-rest/**}: Camunda users, HTTP Basic checked by Camunda itself, with its authorizations;</li>
 *   <li>{@code /camunda/**}: the webapps, behind Camunda's own login, or the municipality's OpenID Connect provider
 *   (StaffSignInWithOidc), and Camunda's CSRF protection; with the provider, the analytics page as well, whose
 *   figures are then read with that sign-in's session (StaffSessionOnAnalytics);</li>
 *   <li>health, metrics and the OpenAPI description: open.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

    /** Successful password checks, remembered for {@code samspill.security.verified-secrets-remembered}. */
    @Bean
    VerifiedSecrets verifiedSecrets(Clock clock,
                                    @Value("${samspill.security.verified-secrets-remembered:PT5M}") Duration remembered) {
        return new VerifiedSecrets(remembered, clock);
    }

    /** Case-system secrets: BCrypt (Spring's default encoding), checked through {@link VerifiedSecrets}. */
    @Bean
    PasswordEncoder passwordEncoder(VerifiedSecrets verified) {
        PasswordEncoder encoding = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        return new PasswordEncoder() {
            @Override
            public String encode(CharSequence raw) {
                return encoding.encode(raw);
            }

            @Override
            public boolean matches(CharSequence raw, String encoded) {
                return verified.matches(raw == null ? null : raw.toString(), encoded, encoding::matches);
            }

            @Override
            public boolean upgradeEncoding(String encoded) {
                return encoding.upgradeEncoding(encoded);
            }
        };
    }

    /**
     * Staff sign-in in Camunda's identity store: BCrypt for passwords set from now on (older SHA-512 hashes still
     * check), and no lock-out: Camunda would lock an account after failed attempts by anyone, so that any caller
     * could lock staff and the administrator out. Guessing is slowed per caller instead ({@link LoginThrottle}).
     */
    @Bean
    AbstractProcessEnginePlugin staffSignIn(VerifiedSecrets verified) {
        return new AbstractProcessEnginePlugin() {
            @Override
            public void preInit(ProcessEngineConfigurationImpl configuration) {
                // Camunda keeps checking its own SHA-512 hashes beside the BCrypt ones
                configuration.setPasswordEncryptor(new StaffPasswords(verified));
                configuration.setLoginMaxAttempts(Integer.MAX_VALUE);
                configuration.setLoginDelayBase(0);
            }
        };
    }

    @Bean
    UserDetailsService caseSystemClientDetails(CaseSystemClients clients) {
        return clientId -> clients.findById(clientId).map(CaseSystemPrincipal::new)
                .orElseThrow(() -> new UsernameNotFoundException("unknown client"));
    }

    /**
     * HTTP Basic always; bearer tokens (JWT) too when a key set is configured through Spring's standard
     * {@code spring.security.oauth2.resourceserver.jwt.jwk-set-uri} and {@code issuer-uri}, the production option.
     */
    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, ObjectMapper objectMapper, CaseSystemClients clients,
                                    ObjectProvider<JwtDecoder> jwtDecoder, IdentityService identity,
                                    ObjectProvider<StaffClaims> staffClaims, Environment environment)
            throws Exception {
        ProblemAuthenticationEntryPoint entryPoint = new ProblemAuthenticationEntryPoint(objectMapper);
        http.securityMatcher("/api/**")
                // Camunda's evaluators and administrators read analytics (their municipalities; admins all)
                .authenticationProvider(new CamundaUserAuthentication(identity))
                // Case systems by their permissions (ClientPermission), within their one municipality
                .authorizeHttpRequests(requests -> {
                    requests.requestMatchers(HttpMethod.POST, "/api/v1/analytics/replay").hasRole("ADMIN")
                            .requestMatchers("/api/v1/admin/**").hasRole("ADMIN")
                            .requestMatchers(permissionPaths(ClientPermission.ANALYTICS)).hasAnyAuthority(
                                    ClientPermission.ANALYTICS.authority(), "ROLE_EVALUATOR", "ROLE_ADMIN");
                    for (ClientPermission permission : ClientPermission.MOST_SPECIFIC_FIRST) {
                        requests.requestMatchers(permissionPaths(permission)).hasAuthority(permission.authority());
                    }
                    requests.anyRequest().hasRole("CASE_SYSTEM");
                })
                .httpBasic(basic -> basic.authenticationEntryPoint(entryPoint))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler(entryPoint))
                // never signs in with a session: so never changes the id of one it reads (StaffSessionOnAnalytics),
                // which would sign the page's other requests, and the webapps, out
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS)
                        .sessionFixation(fixation -> fixation.none()))
                .csrf(csrf -> csrf.disable());
        StaffClaims signedInAtProvider = staffClaims.getIfAvailable();
        if (signedInAtProvider != null) {
            http.securityContext(context -> context.securityContextRepository(new DelegatingSecurityContextRepository(
                    new RequestAttributeSecurityContextRepository(),
                    new StaffSessionOnAnalytics(signedInAtProvider, identity))));
        }
        if (jwtDecoder.getIfAvailable() != null) {
            requireIssuerAndAudience(environment);
            http.oauth2ResourceServer(tokens -> tokens
                    .jwt(jwt -> jwt.jwtAuthenticationConverter(new CaseSystemTokens(clients)))
                    .authenticationEntryPoint(entryPoint));
        }
        return http.build();
    }

    /** The paths a permission opens (ClientPermission, which the API's description reads too). */
    private static String[] permissionPaths(ClientPermission permission) {
        return permission.paths().toArray(String[]::new);
    }

    /**
     * Bearer tokens are accepted only from the configured issuer and only when issued for Samspill (their audience):
     * a token another service of the same authorisation server received must not open Samspill's API.
     */
    private static void requireIssuerAndAudience(Environment environment) {
        String prefix = "spring.security.oauth2.resourceserver.jwt.";
        List<String> missing = new ArrayList<>();
        if (environment.getProperty(prefix + "issuer-uri", "").isBlank()) {
            missing.add(prefix + "issuer-uri (the authorisation server whose tokens are accepted)");
        }
        if (environment.getProperty(prefix + "audiences", "").isBlank()) {
            missing.add(prefix + "audiences (the audience Samspill's tokens are issued for)");
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("Bearer tokens are on (" + prefix + "jwk-set-uri), so these must be set: "
                    + String.join("; ", missing));
        }
    }

    /** Camunda authenticates engine-rest and the webapps itself (see {@link #engineRestAuthentication()}). */
    @Bean
    @Order(2)
    SecurityFilterChain camundaSecurity(HttpSecurity http, ObjectProvider<ClientRegistrationRepository> staffSignIn,
                                        ObjectProvider<StaffClaims> staffClaims, IdentityService identity)
            throws Exception {
        // Path matchers, not MVC ones: engine-rest is served by Jersey, outside Spring MVC.
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        ClientRegistrationRepository identityProvider = staffSignIn.getIfAvailable();
        List<RequestMatcher> behindSignIn = new ArrayList<>(List.of(paths.matcher("/engine-rest/**"),
                paths.matcher("/camunda/**"), paths.matcher("/oauth2/**"), paths.matcher("/login/oauth2/**")));
        if (identityProvider != null) {
            // the analytics page too: its figures are then read with this sign-in (StaffSessionOnAnalytics)
            behindSignIn.addAll(List.of(paths.matcher("/analytics"), paths.matcher("/analytics/**")));
        }
        http.securityMatcher(new OrRequestMatcher(behindSignIn))
                .authorizeHttpRequests(requests -> {
                    requests
                            // Camunda's first-run page lets the first visitor make themselves administrator while
                            // none exists; Samspill's first administrator comes from configuration
                            .requestMatchers(paths.matcher("/camunda/api/admin/setup/**")).denyAll()
                            // Checks any user's password for whoever is logged in, without the login throttle
                            // seeing a failure: an unlimited password oracle; no webapp needs it
                            .requestMatchers(paths.matcher("/engine-rest/identity/verify"),
                                    paths.matcher("/camunda/api/engine/engine/*/identity/verify")).denyAll();
                    if (identityProvider == null) {
                        requests.anyRequest().permitAll(); // Camunda's own login, for the webapps and engine-rest
                    } else {
                        // engine-rest keeps Camunda's HTTP Basic; the webapps sign staff in at the provider
                        requests.requestMatchers(paths.matcher("/engine-rest/**")).permitAll()
                                .anyRequest().authenticated();
                    }
                })
                .csrf(csrf -> csrf.disable()); // Camunda's own CSRF filter guards the webapps
        if (identityProvider != null) {
            OidcUserService provider = new OidcUserService();
            StaffClaims claims = staffClaims.getObject();
            http.oauth2Login(login -> login
                    .authorizationEndpoint(endpoint -> endpoint
                            .authorizationRequestResolver(StaffSignInWithOidc.withPkce(identityProvider)))
                    .userInfoEndpoint(userInfo -> userInfo.oidcUserService(request -> {
                        OidcUser staff = provider.loadUser(request);
                        claims.mirror(staff, identity);
                        return staff;
                    })));
        }
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain openEndpoints(HttpSecurity http, IdentityService identity,
                                      @Value("${samspill.security.open-metrics:true}") boolean openMetrics)
            throws Exception {
        return http
                // Production: the metrics are an administrator's (HTTP Basic, Camunda's administrators)
                .authenticationProvider(new CamundaUserAuthentication(identity))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/prometheus").access((authentication, context) ->
                                new org.springframework.security.authorization.AuthorizationDecision(openMetrics
                                        || authentication.get().getAuthorities().stream().anyMatch(role ->
                                        "ROLE_ADMIN".equals(role.getAuthority()))))
                        // The analytics page is static; its figures come from the API, behind its login
                        .requestMatchers("/analytics", "/analytics/**", "/webjars/chart.js/**").permitAll()
                        // Translations of the processes' staff texts, no data: read by Cockpit's plugin
                        .requestMatchers(HttpMethod.GET, "/texts/*.json").permitAll()
                        .requestMatchers("/", "/error", "/actuator/health/**",
                                "/actuator/info", "/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml",
                                "/swagger-ui/**", "/swagger-ui.html")
                        .permitAll()
                        .anyRequest().denyAll())
                .httpBasic(Customizer.withDefaults())
                .build();
    }

    /** Before every sign-in: Spring Security's on the API, Camunda's on engine-rest and the webapps' login. */
    @Bean
    FilterRegistrationBean<LoginThrottle> loginThrottle(ObjectMapper objectMapper, Clock clock,
            @Value("${samspill.security.login-throttle.free-failures-per-user:5}") int freePerUser,
            @Value("${samspill.security.login-throttle.free-failures-per-address:30}") int freePerAddress) {
        FilterRegistrationBean<LoginThrottle> registration = new FilterRegistrationBean<>(
                new LoginThrottle(objectMapper, clock, freePerUser, freePerAddress));
        registration.addUrlPatterns("/api/*", "/engine-rest/*", "/camunda/api/admin/auth/user/*");
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 10);
        return registration;
    }

    /** engine-rest is never open to anonymous callers: Camunda checks HTTP Basic against its own users. */
    @Bean
    FilterRegistrationBean<Filter> engineRestAuthentication() {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.setName("camunda-engine-rest-authentication");
        registration.addInitParameter("authentication-provider", HttpBasicAuthenticationProvider.class.getName());
        registration.addInitParameter("rest-url-pattern-prefix", "/engine-rest");
        registration.addUrlPatterns("/engine-rest/*");
        return registration;
    }
}
