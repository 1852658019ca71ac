package org.dcrconsole.stock;

/** Units of an item of a site that are on their way: leaving it (sent, not yet received) and coming to it. */
public record InTransit(int outbound, int inbound) {

    public static final InTransit NONE = new InTransit(0, 0);
}
