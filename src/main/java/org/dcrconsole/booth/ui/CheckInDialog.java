package org.dcrconsole.booth.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dcrconsole.base.BusinessException;
import org.dcrconsole.base.i18n.Labels;
import org.dcrconsole.base.supply.Supply;
import org.dcrconsole.base.ui.Notifications;
import org.dcrconsole.booth.ActiveAlert;
import org.dcrconsole.booth.BoardService;
import org.dcrconsole.booth.CheckIn;
import org.dcrconsole.booth.CheckInResult;
import org.dcrconsole.booth.ClientStatus;
import org.dcrconsole.booth.ConsumptionRoute;
import org.dcrconsole.booth.Substance;
import org.dcrconsole.site.BoothInfo;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Check-in from the keyboard: the code first (Enter looks the client up and moves on), then
 * substances and route, the suggested booth, the supplies, and Ctrl+Enter to admit. A banned or
 * under-age client is refused and the refusal recorded by the service; with no free booth the
 * client joins the queue.
 */
final class CheckInDialog extends Dialog {

    private final BoardService boardService;
    private final long siteId;
    private final @Nullable BoothInfo preselected;
    private final Runnable onDone;

    final TextField code = new TextField();
    final Span status = new Span();
    final Div flags = new Div();
    final Div alerts = new Div();
    final Checkbox confirmEligibility = new Checkbox();
    final MultiSelectComboBox<Substance> substances = new MultiSelectComboBox<>();
    final ComboBox<ConsumptionRoute> route = new ComboBox<>();
    final ComboBox<BoothInfo> booth = new ComboBox<>();
    final SupplyFields supplies = new SupplyFields();
    final Button submit = new Button();
    private final Map<String, HasValidation> fieldsByName = new HashMap<>();

