import pytest

from ownup.playbook.track_record import Period, TrackRecord, track_record_text


def test_the_phrases_from_the_issue():
    assert track_record_text(2, 57, "en") == "2 incidents in 57 deliveries this year"
    assert track_record_text(2, 57, "fr") == "2 incidents sur 57 livraisons cette année"


def test_singular_zero_and_periods():
    assert track_record_text(1, 1, "en") == "1 incident in 1 delivery this year"
    assert (
        track_record_text(0, 12, "en", Period.MONTH) == "No incidents in 12 deliveries this month"
    )
    assert track_record_text(0, 12, "fr") == "Aucun incident sur 12 livraisons cette année"
    assert track_record_text(1, 3, "fr", Period.ALL) == "1 incident sur 3 livraisons"


def test_perspective_rounds_down():
    assert (
        TrackRecord(2, 57).perspective("en") == "96% of your deliveries went out without a problem."
    )
    assert TrackRecord(2, 57).perspective("fr").startswith("96 %")
    assert TrackRecord(0, 0).perspective("en") == ""
    with pytest.raises(ValueError):
        TrackRecord(-1, 3)
