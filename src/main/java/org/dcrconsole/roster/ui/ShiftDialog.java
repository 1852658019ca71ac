package org.dcrconsole.roster.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.dcrconsole.base.ui.Pickers;
import org.dcrconsole.base.BusinessException;
import org.dcrconsole.base.i18n.Labels;
import org.dcrconsole.base.ui.FormDialog;
import org.dcrconsole.base.ui.Notifications;
import org.dcrconsole.roster.PlannedShift;
import org.dcrconsole.roster.RosterService;
import org.dcrconsole.roster.ShiftIssue;
import org.dcrconsole.roster.ShiftPosition;
import org.dcrconsole.roster.StaffProfile;
import org.dcrconsole.site.OpeningHours;
import org.dcrconsole.site.SiteInfo;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Adds, edits, moves (other person, day or time) or deletes one shift. Before saving it asks
 * the service what is wrong with the shift: an overlap is refused at the field, other issues
 * are listed in a second dialog and saved only when the manager confirms.
 */
final class ShiftDialog extends FormDialog {

    private final transient RosterService rosterService;
    private final SiteInfo site;
    private final PlannedShift existing;
    private final Runnable onChange;
    final ComboBox<StaffProfile> person = new ComboBox<>();
    final DatePicker day = Pickers.date();
    final TimePicker start = Pickers.time();
    final TimePicker end = Pickers.time();
    final Select<ShiftPosition> position = new Select<>();

    private ShiftDialog(String title, FormLayout form, RosterService rosterService, SiteInfo site,
                        List<StaffProfile> staff, PlannedShift existing, Runnable onChange, Holder holder) {
        super(title, form, () -> holder.dialog.trySave());
        holder.dialog = this;
        this.rosterService = rosterService;
        this.site = site;
        this.existing = existing;
        this.onChange = onChange;
        setId("shift-dialog");
        setWidth("36em");
        person.setId("shift-person");
        person.setLabel(getTranslation("shift.person"));
        person.setItems(staff);
        person.setItemLabelGenerator(StaffProfile::name);
        person.setRequired(true);
        day.setId("shift-day");
        day.setLabel(getTranslation("shift.day"));
        day.setRequired(true);
        start.setId("shift-start");
        start.setLabel(getTranslation("shift.start"));
        start.setStep(Duration.ofMinutes(15));
        start.setRequired(true);
        end.setId("shift-end");
        end.setLabel(getTranslation("shift.end"));
        end.setStep(Duration.ofMinutes(15));
        end.setHelperText(getTranslation("shift.end.help"));
        end.setRequired(true);
        position.setId("shift-position");
        position.setLabel(getTranslation("shift.position"));
        position.setItems(ShiftPosition.values());
        position.setItemLabelGenerator(p -> getTranslation("enum.ShiftPosition." + p.name()));
        form.add(person, position, day, start, end);
        field("staffMemberId", person).field("start", start).field("end", end);
        if (existing != null && existing.id() != null) {
            Button delete = new Button(getTranslation("shift.delete"), VaadinIcon.TRASH.create(), e -> confirmDelete());
            delete.setId("delete-shift");
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            delete.getStyle().set("margin-inline-end", "auto");
            getFooter().addComponentAsFirst(delete);
        }
    }

    /** Holds the dialog for the save action, which the super constructor needs before "this" exists. */
    private static final class Holder {
        private ShiftDialog dialog;
    }

    /** A dialog for a new shift of a person on a day, at the day's opening time. */
    static ShiftDialog create(RosterService service, SiteInfo site, List<StaffProfile> staff, StaffProfile who,
                              LocalDate date, Runnable onChange) {
        ShiftDialog d = new ShiftDialog(Labels.t("shift.new"), new FormLayout(), service, site, staff, null,
                onChange, new Holder());
        LocalTime opens = site.openingHours(date.getDayOfWeek()).map(OpeningHours::getOpens).orElse(LocalTime.of(9, 0));
        d.person.setValue(who);
        d.day.setValue(date);
        d.start.setValue(opens);
        d.end.setValue(opens.plusHours(6));
        d.position.setValue(ShiftPosition.INJECTION_ROOM);
        return d;
    }

