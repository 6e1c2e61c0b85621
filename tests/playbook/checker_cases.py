"""What the per-session checker tests share: the labels a draft gets, and the check that a draft
is read otherwise than its near miss."""

from __future__ import annotations

from ownup.playbook.checker import check


def labels(draft: str, lang: str) -> set[str]:
    """Every label of ``draft``: its findings' and its missing ones."""
    result = check(draft, lang)
    return {f.label for f in result.findings} | set(result.missing)


def assert_read_otherwise(lang: str, label: str, draft: str, near_miss: str) -> None:
    """``draft`` does not get ``label``; ``near_miss``, worded almost the same, does."""
    assert label not in labels(draft, lang), draft
    assert label in labels(near_miss, lang), near_miss
