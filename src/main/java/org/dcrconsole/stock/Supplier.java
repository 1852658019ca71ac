package org.dcrconsole.stock;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.dcrconsole.base.AbstractEntity;
import org.dcrconsole.base.validation.PlainText;
import org.jspecify.annotations.Nullable;

/** Who delivers items; purchase orders go to one supplier each. Shared by the whole network. */
@Entity
@Table(name = "stock_supplier")
public class Supplier extends AbstractEntity {

    public static final int NAME_MAX = 100;
    public static final int CONTACT_MAX = 200;

    @NotBlank
    @Size(max = NAME_MAX)
    @PlainText
    private String name = "";

    @Size(max = CONTACT_MAX)
    @PlainText
    private @Nullable String contact;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public @Nullable String getContact() {
        return contact;
    }

    public void setContact(@Nullable String contact) {
        this.contact = contact;
    }
}
