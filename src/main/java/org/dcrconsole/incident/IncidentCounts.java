package org.dcrconsole.incident;

/**
 * Incident figures of one site and period for the dashboard and the monthly report.
 *
 * @param emergencies              opioid overdoses and other medical emergencies
 * @param naloxoneAdministrations  naloxone doses given (a rescue dose counts again)
 * @param ambulanceCalls           incidents in which an ambulance was called
 * @param deaths                   incidents of severity death
 * @param overdosesWithNaloxone    opioid overdoses that needed naloxone
 * @param overdueReviews           reviews still open past their deadline now (whatever the period)
 */
public record IncidentCounts(long emergencies, long naloxoneAdministrations, long ambulanceCalls, long deaths,
                             long overdosesWithNaloxone, long overdueReviews) {
}
