"""Reads a calendar file the widget made with the `icalendar` library (not our code) and
prints what the end-to-end test checks, as JSON: each event's start, end, name, UID and
alarms. Usage: python3 check_ics.py FILE"""
import json
import sys

from icalendar import Calendar

with open(sys.argv[1], "rb") as f:
    cal = Calendar.from_ical(f.read())

events = []
for e in cal.walk("VEVENT"):
    start, end = e.decoded("DTSTART"), e.decoded("DTEND")
    alarms = [
        {"action": str(a.get("ACTION")), "trigger_minutes": a.decoded("TRIGGER").total_seconds() / 60,
         "description": str(a.get("DESCRIPTION"))}
        for a in e.walk("VALARM")
    ]
    events.append({
        "uid": str(e.get("UID")),
        "summary": str(e.get("SUMMARY")),
        "start": start.isoformat(),
        # A floating local time has no zone: the calendar shows it in the visitor's own time.
        "floating": getattr(start, "tzinfo", "date") is None,
        "end": end.isoformat(),
        "alarms": alarms,
    })
print(json.dumps(events))
