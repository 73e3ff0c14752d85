"""What reads like an event and reports none: figurative uses of event verbs, plots of films
and books, poll answers, commentators' forecasts, questions and states of affairs."""

from __future__ import annotations

import pytest


def _types(events):
    return [e["event_type"] for e in events]


@pytest.mark.parametrize("text", [
    "The premier struck a defiant note in her address to parliament.",
    "Opposition candidates hit the road across the southern provinces this week.",
    "The central bank has been fighting inflation for two years.",
    "Shares in the arms maker retreated after the ceasefire announcement.",
    "The senator's amendment would kill the bill, aides warned.",
    "The minister seized the opportunity to court foreign investors.",
])
def test_figurative_uses_of_event_verbs_are_no_events(code_events, text):
    assert _types(code_events(text)) == []


def test_a_literal_use_of_the_same_verb_is_still_an_event(code_events):
    assert "ASSAULT" in _types(code_events("Israeli jets struck a Hezbollah depot in Tyre."))


def test_a_film_plot_is_no_event(code_events):
    events = code_events("The new drama, which portrays a coup in a fictional African state, "
                         "premiered in Berlin.")
    assert _types(events) == []


def test_poll_answers_are_no_events(code_events):
    events = code_events("Seventy percent of Germans told pollsters they rejected the "
                         "pension plan.")
    assert "REJECT" not in _types(events)
    events = code_events("Most respondents in the survey said they backed sanctions on "
                         "Moscow.")
    assert _types(events) == []


def test_a_commentators_forecast_is_no_event(code_events):
    events = code_events("The junta will probably expel the French ambassador next, "
                         "several analysts said.")
    assert _types(events) == []
    events = code_events('"Tehran could retaliate within days," said Lina Haddad, a '
                         "researcher at a Beirut think tank.")
    assert _types(events) == []


def test_an_officials_stated_intent_is_still_coded(code_events):
    events = code_events("Mali's junta will expel the French ambassador, a government "
                         "spokesman said.")
    assert _types(events) != []


def test_a_question_is_no_demand(code_events):
    events = code_events("Journalists asked the spokeswoman whether Seoul would send "
                         "observers to the border.")
    assert "REQUEST" not in _types(events)


def test_being_a_target_is_a_state_not_a_threat(code_events):
    events = code_events("The port has been the target of drone strikes since last spring.")
    assert "THREATEN" not in _types(events)


def test_would_be_treated_as_targets_is_still_a_threat(code_events):
    events = code_events("Moscow said foreign instructors in Ukraine would be legitimate "
                         "targets.")
    assert "THREATEN" in _types(events)


def test_posing_a_threat_is_no_threat(code_events):
    events = code_events("The militia poses a threat to shipping in the gulf, the report said.")
    assert "THREATEN" not in _types(events)


def test_fighting_for_a_cause_or_to_achieve_something_is_no_combat(code_events):
    for text in ("The prime minister is fighting to save his coalition.",
                 "Students say they are fighting for Serbia's future.",
                 "Farmers have battled for years for fair prices."):
        assert not any(e["event_type"] == "ASSAULT" for e in code_events(text)), text


def test_armed_men_fighting_with_no_enemy_named_is_still_combat(code_events):
    events = code_events("Rebel fighters fought in the hills above Bunia on Sunday.")
    assert any(e["event_type"] == "ASSAULT" for e in events)


def test_a_commentators_warning_or_criticism_is_no_event(code_events):
    for text in ("Analysts warned that sanctions on Caracas could backfire.",
                 "Security experts criticised the ministry's handling of the breach.",
                 "Ana Ruiz, who studies Andean politics, warned that Lima would regret it."):
        assert code_events(text, "2023-08-11") == [], text


def test_a_states_warning_is_still_a_threat(code_events):
    events = code_events("Mali warned Paris against any intervention.", "2023-08-11")
    assert [e["event_type"] for e in events] == ["THREATEN"]


def test_what_a_condition_supposes_is_no_event(code_events):
    events = code_events("Ankara said it would resume the offensive if the militia did not "
                         "withdraw from the border.", "2019-10-20")
    assert [(e["event_type"], (e["source"] or {}).get("country")) for e in events] == \
        [("THREATEN", "TUR")]


@pytest.mark.parametrize("text", [
    "In the meantime, Brussels can help Baltic farmers find new buyers for their grain.",
    "Taipei cannot shoot down every drone that crosses the median line.",
    "Only Washington can persuade Israel to halt the offensive.",
])
def test_what_an_actor_is_able_to_do_is_no_act(code_events, text):
    assert code_events(text, "2024-01-10") == []


def test_what_a_speaker_says_his_side_can_do_is_still_read(code_events):
    events = code_events("Iran's army chief said his forces can strike any American base in "
                         "the region.", "2024-01-10")
    assert events
