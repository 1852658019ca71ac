package org.dcrconsole.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.theme.lumo.LumoUtility;

/** The header of every view: the drawer toggle, the view's title and its actions on the right. */
public final class ViewToolbar extends Composite<HorizontalLayout> {

    public ViewToolbar(String title, Component... actions) {
        HorizontalLayout layout = getContent();
        layout.setWidthFull();
        layout.setAlignItems(FlexComponent.Alignment.CENTER);
        layout.addClassNames(LumoUtility.Padding.Horizontal.MEDIUM, LumoUtility.Padding.Vertical.SMALL,
                LumoUtility.Gap.MEDIUM, LumoUtility.FlexWrap.WRAP, "view-toolbar");
        DrawerToggle toggle = new DrawerToggle();
        toggle.addClassNames("print-hide");
        H1 heading = new H1(title);
        heading.addClassNames(LumoUtility.FontSize.XLARGE, LumoUtility.Margin.NONE);
        layout.add(toggle, heading);
        if (actions.length > 0) {
            HorizontalLayout right = new HorizontalLayout(actions);
            right.setAlignItems(FlexComponent.Alignment.CENTER);
            right.addClassNames(LumoUtility.FlexWrap.WRAP, "print-hide");
            right.getStyle().set("margin-inline-start", "auto");
            layout.add(right);
        }
    }
}
