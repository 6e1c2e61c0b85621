"""An explainable reason: a stable code (for tests and storage) plus parameters, rendered in
French or English on demand. Severity, disclosure and remedy ranking all explain themselves
with these."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from .text import normalise_lang

Renderer = Callable[[Mapping[str, Any], str], str]


@dataclass(frozen=True)
class Reason:
    code: str
    params: Mapping[str, Any] = field(default_factory=dict)
    templates: Mapping[str, Renderer] = field(default_factory=dict, repr=False, compare=False)

    def text(self, lang: str = "en") -> str:
        render = self.templates[self.code]
        return render(self.params, normalise_lang(lang))
