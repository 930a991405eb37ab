"""Rebuild the Leningrad Region's 2018 foreign economic relations from the published text.

Run with ``make demo``. The text is the one the project was created from, kept
beside this script; the library itself reads no files, so the script does.

It reads the text into the model, audits the trade figures, then builds the
regions, agreements, plans, events, trade balances and partner structure and
prints the indicators an analyst would compute from them.
"""

from __future__ import annotations

from pathlib import Path

import regionrel
from regionrel import gazetteer
from regionrel.events import Delegation
from regionrel.trade import ConcentrationIndex

SEED = Path(__file__).with_name("leningrad_2018.txt")


def heading(title: str) -> None:
    print(f"\n{title}\n{'-' * len(title)}")


def show_reading(text: str) -> regionrel.Extraction:
    heading("1. What the text states")
    found = regionrel.extract(text)
    for figure in found.figures:
        print(
            f"  {figure.role.value:<9} {figure.figure} {figure.scale.name.lower()} {figure.currency}"
        )
    for change in found.changes:
        role = change.role.value if change.role else "(unattached)"
        print(f"  {role:<9} {change.direction.value} {change.figure}")
    for exceed in found.exceeds:
        print(f"  {exceed.larger.value} exceed {exceed.smaller.value} by {exceed.figure}")
    for count in found.partner_counts:
        print(f"  partners: {count.count} countries")
    for share in found.shares:
        print(f"  {share.region.name if share.region else share.partner}: {share.share} of trade")
    for mention in found.ranks:
        print(f"  place {mention.position} in {mention.role.value} in the {mention.group}")
    for period in found.periods:
        if period.repaired:
            print(f"  period {period.text!r} read as {period.period}: its dash was lost")
    for forum in found.forums:
        partners = ", ".join(c.name for c in forum.countries)
        print(f"  forum: {forum.name} (edition {forum.edition}; {partners})")
    for visit in found.visits:
        visitors = " and ".join(v.region.name for v in visit.visitors)
        host = visit.host.region.name if visit.host else "?"
        print(f"  visit: delegations of {visitors} to the {host}")
    for plan in found.plans:
        parties = " and ".join(p.name for p in plan.agreement.parties)
        term = plan.term.period if plan.term else "?"
        print(f"  action plan for {term}: {plan.agreement.title} between {parties}")
    for date in found.dates:
        print(f"  {date.label}: {date.date.isoformat()}")
    print(
        f"  sentences not read: {len(found.unread)}; ambiguous attachments: {len(found.ambiguities)}"
    )
    return found


def show_audit(text: str) -> None:
    heading("2. Do the published figures agree?")
    report = regionrel.TradeReport.from_text(text)
    result = report.audit()
    print(result)
    turnover = report.figure("turnover")
    if turnover.span is not None:
        start, end = turnover.span
        print(f"\n  The suspect turnover stands at characters {start}-{end}: {text[start:end]!r}")


