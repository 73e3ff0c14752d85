"""Resolve relative date expressions ("on Tuesday", "last month", "in March") against the
article's publication date, with the precision the text allows."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"], start=1)}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9
WEEKDAYS = {d: i for i, d in enumerate(
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}
NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
           "eight": 8, "nine": 9, "ten": 10, "a": 1, "an": 1}
UNITS = {"day": "day", "days": "day", "week": "week", "weeks": "week", "month": "month",
         "months": "month", "year": "year", "years": "year"}


@dataclass(frozen=True)
class ResolvedDate:
    """An ISO date string at day ('2025-09-05'), month ('2025-09') or year precision."""

    value: str
    precision: str  # day, week, month, year

    @property
    def year(self) -> int:
        return int(self.value[:4])


def _shift_month(day: dt.date, months: int) -> tuple[int, int]:
    index = day.year * 12 + (day.month - 1) + months
    return index // 12, index % 12 + 1


def _month_value(year: int, month: int) -> ResolvedDate:
    return ResolvedDate(f"{year:04d}-{month:02d}", "month")


def _week_value(day: dt.date) -> ResolvedDate:
    year, week, _ = day.isocalendar()
    return ResolvedDate(f"{year:04d}-W{week:02d}", "week")


def _day_value(day: dt.date) -> ResolvedDate:
    return ResolvedDate(day.isoformat(), "day")


def _weekday(base: dt.date, weekday: int, future: bool) -> dt.date:
    if future:
        delta = (weekday - base.weekday()) % 7 or 7
        return base + dt.timedelta(days=delta)
    delta = (base.weekday() - weekday) % 7
    return base - dt.timedelta(days=delta)


def _relative(base: dt.date, words: list[str], future: bool) -> ResolvedDate | None:
    text = " ".join(words)
    if text in {"yesterday"}:
        return _day_value(base - dt.timedelta(days=1))
    if text in {"today", "tonight", "this morning", "this afternoon", "this evening"}:
        return _day_value(base)
    if text == "tomorrow":
        return _day_value(base + dt.timedelta(days=1))
    match = re.fullmatch(r"(last|next|this|earlier this|later this|past) (week|month|year)", text)
    if match:
        rel, unit = match.groups()
        step = {"last": -1, "past": -1, "next": 1}.get(rel, 0)
        if unit == "year":
            return ResolvedDate(f"{base.year + step:04d}", "year")
        if unit == "month":
            return _month_value(*_shift_month(base, step))
        return _week_value(base + dt.timedelta(weeks=step))
    match = re.fullmatch(r"(\w+) (days?|weeks?|months?|years?) (ago|later|from now)", text)
    if match and (match.group(1) in NUMBERS or match.group(1).isdigit()):
        count = NUMBERS.get(match.group(1)) or int(match.group(1))
        sign = -1 if match.group(3) == "ago" else 1
        unit = UNITS[match.group(2)]
        if unit == "day":
            return _day_value(base + dt.timedelta(days=sign * count))
        if unit == "week":
            return _day_value(base + dt.timedelta(weeks=sign * count))
        if unit == "month":
            return _month_value(*_shift_month(base, sign * count))
        return ResolvedDate(f"{base.year + sign * count:04d}", "year")
    return None


NEAR_MONTHS = 2


def _calendar(base: dt.date, words: list[str], future: bool,
              past: bool = False) -> ResolvedDate | None:
    clean = [w.strip(".,") for w in words if w not in {"the", "of", "on", "in", "last", "next",
                                                         "this", "early", "late", "mid"}]
    clean = [w for w in clean if w]
    if not clean:
        return None
    if len(clean) == 1 and clean[0] in WEEKDAYS:
        return _day_value(_weekday(base, WEEKDAYS[clean[0]], future))
    month = next((MONTHS[w] for w in clean if w in MONTHS), None)
    year = next((int(w) for w in clean if re.fullmatch(r"(19|20)\d\d", w)), None)
    day = next((int(re.sub(r"(st|nd|rd|th)$", "", w)) for w in clean
                if re.fullmatch(r"\d{1,2}(st|nd|rd|th)?", w)), None)
    if month is None:
        return ResolvedDate(f"{year:04d}", "year") if year else None
    if year is None:
        # A month name without a year: the nearest such month on the side the tense says;
        # with no tense to go by, the coming month or the one after is this year's ("talks
        # are scheduled for February" in January), a later one last year's.
        year = base.year
        ahead = month - base.month
        if past and ahead > 0:
            year -= 1
        elif not future and not past and ahead > NEAR_MONTHS:
            year -= 1
        if future and month < base.month:
            year += 1
        if "last" in words and month >= base.month:
            year = base.year - 1
        if "next" in words and month <= base.month:
            year = base.year + 1
    if day and 1 <= day <= 31:
        try:
            return _day_value(dt.date(year, month, day))
        except ValueError:
            return _month_value(year, month)
    return _month_value(year, month)


def resolve_date(expression: str, base: dt.date, *, future: bool = False,
                 past: bool = False) -> ResolvedDate | None:
    """Resolve a date expression against `base` (the article date); None if not understood.

    `future` says the event's tense points forward ("will meet on Tuesday"), `past` that it
    points back ("met in March")."""
    words = [w for w in re.findall(r"[a-z0-9']+", expression.lower())]
    if not words:
        return None
    found = _relative(base, words, future) or _calendar(base, words, future, past)
    while found is None and len(words) > 1:
        # the tagger sometimes runs a date into the next name ("In February Sudan's army")
        words = words[:-1]
        found = _relative(base, words, future) or _calendar(base, words, future, past)
    return found


def period_end(value: str) -> dt.date | None:
    """The last day of the period a resolved date names ("2024" -> 2024-12-31, "2025-02" ->
    2025-02-28, "2025-W10" -> that Sunday), or None if the value is not one of ours."""
    try:
        if re.fullmatch(r"\d{4}", value):
            return dt.date(int(value), 12, 31)
        if re.fullmatch(r"\d{4}-\d{2}", value):
            year, month = int(value[:4]), int(value[5:])
            following = dt.date(year + month // 12, month % 12 + 1, 1)
            return following - dt.timedelta(days=1)
        if re.fullmatch(r"\d{4}-W\d{2}", value):
            return dt.date.fromisocalendar(int(value[:4]), int(value[6:]), 7)
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def parse_iso_date(value: str | None) -> dt.date | None:
    """The date of an ISO string (date part of a datetime too), or None."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None
