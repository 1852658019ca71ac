package archfixture.stock;

import archfixture.booth.VisitRef;
import archfixture.booth.VisitService;

/** Uses the booth feature properly: its service and a record it hands out. */
public class StockDoorUser {
    long dispense(VisitService visits) {
        VisitRef ref = visits.open(1);
        return ref.id();
    }
}
