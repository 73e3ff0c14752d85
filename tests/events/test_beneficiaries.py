"""Who help is for: the object of a protecting verb, and the country a force serves in."""


def _dyads(events):
    return {(e["event_type"], (e["source"] or {}).get("country"),
             (e["recipient"] or {}).get("country")) for e in events}


def test_help_to_defend_a_country_is_aimed_at_that_country(code_events):
    events = code_events("Denmark is ready to send frigates to help defend Estonia.")
    assert any(src == "DNK" and rcp == "EST" for _, src, rcp in _dyads(events))


def test_troops_for_a_force_in_a_country_serve_that_country(code_events):
    events = code_events("Ghana contributed soldiers to a peacekeeping force in Mali.")
    assert ("AID", "GHA", "MLI") in _dyads(events)


def test_an_agreement_signed_in_a_capital_is_not_aimed_at_its_host(code_events):
    events = code_events("Armenia and Azerbaijan signed a peace accord in Washington.")
    assert all(rcp != "USA" for _, _, rcp in _dyads(events))


def test_who_is_helped_to_act_is_who_the_pledge_is_for(code_events):
    for text, dyad in (("Japan offered engineers to help Nepal rebuild its schools.",
                        ("JPN", "NPL")),
                       ("Britain promised a team of detectives to help Kenya trace the "
                        "attackers.", ("GBR", "KEN"))):
        events = code_events(text)
        assert any(((e["source"] or {}).get("country"), (e["recipient"] or {}).get("country"))
                   == dyad for e in events), text


def test_a_pledge_to_stand_by_a_country_is_aimed_at_it(code_events):
    events = code_events("Poland pledged to stand by Lithuania, and Canada vowed to stand "
                         "behind Latvia.")
    assert {("AGREE", "POL", "LTU"), ("AGREE", "CAN", "LVA")} <= _dyads(events)
