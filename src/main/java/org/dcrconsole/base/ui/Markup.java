package org.dcrconsole.base.ui;

/**
 * HTML for an element's {@code innerHTML}, for parts of a view that are many small static elements:
 * as markup they cost the server one string instead of a state node per element. Every text and
 * attribute value is escaped here, so a name a person typed can never become markup; tag and
 * attribute names are the caller's constants. Characters beyond Latin-1 are written as character
 * references, which keeps the string at one byte per character on the heap.
 */
public final class Markup {

    private final StringBuilder out = new StringBuilder(8192);

    /** Opens {@code tag} with attributes given as name, value pairs; a null value leaves the attribute out. */
    public Markup open(String tag, String... attributes) {
        out.append('<').append(tag);
        for (int i = 0; i < attributes.length; i += 2) {
            if (attributes[i + 1] != null) {
                out.append(' ').append(attributes[i]).append("=\"");
                escape(attributes[i + 1]);
                out.append('"');
            }
        }
        out.append('>');
        return this;
    }

    public Markup text(String text) {
        escape(text);
        return this;
    }

    public Markup close(String tag) {
        out.append("</").append(tag).append('>');
        return this;
    }

    /** An element holding only text. */
    public Markup element(String tag, String text, String... attributes) {
        return open(tag, attributes).text(text).close(tag);
    }

    private void escape(String s) {
        escape(s, out);
    }

    /** Text escaped for HTML or XML (SVG), as every text and attribute value of a Markup is. */
    public static String escaped(String s) {
        StringBuilder text = new StringBuilder(s.length() + 16);
        escape(s, text);
        return text.toString();
    }

    private static void escape(String s, StringBuilder out) {
        s.codePoints().forEach(c -> {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c > 0xFF) {
                        out.append("&#x").append(Integer.toHexString(c)).append(';');
                    } else if (c >= 0x20 && c != 0x7F || c == '\t' || c == '\n') {
                        out.append((char) c);
                    }
                }
            }
        });
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