def build_relations() -> regionrel.RegionRelations:
    heading("3. The relations, built as a model")
    leningrad = gazetteer.get("RU-LEN")
    district = gazetteer.group_of(
        leningrad, "federal district", on=regionrel.parse_date("31.12.2018")
    )
    print(f"  {leningrad.name} ({leningrad.iso_code}), {district.name if district else '-'}")
    crimea = gazetteer.find("Republic of Crimea")
    print(f"  {crimea.name}: disputed={crimea.disputed}; codes {dict(crimea.codes.items())}")

    government = gazetteer.governing_body("Government of the Leningrad Region")
    # The text does not say when the agreements were signed, so they carry no date:
    # the model then cannot say whether they are in force, and does not pretend to.
    crimea_agreement = regionrel.Agreement.between(
        "Cooperation Agreement between the Government of the Leningrad Region and the Council of "
        "Ministers of the Republic of Crimea",
        government,
        "Council of Ministers of the Republic of Crimea",
    )
    kursk_agreement = regionrel.Agreement.between(
        "Agreement between the Government of the Leningrad Region and the Administration of the "
        "Kursk Region on trade and economic, scientific and technical, social and cultural "
        "cooperation",
        government,
        "Administration of the Kursk Region",
        areas="trade and economic, scientific and technical, social and cultural",
    )
    plans = (
        regionrel.ActionPlan(
            crimea_agreement,
            regionrel.parse_period("20182021"),
            signed_in=regionrel.Period.year(2018),  # "in 2018, an action plan was signed"
        ),
        regionrel.ActionPlan(
            kursk_agreement,
            regionrel.parse_period("2018-2020"),
            signed_in=regionrel.Period.year(2018),
        ),
    )
    year_end = regionrel.parse_date("31.12.2018")
    for plan in plans:
        parties = " and ".join(p.name for p in plan.agreement.parties)
        kind = "interregional" if plan.agreement.is_interregional else "international"
        print(f"  plan {plan.period} implementing an {kind} agreement between {parties}")
        agreement = plan.agreement
        if agreement.signed_on is None:
            print("    agreement status: not stated (the text gives no signing date)")
        else:
            print(f"    agreement status on 31.12.2018: {agreement.status_on(year_end).value}")
        print(f"    plan in force at the end of 2018: {plan.in_force_on(year_end)}")

    visits = regionrel.Event.visit(
        [gazetteer.find("Ferghana Region"), gazetteer.find("Bukhara Region")],
        to=leningrad,
        when=2018,
        topics=["the prospects of trade and economic cooperation"],
    )
    forums = [
        regionrel.Event.from_title(title, when=2018, participants=[Delegation(leningrad)])
        for title in (
            "The Ninth Russian-Azerbaijani Interregional Forum",
            "the Seventh Russian-Armenian Interregional Forum",
            "the Sixth Conference on Interregional Cooperation between Russia and Tajikistan",
            "the Ninth Russian-Abkhaz Business Forum",
        )
    ]
    for event in forums:
        partner = event.partner.name if event.partner else "?"
        print(f"  {event.kind.value}: edition {event.edition}, partner {partner}")

    balance = regionrel.TradeBalance(
        exports=regionrel.parse_money("7,109 million US dollars"),
        imports=regionrel.parse_money("4,115.9 million US dollars"),
        reporter=leningrad,
        period=regionrel.Period.year(2018),
    )
    previous = balance.previous_from_growth(exports="+25.7%", imports="+14.8%")
    return regionrel.RegionRelations.of(leningrad, *plans, visits, *forums, balance, previous)


def show_trade(relations: regionrel.RegionRelations) -> None:
    heading("4. Trade indicators")
    current, previous = sorted(
        relations.trade, key=lambda b: b.period or regionrel.Period.year(1)
    )[::-1]
    million = regionrel.Scale.MILLION
    print(f"  turnover   {current.turnover.format(scale=million, decimals=1)}")
    print(f"  balance    {current.balance.format(scale=million, decimals=1)}")
    print(
        f"  coverage   {current.coverage:.3f} (exports exceed imports by {current.exports_exceed_imports_by:.1%})"
    )
    print(
        f"  2017, back-calculated from the growth rates: exports "
        f"{previous.exports.format(scale=million, decimals=1)}, imports "
        f"{previous.imports.format(scale=million, decimals=1)}"
    )
    change = regionrel.TradeChange(previous=previous, current=current)
    print(
        f"  turnover growth {change.turnover_growth:.1%}: exports contribute "
        f"{change.export_contribution:.1%}, imports {change.import_contribution:.1%}"
    )
    partners = regionrel.PartnerStructure.from_shares(
        {
            "the PRC": "15.6",
            "the Netherlands": "9.2",
            "Finland": "7.4",
            "Germany": "6.6",
            "the USA": "5.0",
            "Denmark": "5.0",
        },
        unit="percent",
        partner_count=160,
    )
    low, high = partners.hhi_bounds()
    print(
        f"  named partners hold {partners.named_share:.1%} of trade; HHI between {low:.4f} and {high:.4f}"
    )
    print(
        f"  HHI normalized over 160 partners, at least {partners.concentration(ConcentrationIndex.HHI_NORMALIZED):.4f}"
    )


def main() -> None:
    text = SEED.read_text(encoding="utf-8")
    show_reading(text)
    show_audit(text)
    relations = build_relations()
    show_trade(relations)
    heading("5. The year in words, from the model alone")
    print(relations.summary(2018))


if __name__ == "__main__":
    main()
