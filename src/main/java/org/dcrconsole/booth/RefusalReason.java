package org.dcrconsole.booth;

/** Why an admission was refused (§10a BtMG admission policy, house bans, a full room). */
public enum RefusalReason {
    INTOXICATED, UNDER_AGE, BANNED, FIRST_TIME_USER, FULL
}
