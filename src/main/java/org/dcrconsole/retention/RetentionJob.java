package org.dcrconsole.retention;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.dcrconsole.base.cluster.ClusterSingleton;
import org.dcrconsole.security.Role;
import org.dcrconsole.security.SignedInUser;
import org.dcrconsole.site.SiteInfo;
import org.dcrconsole.site.SiteService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Runs the retention once a day (03:30 UTC unless {@code dcr.retention.cron} says otherwise), as
 * the system user, for every site; with several instances on one database, on one of them only
 * ({@link ClusterSingleton}). {@code dcr.retention.cron=-} turns it off (tests, which must not
 * purge each other's sites).
 */
@Component
@EnableScheduling
public class RetentionJob {

    private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

    private final RetentionService retention;
    private final SiteService siteService;
    private final ClusterSingleton singleton;

    RetentionJob(RetentionService retention, SiteService siteService, ClusterSingleton singleton) {
        this.retention = retention;
        this.siteService = siteService;
        this.singleton = singleton;
    }

    @Scheduled(cron = "${dcr.retention.cron:0 30 3 * * *}", zone = "UTC")
    public void runDaily() {
        if (!singleton.runExclusively("retention", this::purgeAllSites)) {
            log.info("Retention not run on this instance: another instance is at it (or the database is away)");
        }
    }

    /** One run over every site of the network; returns what each site's run deleted. */
    public List<RetentionService.Run> purgeAllSites() {
        Set<Long> sites = as(system(EnumSet.of(Role.ADMIN), Set.of()),
                () -> Set.copyOf(siteService.networkSites().stream().map(SiteInfo::id).toList()));
        return as(system(EnumSet.of(Role.MANAGER), sites), retention::purgeAll);
    }

    private static SignedInUser system(Set<Role> roles, Set<Long> sites) {
        return new SignedInUser(0, "system", "System", null, roles, sites, true, null);
    }

    private static <T> T as(SignedInUser user, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
