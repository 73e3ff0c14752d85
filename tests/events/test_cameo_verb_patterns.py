"""Verb patterns imported from PETRARCH2's CAMEO dictionary (triggers_cameo.tsv) code wire
verbs the hand-written lexicon lacks; a group's WordNet synonyms and verbs that only mark
the mode of another event are left out, and triggers.tsv wins every clash."""

from __future__ import annotations

import copy

from wirecoder.events.coder import EventCoder
from wirecoder.events.lexicon import Trigger, hand_written_wins, load_lexicon
from wirecoder.events.places import load_gazetteer
from wirecoder.ingest.article import Article


def _types(events):
    return {e["event_type"] for e in events}


def test_gunning_down_officers_is_an_assault(code_events):
    events = code_events("Gunmen gunned down three Nigerian police officers in Kaduna on Friday.")
    assert "ASSAULT" in _types(events)


def test_allocating_money_to_a_state_is_aid(code_events):
    events = code_events("The World Bank allocated 200 million dollars to Malawi.")
    assert "AID" in _types(events)


def test_giving_a_deadline_is_a_threat(code_events):
    events = code_events("Serbia gave Kosovo a 24-hour deadline to remove the roadblocks.")
    assert "THREATEN" in _types(events)


def test_stepping_up_pressure_is_a_request(code_events):
    events = code_events("Brazil stepped up pressure on Paraguay to reopen the dam talks.")
    assert "REQUEST" in _types(events)


def test_a_synonym_of_demand_is_not_imported(code_events):
    assert code_events("The governor campaigned for a new airport near Porto.") == []


def test_a_plan_against_a_domestic_ill_is_no_threat(code_events):
    events = code_events("Chile plans an offensive against tax fraud, the minister said.")
    assert "THREATEN" not in _types(events)


def test_the_import_can_be_turned_off(coder):
    text = "Gunmen gunned down three Nigerian police officers in Kaduna on Friday."
    without = copy.copy(coder)  # the same pipeline and actors, the hand-written lexicon only
    without.events = EventCoder(load_lexicon(cameo_patterns=False), load_gazetteer())
    article = Article(id="off", text=text, date="2025-09-05")
    on = coder.code_doc(article, coder.nlp(text)).events
    off = without.code_doc(article, coder.nlp(text)).events
    assert "ASSAULT" in {e.event_type for e in on}
    assert "ASSAULT" not in {e.event_type for e in off}


def _trigger(lemma, requires="-", objects=(), event_type="ASSAULT"):
    return Trigger(lemma, "V", event_type, None, "190", requires, None,
                   objects=frozenset(objects))


def test_a_hand_written_word_keeps_its_rows():
    hand = [_trigger("send", "obj:aid", event_type="AID")]
    imported = [_trigger("send"), _trigger("send", "obj=", {"food", "envoy"}, "CONSULT"),
                _trigger("gun down")]
    kept = hand_written_wins(hand, imported, aid_nouns={"food"})
    assert [(t.lemma, t.objects) for t in kept] == [("send", frozenset({"envoy"})),
                                                    ("gun down", frozenset())]


def test_a_bare_hand_written_verb_wins_over_imported_objects():
    kept = hand_written_wins([_trigger("attack")], [_trigger("attack", "obj=", {"policy"})])
    assert kept == []


def test_an_imported_particle_does_not_loosen_a_constrained_hand_verb():
    hand = [_trigger("fire", "obj:weapon")]
    kept = hand_written_wins(hand, [_trigger("fire at"), _trigger("gun down")])
    assert [t.lemma for t in kept] == ["gun down"]
