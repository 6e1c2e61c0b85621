from datetime import datetime, timedelta

import pytest

from ownup.playbook.consequences import (
    Affected,
    Consequences,
    Dimension,
    Impact,
    Rating,
    Severity,
    assess_severity,
)

NOW = datetime(2026, 9, 6, 9, 0)


def test_no_impact_is_minor_and_says_so():
    result = assess_severity(Consequences(), NOW)
    assert result.level is Severity.MINOR
    assert result.explain("en") == ["No impact rated yet."]
    assert result.explain("fr") == ["Aucun impact évalué pour l'instant."]


def test_strongest_impact_sets_the_base_level():
    medium = Consequences(impacts={Dimension.IMAGE: Impact(Rating.MEDIUM, "brand")})
    high = Consequences(impacts={Dimension.DEADLINE: Impact(Rating.HIGH)})
    assert assess_severity(medium, NOW).level is Severity.MODERATE
    assessed = assess_severity(high, NOW)
    assert assessed.level is Severity.MAJOR
    assert "high (deadline)" in assessed.explain("en")[0]
    assert "fort (délai)" in assessed.explain("fr")[0]


def test_two_high_dimensions_are_critical():
    c = Consequences(
        impacts={Dimension.DEADLINE: Impact(Rating.HIGH), Dimension.IMAGE: Impact(Rating.HIGH)}
    )
    result = assess_severity(c, NOW)
    assert result.level is Severity.CRITICAL
    assert [r.code for r in result.reasons] == ["strongest_impact", "several_high"]


def test_public_exposure_and_close_date_each_raise_one_level():
    base = {Dimension.ECONOMIC: Impact(Rating.LOW)}
    public = Consequences(
        affected=frozenset({Affected.CLIENT, Affected.CLIENT_PUBLIC}), impacts=base
    )
    assert assess_severity(public, NOW).level is Severity.MODERATE
    both = Consequences(
        affected=frozenset({Affected.CLIENT, Affected.CLIENT_PUBLIC}),
        impacts=base,
        date_at_stake=NOW + timedelta(days=6),
    )
    result = assess_severity(both, NOW)
    assert result.level is Severity.MAJOR
    assert [r.code for r in result.reasons][-2:] == ["beyond_client", "date_close"]
    assert "6 days" in result.explain("en")[-1]
    assert "6 jours" in result.explain("fr")[-1]


def test_far_date_does_not_raise_and_level_caps_at_critical():
    far = Consequences(
        impacts={Dimension.ECONOMIC: Impact(Rating.LOW)}, date_at_stake=NOW + timedelta(days=40)
    )
    assert assess_severity(far, NOW).level is Severity.MINOR
    everything = Consequences(
        affected=frozenset(Affected),
        impacts={d: Impact(Rating.HIGH) for d in Dimension},
        date_at_stake=NOW + timedelta(days=1),
    )
    assert assess_severity(everything, NOW).level is Severity.CRITICAL


def test_rating_parse_and_notable_impacts_order():
    assert Rating.parse("high") is Rating.HIGH
    assert Rating.parse(2) is Rating.MEDIUM
    with pytest.raises(KeyError):
        Rating.parse("huge")
    c = Consequences(
        impacts={
            Dimension.ECONOMIC: Impact(Rating.MEDIUM, "a"),
            Dimension.IMAGE: Impact(Rating.HIGH, "b"),
            Dimension.FINANCIAL: Impact(Rating.LOW, "c"),
        }
    )
    assert [d for d, _ in c.notable_impacts()] == [Dimension.IMAGE, Dimension.ECONOMIC]
