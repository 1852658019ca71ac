package org.dcrconsole.roster;

/** The per-hour staffing rules of a site (SPEC §2). */
public enum StaffingRule {
    /** At least the site's minimum head count. */
    HEAD_COUNT,
    /** At least one medically qualified person. */
    MEDICAL_COVER,
    /** At least one staff member per N booths in service. */
    BOOTHS_PER_STAFF
}