    CheckInDialog(BoardService boardService, long siteId, @Nullable BoothInfo preselected, Runnable onDone) {
        this.boardService = boardService;
        this.siteId = siteId;
        this.preselected = preselected;
        this.onDone = onDone;
        setId("checkin-dialog");
        setHeaderTitle(getTranslation("checkin.title"));
        setCloseOnOutsideClick(false);
        setWidth("min(52rem, 100vw)");

        code.setId("checkin-code");
        code.setLabel(getTranslation("checkin.code"));
        code.setHelperText(getTranslation("checkin.code.help"));
        code.setAutofocus(true);
        code.setWidthFull();
        code.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        code.addValueChangeListener(e -> lookup());
        code.addKeyDownListener(Key.ENTER, e -> {
            if (lookup()) {
                substances.focus();
            }
        });
        status.setId("checkin-status");
        flags.setId("checkin-flags");
        flags.setVisible(false);
        confirmEligibility.setId("checkin-confirm");
        confirmEligibility.setLabel(getTranslation("checkin.confirmEligibility"));
        confirmEligibility.setVisible(false);

        substances.setId("checkin-substances");
        substances.setLabel(getTranslation("checkin.substances"));
        substances.setItems(Substance.values());
        substances.setItemLabelGenerator(Labels::of);
        alerts.setId("checkin-alerts");
        alerts.setVisible(false);
        substances.addValueChangeListener(e -> showAlerts(e.getValue()));
        route.setId("checkin-route");
        route.setLabel(getTranslation("checkin.route"));
        route.setItems(ConsumptionRoute.values());
        route.setItemLabelGenerator(Labels::of);
        route.setValue(preselected != null && preselected.kind() == org.dcrconsole.site.BoothKind.INHALATION
                ? ConsumptionRoute.INHALATION : ConsumptionRoute.INJECTION);
        route.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                offerBooths(e.getValue());
                supplies.applyDefaults(e.getValue());
            }
        });
        booth.setId("checkin-booth");
        booth.setLabel(getTranslation("checkin.booth"));
        booth.setItemLabelGenerator(b -> b.label() + " · " + getTranslation("enum.BoothKind." + b.kind().name()));
        booth.setPlaceholder(getTranslation("checkin.booth.none"));
        offerBooths(route.getValue());
        supplies.applyDefaults(route.getValue());

        fieldsByName.put("code", code);
        fieldsByName.put("substances", substances);
        fieldsByName.put("route", route);
        fieldsByName.put("booth", booth);
        supplies.fields().forEach((s, f) -> fieldsByName.put(s.name(), f));

        FormLayout visit = new FormLayout(substances, route, booth);
        visit.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 3));
        VerticalLayout content = new VerticalLayout(code, status, flags, confirmEligibility, visit, alerts,
                new H4(getTranslation("checkin.supplies")), supplies);
        content.setPadding(false);
        add(content);

        submit.setText(getTranslation("checkin.submit"));
        submit.setId("checkin-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> submit());
        submit.addClickShortcut(Key.ENTER, KeyModifier.CONTROL);
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        Button refuse = new Button(getTranslation("board.refuse"), e -> {
            close();
            RefusalDialog.open(boardService, siteId, code.getValue(), onDone);
        });
        refuse.setId("checkin-refuse");
        refuse.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        getFooter().add(refuse, cancel, submit);
    }

    private void offerBooths(@Nullable ConsumptionRoute r) {
        List<BoothInfo> free = new ArrayList<>(boardService.freeBooths(siteId, r));
        booth.setItems(free);
        if (preselected != null && free.contains(preselected)) {
            booth.setValue(preselected);
        } else {
            booth.setValue(boardService.suggestBooth(siteId, r).orElse(null));
        }
    }

    /** Shows who the code belongs to; false when the code is not usable. */
    boolean lookup() {
        code.setInvalid(false);
        if (code.getValue().isBlank()) {
            status.setText("");
            confirmEligibility.setVisible(false);
            return false;
        }
        try {
            ClientStatus s = boardService.lookup(siteId, code.getValue());
            List<String> parts = new ArrayList<>();
            parts.add(getTranslation(s.known() ? "checkin.status.known" : "checkin.status.new", s.alias()));
            if (s.known()) {
                parts.add(getTranslation(s.eligibilityConfirmed() ? "checkin.status.eligible" : "checkin.status.notEligible"));
            }
            if (s.underAge()) {
                parts.add(getTranslation("checkin.status.underAge"));
            }
            if (s.banned()) {
                parts.add(getTranslation("checkin.status.banned",
                        s.bannedUntil().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale())),
                        s.banReason()));
            }
            if (s.insideBooth() != null) {
                parts.add(getTranslation("checkin.status.inside", s.insideBooth()));
            }
            if (s.waiting()) {
                parts.add(getTranslation("checkin.status.waiting"));
            }
            status.setText(String.join(" · ", parts));
            showFlags(s.safetyFlags());
            boolean blocked = s.banned() || s.underAge() || s.insideBooth() != null;
            status.getElement().getThemeList().clear();
            status.getElement().getThemeList().add(blocked ? "badge error" : s.eligibilityConfirmed() ? "badge success" : "badge");
            confirmEligibility.setVisible(!s.eligibilityConfirmed() && !blocked);
            return true;
        } catch (BusinessException e) {
            status.setText("");
            showFlags(List.of());
            confirmEligibility.setVisible(false);
            showRefusal(e);
            return false;
        }
    }

    /** Drug-checking alerts about a substance the client names, to pass on before they consume. */
    private void showAlerts(Set<Substance> named) {
        alerts.removeAll();
        List<ActiveAlert> concerning = boardService.alertsFor(siteId, named);
        alerts.setVisible(!concerning.isEmpty());
        for (ActiveAlert alert : concerning) {
            Span line = new Span(getTranslation("checkin.alert", Labels.of(alert.severity()), alert.text()));
            line.addClassName("checkin-alert");
            line.getElement().getThemeList().add("badge error");
            alerts.add(line);
        }
    }

    /** Safety flags stand apart from the status line, so staff read them before admitting. */
    private void showFlags(List<String> texts) {
        flags.removeAll();
        flags.setVisible(!texts.isEmpty());
        for (String text : texts) {
            Span flag = new Span(getTranslation("checkin.status.flag", text));
            flag.addClassName("checkin-flag");
            flag.getElement().getThemeList().add("badge error");
            flags.add(flag);
        }
    }

    private void submit() {
        Map<Supply, Integer> given = supplies.values();
        BoothInfo chosen = booth.getValue();
        CheckIn request = new CheckIn(code.getValue(), substances.getValue(), route.getValue(),
                chosen == null ? null : chosen.id(), given, confirmEligibility.getValue());
        try {
            CheckInResult result = boardService.checkIn(siteId, request);
            switch (result) {
                case CheckInResult.Admitted a -> {
                    Notifications.success(getTranslation("checkin.admitted", a.visit().clientAlias(), a.visit().boothLabel()));
                    UncoveredNote.show(a.uncoveredSupplies());
                }
                case CheckInResult.Refused r -> Notifications.warning(
                        getTranslation("checkin.refused", r.alias(), Labels.of(r.reason())));
                case CheckInResult.Queued q -> Notifications.warning(
                        getTranslation("checkin.queued", q.alias(), q.position()));
            }
            close();
            onDone.run();
        } catch (BusinessException e) {
            showRefusal(e);
            if ("booth".equals(e.field())) {
                offerBooths(route.getValue());
            }
        } catch (OptimisticLockingFailureException e) {
            Notifications.error(getTranslation("checkin.error.conflict"));
        }
    }

    private void showRefusal(BusinessException e) {
        String text = getTranslation(e.messageKey(), e.args());
        HasValidation field = e.field() == null ? null : fieldsByName.get(e.field());
        if (field != null) {
            field.setErrorMessage(text);
            field.setInvalid(true);
        } else {
            if ("confirmEligibility".equals(e.field())) {
                confirmEligibility.setVisible(true);
                confirmEligibility.focus();
            }
            Notifications.error(text);
        }
    }
}
