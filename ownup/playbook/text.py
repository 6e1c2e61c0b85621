"""Small bilingual helpers shared by the playbook: language codes, durations and dates written
out in French or English without depending on the machine's locale."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Literal

Lang = Literal["en", "fr"]
LANGS: tuple[Lang, ...] = ("en", "fr")

_DAYS = {
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
}
_MONTHS = {
    "en": (
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ),
    "fr": (
        "janvier", "février", "mars", "avril", "mai", "juin",
        "juillet", "août", "septembre", "octobre", "novembre", "décembre",
    ),
}  # fmt: skip


def normalise_lang(lang: str | None) -> Lang:
    """Map "fr", "fr-FR", "FR_ca"... to "fr"; anything else to "en"."""
    if lang and lang.strip().lower()[:2] == "fr":
        return "fr"
    return "en"


def pick(lang: str | None, en: str, fr: str) -> str:
    return fr if normalise_lang(lang) == "fr" else en


def format_duration(delta: timedelta, lang: str | None = "en") -> str:
    """A short human duration: "45 min", "3 h", "3 h 20 min", "2 days" / "2 jours".

    Rounded down to the unit that matters at that scale: minutes under an hour, hours (and
    minutes) under a day, whole days beyond.
    """
    lang = normalise_lang(lang)
    seconds = max(0, int(delta.total_seconds()))
    minutes = seconds // 60
    if minutes < 60:
        return f"{minutes} min"
    hours, rest = divmod(minutes, 60)
    if hours < 24:
        return f"{hours} h" if rest == 0 or hours >= 6 else f"{hours} h {rest} min"
    days = hours // 24
    if lang == "fr":
        return f"{days} jour" if days == 1 else f"{days} jours"
    return f"{days} day" if days == 1 else f"{days} days"


def format_date(value: date, lang: str | None = "en") -> str:
    """ "Thursday 12 September" / "jeudi 12 septembre"."""
    lang = normalise_lang(lang)
    day = _DAYS[lang][value.weekday()]
    month = _MONTHS[lang][value.month - 1]
    number = "1er" if lang == "fr" and value.day == 1 else str(value.day)
    return f"{day} {number} {month}"


def format_datetime(value: datetime, lang: str | None = "en") -> str:
    """ "Thursday 12 September at 10:00" / "jeudi 12 septembre à 10 h 00"."""
    lang = normalise_lang(lang)
    if lang == "fr":
        return f"{format_date(value, lang)} à {value.hour} h {value.minute:02d}"
    return f"{format_date(value, lang)} at {value.hour:02d}:{value.minute:02d}"


def format_money(
    amount: float | int | object, currency: str = "EUR", lang: str | None = "en"
) -> str:
    """ "€450" / "450 €" (two decimals only when there are cents)."""
    value = float(amount)  # type: ignore[arg-type]
    text = f"{value:,.2f}" if value != int(value) else f"{int(value):,}"
    symbol = {"EUR": "€", "USD": "$", "GBP": "£"}.get(currency, currency)
    if normalise_lang(lang) == "fr":
        text = text.replace(",", "\u202f").replace(".", ",")
        return f"{text} {symbol}"
    return f"{symbol}{text}" if len(symbol) == 1 else f"{text} {symbol}"
