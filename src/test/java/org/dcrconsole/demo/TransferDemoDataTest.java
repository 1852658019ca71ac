package org.dcrconsole.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import org.dcrconsole.DcrSpringBootTest;
import org.dcrconsole.TestUsers;
import org.dcrconsole.security.Role;
import org.dcrconsole.site.Site;
import org.dcrconsole.site.SiteService;
import org.dcrconsole.stock.InTransit;
import org.dcrconsole.stock.TransferService;
import org.dcrconsole.stock.TransferStatus;
import org.dcrconsole.stock.TransferSummary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** The demo has a transfer received short and one in transit, seen from both sites. */
@DcrSpringBootTest
class TransferDemoDataTest {

    @Autowired StockDemoData stockStep;
    @Autowired TransferDemoData step;
    @Autowired SiteService siteService;
    @Autowired TransferService transfers;
    @Autowired TransactionTemplate tx;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    private long site(String name) throws Exception {
        return TestUsers.as(TestUsers.user("demo-admin", List.of(), Role.ADMIN), () -> {
            Site s = new Site();
            s.setName(name + " " + System.nanoTime());
            s.setCity("Frankfurt am Main");
            return siteService.saveSite(s).getId();
        });
    }

    @Test
    void demo_has_a_transfer_received_short_and_one_in_transit() throws Exception {
        long central = site("Demo central");
        long riverside = site("Demo riverside");
        DemoContext context = new DemoContext(new DemoProperties(false, 20261129L, 60, 1.0), clock);
        context.siteIds().put(DemoContext.CENTRAL, central);
        context.siteIds().put(DemoContext.RIVERSIDE, riverside);

        tx.executeWithoutResult(status -> {
            SystemUser.runAs(List.of(central, riverside), () -> {
                stockStep.run(context);
                step.run(context);

                List<TransferSummary> seen = transfers.transfers(riverside, PageRequest.of(0, 10)).getContent();
                assertThat(seen).extracting(TransferSummary::status)
                        .containsExactlyInAnyOrder(TransferStatus.SENT, TransferStatus.RECEIVED);
                assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM stock_movement WHERE site_id = ? AND kind = 'WASTE' "
                        + "AND transfer_line_id IS NOT NULL", Integer.class, riverside)).isEqualTo(1);
                assertThat(transfers.inTransit(riverside).values()).extracting(InTransit::inbound)
                        .anySatisfy(n -> assertThat(n).isPositive());
                assertThat(transfers.inTransit(central).values()).extracting(InTransit::outbound)
                        .anySatisfy(n -> assertThat(n).isPositive());
            });
            status.setRollbackOnly();
        });
    }
}
