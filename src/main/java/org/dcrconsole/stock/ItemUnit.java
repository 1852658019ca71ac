package org.dcrconsole.stock;

/** The unit an item is counted in (a pack holds {@link Item#getPackSize()} of them). */
public enum ItemUnit {
    PIECE, AMPOULE, SACHET, KIT, ROLL
}
