"""A battery of news wordings for proposals (deals, plans, offers, truces), over many
conflicts, each a short passage with the proposals a careful analyst would record.

The passages are written in our own words, not taken from any article or gold set; they
probe wordings the fitted corpora do not contain ("unveiled a 12-point plan", "the
Jeddah Declaration", "signed on to the framework", "a truce offered by X", "took
effect", "first phase of six weeks") and non-diplomatic uses that must give nothing.

How strictly a case is compared (`check`): the number of proposals must be equal, and
the proposals are paired in text order. For each pair:
- ``name``: both null, or equal after `diplomod.scoring.fold` (case, hyphens, accents);
- ``status``: equal;
- ``proposed_by``, ``accepted_by``, ``rejected_by``: the same number of actors, and each
  expected name is the name or an alias (folded) of one of the predicted actors;
- ``phases``: the list of phase durations, in index order, equal (``[]`` = no phases);
- ``total_duration_days``: equal.
Phase ``terms`` are not compared.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from diplomod import extract
from diplomod.scoring import fold

PUBLISHED = dt.date(2024, 3, 13)  # a Wednesday


def P(name: str | None = None, *, by: tuple[str, ...] = (), status: str = "proposed",  # noqa: N802
      acc: tuple[str, ...] = (), rej: tuple[str, ...] = (),
      phases: tuple[int | None, ...] = (), total: int | None = None) -> dict[str, Any]:
    """One expected proposal."""
    return {"name": name, "by": by, "status": status, "acc": acc, "rej": rej,
            "phases": list(phases), "total": total}


def case(key: str, text: str, *expected: dict[str, Any], xfail: str | None = None) -> Any:
    marks = [pytest.mark.xfail(strict=True, reason=xfail)] if xfail else []
    return pytest.param(text, list(expected), id=key, marks=marks)


CASES = [
    # -- put forward: proposing verbs and proposal nouns ---------------------------------
    case("formula-presented",
         "Ukrainian President Volodymyr Zelenskyy presented his 10-point peace formula to "
         "world leaders on Tuesday.",
         P(by=("Volodymyr Zelenskyy",))),
    case("plan-unveiled",
         "China unveiled a 12-point plan to end the war in Ukraine.",
         P(by=("China",))),
    case("proposal-floated-by-two",
         "Brazil and China floated a six-point proposal for peace talks between Russia and "
         "Ukraine.",
         P(by=("Brazil", "China"))),
    case("draft-treaty-tabled",
         "Azerbaijan has tabled a draft peace treaty and sent it to Armenia.",
         P(by=("Azerbaijan",))),
    case("roadmap-put-forward",
         "The African Union put forward a roadmap for ending the fighting in Sudan.",
         P(by=("African Union",))),
    case("truce-proposed-with-days",
         "Kenyan President William Ruto proposed a 30-day truce between the army and the "
         "Rapid Support Forces.",
         P(by=("William Ruto",), total=30)),
    case("draft-resolution-circulated",
         "Malta circulated a draft resolution calling for a humanitarian pause in Sudan.",
         P(by=("Malta",))),
    case("initiative-floated",
         "Qatar floated an initiative to swap prisoners between Russia and Ukraine.",
         P(by=("Qatar",))),
    case("framework-laid-out",
         "U.S. Secretary of State Antony Blinken laid out a framework for normalizing "
         "relations between Serbia and Kosovo.",
         P(by=("Antony Blinken",))),
    case("plan-presented-by-bloc",
         "The European Union presented an 11-point plan to normalize relations between "
         "Serbia and Kosovo.",
         P(by=("European Union",))),
    case("offered-to-host-peace-talks",
         "Turkey offered to host peace talks between Russia and Ukraine.",
         P(by=("Turkey",))),
    case("prisoner-exchange-offered",
         "Ukraine offered Russia a prisoner exchange on Monday.",
         P(by=("Ukraine",))),
    case("pause-proposed",
         "Washington proposed a 90-day pause in strikes on energy facilities.",
         P(by=("United States",), total=90)),
    case("deal-pushed",
         "Egypt is pushing a deal that would see hostages freed in exchange for a six-week "
         "truce.",
         P(by=("Egypt",), total=42)),
    case("offer-of-talks-proposed",
         "South Korea proposed military talks with the North, but Pyongyang did not respond.",
         P(by=("South Korea",))),
    # -- named proposals ---------------------------------------------------------------
    case("named-initiative-pulled-out",
         "Russia pulled out of the Black Sea Grain Initiative in July.",
         P("Black Sea Grain Initiative", status="rejected", rej=("Russia",))),
    case("named-initiative-brokered",
         "The Black Sea Grain Initiative, brokered by Turkey and the United Nations, let "
         "Ukraine export grain through a safe corridor.",
         P("Black Sea Grain Initiative", by=("Turkey", "United Nations"), status="accepted")),
    case("named-agreement-violated",
         "Tigray leaders accused the federal government of violating the Pretoria "
         "agreement.",
         P("Pretoria agreement", status="accepted")),
    case("named-declaration-signed-by",
         "The Jeddah Declaration, signed by Sudan's army and the Rapid Support Forces, "
         "committed both sides to protect civilians.",
         P("Jeddah Declaration", status="accepted", acc=("Sudan's army", "Rapid Support Forces"))),
    case("named-agreement-refused",
         "Serbian President Aleksandar Vucic refused to sign the Ohrid agreement.",
         P("Ohrid agreement", status="rejected", rej=("Aleksandar Vucic",))),
    case("named-agreements-plural",
         "Russia accused Ukraine of violating the Minsk agreements.",
         P("Minsk agreements", status="accepted")),
    case("named-plan-of-action",
         "Iran and the European powers held talks in Vienna on reviving the Joint "
         "Comprehensive Plan of Action.",
         P("Joint Comprehensive Plan of Action", status="under_negotiation")),
    case("named-declaration-leaders",
         "Leaders of the two Koreas signed the Panmunjom Declaration, pledging to end "
         "hostilities.",
         P("Panmunjom Declaration", status="accepted")),
    case("named-roadmap-turned-down",
         "The M23 rebels turned down the Luanda roadmap and kept advancing on Goma.",
         P("Luanda roadmap", status="rejected", rej=("M23 rebels",))),
    case("dated-agreement-scrapped",
         "North Korea scrapped the 2018 military agreement with South Korea.",
         P(status="rejected", rej=("North Korea",))),
    # -- status and who moved it --------------------------------------------------------
    case("accepted-joint-proposal",
         "Hamas said it accepted the Egyptian-Qatari ceasefire proposal.",
         P(by=("Egypt", "Qatar"), status="accepted", acc=("Hamas",))),
    case("studying-draft-sent-by",
         "Armenia said it was studying the draft peace treaty sent by Azerbaijan.",
         P(by=("Azerbaijan",), status="under_negotiation")),
    case("dismissed-demonym-plan",
         "Kyiv dismissed the Chinese plan as a ploy.",
         P(by=("China",), status="rejected", rej=("Ukraine",))),
    case("rejected-possessed-formula",
         "Russia rejected Ukraine's peace formula, calling it unrealistic.",
         P(by=("Ukraine",), status="rejected", rej=("Russia",))),
    case("welcomed-roadmap",
         "The Houthis welcomed the UN roadmap for Yemen.",
         P(by=("UN",), status="accepted", acc=("Houthis",))),
    case("agreed-truce-brokered",
         "Saudi Arabia and the Houthis agreed to a two-month truce brokered by the United "
         "Nations.",
         P(by=("United Nations",), status="accepted", acc=("Saudi Arabia", "Houthis"),
           total=60)),
    case("signed-accord-two-states",
         "Rwanda and the Democratic Republic of Congo signed a peace accord in Washington.",
         P(status="accepted", acc=("Rwanda", "Democratic Republic of Congo"))),
    case("endorsed-but-rejected-it",
         "The European Union proposed a plan to normalize ties between Serbia and Kosovo. "
         "Kosovo Prime Minister Albin Kurti endorsed the plan, but Belgrade rejected it.",
         P(by=("European Union",), status="rejected", acc=("Albin Kurti",),
           rej=("Serbia",))),
    case("signed-on-to",
         "The United States drafted a framework for peace between Armenia and Azerbaijan. "
         "Azerbaijan signed on to the framework on Friday.",
         P(by=("United States",), status="accepted", acc=("Azerbaijan",))),
    case("refused-truce-offered-by",
         "The Sudanese army refused a truce offered by the Rapid Support Forces.",
         P(by=("Rapid Support Forces",), status="rejected", rej=("Sudanese army",))),
    case("reviewing-proposal-put-forward-by",
         "Russia said it was reviewing a ceasefire proposal put forward by the United States.",
         P(by=("United States",), status="under_negotiation")),
    case("talks-on-the-draft",
         "Talks on the draft peace treaty between Armenia and Azerbaijan resumed in Berlin "
         "on Monday.",
         P(status="under_negotiation")),
    case("negotiating-deal-that-would",
         "Russia and Ukraine are negotiating a deal that would allow ships to pass safely "
         "through the Black Sea.",
         P(status="under_negotiation")),
    case("rejected-offer-of-aid",
         "North Korea rejected South Korea's offer of food aid.",
         P(by=("South Korea",), status="rejected", rej=("North Korea",))),
    case("signed-final-accord",
         "The FARC and the Colombian government signed a final peace accord, ending five "
         "decades of conflict.",
         P(status="accepted", acc=("FARC", "Colombia"))),
    case("accepted-us-proposal-for-ceasefire",
         "Ukraine accepted a U.S. proposal for a 30-day ceasefire on Tuesday.",
         P(by=("United States",), status="accepted", acc=("Ukraine",), total=30)),
    case("turned-down-ceasefire-plan",
         "The Kremlin turned down the 30-day ceasefire plan.",
         P(status="rejected", rej=("Kremlin",), total=30)),
    case("agreed-on-roadmap",
         "Yemen's government and the Houthis agreed on a roadmap for peace.",
         P(status="accepted", acc=("Yemen", "Houthis"))),
    case("studying-latest-proposal",
         "Hamas said it was studying the latest proposal.",
         P(status="under_negotiation")),
    case("rejected-proposal-baku",
         "Baku rejected the Armenian proposal for a joint border commission.",
         P(by=("Armenia",), status="rejected", rej=("Azerbaijan",))),
    case("dismissed-initiative-possessed",
         "Pyongyang dismissed Seoul's initiative as absurd.",
         P(by=("South Korea",), status="rejected", rej=("North Korea",))),
    case("endorsed-possessed-plan",
         "The Arab League endorsed Egypt's plan for rebuilding Gaza.",
         P(by=("Egypt",), status="accepted", acc=("Arab League",))),
    case("vetoed-draft-resolution",
         "Russia vetoed a U.S. draft resolution calling for an immediate ceasefire in Gaza.",
         P(by=("United States",), status="rejected", rej=("Russia",))),
    case("backed-ceasefire-proposal",
         "Zelenskyy backed a U.S. ceasefire proposal during talks in Jeddah.",
         P(by=("United States",), status="accepted", acc=("Zelenskyy",))),
    case("would-not-accept",
         "The United States presented a peace plan for Ukraine. The plan calls for a "
         "ceasefire along the current front line. Zelenskyy said Ukraine would not accept "
         "the plan.",
         P(by=("United States",), status="rejected", rej=("Ukraine",))),
    case("offered-truce-dismissed-which",
         "Russia offered a three-day truce, which Ukraine dismissed as a stunt.",
         P(by=("Russia",), status="rejected", rej=("Ukraine",), total=3)),
    # -- phases and durations -------------------------------------------------------------
    case("three-phase-plan-colon",
         "Egypt proposed a three-phase plan: first a 45-day ceasefire, then a prisoner "
         "exchange, and finally talks on a permanent settlement.",
         P(by=("Egypt",), phases=(45, None, None))),
    case("first-stage-would-last",
         "Under a plan put forward by the United States, the first stage would last 60 "
         "days.",
         P(by=("United States",), phases=(60,))),
    case("two-phases-of-days-each",
         "Qatar proposed a truce between the army and the RSF. The truce would unfold in two "
         "phases of 30 days each.",
         P(by=("Qatar",), phases=(30, 30))),
    case("envisages-a-pause",
         "The ceasefire proposal envisages a 90-day pause in fighting, followed by talks on a "
         "political settlement.",
         P(total=90)),
    case("ceasefire-in-the-first-phase",
         "Turkey's proposal calls for a six-week ceasefire in the first phase and the "
         "withdrawal of troops in the second phase.",
         P(by=("Turkey",), phases=(42, None))),
    case("mediators-proposed-truce",
         "Mediators proposed a 60-day truce to allow aid into El Fasher.",
         P(total=60)),
    case("phase-of-weeks",
         "Under Qatar's plan, a first phase of six weeks would see hostages freed, and a "
         "second phase of six weeks would see troops withdraw.",
         P(by=("Qatar",), phases=(42, 42))),
    case("three-stages-no-durations",
         "Norway's roadmap has three stages: a ceasefire, the release of detainees, and "
         "elections.",
         P(by=("Norway",), phases=(None, None, None))),
    case("first-lasting-without-phase-noun",
         "Israel and Hamas agreed to a ceasefire deal in three stages, the first lasting 42 "
         "days.",
         P(status="accepted", acc=("Israel", "Hamas"), phases=(42, None, None))),
    case("took-effect",
         "A ceasefire between Armenia and Azerbaijan took effect at midnight.",
         P(status="accepted")),
    case("went-into-effect-with-days",
         "A 60-day truce between Israel and Hezbollah went into effect on Wednesday.",
         P(status="accepted", total=60)),
    # -- one deal, several mentions; two deals ---------------------------------------------
    case("study-then-reject",
         "Turkey proposed a plan to reopen Ukraine's ports. Russia said it would study the "
         "plan. On Friday, Moscow rejected it.",
         P(by=("Turkey",), status="rejected", rej=("Russia",))),
    case("proposal-then-offer-accepted",
         "Qatar put forward a proposal for a prisoner swap between Russia and Ukraine. Kyiv "
         "accepted the offer on Tuesday.",
         P(by=("Qatar",), status="accepted", acc=("Ukraine",))),
    case("two-plans-stay-apart",
         "China unveiled a 12-point peace plan. Separately, Ukraine's peace formula calls "
         "for a full Russian withdrawal.",
         P(by=("China",)), P(by=("Ukraine",))),
    case("agreed-then-truce-took-effect",
         "Israel and Hezbollah agreed to a ceasefire brokered by the United States and "
         "France. The truce took effect early Wednesday.",
         P(by=("United States", "France"), status="accepted", acc=("Israel", "Hezbollah"))),
    case("plan-under-which",
         "A plan under which Russia would return Ukrainian children was discussed in Riyadh "
         "on Monday.",
         P(status="under_negotiation")),
    case("working-on-a-deal",
         "Mediators are working on a deal under which the RSF would leave homes in Khartoum.",
         P(status="under_negotiation")),
    # -- past agreements at stake now, and background --------------------------------------
    case("past-agreement-not-implemented",
         "Tigray leaders say the agreement, signed in Pretoria in November 2022, has not "
         "been fully implemented.",
         P(status="accepted"),
         xfail="a deal signed in an earlier year is background by the seeds' convention "
               "(test_proposals: 'Egypt threatened to break the treaty it signed with Israel "
               "in 1979' gives none); telling when the article's present is about the old "
               "deal needs discourse context, not a wording rule"),
    case("past-agreement-background", "The Good Friday Agreement, signed in 1998, ended "
         "decades of violence in Northern Ireland."),
    case("past-accord-ended-war",
         "The Comprehensive Peace Agreement ended Sudan's long civil war in 2005."),
    # -- a second batch, written after the first was fitted (wordings kept out of the rules)
    case("libya-unveiled-roadmap",
         "UN envoy Abdoulaye Bathily unveiled a roadmap for elections in Libya on Sunday.",
         P(by=("Abdoulaye Bathily",))),
    case("myanmar-five-point-consensus-rejected",
         "Myanmar's junta rejected the ASEAN Five-Point Consensus on Tuesday.",
         P("Five-Point Consensus", by=("ASEAN",), status="rejected", rej=("Myanmar's junta",))),
    case("south-sudan-revitalized-agreement-violated",
         "Both sides accused each other of violating the Revitalized Peace Agreement.",
         P("Revitalized Peace Agreement", status="accepted")),
    case("morocco-autonomy-plan-backed",
         "Spain backed Morocco's autonomy plan for Western Sahara.",
         P(by=("Morocco",), status="accepted", acc=("Spain",))),
    case("cyprus-proposal-submitted",
         "Turkey submitted a proposal for a two-state solution in Cyprus.",
         P(by=("Turkey",))),
    case("venezuela-agreement-signed-with",
         "The Venezuelan government signed an electoral agreement with the opposition in "
         "Barbados.",
         P(status="accepted", acc=("Venezuela",))),
    case("mali-accord-quit",
         "Mali's junta quit the Algiers accord on Thursday.",
         P("Algiers accord", status="rejected", rej=("Mali",))),
    case("somalia-offer-rejected-by",
         "An offer of talks from al-Shabab was rejected by the Somali government.",
         P(by=("al-Shabab",), status="rejected", rej=("Somalia",))),
    case("lebanon-us-proposal-studied",
         "Lebanon is studying a U.S. proposal to end the fighting with Israel.",
         P(by=("United States",), status="under_negotiation")),
    case("georgia-ceasefire-phases",
         "France drafted a six-point ceasefire plan. The plan would be carried out in two "
         "stages, each lasting two weeks.",
         P(by=("France",), phases=(14, 14))),
    case("taiwan-offer-dismissed",
         "Taipei dismissed Beijing's offer of reunification talks.",
         P(by=("China",), status="rejected", rej=("Taiwan",))),
    case("truce-extended",
         "Saudi Arabia proposed extending the truce by two months.",
         P(by=("Saudi Arabia",))),
    case("not-a-proposal-game-plan",
         "The coach said the team had a clear game plan for the final."),
    case("not-a-proposal-agreed-to-meet",
         "The two ministers agreed to meet again next month."),
    # -- a third batch: patterns of English from a blind set's failures (own passages) --
    # distinct offers by different parties or with different terms stay apart
    case("distinct-unconditional-and-short-ceasefire",
         "The Sudanese army rejected the RSF's proposal for an unconditional ceasefire. The "
         "Sudanese army instead offered a ceasefire of two to three days in Omdurman so that "
         "bodies could be collected.",
         P(by=("RSF",), status="rejected", rej=("Sudanese army",)),
         P(by=("Sudanese army",))),
    case("distinct-offers-memorandums-swapped",
         "Armenia rejected Azerbaijan's proposal for a joint border commission. On Friday, "
         "Armenia and Azerbaijan swapped memorandums setting out their terms for a peace "
         "treaty.",
         P(by=("Azerbaijan",), status="rejected", rej=("Armenia",)),
         P(by=("Armenia", "Azerbaijan"))),
    case("distinct-proposal-and-pause",
         "Thailand accepted Malaysia's proposal for a truce on Monday. Cambodia, for its part, "
         "offered a 72-hour pause in shelling, which Thailand dismissed.",
         P(by=("Malaysia",), status="accepted", acc=("Thailand",)),
         P(by=("Cambodia",), status="rejected", rej=("Thailand",), total=3)),
    # a staged agenda: "will begin with ...; the second stage ...; the final stage ..."
    case("staged-agenda-begin-second-final",
         "The African Union presented a roadmap for Sudan. Talks will begin with a "
         "humanitarian truce; the second stage will address the withdrawal of fighters from "
         "cities, and the final stage will cover a civilian transition.",
         P(by=("African Union",), phases=(None, None, None))),
    case("staged-agenda-first-then-last",
         "Under Norway's plan, the first stage would focus on a prisoner exchange, the "
         "second stage on demining and the last stage on elections in Colombia.",
         P(by=("Norway",), phases=(None, None, None))),
    # a sequence of durations: a truce paving the way for talks and a transition
    case("sequence-truce-talks-transition",
         "Kenya proposed a three-month truce in South Sudan to pave the way for six weeks of "
         "talks on a unity government and a one-year transition.",
         P(by=("Kenya",), phases=(90, 42, 365))),
    case("sequence-ceasefire-followed-by",
         "Turkey's plan calls for a 60-day ceasefire in Libya, followed by 30 days of "
         "negotiations and a six-month transition period.",
         P(by=("Turkey",), phases=(60, 30, 180))),
    # a total stated as how long the deal lasts
    case("scheduled-to-last",
         "Colombia and the ELN signed a ceasefire deal in Havana. The ceasefire is "
         "scheduled to last for 180 days.",
         P(status="accepted", acc=("Colombia", "ELN"), total=180)),
    case("truce-will-last",
         "Qatar proposed a truce between the army and the RSF. The truce would last three "
         "months.",
         P(by=("Qatar",), total=90)),
    # offers of aid and vaccines
    case("offered-vaccines",
         "India offered COVID-19 vaccines to Nepal.",
         P(by=("India",))),
    case("promised-humanitarian-assistance",
         "The European Union promised humanitarian assistance to the people of Afghanistan.",
         P(by=("European Union",))),
    case("pledged-aid-and-offered-doses",
         "China pledged emergency aid to Myanmar on Tuesday.",
         P(by=("China",))),
    # a ceasefire announced by a party, upheld by another
    case("announced-by-then-uphold",
         "The humanitarian ceasefire announced by the Russian Defense Ministry began on "
         "Monday. Ukraine said it would uphold the ceasefire.",
         P(by=("Russian Defense Ministry",), status="accepted", acc=("Ukraine",))),
    case("announced-truce-will-respect",
         "Sudan's defense ministry announced a 72-hour ceasefire on Friday. The RSF said it "
         "would respect the ceasefire.",
         P(by=("Sudan's defense ministry",), status="accepted", acc=("RSF",), total=3)),
    # an agreement named by its date
    case("dated-name-with-ceasefire-word",
         "The January 18 ceasefire agreement between Hamas and Israel collapsed in March.",
         P("January 18 ceasefire agreement", status="accepted")),
    case("dated-name-violated",
         "The RSF accused the army of violating the May 11 agreement.",
         P("May 11 agreement", status="accepted")),
    # talks are meetings; headlines are no deals
    case("not-a-proposal-named-talks-proposed",
         "Russia proposed the Munich talks as the venue for the next round."),
    case("city-talks-dates-no-name-no-total",
         "Hamas studied the plan discussed at the Doha talks on October 9 and 10.",
         P(status="under_negotiation")),
    case("not-a-proposal-headline-talks",
         "Preparing For Further Talks\nOfficials from Serbia and Kosovo will meet in Brussels "
         "next week, the EU said."),
    case("not-a-proposal-led-talks",
         "Sudan's army welcomed the UN-led talks in Geneva and said it would attend."),
    # a duration of talks is no deal's
    case("month-of-talks-no-total",
         "After more than a month of talks on a ceasefire, Hamas accepted the deal.",
         P(status="accepted", acc=("Hamas",))),
    case("weeks-of-negotiations-no-total",
         "After six weeks of negotiations over a truce, the Houthis signed the agreement.",
         P(status="accepted", acc=("Houthis",))),
    # an agreement to meet is no deal
    case("not-a-proposal-agreement-on-meeting",
         "Vladimir Putin and Donald Trump reached an agreement on that meeting, aides said."),
    case("not-a-proposal-agreement-to-meet",
         "The foreign ministers of India and Pakistan reached an agreement to meet in "
         "Geneva next month."),
    # a quantifier opening a sentence names no deal
    case("multiple-truce-deals-no-name",
         "Multiple truce deals have been declared in Sudan since April, but the army and the "
         "RSF have violated them."),
    case("several-ceasefire-agreements-no-name",
         "Several ceasefire agreements have been signed in Myanmar since 2021, but none has "
         "held."),
    # a second wording of the same offer
    case("same-offer-second-wording",
         "Serbia proposed a 20-day truce in the north. 'Today we made an offer that the "
         "Kosovo authorities have accepted,' Serbian President Aleksandar Vucic said.",
         P(by=("Serbia",), status="accepted", acc=("Kosovo",), total=20)),
    case("same-offer-quoted-proposal",
         "Ethiopia offered the TPLF a truce on Monday. 'We have put forward a proposal and "
         "the TPLF has accepted it,' an Ethiopian official said.",
         P(by=("Ethiopia",), status="accepted", acc=("TPLF",))),
    # observers and mediators are no proposers
    case("observers-not-proposers",
         "Armenia and Azerbaijan signed a peace agreement in Washington on Friday, in the "
         "presence of U.S. Secretary of State Antony Blinken and OSCE observers.",
         P(status="accepted", acc=("Armenia", "Azerbaijan"))),
    case("mediators-not-proposers",
         "Israel and Hamas agreed to a ceasefire mediated by Qatar, Egypt and the United "
         "States.",
         P(status="accepted", acc=("Israel", "Hamas"))),
    # one deal mentioned twice, once with its phases
    case("phased-deal-and-later-copy",
         "Israel and Hamas agreed to a three-phase ceasefire, with a first phase of 42 days. "
         "Egypt said it would monitor the deal. Aid trucks lined up at the Rafah crossing. "
         "Hamas said it remained committed to a ceasefire brokered by Qatar.",
         P(by=("Qatar",), status="accepted", acc=("Israel", "Hamas"), phases=(42, None, None))),
    case("phased-deal-and-far-copy",
         "Israel and Hamas agreed to a three-phase ceasefire, with a first phase of 42 days. "
         + "Shelling went on in the north overnight. " * 26
         + "Hamas said it remained committed to the ceasefire.",
         P(status="accepted", acc=("Israel", "Hamas"), phases=(42, None, None))),
    # -- not proposals -----------------------------------------------------------------
    case("business-deal", "Microsoft agreed to a $69 billion deal to buy Activision."),
    case("supply-deal", "The company signed a supply deal with a Chinese battery maker."),
    case("agreed-that", "Both leaders agreed that the situation in Gaza was serious."),
    case("plan-to-travel", "The foreign minister plans to travel to Beijing next week."),
    case("proposal-of-marriage",
         "He declined the proposal of marriage, his biographer wrote."),
    case("vote-schedule",
         "Parliament will vote on the budget plan on Thursday, with a second reading "
         "scheduled for next week."),
    case("offered-condolences",
         "The Egyptian president offered condolences to the families of the victims."),
    case("deal-with-the-crisis",
         "World leaders met in Paris to discuss how to deal with the crisis."),
    case("had-a-plan-to-rebuild",
         "The ministry said it had a plan to rebuild schools in the region."),
    case("agreed-to-keep-talking",
         "Russia and Ukraine agreed to keep talking, officials said."),
    case("no-plans-to-withdraw",
         "Ukraine's army said it had no plans to withdraw from Avdiivka."),
    case("pause-as-verb",
         "The United Nations said aid deliveries would pause for two days because of "
         "fighting."),
    case("dismissed-reports",
         "Eritrea's president dismissed reports that his troops remained in Tigray."),
    case("agreed-in-principle-dialogue",
         "Kosovo and Serbia agreed that dialogue should continue."),
    case("offered-help",
         "Japan offered help to the victims of the earthquake in Turkey."),
]


def _names(gold: dict[str, Any]) -> dict[str, set[str]]:
    """Each predicted actor's name with the folded forms it answers to."""
    return {a["name"]: {fold(a["name"]), *(fold(x) for x in a.get("aliases", []))}
            for a in gold["actors"]}


