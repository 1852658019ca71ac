package org.dcrconsole.roster;

import jakarta.validation.Valid;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dcrconsole.base.BusinessException;
import org.dcrconsole.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The staff members who work shifts: MANAGER of their sites. A manager sees and edits the
 * people of a site they hold; a person's membership of sites the manager does not hold is
 * kept as it is.
 */
@Service
@Validated
public class StaffService {

    private final StaffMemberRepository staff;

    StaffService(StaffMemberRepository staff) {
        this.staff = staff;
    }

    /** The people who work at a site, by name. */
    @PreAuthorize("hasRole('MANAGER')")
    @Transactional(readOnly = true)
    public List<StaffProfile> staffOfSite(long siteId) {
        CurrentUser.requireSite(siteId);
        return staff.findBySite(siteId).stream().map(StaffMember::profile).toList();
    }

    /** One person of the site with sites, qualifications and absences loaded, for an edit form. */
    @PreAuthorize("hasRole('MANAGER')")
    @Transactional(readOnly = true)
    public StaffMember getForEdit(long siteId, long staffMemberId) {
        CurrentUser.requireSite(siteId);
        StaffMember m = staff.findByIdAndSiteId(staffMemberId, siteId)
                .orElseThrow(() -> new BusinessException("error.notFound"));
        m.getSiteIds().size();
        m.getQualifications().size();
        m.getAbsences().size();
        return m;
    }

    /**
     * Creates or updates a person of the site. Sites the manager does not hold keep their
     * membership; the person must keep at least one site; a sign-in links to one person only;
     * an absence ends on or after its first day. A stale copy fails with an optimistic locking
     * exception.
     */
    @PreAuthorize("hasRole('MANAGER')")
    @Transactional
    public StaffMember save(long siteId, @Valid StaffMember member) {
        CurrentUser.requireSite(siteId);
        Set<Long> held = CurrentUser.siteIds();
        Set<Long> sites = new HashSet<>(member.getSiteIds());
        sites.retainAll(held);
        if (!member.isNew()) {
            StaffMember stored = staff.findByIdAndSiteId(member.getId(), siteId)
                    .orElseThrow(() -> new BusinessException("error.notFound"));
            stored.getSiteIds().stream().filter(id -> !held.contains(id)).forEach(sites::add);
        }
        if (sites.isEmpty()) {
            throw new BusinessException("sites", "staff.error.noSite");
        }
        member.setSiteIds(sites);
        for (Absence a : member.getAbsences()) {
            if (a.getLastDay().isBefore(a.getFirstDay())) {
                throw new BusinessException("absences", "absence.error.order");
            }
        }
        Long userId = member.getUserId();
        if (userId != null && (member.isNew() ? staff.existsByUserId(userId)
                : staff.existsByUserIdAndIdNot(userId, member.getId()))) {
            throw new BusinessException("userId", "staff.error.userTaken");
        }
        return staff.saveAndFlush(member);
    }
}
