"""Page chrome (bylines, datelines, credits, captions, links, share widgets, subheads) is
blanked before the parse: offsets stay, and the chrome is neither actor nor event."""

from __future__ import annotations

from wirecoder.nlp.chrome import prose_text


def test_blanking_keeps_the_length_and_the_line_breaks():
    text = "By Ana Silva\n\nQUITO, Ecuador (AP) -- The army moved into the port.\n"
    prose = prose_text(text)
    assert len(prose) == len(text)
    assert prose.count("\n") == text.count("\n")
    assert "Ana Silva" not in prose and "QUITO" not in prose
    assert prose[text.index("The army"):].startswith("The army moved into the port.")


def test_credit_caption_and_link_lines_are_chrome():
    text = ("Rebels shelled the airport on Friday.\n"
            "Additional reporting by Tom Okafor; Editing by Lisa Grant\n"
            "Photo: Smoke rises over the runway. (AFP)\n"
            "Read more: Rebels seize two towns in the east\n")
    prose = prose_text(text)
    assert "Rebels shelled the airport" in prose
    for chrome in ("Editing", "Smoke rises", "seize two towns"):
        assert chrome not in prose


def test_a_share_widget_run_is_blanked_but_the_name_after_it_stays():
    text = "SHARE THIS STORY Share Tweet Email Minister Sergei Lavrov met his Iranian peer."
    prose = prose_text(text)
    assert "Tweet" not in prose and "Minister Sergei Lavrov met" in prose


def test_a_dateline_with_the_year_and_agency_is_blanked():
    for text in ("SEOUL, Nov 23, 2010 (AFP) - Artillery hit the island.",
                 "WASHINGTON, March 3, 2003 (Reuters) - The president spoke.",
                 "LIMA, Peru, Jan. 9 2019 -- Police cleared the square."):
        prose = prose_text(text)
        assert prose.strip().split()[0] in {"Artillery", "The", "Police"}, prose


def test_a_dateline_with_accented_capitals_is_blanked():
    for text in ("BOGOTÁ, Colombia (AP) — Police cleared the square.",
                 "SÃO PAULO, Brazil, Oct 2 (Reuters) - Police cleared the square.",
                 "ZÜRICH - Police cleared the square."):
        assert prose_text(text).strip().startswith("Police"), prose_text(text)


def test_a_sentence_that_opens_with_an_acronym_is_no_dateline():
    text = "NATO - the alliance said on Monday - will send more jets to the Baltics."
    assert prose_text(text) == text


def test_a_short_subhead_without_a_full_stop_is_blanked():
    text = "The talks resumed in Doha.\nA fragile truce\nBoth delegations met the mediators.\n"
    prose = prose_text(text)
    assert "fragile truce" not in prose and "Both delegations met" in prose


def test_a_dateline_never_becomes_the_source_of_an_attack(code_events):
    events = code_events("GOMA, Congo (Reuters) - Gunmen attacked a displacement camp north of "
                         "the city overnight, the United Nations said.", "2024-02-10")
    assert events, "the attack itself is still coded"
    for event in events:
        assert "GOMA" not in ((event["source"] or {}).get("text") or "")
        assert not event["evidence"]["text"].startswith(("GOMA", " "))


def test_a_byline_does_not_merge_into_the_first_sentence(code_events):
    events = code_events("By Priya Natarajan\n\nIndia summoned the Bangladeshi envoy on "
                         "Thursday over the border shooting.", "2024-05-03")
    assert events
    assert all("Priya" not in e["evidence"]["text"] for e in events)


def test_each_item_of_a_list_is_a_sentence_of_its_own(code_events):
    events = code_events("Capitals answered within days:\n- Ottawa recalled its high "
                         "commissioner from Islamabad;\n- Oslo and Helsinki froze budget "
                         "support;\n* Tokyo suspended new loans.", "1998-06-01")
    sanctions = {((e["source"] or {}).get("country"), e["evidence"]["text"])
                 for e in events if e["event_type"] == "SANCTION"}
    by_source = {source: text for source, text in sanctions}
    assert {"CAN", "NOR", "FIN", "JPN"} <= set(by_source)
    assert "Ottawa" not in by_source["NOR"] and "Tokyo" not in by_source["FIN"]
