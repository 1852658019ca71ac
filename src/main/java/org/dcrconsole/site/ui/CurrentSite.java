package org.dcrconsole.site.ui;

import com.vaadin.flow.spring.annotation.VaadinSessionScope;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.dcrconsole.site.SiteInfo;
import org.dcrconsole.site.SiteService;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The site the user is working on in this browser session, chosen in the layout's site
 * switcher. Views read it and pass its id to the services, which check the user holds it.
 */
@Component
@VaadinSessionScope
public class CurrentSite implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final transient SiteService siteService;
    private @Nullable Long siteId;

    CurrentSite(SiteService siteService) {
        this.siteService = siteService;
    }

    /** The chosen site, or the user's first site; empty for a user who holds none. */
    public Optional<SiteInfo> get() {
        List<SiteInfo> mine = siteService.mySites();
        Optional<SiteInfo> chosen = mine.stream().filter(s -> siteId != null && s.id() == siteId).findFirst();
        if (chosen.isEmpty() && !mine.isEmpty()) {
            siteId = mine.getFirst().id();
            return Optional.of(mine.getFirst());
        }
        return chosen;
    }

    /** The chosen site's id; throws for a user who holds no site (views show a notice instead). */
    public long id() {
        return get().orElseThrow(() -> new IllegalStateException("The user holds no site")).id();
    }

    public void set(long siteId) {
        this.siteId = siteId;
    }
}
