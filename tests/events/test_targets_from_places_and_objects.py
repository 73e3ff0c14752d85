"""Who an event is aimed at when the sentence names no one directly: the state of the place
where troops, sanctions, aid or a threat go; whose the object is; who a protest is for;
who was in the camp that was hit."""

from __future__ import annotations


def _dyad(events, kind):
    event = next(e for e in events if e["event_type"] == kind)
    return (event["source"] or {}).get("country"), (event["recipient"] or {}).get("country")


def test_troops_on_alert_abroad_are_aimed_at_that_place(code_events):
    events = code_events("Turkish troops remained on high alert in northern Iraq on Sunday.")
    assert _dyad(events, "MOBILIZE") == ("TUR", "IRQ")


def test_a_state_mobilising_at_home_aims_at_nobody_by_place(code_events):
    events = code_events("Greek troops remained on high alert in Athens on Sunday.")
    assert _dyad(events, "MOBILIZE")[1] != "GRC"


def test_a_threatened_curfew_is_aimed_at_the_place(code_events):
    events = code_events("The junta threatened to impose a curfew in Conakry.")
    assert _dyad(events, "THREATEN")[1] == "GIN"


def test_regions_and_former_names_are_places_of_their_state(code_events):
    events = code_events("Government aircraft bombed villages in Darfur on Tuesday.")
    event = next(e for e in events if e["event_type"] == "ASSAULT")
    assert event["location"]["country"] == "SDN"


def test_whose_object_it_is_comes_before_what_it_mentions(code_events):
    events = code_events("Ghana condemned the Togolese raid on the border village.")
    assert _dyad(events, "ACCUSE") == ("GHA", "TGO")


def test_a_resolution_vetoed_is_not_the_vetoing_states_condemnation(code_events):
    events = code_events("Russia vetoed a Security Council resolution condemning the "
                         "annexation.")
    assert ("ACCUSE", "RUS") not in {(e["event_type"], (e["source"] or {}).get("country"))
                                     for e in events}


def test_a_protest_is_aimed_at_what_it_shows_anger_at(code_events):
    events = code_events("Students in Tunis blocked a road to show their anger at France's "
                         "new visa rules.")
    assert _dyad(events, "PROTEST") == ("TUN", "FRA")


def test_an_attack_on_a_camp_hits_the_people_it_is_for(code_events):
    events = code_events("A camp for Malian refugees was attacked by gunmen near the border.")
    assert _dyad(events, "ASSAULT")[1] == "MLI"


def test_an_apposition_names_the_office_of_a_known_person(code_events):
    events = code_events("Iraq rejected an appeal by Kofi Annan, the UN secretary-general, "
                         "to admit the inspectors.", date=None)
    assert _dyad(events, "REJECT") == ("IRQ", "IGO")


def test_a_town_named_beside_its_region_is_the_place(code_events):
    events = code_events("Rebels seized the town of Bunia in Ituri on Friday.")
    event = next(e for e in events if e["event_type"] in ("COERCE", "ASSAULT"))
    assert event["location"]["name"] == "Bunia"


def test_fighters_from_a_group_are_that_groups(code_events):
    events = code_events("Fighters from Hezbollah fired rockets at northern Israel.")
    assert _dyad(events, "ASSAULT") == ("LBN", "ISR")


def test_a_place_attacked_across_a_border_does_not_locate_the_attackers(code_events):
    events = code_events("Militants fired rockets at northern Israel overnight.")
    assert _dyad(events, "ASSAULT") == (None, "ISR")


def test_receiving_inspectors_is_access_and_receiving_a_delegation_a_visit(code_events):
    events = code_events("Iran received a team of inspectors from the IAEA on Monday.")
    assert _dyad(events, "RETREAT") == ("IRN", "IGO")
    events = code_events("Kenya received a delegation from the African Union.")
    assert _dyad(events, "CONSULT") == ("IGO", "KEN")


def test_a_stronghold_on_a_border_is_not_the_neighbours(code_events):
    events = code_events("Burmese troops captured a rebel stronghold on the Thai border.")
    assert _dyad(events, "ASSAULT")[1] != "THA"


def test_troops_massed_on_a_border_are_aimed_across_it(code_events):
    events = code_events("Russia massed troops on the Ukrainian border.")
    assert _dyad(events, "MOBILIZE") == ("RUS", "UKR")


def test_a_visiting_king_of_a_named_country_is_that_countrys(code_events):
    events = code_events("Israel's president refused to meet Jordan's visiting King Abdullah "
                         "in Tel Aviv.", date="2005-03-03")
    assert _dyad(events, "REJECT")[1] == "JOR"


def test_what_the_speaker_calls_something_names_the_object(code_events):
    cases = [("Ottawa condemned what it called Iran's reckless seizure of the tanker.",
              "ACCUSE", ("CAN", "IRN")),
             ("Moscow denounced what it described as Estonian provocations.",
              "ACCUSE", ("RUS", "EST")),
             ("Jordan condemned what it termed an act of aggression by Israel.",
              "ACCUSE", ("JOR", "ISR")),
             ("Turkish jets struck what the army called shelters of the PKK in Iraq.",
              "ASSAULT", ("TUR", "IRQ"))]
    for text, kind, dyad in cases:
        assert _dyad(code_events(text), kind) == dyad, text


def test_a_citys_name_in_another_language_does_not_hide_a_region():
    from wirecoder.events.places import load_gazetteer

    gazetteer = load_gazetteer()
    assert gazetteer.lookup("Borno").country == "NGA"  # a Nigerian state, not Germany's Borna
    assert gazetteer.lookup("Bombay").country == "IND"  # other names still find their city


def test_the_doer_of_a_condemned_act_is_the_target(code_events):
    assert _dyad(code_events("Egypt condemned the shelling of the school by Israel."),
                 "ACCUSE") == ("EGY", "ISR")
    assert _dyad(code_events("Peru welcomed the release of two fishermen by Chile."),
                 "SUPPORT") == ("PER", "CHL")
    # 'by' with no actor in it says how, not who
    assert _dyad(code_events("The Arab League condemned the raid by a vote of 12 to 3."),
                 "ACCUSE")[1] is None


def test_a_leader_naming_his_own_state_does_not_target_it(code_events):
    for text in ("Lukashenko warned that Minsk could retaliate against any new sanctions.",
                 "Erdogan warned that Turkey would respond to any provocation.",
                 "Prime Minister Modi said India would never accept mediation."):
        for event in code_events(text, "2021-06-01"):
            source, recipient = event["source"] or {}, event["recipient"] or {}
            assert not source.get("country") or \
                source.get("country") != recipient.get("country"), text


def test_what_violence_is_done_with_is_no_target(code_events):
    assert _dyad(code_events("Kenyan police dispersed the crowd in Nairobi with tear gas."),
                 "ASSAULT")[1] in {None, "KEN"}
    assert _dyad(code_events("Protesters clashed with police in Tbilisi."), "ASSAULT")[1] == "GEO"


def test_a_free_relative_after_a_preposition_names_the_target(code_events):
    events = code_events("Canberra voiced alarm over what it called reckless manoeuvres by "
                         "Chinese fighter jets.", "2024-05-06")
    assert any(e["event_type"] == "ACCUSE" and (e["recipient"] or {}).get("country") == "CHN"
               for e in events)
