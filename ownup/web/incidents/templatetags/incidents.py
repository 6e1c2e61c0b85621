"""Template helpers that render playbook objects in the page's language."""

from __future__ import annotations

from django import template
from django.utils import timezone
from django.utils.translation import get_language

from ownup.playbook.text import format_datetime, format_duration, normalise_lang

register = template.Library()


def _lang() -> str:
    return normalise_lang(get_language())


@register.simple_tag
def countdown_text(countdown) -> str:
    return countdown.text(_lang())


@register.simple_tag
def explain(obj) -> list[str]:
    return obj.explain(_lang())


@register.filter
def label(obj) -> str:
    return obj.label(_lang())


@register.filter
def when(value) -> str:
    if value is None:
        return "–"
    return format_datetime(timezone.localtime(value), _lang())


@register.filter
def duration(value) -> str:
    return "–" if value is None else format_duration(value, _lang())


@register.simple_tag
def headline(advice) -> str:
    return advice.headline(_lang())


@register.simple_tag
def never_hide(advice) -> str:
    return advice.never_hide(_lang())


@register.filter
def late_by(deadline, informed_at) -> str:
    return format_duration(informed_at - deadline, _lang())