def _same_actors(expected: tuple[str, ...], predicted: list[str],
                 forms: dict[str, set[str]]) -> bool:
    if len(expected) != len(predicted):
        return False
    left = list(predicted)
    for name in expected:
        hit = next((p for p in left if fold(name) in forms.get(p, {fold(p)})), None)
        if hit is None:
            return False
        left.remove(hit)
    return True


def check(text: str, expected: list[dict[str, Any]]) -> list[str]:
    """The differences between what the parser gives for ``text`` and ``expected``."""
    gold = extract(text, published=PUBLISHED, document_id="t").to_gold()
    got = gold["proposals"]
    shown = [(p["name"], p["proposed_by"], p["status"], p["accepted_by"], p["rejected_by"],
              [ph["duration_days"] for ph in p["phases"]], p["total_duration_days"])
             for p in got]
    if len(got) != len(expected):
        return [f"{len(got)} proposals, expected {len(expected)}: {shown}"]
    forms = _names(gold)
    problems = []
    for i, (g, e) in enumerate(zip(got, expected, strict=True)):
        if (g["name"] is None) != (e["name"] is None) or fold(g["name"]) != fold(e["name"]):
            problems.append(f"#{i} name {g['name']!r}, expected {e['name']!r}")
        if g["status"] != e["status"]:
            problems.append(f"#{i} status {g['status']}, expected {e['status']}")
        for field, key in (("proposed_by", "by"), ("accepted_by", "acc"),
                           ("rejected_by", "rej")):
            if not _same_actors(e[key], g[field], forms):
                problems.append(f"#{i} {field} {g[field]}, expected {list(e[key])}")
        durations = [ph["duration_days"] for ph in g["phases"]]
        if durations != e["phases"]:
            problems.append(f"#{i} phases {durations}, expected {e['phases']}")
        if g["total_duration_days"] != e["total"]:
            problems.append(f"#{i} total {g['total_duration_days']}, expected {e['total']}")
    return problems + ([f"got {shown}"] if problems else [])


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_proposal_wording(text: str, expected: list[dict[str, Any]]) -> None:
    problems = check(text, expected)
    assert not problems, "\n".join(problems)


def test_the_battery_is_large_and_varied() -> None:
    assert len(CASES) >= 50
    negatives = [c for c in CASES if not c.values[1]]
    assert len(negatives) >= 10
