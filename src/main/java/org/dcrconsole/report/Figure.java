package org.dcrconsole.report;

/**
 * A key figure of the dashboard and the funder's report, with the data it is drawn from (so a
 * role sees only the groups it may) and how it is shown.
 */
public enum Figure {
    EPISODES(Group.VISITS, Format.COUNT),
    UNIQUE_CLIENTS(Group.VISITS, Format.COUNT),
    REFUSALS(Group.VISITS, Format.COUNT),
    EMERGENCIES(Group.INCIDENTS, Format.COUNT),
    DEATHS(Group.INCIDENTS, Format.COUNT),
    NALOXONE(Group.INCIDENTS, Format.COUNT),
    AMBULANCE_CALLS(Group.INCIDENTS, Format.COUNT),
    OVERDOSES(Group.INCIDENTS, Format.COUNT),
    OVERDOSES_WITH_NALOXONE(Group.INCIDENTS, Format.COUNT),
    COUNSELLING(Group.VISITS, Format.COUNT),
    REFERRALS(Group.VISITS, Format.COUNT),
    SYRINGES_OUT(Group.VISITS, Format.COUNT),
    SYRINGES_RETURNED(Group.VISITS, Format.COUNT),
    OCCUPANCY(Group.VISITS, Format.PERCENT),
    EMERGENCIES_PER_1000(Group.INCIDENTS, Format.RATE),
    REFERRALS_PER_100(Group.VISITS, Format.RATE),
    UNDERSTAFFED_HOURS(Group.STAFFING, Format.COUNT),
    STOCK_RECEIVED(Group.STOCK, Format.COUNT),
    STOCK_DISPENSED(Group.STOCK, Format.COUNT),
    STOCK_USED(Group.STOCK, Format.COUNT),
    STOCK_WASTED(Group.STOCK, Format.COUNT),
    TAKE_HOME_KITS(Group.VISITS, Format.COUNT),
    CLIENTS_TRAINED(Group.VISITS, Format.COUNT),
    REVERSALS_REPORTED(Group.VISITS, Format.COUNT);

    /** Where a figure comes from; decides who may see it. */
    public enum Group {
        VISITS, INCIDENTS, STAFFING, STOCK
    }

    /** How a figure is shown: a whole number, a percentage (0–100) or a rate with one decimal. */
    public enum Format {
        COUNT, PERCENT, RATE
    }

    private final Group group;
    private final Format format;

    Figure(Group group, Format format) {
        this.group = group;
        this.format = format;
    }

    public Group group() {
        return group;
    }

    public Format format() {
        return format;
    }

    /** The i18n key of the figure's caption. */
    public String key() {
        return "figure." + name();
    }
}
