"""A bare surname (or the first part of a name written family-name first) refers to the person
the article named in full before it, even when the knowledge base lacks that person or knows
others by the same surname."""

from __future__ import annotations


def _sources(events, kind):
    return [(e["source"] or {}).get("country") for e in events if e["event_type"] == kind]


def test_a_surname_alone_is_the_person_named_in_full_before(code_events):
    events = code_events("Vanuatu's foreign minister, Jotham Napat, met his Fijian counterpart "
                         "on Monday. On Tuesday Napat accused Australia of ignoring the islands.",
                         "2025-03-04")
    assert _sources(events, "ACCUSE") == ["VUT"]


def test_a_family_name_written_first_is_found_again(code_events):
    events = code_events("Taiwan's deputy foreign minister, Lin Wei-ping, spoke in Taipei. "
                         "Later Lin urged Beijing to stop its drills.", "2024-05-24")
    assert _sources(events, "REQUEST") == ["TWN"]


def test_two_people_who_share_a_surname_leave_it_open(code_events):
    events = code_events("Opposition leader Rahul Mensah met Defence Minister Kofi Mensah in "
                         "Accra. Mensah later accused Togo of harbouring gunmen.", "2024-05-24")
    assert all(e["source"] is None or e["source"].get("name") not in
               {"Rahul Mensah", "Kofi Mensah"} for e in events if e["event_type"] == "ACCUSE")
