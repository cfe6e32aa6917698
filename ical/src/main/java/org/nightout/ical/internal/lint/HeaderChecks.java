package org.nightout.ical.internal.lint;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.nightout.ical.FeedResponse;
import org.nightout.ical.LintRule;

/** The HTTP response that carried a feed, and the URL subscribers give their app. */
final class HeaderChecks {
    /** Google's "From URL" is reported to fail on longer URLs without a word. */
    static final int MAX_URL_LENGTH = 256;

    private HeaderChecks() {
    }

    /** Checks what is known of the response; {@code nonAscii} tells whether the body needs its charset. */
    static void check(FeedResponse response, boolean nonAscii, Findings findings) {
        response.url().ifPresent(url -> checkUrl(url, findings));
        if (!response.hasResponse()) {
            return;
        }
        response.status().ifPresent(status -> {
            if (status != 200) {
                findings.add(LintRule.HTTP_STATUS, 0, "status", "the response is " + status + ", not 200");
            }
        });
        checkContentType(response.header("Content-Type"), nonAscii, findings);
        for (String encoding : response.header("Content-Encoding")) {
            if (!encoding.isBlank() && !encoding.strip().equalsIgnoreCase("identity")) {
                findings.add(LintRule.HTTP_CONTENT_ENCODING, 0, "Content-Encoding", "the feed is sent with"
                        + " Content-Encoding: " + encoding.strip());
            }
        }
        List<String> etag = response.header("ETag");
        if (etag.isEmpty() && response.header("Last-Modified").isEmpty()) {
            findings.add(LintRule.HTTP_VALIDATORS, 0, "ETag", "the response has neither ETag nor Last-Modified");
        } else if (!etag.isEmpty() && etag.get(0).strip().startsWith("W/")) {
            findings.add(LintRule.HTTP_VALIDATORS, 0, "ETag", "the ETag " + etag.get(0).strip() + " is weak: a"
                    + " feed's bytes deserve a strong one");
        }
    }

    private static void checkContentType(List<String> values, boolean nonAscii, Findings findings) {
        if (values.isEmpty()) {
            findings.add(LintRule.HTTP_CONTENT_TYPE, 0, "Content-Type", "the response has no Content-Type");
            return;
        }
        String value = values.get(0);
        String[] parts = value.split(";");
        String type = parts[0].strip().toLowerCase(Locale.ROOT);
        if (!type.equals("text/calendar")) {
            findings.add(LintRule.HTTP_CONTENT_TYPE, 0, "Content-Type", "Content-Type is " + type + ", not"
                    + " text/calendar");
        }
        String charset = null;
        for (int i = 1; i < parts.length; i++) {
            String[] param = parts[i].split("=", 2);
            if (param.length == 2 && param[0].strip().equalsIgnoreCase("charset")) {
                charset = param[1].strip().replace("\"", "");
            }
        }
        if (charset == null && nonAscii) {
            findings.add(LintRule.HTTP_CHARSET, 0, "Content-Type", "Content-Type names no charset, and the feed"
                    + " has text beyond ASCII");
        } else if (charset != null && !charset.equalsIgnoreCase("utf-8") && !charset.equalsIgnoreCase("utf8")) {
            findings.add(LintRule.HTTP_CHARSET, 0, "Content-Type", "Content-Type names charset " + charset
                    + ", but iCalendar is UTF-8");
        }
    }

    private static void checkUrl(URI url, Findings findings) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (scheme.equals("http")) {
            findings.add(LintRule.URL_NOT_HTTPS, 0, "URL", url + " is http, not https");
        }
        int length = url.toString().length();
        if (length > MAX_URL_LENGTH) {
            findings.add(LintRule.URL_TOO_LONG, 0, "URL", "the URL is " + length + " characters long, over "
                    + MAX_URL_LENGTH);
        }
    }
}
