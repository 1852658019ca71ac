package org.dcrconsole.base.chart;

import com.vaadin.flow.component.html.Div;

/** Shows an SVG chart from {@link SvgChart}; it scales to the width of its container. */
public final class ChartView extends Div {

    public ChartView(String svg) {
        addClassName("chart");
        setWidthFull();
        setSvg(svg);
    }

    public void setSvg(String svg) {
        getElement().setProperty("innerHTML", svg);
    }

    public String getSvg() {
        return getElement().getProperty("innerHTML", "");
    }
}
