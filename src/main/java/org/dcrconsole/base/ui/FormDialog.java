package org.dcrconsole.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.HashMap;
import java.util.Map;
import org.dcrconsole.base.BusinessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * A dialog around a form with Save and Cancel. Save runs the given action; a refusal from the
 * service is shown at its field (or as a notice), a concurrent change is reported and nothing
 * is overwritten, and the dialog stays open so the user loses nothing they typed.
 */
public class FormDialog extends Dialog {

    /** The save step: validate the form, call the service; return false to keep the dialog open. */
    @FunctionalInterface
    public interface SaveAction {
        boolean save();
    }

    private final Map<String, HasValidation> fields = new HashMap<>();
    private final Button saveButton;

    public FormDialog(String title, Component form, SaveAction onSave) {
        setHeaderTitle(title);
        add(form);
        setCloseOnOutsideClick(false);
        saveButton = new Button(getTranslation("action.save"), e -> trySave(onSave));
        saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveButton.addClickShortcut(Key.ENTER);
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        getFooter().add(cancel, saveButton);
    }

    /** Lets a service refusal for {@code name} show at this field. */
    public FormDialog field(String name, HasValidation field) {
        fields.put(name, field);
        return this;
    }

    public Button getSaveButton() {
        return saveButton;
    }

    private void trySave(SaveAction onSave) {
        try {
            if (onSave.save()) {
                close();
            }
        } catch (BusinessException e) {
            showRefusal(e);
        } catch (OptimisticLockingFailureException e) {
            Notifications.error(getTranslation("error.concurrentChange"));
        } catch (ConstraintViolationException e) {
            for (ConstraintViolation<?> v : e.getConstraintViolations()) {
                String path = v.getPropertyPath().toString();
                String name = path.substring(path.lastIndexOf('.') + 1);
                HasValidation f = fields.get(name);
                if (f != null) {
                    f.setErrorMessage(v.getMessage());
                    f.setInvalid(true);
                } else {
                    Notifications.error(name + ": " + v.getMessage());
                }
            }
        } catch (DataIntegrityViolationException e) {
            Notifications.error(getTranslation("error.integrity"));
        }
    }

    private void showRefusal(BusinessException e) {
        String text = getTranslation(e.messageKey(), e.args());
        HasValidation f = e.field() == null ? null : fields.get(e.field());
        if (f != null) {
            f.setErrorMessage(text);
            f.setInvalid(true);
        } else {
            Notifications.error(text);
        }
    }
}
