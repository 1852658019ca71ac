package org.dcrconsole.security;

import java.util.EnumSet;
import org.dcrconsole.base.BusinessException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * In production the first administrator comes from configuration ({@code dcr.admin.username},
 * {@code dcr.admin.password}), and only while the database holds no user at all; no account
 * with a known password is ever created.
 */
@Component
@Order(0)
class FirstAdminInitializer implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdminInitializer.class);

    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final String username;
    private final String password;

    FirstAdminInitializer(AppUserRepository users, PasswordEncoder passwordEncoder,
                          @Value("${dcr.admin.username:}") String username,
                          @Value("${dcr.admin.password:}") String password) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.username = username;
        this.password = password;
        if (!username.isBlank()) {
            // checked here, at start-up, so a bad DCR_ADMIN_PASSWORD stops the start with a message
            // that names it instead of a generic bcrypt failure on the first start
            try {
                PasswordPolicy.check("password", password);
            } catch (BusinessException e) {
                throw new IllegalStateException("DCR_ADMIN_PASSWORD (dcr.admin.password) must be "
                        + PasswordPolicy.MIN_BYTES + " to " + PasswordPolicy.MAX_BYTES
                        + " bytes in UTF-8 and not a common password", e);
            }
        }
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (username.isBlank() || users.count() > 0) {
            return;
        }
        AppUser admin = new AppUser();
        admin.setUsername(username.strip());
        admin.setDisplayName("Administrator");
        admin.setPasswordHash(passwordEncoder.encode(password));
        admin.setRoles(EnumSet.of(Role.ADMIN));
        users.save(admin);
        log.info("Created the first administrator account from configuration");
    }
}
