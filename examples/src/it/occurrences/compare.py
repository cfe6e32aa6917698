"""Compare `nightout occurrences` with python's recurring_ical_events on feeds our writer wrote.

Usage: compare.py --jar nightout.jar --from DATE --to DATE FEED.ics...

For each feed, both engines list the occurrences that start in [from, to) (local dates, each event's own
zone), leave out cancelled ones and print START<tab>UID<tab>SUMMARY as `nightout occurrences` does. The two
lists must be equal, except for the differences below, where the engines legitimately disagree and
RFC 5545 decides for ours; each one found is printed with its reason. Any other difference fails (exit 1).

Known differences (recurring_ical_events 2.0 with icalendar 4 and pytz, Debian 12):
  repeated-hour  A local time that happens twice (the autumn change) is put at the second offset.
                 RFC 5545 3.3.5: "If, based on the definition of the referenced time zone, the local
                 time described occurs more than once (when changing from daylight to standard time),
                 the DATE-TIME value refers to the first occurrence of the referenced time."
  skipped-hour   A local time that does not exist (the spring change) is kept as that local time with
                 the offset before the gap. That is the instant RFC 5545 3.3.5 gives ("interpreted using
                 the UTC offset before the gap in local times"), and both engines agree on it; ours
                 prints it as the local time that exists, after the gap (02:30-06:00 = 03:30-05:00).
  until          An UNTIL in another form than DTSTART's (a date, or a local time, where DTSTART is
                 a zoned date-time) drops the occurrence equal to it (the local time) or those on its
                 day (the date). RFC 5545 3.3.10 wants UNTIL in UTC for a zoned DTSTART, but real files
                 have these, and the RFC's UNTIL "bounds the recurrence rule in an inclusive manner":
                 ours reads a local UNTIL in DTSTART's zone and a date as that whole day, both inclusive.
"""

import argparse
import datetime
import subprocess
import sys
import time
from zoneinfo import ZoneInfo

import icalendar
import recurring_ical_events

UTC = datetime.timezone.utc


