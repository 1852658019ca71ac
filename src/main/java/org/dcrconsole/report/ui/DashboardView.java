package org.dcrconsole.report.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dcrconsole.base.ui.ViewToolbar;
import org.dcrconsole.site.BoothInfo;
import org.dcrconsole.site.BoothKind;
import org.dcrconsole.site.SiteInfo;
import org.dcrconsole.site.SiteService;
import org.dcrconsole.site.ui.CurrentSite;

/** The first screen after sign-in: the current site's key figures. */
@Route("")
@PermitAll
@Menu(order = 0, title = "nav.dashboard", icon = "vaadin:dashboard")
public final class DashboardView extends VerticalLayout implements HasDynamicTitle {

    DashboardView(SiteService siteService, CurrentSite currentSite) {
        setPadding(false);
        add(new ViewToolbar(getTranslation("nav.dashboard")));
        Optional<SiteInfo> site = currentSite.get();
        VerticalLayout body = new VerticalLayout();
        add(body);
        if (site.isEmpty()) {
            body.add(new Paragraph(getTranslation("dashboard.noSite")));
            return;
        }
        SiteInfo s = site.get();
        body.add(new H2(s.name() + " · " + s.city()));
        List<BoothInfo> booths = siteService.booths(s.id());
        FlexLayout cards = new FlexLayout();
        cards.addClassNames(LumoUtility.Gap.MEDIUM, LumoUtility.FlexWrap.WRAP);
        for (BoothKind kind : BoothKind.values()) {
            long count = booths.stream().filter(b -> b.kind() == kind && b.inService()).count();
            cards.add(card(getTranslation("enum.BoothKind." + kind.name()), String.valueOf(count)));
        }
        long out = booths.stream().filter(b -> !b.inService()).count();
        cards.add(card(getTranslation("booth.outOfService"), String.valueOf(out)));
        LocalDate today = LocalDate.now(s.zone());
        String hours = s.openingHours(today.getDayOfWeek())
                .map(h -> h.getOpens() + "–" + h.getCloses())
                .orElse(getTranslation("site.closed"));
        cards.add(card(getTranslation("dashboard.openToday"), hours));
        body.add(cards);
    }

    private static Div card(String label, String value) {
        Span v = new Span(value);
        v.addClassNames(LumoUtility.FontSize.XXLARGE, LumoUtility.FontWeight.BOLD);
        Span l = new Span(label);
        l.addClassNames(LumoUtility.TextColor.SECONDARY);
        Div card = new Div(v, l);
        card.addClassNames("figure-card", LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN,
                LumoUtility.Padding.MEDIUM, LumoUtility.BorderRadius.MEDIUM, LumoUtility.Background.CONTRAST_5);
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.dashboard") + " · " + getTranslation("app.title");
    }
}
