package no.samspill.service.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;

/**
 * Staff sign in to the webapps through the municipality's OpenID Connect provider (Entra ID, Keycloak, ADFS …)
 * when the client registration {@code staff} is configured
 * ({@code spring.security.oauth2.client.registration.staff.*}, {@code …provider.staff.issuer-uri}): the
 * authorization code flow with PKCE; the token's groups claim ({@code samspill.staff-sign-in.groups-claim}) names the
 * staff groups, whose tenants are the staff member's municipalities. Without it, Camunda's own users sign in.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = StaffSignInWithOidc.CLIENT_ID)
public class StaffSignInWithOidc {

    static final String REGISTRATION = "staff";
    static final String CLIENT_ID = "spring.security.oauth2.client.registration." + REGISTRATION + ".client-id";

    @Bean
    StaffClaims staffClaims(@Value("${samspill.staff-sign-in.user-claim:preferred_username}") String userClaim,
                            @Value("${samspill.staff-sign-in.groups-claim:groups}") String groupsClaim) {
        return new StaffClaims(userClaim, groupsClaim);
    }

    /** For OidcStaffAuthentication, which Camunda's filter makes from its class name. */
    @Bean
    ServletContextInitializer staffClaimsForCamunda(StaffClaims claims) {
        return servletContext -> servletContext.setAttribute(OidcStaffAuthentication.CLAIMS, claims);
    }

    /** After Spring Security has signed the staff member in; before Camunda's container-based authentication. */
    @Bean
    FilterRegistrationBean<StaffWithoutGroup> staffWithoutGroup(StaffClaims claims, IdentityService identity) {
        FilterRegistrationBean<StaffWithoutGroup> registration = new FilterRegistrationBean<>(
                new StaffWithoutGroup(claims, identity));
        registration.addUrlPatterns("/camunda/*");
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
        return registration;
    }

    /** Camunda's webapps take the signed-in staff member into their own session (OidcStaffAuthentication). */
    @Bean
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> camundaContainerAuthentication() {
        FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration = new FilterRegistrationBean<>(
                new ContainerBasedAuthenticationFilter());
        registration.addInitParameter("authentication-provider", OidcStaffAuthentication.class.getName());
        registration.addUrlPatterns("/camunda/*");
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 2);
        return registration;
    }

    /** The authorization code flow with PKCE, also for a confidential client. */
    static OAuth2AuthorizationRequestResolver withPkce(ClientRegistrationRepository registrations) {
        DefaultOAuth2AuthorizationRequestResolver resolver = new DefaultOAuth2AuthorizationRequestResolver(
                registrations, "/oauth2/authorization");
        resolver.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
        return resolver;
    }
}
