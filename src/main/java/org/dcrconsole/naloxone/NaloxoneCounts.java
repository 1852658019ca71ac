package org.dcrconsole.naloxone;

/** Take-home naloxone of a site in a period: kits handed out, clients trained (each once), reversals reported. */
public record NaloxoneCounts(long kitsHandedOut, long clientsTrained, long reversalsReported) {
}
