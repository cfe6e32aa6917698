package org.nightout.html;

/**
 * The one escaping of text into HTML: element content and double- or single-quoted attribute values alike.
 */
final class HtmlText {
    private HtmlText() {
    }

    /**
     * Escapes text for element content and quoted attribute values. Control characters other than tab, line feed
     * and carriage return, which a page cannot show, become U+FFFD.
     *
     * @param text any text
     * @return the text with {@code & < > " '} as character references
     */
    static String escape(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7f ? "\ufffd" : null;
            };
            if (replacement != null && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out != null) {
                if (replacement != null) {
                    out.append(replacement);
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? text : out.toString();
    }
}
