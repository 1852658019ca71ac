package org.dcrconsole.site;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dcrconsole.base.BusinessException;
import org.dcrconsole.base.validation.PlainTextValidator;
import org.dcrconsole.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Booths taken out of service and put back by the shift's supervisor, at their own sites, with a
 * reason; every change is kept in an append-only history. (Administrators still configure booths
 * through {@link SiteService}.)
 */
@Service
public class BoothStatusService {

    private final BoothRepository booths;
    private final BoothServiceChangeRepository changes;
    private final Clock clock;

    BoothStatusService(BoothRepository booths, BoothServiceChangeRepository changes, Clock clock) {
        this.booths = booths;
        this.changes = changes;
        this.clock = clock;
    }

    /**
     * Takes a booth out of service (an occupied booth keeps its visit until check-out; no new one
     * can start) or puts it back.
     *
     * @throws BusinessException on field {@code reason} when the reason is missing, too long or not plain text,
     *                           or when the booth already is in the requested state
     */
    @PreAuthorize("hasRole('SUPERVISOR')")
    @Transactional
    public void setInService(long siteId, long boothId, boolean inService, String reason) {
        CurrentUser.requireSite(siteId);
        String text = requireReason(reason);
        Booth booth = booths.findByIdAndSiteId(boothId, siteId).orElseThrow(() -> new BusinessException("error.notFound"));
        if (booth.isInService() == inService) {
            throw new BusinessException(inService ? "boothstatus.error.alreadyInService" : "boothstatus.error.alreadyOut",
                    booth.getLabel());
        }
        var now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String by = CurrentUser.username();
        if (inService) {
            booth.setInService(true);
        } else {
            booth.takeOutOfService(text, now, by);
        }
        booths.saveAndFlush(booth);
        changes.save(new BoothServiceChange(siteId, boothId, now, by, inService, text));
    }

    /** Why each out-of-service booth of the site is out, by booth id. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Map<Long, OutOfService> outOfService(long siteId) {
        CurrentUser.requireSite(siteId);
        Map<Long, OutOfService> out = new HashMap<>();
        for (Booth b : booths.findBySiteIdOrderByLabel(siteId)) {
            if (!b.isInService()) {
                out.put(b.getId(), new OutOfService(b.getOutOfServiceReason(), b.getOutOfServiceSince(), b.getOutOfServiceBy()));
            }
        }
        return out;
    }

    /** A booth's service changes, newest first. */
    @PreAuthorize("hasAnyRole('STAFF','SUPERVISOR','MANAGER','ADMIN')")
    @Transactional(readOnly = true)
    public List<BoothServiceChange> history(long siteId, long boothId) {
        CurrentUser.requireSite(siteId);
        return changes.findByBoothIdAndSiteIdOrderByChangedAtDescIdDesc(boothId, siteId);
    }

    private static String requireReason(String reason) {
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty()) {
            throw new BusinessException("reason", "validation.required");
        }
        if (text.length() > BoothServiceChange.REASON_MAX) {
            throw new BusinessException("reason", "boothstatus.error.reasonTooLong", BoothServiceChange.REASON_MAX);
        }
        PlainTextValidator.require("reason", text, false);
        return text;
    }
}
