package org.dcrconsole.site;

/** A read-only view of a booth for the features that use booths (board, incidents, rosters). */
public record BoothInfo(long id, long siteId, String label, BoothKind kind, boolean wheelchairAccessible,
                        boolean inService) {

    static BoothInfo of(Booth b) {
        return new BoothInfo(b.getId(), b.getSiteId(), b.getLabel(), b.getKind(), b.isWheelchairAccessible(),
                b.isInService());
    }
}
