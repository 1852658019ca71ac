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
     * (the same accounts, lockout and password rules as the console); a signed-in ADMIN's
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

    @Bean
    @Order(2)
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder(BCRYPT_STRENGTH);
    }
}
