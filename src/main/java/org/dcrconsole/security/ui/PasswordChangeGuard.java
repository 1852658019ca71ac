package org.dcrconsole.security.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.dcrconsole.security.CurrentUser;
import org.dcrconsole.security.SignedInUser;
import org.springframework.stereotype.Component;

/**
 * A user whose password an administrator set sees nothing but the password change until they
 * have chosen their own: the administrator knows that password and must not act as them.
 */
@Component
class PasswordChangeGuard implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(PasswordChangeGuard::check));
    }

    private static void check(BeforeEnterEvent event) {
        boolean mustChange = CurrentUser.get().map(SignedInUser::mustChangePassword).orElse(false);
        if (mustChange && event.getNavigationTarget() != ChangePasswordView.class
                && event.getNavigationTarget() != LoginView.class) {
            event.rerouteTo(ChangePasswordView.class);
        }
    }
}
