package org.dcrconsole.demo;

import java.util.Locale;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

/**
 * Demo mode fills the database with demo data, demo users whose password is their name, and
 * pseudonymises client codes with the published demo secret. It therefore runs only on the
 * embedded H2, unless {@code dcr.demo.allow-server-database=true} says a server database is
 * meant (a rehearsal, a benchmark), and never with the {@code prod} profile. Checked as soon as
 * the configuration is read, before any database is touched (registered in
 * META-INF/spring.factories).
 */
public class DemoModeGuard implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    static final String ALLOW_SERVER_DATABASE = "dcr.demo.allow-server-database";

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        check(event.getEnvironment());
    }

    static void check(ConfigurableEnvironment env) {
        if (!env.getProperty("dcr.demo.enabled", Boolean.class, false)) {
            return;
        }
        if (env.acceptsProfiles(Profiles.of("prod"))) {
            throw new IllegalStateException("The prod profile never runs demo mode: dcr.demo.enabled=true would create "
                    + "demo users with known passwords and demo data. Remove dcr.demo.enabled (DCR_DEMO_ENABLED).");
        }
        String url = env.getProperty("spring.datasource.url", "");
        if (!isEmbeddedH2(url) && !env.getProperty(ALLOW_SERVER_DATABASE, Boolean.class, false)) {
            // the scheme only: a JDBC URL may carry a password
            String scheme = url.contains(":") ? url.substring(0, url.indexOf(':', url.indexOf(':') + 1) + 1) : url;
            throw new IllegalStateException("Demo mode (the default without a profile) would fill the database " + scheme
                    + "... with demo data and demo users whose password is their user name; it runs only on the "
                    + "embedded H2. For production start with SPRING_PROFILES_ACTIVE=prod; for a rehearsal or a "
                    + "benchmark on this database set " + ALLOW_SERVER_DATABASE
                    + "=true (DCR_DEMO_ALLOW_SERVER_DATABASE=true).");
        }
    }

    /** H2 in this JVM (file or memory), not an H2 server reached over the network. */
    static boolean isEmbeddedH2(String url) {
        String u = url.toLowerCase(Locale.ROOT);
        return u.isEmpty() || u.startsWith("jdbc:h2:") && !u.startsWith("jdbc:h2:tcp:") && !u.startsWith("jdbc:h2:ssl:");
    }
}
