package org.dcrconsole.roster.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.converter.Converter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.dcrconsole.base.ui.Pickers;
import org.dcrconsole.base.ui.FormDialog;
import org.dcrconsole.roster.Absence;
import org.dcrconsole.roster.AbsenceKind;
import org.dcrconsole.roster.Profession;
import org.dcrconsole.roster.Qualification;
import org.dcrconsole.roster.StaffMember;
import org.dcrconsole.security.UserRef;

/** The fields of a staff member, with their absences as a small list to add to and remove from. */
final class StaffForm extends Composite<FormLayout> {

    private final BeanValidationBinder<StaffMember> binder = new BeanValidationBinder<>(StaffMember.class);
    final TextField name = new TextField();
    final Select<Profession> profession = new Select<>();
    final CheckboxGroup<Qualification> qualifications = new CheckboxGroup<>();
    final IntegerField contractedHours = new IntegerField();
    final CheckboxGroup<Long> sites = new CheckboxGroup<>();
    final ComboBox<UserRef> user = new ComboBox<>();
    final Select<AbsenceKind> absenceKind = new Select<>();
    final DatePicker absenceFirst = Pickers.date();
    final DatePicker absenceLast = Pickers.date();
    final Button addAbsence = new Button();
    final Grid<Absence> absenceGrid = new Grid<>();
    private final List<Absence> absences = new ArrayList<>();
    private final List<UserRef> users;

    StaffForm(Map<Long, String> siteNames, List<UserRef> users) {
        this.users = new ArrayList<>(users);
        name.setId("staff-name");
        name.setLabel(getTranslation("staff.name"));
        name.setMaxLength(StaffMember.NAME_MAX);
        profession.setId("staff-profession");
        profession.setLabel(getTranslation("staff.profession"));
        profession.setItems(Profession.values());
        profession.setItemLabelGenerator(p -> getTranslation("enum.Profession." + p.name()));
        qualifications.setId("staff-qualifications");
        qualifications.setLabel(getTranslation("staff.qualifications"));
        qualifications.setItems(Qualification.values());
        qualifications.setItemLabelGenerator(q -> getTranslation("enum.Qualification." + q.name()));
        contractedHours.setId("staff-hours");
        contractedHours.setLabel(getTranslation("staff.contractedHours"));
        contractedHours.setMin(0);
        contractedHours.setMax(StaffMember.HOURS_MAX);
        contractedHours.setStepButtonsVisible(true);
        sites.setId("staff-sites");
        sites.setLabel(getTranslation("staff.sites"));
        sites.setItems(siteNames.keySet());
        sites.setItemLabelGenerator(id -> siteNames.getOrDefault(id, "#" + id));
        user.setId("staff-user");
        user.setLabel(getTranslation("staff.user"));
        user.setHelperText(getTranslation("staff.user.help"));
        user.setItems(this.users);
        user.setItemLabelGenerator(u -> u.displayName() + " (" + u.username() + ")");
        user.setClearButtonVisible(true);

        binder.forField(name).asRequired(getTranslation("validation.required")).bind("name");
        binder.forField(profession).asRequired(getTranslation("validation.required")).bind("profession");
        binder.forField(qualifications).bind("qualifications");
        binder.forField(contractedHours).asRequired(getTranslation("validation.required")).bind("contractedHours");
        binder.forField(sites).bind("siteIds");
        binder.forField(user).withConverter(Converter.<UserRef, Long>from(
                        u -> Result.ok(u == null ? null : u.id()), this::userRef))
                .bind("userId");

        getContent().add(name, profession, contractedHours, qualifications, sites, user, absencesEditor());
        getContent().setColspan(absenceGrid.getParent().orElseThrow(), 2);
    }

    private VerticalLayout absencesEditor() {
        absenceKind.setId("absence-kind");
        absenceKind.setLabel(getTranslation("absence.kind"));
        absenceKind.setItems(AbsenceKind.values());
        absenceKind.setItemLabelGenerator(k -> getTranslation("enum.AbsenceKind." + k.name()));
        absenceKind.setValue(AbsenceKind.LEAVE);
        absenceFirst.setId("absence-first");
        absenceFirst.setLabel(getTranslation("absence.firstDay"));
        absenceLast.setId("absence-last");
        absenceLast.setLabel(getTranslation("absence.lastDay"));
        absenceFirst.addValueChangeListener(e -> absenceLast.setMin(e.getValue()));
        addAbsence.setId("add-absence");
        addAbsence.setText(getTranslation("absence.add"));
        addAbsence.setIcon(VaadinIcon.PLUS.create());
        addAbsence.addClickListener(e -> addAbsence());
        absenceGrid.setId("absence-grid");
        absenceGrid.addColumn(a -> getTranslation("enum.AbsenceKind." + a.getKind().name()))
                .setHeader(getTranslation("absence.kind"));
        absenceGrid.addColumn(Absence::getFirstDay).setHeader(getTranslation("absence.firstDay"));
        absenceGrid.addColumn(Absence::getLastDay).setHeader(getTranslation("absence.lastDay"));
        absenceGrid.addComponentColumn(a -> {
            Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
                absences.remove(a);
                absenceGrid.setItems(absences);
            });
            remove.setAriaLabel(getTranslation("absence.remove"));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
            return remove;
        }).setFlexGrow(0).setAutoWidth(true);
        absenceGrid.addThemeVariants(GridVariant.LUMO_COMPACT);
        absenceGrid.setAllRowsVisible(true);
        HorizontalLayout add = new HorizontalLayout(absenceKind, absenceFirst, absenceLast, addAbsence);
        add.setAlignItems(FlexComponent.Alignment.BASELINE);
        add.setWrap(true);
        VerticalLayout box = new VerticalLayout(new Span(getTranslation("staff.absences")), absenceGrid, add);
        box.setPadding(false);
        box.setSpacing(false);
        return box;
    }

    private void addAbsence() {
        if (absenceKind.getValue() == null || absenceFirst.getValue() == null) {
            absenceFirst.setErrorMessage(getTranslation("validation.required"));
            absenceFirst.setInvalid(true);
            return;
        }
        var last = absenceLast.getValue() == null ? absenceFirst.getValue() : absenceLast.getValue();
        if (last.isBefore(absenceFirst.getValue())) {
            absenceLast.setErrorMessage(getTranslation("absence.error.order"));
            absenceLast.setInvalid(true);
            return;
        }
        absenceFirst.setInvalid(false);
        absenceLast.setInvalid(false);
        absences.add(new Absence(absenceKind.getValue(), absenceFirst.getValue(), last));
        absences.sort(Comparator.comparing(Absence::getFirstDay));
        absenceGrid.setItems(absences);
        absenceFirst.clear();
        absenceLast.clear();
    }

    private UserRef userRef(Long id) {
        if (id == null) {
            return null;
        }
        return users.stream().filter(u -> u.id() == id).findFirst().orElseGet(() -> {
            // linked to a sign-in outside this site's colleagues: keep the link visible and unchanged
            UserRef other = new UserRef(id, "#" + id, "#" + id);
            users.add(other);
            user.setItems(users);
            return other;
        });
    }

    void read(StaffMember member) {
        binder.readBean(member);
        absences.clear();
        absences.addAll(member.getAbsences());
        absenceGrid.setItems(absences);
    }

    boolean write(StaffMember member) {
        if (!binder.writeBeanIfValid(member)) {
            return false;
        }
        member.setAbsences(absences);
        return true;
    }

    void register(FormDialog dialog) {
        dialog.field("name", name).field("contractedHours", contractedHours).field("sites", sites)
                .field("userId", user).field("absences", absenceFirst);
    }
}
