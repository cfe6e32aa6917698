package org.nightout.core.recurrence;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedSet;
import org.nightout.core.internal.DateDigits;
import org.nightout.core.recurrence.RecurrenceRule.Builder;
import org.nightout.core.recurrence.RecurrenceRule.Frequency;
import org.nightout.core.recurrence.RecurrenceRule.Until;
import org.nightout.core.recurrence.RecurrenceRule.WeekdayNum;

/**
 * The RFC 5545 text form of a {@link RecurrenceRule}: reads it ({@link #parse(String)}) and writes it in the canonical
 * form ({@link #format(RecurrenceRule)}) side by side, so that what one writes the other reads back.
 */
final class RuleText {
    /**
     * The largest number the text form reads: nine digits, so that every value fits an int. RuleValidation holds COUNT
     * and INTERVAL to it, so that every rule built prints as text that reads back; every other valid value has at
     * most three digits.
     */
    static final int MAX_NUMBER = 999_999_999;
    private static final int MAX_DIGITS = 9;
    private static final String[] DAY_CODES = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};
    /** The years 0 to 9999 in UTC, which the basic form holds: their first instant, and the one after their last. */
    private static final Instant FIRST_BASIC = LocalDateTime.of(0, 1, 1, 0, 0).toInstant(ZoneOffset.UTC);
    private static final Instant AFTER_BASIC = LocalDateTime.of(10_000, 1, 1, 0, 0).toInstant(ZoneOffset.UTC);

    private RuleText() {
    }

    /** The two-letter code of a weekday, such as {@code MO}. */
    static String code(DayOfWeek day) {
        return DAY_CODES[day.ordinal()];
    }

    /** Reads a rule, as {@link RecurrenceRule#parse(CharSequence)} describes. */
    static RecurrenceRule parse(String s) {
        Builder b = new Builder();
        Map<Part, String> seen = new EnumMap<>(Part.class);
        if (s.isEmpty()) {
            throw cannotParse(s, "it is empty; expected parts such as FREQ=WEEKLY separated by ';'");
        }
        for (String item : s.split(";", -1)) {
            int eq = item.indexOf('=');
            if (eq < 0) {
                throw cannotParse(s, "part \"" + item + "\" has no '='");
            }
            Part part = Part.named(item.substring(0, eq));
            if (part == null) {
                throw cannotParse(s, "unknown part \"" + item.substring(0, eq) + "\"");
            }
            if (seen.put(part, item) != null) {
                throw cannotParse(s, "part " + part + " appears more than once");
            }
            part.read(b, item.substring(eq + 1), s);
        }
        if (!seen.containsKey(Part.FREQ)) {
            throw cannotParse(s, "FREQ is missing");
        }
        return b.build();
    }

    /** Writes a rule in the canonical form that {@link RecurrenceRule#toString()} describes. */
    static String format(RecurrenceRule rule) {
        StringBuilder b = new StringBuilder(48).append("FREQ=").append(rule.frequency());
        rule.until().ifPresent(u -> b.append(";UNTIL=").append(u));
        rule.count().ifPresent(n -> b.append(";COUNT=").append(n));
        if (rule.interval() != 1) {
            b.append(";INTERVAL=").append(rule.interval());
        }
        list(b, "BYSECOND", rule.bySecond());
        list(b, "BYMINUTE", rule.byMinute());
        list(b, "BYHOUR", rule.byHour());
        list(b, "BYDAY", rule.byDay());
        list(b, "BYMONTHDAY", rule.byMonthDay());
        list(b, "BYYEARDAY", rule.byYearDay());
        list(b, "BYWEEKNO", rule.byWeekNo());
        list(b, "BYMONTH", rule.byMonth());
        list(b, "BYSETPOS", rule.bySetPos());
        rule.weekStart().ifPresent(d -> b.append(";WKST=").append(code(d)));
        return b.toString();
    }

    private static void list(StringBuilder b, String part, SortedSet<?> values) {
        if (!values.isEmpty()) {
            b.append(';').append(part).append('=').append(join(values));
        }
    }

    static String join(SortedSet<?> values) {
        StringBuilder b = new StringBuilder();
        for (Object v : values) {
            if (b.length() > 0) {
                b.append(',');
            }
            b.append(v);
        }
        return b.toString();
    }

    /**
     * The basic form of a date that UNTIL writes, such as {@code 20250826}; a date outside the years 0 to 9999, which
     * that form cannot hold and no rule takes, in its ISO 8601 form, so that a message can still show it.
     */
    static String basic(LocalDate d) {
        if (!fourDigitYear(d.getYear())) {
            return d.toString();
        }
        StringBuilder b = new StringBuilder(8);
        DateDigits.appendDate(b, d.getYear(), d.getMonthValue(), d.getDayOfMonth(), false);
        return b.toString();
    }

    /** The basic form of a local date-time that UNTIL writes, such as {@code 20250826T180000}; as {@link #basic(LocalDate)}. */
    static String basic(LocalDateTime t) {
        if (!fourDigitYear(t.getYear())) {
            return t.toString();
        }
        StringBuilder b = new StringBuilder(16);
        DateDigits.appendDate(b, t.getYear(), t.getMonthValue(), t.getDayOfMonth(), false);
        DateDigits.appendTime(b, t.getHour(), t.getMinute(), t.getSecond(), false);
        return b.toString();
    }

    /**
     * The basic form of a UTC time that UNTIL writes, such as {@code 20250826T230000Z}; an instant outside the years
     * 0 to 9999 in UTC in its ISO 8601 form ({@code Instant.MAX} included), as {@link #basic(LocalDate)}.
     */
    static String basic(Instant i) {
        if (i.isBefore(FIRST_BASIC) || !i.isBefore(AFTER_BASIC)) {
            return i.toString();
        }
        return basic(LocalDateTime.ofInstant(i, ZoneOffset.UTC)) + "Z";
    }

    private static boolean fourDigitYear(int year) {
        return year >= 0 && year <= 9999;
    }

    private static IllegalArgumentException cannotParse(String text, String why) {
        return new IllegalArgumentException("Cannot parse recurrence rule \"" + text + "\": " + why);
    }

    /** The rule parts: each reads its own value into a builder. */
    private enum Part {
        FREQ {
            @Override
            void read(Builder b, String value, String text) {
                try {
                    b.frequency(Frequency.valueOf(value.toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    throw cannotParse(text, "FREQ=" + value + " is not one of SECONDLY, MINUTELY, HOURLY, DAILY, "
                            + "WEEKLY, MONTHLY, YEARLY");
                }
            }
        },
        UNTIL {
            @Override
            void read(Builder b, String value, String text) {
                b.until(until(value, text));
            }
        },
        COUNT {
            @Override
            void read(Builder b, String value, String text) {
                b.count(number(this, value, text));
            }
        },
        INTERVAL {
            @Override
            void read(Builder b, String value, String text) {
                b.interval(number(this, value, text));
            }
        },
        BYSECOND {
            @Override
            void read(Builder b, String value, String text) {
                b.addAllBySecond(numbers(this, value, text));
            }
        },
        BYMINUTE {
            @Override
            void read(Builder b, String value, String text) {
                b.addAllByMinute(numbers(this, value, text));
            }
        },
        BYHOUR {
            @Override
            void read(Builder b, String value, String text) {
                b.addAllByHour(numbers(this, value, text));
            }
        },
        BYDAY {
            @Override
            void read(Builder b, String value, String text) {
                for (String item : value.split(",", -1)) {
                    int split = item.length() - 2;
                    DayOfWeek day = split < 0 ? null : day(item.substring(split));
                    if (day == null) {
                        throw cannotParse(text, "BYDAY value \"" + item + "\" is not a weekday such as MO, 1TU "
                                + "or -1FR");
                    }
                    int ordinal = split == 0 ? 0 : number(this, item.substring(0, split), text);
                    if (split > 0 && ordinal == 0) {
                        throw cannotParse(text, "BYDAY value \"" + item + "\" has ordinal 0; leave it out for "
                                + "every such weekday");
                    }
                    b.addByDay(new WeekdayNum(ordinal, day));
                }
            }
        },
        BYMONTHDAY {
            @Override
            void read(Builder b, String value, String text) {
                b.addAllByMonthDay(numbers(this, value, text));
            }
        },
        BYYEARDAY {
            @Override
            void read(Builder b, String value, String text) {
                b.addAllByYearDay(numbers(this, value, text));
            }
        },
        BYWEEKNO {
            @Override
            void read(Builder b, String value, String text) {
                b.addAllByWeekNo(numbers(this, value, text));
            }
        },
        BYMONTH {
            @Override
            void read(Builder b, String value, String text) {
                b.addAllByMonth(numbers(this, value, text));
            }
        },
        BYSETPOS {
            @Override
            void read(Builder b, String value, String text) {
                b.addAllBySetPos(numbers(this, value, text));
            }
        },
        WKST {
            @Override
            void read(Builder b, String value, String text) {
                DayOfWeek day = day(value);
                if (day == null) {
                    throw cannotParse(text, "WKST=" + value + " is not a weekday such as MO or SU");
                }
                b.weekStart(day);
            }
        };

        abstract void read(Builder b, String value, String text);

        static Part named(String name) {
            for (Part p : values()) {
                if (p.name().equalsIgnoreCase(name)) {
                    return p;
                }
            }
            return null;
        }

        private static DayOfWeek day(String code) {
            for (int i = 0; i < DAY_CODES.length; i++) {
                if (DAY_CODES[i].equalsIgnoreCase(code)) {
                    return DayOfWeek.of(i + 1);
                }
            }
            return null;
        }

        private static List<Integer> numbers(Part part, String value, String text) {
            List<Integer> list = new ArrayList<>();
            for (String item : value.split(",", -1)) {
                list.add(number(part, item, text));
            }
            return list;
        }

        private static int number(Part part, String value, String text) {
            int start = value.startsWith("+") || value.startsWith("-") ? 1 : 0;
            if (value.length() == start || value.length() - start > MAX_DIGITS
                    || !DateDigits.isDigits(value, start, value.length())) {
                throw cannotParse(text, part + " value \"" + value + "\" is not a whole number");
            }
            int n = DateDigits.number(value, start, value.length());
            return value.charAt(0) == '-' ? -n : n;
        }

        private static Until until(String value, String text) {
            // The shape is checked here, not left to DateDigits, so that a value of the wrong form and a date that
            // does not exist get their own messages.
            if (value.length() == 8 && DateDigits.isDigits(value, 0, 8)) {
                LocalDate date = DateDigits.basicDate(value, 0);
                if (date == null) {
                    throw notReal(value, text);
                }
                return Until.of(date);
            }
            boolean utc = value.length() == 16 && (value.charAt(15) == 'Z' || value.charAt(15) == 'z');
            if ((value.length() == 15 || utc) && (value.charAt(8) == 'T' || value.charAt(8) == 't')
                    && DateDigits.isDigits(value, 0, 8) && DateDigits.isDigits(value, 9, 15)) {
                LocalDateTime t = DateDigits.basicDateTime(value, 0);
                if (t == null) {
                    throw notReal(value, text);
                }
                return utc ? Until.of(t.toInstant(ZoneOffset.UTC)) : Until.of(t);
            }
            throw cannotParse(text, "UNTIL=" + value + " is not a date (20250826), a UTC date-time "
                    + "(20250826T230000Z) or a local date-time (20250826T180000)");
        }

        private static IllegalArgumentException notReal(String value, String text) {
            return cannotParse(text, "UNTIL=" + value + " is not a real date or time");
        }
    }
}
