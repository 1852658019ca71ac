package org.dcrconsole.site.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNav;
import java.util.List;
import org.dcrconsole.KaribuTest;
import org.dcrconsole.security.Role;
import org.junit.jupiter.api.Test;

class AdminViewSmokeTest extends KaribuTest {

    @Test
    void admin_opens_the_admin_view() {
        signIn("admin1", List.of(), Role.ADMIN);
        navigate("admin");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(AdminView.class);
        assertThat(_get(SideNav.class).getItems()).extracting(i -> i.getPath()).contains("admin");
    }

    @Test
    void manager_cannot_open_the_admin_view() {
        signIn("manager1", List.of(), Role.MANAGER);
        org.junit.jupiter.api.Assertions.assertThrows(com.github.mvysny.kaributesting.v10.MockAccessDeniedException.class,
                () -> navigate("admin"));
        navigate("");
        assertThat(_get(SideNav.class).getItems()).extracting(i -> i.getPath()).doesNotContain("admin");
    }
}
