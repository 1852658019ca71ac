package org.dcrconsole.base.supply;

/**
 * The kinds of harm-reduction supplies handed out at a check-in. The floor records what was
 * given by kind; the stock keeper maps each kind to the stock item that is dispensed for it.
 */
public enum Supply {
    SYRINGE_1ML, SYRINGE_2ML, NEEDLE, FILTER, COOKER, ASCORBIC_ACID, STERILE_WATER, ALCOHOL_SWAB, FOIL, PIPE
}
