package org.dcrconsole.stock;

/** What an item is for; the stock list filters by it. */
public enum ItemCategory {
    INJECTION, INHALATION, HYGIENE, MEDICAL, NALOXONE
}
