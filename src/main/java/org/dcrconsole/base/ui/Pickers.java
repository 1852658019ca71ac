package org.dcrconsole.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.time.temporal.WeekFields;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.dcrconsole.base.i18n.Labels;

/**
 * The one place that makes date and time pickers: each speaks the UI's language (month and
 * weekday names, "Today"/"Cancel", date format) and starts the week on the locale's first day.
 * The web components default to US English with Sunday first whatever the page language is, so
 * a picker made with {@code new DatePicker()} would not; {@code PickersTest} keeps it that way.
 */
public final class Pickers {

    private Pickers() {
    }

    public static DatePicker date() {
        DatePicker picker = new DatePicker();
        return localized(picker, p -> {
            p.setLocale(locale());
            p.setI18n(i18n(locale()));
        });
    }

    public static DatePicker date(String label) {
        DatePicker picker = date();
        picker.setLabel(label);
        return picker;
    }

    public static DateTimePicker dateTime() {
        DateTimePicker picker = new DateTimePicker();
        return localized(picker, p -> {
            p.setLocale(locale());
            p.setDatePickerI18n(i18n(locale()));
        });
    }

    public static TimePicker time() {
        TimePicker picker = new TimePicker();
        return localized(picker, p -> p.setLocale(locale()));
    }

    /** Month and weekday names, first day of the week and the two buttons in the given language. */
    public static DatePicker.DatePickerI18n i18n(Locale locale) {
        Locale regional = regional(locale);
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        i18n.setMonthNames(Arrays.stream(Month.values())
                .map(m -> m.getDisplayName(TextStyle.FULL_STANDALONE, regional)).toList());
        // the component's weekday lists begin with Sunday, whichever day the week starts on
        List<DayOfWeek> fromSunday = List.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
                DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);
        i18n.setWeekdays(fromSunday.stream().map(d -> d.getDisplayName(TextStyle.FULL_STANDALONE, regional)).toList());
        i18n.setWeekdaysShort(fromSunday.stream()
                .map(d -> d.getDisplayName(TextStyle.SHORT_STANDALONE, regional)).toList());
        i18n.setFirstDayOfWeek(WeekFields.of(regional).getFirstDayOfWeek().getValue() % 7);
        i18n.setToday(Labels.t(locale, "picker.today"));
        i18n.setCancel(Labels.t(locale, "picker.cancel"));
        return i18n;
    }

    /**
     * The UI offers languages without a country ("de", "en"), and the week's first day depends on
     * the country: this console serves European sites, so German means Germany and English
     * means the United Kingdom (both Monday first).
     */
    static Locale regional(Locale locale) {
        if (!locale.getCountry().isEmpty()) {
            return locale;
        }
        return Locale.of(locale.getLanguage(), "de".equals(locale.getLanguage()) ? "DE" : "GB");
    }

    private static Locale locale() {
        return Labels.locale();
    }

    /** Localises now (for the UI that makes it) and again on each attach (the language may have changed). */
    private static <T extends Component> T localized(T picker, Consumer<T> localize) {
        if (UI.getCurrent() != null) {
            localize.accept(picker);
        }
        picker.addAttachListener(e -> localize.accept(picker));
        return picker;
    }
}
