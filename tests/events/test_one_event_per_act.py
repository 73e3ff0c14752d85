"""One act, one event: a condition is part of the event it conditions, the toll of an attack
is part of the attack, an announced aid is a pledge; an attacker nobody names belongs to
the place of the attack."""

from __future__ import annotations


def _summary(events):
    return sorted((e["event_type"], (e["source"] or {}).get("country"),
                   (e["recipient"] or {}).get("country"), e["trigger"]) for e in events)


def test_a_conditional_clause_is_the_condition_not_a_second_event(code_events):
    events = code_events("Tehran threatened to close the strait if it is attacked again.")
    assert [e["event_type"] for e in events] == ["THREATEN"]
    assert "if it is attacked again" in (events[0]["condition"] or "")


def test_a_demand_that_holds_until_it_is_met_is_one_event(code_events):
    events = code_events("The strikers rejected the offer and said they would stay out "
                         "until their pay demands are met.")
    assert "CONSULT" not in {e["event_type"] for e in events}
    assert "REJECT" in {e["event_type"] for e in events}


def test_the_toll_of_an_attack_is_not_another_attack(code_events):
    events = code_events("Militants stormed a police post in Kidal on Friday, killing four "
                         "officers and wounding six.")
    assert [e["trigger"] for e in events if e["event_type"] == "ASSAULT"] == ["stormed"]


def test_the_toll_of_a_launched_offensive_is_part_of_it(code_events):
    events = code_events("The army launched an offensive against rebel camps on Tuesday, "
                         "killing or wounding 30.")
    assert len([e for e in events if e["event_type"] == "ASSAULT"]) == 1


def test_a_killing_after_an_act_that_is_no_attack_is_still_coded(code_events):
    events = code_events("Police ordered the crowd to leave the square, killing one protester, "
                         "and later arrested 30 students.")
    triggers = {(e["event_type"], e["trigger"]) for e in events}
    assert ("ASSAULT", "killing") in triggers
    assert ("COERCE", "arrested") in triggers


def test_an_announced_grant_is_a_pledge(code_events):
    events = code_events("Norway will give Malawi a grant of 40 million crowns for schools.")
    assert ("AGREE", "NOR", "MWI", "give") in _summary(events)


def test_aid_already_given_stays_aid(code_events):
    events = code_events("Norway gave Malawi a grant of 40 million crowns for schools.")
    assert ("AID", "NOR", "MWI", "gave") in _summary(events)


def test_aid_a_third_party_says_another_will_send_is_not_its_pledge(code_events):
    events = code_events("Moscow claimed that Britain will send more missiles to Kyiv.")
    assert all(e["event_type"] != "AGREE" for e in events)


def test_a_bomb_nobody_claims_is_coded_to_the_country_it_went_off_in(code_events):
    events = code_events("A roadside bomb killed three policemen near Kandahar on Tuesday.")
    attack = next(e for e in events if e["event_type"] == "ASSAULT")
    assert attack["source"]["country"] == "AFG"
    assert attack["source"]["sector"] == "UAF"
    assert attack["source"]["text"] == "A roadside bomb"


def test_gunmen_without_a_state_belong_where_they_strike(code_events):
    events = code_events("Gunmen shot dead a district judge in Quetta.")
    attack = next(e for e in events if e["event_type"] == "ASSAULT")
    assert attack["source"]["country"] == "PAK"


def test_unnamed_troops_are_not_given_the_country_they_strike(code_events):
    events = code_events("Troops shelled villages near Kherson overnight.")
    attack = next(e for e in events if e["event_type"] == "ASSAULT")
    assert (attack["source"] or {}).get("country") in (None,)


def test_a_noun_event_named_after_a_state_is_that_states(code_events):
    events = code_events("Palestinian protests against the new permit rules spread to Nablus.")
    protest = next(e for e in events if e["event_type"] == "PROTEST")
    assert protest["source"]["country"] == "PSE"
    events = code_events("Opposition protests against the Turkish dam project grew on Sunday.")
    protest = next(e for e in events if e["event_type"] == "PROTEST")
    assert (protest["source"] or {}).get("country") != "TUR"  # the object's state acts not


def test_what_a_condition_clause_names_is_not_an_event_either(code_events):
    events = code_events("The rebel commanders rejected the truce offer until their demands "
                         "are met in full.")
    assert [e["event_type"] for e in events] == ["REJECT"]


def test_police_face_people_of_their_own_state(code_events):
    events = code_events("Kenyan police arrested dozens of demonstrators in the capital.")
    arrest = next(e for e in events if e["event_type"] == "COERCE")
    assert arrest["recipient"]["country"] == "KEN"
    events = code_events("Student protesters clashed with Iranian riot police.")
    clash = next(e for e in events if e["event_type"] == "ASSAULT")
    assert {clash["source"]["country"], clash["recipient"]["country"]} == {"IRN"}


def test_a_foreign_government_does_not_adopt_the_rebels_it_criticises(code_events):
    events = code_events("The Canadian government criticised the rebels for the attack.")
    event = next(e for e in events if e["event_type"] == "ACCUSE")
    assert (event["recipient"] or {}).get("country") != "CAN"


def test_rebels_without_a_state_belong_where_they_act(code_events):
    events = code_events("Rebels rejected the truce offer in Goma on Monday.")
    event = next(e for e in events if e["event_type"] == "REJECT")
    assert event["source"]["country"] == "COD"


def test_who_meets_abroad_keeps_no_country_from_the_venue(code_events):
    events = code_events("Opposition leaders met in Geneva on Monday.")
    meeting = next(e for e in events if e["event_type"] == "CONSULT")
    assert meeting["source"]["country"] != "CHE"


def test_states_coordinated_inside_a_modifier_each_act(code_events):
    events = code_events("Italian and Greek warships began joint naval drills off Crete.")
    pairs = {((e["source"] or {}).get("country"), (e["recipient"] or {}).get("country"))
             for e in events if e["event_type"] == "COOPERATE"}
    assert pairs == {("ITA", "GRC"), ("GRC", "ITA")}
