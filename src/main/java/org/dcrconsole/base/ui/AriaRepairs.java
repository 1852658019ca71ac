package org.dcrconsole.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Removes ARIA attributes that Vaadin's components put where ARIA does not allow them, on every
 * page: a required select puts {@code aria-required} on its value button (role button) and a
 * required date-time picker on its host (role group); assistive technology ignores the attribute
 * there, so removing it loses nothing, and the fields still show and validate "required". The
 * tab strip of a {@code TabSheet} (role tablist) holds a {@code tabindex="-1"} scroller that a
 * tablist may not own; without the attribute the tabs are reached with the keyboard as before.
 * axe-core (the browser suite's {@code AccessibilityIT}) reported each of these.
 */
@Component
class AriaRepairs implements VaadinServiceInitListener {

    static final String SCRIPT = """
            const invalid = 'vaadin-select-value-button[aria-required], vaadin-date-time-picker[aria-required]';
            const tabs = t => Promise.resolve(t.updateComplete).then(() => {
              const scroller = t.shadowRoot && t.shadowRoot.querySelector('[part="tabs"][tabindex]');
              if (scroller) { scroller.removeAttribute('tabindex'); }
            });
            const repair = root => {
              if (root.matches && root.matches(invalid)) { root.removeAttribute('aria-required'); }
              if (root.querySelectorAll) { root.querySelectorAll(invalid).forEach(e => e.removeAttribute('aria-required')); }
              if (root.localName === 'vaadin-tabs') { customElements.whenDefined('vaadin-tabs').then(() => tabs(root)); }
              if (root.querySelectorAll) {
                root.querySelectorAll('vaadin-tabs').forEach(t => customElements.whenDefined('vaadin-tabs').then(() => tabs(t)));
              }
            };
            if (!window.__dcrAriaRepairs) {
              window.__dcrAriaRepairs = new MutationObserver(changes => changes.forEach(c =>
                  c.type === 'attributes' ? repair(c.target) : c.addedNodes.forEach(repair)));
              window.__dcrAriaRepairs.observe(document.body,
                  {subtree: true, childList: true, attributes: true, attributeFilter: ['aria-required']});
            }
            repair(document);""";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(e -> e.getUI().getPage().executeJs(SCRIPT));
    }
}
