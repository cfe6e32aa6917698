package org.nightout.ical.internal.lint;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.nightout.ical.LintFinding;
import org.nightout.ical.LintRule;
import org.nightout.ical.LintTarget;
import org.nightout.ical.internal.read.Warnings;

/**
 * The findings of one lint as the checks report them. A rule's findings past {@link #MAX_PER_RULE} are counted, not
 * kept, and end as one finding for the whole file: a feed of ten thousand unfolded lines tells its problem in a
 * hundred lines and a count, in bounded memory.
 *
 * <p>Not thread-safe: one instance belongs to one lint.
 */
public final class Findings {
    /** The most findings kept of one rule. */
    public static final int MAX_PER_RULE = 100;

    private final List<LintFinding> kept = new ArrayList<>();
    private final Map<LintRule, Integer> counts = new EnumMap<>(LintRule.class);

    /**
     * Reports a finding; {@code line} 0 for the whole file, {@code property} null for none. Names and values from the
     * document reach the message made printable, as the reader's warnings do.
     */
    public void add(LintRule rule, int line, String property, String message) {
        int count = counts.merge(rule, 1, Integer::sum);
        if (count <= MAX_PER_RULE) {
            kept.add(new LintFinding(rule, line > 0 ? OptionalInt.of(line) : OptionalInt.empty(),
                    Optional.ofNullable(property).map(Warnings::printable), Warnings.printable(message)));
        }
    }

    /** Whether a rule has reported anything. */
    public boolean has(LintRule rule) {
        return counts.containsKey(rule);
    }

    /**
     * Returns the findings of the rules that concern the apps, by line (those of the whole file first), with one more
     * for each rule that reported more than it kept.
     */
    public List<LintFinding> sorted(Set<LintTarget> apps) {
        List<LintFinding> out = new ArrayList<>();
        for (LintFinding f : kept) {
            if (f.rule().concerns(apps)) {
                out.add(f);
            }
        }
        counts.forEach((rule, count) -> {
            if (count > MAX_PER_RULE && rule.concerns(apps)) {
                out.add(new LintFinding(rule, OptionalInt.empty(), Optional.empty(), (count - MAX_PER_RULE)
                        + " more findings of this rule than the " + MAX_PER_RULE + " listed"));
            }
        });
        out.sort(Comparator.comparingInt(f -> f.line().orElse(0)));
        return List.copyOf(out);
    }
}
