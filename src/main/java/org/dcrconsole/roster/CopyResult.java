package org.dcrconsole.roster;

/** What copying a week did: shifts copied as drafts, and shifts left out (the person is gone or busy). */
public record CopyResult(int copied, int skipped) {
}
