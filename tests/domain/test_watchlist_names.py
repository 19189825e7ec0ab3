"""Normalisation, phonetic keys and word similarity."""

from __future__ import annotations

from midas_desktop.domain.watchlist.names import name_tokens, normalise_name, phonetic_key
from midas_desktop.domain.watchlist.similarity import jaro_winkler, token_similarity, within_one_edit


def test_normalise_strips_accents_and_punctuation() -> None:
    assert normalise_name("Pérez Núñez") == "PEREZ NUNEZ"
    assert normalise_name("MÜLLER") == "MULLER"
    assert normalise_name("Saint-Fleur") == "SAINT FLEUR"
    assert normalise_name("O'Connor  St. John") == "O CONNOR ST JOHN"
    assert normalise_name("GARCIA<<LOPEZ") == "GARCIA LOPEZ"


def test_particles_are_not_significant_tokens() -> None:
    assert [token.text for token in name_tokens("DE LA CRUZ", "MARÍA DE LOS ÁNGELES")] == [
        "MARIA",
        "ANGELES",
        "CRUZ",
    ]
    assert [token.text for token in name_tokens("DE", "")] == ["DE"]  # nothing but particles: kept


def test_spanish_phonetic_key_folds_spellings_that_sound_alike() -> None:
    assert phonetic_key("VASQUEZ") == phonetic_key("VAZQUEZ") == phonetic_key("BASQUES")
    assert phonetic_key("YSABEL") == phonetic_key("ISABEL")
    assert phonetic_key("HERNANDEZ") == phonetic_key("ERNANDES")
    assert phonetic_key("JIMENEZ") == phonetic_key("GIMENES")
    assert phonetic_key("LLANES") == phonetic_key("YANES")
    assert phonetic_key("CHAVEZ") != phonetic_key("CAVEZ")


def test_word_similarity() -> None:
    assert jaro_winkler("MARTHA", "MARHTA") > 0.95
    assert within_one_edit("PEREZ", "PERES") and within_one_edit("LOPEZ", "LOPZE")
    assert within_one_edit("GARCIA", "GARCA") and not within_one_edit("GARCIA", "GRACA")
    assert token_similarity("PEREZ", "PEREZ") == 1.0
    assert token_similarity("VASQUEZ", "VAZQUEZ") == 0.95
    assert 0.85 <= token_similarity("HERNANDEZ", "HERNANDES".replace("S", "X")) < 0.95
    assert token_similarity("JOSE", "JUAN") == 0.0
