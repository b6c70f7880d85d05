"""Letter where people print on Letter, A4 elsewhere, and always overridable."""

from __future__ import annotations

import pytest

from guides.worksheet.paper import default_paper, parse_paper, region_of


@pytest.mark.parametrize(
    ("environ", "paper"),
    [
        ({"LANG": "en_US.UTF-8"}, "letter"),
        ({"LANG": "fr_CA.UTF-8"}, "letter"),
        ({"LANG": "es_MX"}, "letter"),
        ({"LANG": "fil_PH.UTF-8"}, "letter"),
        ({"LANG": "en_GB.UTF-8"}, "a4"),
        ({"LANG": "es_ES.UTF-8"}, "a4"),
        ({"LANG": "pt_BR.UTF-8"}, "a4"),
        ({"LANG": "C.UTF-8"}, "a4"),
        ({}, "a4"),
        ({"LANG": "en_US.UTF-8", "LC_PAPER": "de_DE.UTF-8"}, "a4"),
        ({"LC_ALL": "en_US.UTF-8", "LC_PAPER": "de_DE.UTF-8"}, "letter"),
        ({"LANG": "en_US.UTF-8", "PORCHLIGHT_PAPER": "a4"}, "a4"),
        ({"LANG": "de_DE.UTF-8", "PORCHLIGHT_PAPER": "Letter"}, "letter"),
        ({"LANG": "de_DE.UTF-8", "PORCHLIGHT_PAPER": "tabloid"}, "a4"),
    ],
)
def test_default_paper_follows_the_locale(environ: dict[str, str], paper: str) -> None:
    assert default_paper(environ) == paper


def test_region_of_locale_names() -> None:
    assert region_of("en_US.UTF-8") == "US"
    assert region_of("sr_RS@latin") == "RS"
    assert region_of("en-ph") == "PH"
    assert region_of("C") is None
    assert region_of("POSIX") is None


def test_parse_paper() -> None:
    assert parse_paper("A4") == "a4"
    assert parse_paper("US-Letter") == "letter"
    with pytest.raises(ValueError, match="letter or a4"):
        parse_paper("legal")