def fmt_offset(offset):
    seconds = int(offset.total_seconds())
    sign = "-" if seconds < 0 else "+"
    seconds = abs(seconds)
    text = "%s%02d:%02d" % (sign, seconds // 3600, seconds % 3600 // 60)
    return text + (":%02d" % (seconds % 60) if seconds % 60 else "")


def is_utc(tz):
    return getattr(tz, "zone", None) in ("UTC", "Etc/UTC") or tz is UTC


def start_text(value):
    """START as `nightout occurrences` prints it."""
    if not isinstance(value, datetime.datetime):
        return value.isoformat()
    local = value.strftime("%Y-%m-%dT%H:%M:%S")
    if value.tzinfo is None:
        return local
    if is_utc(value.tzinfo):
        return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S") + "Z"
    return local + fmt_offset(value.utcoffset())


def parse_start(text):
    """The instant a START sorts at: its own; midnight UTC for a date; floating as if in UTC."""
    if len(text) == 10:
        return datetime.datetime.fromisoformat(text).replace(tzinfo=UTC)
    if text.endswith("Z"):
        text = text[:-1] + "+00:00"
    value = datetime.datetime.fromisoformat(text)
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def local_of(text):
    return datetime.datetime.fromisoformat(text[:19])


def theirs(path, first, end):
    """recurring_ical_events' lines, and what the masters say: each UID's TZID and UNTIL."""
    cal = icalendar.Calendar.from_ical(open(path, "rb").read())
    masters = {}
    for component in cal.walk("VEVENT"):
        if "RECURRENCE-ID" not in component:
            dtstart = component["DTSTART"]
            until = component["RRULE"].get("UNTIL", [None])[0] if "RRULE" in component else None
            masters[str(component["UID"])] = (dtstart.params.get("TZID"), until)
    lines = []
    # A margin of two days on each side: the library selects by overlap, this compares by start date.
    for event in recurring_ical_events.of(cal).between(first - datetime.timedelta(days=2),
                                                       end + datetime.timedelta(days=2)):
        if str(event.get("STATUS", "")).upper() == "CANCELLED":
            continue
        start = event["DTSTART"].dt
        day = start.date() if isinstance(start, datetime.datetime) else start
        if first <= day < end:
            lines.append("\t".join((start_text(start), str(event["UID"]), str(event["SUMMARY"]))))
    return lines, masters


def ours(jar, path, first, end):
    out = subprocess.run(["java", "-jar", jar, "occurrences", "--from", first.isoformat(), "--to", end.isoformat(),
                          path], capture_output=True, check=False)
    if out.returncode != 0 or out.stderr:
        sys.exit("%s: nightout occurrences exited %d: %s" % (path, out.returncode, out.stderr.decode()))
    return out.stdout.decode("utf-8").splitlines()


def known(mine, their, masters):
    """Names the known difference between our line and theirs for the same occurrence, or None."""
    m_start, m_uid, m_summary = mine.split("\t")
    t_start, t_uid, t_summary = their.split("\t")
    if (m_uid, m_summary) != (t_uid, t_summary) or len(m_start) < 20 or len(t_start) < 20:
        return None
    tzid = masters.get(m_uid, (None, None))[0]
    if tzid is None:
        return None
    zone = ZoneInfo(tzid)
    if m_start[:19] == t_start[:19]:
        wall = local_of(m_start)
        first, second = wall.replace(tzinfo=zone, fold=0), wall.replace(tzinfo=zone, fold=1)
        if (first.utcoffset() != second.utcoffset() and m_start[19:] == fmt_offset(first.utcoffset())
                and t_start[19:] == fmt_offset(second.utcoffset())):
            return "repeated-hour"
    if parse_start(m_start) == parse_start(t_start):
        wall = local_of(t_start).replace(tzinfo=zone)
        exists = wall.astimezone(UTC).astimezone(zone).replace(tzinfo=None) == wall.replace(tzinfo=None)
        if not exists:
            return "skipped-hour"
    return None


def equals_until(mine, masters):
    start, uid, _ = mine.split("\t")
    until = masters.get(uid, (None, None))[1]
    if until is None:
        return False
    if isinstance(until, datetime.datetime):
        if until.tzinfo is None:
            return start[:19] == until.strftime("%Y-%m-%dT%H:%M:%S")
        return len(start) > 10 and parse_start(start) == until.astimezone(UTC)
    return start[:10] == until.isoformat()


def main():
    args = argparse.ArgumentParser()
    args.add_argument("--jar", required=True)
    args.add_argument("--from", dest="first", required=True, type=datetime.date.fromisoformat)
    args.add_argument("--to", dest="end", required=True, type=datetime.date.fromisoformat)
    args.add_argument("feeds", nargs="+")
    a = args.parse_args()
    began = time.monotonic()
    failures = 0
    total = 0
    for path in a.feeds:
        mine = ours(a.jar, path, a.first, a.end)
        their, masters = theirs(path, a.first, a.end)
        keys = [(parse_start(line.split("\t")[0]), line.split("\t")[1], line.split("\t")[2]) for line in mine]
        if keys != sorted(keys):
            print("FAIL %s: not sorted by START's instant, then UID" % path)
            failures += 1
        only_mine = [line for line in mine if line not in their]
        only_their = [line for line in their if line not in mine]
        if len(set(mine)) != len(mine) or len(set(their)) != len(their):
            print("FAIL %s: a line is repeated" % path)
            failures += 1
        explained = []
        for m in list(only_mine):
            match = next(((t, k) for t in only_their for k in [known(m, t, masters)] if k), None)
            if match:
                only_mine.remove(m)
                only_their.remove(match[0])
                explained.append("%s: ours %s, recurring_ical_events %s" % (match[1], m, match[0]))
            elif equals_until(m, masters):
                only_mine.remove(m)
                explained.append("until: ours %s, recurring_ical_events has none" % m)
        total += len(mine)
        status = "ok" if not only_mine and not only_their else "FAIL"
        print("%s %s: %d occurrences, %d known differences" % (status, path, len(mine), len(explained)))
        for e in explained:
            print("   known " + e.replace("\t", " | "))
        for m in only_mine:
            print("   only nightout:              " + m.replace("\t", " | "))
        for t in only_their:
            print("   only recurring_ical_events: " + t.replace("\t", " | "))
        failures += status == "FAIL"
    print("%d feeds, %d occurrences compared in %.1f s; %d failed" % (len(a.feeds), total, time.monotonic() - began,
                                                                     failures))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
