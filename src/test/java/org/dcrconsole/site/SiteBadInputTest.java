package org.dcrconsole.site;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.dcrconsole.BadValues;
import org.dcrconsole.DcrSpringBootTest;
import org.dcrconsole.TestUsers;
import org.dcrconsole.base.BusinessException;
import org.dcrconsole.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Bad input fed to the services behind the admin forms: every value is either stored and
 * valid when read back, or refused with a clear, field-level reason. Nothing else escapes.
 */
@DcrSpringBootTest
@org.junit.jupiter.api.Tag("db")
class SiteBadInputTest {

    @Autowired
    SiteService siteService;
    @Autowired
    Validator validator;

    private final List<String> unhandled = new ArrayList<>();

    @BeforeEach
    void signIn() {
        TestUsers.signIn("bad-input-admin", List.of(), Role.ADMIN);
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void site_names_and_cities_of_any_kind_are_stored_valid_or_refused_clearly() {
        AtomicInteger stored = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        BadValues.strings(Site.NAME_MAX, 150).forEach(value -> {
            Site site = new Site();
            site.setName(value);
            site.setCity(value.isBlank() ? "x" : value);
            site.setTimeZone("Europe/Berlin");
            attempt(value, () -> {
                Site saved = siteService.saveSite(site);
                Site back = siteService.getForEdit(saved.getId());
                assertThat(validator.validate(back)).as("stored site valid for %s", value).isEmpty();
                assertThat(back.getName()).isEqualTo(value);
                stored.incrementAndGet();
            }, refused);
        });
        assertThat(unhandled).isEmpty();
        assertThat(stored.get()).isPositive();
        assertThat(refused.get()).isPositive();
    }

    @Test
    void site_numbers_out_of_range_are_refused_at_their_field() {
        AtomicInteger refused = new AtomicInteger();
        BadValues.ints(100).forEach(n -> {
            Site site = new Site();
            site.setName("N-" + UUID.randomUUID());
            site.setCity("Bad");
            site.setCleaningMinutes(n);
            site.setLimitInjectionMinutes(n);
            site.setReviewHoursLow(n);
            attempt(String.valueOf(n), () -> {
                Site saved = siteService.saveSite(site);
                assertThat(validator.validate(siteService.getForEdit(saved.getId()))).isEmpty();
            }, refused);
        });
        assertThat(unhandled).isEmpty();
        assertThat(refused.get()).isGreaterThanOrEqualTo(4);
    }

    @Test
    void time_zones_that_do_not_exist_are_refused_at_the_field() {
        BadValues.strings(60, 60).forEach(zone -> {
            Site site = new Site();
            site.setName("Z-" + UUID.randomUUID());
            site.setCity("Zone");
            site.setTimeZone(zone);
            try {
                siteService.saveSite(site);
                unhandled.add("accepted zone " + zone);
            } catch (BusinessException e) {
                assertThat(e.field()).isEqualTo("timeZone");
            } catch (ConstraintViolationException e) {
                assertThat(e.getConstraintViolations()).isNotEmpty();
            } catch (RuntimeException e) {
                unhandled.add(zone + " -> " + e);
            }
        });
        assertThat(unhandled).isEmpty();
    }

    @Test
    void booth_labels_of_any_kind_are_stored_valid_or_refused_clearly() {
        Site site = new Site();
        site.setName("Booths-" + UUID.randomUUID());
        site.setCity("Bad");
        long siteId = siteService.saveSite(site).getId();
        AtomicInteger refused = new AtomicInteger();
        BadValues.strings(Booth.LABEL_MAX, 150).forEach(value -> {
            Booth booth = new Booth();
            booth.setSiteId(siteId);
            booth.setLabel(value);
            attempt(value, () -> {
                siteService.saveBooth(booth);
                assertThat(siteService.boothsForEdit(siteId)).anySatisfy(b -> {
                    assertThat(b.getLabel()).isEqualTo(value);
                    assertThat(validator.validate(b)).isEmpty();
                });
            }, refused);
        });
        assertThat(unhandled).isEmpty();
        assertThat(refused.get()).isPositive();
    }

    private void attempt(String value, Runnable work, AtomicInteger refused) {
        try {
            work.run();
        } catch (BusinessException | ConstraintViolationException e) {
            refused.incrementAndGet();
        } catch (RuntimeException e) {
            unhandled.add(printable(value) + " -> " + e);
        }
    }

    private static String printable(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "…(" + value.length() + ")" : value;
    }
}
