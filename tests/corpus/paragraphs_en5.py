"""English paragraphs of the reader corpus, fifth part (see :mod:`tests.corpus.model`).

Written after the reader's rules for the first four English parts and the nine Russian
ones had landed, and measured before any rule was changed for them: an honest unseen
measure. Chinese provinces' customs news (Guangxi, Xinjiang, Heilongjiang, Inner
Mongolia), a Mongolian customs release, and paragraphs from Kazakh, Belarusian and
Russian news where every figure is a bilateral trade with one partner, so the reporter
gets none. Every text is our own wording of a published paragraph: the sentences are
rebuilt, the figures, their number formats and the constructions that make reading hard
are kept as published.
"""

from __future__ import annotations

from tests.corpus.model import Error as E  # noqa: N817 (short names keep the data readable)
from tests.corpus.model import Figure as F  # noqa: N817 (short names keep the data readable)
from tests.corpus.model import Item as I  # noqa: N817 (short names keep the data readable)
from tests.corpus.model import Paragraph

__all__ = ["ENGLISH_5"]

ENGLISH_5: tuple[Paragraph, ...] = (
    Paragraph(
        id="en-guangxi-2023-5m",
        language="en",
        region="Guangxi Zhuang Autonomous Region",
        country="CN",
        year=2023,
        period="January-May 2023",
        currency="CNY",
        scale="billion",
        source_url="http://en.people.cn/n3/2023/0616/c90000-20032668.html",
        text=(
            "NANNING, June 16 (Xinhua). Foreign trade of the Guangxi Zhuang Autonomous Region in "
            "south China kept surging in the first five months of 2023, the regional customs "
            "authority reported. Between January and May Guangxi's combined imports and exports "
            "reached 287.5 billion yuan (about 40 billion U.S. dollars), a rise of 53.2 percent year "
            "on year. According to Nanning Customs, exports climbed 70.5 percent from a year earlier "
            "to approximately 146.5 billion yuan, while imports grew 38.6 percent to over 141 "
            "billion yuan. Guangxi's trade with the Association of Southeast Asian Nations (ASEAN) "
            "came to 137 billion yuan, up 117.4 percent. Fruit imports from ASEAN members amounted "
            "to 3.66 billion yuan in the period, a jump of 193.7 percent, and fresh durians alone "
            "accounted for 3.24 billion yuan, 516 percent more than a year before."
        ),
        figures=(
            F("turnover", "287.5 billion yuan", "287.5"),
            F("turnover_growth", "a rise of 53.2 percent", "+53.2%"),
            F("exports_growth", "exports climbed 70.5 percent", "+70.5%"),
            F("exports", "approximately 146.5 billion yuan", "146.5", "about"),
            F("imports_growth", "imports grew 38.6 percent", "+38.6%"),
            F("imports", "over 141 billion yuan", "141", "over"),
        ),
        items=(
            I("reporter", "value in USD", "turnover", "", "about 40 billion U.S. dollars"),
            I("group:ASEAN", "value", "turnover", "", "137 billion yuan"),
            I("group:ASEAN", "growth", "turnover", "", "up 117.4 percent"),
            I("goods:fruit", "value", "imports", "", "3.66 billion yuan"),
            I("goods:fruit", "growth", "imports", "", "a jump of 193.7 percent"),
            I("goods:durians", "value", "imports", "", "3.24 billion yuan"),
            I("goods:durians", "growth", "imports", "", "516 percent more"),
        ),
        note=(
            "146.5 + 141 = 287.5; the previous flows (146.5 / 1.705 = 85.9 and 141 / 1.386 = "
            "101.7) give 187.7, and 287.5 / 187.7 = 1.532. Bounds on both flows; goods groups' "
            "values and growths follow in the reporter's shapes."
        ),
    ),
    Paragraph(
        id="en-guangxi-2010-11m",
        language="en",
        region="Guangxi Zhuang Autonomous Region",
        country="CN",
        year=2010,
        period="January-November 2010",
        currency="USD",
        scale="billion",
        source_url="http://en.shmet.com/Statistic/StatisticDetail.aspx?cid=88",
        text=(
            "NANNING, Dec. 26, 2010. Trade between the Guangxi Zhuang autonomous region in south "
            "China and the ASEAN member states grew fast in the first 11 months of the year, the "
            "local customs house said on Sunday. The China-ASEAN free trade area, the largest in the "
            "world, came into being on January 1. Guangxi, which borders Vietnam, traded $5.4 "
            "billion with ASEAN countries from January to November, a rise of 29.4 percent on the "
            "same period last year. That trade, which included $3.73 billion of exports, up 24.2 "
            "percent year-on-year, and $1.67 billion of imports, up 42.6 percent, made up 35.2 "
            "percent of the region's total trade volume over the 11 months. The region's foreign "
            "trade as a whole amounted to $15.35 billion in the first 11 months, up 26.8 percent "
            "year-on-year. ASEAN, the United States and Australia are its top three trade partners."
        ),
        figures=(
            F("turnover", "$15.35 billion", "15.35"),
            F("turnover_growth", "up 26.8 percent", "+26.8%"),
        ),
        items=(
            I("group:ASEAN", "value", "turnover", "", "$5.4 billion"),
            I("group:ASEAN", "growth", "turnover", "", "a rise of 29.4 percent"),
            I("group:ASEAN", "value", "exports", "", "$3.73 billion of exports"),
            I("group:ASEAN", "growth", "exports", "", "up 24.2 percent"),
            I("group:ASEAN", "value", "imports", "", "$1.67 billion of imports"),
            I("group:ASEAN", "growth", "imports", "", "up 42.6 percent"),
            I("group:ASEAN", "share", "turnover", "", "35.2 percent of the region's total"),
        ),
        note=(
            "3.73 + 1.67 = 5.4 = 35.2% of 15.35 (35.18%). The partner group's flows come first, "
            "in the reporter's shapes ('$3.73 billion of exports, up 24.2 percent'); the "
            "region's own turnover only at the end."
        ),
    ),
    Paragraph(
        id="en-xinjiang-2019-5m",
        language="en",
        region="Xinjiang Uygur Autonomous Region",
        country="CN",
        year=2019,
        period="January-May 2019",
        currency="CNY",
        scale="billion",
        source_url="http://en.chinaxinjiang.cn/01/201907/t20190701_577666.htm",
        text=(
            "URUMQI, July 1, 2019 (Xinhua). Imports of the Xinjiang Uygur Autonomous Region rose "
            "by a robust 49.1 percent in the first five months of this year, the local customs "
            "authorities said. From January to May the region imported goods worth 13.8 billion "
            "yuan ($2 billion), according to Urumqi customs, while its exports edged up 1.4 percent "
            "to 38.5 billion yuan. Imports and exports together came to 52.3 billion yuan over the "
            "period, an increase of 10.8 percent, with private companies playing a large part. "
            "Neighbouring Kazakhstan is still the region's biggest trading partner: trade with it "
            "made up 45 percent of the total."
        ),
        figures=(
            F("imports_growth", "rose by a robust 49.1 percent", "+49.1%"),
            F("imports", "13.8 billion yuan", "13.8"),
            F("exports_growth", "edged up 1.4 percent", "+1.4%"),
            F("exports", "38.5 billion yuan", "38.5"),
            F("turnover", "52.3 billion yuan", "52.3"),
            F("turnover_growth", "an increase of 10.8 percent", "+10.8%"),
        ),
        items=(
            I("reporter", "value in USD", "imports", "", "($2 billion)"),
            I("partner:KZ", "share", "turnover", "", "45 percent of the total"),
        ),
        note=(
            "13.8 + 38.5 = 52.3; the previous flows (9.26 + 37.97 = 47.22) give 52.3 / 47.22 = "
            "1.108. Imports lead, their value in a later sentence, with a dollar value in brackets."
        ),
    ),
    Paragraph(
        id="en-xinjiang-2023-2m",
        language="en",
        region="Xinjiang Uygur Autonomous Region",
        country="CN",
        year=2023,
        period="January-February 2023",
        currency="CNY",
        scale="billion",
        source_url="https://www.nation.com.pk/19-Mar-2023/xinjiang-foreign-trade-up-86-4pc-in-first-2-months",
        text=(
            "URUMQI, March 19, 2023. In the first two months of this year the foreign trade of "
            "northwest China's Xinjiang Uygur Autonomous Region jumped 86.4 per cent year on year "
            "to 44.4 billion yuan (about 6.4 billion U.S. dollars). Urumqi customs said the region's "
            "exports reached 38.15 billion yuan in the period, 91.6 per cent more than a year "
            "before, and its imports rose 59.8 per cent to 6.24 billion yuan. At the end of "
            "February Xinjiang counted 15,308 registered foreign trade enterprises, 7.3 per cent "
            "more than a year earlier. Private enterprises traded goods worth 42.7 billion yuan in "
            "the two months, an increase of 99.7 percent, or 96.2 per cent of the region's foreign "
            "trade. Imports of fertilizers came to 1.1 billion yuan, up 101.6 per cent year on year."
        ),
        figures=(
            F("turnover_growth", "jumped 86.4 per cent year on year", "+86.4%"),
            F("turnover", "44.4 billion yuan", "44.4"),
            F("exports", "38.15 billion yuan", "38.15"),
            F("exports_growth", "91.6 per cent more than a year before", "+91.6%"),
            F("imports_growth", "imports rose 59.8 per cent", "+59.8%"),
            F("imports", "6.24 billion yuan", "6.24"),
        ),
        items=(
            I("reporter", "value in USD", "turnover", "", "about 6.4 billion U.S. dollars"),
            I("companies", "count", "", "", "15,308 registered foreign trade enterprises"),
            I("companies", "growth", "", "", "7.3 per cent more than a year earlier"),
            I("group:private enterprises", "value", "turnover", "", "42.7 billion yuan"),
            I(
                "group:private enterprises",
                "growth",
                "turnover",
                "",
                "an increase of 99.7 percent",
            ),
            I("group:private enterprises", "share", "turnover", "", "96.2 per cent"),
            I("goods:fertilizers", "value", "imports", "", "1.1 billion yuan"),
            I("goods:fertilizers", "growth", "imports", "", "up 101.6 per cent year on year"),
        ),
        note=(
            "38.15 + 6.24 = 44.39; the previous flows (19.91 + 3.90 = 23.82) give 44.4 / 23.82 = "
            "1.864. A count of companies with its growth, private firms' trade with a share, and "
            "a goods group in the reporter's shapes."
        ),
    ),
    Paragraph(
        id="en-xinjiang-2017-h1",
        language="en",
        region="Xinjiang Uygur Autonomous Region",
        country="CN",
        year=2017,
        period="January-June 2017",
        currency="USD",
        scale="billion",
        source_url="http://en.chinaxinjiang.cn/01/201707/t20170731_556051.htm",
        text=(
            "Xinjiang H1 foreign trade up 34 pct. URUMQI, July 31, 2017 (Xinhua). Foreign trade "
            "of the Xinjiang Uygur Autonomous Region in northwest China grew strongly from January "
            "to June, the customs authorities said. Urumqi Customs put the region's trade volume at "
            "9 billion U.S. dollars in the first half, 34 percent more than a year earlier, lifted by "
            "stronger demand from the neighbouring central Asian countries. Exports, mostly "
            "machinery, textiles and shoes, came to 7.7 billion dollars, up 34.8 percent year on "
            "year, and imports such as farm produce, copper ore and paper pulp reached 1.2 billion "
            "dollars, a rise of 29.3 percent. The region's trade with Pakistan increased 63.9 "
            "percent, with Mongolia 75 percent and with Egypt 273.2 percent."
        ),
        figures=(
            F("turnover_growth", "up 34 pct", "+34%"),
            F("turnover", "9 billion U.S. dollars", "9"),
            F("turnover_growth", "34 percent more than a year earlier", "+34%"),
            F("exports", "7.7 billion dollars", "7.7"),
            F("exports_growth", "up 34.8 percent year on year", "+34.8%"),
            F("imports", "1.2 billion dollars", "1.2"),
            F("imports_growth", "a rise of 29.3 percent", "+29.3%"),
        ),
        items=(
            I("partner:PK", "growth", "turnover", "", "increased 63.9 percent"),
            I("partner:MN", "growth", "turnover", "", "75 percent"),
            I("partner:EG", "growth", "turnover", "", "273.2 percent"),
        ),
        note=(
            "7.7 + 1.2 = 8.9, which rounds to 9; the previous flows (5.71 + 0.93 = 6.64) give "
            "8.9 / 6.64 = 1.340. A headline restates the growth; partners' growths close."
        ),
    ),
    Paragraph(
        id="en-heilongjiang-2023-q1",
        language="en",
        region="Heilongjiang Province",
        country="CN",
        year=2023,
        period="Q1 2023",
        currency="CNY",
        scale="billion",
        source_url="http://en.people.cn/n3/2023/0420/c90000-20008812.html",
        text=(
            "HARBIN, April 20 (Xinhua). Trade in goods of Heilongjiang, China's northernmost "
            "province, grew 29.6 percent year on year to 71.98 billion yuan (about 10.4 billion U.S. "
            "dollars) in the first quarter of 2023, the local customs said. Over the quarter the "
            "province imported goods worth 57.52 billion yuan, 26.6 percent more than a year "
            "earlier, while its exports rose 43.3 percent to 14.46 billion yuan, according to Harbin "
            "Customs. Trade with the countries along the Belt and Road came to 56.98 billion yuan, "
            "up 30.1 percent, or 79.2 percent of the province's total foreign trade, and trade with "
            "the members of the Regional Comprehensive Economic Partnership (RCEP) increased 28.1 "
            "percent to 7.06 billion yuan."
        ),
        figures=(
            F("turnover_growth", "grew 29.6 percent year on year", "+29.6%"),
            F("turnover", "71.98 billion yuan", "71.98"),
            F("imports", "57.52 billion yuan", "57.52"),
            F("imports_growth", "26.6 percent more than a year earlier", "+26.6%"),
            F("exports_growth", "exports rose 43.3 percent", "+43.3%"),
            F("exports", "14.46 billion yuan", "14.46"),
        ),
        items=(
            I("reporter", "value in USD", "turnover", "", "about 10.4 billion U.S. dollars"),
            I("group:Belt and Road", "value", "turnover", "", "56.98 billion yuan"),
            I("group:Belt and Road", "growth", "turnover", "", "up 30.1 percent"),
            I(
                "group:Belt and Road",
                "share",
                "turnover",
                "",
                "79.2 percent of the province's total",
            ),
            I("group:RCEP", "growth", "turnover", "", "increased 28.1 percent"),
            I("group:RCEP", "value", "turnover", "", "7.06 billion yuan"),
        ),
        note=(
            "57.52 + 14.46 = 71.98; the previous flows (45.43 + 10.09 = 55.53) give 71.98 / "
            "55.53 = 1.296; 56.98 / 71.98 = 79.2%."
        ),
    ),
    Paragraph(
        id="en-heilongjiang-2020-q1-br",
        language="en",
        region="Heilongjiang Province",
        country="CN",
        year=2020,
        period="Q1 2020",
        currency="CNY",
        scale="billion",
        source_url="http://en.people.cn/n3/2020/0510/c90000-9688816.html",
        text=(
            "HARBIN, May 10, 2020 (Xinhua). Trade of Heilongjiang Province in northeast China with "
            "the countries along the Belt and Road stood at 35.83 billion yuan (about 5 billion U.S. "
            "dollars) in the first quarter, 4 percent less than a year earlier, the local customs "
            "said on Sunday. This trade made up 79.2 percent of the province's total in the "
            "quarter, according to Harbin customs. Exports to the Belt and Road countries fell 15.6 "
            "percent to 3.3 billion yuan, and imports from them dropped 2.6 percent to 32.53 billion "
            "yuan. Heilongjiang's trade with Russia grew 3 percent to 31.65 billion yuan, 88.3 "
            "percent of its trade with the Belt and Road countries. Mechanical and electrical "
            "products led the exports, at 1.15 billion yuan in the quarter, and energy products "
            "such as crude oil led the imports."
        ),
        figures=(),
        items=(
            I("group:Belt and Road", "value", "turnover", "", "35.83 billion yuan"),
            I(
                "group:Belt and Road",
                "value in USD",
                "turnover",
                "",
                "about 5 billion U.S. dollars",
            ),
            I(
                "group:Belt and Road",
                "growth",
                "turnover",
                "",
                "4 percent less than a year earlier",
            ),
            I(
                "group:Belt and Road",
                "share",
                "turnover",
                "",
                "79.2 percent of the province's total",
            ),
            I("group:Belt and Road", "growth", "exports", "", "fell 15.6 percent"),
            I("group:Belt and Road", "value", "exports", "", "3.3 billion yuan"),
            I("group:Belt and Road", "growth", "imports", "", "dropped 2.6 percent"),
            I("group:Belt and Road", "value", "imports", "", "32.53 billion yuan"),
            I("partner:RU", "growth", "turnover", "", "grew 3 percent"),
            I("partner:RU", "value", "turnover", "", "31.65 billion yuan"),
            I("partner:RU", "share", "turnover with the group", "", "88.3 percent"),
            I("goods:machinery", "value", "exports", "", "1.15 billion yuan"),
        ),
        note=(
            "Every figure is the Belt and Road group's, Russia's or a goods group's: the "
            "reporter gets none (its total, 35.83 / 0.792 = 45.2, is not stated). 3.3 + 32.53 = "
            "35.83; 31.65 / 35.83 = 88.3%."
        ),
    ),
    Paragraph(
        id="en-innermongolia-2015-h1",
        language="en",
        region="Inner Mongolia Autonomous Region",
        country="CN",
        year=2015,
        period="January-June 2015",
        currency="CNY",
        scale="million",
        source_url="https://www.chinadaily.com.cn/china/2015-07/31/content_21467353.htm",
        text=(
            "Mongolia becomes Inner Mongolia's largest trading partner (China Daily, July 31, "
            "2015). In the first half of this year Mongolia overtook Russia as the biggest trading "
            "partner of the Inner Mongolia Autonomous Region: trade between them rose 6.6 percent "
            "to 10.65 billion yuan ($1.71 billion). Trade with Russia, the former leader, came to "
            "7.64 billion yuan from January to June, which puts it second. The region's total "
            "import and export volume was 38.12 million yuan in the six months. It trades with more "
            "than 100 countries and regions, and Mongolia and Russia together took 48 percent of "
            "the total; the United States, Australia, South Korea and other partners each traded "
            "over 1 billion yuan with the region. Exports to Kirgizia stood out, growing 65.4 times "
            "against the first half of last year, though they remain a small part of the total."
        ),
        figures=(
            F("turnover", "38.12 million yuan", "38.12"),
            F("partner_count", "more than 100 countries", "100", "over"),
        ),
        items=(
            I("partner:MN", "growth", "turnover", "", "rose 6.6 percent"),
            I("partner:MN", "value", "turnover", "", "10.65 billion yuan"),
            I("partner:MN", "value in USD", "turnover", "", "($1.71 billion)"),
            I("partner:RU", "value", "turnover", "", "7.64 billion yuan"),
            I("group:Mongolia and Russia", "share", "turnover", "", "48 percent of the total"),
            I("partners:US, AU, KR", "value", "turnover", "", "over 1 billion yuan"),
            I("partner:KG", "growth", "exports", "", "growing 65.4 times"),
        ),
        errors=(
            E(
                "turnover",
                "38.12 million yuan",
                "38120 (38.12 billion yuan)",
                "scale",
                "Mongolia's 10.65 billion and Russia's 7.64 billion yuan are 18.29 billion, said to "
                "be 48 percent of the total: the total is about 38.1 billion yuan, not 38.12 million "
                "(smaller than either partner's trade)",
            ),
        ),
        note=(
            "The reporter's only figure is published in millions for billions; the audit cannot "
            "state it from one figure. 'Mongolia' is the partner inside the reporter's name."
        ),
    ),
    Paragraph(
        id="en-mangistau-2023-h1",
        language="en",
        region="Mangistau Region",
        country="KZ",
        year=2023,
        period="January-June 2023",
        currency="USD",
        scale="billion",
        source_url="https://en.trend.az/casia/kazakhstan/3797638.html",
        text=(
            "ASTANA, Kazakhstan, September 15 (Trend). Foreign trade turnover between Kazakhstan's "
            "Mangistau region and the United States rose almost 5 times in the first half of 2023, "
            "the head of the regional administration Nurlan Nogayev told US Ambassador Daniel N. "
            "Rosenblum at their meeting. The US plays an important part in the region's foreign "
            "trade, he said, and the growth shows in its total turnover, which includes imports of "
            "auto parts, industrial equipment, household appliances and mobile phones. Fifteen "
            "enterprises with US participation are registered in the region. Mangistau produces up "
            "to 17 million tons of oil a year, 20 percent of all oil produced in Kazakhstan. In 2022 "
            "trade between Kazakhstan and the US went above its pre-pandemic level and reached $3.1 "
            "billion, 37 percent more than a year earlier: Kazakhstan's exports grew by 32 percent "
            "to $1.2 billion and imports of American goods by 40 percent to $1.9 billion."
        ),
        figures=(),
        items=(
            I("partner:US", "growth", "turnover", "", "rose almost 5 times"),
            I("companies", "count", "", "", "Fifteen enterprises with US participation"),
            I("goods:oil", "physical", "production", "", "17 million tons of oil a year"),
            I(
                "goods:oil",
                "share",
                "production",
                "",
                "20 percent of all oil produced in Kazakhstan",
            ),
            I("country:KZ-US", "value", "turnover", "2022", "$3.1 billion"),
            I(
                "country:KZ-US",
                "growth",
                "turnover",
                "2022",
                "37 percent more than a year earlier",
            ),
            I("country:KZ-US", "growth", "exports", "2022", "grew by 32 percent"),
            I("country:KZ-US", "value", "exports", "2022", "$1.2 billion"),
            I("country:KZ-US", "growth", "imports", "2022", "40 percent"),
            I("country:KZ-US", "value", "imports", "2022", "$1.9 billion"),
        ),
        note=(
            "The region's only trade figure is its multiple with one partner; the amounts are "
            "the country's trade with that partner in another year. 1.2 + 1.9 = 3.1. The "
            "reporter gets none."
        ),
    ),
    Paragraph(
        id="en-omsk-2021-7m",
        language="en",
        region="Omsk Region",
        country="RU",
        year=2021,
        period="January-July 2021",
        currency="USD",
        scale="million",
        source_url="https://www.inform.kz/en/kazakh-pm-omsk-oblast-governor-hold-talks_a3843732",
        text=(
            "NUR-SULTAN. KAZINFORM. Kazakh Prime Minister Askar Mamin met the governor of Russia's "
            "Omsk oblast Alexander Burkov, the PM's press service reports. They discussed "
            "Kazakhstan-Russia cross-border cooperation in trade, industry, the agro-industrial "
            "complex, transit and transport, tourism and culture, and paid special attention to "
            "shipping on the trans-border Yertys river, whose freight is to grow fourfold by 2025, "
            "up to 1 mln tons a year. Kazakhstan is the largest trade and economic partner of Omsk "
            "oblast: their trade for January-July 2021 made USD 192,3 mln, 26.6% more than in the "
            "same period of 2020."
        ),
        figures=(),
        items=(
            I("river freight", "physical growth", "", "2025", "grow fourfold by 2025"),
            I("river freight", "physical", "", "2025", "up to 1 mln tons a year"),
            I("partner:KZ", "value", "turnover", "", "USD 192,3 mln"),
            I("partner:KZ", "growth", "turnover", "", "26.6% more"),
        ),
        note=(
            "The only trade figures are the region's trade with one partner, with a decimal comma "
            "in an English text; a freight target comes before. The reporter gets none."
        ),
    ),
    Paragraph(
        id="en-primorsky-2017-9m",
        language="en",
        region="Primorsky Territory",
        country="RU",
        year=2017,
        period="January-September 2017",
        currency="USD",
        scale="billion",
        source_url="https://sputniknews.com/russia/201801031060487154-russia-far-east-china-turnover/",
        text=(
            "VLADIVOSTOK, January 3, 2018 (Sputnik). Trade between Russia's Primorsky Territory and "
            "China grew by 14 percent or $2.5 billion over the first nine months of 2017, acting "
            "Governor Andrei Tarasenko told Sputnik. 'This year our economic cooperation with China "
            "has been marked above all by a growing bilateral turnover. We have only summed up nine "
            "months and see a 14-percent growth, about $2.5 billion,' he said. China's share in the "
            "territory's turnover is 52 percent, Tarasenko added; Primorye sends it mainly fish, "
            "seafood, petroleum products and timber, and some 200 enterprises with Chinese "
            "participation work in the region. Chinese visitors keep coming in larger numbers: "
            "281,000 in 2015, 370,000 in 2016 and more than 350,000 in the first eight months of "
            "2017."
        ),
        figures=(),
        items=(
            I("partner:CN", "growth", "turnover", "", "grew by 14 percent"),
            I("partner:CN", "value", "turnover", "", "$2.5 billion"),
            I("partner:CN", "growth", "turnover", "", "a 14-percent growth"),
            I("partner:CN", "value", "turnover", "", "about $2.5 billion"),
            I("partner:CN", "share", "turnover", "", "52 percent"),
            I("companies", "count", "", "", "some 200 enterprises"),
            I("visitors", "count", "", "2015", "281,000"),
            I("visitors", "count", "", "2016", "370,000"),
            I("visitors", "count", "", "January-August 2017", "more than 350,000"),
        ),
        note=(
            "Every figure is the region's trade with one partner ('14 percent or $2.5 billion' "
            "leaves open whether the amount is the trade or its growth) or a count: the reporter "
            "gets none."
        ),
    ),
    Paragraph(
        id="en-mongolia-2018-8m",
        language="en",
        region="Mongolia",
        country="MN",
        year=2018,
        period="January-August 2018",
        currency="USD",
        scale="billion",
        source_url="http://en.gmw.cn/2018-09/10/content_31089824.htm",
        text=(
            "ULAN BATOR, Sept. 10 (Xinhua). Mongolia's foreign trade turnover reached 8.47 billion "
            "U.S. dollars in the first eight months of 2018, up 23.6 percent year on year, customs "
            "data showed on Monday. In January-August exports rose 13.9 percent year on year to "
            "4.67 billion dollars and imports grew 38.0 percent to 3.8 billion dollars, leaving a "
            "trade surplus of 870 million dollars, the Mongolian Customs General Administration "
            "said. Higher market prices for 11 products made in the country helped export revenue. "
            "The landlocked country traded with 150 countries in the eight months; of the 147 "
            "countries that bought its goods and services, China took over 85 percent of the total."
        ),
        figures=(
            F("turnover", "8.47 billion U.S. dollars", "8.47"),
            F("turnover_growth", "up 23.6 percent year on year", "+23.6%"),
            F("exports_growth", "exports rose 13.9 percent", "+13.9%"),
            F("exports", "4.67 billion dollars", "4.67"),
            F("imports_growth", "imports grew 38.0 percent", "+38.0%"),
            F("imports", "3.8 billion dollars", "3.8"),
            F("balance", "870 million dollars", "0.870"),
            F("partner_count", "traded with 150 countries", "150"),
        ),
        items=(
            I("goods", "count", "", "", "11 products"),
            I("partners", "count", "exports", "", "147 countries"),
            I("partner:CN", "share", "exports", "", "over 85 percent of the total"),
        ),
        note=(
            "4.67 + 3.8 = 8.47 and 4.67 - 3.8 = 0.87; the previous flows (4.10 + 2.75 = 6.85) "
            "give 8.47 / 6.85 = 1.236. A country reports as a region would; the surplus in "
            "millions beside billions."
        ),
    ),
    Paragraph(
        id="en-rostov-2022-8m",
        language="en",
        region="Rostov Oblast",
        country="RU",
        year=2022,
        period="January-August 2022",
        currency="USD",
        scale="million",
        source_url="https://eng.belta.by/video/getRecord/1789",
        text=(
            "MINSK, 3 November 2022 (BelTA). Trade between Belarus and Russia's Rostov Oblast "
            "reached $420 million in January-August 2022, 30% above the same period of 2021, "
            "Belarus President Aleksandr Lukashenko said as he met the Governor of Rostov Oblast "
            "Vasily Golubev. 'Last year we went past half a billion US dollars, the bar we set "
            "ourselves in 2017. That is not bad, but there is still much work to do and something "
            "to strive for,' the head of state said."
        ),
        figures=(),
        items=(
            I("partner:BY", "value", "turnover", "", "$420 million"),
            I("partner:BY", "growth", "turnover", "", "30% above the same period of 2021"),
            I("partner:BY", "value", "turnover", "2021", "half a billion US dollars"),
        ),
        note="The only figures are the region's trade with one partner: the reporter gets none.",
    ),
    Paragraph(
        id="en-east-kazakhstan-2017",
        language="en",
        region="East Kazakhstan Region",
        country="KZ",
        year=2017,
        period="2017 to date",
        currency="USD",
        scale="million",
        source_url="https://en.inform.kz/amp/over-580-enterprises-with-russian-capital-operate-in-e-kazakhstan-akhmetov_a3084055/",
        text=(
            "UST-KAMENOGORSK. KAZINFORM. Speaking at the 14th Interregional Cooperation Forum in "
            "Chelyabinsk, the akim (governor) of East Kazakhstan region Danial Akhmetov described "
            "the close ties between Kazakh and Russian regions. Since the beginning of the year, he "
            "said, the region's external trade turnover with Russia had increased for 108% ($656 "
            "million), and 586 enterprises with the participation of Russian capital were working "
            "successfully in East Kazakhstan."
        ),
        figures=(),
        items=(
            I("partner:RU", "index", "turnover", "", "increased for 108%"),
            I("partner:RU", "value", "turnover", "", "($656 million)"),
            I("companies", "count", "", "", "586 enterprises"),
        ),
        note=(
            "The region's trade with one partner, with a percentage that can be an index or a "
            "growth: the reporter gets none."
        ),
    ),
    # -- final check: written after every rule of this branch, measured before any other --
    Paragraph(
        id="en-xinjiang-2024-7m",
        language="en",
        region="Xinjiang Uygur Autonomous Region",
        country="CN",
        year=2024,
        period="January-July 2024",
        currency="CNY",
        scale="billion",
        source_url="http://en.people.cn/n3/2024/0821/c90000-20208649.html",
        text=(
            "URUMQI, Aug. 21 (Xinhua). Imports and exports of goods of the Xinjiang Uygur "
            "Autonomous Region in northwest China rose 39.1 percent year on year to 253.3 billion "
            "yuan (about 35.5 billion U.S. dollars) in the first seven months of 2024, official "
            "data showed on Wednesday. The China (Xinjiang) Pilot Free Trade Zone and the region's "
            "integrated bonded areas remained important engines of that growth, according to the "
            "customs of Urumqi, the regional capital. In the seven months the pilot free trade "
            "zone, the first in China's northwest border area, imported and exported goods worth "
            "85.1 billion yuan, 33.6 percent of Xinjiang's total, and the four integrated bonded "
            "zones of Kashgar, Horgos, Alataw and Urumqi accounted for 42.9 percent of the trade "
            "volume. Xinjiang traded with 206 countries and regions over the period."
        ),
        figures=(
            F("turnover_growth", "rose 39.1 percent year on year", "+39.1%"),
            F("turnover", "253.3 billion yuan", "253.3"),
            F("partner_count", "traded with 206 countries and regions", "206"),
        ),
        items=(
            I("reporter", "value in USD", "turnover", "", "about 35.5 billion U.S. dollars"),
            I("zone:pilot free trade zone", "value", "turnover", "", "85.1 billion yuan"),
            I(
                "zone:pilot free trade zone",
                "share",
                "turnover",
                "",
                "33.6 percent of Xinjiang's total",
            ),
            I(
                "zones:integrated bonded zones",
                "count",
                "",
                "",
                "the four integrated bonded zones",
            ),
            I("zones:integrated bonded zones", "share", "turnover", "", "42.9 percent"),
        ),
        note=(
            "Final check. 85.1 / 253.3 = 33.6%. Zones inside the region trade in the "
            "reporter's shapes ('imported and exported goods worth ...')."
        ),
    ),
    Paragraph(
        id="en-heilongjiang-2022-9m",
        language="en",
        region="Heilongjiang Province",
        country="CN",
        year=2022,
        period="January-September 2022",
        currency="CNY",
        scale="billion",
        source_url="http://en.people.cn/n3/2022/1031/c90000-10165281.html",
        text=(
            "HARBIN, Oct. 30 (Xinhua). Trade in goods of northeast China's Heilongjiang Province "
            "grew 30.5 percent year on year to 190.15 billion yuan (about 26.5 billion U.S. "
            "dollars) in the first three quarters of 2022, customs data showed. The province's "
            "exports went up 17.2 percent from a year earlier to 36.36 billion yuan, while its "
            "imports increased 34.1 percent to 153.79 billion yuan from January to September, "
            "according to Harbin customs in the provincial capital. Imports and exports with the "
            "countries along the Belt and Road reached 149.79 billion yuan in the period, up 38.5 "
            "percent, or 78.8 percent of the province's foreign trade, and trade with the members "
            "of the Regional Comprehensive Economic Partnership rose 20.8 percent. Exports of "
            "labor-intensive and agricultural products grew, and so did imports of farm produce, "
            "iron ore, mechanical and electronic products and sawn timber."
        ),
        figures=(
            F("turnover_growth", "grew 30.5 percent year on year", "+30.5%"),
            F("turnover", "190.15 billion yuan", "190.15"),
            F("exports_growth", "exports went up 17.2 percent", "+17.2%"),
            F("exports", "36.36 billion yuan", "36.36"),
            F("imports_growth", "imports increased 34.1 percent", "+34.1%"),
            F("imports", "153.79 billion yuan", "153.79"),
        ),
        items=(
            I("reporter", "value in USD", "turnover", "", "about 26.5 billion U.S. dollars"),
            I("group:Belt and Road", "value", "turnover", "", "149.79 billion yuan"),
            I("group:Belt and Road", "growth", "turnover", "", "up 38.5 percent"),
            I(
                "group:Belt and Road",
                "share",
                "turnover",
                "",
                "78.8 percent of the province's foreign trade",
            ),
            I("group:RCEP", "growth", "turnover", "", "rose 20.8 percent"),
        ),
        note=(
            "Final check. 36.36 + 153.79 = 190.15; the previous flows (31.02 + 114.68 = "
            "145.71) give 190.15 / 145.71 = 1.305; 149.79 / 190.15 = 78.8%."
        ),
    ),
    Paragraph(
        id="en-manzhouli-2021-h1",
        language="en",
        region="Manzhouli border trade zone",
        country="CN",
        year=2021,
        period="January-June 2021",
        currency="CNY",
        scale="million",
        source_url="http://regional.chinadaily.com.cn/innermongolia/2021-08/11/c_650353.htm",
        text=(
            "In the first half of this year the border trade zone of Manzhouli traded briskly with "
            "Mongolia (chinadaily.com.cn, Aug. 11, 2021). Manzhouli, known as the Window to East "
            "Asia, lies in north China's Inner Mongolia autonomous region and borders Mongolia in "
            "the west and Russia in the north. Manzhouli customs data show that trade between the "
            "Manzhouli border trade zone and Mongolia was worth 1.06 billion yuan ($159.03 million) "
            "over the six months, up 150.7 percent year on year. Exports came to 60 million yuan, "
            "a 13.5-fold increase, and imports to 1 billion yuan, 139.6 percent more than a year "
            "before. Farm products, steel, ceramics and mechanical and electrical goods made up "
            "99.1 percent of the exports to Mongolia, while crude oil and metal ore made up 99.4 "
            "percent of the imports from it."
        ),
        figures=(),
        items=(
            I("partner:MN", "value", "turnover", "", "1.06 billion yuan"),
            I("partner:MN", "value in USD", "turnover", "", "($159.03 million)"),
            I("partner:MN", "growth", "turnover", "", "up 150.7 percent"),
            I("partner:MN", "value", "exports", "", "60 million yuan"),
            I("partner:MN", "multiple", "exports", "", "a 13.5-fold increase"),
            I("partner:MN", "value", "imports", "", "1 billion yuan"),
            I("partner:MN", "growth", "imports", "", "139.6 percent more"),
            I("goods:farm, steel, ceramics, machinery", "share", "exports", "", "99.1 percent"),
            I("goods:crude oil and ore", "share", "imports", "", "99.4 percent"),
        ),
        note=(
            "Final check. Every figure is the zone's trade with one partner: 60 million + 1 "
            "billion = 1.06 billion. 'Exports came to ...' follows a sentence about the partner "
            "and names no partner itself. The reporter gets none."
        ),
    ),
    Paragraph(
        id="en-uzbekistan-2024-2m",
        language="en",
        region="Uzbekistan",
        country="UZ",
        year=2024,
        period="January-February 2024",
        currency="USD",
        scale="billion",
        source_url="https://en.trend.az/casia/uzbekistan/3877811.html",
        text=(
            "TASHKENT, Uzbekistan, March 26 (Trend). Uzbekistan's foreign trade turnover from "
            "January through February this year came to over $9.89 billion, according to the "
            "country's Statistics Agency: about $940 million, or 10.5 percent, more than a year "
            "earlier. Exports amounted to $3.63 billion (an increase of 13.6 percent compared to the "
            "same period in 2023), and imports to $6.28 billion (up 8.7 percent). China led the "
            "partners with 21.5 percent of the turnover, or $2.13 billion, followed by Russia (17.8 "
            "percent or $1.76 billion), Kazakhstan (5.9 percent or $581.8 million), Turkiye (4.4 "
            "percent or $435.5 million) and South Korea (3.7 percent or $368.8 million). Among the "
            "regions, Tashkent accounts for the largest share of the turnover, 40.1 percent, or "
            "$3.97 billion, and the Surkhandarya region for the smallest, 0.7 percent, or $65.6 "
            "million. For the whole of last year the country's turnover reached $62.5 billion, $12 "
            "billion or 23.9 percent more than in 2022; exports rose to $24.4 billion, up 23.8 "
            "percent, and imports totaled $38.1 billion, up 24 percent."
        ),
        figures=(
            F("turnover", "over $9.89 billion", "9.89", "over"),
            F("turnover_change", "about $940 million", "+0.940", "about"),
            F("turnover_growth", "10.5 percent, more than a year earlier", "+10.5%"),
            F("exports", "$3.63 billion", "3.63"),
            F("exports_growth", "an increase of 13.6 percent", "+13.6%"),
            F("imports", "$6.28 billion", "6.28"),
            F("imports_growth", "up 8.7 percent", "+8.7%"),
        ),
        items=(
            I("partner:CN", "share", "turnover", "", "21.5 percent of the turnover"),
            I("partner:CN", "value", "turnover", "", "$2.13 billion"),
            I("partner:RU", "share", "turnover", "", "17.8 percent"),
            I("partner:RU", "value", "turnover", "", "$1.76 billion"),
            I("partner:KZ", "share", "turnover", "", "5.9 percent"),
            I("partner:KZ", "value", "turnover", "", "$581.8 million"),
            I("partner:TR", "share", "turnover", "", "4.4 percent"),
            I("partner:TR", "value", "turnover", "", "$435.5 million"),
            I("partner:KR", "share", "turnover", "", "3.7 percent"),
            I("partner:KR", "value", "turnover", "", "$368.8 million"),
            I("region:Tashkent", "share", "turnover", "", "40.1 percent"),
            I("region:Tashkent", "value", "turnover", "", "$3.97 billion"),
            I("region:Surkhandarya", "share", "turnover", "", "0.7 percent"),
            I("region:Surkhandarya", "value", "turnover", "", "$65.6 million"),
            I("reporter", "value", "turnover", "2023", "$62.5 billion"),
            I("reporter", "change", "turnover", "2023", "$12 billion"),
            I("reporter", "growth", "turnover", "2023", "23.9 percent more than in 2022"),
            I("reporter", "value", "exports", "2023", "$24.4 billion"),
            I("reporter", "growth", "exports", "2023", "up 23.8 percent"),
            I("reporter", "value", "imports", "2023", "$38.1 billion"),
            I("reporter", "growth", "imports", "2023", "up 24 percent"),
        ),
        note=(
            "Final check. 3.63 + 6.28 = 9.91, over 9.89; 9.89 - 0.94 = 8.95 and 0.94 / 8.95 = "
            "10.5%; the previous flows (3.20 + 5.78 = 8.97) give 9.91 / 8.97 = 1.105. The "
            "country reports as a region would; its regions' and last year's figures follow."
        ),
    ),
)