    /** A dialog to edit, move or delete a saved shift. */
    static ShiftDialog edit(RosterService service, SiteInfo site, List<StaffProfile> staff, PlannedShift shift,
                            Runnable onChange) {
        ShiftDialog d = new ShiftDialog(Labels.t("shift.edit"), new FormLayout(), service,
                site, staff, shift, onChange, new Holder());
        ZoneId zone = site.zone();
        d.person.setValue(staff.stream().filter(p -> p.id() == shift.staffMemberId()).findFirst().orElse(null));
        d.day.setValue(shift.start().atZone(zone).toLocalDate());
        d.start.setValue(shift.start().atZone(zone).toLocalTime());
        d.end.setValue(shift.end().atZone(zone).toLocalTime());
        d.position.setValue(shift.position());
        return d;
    }

    /** The shift as the fields describe it, or null (with the fields marked) when one is missing. */
    PlannedShift shiftFromFields() {
        boolean ok = true;
        for (HasValidation f : List.<HasValidation>of(person, day, start, end, position)) {
            boolean empty = ((HasValue<?, ?>) f).isEmpty();
            f.setInvalid(empty);
            if (empty) {
                f.setErrorMessage(getTranslation("validation.required"));
                ok = false;
            }
        }
        if (!ok) {
            return null;
        }
        ZoneId zone = site.zone();
        Instant from = ZonedDateTime.of(day.getValue(), start.getValue(), zone).toInstant();
        LocalDate endDay = end.getValue().isAfter(start.getValue()) ? day.getValue() : day.getValue().plusDays(1);
        Instant to = ZonedDateTime.of(endDay, end.getValue(), zone).toInstant();
        if (!to.isAfter(from)) {
            to = from.plus(Duration.ofHours(24));
        }
        long staffId = person.getValue().id();
        return existing == null
                ? PlannedShift.draft(staffId, site.id(), from, to, position.getValue())
                : new PlannedShift(existing.id(), existing.version(), staffId, site.id(), from, to,
                position.getValue(), existing.status());
    }

    private boolean trySave() {
        PlannedShift shift = shiftFromFields();
        if (shift == null) {
            return false;
        }
        List<ShiftIssue> issues = rosterService.check(site.id(), shift);
        if (issues.stream().anyMatch(ShiftIssue::blocking)) {
            ShiftIssue overlap = issues.stream().filter(ShiftIssue::blocking).findFirst().orElseThrow();
            throw new BusinessException("start", "shift.error.overlap", overlap.amount().toMinutes());
        }
        if (!issues.isEmpty()) {
            confirmWarnings(shift, issues);
            return false;
        }
        rosterService.save(site.id(), shift, false);
        saved();
        return true;
    }

    private void confirmWarnings(PlannedShift shift, List<ShiftIssue> issues) {
        Dialog confirm = new Dialog();
        confirm.setId("shift-warnings");
        confirm.setHeaderTitle(getTranslation("shift.warnings.title"));
        UnorderedList list = new UnorderedList();
        issues.forEach(i -> list.add(new ListItem(RosterTexts.issue(i))));
        confirm.add(list);
        Button save = new Button(getTranslation("shift.warnings.confirm"), e -> {
            try {
                rosterService.save(site.id(), shift, true);
                confirm.close();
                close();
                saved();
            } catch (BusinessException ex) {
                confirm.close();
                Notifications.error(getTranslation(ex.messageKey(), ex.args()));
            } catch (OptimisticLockingFailureException ex) {
                confirm.close();
                Notifications.error(getTranslation("error.concurrentChange"));
            }
        });
        save.setId("confirm-warnings");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_WARNING);
        Button cancel = new Button(getTranslation("action.cancel"), e -> confirm.close());
        confirm.getFooter().add(cancel, save);
        confirm.open();
    }

    private void confirmDelete() {
        Dialog confirm = new Dialog();
        confirm.setId("delete-confirm");
        confirm.setHeaderTitle(getTranslation("shift.delete"));
        confirm.add(new Paragraph(getTranslation("shift.deleteConfirm",
                person.getValue() == null ? "" : person.getValue().name())));
        Button delete = new Button(getTranslation("action.delete"), e -> {
            try {
                rosterService.delete(site.id(), existing.id(), existing.version());
                Notifications.success(getTranslation("shift.deleted"));
            } catch (OptimisticLockingFailureException ex) {
                Notifications.error(getTranslation("error.concurrentChange"));
            } catch (BusinessException ex) {
                Notifications.error(getTranslation(ex.messageKey(), ex.args()));
            }
            confirm.close();
            close();
            onChange.run();
        });
        delete.setId("confirm-delete");
        delete.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        confirm.getFooter().add(new Button(getTranslation("action.cancel"), e -> confirm.close()), delete);
        confirm.open();
    }

    private void saved() {
        Notifications.success(getTranslation("notice.saved"));
        onChange.run();
    }
}
