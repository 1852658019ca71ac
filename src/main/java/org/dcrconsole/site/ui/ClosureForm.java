package org.dcrconsole.site.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import org.dcrconsole.base.ui.FormDialog;
import org.dcrconsole.base.ui.Pickers;
import org.dcrconsole.site.SiteClosure;

/** A planned closure of a site: first and last day closed and why; lists the closures already planned. */
final class ClosureForm extends Composite<FormLayout> {

    private final BeanValidationBinder<SiteClosure> binder = new BeanValidationBinder<>(SiteClosure.class);
    final DatePicker firstDay = Pickers.date();
    final DatePicker lastDay = Pickers.date();
    final TextField reason = new TextField();

    ClosureForm(List<SiteClosure> planned) {
        firstDay.setLabel(getTranslation("site.closure.firstDay"));
        lastDay.setLabel(getTranslation("site.closure.lastDay"));
        reason.setLabel(getTranslation("site.closure.reason"));
        reason.setMaxLength(SiteClosure.REASON_MAX);
        binder.forField(firstDay).asRequired(getTranslation("validation.required")).bind("firstDay");
        binder.forField(lastDay).asRequired(getTranslation("validation.required")).bind("lastDay");
        binder.forField(reason).asRequired(getTranslation("validation.required")).bind("reason");
        FormLayout form = getContent();
        DateTimeFormatter days = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        for (SiteClosure c : planned) {
            Span line = new Span(getTranslation("site.closure.planned", days.format(c.getFirstDay()), days.format(c.getLastDay()),
                    c.getReason()));
            line.addClassName("site-closure-planned");
            form.add(line);
            form.setColspan(line, 2);
        }
        form.add(firstDay, lastDay, reason);
        form.setColspan(reason, 2);
    }

    void register(FormDialog dialog) {
        dialog.field("firstDay", firstDay).field("lastDay", lastDay).field("reason", reason);
    }

    boolean write(SiteClosure closure) {
        try {
            binder.writeBean(closure);
            return true;
        } catch (ValidationException e) {
            return false;
        }
    }
}
