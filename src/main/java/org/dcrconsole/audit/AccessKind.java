package org.dcrconsole.audit;

/** What was looked at or taken away; one entry of the access log has one kind. */
public enum AccessKind {
    /** The client register listed without a search. */
    CLIENT_LIST,
    /** The client register searched by alias or by client code (the code itself is never kept). */
    CLIENT_SEARCH,
    /** One client's page opened. */
    CLIENT_OPENED,
    /** The visit history opened or filtered. */
    VISIT_LIST,
    /** The visit history exported as CSV. */
    VISIT_EXPORT,
    /** One incident opened. */
    INCIDENT_OPENED,
    /** An incident's PDF for the authority. */
    INCIDENT_PDF,
    /** The monthly report as CSV. */
    REPORT_CSV,
    /** The monthly report as PDF. */
    REPORT_PDF,
    /** The access log itself exported as CSV. */
    ACCESS_LOG_EXPORT,
    /** A run of the retention job: what it deleted. */
    RETENTION
}
