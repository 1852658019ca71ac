package org.dcrconsole.demo;

import java.util.List;
import org.dcrconsole.stock.ItemStock;
import org.dcrconsole.stock.StockFilter;
import org.dcrconsole.stock.StockService;
import org.dcrconsole.stock.TransferReceipt;
import org.dcrconsole.stock.TransferRequest;
import org.dcrconsole.stock.TransferService;
import org.springframework.stereotype.Component;

/**
 * Transfers between the demo sites, through the transfer service: Central helped Riverside out
 * with swabs that arrived short (a crushed box, written off), and syringes are on their way now,
 * so both sites show stock in transit.
 */
@Component
class TransferDemoData implements DemoStep {

    private final StockService stockService;
    private final TransferService transferService;

    TransferDemoData(StockService stockService, TransferService transferService) {
        this.stockService = stockService;
        this.transferService = transferService;
    }

    @Override
    public int order() {
        return 350;
    }

    @Override
    public void run(DemoContext context) {
        long central = context.siteId(DemoContext.CENTRAL);
        long riverside = context.siteId(DemoContext.RIVERSIDE);
        List<ItemStock> stock = stockService.stockList(central, StockFilter.ALL);

        TransferRequest.Line swabs = line(stock, "Alcohol swab", 400);
        if (swabs != null) {
            long id = transferService.draft(central, new TransferRequest(riverside, "Swabs for the weekend",
                    List.of(swabs)));
            transferService.send(central, id);
            List<TransferReceipt> receipts = transferService.transfer(riverside, id).lines().stream()
                    .map(l -> new TransferReceipt(l.getId(), l.getQuantity() - Math.min(20, l.getQuantity()),
                            "One box crushed in transit"))
                    .toList();
            transferService.receive(riverside, id, receipts, true);
        }
        TransferRequest.Line syringes = line(stock, "Syringe 2 ml", 300);
        TransferRequest.Line naloxone = line(stock, "Naloxone nasal spray kit", 4);
        List<TransferRequest.Line> lines = java.util.stream.Stream.of(syringes, naloxone)
                .filter(java.util.Objects::nonNull).toList();
        if (!lines.isEmpty()) {
            long id = transferService.draft(central, new TransferRequest(riverside,
                    "Riverside runs low on 2 ml syringes", lines));
            transferService.send(central, id);
        }
    }

    /** A line of up to {@code wanted} units, never more than half of what Central holds (the demo is random). */
    private static TransferRequest.Line line(List<ItemStock> stock, String name, int wanted) {
        return stock.stream().filter(r -> r.name().equals(name)).findFirst()
                .map(r -> Math.min(wanted, r.onHand() / 2) > 0
                        ? new TransferRequest.Line(r.itemId(), null, Math.min(wanted, r.onHand() / 2)) : null)
                .orElse(null);
    }
}
