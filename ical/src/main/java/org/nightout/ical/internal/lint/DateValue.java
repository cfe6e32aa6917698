package org.nightout.ical.internal.lint;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.nightout.core.internal.DateDigits;
import org.nightout.ical.internal.lines.ContentLine;

/**
 * One DATE or DATE-TIME value as written, read strictly (RFC 5545 3.3.4, 3.3.5): where the reader accepts dashes and
 * leap seconds and says what it made of them, a lint reports them. A date stands at midnight of its day.
 *
 * @param local the date-time as written, without zone
 * @param date whether it is a DATE
 * @param utc whether it ends in Z
 * @param tzid the TZID parameter of its property, or null
 */
record DateValue(LocalDateTime local, boolean date, boolean utc, String tzid) {

    /** Whether the value is a date-time that names no zone: floating. */
    boolean floating() {
        return !date && !utc && tzid == null;
    }

    /**
     * Reads every value of a property, a list for RDATE and EXDATE; a PERIOD by its start. Returns null where one of
     * them is no date or date-time, after telling {@code invalid} which.
     */
    static List<DateValue> of(ContentLine p, java.util.function.Consumer<String> invalid) {
        String tzid = p.param("TZID").orElse(null);
        List<DateValue> values = new ArrayList<>(1);
        for (String raw : p.value.split(",", -1)) {
            String v = raw.strip();
            int slash = v.indexOf('/');
            if (slash >= 0 && p.paramIs("VALUE", "PERIOD")) {
                v = v.substring(0, slash);
            }
            DateValue value = parse(v, tzid);
            if (value == null) {
                invalid.accept(v);
                return null;
            }
            values.add(value);
        }
        return values;
    }

    private static DateValue parse(String v, String tzid) {
        if (v.length() == 8) {
            java.time.LocalDate d = DateDigits.basicDate(v, 0);
            return d == null ? null : new DateValue(d.atStartOfDay(), true, false, tzid);
        }
        boolean utc = v.length() == 16 && (v.charAt(15) == 'Z' || v.charAt(15) == 'z');
        if (v.length() != 15 && !utc) {
            return null;
        }
        LocalDateTime t = DateDigits.basicDateTime(v, 0);
        return t == null ? null : new DateValue(t, false, utc, tzid);
    }
}
