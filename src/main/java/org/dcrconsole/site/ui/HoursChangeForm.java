package org.dcrconsole.site.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.dcrconsole.base.ui.FormDialog;
import org.dcrconsole.base.ui.Pickers;
import org.dcrconsole.site.OpeningHours;
import org.dcrconsole.site.SiteHoursChange;

/**
 * New opening hours of a site from a date on (the stock forecast plans with them from that day);
 * starts from the site's current hours and lists the changes already planned.
 */
final class HoursChangeForm extends Composite<FormLayout> {

    final DatePicker effectiveFrom = Pickers.date();
    private final Map<DayOfWeek, Checkbox> open = new EnumMap<>(DayOfWeek.class);
    private final Map<DayOfWeek, TimePicker> opens = new EnumMap<>(DayOfWeek.class);
    private final Map<DayOfWeek, TimePicker> closes = new EnumMap<>(DayOfWeek.class);

    HoursChangeForm(List<OpeningHours> current, List<SiteHoursChange> planned) {
        FormLayout form = getContent();
        DateTimeFormatter days = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        for (SiteHoursChange c : planned) {
            Span line = new Span(getTranslation("site.hoursChange.planned", days.format(c.getEffectiveFrom()),
                    c.getHours().stream().map(h -> h.getDayOfWeek().getDisplayName(TextStyle.SHORT, getLocale())
                            + " " + h.getOpens() + "–" + h.getCloses()).collect(Collectors.joining(", "))));
            form.add(line);
            form.setColspan(line, 2);
        }
        effectiveFrom.setLabel(getTranslation("site.hoursChange.effectiveFrom"));
        form.add(effectiveFrom);
        form.setColspan(effectiveFrom, 2);
        for (DayOfWeek day : DayOfWeek.values()) {
            Checkbox box = new Checkbox(day.getDisplayName(TextStyle.FULL, getLocale()));
            box.setWidth("9em");
            TimePicker from = Pickers.time();
            TimePicker to = Pickers.time();
            from.setStep(Duration.ofMinutes(15));
            to.setStep(Duration.ofMinutes(15));
            from.setAriaLabel(getTranslation("site.opens"));
            to.setAriaLabel(getTranslation("site.closes"));
            from.setWidth("8em");
            to.setWidth("8em");
            current.stream().filter(h -> h.getDayOfWeek() == day).findFirst().ifPresentOrElse(h -> {
                box.setValue(true);
                from.setValue(h.getOpens());
                to.setValue(h.getCloses());
            }, () -> {
                from.setEnabled(false);
                to.setEnabled(false);
            });
            box.addValueChangeListener(e -> {
                from.setEnabled(e.getValue());
                to.setEnabled(e.getValue());
            });
            open.put(day, box);
            opens.put(day, from);
            closes.put(day, to);
            HorizontalLayout line = new HorizontalLayout(box, from, to);
            line.setAlignItems(FlexComponent.Alignment.BASELINE);
            form.add(line);
            form.setColspan(line, 2);
        }
    }

    void register(FormDialog dialog) {
        dialog.field("effectiveFrom", effectiveFrom);
        closes.forEach((day, picker) -> dialog.field(day.name(), picker));
    }

    boolean write(SiteHoursChange change) {
        boolean valid = true;
        effectiveFrom.setInvalid(false);
        if (effectiveFrom.getValue() == null) {
            effectiveFrom.setErrorMessage(getTranslation("validation.required"));
            effectiveFrom.setInvalid(true);
            valid = false;
        }
        List<OpeningHours> hours = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            TimePicker from = opens.get(day);
            TimePicker to = closes.get(day);
            to.setInvalid(false);
            if (!open.get(day).getValue()) {
                continue;
            }
            if (from.getValue() == null || to.getValue() == null) {
                to.setErrorMessage(getTranslation("validation.required"));
                to.setInvalid(true);
                valid = false;
            } else if (from.getValue().equals(to.getValue())) {
                to.setErrorMessage(getTranslation("site.error.sameTimes"));
                to.setInvalid(true);
                valid = false;
            } else {
                hours.add(new OpeningHours(day, from.getValue(), to.getValue()));
            }
        }
        if (!valid) {
            return false;
        }
        change.setEffectiveFrom(effectiveFrom.getValue());
        change.setHours(hours);
        return true;
    }
}
