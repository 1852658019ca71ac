package org.dcrconsole.report;

import com.lowagie.text.Image;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTemplate;
import java.awt.Color;
import java.util.List;
import org.dcrconsole.base.chart.SvgChart;
import org.dcrconsole.base.chart.SvgChart.Point;

/**
 * The dashboard's charts drawn straight into a PDF with OpenPDF's vector graphics: the same data
 * and the same chart kinds as {@link org.dcrconsole.base.chart.SvgChart}, in print colours. Each
 * chart is a template wrapped in an image, so it flows with the document like a paragraph.
 */
final class PdfCharts {

    static final Color PRIMARY = new Color(0x1A, 0x5F, 0xB4);
    private static final Color GRID = new Color(0xDD, 0xDD, 0xDD);
    private static final Color AXIS = new Color(0x66, 0x66, 0x66);
    private static final Color TEXT = new Color(0x22, 0x22, 0x22);
    private static final float LEFT = 40;
    private static final float BOTTOM = 28;
    private static final float TOP = 22;

    private final PdfContentByte canvas;
    private final BaseFont font;

    PdfCharts(PdfContentByte canvas, BaseFont font) {
        this.canvas = canvas;
        this.font = font;
    }

    /** Columns (bars) or a line over the points, with a y axis of round ticks. */
    Image columns(String title, List<Point> points, float width, float height, boolean asLine) {
        PdfTemplate t = canvas.createTemplate(width, height);
        title(t, title, height);
        double max = SvgChart.niceMax(points.stream().mapToDouble(Point::value).max().orElse(0));
        float plotW = width - LEFT - 8;
        float plotH = height - TOP - BOTTOM;
        for (int i = 0; i <= 4; i++) {
            float y = BOTTOM + plotH * i / 4f;
            line(t, GRID, LEFT, y, width - 8, y, 0.5f);
            text(t, SvgChart.fmt(max * i / 4), LEFT - 4, y - 3, PdfContentByte.ALIGN_RIGHT, 7);
        }
        line(t, AXIS, LEFT, BOTTOM, width - 8, BOTTOM, 0.8f);
        int n = points.size();
        float slot = n == 0 ? plotW : plotW / n;
        int every = Math.max(1, (int) Math.ceil(n / 12.0));
        float prevX = 0;
        float prevY = 0;
        for (int i = 0; i < n; i++) {
            Point p = points.get(i);
            float h = (float) (plotH * p.value() / max);
            float x = LEFT + i * slot;
            if (asLine) {
                float cx = x + slot / 2;
                float cy = BOTTOM + h;
                if (i > 0) {
                    line(t, PRIMARY, prevX, prevY, cx, cy, 1.2f);
                }
                t.setColorFill(PRIMARY);
                t.circle(cx, cy, 1.6f);
                t.fill();
                prevX = cx;
                prevY = cy;
            } else {
                t.setColorFill(PRIMARY);
                t.rectangle(x + slot * 0.15f, BOTTOM, slot * 0.7f, h);
                t.fill();
                if (p.value() > 0) {
                    text(t, SvgChart.fmt(p.value()), x + slot / 2, BOTTOM + h + 2, PdfContentByte.ALIGN_CENTER, 7);
                }
            }
            if (i % every == 0) {
                text(t, p.label(), x + slot / 2, BOTTOM - 11, PdfContentByte.ALIGN_CENTER, 7);
            }
        }
        return image(t);
    }

    /** Horizontal bars with value and share, largest first. */
    Image mix(String title, List<Point> points, float width) {
        float row = 16;
        float height = TOP + Math.max(1, points.size()) * row + 8;
        PdfTemplate t = canvas.createTemplate(width, height);
        title(t, title, height);
        float labelW = 110;
        double max = Math.max(1, points.stream().mapToDouble(Point::value).max().orElse(0));
        double total = points.stream().mapToDouble(Point::value).sum();
        for (int i = 0; i < points.size(); i++) {
            Point p = points.get(i);
            float y = height - TOP - (i + 1) * row + 4;
            text(t, p.label(), labelW - 6, y + 3, PdfContentByte.ALIGN_RIGHT, 8);
            float w = (float) ((width - labelW - 80) * p.value() / max);
            t.setColorFill(PRIMARY);
            t.rectangle(labelW, y, w, row - 6);
            t.fill();
            String share = total > 0 ? " (" + Math.round(100 * p.value() / total) + " %)" : "";
            text(t, SvgChart.fmt(p.value()) + share, labelW + w + 4, y + 3, PdfContentByte.ALIGN_LEFT, 8);
        }
        return image(t);
    }

    /** Weekday × hour cells shaded by occupancy, with the percentage written in each. */
    Image heatMap(String title, List<String> rows, List<Integer> hours, Double[][] values, float width) {
        float labelW = 30;
        int cols = hours.size();
        float cellW = (width - labelW - 4) / cols;
        float cellH = 16;
        float height = TOP + rows.size() * cellH + 16;
        PdfTemplate t = canvas.createTemplate(width, height);
        title(t, title, height);
        for (int r = 0; r < rows.size(); r++) {
            float y = height - TOP - (r + 1) * cellH;
            text(t, rows.get(r), labelW - 4, y + 5, PdfContentByte.ALIGN_RIGHT, 7);
            for (int c = 0; c < cols; c++) {
                Double v = values[r][hours.get(c)];
                float x = labelW + c * cellW;
                if (v == null) {
                    continue;
                }
                float share = (float) Math.max(0, Math.min(1, v / 100));
                t.setColorFill(blend(share));
                t.rectangle(x, y, cellW - 1, cellH - 1);
                t.fill();
                t.setColorFill(share > 0.55f ? Color.WHITE : TEXT);
                t.beginText();
                t.setFontAndSize(font, 6);
                t.showTextAligned(PdfContentByte.ALIGN_CENTER, String.valueOf(Math.round(v)), x + cellW / 2, y + 5, 0);
                t.endText();
            }
        }
        for (int c = 0; c < cols; c++) {
            text(t, String.valueOf(hours.get(c)), labelW + c * cellW + cellW / 2, height - TOP - rows.size() * cellH - 10,
                    PdfContentByte.ALIGN_CENTER, 7);
        }
        return image(t);
    }

    private static Color blend(float share) {
        float s = 0.08f + 0.92f * share;
        return new Color(Math.round(255 + (PRIMARY.getRed() - 255) * s), Math.round(255 + (PRIMARY.getGreen() - 255) * s),
                Math.round(255 + (PRIMARY.getBlue() - 255) * s));
    }

    private void title(PdfTemplate t, String title, float height) {
        t.setColorFill(TEXT);
        t.beginText();
        t.setFontAndSize(font, 10);
        t.showTextAligned(PdfContentByte.ALIGN_LEFT, title, 0, height - 12, 0);
        t.endText();
    }

    private void text(PdfTemplate t, String s, float x, float y, int align, float size) {
        t.setColorFill(TEXT);
        t.beginText();
        t.setFontAndSize(font, size);
        t.showTextAligned(align, s, x, y, 0);
        t.endText();
    }

    private static void line(PdfTemplate t, Color color, float x1, float y1, float x2, float y2, float w) {
        t.setColorStroke(color);
        t.setLineWidth(w);
        t.moveTo(x1, y1);
        t.lineTo(x2, y2);
        t.stroke();
    }

    private static Image image(PdfTemplate t) {
        try {
            Image image = Image.getInstance(t);
            image.setAlignment(Image.MIDDLE);
            return image;
        } catch (com.lowagie.text.BadElementException e) {
            throw new IllegalStateException(e);
        }
    }
}
