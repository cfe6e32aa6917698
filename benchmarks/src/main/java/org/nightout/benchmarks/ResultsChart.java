package org.nightout.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Draws the results of a JMH run, read from its JSON output ({@code -rf json}), as an SVG bar chart: one panel per
 * task, our time beside each baseline's, with JMH's 99.9% error as whiskers, the allocation per operation, and the
 * targets as dashed lines.
 *
 * <pre>{@code java -cp benchmarks/target/benchmarks.jar org.nightout.benchmarks.ResultsChart \
 *     benchmarks/results.json benchmarks/results.svg}</pre>
 */
public final class ResultsChart {
    private static final int WIDTH = 960;
    private static final int LABEL = 230;
    private static final int BARS = 470;
    private static final int BAR_HEIGHT = 22;
    private static final int BAR_GAP = 8;
    private static final String OURS = "#1f6fb4";
    private static final String THEIRS = "#9aa3ad";

    private record Result(String name, double ms, double error, double allocBytes, List<Double> iterations) {
    }

    private record Row(String label, String key, boolean ours) {
    }

    private record Target(String label, String key, double factor) {
    }

    private record Panel(String title, List<Row> rows, List<Target> targets, String missing) {
    }

    private ResultsChart() {
    }

    /**
     * Reads JMH JSON result files and writes the chart.
     *
     * @param args one or more JSON files, where a later file's result replaces an earlier one's for the same
     *     benchmark, then the SVG file to write
     * @throws IOException when a file cannot be read or written
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            throw new IllegalArgumentException("usage: ResultsChart results.json... chart.svg");
        }
        Map<String, Result> results = new LinkedHashMap<>();
        for (int i = 0; i < args.length - 1; i++) {
            results.putAll(read(Path.of(args[i])));
        }
        Files.writeString(Path.of(args[args.length - 1]), svg(results), StandardCharsets.UTF_8);
    }

    private static Map<String, Result> read(Path json) throws IOException {
        JsonNode root = JsonMapper.builder().build().readTree(Files.readString(json, StandardCharsets.UTF_8));
        Map<String, Result> results = new LinkedHashMap<>();
        for (JsonNode run : root) {
            String benchmark = run.get("benchmark").asString();
            String[] parts = benchmark.split("\\.");
            String name = parts[parts.length - 2] + "." + parts[parts.length - 1];
            JsonNode primary = run.get("primaryMetric");
            if (!"ms/op".equals(primary.get("scoreUnit").asString())) {
                throw new IllegalArgumentException(name + " is not in ms/op");
            }
            double alloc = Double.NaN;
            JsonNode secondary = run.get("secondaryMetrics");
            if (secondary != null) {
                for (Map.Entry<String, JsonNode> m : secondary.properties()) {
                    if (m.getKey().endsWith("gc.alloc.rate.norm")) {
                        alloc = m.getValue().get("score").asDouble();
                    }
                }
            }
            double error = primary.get("scoreError").asDouble(Double.NaN);
            List<Double> iterations = new ArrayList<>();
            for (JsonNode fork : primary.get("rawData")) {
                for (JsonNode iteration : fork) {
                    iterations.add(iteration.asDouble());
                }
            }
            results.put(name, new Result(name, primary.get("score").asDouble(), error, alloc, iterations));
        }
        return results;
    }

    static String svg(Map<String, Result> results) {
        // The targets are issue 13's: writing within 1.2x the hand-written floor (each mode against the floor that
        // writes the same properties), reading at least 10x iCal4j, JSON within 1.1x plain Jackson.
        List<Panel> panels = List.of(
                new Panel("Writing 16,000 events as iCalendar",
                        List.of(new Row("nightout, full profile", "WriteBenchmark.nightout", true),
                                new Row("nightout, public profile", "WriteBenchmark.nightoutPublic", true),
                                new Row("hand-written floor, 7 properties", "WriteBenchmark.handWritten", false),
                                new Row("hand-written floor, public bytes", "WriteBenchmark.handWrittenPublic", false),
                                new Row("biweekly", "WriteBenchmark.biweekly", false),
                                new Row("iCal4j CalendarOutputter", "WriteBenchmark.ical4j", false)),
                        List.of(new Target("target: 1.2× hand-written", "WriteBenchmark.handWritten", 1.2),
                                new Target("target: 1.2× public floor", "WriteBenchmark.handWrittenPublic", 1.2)),
                        null),
                new Panel("Reading 16,000 events from iCalendar",
                        List.of(new Row("nightout ICalendarReader", "ReadBenchmark.nightout", true),
                                new Row("biweekly", "ReadBenchmark.biweekly", false),
                                new Row("iCal4j CalendarBuilder", "ReadBenchmark.ical4j", false)),
                        List.of(new Target("target: iCal4j ÷ 10", "ReadBenchmark.ical4j", 0.1)),
                        null),
                new Panel("Writing 16,000 events as JSON",
                        List.of(new Row("nightout NightOutModule", "JsonBenchmark.nightoutWrite", true),
                                new Row("plain Jackson, records", "JsonBenchmark.jacksonWrite", false)),
                        List.of(new Target("target: 1.1× Jackson", "JsonBenchmark.jacksonWrite", 1.1)),
                        null),
                new Panel("Reading 16,000 events from JSON",
                        List.of(new Row("nightout NightOutModule", "JsonBenchmark.nightoutRead", true),
                                new Row("plain Jackson, records", "JsonBenchmark.jacksonRead", false)),
                        List.of(new Target("target: 1.1× Jackson", "JsonBenchmark.jacksonRead", 1.1)),
                        null));

        StringBuilder body = new StringBuilder();
        int y = 74;
        for (Panel panel : panels) {
            y = panel(body, panel, results, y) + 26;
        }
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" "
                        + "font-family=\"Helvetica, Arial, sans-serif\" font-size=\"13\">%n",
                WIDTH, y, WIDTH, y));
        svg.append(String.format(Locale.ROOT, "<rect width=\"%d\" height=\"%d\" fill=\"white\"/>%n", WIDTH, y));
        svg.append("<text x=\"16\" y=\"26\" font-size=\"18\" font-weight=\"bold\">"
                + "nightout against its baselines: milliseconds per 16,000-event feed (shorter is faster)</text>\n");
        svg.append("<text x=\"16\" y=\"46\" fill=\"#555\">Bars: JMH average time (blue: nightout, grey: baselines); "
                + "circles: each measured iteration; whiskers: JMH 99.9% error, clipped at the edge (›).</text>\n");
        svg.append("<text x=\"16\" y=\"63\" fill=\"#555\">Right: mean ± error · bytes allocated per feed "
                + "(gc.alloc.rate.norm). Dashed red: the targets, placed from the baseline means of the same run.</text>\n");
        svg.append(body);
        svg.append("</svg>\n");
        return svg.toString();
    }

    private static int panel(StringBuilder out, Panel panel, Map<String, Result> results, int top) {
        List<Result> shown = new ArrayList<>();
        double max = 0;
        for (Row row : panel.rows()) {
            Result r = results.get(row.key());
            if (r != null) {
                shown.add(r);
                max = Math.max(max, r.ms());
            }
        }
        for (Target t : panel.targets()) {
            Result r = results.get(t.key());
            if (r != null) {
                max = Math.max(max, r.ms() * t.factor());
            }
        }
        double axisMax = niceCeiling(max * 1.12);
        int x0 = LABEL;
        out.append(String.format(Locale.ROOT, "<text x=\"16\" y=\"%d\" font-size=\"15\" font-weight=\"bold\">%s</text>%n",
                top + 16, escape(panel.title())));
        int y = top + 28;
        int barsTop = y;
        for (Row row : panel.rows()) {
            Result r = results.get(row.key());
            out.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\"%s>%s</text>%n",
                    x0 - 8, y + 16, row.ours() ? " font-weight=\"bold\"" : "", escape(row.label())));
            if (r == null) {
                out.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" fill=\"#a00\">not in this run</text>%n",
                        x0 + 4, y + 16));
                y += BAR_HEIGHT + BAR_GAP;
                continue;
            }
            double w = r.ms() / axisMax * BARS;
            out.append(String.format(Locale.ROOT,
                    "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\"/>%n",
                    x0, y, w, BAR_HEIGHT, row.ours() ? OURS : THEIRS));
            if (!Double.isNaN(r.error())) {
                double lo = Math.max(0, r.ms() - r.error()) / axisMax * BARS;
                double hiMs = r.ms() + r.error();
                boolean clipped = hiMs > axisMax;
                double hi = Math.min(hiMs, axisMax) / axisMax * BARS;
                int mid = y + BAR_HEIGHT / 2;
                out.append(String.format(Locale.ROOT,
                        "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#222\" stroke-width=\"1.5\"/>%n",
                        x0 + lo, mid, x0 + hi, mid));
                out.append(String.format(Locale.ROOT,
                        "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#222\" stroke-width=\"1.5\"/>%n",
                        x0 + lo, mid - 5, x0 + lo, mid + 5));
                if (clipped) {
                    out.append(String.format(Locale.ROOT,
                            "<text x=\"%.1f\" y=\"%d\" font-size=\"15\" fill=\"#222\">›</text>%n", x0 + hi - 2, mid + 5));
                } else {
                    out.append(String.format(Locale.ROOT,
                            "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#222\" stroke-width=\"1.5\"/>%n",
                            x0 + hi, mid - 5, x0 + hi, mid + 5));
                }
            }
            for (double ms : r.iterations()) {
                out.append(String.format(Locale.ROOT,
                        "<circle cx=\"%.1f\" cy=\"%d\" r=\"3\" fill=\"white\" stroke=\"#222\"/>%n",
                        x0 + Math.min(ms, axisMax) / axisMax * BARS, y + BAR_HEIGHT / 2));
            }
            String alloc = Double.isNaN(r.allocBytes()) ? ""
                    : r.allocBytes() >= 1e6 ? String.format(Locale.ROOT, " · %.0f MB", r.allocBytes() / 1e6)
                    : String.format(Locale.ROOT, " · %.1f kB", r.allocBytes() / 1e3);
            out.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\">%s ± %s ms%s</text>%n",
                    x0 + BARS + 12, y + 16, number(r.ms()), number(r.error()), alloc));
            y += BAR_HEIGHT + BAR_GAP;
        }
        if (panel.missing() != null) {
            out.append(String.format(Locale.ROOT,
                    "<text x=\"%d\" y=\"%d\" text-anchor=\"end\" font-weight=\"bold\">%s</text>%n",
                    x0 - 8, y + 16, escape(panel.missing().substring(0, panel.missing().indexOf(':')))));
            out.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" fill=\"#555\" font-style=\"italic\">%s</text>%n",
                    x0 + 4, y + 16, escape(panel.missing().substring(panel.missing().indexOf(':') + 2))));
            y += BAR_HEIGHT + BAR_GAP;
        }
        int barsBottom = y - BAR_GAP + 4;
        int labelRow = 0;
        for (Target t : panel.targets()) {
            Result r = results.get(t.key());
            if (r == null) {
                continue;
            }
            double x = x0 + r.ms() * t.factor() / axisMax * BARS;
            out.append(String.format(Locale.ROOT,
                    "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#c0392b\" stroke-width=\"1.5\" "
                            + "stroke-dasharray=\"5,4\"/>%n",
                    x, barsTop - 4, x, barsBottom));
            out.append(String.format(Locale.ROOT,
                    "<text x=\"%.1f\" y=\"%d\" fill=\"#c0392b\" font-size=\"11\">%s</text>%n",
                    x + 3, barsBottom + 12 + 12 * labelRow, escape(t.label())));
            labelRow++;
        }
        int axisY = barsBottom + 12 * labelRow + 8;
        out.append(String.format(Locale.ROOT,
                "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#444\"/>%n", x0, axisY, x0 + BARS, axisY));
        for (int i = 0; i <= 4; i++) {
            double v = axisMax * i / 4;
            double x = x0 + BARS * i / 4.0;
            out.append(String.format(Locale.ROOT,
                    "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#444\"/>%n", x, axisY, x, axisY + 4));
            out.append(String.format(Locale.ROOT,
                    "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" font-size=\"11\" fill=\"#444\">%s%s</text>%n",
                    x, axisY + 16, number(v), i == 4 ? " ms" : ""));
        }
        return axisY + 16;
    }

    /** The smallest 1, 2, 2.5 or 5 times a power of ten at or above {@code v}, so the axis ticks are round. */
    private static double niceCeiling(double v) {
        double p = Math.pow(10, Math.floor(Math.log10(v)));
        for (double m : new double[] {1, 2, 2.5, 5, 10}) {
            if (m * p >= v) {
                return m * p;
            }
        }
        return 10 * p;
    }

    private static String number(double v) {
        if (Double.isNaN(v)) {
            return "?";
        }
        if (v == 0) {
            return "0";
        }
        return v >= 100 ? String.format(Locale.ROOT, "%,.0f", v) : String.format(Locale.ROOT, "%.1f", v);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
