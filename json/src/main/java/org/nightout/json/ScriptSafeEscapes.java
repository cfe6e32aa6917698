package org.nightout.json;

import tools.jackson.core.SerializableString;
import tools.jackson.core.io.CharacterEscapes;
import tools.jackson.core.io.SerializedString;

/**
 * JSON escapes for text that goes inside an HTML {@code <script>} element: {@code <}, {@code >} and {@code &} are
 * written as JSON unicode escapes (a backslash, {@code u003c} and so on), so neither {@code </script>} nor
 * {@code <!--} in an event's text can end the element early; U+2028 and U+2029 are escaped too, because older
 * JavaScript parsers take them for line ends.
 */
final class ScriptSafeEscapes extends CharacterEscapes {
    private static final long serialVersionUID = 1L;
    private static final SerializedString LINE_SEPARATOR = new SerializedString("\\u2028");
    private static final SerializedString PARAGRAPH_SEPARATOR = new SerializedString("\\u2029");

    private final int[] asciiEscapes;

    ScriptSafeEscapes() {
        int[] escapes = standardAsciiEscapesForJSON();
        escapes['<'] = ESCAPE_STANDARD;
        escapes['>'] = ESCAPE_STANDARD;
        escapes['&'] = ESCAPE_STANDARD;
        this.asciiEscapes = escapes;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
        return asciiEscapes.clone();
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
        if (ch == 0x2028) {
            return LINE_SEPARATOR;
        }
        return ch == 0x2029 ? PARAGRAPH_SEPARATOR : null;
    }
}
