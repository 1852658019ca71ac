package org.dcrconsole.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.page.ColorScheme;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.select.SelectVariant;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Locale;
import org.dcrconsole.base.i18n.TranslationProvider;
import org.dcrconsole.security.CurrentUser;
import org.dcrconsole.security.Role;
import org.dcrconsole.security.SignedInUser;
import org.dcrconsole.security.UserService;
import org.dcrconsole.site.SiteInfo;
import org.dcrconsole.site.SiteService;
import org.dcrconsole.site.ui.CurrentSite;

/**
 * The frame around every view: side navigation with only the views the user's roles may open,
 * the site switcher, the light/dark toggle, and the signed-in user with sign-out.
 */
@Layout
@PermitAll
public final class MainLayout extends AppLayout {

    static final String DARK_ATTRIBUTE = "dcr.dark";

    private final transient AuthenticationContext authentication;

    MainLayout(AuthenticationContext authentication, SiteService siteService, CurrentSite currentSite,
            UserService userService) {
        this.authentication = authentication;
        setPrimarySection(Section.DRAWER);
        addToDrawer(header(), siteSwitcher(siteService, currentSite), nav(), userFooter(userService));
        applyColorScheme();
    }

    private Div header() {
        Span logo = new Span(getTranslation("app.title"));
        logo.addClassNames(LumoUtility.FontWeight.BOLD, LumoUtility.FontSize.LARGE);
        Div header = new Div(logo);
        header.addClassNames(LumoUtility.Padding.MEDIUM);
        return header;
    }

    private Select<SiteInfo> siteSwitcher(SiteService siteService, CurrentSite currentSite) {
        Select<SiteInfo> select = new Select<>();
        select.setId("site-switcher");
        select.setLabel(getTranslation("layout.site"));
        select.setItemLabelGenerator(SiteInfo::name);
        List<SiteInfo> sites = siteService.mySites();
        select.setItems(sites);
        currentSite.get().ifPresent(select::setValue);
        select.setVisible(!sites.isEmpty());
        select.addClassNames(LumoUtility.Padding.Horizontal.MEDIUM);
        select.setWidthFull();
        select.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                currentSite.set(e.getValue().id());
                UI.getCurrent().refreshCurrentRoute(true);
            }
        });
        return select;
    }

    private SideNav nav() {
        SideNav nav = new SideNav();
        nav.setId("main-nav");
        nav.addClassNames(LumoUtility.Margin.Horizontal.MEDIUM, LumoUtility.Margin.Top.MEDIUM);
        boolean wallDisplay = CurrentUser.hasRole(Role.DISPLAY);
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            if (wallDisplay && !entry.path().replaceFirst("^/", "").equals("board")) {
                // the board is a wall display's one screen; the dashboard would only send it back there
                continue;
            }
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            nav.addItem(item);
        }
        return nav;
    }

    private VerticalLayout userFooter(UserService userService) {
        SignedInUser user = CurrentUser.require();
        Span name = new Span(user.displayName());
        name.setId("current-user");
        name.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
        Span roles = new Span(String.join(", ", user.roles().stream()
                .map(r -> getTranslation("enum.Role." + r.name())).sorted().toList()));
        roles.addClassNames(LumoUtility.FontSize.XSMALL, LumoUtility.TextColor.SECONDARY);

        Button theme = new Button(getTranslation("layout.toggleTheme"), VaadinIcon.ADJUST.create(), e -> toggleTheme());
        theme.setId("theme-toggle");
        theme.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        Button signOut = new Button(getTranslation("layout.signOut"), VaadinIcon.SIGN_OUT.create(),
                e -> authentication.logout());
        signOut.setId("sign-out");
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);

        Button password = new Button(getTranslation("password.menu"), VaadinIcon.KEY.create(),
                e -> UI.getCurrent().navigate("password"));
        password.setId("change-own-password");
        password.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);

        HorizontalLayout buttons = new HorizontalLayout(theme, password, signOut);
        buttons.setAlignItems(FlexComponent.Alignment.CENTER);
        buttons.addClassNames(LumoUtility.FlexWrap.WRAP);
        VerticalLayout footer = new VerticalLayout(name, roles, languageChoice(userService), buttons);
        footer.setSpacing(false);
        footer.addClassNames(LumoUtility.Padding.MEDIUM, LumoUtility.Margin.Top.AUTO);
        return footer;
    }

    /** English or Deutsch, saved for the user and applied at once (the page reloads in the new language). */
    private Select<Locale> languageChoice(UserService userService) {
        Select<Locale> language = new Select<>();
        language.setId("language");
        language.setLabel(getTranslation("layout.language"));
        language.setItems(TranslationProvider.LOCALES);
        // each language by its own name, so a person who cannot read the current one still finds theirs
        language.setItemLabelGenerator(l -> l.getDisplayLanguage(l));
        language.setValue(TranslationProvider.LOCALES.stream()
                .filter(l -> l.getLanguage().equals(getLocale().getLanguage())).findFirst()
                .orElse(TranslationProvider.ENGLISH));
        language.addThemeVariants(SelectVariant.LUMO_SMALL);
        language.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                userService.setLanguage(e.getValue());
                UI ui = UI.getCurrent();
                Language.apply(ui, e.getValue());
                ui.getPage().reload();
            }
        });
        return language;
    }

    private void toggleTheme() {
        VaadinSession session = VaadinSession.getCurrent();
        boolean dark = !Boolean.TRUE.equals(session.getAttribute(DARK_ATTRIBUTE));
        session.setAttribute(DARK_ATTRIBUTE, dark);
        applyColorScheme();
    }

    private void applyColorScheme() {
        boolean dark = Boolean.TRUE.equals(VaadinSession.getCurrent().getAttribute(DARK_ATTRIBUTE));
        UI.getCurrent().getPage().setColorScheme(dark ? ColorScheme.Value.DARK : ColorScheme.Value.LIGHT);
    }

    /** Whether this session shows the dark colour scheme (for tests and views that draw colours). */
    public static boolean isDark() {
        return Boolean.TRUE.equals(VaadinSession.getCurrent().getAttribute(DARK_ATTRIBUTE));
    }
}
