package archfixture.stock;

import archfixture.booth.Visit;

/** Violates "features reach each other only through doors": uses booth's entity class. */
public class StockLedger {
    long dispenseFor(Visit visit) {
        return visit.id;
    }
}
