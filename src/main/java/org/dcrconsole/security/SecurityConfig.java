package org.dcrconsole.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.dcrconsole.security.ui.LoginView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.core.userdetails.UserDetailsService;

@Configuration
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfig {

    /** bcrypt with cost 10, the OWASP minimum for bcrypt. */
    static final int BCRYPT_STRENGTH = 10;

    /** Health probes: open, so load balancers and orchestrators can probe without credentials. */
    static final String[] PUBLIC_HEALTH = {"/actuator/health", "/actuator/health/liveness",
            "/actuator/health/readiness"};

    /**
     * The actuator has its own chain, ahead of Vaadin's: Vaadin's configurer answers an
     * anonymous request with a redirect to the login view, which a metrics scraper cannot follow.
     * Here an anonymous request gets 401 and a scraper signs in with HTTP Basic as an ADMIN
     * (the same accounts, throttling and password rules as the console); a signed-in ADMIN's
     * browser session is honoured too, but this chain never creates a session.
     */
    @Bean
    @Order(1)
    SecurityFilterChain actuatorFilterChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/actuator/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(PUBLIC_HEALTH).permitAll()
                        .anyRequest().hasRole(Roles.ADMIN))
                .httpBasic(Customizer.withDefaults())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                // read-only GET endpoints only; no browser form posts here
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    /**
     * What the browser may load: only this origin. Vaadin Flow runs JavaScript the server sends
     * (executeJs, through {@code new Function}) and its components set inline styles, hence
     * 'unsafe-inline' and 'unsafe-eval'; 'self' in connect-src covers the push websocket of the
     * same origin. No framing (clickjacking), no plugins, forms post only here.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; "
            + "script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    @Order(2)
    SecurityFilterChain securityFilterChain(HttpSecurity http, SessionRegistry sessionRegistry) throws Exception {
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        // every session is registered, so a change of a user's roles, sites or active flag can
        // end all of them (UserSessions); an ended session's next request goes to sign-in
        http.sessionManagement(s -> s.maximumSessions(-1).sessionRegistry(sessionRegistry).expiredUrl("/login"));
        http.headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY)));
        return http.build();
    }

    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /** Tells the session registry when servlet sessions end or change their id. */
    @Bean
    static HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    /** The only authentication provider: password check behind the sign-in throttle. */
    @Bean
    AuthenticationProvider authenticationProvider(UserDetailsService users, PasswordEncoder encoder,
                                                  LoginAttempts attempts) {
        return new ThrottledAuthenticationProvider(users, encoder, attempts);
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder(BCRYPT_STRENGTH);
    }
}
