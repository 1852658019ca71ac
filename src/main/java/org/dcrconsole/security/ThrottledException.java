package org.dcrconsole.security;

import org.springframework.security.authentication.BadCredentialsException;

/**
 * An attempt refused because the account or the address must still wait; it reads exactly
 * like a wrong password (same message), so a guesser learns nothing from it.
 */
class ThrottledException extends BadCredentialsException {

    ThrottledException() {
        super("Bad credentials");
    }
}
