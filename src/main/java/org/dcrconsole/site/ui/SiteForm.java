package org.dcrconsole.site.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.dcrconsole.base.ui.Pickers;
import org.dcrconsole.base.ui.FormDialog;
import org.dcrconsole.site.OpeningHours;
import org.dcrconsole.site.Site;

/** The settings of a site: identity, time zone, opening hours per weekday, and feature settings. */
final class SiteForm extends Composite<FormLayout> {

    private final BeanValidationBinder<Site> binder = new BeanValidationBinder<>(Site.class);
    final TextField name = new TextField();
    final TextField city = new TextField();
    final ComboBox<String> timeZone = new ComboBox<>();
    private final Map<DayOfWeek, DayRow> days = new EnumMap<>(DayOfWeek.class);
    private final Map<String, IntegerField> numbers = new java.util.LinkedHashMap<>();

    private final class DayRow {
        final Checkbox open = new Checkbox();
        final TimePicker opens = Pickers.time();
        final TimePicker closes = Pickers.time();

        DayRow(DayOfWeek day) {
            open.setLabel(day.getDisplayName(TextStyle.FULL, getLocale()));
            open.setWidth("9em");
            opens.setStep(Duration.ofMinutes(15));
            closes.setStep(Duration.ofMinutes(15));
            opens.setAriaLabel(getTranslation("site.opens"));
            closes.setAriaLabel(getTranslation("site.closes"));
            opens.setWidth("8em");
            closes.setWidth("8em");
            open.addValueChangeListener(e -> {
                opens.setEnabled(e.getValue());
                closes.setEnabled(e.getValue());
            });
        }
    }

    SiteForm() {
        name.setLabel(getTranslation("site.name"));
        name.setMaxLength(Site.NAME_MAX);
        city.setLabel(getTranslation("site.city"));
        city.setMaxLength(Site.CITY_MAX);
        timeZone.setLabel(getTranslation("site.timeZone"));
        timeZone.setItems(ZoneId.getAvailableZoneIds().stream().sorted().toList());
        binder.forField(name).asRequired(getTranslation("validation.required")).bind("name");
        binder.forField(city).asRequired(getTranslation("validation.required")).bind("city");
        binder.forField(timeZone).asRequired(getTranslation("validation.required")).bind("timeZone");

        FormLayout form = getContent();
        form.add(name, city, timeZone);
        H4 hoursTitle = new H4(getTranslation("site.openingHours"));
        form.add(hoursTitle);
        form.setColspan(hoursTitle, 2);
        for (DayOfWeek day : DayOfWeek.values()) {
            DayRow row = new DayRow(day);
            days.put(day, row);
            HorizontalLayout line = new HorizontalLayout(row.open, row.opens, row.closes);
            line.setAlignItems(FlexComponent.Alignment.BASELINE);
            form.add(line);
            form.setColspan(line, 2);
        }
        H4 settingsTitle = new H4(getTranslation("site.settings"));
        form.add(settingsTitle);
        form.setColspan(settingsTitle, 2);
        number("limitInjectionMinutes", 1, Site.MINUTES_MAX);
        number("limitInhalationMinutes", 1, Site.MINUTES_MAX);
        number("limitFlexibleMinutes", 1, Site.MINUTES_MAX);
        number("cleaningMinutes", 0, Site.MINUTES_MAX);
        number("minHeadCount", 0, 100);
        number("boothsPerStaff", 1, 100);
        number("expiryWarningDays", 0, 3650);
        number("reviewHoursSevere", 1, Site.HOURS_MAX);
        number("reviewHoursModerate", 1, Site.HOURS_MAX);
        number("reviewHoursLow", 1, Site.HOURS_MAX);
        H4 retentionTitle = new H4(getTranslation("site.retention"));
        form.add(retentionTitle);
        form.setColspan(retentionTitle, 2);
        number("retentionVisitMonths", Site.RETENTION_MONTHS_MIN, Site.RETENTION_MONTHS_MAX);
        number("retentionClientMonths", Site.RETENTION_MONTHS_MIN, Site.RETENTION_MONTHS_MAX);
        number("retentionRefusalMonths", Site.RETENTION_MONTHS_MIN, Site.RETENTION_MONTHS_MAX);
        number("retentionIncidentYears", Site.RETENTION_YEARS_MIN, Site.RETENTION_YEARS_MAX);
    }

    private void number(String property, int min, int max) {
        IntegerField field = new IntegerField(getTranslation("site." + property));
        field.setMin(min);
        field.setMax(max);
        field.setStepButtonsVisible(true);
        binder.forField(field).asRequired(getTranslation("validation.required")).bind(property);
        numbers.put(property, field);
        getContent().add(field);
    }

    IntegerField numberField(String property) {
        return numbers.get(property);
    }

    void read(Site site) {
        binder.readBean(site);
        for (DayOfWeek day : DayOfWeek.values()) {
            DayRow row = days.get(day);
            var hours = site.openingHours(day);
            row.open.setValue(hours.isPresent());
            row.opens.setValue(hours.map(OpeningHours::getOpens).orElse(LocalTime.of(11, 0)));
            row.closes.setValue(hours.map(OpeningHours::getCloses).orElse(LocalTime.of(23, 0)));
            row.opens.setEnabled(hours.isPresent());
            row.closes.setEnabled(hours.isPresent());
        }
    }

    boolean write(Site site) {
        boolean hoursValid = true;
        List<OpeningHours> hours = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            DayRow row = days.get(day);
            row.opens.setInvalid(false);
            row.closes.setInvalid(false);
            if (!row.open.getValue()) {
                continue;
            }
            if (row.opens.getValue() == null || row.closes.getValue() == null || row.opens.isInvalid()) {
                row.opens.setErrorMessage(getTranslation("validation.required"));
                row.opens.setInvalid(row.opens.getValue() == null);
                row.closes.setErrorMessage(getTranslation("validation.required"));
                row.closes.setInvalid(row.closes.getValue() == null);
                hoursValid = false;
                continue;
            }
            if (row.opens.getValue().equals(row.closes.getValue())) {
                row.closes.setErrorMessage(getTranslation("site.error.sameTimes"));
                row.closes.setInvalid(true);
                hoursValid = false;
                continue;
            }
            hours.add(new OpeningHours(day, row.opens.getValue(), row.closes.getValue()));
        }
        if (!binder.writeBeanIfValid(site) || !hoursValid) {
            return false;
        }
        site.setOpeningHours(hours);
        return true;
    }

    void register(FormDialog dialog) {
        dialog.field("name", name).field("city", city).field("timeZone", timeZone);
        numbers.forEach(dialog::field);
    }
}
