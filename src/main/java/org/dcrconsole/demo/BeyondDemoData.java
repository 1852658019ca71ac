package org.dcrconsole.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.dcrconsole.base.BusinessException;
import org.dcrconsole.booth.AlertSeverity;
import org.dcrconsole.drugcheck.AlertInput;
import org.dcrconsole.drugcheck.DrugCheckService;
import org.dcrconsole.drugcheck.Found;
import org.dcrconsole.drugcheck.ResultInput;
import org.dcrconsole.drugcheck.SoldAs;
import org.dcrconsole.drugcheck.TestMethod;
import org.dcrconsole.naloxone.NaloxoneService;
import org.dcrconsole.naloxone.ReversalOutcome;
import org.dcrconsole.stock.NaloxoneKit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Beyond the booth: clients trained in naloxone with kits handed out (from the demo stock, earliest
 * expiry first) and two reversals they reported; three drug-checking results at Central and one
 * active network-wide alert raised from them. Through the services, so the kits are real stock
 * movements and the alert reaches open screens like a real one.
 */
@Component
class BeyondDemoData implements DemoStep {

    private static final Logger log = LoggerFactory.getLogger(BeyondDemoData.class);
    private static final int TRAINED_PER_SITE = 10;
    private static final int KITS_PER_SITE = 8;

    private final JdbcTemplate jdbc;
    private final NaloxoneService naloxone;
    private final DrugCheckService drugChecks;

    BeyondDemoData(JdbcTemplate jdbc, NaloxoneService naloxone, DrugCheckService drugChecks) {
        this.jdbc = jdbc;
        this.naloxone = naloxone;
        this.drugChecks = drugChecks;
    }

    @Override
    public int order() {
        // after stock (kits come from it) and incidents, before the report's roll-up
        return 450;
    }

    @Override
    public void run(DemoContext context) {
        Long staffId = context.userIds().get("staff");
        Long supervisorId = context.userIds().get("supervisor");
        if (staffId == null || supervisorId == null) {
            return;
        }
        Random random = context.random("beyond");
        LocalDate today = context.today();
        for (var site : context.siteIds().entrySet()) {
            long siteId = site.getValue();
            List<Long> clients = jdbc.queryForList("SELECT id FROM client WHERE site_id = ? AND first_visit_at IS NOT NULL"
                    + " ORDER BY id FETCH FIRST " + TRAINED_PER_SITE + " ROWS ONLY", Long.class, siteId);
            for (int i = 0; i < clients.size(); i++) {
                naloxone.recordTraining(siteId, clients.get(i), today.minusDays(1 + random.nextInt(60)),
                        i % 2 == 0 ? staffId : supervisorId);
            }
            handOutKits(siteId, clients);
            if (site.getKey().equals(DemoContext.CENTRAL) && clients.size() >= 2) {
                naloxone.reportReversal(siteId, clients.get(0), today.minusDays(5), ReversalOutcome.RECOVERED);
                naloxone.reportReversal(siteId, clients.get(1), today.minusDays(12), ReversalOutcome.AMBULANCE);
            }
        }
        drugChecking(context.siteId(DemoContext.CENTRAL), today, context.clock().instant());
    }

    private void handOutKits(long siteId, List<Long> clients) {
        NaloxoneKit kit = naloxone.kitItems(siteId).stream().filter(k -> k.itemName().startsWith("Naloxone nasal"))
                .findFirst().orElse(null);
        if (kit == null) {
            return;
        }
        try {
            // two clients come back for a refill before the others get their first kit, so that the
            // refills are there even when the store holds only a few kits (transfers take some)
            int refills = Math.min(2, clients.size());
            for (int i = 0; i < refills; i++) {
                naloxone.handOutKit(siteId, clients.get(i), kit.itemId());
            }
            for (int i = 0; i < refills; i++) {
                naloxone.handOutKit(siteId, clients.get(i), kit.itemId());
            }
            for (int i = refills; i < Math.min(KITS_PER_SITE, clients.size()); i++) {
                naloxone.handOutKit(siteId, clients.get(i), kit.itemId());
            }
        } catch (BusinessException outOfStock) {
            log.info("Demo stock of naloxone kits ran out at site {}", siteId);
        }
    }

    private void drugChecking(long siteId, LocalDate today, Instant now) {
        long fentanyl = drugChecks.recordResult(siteId, new ResultInput(today.minusDays(1), SoldAs.HEROIN,
                Set.of(Found.FENTANYL), TestMethod.SPECTROMETER, null)).getId();
        drugChecks.recordResult(siteId, new ResultInput(today.minusDays(2), SoldAs.COCAINE, Set.of(Found.OTHER),
                TestMethod.TEST_STRIP, null));
        long nitazenes = drugChecks.recordResult(siteId, new ResultInput(today.minusDays(3), SoldAs.HEROIN,
                Set.of(Found.NITAZENES, Found.XYLAZINE), TestMethod.LAB, null)).getId();
        drugChecks.raiseAlert(siteId, new AlertInput(
                "Heroin sold around the station contains fentanyl and nitazenes: test first, use less, never alone.",
                AlertSeverity.DANGER, true, now.plus(Duration.ofDays(14)),
                Set.of(fentanyl, nitazenes)));
    }
}
