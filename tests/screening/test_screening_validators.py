import pytest

from carecomms.screening.validators import (
    luhn_is_valid,
    nhs_number_is_test_range,
    nhs_number_is_valid,
    ni_number_is_valid,
    uk_postcode_is_valid,
)


@pytest.mark.parametrize("number", ["943 476 5919", "9434765919", "401-023-2137", "999 000 0018"])
def test_valid_nhs_numbers_pass_mod_11(number: str) -> None:
    assert nhs_number_is_valid(number)


@pytest.mark.parametrize(
    "number", ["943 476 5918", "485 777 3456", "123456789", "12345678901", "0000000000", "1111111111"]
)
def test_invalid_nhs_numbers_fail(number: str) -> None:
    assert not nhs_number_is_valid(number)


def test_check_digit_of_ten_is_never_valid() -> None:
    # 1000000010: weighted sum 10 -> 11 - 10 = 1 ... build one whose check digit would be 10.
    candidates = [f"{n:09d}" for n in range(100000000, 100000200)]
    for stem in candidates:
        total = sum(int(d) * w for d, w in zip(stem, range(10, 1, -1), strict=True))
        if 11 - total % 11 == 10:
            assert not any(nhs_number_is_valid(stem + str(d)) for d in range(10))
            return
    pytest.fail("no stem with check digit 10 in range")


def test_999_range_is_recognised_as_test_numbers() -> None:
    assert nhs_number_is_test_range("999 000 0018")
    assert not nhs_number_is_test_range("943 476 5919")


@pytest.mark.parametrize("number", ["AB123456C", "ab 12 34 56 c", "JG103759A", "AB123456"])
def test_ni_numbers_in_hmrc_format(number: str) -> None:
    assert ni_number_is_valid(number)


@pytest.mark.parametrize(
    "number", ["QQ123456C", "DA123456A", "AO123456A", "GB123456A", "NK123456A", "AB123456E", "AB12345C"]
)
def test_ni_numbers_breaking_format_rules(number: str) -> None:
    assert not ni_number_is_valid(number)


@pytest.mark.parametrize(
    "postcode", ["E17 9NJ", "e179nj", "SW1A 1AA", "EC1A 1BB", "W1A 0AX", "IG8 0RT", "GIR 0AA"]
)
def test_full_postcodes(postcode: str) -> None:
    assert uk_postcode_is_valid(postcode)


@pytest.mark.parametrize("postcode", ["E17", "E10", "Q1 1AA", "E17 9NI", "12 3AB", "E17 9N"])
def test_partial_or_impossible_postcodes(postcode: str) -> None:
    assert not uk_postcode_is_valid(postcode)


def test_luhn() -> None:
    assert luhn_is_valid("4111 1111 1111 1111")
    assert not luhn_is_valid("4111 1111 1111 1112")
