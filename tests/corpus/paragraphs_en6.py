"""English paragraphs of the reader corpus, sixth part (see :mod:`tests.corpus.model`).

Five paragraphs of news agencies and provincial outlets on Chinese provinces, 2020-2024,
written for the abstention rule of issue 15 and measured before any change to the reader:
Guangxi, Guangdong (2022 and 2024) and Shandong (2020 and 2022). Each sets the
province's figures beside another period's (a single month), the country's, a partner
group's or a goods group's.
Every text is our own wording of a published paragraph: the sentences are rebuilt, the
figures, their number formats and the constructions that make reading hard are kept as
published.
"""

from __future__ import annotations

from tests.corpus.model import Figure as F  # noqa: N817 (short names keep the data readable)
from tests.corpus.model import Item as I  # noqa: N817 (short names keep the data readable)
from tests.corpus.model import Paragraph

__all__ = ["ENGLISH_6", "ENGLISH_6_FINAL"]

ENGLISH_6: tuple[Paragraph, ...] = (
    Paragraph(
        id="en-guangxi-2023-jan-may",
        language="en",
        region="Guangxi Zhuang Autonomous Region",
        country="CN",
        year=2023,
        period="January-May 2023",
        currency="CNY",
        scale="billion",
        source_url="http://en.people.cn/n3/2023/0616/c90000-20032668.html",
        text=(
            "NANNING, June 16 (Xinhua) -- Foreign trade of south China's Guangxi Zhuang Autonomous "
            "Region grew strongly in the first five months of 2023, the regional customs authority "
            "said. From January to May, Guangxi's imports and exports together reached 287.5 "
            "billion yuan (about 40 billion U.S. dollars), 53.2 percent more than a year before. "
            "Nanning Customs data show exports up 70.5 percent year on year to approximately 146.5 "
            "billion yuan, and imports up 38.6 percent to over 141 billion yuan. Trade with the "
            "Association of Southeast Asian Nations (ASEAN) came to 137 billion yuan, up 117.4 "
            "percent. Easier access for ASEAN farm produce lifted Guangxi's fruit imports from the "
            "bloc to 3.66 billion yuan, a jump of 193.7 percent, and fresh durian imports alone to "
            "3.24 billion yuan, up 516 percent."
        ),
        figures=(
            F("turnover", "287.5 billion yuan", "287.5"),
            F("turnover_growth", "53.2 percent more than a year before", "+53.2%"),
            F("exports_growth", "exports up 70.5 percent", "+70.5%"),
            F("exports", "approximately 146.5 billion yuan", "146.5", "about"),
            F("imports_growth", "imports up 38.6 percent", "+38.6%"),
            F("imports", "over 141 billion yuan", "141", "over"),
        ),
        items=(
            I("reporter", "value in USD", "turnover", "", "about 40 billion U.S. dollars"),
            I("group:ASEAN", "value", "turnover", "", "137 billion yuan"),
            I("group:ASEAN", "growth", "turnover", "", "up 117.4 percent"),
            I("goods:fruit", "value", "imports", "", "3.66 billion yuan"),
            I("goods:fruit", "growth", "imports", "", "193.7 percent"),
            I("goods:durians", "value", "imports", "", "3.24 billion yuan"),
            I("goods:durians", "growth", "imports", "", "up 516 percent"),
        ),
        note="146.5 + 141 = 287.5; the turnover in dollars in brackets; a partner group's and goods' figures after.",
    ),
    Paragraph(
        id="en-guangdong-2024-h1",
        language="en",
        region="Guangdong Province",
        country="CN",
        year=2024,
        period="January-June 2024",
        currency="CNY",
        scale="trillion",
        source_url="http://en.people.cn/n3/2024/0718/c90000-20194908.html",
        text=(
            "GUANGZHOU, July 17 (Xinhua) -- Guangdong Province's foreign trade hit a record 4.37 "
            "trillion yuan (about 612.75 billion U.S. dollars) in the first half of 2024, official "
            "data show. That is 13.8 percent more than a year earlier and 7.7 percentage points "
            "above the national average, according to the Guangdong branch of the General "
            "Administration of Customs. Exports grew 12.1 percent year on year to 2.85 trillion "
            "yuan; imports came to 1.52 trillion yuan, up 17.1 percent. Mechanical and electrical "
            "products, whose exports rose 9.9 percent, made up 64.4 percent of everything the "
            "province sold abroad. Trade with Belt and Road partner countries reached 1.64 trillion "
            "yuan in the half, up 12 percent."
        ),
        figures=(
            F("turnover", "4.37 trillion yuan", "4.37"),
            F("turnover_growth", "13.8 percent more than a year earlier", "+13.8%"),
            F("exports_growth", "Exports grew 12.1 percent", "+12.1%"),
            F("exports", "2.85 trillion yuan", "2.85"),
            F("imports", "1.52 trillion yuan", "1.52"),
            F("imports_growth", "up 17.1 percent", "+17.1%"),
        ),
        items=(
            I("reporter", "value in USD", "turnover", "", "about 612.75 billion U.S. dollars"),
            I("country:CN", "growth gap", "turnover", "", "7.7 percentage points"),
            I("goods:machinery", "growth", "exports", "", "rose 9.9 percent"),
            I("goods:machinery", "share", "exports", "", "64.4 percent"),
            I("group:Belt and Road", "value", "turnover", "", "1.64 trillion yuan"),
            I("group:Belt and Road", "growth", "turnover", "", "up 12 percent"),
        ),
        note="2.85 + 1.52 = 4.37; a gap to the national average in percentage points.",
    ),
    Paragraph(
        id="en-guangdong-2022-h1",
        language="en",
        region="Guangdong Province",
        country="CN",
        year=2022,
        period="January-June 2022",
        currency="CNY",
        scale="trillion",
        source_url="https://thebull.com.au/news/china-sees-foreign-trade-up/",
        text=(
            "Foreign trade of south China's Guangdong Province rose 2.8 percent year on year to "
            "3.91 trillion yuan (about 579.68 billion U.S. dollars) in the first half of 2022, the "
            "local customs authorities said on Tuesday. Exports went up 7.3 percent to 2.47 "
            "trillion yuan, while imports fell 4 percent to 1.44 trillion yuan. June alone brought "
            "703.42 billion yuan of foreign trade, 7.1 percent more than in June last year. The "
            "Association of Southeast Asian Nations (ASEAN) stayed the province's largest trading "
            "partner in the half, with trade of 617.56 billion yuan, up 4.9 percent year on year. "
            "Exports of mechanical and electronic goods and of labor-intensive products grew, and "
            "imports of grain and crude oil jumped."
        ),
        figures=(
            F("turnover_growth", "rose 2.8 percent year on year", "+2.8%"),
            F("turnover", "3.91 trillion yuan", "3.91"),
            F("exports_growth", "Exports went up 7.3 percent", "+7.3%"),
            F("exports", "2.47 trillion yuan", "2.47"),
            F("imports_growth", "imports fell 4 percent", "-4%"),
            F("imports", "1.44 trillion yuan", "1.44"),
        ),
        items=(
            I("reporter", "value in USD", "turnover", "", "about 579.68 billion U.S. dollars"),
            I("reporter", "value", "turnover", "June", "703.42 billion yuan"),
            I("reporter", "growth", "turnover", "June", "7.1 percent more than in June last year"),
            I("group:ASEAN", "value", "turnover", "", "617.56 billion yuan"),
            I("group:ASEAN", "growth", "turnover", "", "up 4.9 percent year on year"),
        ),
        note="2.47 + 1.44 = 3.91; one month's figures beside the half-year's; a partner group after.",
    ),
    Paragraph(
        id="en-shandong-2020-jan-oct",
        language="en",
        region="Shandong Province",
        country="CN",
        year=2020,
        period="January-October 2020",
        currency="CNY",
        scale="trillion",
        source_url="http://english.lytoday.com/jrly/lyxw/2020-11/12/content_26119.htm",
        text=(
            "Customs statistics show that Shandong province's foreign trade came to 1.76 trillion "
            "yuan in the first 10 months of this year, 5.8% more than a year earlier, sixth among "
            "China's provinces. Exports reached 1.02 trillion yuan, up 13.3%, and imports 742.38 "
            "billion yuan, down 3.1%. Over the same months the whole country's imports and exports "
            "grew 1.1%, its exports 2.4%, and its imports fell 0.5%, so Shandong beat the national "
            "average. In October alone the province traded goods worth 206.82 billion yuan, its "
            "second best month ever, 19.2% more than a year before and 5.9% less than in "
            "September; October exports were 128.41 billion yuan (up 43.6%) and imports 78.41 "
            "billion yuan (down 6.7%)."
        ),
        figures=(
            F("turnover", "1.76 trillion yuan", "1.76"),
            F("turnover_growth", "5.8% more than a year earlier", "+5.8%"),
            F("exports", "1.02 trillion yuan", "1.02"),
            F("exports_growth", "up 13.3%", "+13.3%"),
            F("imports", "742.38 billion yuan", "0.74238"),
            F("imports_growth", "down 3.1%", "-3.1%"),
        ),
        items=(
            I("reporter", "rank", "turnover", "", "sixth among China's provinces"),
            I("country:CN", "growth", "turnover", "", "grew 1.1%"),
            I("country:CN", "growth", "exports", "", "its exports 2.4%"),
            I("country:CN", "growth", "imports", "", "its imports fell 0.5%"),
            I("reporter", "value", "turnover", "October", "206.82 billion yuan"),
            I("reporter", "growth", "turnover", "October", "19.2% more than a year before"),
            I(
                "reporter",
                "change",
                "turnover",
                "October against September",
                "5.9% less than in September",
            ),
            I("reporter", "value", "exports", "October", "128.41 billion yuan"),
            I("reporter", "growth", "exports", "October", "up 43.6%"),
            I("reporter", "value", "imports", "October", "78.41 billion yuan"),
            I("reporter", "growth", "imports", "October", "down 6.7%"),
        ),
        note="1.02 + 0.74238 = 1.76238, within 1.76 trillion; the country's growths and one month's figures after.",
    ),
    Paragraph(
        id="en-shandong-2022-jan-may",
        language="en",
        region="Shandong Province",
        country="CN",
        year=2022,
        period="January-May 2022",
        currency="CNY",
        scale="trillion",
        source_url="http://shandong.chinadaily.com.cn/2022-06/13/c_770596.htm",
        text=(
            "In the first five months of this year Shandong's foreign trade reached 1.27 trillion "
            "yuan ($188.85 billion), 17.3 percent more than a year earlier, local customs "
            "statistics show. Exports were 757.25 billion yuan, up 26.8 percent, and imports "
            "512.78 billion yuan, up 5.6 percent, both growing faster than the national average. "
            "In May alone the province's imports and exports totalled 299.95 billion yuan, more "
            "than Beijing's or Shanghai's and fourth in China; that month exports were 184.57 "
            "billion yuan, up 41.8 percent, and imports 115.38 billion yuan, up 10.7 percent. "
            "Trade with ASEAN came to 224.56 billion yuan, up 44.5 percent, with the US to 140.26 "
            "billion yuan, up 18.9 percent, and with the EU to 117.53 billion yuan, up 10.5 percent."
        ),
        figures=(
            F("turnover", "1.27 trillion yuan", "1.27"),
            F("turnover_growth", "17.3 percent more than a year earlier", "+17.3%"),
            F("exports", "757.25 billion yuan", "0.75725"),
            F("exports_growth", "up 26.8 percent", "+26.8%"),
            F("imports", "512.78 billion yuan", "0.51278"),
            F("imports_growth", "up 5.6 percent", "+5.6%"),
        ),
        items=(
            I("reporter", "value in USD", "turnover", "", "$188.85 billion"),
            I("reporter", "value", "turnover", "May", "299.95 billion yuan"),
            I("reporter", "rank", "turnover", "May", "fourth in China"),
            I("reporter", "value", "exports", "May", "184.57 billion yuan"),
            I("reporter", "growth", "exports", "May", "up 41.8 percent"),
            I("reporter", "value", "imports", "May", "115.38 billion yuan"),
            I("reporter", "growth", "imports", "May", "up 10.7 percent"),
            I("group:ASEAN", "value", "turnover", "", "224.56 billion yuan"),
            I("group:ASEAN", "growth", "turnover", "", "up 44.5 percent"),
            I("partner:US", "value", "turnover", "", "140.26 billion yuan"),
            I("partner:US", "growth", "turnover", "", "up 18.9 percent"),
            I("group:EU", "value", "turnover", "", "117.53 billion yuan"),
            I("group:EU", "growth", "turnover", "", "up 10.5 percent"),
        ),
        note="0.75725 + 0.51278 = 1.27003; one month's figures and partners' after the five months'.",
    ),
)

