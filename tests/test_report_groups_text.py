"""From text to report: partner groups' shares and places at several levels reach the
report when they are the reporter's main-period figures."""

from __future__ import annotations

from regionrel import TradeReport
from regionrel.audit import FigureKey
from tests.corpus.model import Paragraph
from tests.corpus.paragraphs import PARAGRAPHS

_BY_ID = {p.id: p for p in PARAGRAPHS}


def _report(paragraph_id: str) -> tuple[Paragraph, TradeReport]:
    paragraph = _BY_ID[paragraph_id]
    return paragraph, TradeReport.from_text(paragraph.text, locale=paragraph.language)


def test_a_cis_share_of_turnover_reaches_the_report_with_its_span() -> None:
    paragraph, report = _report("ru-mogilev-2002-11m")
    (share,) = report.stated(FigureKey.group_share("CIS"))
    assert share.text == "77"
    start, end = share.span or (0, 0)
    assert paragraph.text[start:end] == "77"
    # The analyst's item: the CIS's share of turnover, 77%.
    assert any(
        i.entity == "group:CIS"
        and i.measure == "share"
        and i.flow == "turnover"
        and "77%" in i.text
        for i in paragraph.items
    )
    assert report.audit().ok


def test_a_cis_share_of_exports_reaches_the_report() -> None:
    paragraph, report = _report("en-lyuban-2007")
    assert [f.text for f in report.stated(FigureKey.group_share("CIS", of="exports"))] == ["80"]
    assert any(
        i.entity == "group:CIS" and i.flow == "exports" and i.text == "80% of all exports"
        for i in paragraph.items
    )


def test_the_far_abroad_named_by_its_adjective_reaches_the_report() -> None:
    # "дальнего зарубежья" is read as the far abroad (a bare "зарубежья" would stay out:
    # it may be the near abroad), so its share of exports goes in
    _, report = _report("ru-bashkortostan-8m")
    shares = [n for n in report.names if n.startswith("group_share")]
    assert shares == ["group_share:exports:far abroad"]
    assert report.figure(shares[0]).text == "88,6"
    assert report.audit().ok


def test_places_at_two_levels_are_two_figures() -> None:
    text = (
        "Exports of the region were 100 million dollars. The region took the 2nd place in "
        "exports among the regions of the North-West Federal District. The region took the "
        "9th place in exports among the regions of Russia."
    )
    report = TradeReport.from_text(text)
    assert report.names == ("exports", "rank:exports", "rank:exports@Russia")
    assert report.figure("rank:exports@Russia").span == (154, 183)
    assert report.audit().ok


def test_the_seed_keeps_its_places_without_a_level() -> None:
    text = (
        "In the North-West Federal District, the Leningrad Region took the 2nd place in "
        "exports and the 3rd place in imports."
    )
    assert TradeReport.from_text(text).names == ("rank:exports", "rank:imports")
