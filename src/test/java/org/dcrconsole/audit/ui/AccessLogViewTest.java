package org.dcrconsole.audit.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.textfield.TextField;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.dcrconsole.KaribuTest;
import org.dcrconsole.TestUsers;
import org.dcrconsole.audit.AccessKind;
import org.dcrconsole.audit.AccessLogRow;
import org.dcrconsole.audit.AccessLogService;
import org.dcrconsole.booth.BoothFixture;
import org.dcrconsole.booth.BoothFixture.TestSite;
import org.dcrconsole.security.Role;
import org.dcrconsole.site.BoothKind;
import org.dcrconsole.site.SiteService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A manager opens /access-log, narrows it by user, kind and day, and downloads it as CSV. */
class AccessLogViewTest extends KaribuTest {

    @Autowired
    SiteService siteService;
    @Autowired
    AccessLogService accessLog;

    TestSite site;

    @BeforeEach
    void seed() throws Exception {
        site = BoothFixture.site(siteService, BoothKind.INJECTION);
        TestUsers.as(TestUsers.user("anna-" + site.id(), List.of(site.id()), Role.STAFF), () -> {
            accessLog.record(AccessKind.CLIENT_OPENED, site.id(), "K7Q-X2M #1");
            accessLog.record(AccessKind.VISIT_EXPORT, site.id(), "rows=3");
            return null;
        });
        TestUsers.as(TestUsers.user("ben-" + site.id(), List.of(site.id()), Role.SUPERVISOR), () -> {
            accessLog.record(AccessKind.INCIDENT_PDF, site.id(), "incident #9");
            return null;
        });
    }

    @Test
    void a_manager_sees_the_sites_log_newest_first_and_narrows_it() {
        signIn("manager-" + site.id(), List.of(site.id()), Role.MANAGER);
        navigate("access-log");

        assertThat(rows()).extracting(AccessLogRow::kind)
                .containsExactly(AccessKind.INCIDENT_PDF, AccessKind.VISIT_EXPORT, AccessKind.CLIENT_OPENED);

        _setValue(_get(TextField.class, s -> s.withId("access-log-user")), "anna-" + site.id());
        assertThat(rows()).extracting(AccessLogRow::kind)
                .containsExactly(AccessKind.VISIT_EXPORT, AccessKind.CLIENT_OPENED);

        @SuppressWarnings("unchecked")
        ComboBox<AccessKind> kind = _get(ComboBox.class, s -> s.withId("access-log-kind"));
        _setValue(kind, AccessKind.CLIENT_OPENED);
        assertThat(rows()).singleElement().extracting(AccessLogRow::subject).isEqualTo("K7Q-X2M #1");

        _setValue(_get(DatePicker.class, s -> s.withId("access-log-to")), LocalDate.of(2000, 1, 1));
        assertThat(rows()).isEmpty();
    }

    @Test
    void the_export_downloads_the_filtered_log_and_is_itself_logged() {
        signIn("manager-" + site.id(), List.of(site.id()), Role.MANAGER);
        navigate("access-log");
        @SuppressWarnings("unchecked")
        ComboBox<AccessKind> kind = _get(ComboBox.class, s -> s.withId("access-log-kind"));
        _setValue(kind, AccessKind.INCIDENT_PDF);

        String csv = new String(DownloadKt._download(_get(Anchor.class, s -> s.withId("access-log-export"))),
                StandardCharsets.UTF_8);

        assertThat(csv.lines().toList()).hasSize(2);
        assertThat(csv.lines().toList().get(1)).contains("ben-" + site.id(), "INCIDENT_PDF", "incident #9");
        _setValue(kind, AccessKind.ACCESS_LOG_EXPORT);
        assertThat(rows()).singleElement().extracting(AccessLogRow::username).isEqualTo("manager-" + site.id());
    }

    @Test
    void an_admin_and_staff_are_refused_the_view() {
        signIn("admin-" + site.id(), List.of(site.id()), Role.ADMIN);
        assertThatThrownBy(() -> navigate("access-log")).isInstanceOf(MockAccessDeniedException.class);
        signIn("staff-" + site.id(), List.of(site.id()), Role.STAFF);
        assertThatThrownBy(() -> navigate("access-log")).isInstanceOf(MockAccessDeniedException.class);
    }

    @SuppressWarnings("unchecked")
    private List<AccessLogRow> rows() {
        return GridKt._fetch(_get(Grid.class, s -> s.withId("access-log-grid")), 0, 50);
    }
}