#: Two paragraphs written after the abstention rule was designed, and measured before any
#: further change: the final unseen check of the English part.
ENGLISH_6_FINAL: tuple[Paragraph, ...] = (
    Paragraph(
        id="en-hainan-2019-jan-may",
        language="en",
        region="Hainan Province",
        country="CN",
        year=2019,
        period="January-May 2019",
        currency="CNY",
        scale="billion",
        source_url="http://en.xfafinance.com/html/Economies/Trade/2019/422242.shtml",
        text=(
            "HAIKOU, July 3 (Xinhua) -- Foreign trade of Hainan, China's southern island province, "
            "grew 45.6 percent year on year in the first five months of this year, the Haikou "
            "Customs said. From January to May it totaled 38.4 billion yuan (5.6 billion U.S. "
            "dollars). Exports surged 53 percent year on year to 13.7 billion yuan over the five "
            "months, and imports soared 41.7 percent to 24.7 billion yuan. The Association of "
            "Southeast Asian Nations was Hainan's biggest trading partner, with trade up 62.7 "
            "percent year on year to 10.4 billion yuan, while Hainan's trade with the European "
            "Union rose 36.7 percent to 6.3 billion yuan. Hainan won approval in April 2018 to "
            "build a pilot free trade zone over the whole island."
        ),
        figures=(
            F("turnover_growth", "grew 45.6 percent year on year", "+45.6%"),
            F("turnover", "38.4 billion yuan", "38.4"),
            F("exports_growth", "Exports surged 53 percent", "+53%"),
            F("exports", "13.7 billion yuan", "13.7"),
            F("imports_growth", "imports soared 41.7 percent", "+41.7%"),
            F("imports", "24.7 billion yuan", "24.7"),
        ),
        items=(
            I("reporter", "value in USD", "turnover", "", "5.6 billion U.S. dollars"),
            I("group:ASEAN", "growth", "turnover", "", "up 62.7 percent year on year"),
            I("group:ASEAN", "value", "turnover", "", "10.4 billion yuan"),
            I("group:EU", "growth", "turnover", "", "rose 36.7 percent"),
            I("group:EU", "value", "turnover", "", "6.3 billion yuan"),
        ),
        note="13.7 + 24.7 = 38.4; 'this year' dated only by the dateline; a year 2018 named later.",
    ),
    Paragraph(
        id="en-zhejiang-2022-q1",
        language="en",
        region="Zhejiang Province",
        country="CN",
        year=2022,
        period="Q1 2022",
        currency="CNY",
        scale="trillion",
        source_url="http://en.sx.gov.cn/art/2022/4/27/art_1501262_57916262.html",
        text=(
            "Zhejiang's imports and exports rose 24.4 percent year-on-year in the first quarter "
            "of this year to 1.08 trillion yuan ($168.41 billion), Hangzhou Customs figures show. "
            "Over the three months the province exported goods worth 787.19 billion yuan, up 28.3 "
            "percent, and imported 288.96 billion yuan, up 14.8 percent. Zhejiang contributed "
            "23.2 percent of the growth of the nation's foreign trade and 28.1 percent of the "
            "growth of its exports; its imports gave 12.8 percent of the nation's import growth, "
            "the fourth highest in China. Exports of mechanical and electrical products reached "
            "353.26 billion yuan, up 24.5 percent, 44.9 percent of the province's exports, and "
            "exports of solar cells doubled to 20.59 billion yuan."
        ),
        figures=(
            F("turnover_growth", "rose 24.4 percent year-on-year", "+24.4%"),
            F("turnover", "1.08 trillion yuan", "1.08"),
            F("exports", "787.19 billion yuan", "0.78719"),
            F("exports_growth", "up 28.3 percent", "+28.3%"),
            F("imports", "288.96 billion yuan", "0.28896"),
            F("imports_growth", "up 14.8 percent", "+14.8%"),
        ),
        items=(
            I("reporter", "value in USD", "turnover", "", "$168.41 billion"),
            I("reporter", "share of the country's growth", "turnover", "", "23.2 percent"),
            I("reporter", "share of the country's growth", "exports", "", "28.1 percent"),
            I("reporter", "share of the country's growth", "imports", "", "12.8 percent"),
            I("goods:machinery", "value", "exports", "", "353.26 billion yuan"),
            I("goods:machinery", "growth", "exports", "", "up 24.5 percent"),
            I("goods:machinery", "share", "exports", "", "44.9 percent"),
            I("goods:solar cells", "multiple", "exports", "", "doubled"),
            I("goods:solar cells", "value", "exports", "", "20.59 billion yuan"),
        ),
        note="0.78719 + 0.28896 = 1.07615, within 1.08; shares of the country's growth after.",
    ),
)
