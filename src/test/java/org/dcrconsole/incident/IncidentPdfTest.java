package org.dcrconsole.incident;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.dcrconsole.DcrSpringBootTest;
import org.dcrconsole.TestUsers;
import org.dcrconsole.security.UserService;
import org.dcrconsole.site.SiteService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The PDF for the health authority: it opens, holds the timeline and the review, and no client code. */
@DcrSpringBootTest
class IncidentPdfTest {

    /** A client code as staff type it at check-in (initials, sex, birth year); it must never reach a PDF. */
    private static final String CLIENT_CODE = "MAMU-M-1985";
    private static final String ALIAS = "Fox-17";

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired
    IncidentService service;
    @Autowired
    SiteService siteService;
    @Autowired
    UserService userService;
    @Autowired
    Clock clock;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void the_pdf_opens_and_holds_the_timeline_and_review_but_no_client_code() throws Exception {
        IncidentFixture.Seed seed = new IncidentFixture(siteService, userService).seed("pdf");
        TestUsers.signIn(seed.supervisor());
        Instant t0 = clock.instant().minus(Duration.ofMinutes(40));
        IncidentReport report = IncidentFixture.overdose(t0);
        report.setBoothId(seed.boothId());
        // the alias is one of the site's register
        jdbc.update("INSERT INTO client (site_id, code_hash, alias, sex, birth_year, eligibility_confirmed) "
                + "VALUES (?, ?, ?, 'MALE', 1980, TRUE)", seed.siteId(), "pdf-hash-" + seed.siteId(), ALIAS);
        report.setClientAlias(ALIAS);
        report.setStaffInvolved("AB, CD");
        long id = service.report(seed.siteId(), report).getId();
        service.addStep(seed.siteId(), id, StepInput.of(ResponseStepKind.RECOGNISED, t0));
        service.addStep(seed.siteId(), id, StepInput.of(ResponseStepKind.OXYGEN, t0.plusSeconds(40)).withVitals(6, 84, 7));
        service.addStep(seed.siteId(), id, StepInput.naloxone(t0.plusSeconds(120), new BigDecimal("0.4"), NaloxoneRoute.IM));
        service.addStep(seed.siteId(), id, StepInput.naloxone(t0.plusSeconds(780), new BigDecimal("0.4"), NaloxoneRoute.IM));
        service.addStep(seed.siteId(), id, StepInput.of(ResponseStepKind.AMBULANCE_CALLED, t0.plusSeconds(300)));
        service.addStep(seed.siteId(), id, StepInput.outcome(t0.plusSeconds(1500), Outcome.TRANSFERRED_TO_HOSPITAL));
        service.startReview(seed.siteId(), id, seed.supervisorId());
        service.saveReview(seed.siteId(), id, service.get(seed.siteId(), id).incident().getVersion(),
                "Recognised within two minutes.", "Client used alone after a break in use.");
        service.addAction(seed.siteId(), id, "Refresh naloxone training", seed.staffId(), LocalDate.now(clock));

        byte[] pdf = service.pdf(seed.siteId(), id, Locale.ENGLISH);

        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        PdfReader reader = new PdfReader(pdf);
        StringBuilder text = new StringBuilder();
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        reader.close();
        String all = text.toString();
        assertThat(all).contains("Incident report #" + id, "Emergency response timeline", "Recognised", "Oxygen",
                "Naloxone", "0.4 mg IM", "Ambulance called", "Transferred to hospital", "Recognised within two minutes.",
                "Refresh naloxone training", ALIAS, "I01");
        assertThat(all).contains("84 %").contains("GCS");
        assertThat(all.indexOf("Recognised")).as("timeline in time order")
                .isLessThan(all.indexOf("Ambulance called"));
        assertThat(all).doesNotContain(CLIENT_CODE).doesNotContain("MAMU");
    }
}
