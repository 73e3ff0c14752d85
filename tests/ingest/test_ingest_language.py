"""The offline English check: our own news paragraphs in seven languages."""

from __future__ import annotations

from pathlib import Path

import pytest

from wirecoder.errors import DataFileError
from wirecoder.ingest.language import (
    ENGLISH_THRESHOLD,
    english_share,
    load_function_words,
    looks_english,
    word_tokens,
)

ENGLISH_SHORT = ("Poland's defence minister met his Lithuanian counterpart in Vilnius on Friday "
                 "to discuss air defence along the eastern border. Both governments said they "
                 "would buy more radar systems next year.")
ENGLISH_NAMES = ("Chinese Premier Li Qiang and Brazilian President Luiz Inacio Lula da Silva "
                 "signed twelve trade agreements in Brasilia. Officials from both sides praised "
                 "the talks.")
FOREIGN = {
    "french": ("Le ministre des Affaires étrangères a rencontré vendredi son homologue allemand "
               "à Paris pour discuter de l'aide militaire à l'Ukraine. Les deux pays ont promis "
               "de renforcer leur coopération dans le domaine de la défense aérienne."),
    "german": ("Der Bundeskanzler hat am Montag in Berlin mit dem polnischen Ministerpräsidenten "
               "über die Sicherheitslage an der Ostgrenze gesprochen. Beide Regierungen wollen "
               "die Zusammenarbeit bei der Luftverteidigung im kommenden Jahr deutlich ausbauen."),
    "spanish": ("El presidente del Gobierno se reunió el martes en Madrid con el primer ministro "
                "de Portugal para hablar sobre la crisis migratoria. Ambos líderes acordaron "
                "aumentar la cooperación en la frontera y pedir más fondos a la Unión Europea."),
    "russian": ("Министр иностранных дел встретился в пятницу со своим турецким коллегой в "
                "Анкаре. Стороны обсудили поставки зерна и возможное прекращение огня."),
    "arabic": ("التقى وزير الخارجية يوم الاثنين نظيره الأردني في عمان لبحث الأوضاع الإنسانية "
               "في المنطقة. واتفق الجانبان على تعزيز التعاون في مجال الإغاثة."),
    "chinese": ("外交部长周二在北京会见了来访的法国外长，双方就乌克兰局势和气候变化问题交换了意见。"
                "两国同意加强在联合国框架内的合作。"),
}


@pytest.mark.parametrize("text", [ENGLISH_SHORT, ENGLISH_NAMES])
def test_two_sentence_english_news_paragraph_is_english(text: str) -> None:
    assert looks_english(text)
    assert english_share(text) >= ENGLISH_THRESHOLD


@pytest.mark.parametrize("language", sorted(FOREIGN))
def test_foreign_news_paragraph_is_not_english(language: str) -> None:
    assert not looks_english(FOREIGN[language])
    assert english_share(FOREIGN[language]) < ENGLISH_THRESHOLD


@pytest.mark.parametrize("text", ["Talks resume Monday", "Ceasefire holds", "Gaza", "2025-09-05",
                                  "Cessez-le-feu respecté"])
def test_text_under_five_latin_words_is_not_rejected_on_weak_evidence(text: str) -> None:
    assert looks_english(text)


def test_short_text_in_another_script_is_still_rejected() -> None:
    assert not looks_english("Переговоры возобновятся")


def test_english_article_quoting_a_foreign_phrase_stays_english() -> None:
    text = ENGLISH_SHORT + " The slogan on the banners read 'Nie oddamy granicy'."
    assert looks_english(text)


def test_chinese_characters_count_as_one_token_each() -> None:
    assert len(word_tokens("两国同意加强合作")) == 8


def test_curly_apostrophe_contractions_are_function_words() -> None:
    assert english_share("it’s") == english_share("it's") == 1.0


def test_shipped_lexicon_has_about_150_words_and_no_foreign_false_friends() -> None:
    words = load_function_words()
    assert len(words) >= 150
    assert {"the", "of", "and", "would"} <= words
    assert not {"i", "am", "per", "via", "die"} & words


def test_lexicon_loader_names_the_bad_line(tmp_path: Path) -> None:
    path = tmp_path / "words.txt"
    path.write_text("# header\nthe\nof the\n", encoding="utf-8")
    with pytest.raises(DataFileError, match=r"words\.txt:3: 'of the' is not one lower-case word"):
        load_function_words(path)


def test_lexicon_loader_rejects_a_repeated_word(tmp_path: Path) -> None:
    path = tmp_path / "words.txt"
    path.write_text("the\nof\nthe\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="listed twice"):
        load_function_words(path)
