"""Custom field rules: each kind's stored spelling, refusals with their codes, and the kind guess."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from models.custom_fields import choices_from, clean_field, clean_value, guess_kind, split_choices
from models.errors import ValidationError


@pytest.mark.parametrize(
    "text,stored",
    [("12", "12"), ("12.50", "12.5"), ("1,200", "1200"), ("１２", "12"), (" -3 ", "-3"), ("+7", "7"),
     ("0.0", "0"), ("1,234,567.25", "1234567.25"), ("100", "100")],
)  # fmt: skip
def test_numbers_are_stored_in_one_spelling(text, stored):
    assert clean_value("number", text) == stored


@pytest.mark.parametrize("text", ["12 kg", "1,2,3", "abc", "1.2.3", "一百"])
def test_a_non_number_is_refused_naming_the_field(text):
    with pytest.raises(ValidationError) as e:
        clean_value("number", text, field="身高")
    assert (e.value.code, e.value.field, e.value.value) == ("bad_number", "身高", text)


@pytest.mark.parametrize("text", ["2025-03-31", "2025/3/31", "2025年3月31日", "20250331"])
def test_dates_are_stored_iso(text):
    assert clean_value("date", text, field="会员到期") == "2025-03-31"


def test_day_first_dates_follow_the_option():
    assert clean_value("date", "05/03/2024", day_first=True) == "2024-03-05"
    assert clean_value("date", "05/03/2024") == "2024-05-03"


def test_a_bad_date_is_refused():
    with pytest.raises(ValidationError) as e:
        clean_value("date", "next spring", field="会员到期")
    assert (e.value.code, e.value.field) == ("bad_date", "会员到期")


def test_choices_match_ignoring_case_and_width_and_keep_the_fields_spelling():
    assert clean_value("choice", "xl", "S; M; L; XL") == "XL"
    assert clean_value("choice", "ＸＬ", "S; M; L; XL") == "XL"
    assert clean_value("choice", "素食", "素食；清真; 无") == "素食"
    with pytest.raises(ValidationError) as e:
        clean_value("choice", "XXL", "S; M; L; XL", field="T恤尺码")
    assert (e.value.code, e.value.field, e.value.value) == ("not_a_choice", "T恤尺码", "XXL")


@pytest.mark.parametrize("kind", ["text", "number", "date", "choice"])
def test_blank_is_no_value_for_every_kind(kind):
    assert clean_value(kind, "  ", "a; b") == "" and clean_value(kind, None, "a; b") == ""


def test_text_is_kept_as_typed_but_trimmed():
    assert clean_value("text", "  no pork, no beef  ") == "no pork, no beef"


def test_unknown_kind_is_refused():
    with pytest.raises(ValidationError) as e:
        clean_value("colour", "red")
    assert e.value.code == "unknown_field_kind"


def test_field_definitions_are_checked():
    assert clean_field("  Dietary   needs ", "choice", "素食;;清真; 素食") == (
        "Dietary needs",
        "choice",
        "素食; 清真",
    )
    assert clean_field("会员到期", "date", "ignored") == ("会员到期", "date", "")
    for args, code in [(("", "text"), "field_name_required"), (("x", "colour"), "unknown_field_kind"),
                       (("x", "choice", " ; "), "choices_required"), (("x" * 201, "text"), "field_name_too_long")]:  # fmt: skip
        with pytest.raises(ValidationError) as e:
            clean_field(*args)
        assert e.value.code == code


def test_split_choices_drops_blanks_and_repeats():
    assert split_choices("S; M;; s ;L；XL") == ["S", "M", "L", "XL"]
    assert choices_from(["M", "", "L", "M", None, "S"]) == "M; L; S"


@pytest.mark.parametrize(
    "values,kind",
    [
        (["2025-03-31", "2024/12/1", "", "2025年1月5日"], "date"),
        (["38", "42", "40.5", ""], "number"),
        (["20240305", "20250101"], "number"),  # a count or a code is likelier than a compact date
        (["S", "M", "L", "M", "XL", "S", "M"], "choice"),
        (["素食", "无", "清真", "无", "无"], "choice"),
        (["S", "M", "L"], "text"),  # every value distinct: nothing says it is a pick list
        (["no pork", "vegetarian, no eggs", "gluten free", "none at all", "lactose"], "text"),
        ([f"v{i}" for i in range(13)] * 2, "text"),  # 13 distinct values: more than a pick list
        (["", "  "], "text"),
        ([], "text"),
    ],
)
def test_guess_kind(values, kind):
    assert guess_kind(values) == kind


def test_long_repeated_answers_are_text_not_choices():
    answer = "I would like to hear more about the reading club"
    assert guess_kind([answer, answer, "ok", "ok"]) == "text"


@given(st.decimals(allow_nan=False, allow_infinity=False, places=3, min_value=-(10**9), max_value=10**9))
def test_a_stored_number_cleans_to_itself(d):
    stored = clean_value("number", str(d))
    assert clean_value("number", stored) == stored
