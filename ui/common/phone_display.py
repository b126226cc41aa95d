"""Phones as people read them: the national format of the number's country when it is the community's
home region (150 4348 3954, (415) 555-0132), the international one otherwise (+1 415-555-0132).

Only the text shown changes: sorting, filtering, editing and exports use the stored E.164 value, and a
tooltip shows it. The formatting is cached per number (models.phones.national), so a table repaints
without calling phonenumbers again, and Chinese mobiles never load it at all."""

from __future__ import annotations

from desktop.services.drafts import national_phone


def shown_phone(stored: str, home_region: str = "CN") -> str:
    """The phone as shown; "" stays "", anything that is no E.164 number as written."""
    return national_phone(stored, home_region or "") if stored else ""


def shown_identity(kind: str, value: str, home_region: str = "CN") -> str:
    """An identity's value as shown: phones formatted, the rest (WeChat, email, QQ) as stored."""
    return shown_phone(value, home_region) if kind == "phone" else value
