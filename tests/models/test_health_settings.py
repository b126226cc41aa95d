"""The removal grace days (issue 14) among the health settings: an older stored JSON takes the default,
0 is allowed and a negative value is refused."""

from __future__ import annotations

import dataclasses

import pytest

from models.errors import ValidationError
from models.health_settings import HealthSettings


def test_older_settings_take_the_default_grace_and_it_round_trips():
    old = HealthSettings.from_json('{"active_days": 14, "removal_after_days": 200}')
    assert old.removal_grace_days == 30 and old.active_days == 14
    changed = dataclasses.replace(old, removal_grace_days=45)
    assert HealthSettings.from_json(changed.to_json()).removal_grace_days == 45


def test_zero_grace_is_allowed_and_negative_refused():
    assert HealthSettings(removal_grace_days=0).checked().removal_grace_days == 0
    with pytest.raises(ValidationError) as e:
        HealthSettings(removal_grace_days=-1).checked()
    assert e.value.field == "removal_grace_days"
