"""English paragraphs of the reader corpus (see :mod:`tests.corpus.model`).

Every text is our own wording of a published paragraph: the sentences are rebuilt,
the figures, their number formats and the constructions that make reading hard are
kept as published.
"""

from __future__ import annotations

from tests.corpus.model import Error as E  # noqa: N817 (short names keep the data readable)
from tests.corpus.model import Figure as F  # noqa: N817 (short names keep the data readable)
from tests.corpus.model import Item as I  # noqa: N817 (short names keep the data readable)
from tests.corpus.model import Paragraph

__all__ = ["ENGLISH"]

ENGLISH: tuple[Paragraph, ...] = (
    Paragraph(
        id="en-lyuban-2007",
        language="en",
        region="Lyuban District (Minsk Region)",
        country="BY",
        year=2007,
        period="2007",
        currency="USD",
        scale="million",
        source_url="https://www.lyuban.gov.by/en/foreign_activity_liuban/",
        text=(
            "In 2007 the district's foreign trade totaled $27.6 million, 57.5% more than in 2006. "
            "Exports came to $22.8 million, up 46.8% on the year before (against a target of 14.8%), "
            "and imports to $4.8 million, up 2.4 times, far above the 7% target. The CIS countries "
            "take 80% of all exports, and Russia has a 98% share of that. By the estimates the trade "
            "surplus will reach $18 million (target: $15.1 million). The biggest exporter is the Luban "
            "cheese plant, with 70% of the district's exports (80% of them to Russia)."
        ),
        figures=(
            F("turnover", "foreign trade totaled $27.6 million", "27.6"),
            F("turnover_growth", "57.5% more than in 2006", "+57.5%"),
            F("exports", "$22.8 million", "22.8"),
            F("exports_growth", "up 46.8%", "+46.8%"),
            F("imports", "$4.8 million", "4.8"),
            F("imports_growth", "up 2.4 times", "2.4 times"),
            F("balance", "the trade surplus will reach $18 million", "18"),
        ),
        items=(
            I("target", "growth", "exports", "", "a target of 14.8%"),
            I("target", "growth", "imports", "", "the 7% target"),
            I("group:CIS", "share", "exports", "", "80% of all exports"),
            I("partner:RU", "share", "exports to the CIS", "", "a 98% share"),
            I("target", "value", "balance", "", "$15.1 million"),
            I("company:Luban cheese plant", "share", "exports", "", "70%"),
            I("company:Luban cheese plant", "share", "exports to RU", "", "80%"),
        ),
        note="'foreign trade totaled' is a turnover; targets beside the actual rates; a share of a share.",
    ),
    Paragraph(
        id="en-surkhandarya-2022-q1",
        language="en",
        region="Surkhandarya Region",
        country="UZ",
        year=2022,
        period="Q1 2022",
        currency="USD",
        scale="million",
        source_url="https://review.uz/en/post/foreign-trade-turnover-indicator-of-surkhandarya-region-in-january-march-2022",
        text=(
            "Surkhandarya region's foreign trade turnover reached $108,2 million, which is 0,8% of "
            "the Republic's foreign trade. The region exported goods worth $57,9 million in total (an "
            "increase of 121,3% compared with the same period of 2021), so exports made up 53,5% of its "
            "foreign trade; imports came to $50,3 million (decreased to 82,5%), a share of 46,5%. In "
            "the first quarter of 2022 the region exported food worth $23,9 million and imported food "
            "worth $18,0 million; food made up 37% of foreign trade. Industrial goods worth $30,1 "
            "million were exported and worth $11,6 million imported, 39% of the region's trade. "
            "Machinery and equipment exports were $7,2 thosand and imports $19,0 million, 18% of the "
            "region's foreign trade."
        ),
        figures=(
            F("turnover", "$108,2 million", "108.2"),
            F("exports", "$57,9 million", "57.9"),
            F("exports_index", "an increase of 121,3%", "121.3%"),
            F("exports_share", "53,5% of its foreign trade", "53.5%"),
            F("imports", "$50,3 million", "50.3"),
            F("imports_index", "decreased to 82,5%", "82.5%"),
            F("imports_share", "a share of 46,5%", "46.5%"),
        ),
        items=(
            I("reporter", "share of country", "turnover", "", "0,8%"),
            I("goods:food", "value", "exports", "", "$23,9 million"),
            I("goods:food", "value", "imports", "", "$18,0 million"),
            I("goods:food", "share", "turnover", "", "37%"),
            I("goods:industrial", "value", "exports", "", "$30,1 million"),
            I("goods:industrial", "value", "imports", "", "$11,6 million"),
            I("goods:industrial", "share", "turnover", "", "39%"),
            I("goods:machinery", "value", "exports", "", "$7,2 thosand"),
            I("goods:machinery", "value", "imports", "", "$19,0 million"),
            I("goods:machinery", "share", "turnover", "", "18%"),
        ),
        errors=(
            E(
                "item:goods:food:share",
                "37%",
                "39% ((23,9 + 18,0) / 108,2 = 38,7%)",
                "item",
                "food exports and imports add up to 41,9 million, 38,7% of the turnover of 108,2; the "
                "industrial (41,7: 38,5%, published 39%) and machinery (19,0: 17,6%, published 18%) "
                "shares are right",
            ),
        ),
        note=(
            "Decimal commas in English; 'an increase of 121,3%' is an index (read like the imports' "
            "'decreased to 82,5%'), not a growth of 121,3%; 'thosand' as published."
        ),
    ),
    Paragraph(
        id="en-khatlon-2023-q1",
        language="en",
        region="Khatlon Region",
        country="TJ",
        year=2023,
        period="January-March 2023",
        currency="USD",
        scale="million",
        source_url="https://en.trend.az/casia/tajikistan/3736674.html",
        text=(
            "BAKU, Azerbaijan, April 17. Officials of Khatlon, the region in the south-west of "
            "Tajikistan, told local reporters that its foreign trade turnover came to $96.5 million in "
            "January through March 2023, Trend reports via Tajik media. Exports from the region were "
            "$36.2 million and imports into it $60.2 million; it sold yarn, electricity, cotton fibre, "
            "milk and cement and bought mineral fertilizers, fuel and sugar. The region's retail "
            "turnover reached 3.2 billion somoni ($293.2 million), 15.3 percent more than in the same "
            "period of 2022, and paid services in real prices grew 3.3 percent to 602.1 million somoni "
            "($55.1 million). Tajikistan's foreign trade turnover as a whole topped $1 billion in "
            "January through February 2023, $124 million less than a year before; its main partners "
            "were Russia (23.2 percent), Kazakhstan (22.2 percent) and China (19.9 percent)."
        ),
        figures=(
            F("turnover", "$96.5 million", "96.5"),
            F("exports", "$36.2 million", "36.2"),
            F("imports", "$60.2 million", "60.2"),
        ),
        items=(
            I("retail", "value", "", "", "3.2 billion somoni ($293.2 million)"),
            I("retail", "growth", "", "", "15.3 percent more"),
            I("services", "growth", "", "", "grew 3.3 percent"),
            I("services", "value", "", "", "602.1 million somoni ($55.1 million)"),
            I("country:TJ", "value", "turnover", "January-February 2023", "topped $1 billion"),
            I("country:TJ", "change", "turnover", "January-February 2023", "$124 million less"),
            I(
                "partner:RU",
                "share of country",
                "turnover",
                "January-February 2023",
                "(23.2 percent)",
            ),
            I(
                "partner:KZ",
                "share of country",
                "turnover",
                "January-February 2023",
                "(22.2 percent)",
            ),
            I(
                "partner:CN",
                "share of country",
                "turnover",
                "January-February 2023",
                "(19.9 percent)",
            ),
        ),
        note="A retail turnover with a growth rate; the country's figures for another period.",
    ),
    Paragraph(
        id="en-sverdlovsk-2009-h1",
        language="en",
        region="Sverdlovsk Region",
        country="RU",
        year=2009,
        period="first half of 2009",
        currency="USD",
        scale="billion",
        source_url="http://en.urbc.ru/230350-post230350.html",
        text=(
            "Sverdlovsk Region's foreign trade turnover falls 37%, says the minister. Meeting the "
            "economic Minister Counsellor of the UK Embassy in Moscow, Alexander Kharlov, the region's "
            "Minister for International and Foreign Economic Relations, said the region's foreign trade "
            "turnover was $4.5bn in the first half of the year, 37% less than a year earlier, mostly "
            "because metal prices had collapsed. Even so, he added, machine-building goods took a "
            "growing share of exports."
        ),
        figures=(
            F("turnover_growth", "falls 37%", "-37%"),
            F("turnover", "$4.5bn", "4.5"),
            F("turnover_growth", "37% less than a year earlier", "-37%"),
        ),
    ),
    Paragraph(
        id="en-tomsk-2011-h1",
        language="en",
        region="Tomsk Region",
        country="RU",
        year=2011,
        period="first half of 2011",
        currency="USD",
        scale="million",
        source_url="http://www.investintomsk.com/information_center/investment_news/2011/sentyabr/vneshnetorgovyj_oborot_tomskoj_oblasti_v_pervom_polugodii_2011_goda_sostavil_260_millionov_dollarov/",
        text=(
            "Tomsk Region trades with over 50 countries. The Tomsk office of the Federal State "
            "Statistics Service reports that the region's foreign trade turnover in the first half of "
            "2011 totaled 260m US dollars, 27.5% less than in the same period of 2010. More than 75% "
            "of the turnover is exports. Against the first half of 2010 the share of non-CIS countries "
            "rose by 12% to 76.7%, and the CIS took 23.3%. Chemical products made up 64.3% of exports "
            "and timber and wood products 25.3%; the main buyers were the USA (almost 52% of all "
            "exports), France (10.6%), Uzbekistan (10.3%) and China (7.5%). Imports fell by 34.4%: "
            "imports from non-CIS countries grew 2.2 times while CIS imports shrank 4.1 times. "
            "Chemicals were 49.6% of imports (pharmaceuticals 25.2%), machinery 23.6% and food 20.4%; "
            "France (24.9%), China and Kazakhstan (19.8% each) led the suppliers. The regional "
            "administration expects non-CIS trade to grow to 600m US dollars in 2011 and CIS trade to "
            "be around 200m US dollars."
        ),
        figures=(
            F("partner_count", "over 50 countries", "50", "over"),
            F("turnover", "260m US dollars", "260"),
            F("turnover_growth", "27.5% less", "-27.5%"),
            F("exports_share", "More than 75% of the turnover is exports", "75%", "over"),
            F("imports_growth", "Imports fell by 34.4%", "-34.4%"),
        ),
        items=(
            I("group:far abroad", "change", "share", "", "rose by 12%"),
            I("group:far abroad", "share", "turnover", "", "76.7%"),
            I("group:CIS", "share", "turnover", "", "23.3%"),
            I("goods:chemicals", "share", "exports", "", "64.3%"),
            I("goods:timber", "share", "exports", "", "25.3%"),
            I("partner:US", "share", "exports", "", "almost 52% of all exports"),
            I("partner:FR", "share", "exports", "", "(10.6%)"),
            I("partner:UZ", "share", "exports", "", "(10.3%)"),
            I("partner:CN", "share", "exports", "", "(7.5%)"),
            I("group:far abroad", "growth", "imports", "", "grew 2.2 times"),
            I("group:CIS", "fall", "imports", "", "shrank 4.1 times"),
            I("goods:chemicals", "share", "imports", "", "49.6%"),
            I("goods:pharmaceuticals", "share", "imports", "", "25.2%"),
            I("goods:machinery", "share", "imports", "", "23.6%"),
            I("goods:food", "share", "imports", "", "20.4%"),
            I("partner:FR", "share", "imports", "", "(24.9%)"),
            I("partner:CN", "share", "imports", "", "19.8% each"),
            I("partner:KZ", "share", "imports", "", "19.8% each"),
            I("group:far abroad", "forecast", "turnover", "2011", "600m US dollars"),
            I("group:CIS", "forecast", "turnover", "2011", "around 200m US dollars"),
        ),
        note="A share's change in percent ('rose by 12% to 76.7%'); 'each' shares; forecasts.",
    ),
    Paragraph(
        id="en-heilongjiang-2012-5m",
        language="en",
        region="Heilongjiang Province",
        country="CN",
        year=2012,
        period="January-May 2012",
        currency="USD",
        scale="billion",
        source_url="https://global.chinadaily.com.cn/business/2012-07/04/content_15548323.htm",
        text=(
            "HARBIN. Customs in Heilongjiang, China's north-easternmost province on the Russian border, "
            "said on Tuesday that the province traded $8.96 billion with Russia in the first five "
            "months of the year, 30.8 percent more than a year before, more than 60 percent of its "
            "whole foreign trade. The province's foreign trade stood at $14.8 billion in the five "
            "months, up 6.6 percent year-on-year: exports dropped 30.8 percent to $4.46 billion and "
            "imports rose 39 percent to $10.36 billion. Weak global demand and fewer overseas orders "
            "cut exports, while imports of resources grew: crude oil worth $7.74 billion, up nearly 60 "
            "percent. Saudi Arabia overtook the United States as the second-largest partner, with $940 "
            "million of trade, more than seven times as much as a year earlier."
        ),
        figures=(
            F("turnover", "$14.8 billion", "14.8"),
            F("turnover_growth", "up 6.6 percent", "+6.6%"),
            F("exports_growth", "exports dropped 30.8 percent", "-30.8%"),
            F("exports", "$4.46 billion", "4.46"),
            F("imports_growth", "imports rose 39 percent", "+39%"),
            F("imports", "$10.36 billion", "10.36"),
        ),
        items=(
            I("partner:RU", "value", "turnover", "", "$8.96 billion"),
            I("partner:RU", "growth", "turnover", "", "30.8 percent more"),
            I("partner:RU", "share", "turnover", "", "more than 60 percent"),
            I("goods:crude oil", "value", "imports", "", "$7.74 billion"),
            I("goods:crude oil", "growth", "imports", "", "up nearly 60 percent"),
            I("partner:SA", "rank", "turnover", "", "the second-largest partner"),
            I("partner:SA", "value", "turnover", "", "$940 million"),
            I("partner:SA", "growth", "turnover", "", "more than seven times"),
        ),
        note="Russia's +30.8% and the exports' -30.8% share one number; the partner comes first.",
    ),
    Paragraph(
        id="en-heilongjiang-russia-2012-7m",
        language="en",
        region="Heilongjiang Province",
        country="CN",
        year=2012,
        period="January-July 2012",
        currency="USD",
        scale="billion",
        source_url="http://www.tingroom.com/print_184852.html",
        text=(
            "HARBIN, Aug. 18 (Xinhua). The provincial Bureau of Commerce said on Saturday that trade "
            "between north-east China's Heilongjiang Province and Russia totaled 12.3 billion U.S. "
            "dollars from January to July, up 19.5 percent year on year. Imports from Russia in the "
            "seven months were 9.72 billion U.S. dollars, 23.8 percent more, and exports 2.59 billion "
            "U.S. dollars, 5.8 percent more. In 2011 the province's trade with Russia reached 18.99 "
            "billion U.S. dollars, 24 percent of China's whole trade with Russia."
        ),
        figures=(),
        items=(
            I("partner:RU", "value", "turnover", "", "12.3 billion U.S. dollars"),
            I("partner:RU", "growth", "turnover", "", "up 19.5 percent"),
            I("partner:RU", "value", "imports", "", "9.72 billion U.S. dollars"),
            I("partner:RU", "growth", "imports", "", "23.8 percent more"),
            I("partner:RU", "value", "exports", "", "2.59 billion U.S. dollars"),
            I("partner:RU", "growth", "exports", "", "5.8 percent more"),
            I("partner:RU", "value", "turnover", "2011", "18.99 billion U.S. dollars"),
            I("reporter", "share of country", "turnover with RU", "2011", "24 percent"),
        ),
        note="Every amount is the trade with one partner; the reporter's total is not stated.",
    ),
    Paragraph(
        id="en-heilongjiang-2019-h1",
        language="en",
        region="Heilongjiang Province",
        country="CN",
        year=2019,
        period="first half of 2019",
        currency="CNY",
        scale="billion",
        source_url="http://e.my399.com/companies/2019-07-19/4722.html",
        text=(
            "Imports and exports of Heilongjiang province in north-east China reached 93.34 billion "
            "yuan ($13.57billion) in the first half of the year, up 21.5 percent year-on-year and 17.6 "
            "percentage points above the national growth rate. Exports were 16.28 billion yuan, up 22.9 "
            "percent (16.8 percentage points above the national rate), and imports 77.06 billion yuan, "
            "up 21.2 percent (19.8 percentage points above). Exports of advanced technology came to 1.4 "
            "billion yuan, a year-on-year growth of 1.4 times. Trade with Russia grew fast: 64.27 "
            "billion yuan in all, up 20.3 percent, of which exports to Russia were 4.2 billion yuan (up "
            "13.7 percent) and imports from Russia 60.07 billion yuan (up 20.8 percent). Trade with the "
            "EU, Japan and South Korea rose by 13 percent, 10.6 percent and 9.5 percent respectively."
        ),
        figures=(
            F("turnover", "93.34 billion yuan", "93.34"),
            F("turnover_growth", "up 21.5 percent", "+21.5%"),
            F("exports", "16.28 billion yuan", "16.28"),
            F("exports_growth", "up 22.9 percent", "+22.9%"),
            F("imports", "77.06 billion yuan", "77.06"),
            F("imports_growth", "up 21.2 percent", "+21.2%"),
        ),
        items=(
            I("reporter", "value in USD", "turnover", "", "($13.57billion)"),
            I("reporter", "growth above country", "turnover", "", "17.6 percentage points"),
            I("reporter", "growth above country", "exports", "", "16.8 percentage points"),
            I("reporter", "growth above country", "imports", "", "19.8 percentage points"),
            I("goods:high tech", "value", "exports", "", "1.4 billion yuan"),
            I("goods:high tech", "growth", "exports", "", "1.4 times"),
            I("partner:RU", "value", "turnover", "", "64.27 billion yuan"),
            I("partner:RU", "growth", "turnover", "", "up 20.3 percent"),
            I("partner:RU", "value", "exports", "", "4.2 billion yuan"),
            I("partner:RU", "growth", "exports", "", "up 13.7 percent"),
            I("partner:RU", "value", "imports", "", "60.07 billion yuan"),
            I("partner:RU", "growth", "imports", "", "up 20.8 percent"),
            I("group:EU", "growth", "turnover", "", "13 percent"),
            I("partner:JP", "growth", "turnover", "", "10.6 percent"),
            I("partner:KR", "growth", "turnover", "", "9.5 percent respectively"),
        ),
        note="'Imports and exports' is the turnover; percentage points beside percents; '$13.57billion' unspaced.",
    ),
    Paragraph(
        id="en-heilongjiang-2021",
        language="en",
        region="Heilongjiang Province",
        country="CN",
        year=2021,
        period="2021",
        currency="CNY",
        scale="billion",
        source_url="http://aolaikelin.cn/a/202201/24/WS61ee40fba310cdd39bc82dc0.html",
        text=(
            "HARBIN. Foreign trade of Heilongjiang, China's northernmost province, recovered last year "
            "in spite of the pandemic, Harbin Customs said on Saturday: goods trade grew by 29.6 "
            "percent year-on-year to 199.5 billion yuan ($31.4 billion) in 2021, after a 17.7 percent "
            "drop in 2020. Imports rose 31.2 percent to 154.7 billion yuan and exports 24.4 percent to "
            "nearly 44.8 billion yuan. Trade with Russia reached 131.3 billion yuan, up 34.8 percent, "
            "65.8 percent of the province's foreign trade, and trade with Belt and Road countries grew "
            "31.7 percent. Imports of natural gas surged by 154.2 percent to 10.4 billion cubic meters."
        ),
        figures=(
            F("turnover_growth", "grew by 29.6 percent", "+29.6%"),
            F("turnover", "199.5 billion yuan", "199.5"),
            F("imports_growth", "Imports rose 31.2 percent", "+31.2%"),
            F("imports", "154.7 billion yuan", "154.7"),
            F("exports_growth", "exports 24.4 percent", "+24.4%"),
            F("exports", "nearly 44.8 billion yuan", "44.8", "almost"),
        ),
        items=(
            I("reporter", "value in USD", "turnover", "", "($31.4 billion)"),
            I("reporter", "growth", "turnover", "2020", "a 17.7 percent drop in 2020"),
            I("partner:RU", "value", "turnover", "", "131.3 billion yuan"),
            I("partner:RU", "growth", "turnover", "", "up 34.8 percent"),
            I("partner:RU", "share", "turnover", "", "65.8 percent"),
            I("group:Belt and Road", "growth", "turnover", "", "31.7 percent"),
            I("goods:natural gas", "physical growth", "imports", "", "154.2 percent"),
            I("goods:natural gas", "physical", "imports", "", "10.4 billion cubic meters"),
        ),
        note="Last year's change ('a 17.7 percent drop in 2020') beside this year's.",
    ),
    Paragraph(
        id="en-heilongjiang-russia-2021-h1",
        language="en",
        region="Heilongjiang Province",
        country="CN",
        year=2021,
        period="first half of 2021",
        currency="CNY",
        scale="billion",
        source_url="https://www.tellerreport.com/business/2021-07-22-the-total-value-of-heilongjiang-s-imports-and-exports-to-russia-in-the-first-june-of-the-year-was-59-95-billion-yuan--ranking-first-in-the-country.SJgVJr28Cu.html",
        text=(
            "Harbin, July 21. At a press conference of Harbin Customs it was announced that "
            "Heilongjiang's imports and exports with Russia in the first half of the year were the "
            "largest of any province in China: 59.95 billion yuan, 18.4% more than a year before and "
            "14.7% of the country's whole trade with Russia. That is 64.4% of the province's total "
            "foreign trade in the period. Exports to Russia were 4.67 billion yuan, up 6.5%, and "
            "imports from Russia 55.28 billion yuan, up 19.5%. The province's exports to the United "
            "States, Brazil, New Zealand and ASEAN grew by 22.9%, 78%, 40.7% and 34.2% respectively, "
            "and its trade with Belt and Road countries reached 70.21 billion yuan, up 19.6%."
        ),
        figures=(),
        items=(
            I("reporter", "rank", "turnover with RU", "", "the largest of any province in China"),
            I("partner:RU", "value", "turnover", "", "59.95 billion yuan"),
            I("partner:RU", "growth", "turnover", "", "18.4% more"),
            I("reporter", "share of country", "turnover with RU", "", "14.7%"),
            I(
                "partner:RU",
                "share",
                "turnover",
                "",
                "64.4% of the province's total foreign trade",
            ),
            I("partner:RU", "value", "exports", "", "4.67 billion yuan"),
            I("partner:RU", "growth", "exports", "", "up 6.5%"),
            I("partner:RU", "value", "imports", "", "55.28 billion yuan"),
            I("partner:RU", "growth", "imports", "", "up 19.5%"),
            I("partner:US", "growth", "exports", "", "22.9%"),
            I("partner:BR", "growth", "exports", "", "78%"),
            I("partner:NZ", "growth", "exports", "", "40.7%"),
            I("group:ASEAN", "growth", "exports", "", "34.2% respectively"),
            I("group:Belt and Road", "value", "turnover", "", "70.21 billion yuan"),
            I("group:Belt and Road", "growth", "turnover", "", "up 19.6%"),
        ),
        note="No figure of the reporter's own total: it follows only as 59.95 / 64.4% (about 93.1).",
    ),
    Paragraph(
        id="en-inner-mongolia-2022-7m",
        language="en",
        region="Inner Mongolia Autonomous Region",
        country="CN",
        year=2022,
        period="January-July 2022",
        currency="CNY",
        scale="billion",
        source_url="http://en.people.cn/n3/2022/0829/c90000-10141022.html",
        text=(
            "HOHHOT, Aug. 29 (Xinhua). The regional commerce department said on Monday that Inner "
            "Mongolia's foreign trade in the first seven months of 2022 was worth nearly 81.3 billion "
            "yuan (about 11.8 billion U.S. dollars), up 19.8 percent year on year. Imports grew 10.9 "
            "percent to 46.6 billion yuan and exports 34.4 percent to 34.6 billion yuan. Exports of "
            "mechanical and electrical products and of high-tech products rose fast, by 78.4 percent and "
            "80.1 percent respectively. Private firms traded 54.8 billion yuan, up 26.7 percent, 67.4 "
            "percent of the region's total; foreign-invested firms nearly 6.5 billion yuan, up 46.1 "
            "percent. Trade with Mongolia reached nearly 21.5 billion yuan, up 24.1 percent, and trade "
            "with Russia, the Belt and Road countries and the RCEP members rose 5.5 percent, 23.3 "
            "percent and 11.2 percent."
        ),
        figures=(
            F("turnover", "nearly 81.3 billion yuan", "81.3", "almost"),
            F("turnover_growth", "up 19.8 percent", "+19.8%"),
            F("imports_growth", "Imports grew 10.9 percent", "+10.9%"),
            F("imports", "46.6 billion yuan", "46.6"),
            F("exports_growth", "exports 34.4 percent", "+34.4%"),
            F("exports", "34.6 billion yuan", "34.6"),
        ),
        items=(
            I("reporter", "value in USD", "turnover", "", "about 11.8 billion U.S. dollars"),
            I("goods:mechanical", "growth", "exports", "", "78.4 percent"),
            I("goods:high tech", "growth", "exports", "", "80.1 percent respectively"),
            I("firms:private", "value", "turnover", "", "54.8 billion yuan"),
            I("firms:private", "growth", "turnover", "", "up 26.7 percent"),
            I("firms:private", "share", "turnover", "", "67.4 percent"),
            I("firms:foreign-invested", "value", "turnover", "", "nearly 6.5 billion yuan"),
            I("firms:foreign-invested", "growth", "turnover", "", "up 46.1 percent"),
            I("partner:MN", "value", "turnover", "", "nearly 21.5 billion yuan"),
            I("partner:MN", "growth", "turnover", "", "up 24.1 percent"),
            I("partner:RU", "growth", "turnover", "", "5.5 percent"),
            I("group:Belt and Road", "growth", "turnover", "", "23.3 percent"),
            I("group:RCEP", "growth", "turnover", "", "11.2 percent"),
        ),
    ),
    Paragraph(
        id="en-inner-mongolia-2022-10m",
        language="en",
        region="Inner Mongolia Autonomous Region",
        country="CN",
        year=2022,
        period="January-October 2022",
        currency="CNY",
        scale="billion",
        source_url="http://en.people.cn/n3/2022/1110/c90000-10169737.html",
        text=(
            "HOHHOT, Nov. 10 (Xinhua). Local customs statistics released on Thursday show strong "
            "foreign trade growth in north China's Inner Mongolia in the first 10 months of 2022: "
            "imports and exports together hit 119.83 billion yuan (about 16.5 billion U.S. dollars) "
            "from January to October, 19.6 percent more than a year earlier. Exports rose 28 percent "
            "to 49.11 billion yuan and imports 14.3 percent to 70.72 billion yuan. Private enterprises "
            "led the growth with over 82 billion yuan of trade, up 26.9 percent, 68.8 percent of the "
            "total. Trade with Belt and Road countries grew 26.2 percent and with RCEP members 4.9 "
            "percent."
        ),
        figures=(
            F("turnover", "119.83 billion yuan", "119.83"),
            F("turnover_growth", "19.6 percent more", "+19.6%"),
            F("exports_growth", "Exports rose 28 percent", "+28%"),
            F("exports", "49.11 billion yuan", "49.11"),
            F("imports_growth", "imports 14.3 percent", "+14.3%"),
            F("imports", "70.72 billion yuan", "70.72"),
        ),
        items=(
            I("reporter", "value in USD", "turnover", "", "about 16.5 billion U.S. dollars"),
            I("firms:private", "value", "turnover", "", "over 82 billion yuan"),
            I("firms:private", "growth", "turnover", "", "up 26.9 percent"),
            I("firms:private", "share", "turnover", "", "68.8 percent"),
            I("group:Belt and Road", "growth", "turnover", "", "26.2 percent"),
            I("group:RCEP", "growth", "turnover", "", "4.9 percent"),
        ),
    ),
    Paragraph(
        id="en-inner-mongolia-2022-8m",
        language="en",
        region="Inner Mongolia Autonomous Region",
        country="CN",
        year=2022,
        period="January-August 2022",
        currency="CNY",
        scale="billion",
        source_url="http://en.people.cn/n3/2022/0914/c90000-10146984.html",
        text=(
            "HOHHOT, Sept. 14 (Xinhua). According to the customs of Hohhot, the regional capital, "
            "Inner Mongolia's imports and exports reached 94.6 billion yuan (about 13.7 billion U.S. "
            "dollars) from January to August, 20.4 percent more than a year earlier. Exports came to "
            "nearly 40 billion yuan, up 33.1 percent, and imports to 54.7 billion yuan, up 12.5 "
            "percent. The region imported mainly coal and crude oil: coal imports soared 153 percent "
            "to 13.8 billion yuan and crude oil imports reached 930 million yuan, up 13.7 times. It "
            "exported 4.3 billion yuan of farm products (up 19.5 percent) and 7.3 billion yuan of "
            "mechanical and electrical products (up 67.1 percent). Trade with Mongolia, Russia, ASEAN, "
            "the EU and the United States reached 26.2 billion yuan, 12.6 billion yuan, 9.4 billion "
            "yuan, 6.2 billion yuan and 4.5 billion yuan, up 27.3 percent, 7 percent, 44.9 percent, "
            "47.8 percent and 25.1 percent respectively."
        ),
        figures=(
            F("turnover", "94.6 billion yuan", "94.6"),
            F("turnover_growth", "20.4 percent more", "+20.4%"),
            F("exports", "nearly 40 billion yuan", "40", "almost"),
            F("exports_growth", "up 33.1 percent", "+33.1%"),
            F("imports", "54.7 billion yuan", "54.7"),
            F("imports_growth", "up 12.5 percent", "+12.5%"),
        ),
        items=(
            I("reporter", "value in USD", "turnover", "", "about 13.7 billion U.S. dollars"),
            I("goods:coal", "growth", "imports", "", "soared 153 percent"),
            I("goods:coal", "value", "imports", "", "13.8 billion yuan"),
            I("goods:crude oil", "value", "imports", "", "930 million yuan"),
            I("goods:crude oil", "growth", "imports", "", "up 13.7 times"),
            I("goods:farm", "value", "exports", "", "4.3 billion yuan"),
            I("goods:farm", "growth", "exports", "", "(up 19.5 percent)"),
            I("goods:mechanical", "value", "exports", "", "7.3 billion yuan"),
            I("goods:mechanical", "growth", "exports", "", "(up 67.1 percent)"),
            I("partner:MN", "value", "turnover", "", "26.2 billion yuan"),
            I("partner:RU", "value", "turnover", "", "12.6 billion yuan"),
            I("group:ASEAN", "value", "turnover", "", "9.4 billion yuan"),
            I("group:EU", "value", "turnover", "", "6.2 billion yuan"),
            I("partner:US", "value", "turnover", "", "4.5 billion yuan"),
            I("partner:MN", "growth", "turnover", "", "27.3 percent"),
            I("partner:RU", "growth", "turnover", "", "7 percent"),
            I("group:ASEAN", "growth", "turnover", "", "44.9 percent"),
            I("group:EU", "growth", "turnover", "", "47.8 percent"),
            I("partner:US", "growth", "turnover", "", "25.1 percent respectively"),
        ),
        note="A 'respectively' list of five amounts and five changes; millions among billions.",
    ),
    Paragraph(
        id="en-inner-mongolia-2019-jan",
        language="en",
        region="Inner Mongolia Autonomous Region",
        country="CN",
        year=2019,
        period="January 2019",
        currency="CNY",
        scale="billion",
        source_url="http://innermongolia.chinadaily.com.cn/2019-02/25/c_351108.htm",
        text=(
            "Inner Mongolia's foreign trade grew 11.5 percent year on year in January, to 9.13 billion "
            "yuan ($1.37 billion), the Hohhot customs department said on Feb 21. Exports rose 21.9 "
            "percent on the year to 3.42 billion yuan, while imports came to 5.71 billion yuan, 6 "
            "percent more than a year before. Trade with the Belt and Road countries and with Mongolia "
            "grew by 23.8 percent and 24 percent respectively."
        ),
        figures=(
            F("turnover_growth", "grew 11.5 percent", "+11.5%"),
            F("turnover", "9.13 billion yuan", "9.13"),
            F("exports_growth", "Exports rose 21.9 percent", "+21.9%"),
            F("exports", "3.42 billion yuan", "3.42"),
            F("imports", "5.71 billion yuan", "5.71"),
            F("imports_growth", "6 percent more", "+6%"),
        ),
        items=(
            I("reporter", "value in USD", "turnover", "", "($1.37 billion)"),
            I("group:Belt and Road", "growth", "turnover", "", "23.8 percent"),
            I("partner:MN", "growth", "turnover", "", "24 percent respectively"),
        ),
    ),
    Paragraph(
        id="en-inner-mongolia-2020-9m",
        language="en",
        region="Inner Mongolia Autonomous Region",
        country="CN",
        year=2020,
        period="first three quarters of 2020",
        currency="CNY",
        scale="billion",
        source_url="http://regional.chinadaily.com.cn/innermongolia/2020-11/03/c_560740.htm",
        text=(
            "Inner Mongolia's foreign trade in the first three quarters of the year was worth 76.95 "
            "billion yuan ($11.50 billion), 6.6 percent less than a year earlier, but Hohhot Customs "
            "says the fall has narrowed since the first half. In September alone imports and exports "
            "jumped 22.5 percent to 10.75 billion yuan: exports were 3.14 billion yuan, up 10.7 "
            "percent, and imports 7.61 billion yuan, up 28.1 percent. In the nine months general trade "
            "came to 51.66 billion yuan, up 5.8 percent, 67.1 percent of the total; small border trade "
            "to 18.11 billion yuan, down 24.1 percent, 23.5 percent of the total; bonded logistics to "
            "5.85 billion yuan, down 13.8 percent, 7.6 percent; and processing trade to 1.1 billion "
            "yuan, down 49.3 percent, 1.4 percent."
        ),
        figures=(
            F("turnover", "76.95 billion yuan", "76.95"),
            F("turnover_growth", "6.6 percent less", "-6.6%"),
        ),
        items=(
            I("reporter", "value in USD", "turnover", "", "($11.50 billion)"),
            I("reporter", "growth", "turnover", "September 2020", "jumped 22.5 percent"),
            I("reporter", "value", "turnover", "September 2020", "10.75 billion yuan"),
            I("reporter", "value", "exports", "September 2020", "3.14 billion yuan"),
            I("reporter", "growth", "exports", "September 2020", "up 10.7 percent"),
            I("reporter", "value", "imports", "September 2020", "7.61 billion yuan"),
            I("reporter", "growth", "imports", "September 2020", "up 28.1 percent"),
            I("mode:general", "value", "turnover", "", "51.66 billion yuan"),
            I("mode:general", "growth", "turnover", "", "up 5.8 percent"),
            I("mode:general", "share", "turnover", "", "67.1 percent"),
            I("mode:border", "value", "turnover", "", "18.11 billion yuan"),
            I("mode:border", "growth", "turnover", "", "down 24.1 percent"),
            I("mode:border", "share", "turnover", "", "23.5 percent"),
            I("mode:bonded", "value", "turnover", "", "5.85 billion yuan"),
            I("mode:bonded", "growth", "turnover", "", "down 13.8 percent"),
            I("mode:bonded", "share", "turnover", "", "7.6 percent"),
            I("mode:processing", "value", "turnover", "", "1.1 billion yuan"),
            I("mode:processing", "growth", "turnover", "", "down 49.3 percent"),
            I("mode:processing", "share", "turnover", "", "1.4 percent"),
        ),
        note="The reporter's own exports and imports are given only for one month, another period.",
    ),
    Paragraph(
        id="en-xinjiang-2008-7m",
        language="en",
        region="Xinjiang Uygur Autonomous Region",
        country="CN",
        year=2008,
        period="January-July 2008",
        currency="USD",
        scale="billion",
        source_url="http://en.chinagate.cn/economics/2008-08/17/content_16251223.htm",
        text=(
            "Imports and exports of Xinjiang in north-west China doubled in the first seven months of "
            "the year to US$11.58 billion, a growth rate 70 percent above the national average. "
            "According to Urumqi Customs, the region exported US$9.89 billion of goods from January to "
            "July, almost double the same period last year, and imported goods worth US$1.69 billion, "
            "more than 80 percent more. Barter trade carried 77 percent of the region's foreign trade in "
            "the seven months, or US$9 billion. Kazakhstan stays the largest partner, ahead of "
            "Kyrgyzstan, Russia, Tajikistan and Uzbekistan. China's foreign trade as a whole reached "
            "US$1.48 trillion in the seven months, up 26.4 percent: exports US$802.91 billion, up 22.6 "
            "percent, and imports US$679.2 billion, up 31.1 percent."
        ),
        figures=(
            F("turnover_growth", "doubled", "2 times", "about"),
            F("turnover", "US$11.58 billion", "11.58"),
            F("exports", "US$9.89 billion", "9.89"),
            F("exports_growth", "almost double", "2 times", "almost"),
            F("imports", "US$1.69 billion", "1.69"),
            F("imports_growth", "more than 80 percent more", "+80%", "over"),
        ),
        items=(
            I(
                "reporter",
                "growth above country",
                "turnover",
                "",
                "70 percent above the national average",
            ),
            I("mode:barter", "share", "turnover", "", "77 percent"),
            I("mode:barter", "value", "turnover", "", "US$9 billion"),
            I("partner:KZ", "rank", "turnover", "", "the largest partner"),
            I("country:CN", "value", "turnover", "", "US$1.48 trillion"),
            I("country:CN", "growth", "turnover", "", "up 26.4 percent"),
            I("country:CN", "value", "exports", "", "US$802.91 billion"),
            I("country:CN", "growth", "exports", "", "up 22.6 percent"),
            I("country:CN", "value", "imports", "", "US$679.2 billion"),
            I("country:CN", "growth", "imports", "", "up 31.1 percent"),
        ),
        note="Changes in words ('doubled', 'almost double'); the country's figures, with a trillion, after the region's.",
    ),
    Paragraph(
        id="en-yekaterinburg-customs-2011-q1",
        language="en",
        region="Yekaterinburg Customs (Sverdlovsk Region)",
        country="RU",
        year=2011,
        period="Q1 2011",
        currency="USD",
        scale="billion",
        source_url="http://en.urbc.ru/272082-yekaterinburg-customs-turnover-keeps-going-down.html",
        text=(
            "Yekaterinburg Customs: turnover keeps falling. In its report on the first quarter of 2011 "
            "the customs office says that 88.8% of all goods ($1.3m worth of products in terms of "
            "turnover) came from or went to the far abroad and 11.1% ($162.8m) to or from the CIS "
            "member states. Imports were 26.4% of the turnover's worth ($388m) and exports 73.6% "
            "($1.1bn). The freight turnover reached 553,700 tons, of which the far abroad took 75.3% "
            "(417,000 tons) and the CIS 24.7% (136,700 tons). Against the first quarter of 2010 the "
            "goods turnover and the freight turnover went down by 7.2% and 34.2%, respectively. China, "
            "the Netherlands, Turkey, Germany, Italy, Ukraine, the United States, Iran, Hong Kong and "
            "Sweden were the main partners."
        ),
        figures=(
            F("imports_share", "Imports were 26.4% of the turnover's worth", "26.4%"),
            F("imports", "($388m)", "0.388"),
            F("exports_share", "exports 73.6%", "73.6%"),
            F("exports", "($1.1bn)", "1.1"),
            F("turnover_growth", "went down by 7.2%", "-7.2%"),
        ),
        items=(
            I("group:far abroad", "share", "turnover", "", "88.8% of all goods"),
            I("group:far abroad", "value", "turnover", "", "$1.3m"),
            I("group:CIS", "share", "turnover", "", "11.1%"),
            I("group:CIS", "value", "turnover", "", "($162.8m)"),
            I("reporter", "physical", "turnover", "", "553,700 tons"),
            I("group:far abroad", "share", "physical", "", "75.3%"),
            I("group:far abroad", "physical", "turnover", "", "(417,000 tons)"),
            I("group:CIS", "share", "physical", "", "24.7%"),
            I("group:CIS", "physical", "turnover", "", "(136,700 tons)"),
            I("reporter", "physical growth", "turnover", "", "34.2%, respectively"),
        ),
        errors=(
            E(
                "item:group:far abroad:value",
                "$1.3m",
                "$1.3bn",
                "item",
                "88.8% of a turnover of about 1.47 billion (388m / 26.4%; 162.8m / 11.1%) is about 1.3 "
                "billion: the scale word is wrong",
            ),
        ),
        note="Thousands commas in tonnages; 'm' and 'bn' in one text; a 'respectively' pair of changes.",
    ),
    Paragraph(
        id="en-nizhny-tagil-customs-2008-8m",
        language="en",
        region="Nizhny Tagil Customs (Sverdlovsk Region)",
        country="RU",
        year=2008,
        period="January-August 2008",
        currency="USD",
        scale="billion",
        source_url="http://en.urbc.ru/203768-post203768.html",
        text=(
            "Nizhny Tagil's trade turnover came to $3.1bn in January-August 2008. The customs office "
            "processed 17,800 cargo manifests in the eight months, some 190 companies traded abroad, "
            "and 3.1 million tons of cargo crossed the border, 55.1% to or from the far abroad and 44.9% "
            "to or from the CIS. The area's external trade turnover was $3.1bn, 33.7% above "
            "January-August 2007, with an export/import ratio of 81%/19%. The far abroad took 80.7% of "
            "the turnover and the CIS 19.3%; trade with the CIS rose by 49.2% on the year to $607m and "
            "trade with the far abroad by 30.5% to $2.5bn, the Ural Customs Administration's spokesman "
            "says."
        ),
        figures=(
            F("turnover", "$3.1bn in January-August 2008", "3.1"),
            F("turnover", "external trade turnover was $3.1bn", "3.1"),
            F("turnover_growth", "33.7% above", "+33.7%"),
            F("exports_share", "export/import ratio of 81%", "81%"),
            F("imports_share", "/19%", "19%"),
        ),
        items=(
            I("manifests", "count", "", "", "17,800 cargo manifests"),
            I("companies", "count", "", "", "some 190 companies"),
            I("reporter", "physical", "turnover", "", "3.1 million tons"),
            I("group:far abroad", "share", "physical", "", "55.1%"),
            I("group:CIS", "share", "physical", "", "44.9%"),
            I("group:far abroad", "share", "turnover", "", "80.7%"),
            I("group:CIS", "share", "turnover", "", "19.3%"),
            I("group:CIS", "growth", "turnover", "", "rose by 49.2%"),
            I("group:CIS", "value", "turnover", "", "$607m"),
            I("group:far abroad", "growth", "turnover", "", "by 30.5%"),
            I("group:far abroad", "value", "turnover", "", "$2.5bn"),
        ),
        note="'3.1' is the value in billions and the tonnage in millions; an 'a/b' ratio of shares.",
    ),
    Paragraph(
        id="en-yekaterinburg-customs-2010-8m",
        language="en",
        region="Yekaterinburg Customs (Sverdlovsk Region)",
        country="RU",
        year=2010,
        period="1 January - 20 August 2010",
        currency="USD",
        scale="million",
        source_url="http://en.urbc.ru/256334-yekaterinburg-trade-turnover-rises-239.html",
        text=(
            "Yekaterinburg trade turnover up 23.9%. Between January 1 and August 20, 2010, 1,500 "
            "companies and organizations traded abroad through the Yekaterinburg Customs zone and filed "
            "33,600 cargo manifests, the Ural Customs Administration's press service reports. Against "
            "January-August 2009 the foreign trade turnover rose by 23.9%, the cargo turnover by 13.1%, "
            "the number of manifests by 21.2% and the number of traders by 10%. The number of exporting "
            "countries grew by 3.3% and the number of importing countries fell by 5.5%. The far "
            "abroad's share of the goods went up by 1.2%, and so the CIS's share went down by 1.2%."
        ),
        figures=(
            F("turnover_growth", "up 23.9%", "+23.9%"),
            F("turnover_growth", "rose by 23.9%", "+23.9%"),
        ),
        items=(
            I("companies", "count", "", "", "1,500 companies"),
            I("manifests", "count", "", "", "33,600 cargo manifests"),
            I("reporter", "physical growth", "turnover", "", "by 13.1%"),
            I("manifests", "growth", "", "", "by 21.2%"),
            I("companies", "growth", "", "", "by 10%"),
            I("countries:exporting", "growth", "", "", "by 3.3%"),
            I("countries:importing", "growth", "", "", "fell by 5.5%"),
            I("group:far abroad", "change", "share", "", "went up by 1.2%"),
            I("group:CIS", "change", "share", "", "went down by 1.2%"),
        ),
        note="One change of value among six changes of other measures.",
    ),
    Paragraph(
        id="en-sughd-2019-h1",
        language="en",
        region="Sughd Region",
        country="TJ",
        year=2019,
        period="first half of 2019",
        currency="TJS",
        scale="billion",
        source_url="https://eng.khovar.tj/2019/07/sughd-s-external-trade-turnover-reaches-over-1-billion-somoni",
        text=(
            "Sughd's external trade turnover tops 1 billion somoni. DUSHANBE, 19.07.2019 (NIAT "
            "Khovar). The Agency for Statistics under the President of Tajikistan in Sughd Province "
            "reports that the province's external trade turnover reached 1.01 billion somoni in the "
            "first six months of 2019, approximately 70 million more than in the same period last "
            "year. Sughd exports mostly to its neighbours: 80.7% of its exports go to the CIS states, a "
            "4.5% increase on 2018. Other countries take 19.3% and bring in about 955 million somoni or "
            "95.5 million dollars. Cement exports doubled and fruit and vegetable exports grew by "
            "56.7%. The province trades with 52 countries, nine of them CIS states."
        ),
        figures=(
            F("turnover", "tops 1 billion somoni", "1", "over"),
            F("turnover", "1.01 billion somoni", "1.01"),
            F("turnover_change", "approximately 70 million more", "+0.07", "about"),
            F("partner_count", "52 countries", "52"),
        ),
        items=(
            I("group:CIS", "share", "exports", "", "80.7%"),
            I("group:CIS", "change", "share", "2018", "a 4.5% increase on 2018"),
            I("group:far abroad", "share", "exports", "", "19.3%"),
            I(
                "group:far abroad",
                "value",
                "exports",
                "",
                "about 955 million somoni or 95.5 million dollars",
            ),
            I("goods:cement", "growth", "exports", "", "doubled"),
            I("goods:fruit and vegetables", "growth", "exports", "", "by 56.7%"),
            I("group:CIS", "count", "", "", "nine of them"),
        ),
        errors=(
            E(
                "item:group:far abroad:value",
                "about 955 million somoni or 95.5 million dollars",
                "below the turnover of 1.01 billion somoni; probably 95.5 million somoni",
                "item",
                "19.3% of exports cannot be 955 million somoni when the whole turnover is 1.01 billion "
                "(exports would be 4.9 billion somoni); 955 million somoni and 95.5 million dollars do "
                "not agree at the rate of about 9.5 somoni to the dollar either",
            ),
        ),
    ),
    Paragraph(
        id="en-sughd-2019",
        language="en",
        region="Sughd Region",
        country="TJ",
        year=2019,
        period="2019",
        currency="USD",
        scale="million",
        source_url="https://sugdnews.com/en/2020/02/14/sugd-more-than-16-5-thousand-cars-were-delivered-to-the-region/",
        text=(
            "16540 vehicles were imported into Sugd region in 2019, 4770 more than in 2018. Bahrom "
            "Ismatullozoda, head of the regional customs administration, said that imports grew last "
            "year: they came to 1 billion 571 million US dollars, $115 million more than in 2018. "
            "Among them were aviation fuel for $4.2 million, liquefied gas for $26.6 million, "
            "industrial equipment for $16 million, chicken for $2.5 million, wheat for $41.2 million and "
            "flour worth $7.0 million. The region traded with more than 50 countries; its foreign trade "
            "with the CIS countries in 2019 was 1 billion 589 million dollars, 48.7 million US dollars "
            "more than in 2018."
        ),
        figures=(
            F("imports", "1 billion 571 million US dollars", "1571"),
            F("imports_change", "$115 million more", "+115"),
            F("partner_count", "more than 50 countries", "50", "over"),
        ),
        items=(
            I("goods:vehicles", "count", "imports", "", "16540 vehicles"),
            I("goods:vehicles", "change", "imports", "", "4770 more"),
            I("goods:aviation fuel", "value", "imports", "", "$4.2 million"),
            I("goods:liquefied gas", "value", "imports", "", "$26.6 million"),
            I("goods:equipment", "value", "imports", "", "$16 million"),
            I("goods:chicken", "value", "imports", "", "$2.5 million"),
            I("goods:wheat", "value", "imports", "", "$41.2 million"),
            I("goods:flour", "value", "imports", "", "$7.0 million"),
            I("group:CIS", "value", "turnover", "", "1 billion 589 million dollars"),
            I("group:CIS", "change", "turnover", "", "48.7 million US dollars more"),
        ),
        note="Compound amounts in English words and digits ('1 billion 571 million'); counts of vehicles.",
    ),
    Paragraph(
        id="en-bashkortostan-2010-h1",
        language="en",
        region="Republic of Bashkortostan",
        country="RU",
        year=2010,
        period="January-June 2010",
        currency="USD",
        scale="million",
        source_url="http://www.bashinform.ru/eng/295885/",
        text=(
            "Bashkiria's external trade in the first six months: about 5,2 billion dollars. The "
            "Bashkir State Statistics Committee, publishing with a month's delay, reports that the "
            "republic's external trade circulation in January-June 2010 came to five billion 186,9 "
            "million USD, 2,4 times as much as in the same period of 2009. Exports grew strongly and "
            "imports fell somewhat. Exports of goods are estimated at four billion 934,6 million "
            "dollars (2,6 times more), 695,9 million dollars of it to the CIS countries. Imports for "
            "January-July were put at 252,3 million dollars, 2,7% less than in the first half of "
            "2009, of which the CIS countries' share came to 66,7 million USD."
        ),
        figures=(
            F("turnover", "about 5,2 billion dollars", "5200", "about"),
            F("turnover", "five billion 186,9 million USD", "5186.9"),
            F("turnover_growth", "2,4 times as much", "2.4 times"),
            F("exports", "four billion 934,6 million dollars", "4934.6"),
            F("exports_growth", "(2,6 times more)", "2.6 times"),
            F("imports", "252,3 million dollars", "252.3"),
            F("imports_growth", "2,7% less", "-2.7%"),
        ),
        items=(
            I("group:CIS", "value", "exports", "", "695,9 million dollars"),
            I("group:CIS", "value", "imports", "", "66,7 million USD"),
        ),
        errors=(
            E(
                "imports",
                "252,3 million dollars in January-July",
                "252,3 million dollars in January-June",
                "period",
                "exports 4 934,6 + imports 252,3 = 5 186,9, the January-June turnover, and the change is "
                "against the first half of 2009: the imports are the first half's, not January-July's",
            ),
        ),
        note="Decimal commas and numbers in words in English; 'the share ... is 66,7 million USD' is an amount.",
    ),
    Paragraph(
        id="en-bashkortostan-2010-7m",
        language="en",
        region="Republic of Bashkortostan",
        country="RU",
        year=2010,
        period="January-July 2010",
        currency="USD",
        scale="million",
        source_url="http://www.bashinform.ru/eng/301786/",
        text=(
            "Bashkortostan's external trade for seven months is about six billion dollars. The "
            "republic's external trade circulation for January-July came to 592 million USD, 2,3 "
            "times as much as in the same months of 2009, and both exports and imports grew. Bashkir "
            "exports are estimated at 5638 million USD, including 811 million shipped to the CIS "
            "countries; imports in January-July were 291 million USD, 77 million of them from the "
            "CIS. The statistics committee also reports construction work worth 47786 million rubles "
            "(97% of January-July 2009), farm output of 53 billion rubles for eight months, a retail "
            "trade circulation of 298,5 billion and a public catering circulation of 12 billion "
            "rubles."
        ),
        figures=(
            F("turnover", "about six billion dollars", "6000", "about"),
            F("turnover", "592 million USD", "592"),
            F("turnover_growth", "2,3 times as much", "2.3 times"),
            F("exports", "5638 million USD", "5638"),
            F("imports", "291 million USD", "291"),
        ),
        items=(
            I("group:CIS", "value", "exports", "", "811 million"),
            I("group:CIS", "value", "imports", "", "77 million"),
            I("construction", "value", "", "", "47786 million rubles"),
            I("construction", "index", "", "", "97%"),
            I("farm output", "value", "", "январь-август 2010", "53 billion rubles"),
            I("retail", "value", "", "", "298,5 billion"),
            I("catering", "value", "", "", "12 billion rubles"),
        ),
        errors=(
            E(
                "turnover",
                "592",
                "5929",
                "arithmetic",
                "exports 5 638 + imports 291 = 5 929 million, 'about six billion' as the headline says: "
                "a digit of the turnover was dropped",
                audit=True,
            ),
        ),
        note="A retail 'trade circulation' beside the external one; a digit dropped from the turnover.",
    ),
)
