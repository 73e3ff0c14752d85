"""What a speaker calls something, or says it feels, is an event: disapproval ("branded the
tariffs blackmail", "said the expulsion was unjustified", "said it was dismayed by Rome's
decision") is ACCUSE, praise ("hailed ... called the pact historic") SUPPORT, calling claims
untrue REJECT. An evaluation of the speaker's own side, a feeling of others, a negated
criticism and a plain description are no event."""

from __future__ import annotations

import pytest

from wirecoder.events.evaluations import evaluation_words


def _found(events):
    return {(e["event_type"], (e["source"] or {}).get("country"),
             (e["recipient"] or {}).get("country")) for e in events}


@pytest.mark.parametrize(("text", "expected"), [
    ("Seoul called Tokyo's new export rules a form of economic retaliation.",
     ("ACCUSE", "KOR", "JPN")),
    ("Ankara described the Greek naval drills as provocative.", ("ACCUSE", "TUR", "GRC")),
    ("Hanoi branded the Chinese survey mission a violation of its waters.",
     ("ACCUSE", "VNM", "CHN")),
    ("The Foreign Ministry in Tallinn said Moscow's decision to close the border crossing was "
     "unacceptable.", ("ACCUSE", "EST", "RUS")),
    ("Canberra said Beijing's tariffs on barley were unjustified.", ("ACCUSE", "AUS", "CHN")),
    ("Mexico said it was deeply dismayed by Washington's decision to deport the activists.",
     ("ACCUSE", "MEX", "USA")),
    ("The Egyptian foreign ministry said it was alarmed by Ethiopia's move to fill the dam.",
     ("ACCUSE", "EGY", "ETH")),
    ("Warsaw said the Belarusian election did not look credible.", ("ACCUSE", "POL", "BLR")),
])
def test_disapproval_in_what_is_called_or_said_is_accuse(code_events, text, expected):
    assert expected in _found(code_events(text))


@pytest.mark.parametrize(("text", "expected"), [
    ("Paris called Rabat's new constitution a historic step.", ("SUPPORT", "FRA", "MAR")),
    ("Paris described Rabat's reform plan as constructive.", ("SUPPORT", "FRA", "MAR")),
])
def test_praise_in_what_is_called_is_support(code_events, text, expected):
    assert expected in _found(code_events(text))


@pytest.mark.parametrize("text", [
    "Beijing said the Philippine claims were baseless.",
    "Tehran called the American allegations a fabrication.",
])
def test_calling_claims_untrue_is_reject(code_events, text):
    assert "REJECT" in {e["event_type"] for e in code_events(text)}


def test_a_reaction_to_an_act_named_before_is_aimed_at_who_made_it(code_events):
    events = code_events("Algeria recalled its ambassador to Madrid on Saturday. Spain said "
                         "the decision was regrettable.")
    assert ("ACCUSE", "ESP", "DZA") in _found(events)


@pytest.mark.parametrize("text", [
    "Analysts said the economy was weak and unemployment was rising.",
    "Voters said they were worried about prices.",
    "Ankara said it was not unacceptable for observers to attend.",
    "We were wrong, the minister said.",
    "The prime minister said the weather was dangerous for the fishing fleet.",
])
def test_plain_descriptions_and_others_feelings_are_no_event(code_events, text):
    assert not {e["event_type"] for e in code_events(text)} & {"ACCUSE", "SUPPORT", "REJECT"}


def test_the_evaluation_words_load_with_their_polarity():
    words = evaluation_words()
    assert words["farce"].polarity == "negative"
    assert words["disappointed"].kind == "feeling"
    assert words["baseless"].polarity == "false"


def test_a_modifier_of_a_contentful_noun_judges_nothing(code_events):
    events = code_events("Tehran said any American warships entering the strait would be "
                         "considered legitimate targets.")
    kinds = {e["event_type"] for e in events}
    assert "SUPPORT" not in kinds
    assert "THREATEN" in kinds


@pytest.mark.parametrize(("text", "expected"), [
    ("Kabul said Islamabad was to blame for the border clashes.", ("ACCUSE", "AFG", "PAK")),
    ("Tokyo believes Pyongyang is to blame for the cyberattack.", ("ACCUSE", "JPN", "PRK")),
])
def test_whoever_is_said_to_be_to_blame_is_accused(code_events, text, expected):
    assert expected in _found(code_events(text))


def test_a_hyphenated_evaluation_is_read_whole(code_events):
    events = code_events("Baghdad called Ankara's water cuts short-sighted and ill-judged.")
    assert ("ACCUSE", "IRQ", "TUR") in _found(events)


@pytest.mark.parametrize(("text", "expected"), [
    ("Pyongyang's state media mocked the South Korean defence minister.", "ACCUSE"),
    ("Thousands of opponents of the junta took to the streets of Bangkok.", "PROTEST"),
    ("Paris sent its foreign minister to Beirut on Sunday.", "CONSULT"),
    ("The Pope toured Kenya and Uganda in 2015.", "CONSULT"),
    ("Hackers wiped data from thousands of government computers in Tirana.", "COERCE"),
])
def test_more_wire_verbs(code_events, text, expected):
    assert expected in {e["event_type"] for e in code_events(text, "2016-01-01")}


@pytest.mark.parametrize("text", [
    "Moscow called the new sanctions a witch hunt against Russian business.",
    "Minsk called the trial of the journalists in Vilnius a show trial.",
])
def test_two_word_evaluations_are_read(code_events, text):
    assert "ACCUSE" in {e["event_type"] for e in code_events(text)}
