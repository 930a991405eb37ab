"""English paragraphs of the reader corpus, fourth part (see :mod:`tests.corpus.model`).

Written after the reader's rules for the first three English parts and the seven Russian
ones had landed, and measured before any rule was changed for them: an honest unseen
measure. Chinese provinces' customs news (in yuan and in dollars), a Russian customs
area in English with decimal commas, a Belarusian oblast's trade with one partner, an
Uzbek region's export plan, and paragraphs that give the reporter no figure at all
(every figure is a partner group's). Every text is our own wording of a published
paragraph: the sentences are rebuilt, the figures, their number formats and the
constructions that make reading hard are kept as published.
"""

from __future__ import annotations

from tests.corpus.model import Figure as F  # noqa: N817 (short names keep the data readable)
from tests.corpus.model import Item as I  # noqa: N817 (short names keep the data readable)
from tests.corpus.model import Paragraph

__all__ = ["ENGLISH_4"]

ENGLISH_4: tuple[Paragraph, ...] = (
    Paragraph(
        id="en-liaoning-2013-8m",
        language="en",
        region="Liaoning Province",
        country="CN",
        year=2013,
        period="January-August 2013",
        currency="USD",
        scale="billion",
        source_url="http://healinghandsltd.com/business/2013-09/24/content_16990515.htm",
        text=(
            "Liaoning province shipped exports worth $41.25 billion in the first eight months of "
            "2013, 7.2 percent more than a year earlier, Shenyang Customs said. August alone brought "
            "$5.87 billion of exports, an increase of 17.7 percent. Over the eight months the "
            "province's total import and export trade came to $73.04 billion, up 4.4 percent "
            "year-on-year, and its imports to $31.79 billion, 1 percent more than last year. Twelve "
            "of the province's 14 cities kept their exports growing: Dalian came first with $23.7 "
            "billion of exports, up 2 percent, Shenyang exported $4.14 billion, an annual growth of "
            "5.1 percent, and Fuxin, Jinzhou and Fushun grew fastest."
        ),
        figures=(
            F("exports", "$41.25 billion", "41.25"),
            F("exports_growth", "7.2 percent more than a year earlier", "+7.2%"),
            F("turnover", "$73.04 billion", "73.04"),
            F("turnover_growth", "up 4.4 percent", "+4.4%"),
            F("imports", "$31.79 billion", "31.79"),
            F("imports_growth", "1 percent more than last year", "+1%"),
        ),
        items=(
            I("reporter", "value", "exports", "August 2013", "$5.87 billion"),
            I("reporter", "growth", "exports", "August 2013", "an increase of 17.7 percent"),
            I("cities", "count", "exports", "", "Twelve of the province's 14 cities"),
            I("city:Dalian", "value", "exports", "", "$23.7 billion"),
            I("city:Dalian", "growth", "exports", "", "up 2 percent"),
            I("city:Shenyang", "value", "exports", "", "$4.14 billion"),
            I("city:Shenyang", "growth", "exports", "", "an annual growth of 5.1 percent"),
        ),
        note=(
            "41.25 + 31.79 = 73.04; the previous year's flows (38.48 + 31.48) give 69.96 = "
            "73.04 / 1.044. Exports lead, one month's figures follow, and cities' exports and "
            "growths come in the province's shapes."
        ),
    ),
    Paragraph(
        id="en-yunnan-2022-9m",
        language="en",
        region="Yunnan Province",
        country="CN",
        year=2022,
        period="January-September 2022",
        currency="CNY",
        scale="billion",
        source_url="http://en.people.cn/n3/2022/1104/c90000-10167283.html",
        text=(
            "KUNMING, Nov. 4 (Xinhua). Foreign trade of Yunnan Province, in southwest China, kept "
            "growing strongly in the first three quarters of 2022, the local customs authority "
            "said. From January to September the province's total import and export value hit "
            "260.91 billion yuan (about 35.96 billion U.S. dollars), up 16.4 percent year on year. "
            "Exports rose 11.4 percent year on year to 131.38 billion yuan and imports increased "
            "21.8 percent to 129.53 billion yuan, Kunming customs data show. Trade with the "
            "Association of Southeast Asian Nations came to 96.65 billion yuan, 37 percent of the "
            "province's total import and export value, and has grown by double digits for five "
            "months in a row since May. Over the nine months the province's exports of "
            "labor-intensive products went up 48.4 percent year on year, and its imports of energy "
            "products such as crude oil, natural gas and coal surged 58.7 percent."
        ),
        figures=(
            F("turnover", "260.91 billion yuan", "260.91"),
            F("turnover_growth", "up 16.4 percent year on year", "+16.4%"),
            F("exports_growth", "Exports rose 11.4 percent", "+11.4%"),
            F("exports", "131.38 billion yuan", "131.38"),
            F("imports_growth", "imports increased 21.8 percent", "+21.8%"),
            F("imports", "129.53 billion yuan", "129.53"),
        ),
        items=(
            I("reporter", "value in USD", "turnover", "", "about 35.96 billion U.S. dollars"),
            I("group:ASEAN", "value", "turnover", "", "96.65 billion yuan"),
            I(
                "group:ASEAN",
                "share",
                "turnover",
                "",
                "37 percent of the province's total import and export value",
            ),
            I("group:ASEAN", "count", "", "", "five months in a row since May"),
            I("goods:labor-intensive", "growth", "exports", "", "went up 48.4 percent"),
            I("goods:energy", "growth", "imports", "", "surged 58.7 percent"),
        ),
        note=(
            "131.38 + 129.53 = 260.91; the growths fit January-September 2021 (224.11, "
            "en-yunnan-2021-9m). Goods groups' growths in the province's shapes."
        ),
    ),
    Paragraph(
        id="en-yunnan-2021-9m",
        language="en",
        region="Yunnan Province",
        country="CN",
        year=2021,
        period="January-September 2021",
        currency="CNY",
        scale="billion",
        source_url="http://en.people.cn/n3/2021/1020/c90000-9909525.html",
        text=(
            "KUNMING, Oct. 20 (Xinhua). The foreign trade of Yunnan Province, on China's southwest "
            "border, reached 224.11 billion yuan (about 34.85 billion U.S. dollars) in the first "
            "three quarters of 2021, up 37.7 percent year on year, local customs said. Its exports "
            "increased 52.4 percent year on year to 117.93 billion yuan, while its imports climbed "
            "24.4 percent to 106.18 billion yuan, the customs of Kunming, the provincial capital, "
            "said. ASEAN stays the province's largest partner: trade with its members grew 16.7 "
            "percent year on year to 91.46 billion yuan, 40.8 percent of Yunnan's foreign trade "
            "from January to September, and trade with Thailand and Laos surged by 44.1 percent and "
            "58.7 percent to 10.65 billion yuan and 6.98 billion yuan, respectively. Private firms "
            "traded 121.18 billion yuan, up 49.9 percent year on year and 54.1 percent of the "
            "province's total."
        ),
        figures=(
            F("turnover", "224.11 billion yuan", "224.11"),
            F("turnover_growth", "up 37.7 percent year on year", "+37.7%"),
            F("exports_growth", "exports increased 52.4 percent", "+52.4%"),
            F("exports", "117.93 billion yuan", "117.93"),
            F("imports_growth", "imports climbed 24.4 percent", "+24.4%"),
            F("imports", "106.18 billion yuan", "106.18"),
        ),
        items=(
            I("reporter", "value in USD", "turnover", "", "about 34.85 billion U.S. dollars"),
            I("group:ASEAN", "rank", "turnover", "", "the province's largest partner"),
            I("group:ASEAN", "growth", "turnover", "", "grew 16.7 percent"),
            I("group:ASEAN", "value", "turnover", "", "91.46 billion yuan"),
            I("group:ASEAN", "share", "turnover", "", "40.8 percent of Yunnan's foreign trade"),
            I("partner:TH", "growth", "turnover", "", "surged by 44.1 percent"),
            I("partner:LA", "growth", "turnover", "", "58.7 percent"),
            I("partner:TH", "value", "turnover", "", "10.65 billion yuan"),
            I("partner:LA", "value", "turnover", "", "6.98 billion yuan"),
            I("firms:private", "value", "turnover", "", "121.18 billion yuan"),
            I("firms:private", "growth", "turnover", "", "up 49.9 percent year on year"),
            I("firms:private", "share", "turnover", "", "54.1 percent of the province's total"),
        ),
        note=(
            "117.93 + 106.18 = 224.11; the previous flows 77.38 + 85.35 = 162.73 = 224.11 / 1.377. "
            "A 'respectively' list of two partners' growths and values; private firms' trade, "
            "larger than either flow."
        ),
    ),
    Paragraph(
        id="en-jilin-2022",
        language="en",
        region="Jilin Province",
        country="CN",
        year=2022,
        period="2022",
        currency="CNY",
        scale="billion",
        source_url="http://en.changchun.gov.cn/xw/xwfbh/202303/t20230317_3120491.html",
        text=(
            "Jilin's foreign trade set a record in 2022: the province's total import and export "
            "volume rose 3.6 percent year on year to 155.85 billion yuan, Jilin Daily reports. Its "
            "exports surged 42.1 percent, 31.6 percentage points above the national growth rate "
            "and fifth in the country. Imports and exports of high-tech products jumped 26.9 "
            "percent over the year, and offshore service outsourcing rose 13.3 percent. General "
            "trade grew 1.9 percent year on year to 139.97 billion yuan, processing trade rose 2.8 "
            "percent to 10.38 billion yuan, and the imports and exports of bonded warehouses surged "
            "64.3 percent year on year to 4.78 billion yuan. Trade with the countries along the Belt "
            "and Road reached a new high of 54.17 billion yuan, up 8.2 percent year on year. By the "
            "China-Europe freight trains the province exported 1,024 vehicles and imported 8,671 "
            "tons of clean energy, and the trains' seafood and coal traffic grew 178.2 percent and "
            "20.7 percent, respectively."
        ),
        figures=(
            F("turnover_growth", "rose 3.6 percent year on year", "+3.6%"),
            F("turnover", "155.85 billion yuan", "155.85"),
            F("exports_growth", "exports surged 42.1 percent", "+42.1%"),
        ),
        items=(
            I(
                "country:CN",
                "growth difference",
                "exports",
                "",
                "31.6 percentage points above the national growth rate",
            ),
            I("reporter", "rank", "exports growth", "", "fifth in the country"),
            I("goods:high-tech", "growth", "turnover", "", "jumped 26.9 percent"),
            I("services:offshore outsourcing", "growth", "exports", "", "rose 13.3 percent"),
            I("trade:general", "growth", "turnover", "", "grew 1.9 percent year on year"),
            I("trade:general", "value", "turnover", "", "139.97 billion yuan"),
            I("trade:processing", "growth", "turnover", "", "rose 2.8 percent"),
            I("trade:processing", "value", "turnover", "", "10.38 billion yuan"),
            I("trade:bonded warehouses", "growth", "turnover", "", "surged 64.3 percent"),
            I("trade:bonded warehouses", "value", "turnover", "", "4.78 billion yuan"),
            I("group:Belt and Road", "value", "turnover", "", "54.17 billion yuan"),
            I("group:Belt and Road", "growth", "turnover", "", "up 8.2 percent year on year"),
            I("goods:vehicles", "count", "exports", "", "1,024 vehicles"),
            I("goods:clean energy", "physical", "imports", "", "8,671 tons"),
            I(
                "goods:seafood and coal",
                "physical growth",
                "",
                "",
                "178.2 percent and 20.7 percent",
            ),
        ),
        note=(
            "General trade (139.97), processing trade (10.38) and bonded warehouses (4.78) are "
            "parts of the total, each in the total's shape ('grew ... to ...'), and the first is "
            "nearly as large as the total."
        ),
    ),
    Paragraph(
        id="en-jilin-2023",
        language="en",
        region="Jilin Province",
        country="CN",
        year=2023,
        period="2023",
        currency="CNY",
        scale="billion",
        source_url="https://www.chokhleipar.info/2024/02/01/jilin-hopes-for-steady-expansion-in-overseas-trade-by-2024/",
        text=(
            "Jilin province in Northeast China expects its foreign trade to grow steadily in 2024, "
            "officials and trade analysts said on Wednesday, carried by the car industry, "
            "cross-border e-commerce and closer business ties with Russia. The hopes rest on a "
            "record year: in 2023 the province's exports and imports together came to 167.91 "
            "billion yuan ($23.38 billion), a gain of 7.7 percent year over year that put it tenth "
            "in China by growth rate, according to Changchun Customs. Jilin's car exports rose 158.3 "
            "percent year over year in 2023. Its trade with Russia reached 29.73 billion yuan, a "
            "71.5 percent increase and 17.7 percent of the province's foreign trade. Cars exported "
            "to Russia numbered 57,000, a rise of 655.8% year over year, and brought 13.08 billion "
            "yuan, a gain of 475.4 percent."
        ),
        figures=(
            F("turnover", "167.91 billion yuan", "167.91"),
            F("turnover_growth", "a gain of 7.7 percent year over year", "+7.7%"),
        ),
        items=(
            I("reporter", "value in USD", "turnover", "", "($23.38 billion)"),
            I("reporter", "rank", "turnover growth", "", "tenth in China by growth rate"),
            I("goods:cars", "growth", "exports", "", "rose 158.3 percent year over year"),
            I("partner:RU", "value", "turnover", "", "29.73 billion yuan"),
            I("partner:RU", "growth", "turnover", "", "a 71.5 percent increase"),
            I(
                "partner:RU",
                "share",
                "turnover",
                "",
                "17.7 percent of the province's foreign trade",
            ),
            I("goods:cars to RU", "count", "exports", "", "57,000"),
            I(
                "goods:cars to RU",
                "count growth",
                "exports",
                "",
                "a rise of 655.8% year over year",
            ),
            I("goods:cars to RU", "value", "exports", "", "13.08 billion yuan"),
            I("goods:cars to RU", "growth", "exports", "", "a gain of 475.4 percent"),
        ),
        note=(
            "155.85 (2022, en-jilin-2022) x 1.077 = 167.85, within the rounding of 167.91; the "
            "year of the outlook (2024) comes before the year of the figures."
        ),
    ),
    Paragraph(
        id="en-inner-mongolia-2018",
        language="en",
        region="Inner Mongolia Autonomous Region",
        country="CN",
        year=2018,
        period="2018",
        currency="CNY",
        scale="billion",
        source_url="http://www.chinadaily.com.cn/a/201901/18/WS5c418e61a3106c65c34e54bb.html",
        text=(
            "HOHHOT, Jan. 18 (Xinhua). Goods imported and exported by north China's Inner Mongolia "
            "autonomous region were worth 103.44 billion yuan ($15.3 billion) last year, a "
            "year-on-year increase of 9.9 percent, the local authorities said on Friday. The "
            "customs of Hohhot, the regional capital, said it was the first time that the region's "
            "foreign trade had passed 100 billion yuan. The region's imports rose 7.5 percent year "
            "on year to 65.57 billion yuan, and its exports reached 37.87 billion yuan, a growth of "
            "14.4 percent on the year. Mongolia, Russia and Australia, the main partners, took 56.2 "
            "percent of the region's foreign trade, a customs official said, and trade with the "
            "countries in the Belt and Road Initiative came to 69.93 billion yuan in 2018, up 14.6 "
            "percent year on year. Steel, organic chemicals and mechanical and electrical goods led "
            "the exports, and coal, copper and iron ores the imports."
        ),
        figures=(
            F("turnover", "103.44 billion yuan", "103.44"),
            F("turnover_growth", "a year-on-year increase of 9.9 percent", "+9.9%"),
            F("imports_growth", "imports rose 7.5 percent", "+7.5%"),
            F("imports", "65.57 billion yuan", "65.57"),
            F("exports", "37.87 billion yuan", "37.87"),
            F("exports_growth", "a growth of 14.4 percent", "+14.4%"),
        ),
        items=(
            I("reporter", "value in USD", "turnover", "", "($15.3 billion)"),
            I("reporter", "threshold", "turnover", "", "passed 100 billion yuan"),
            I("group:MN, RU and AU", "share", "turnover", "", "56.2 percent"),
            I("group:Belt and Road", "value", "turnover", "", "69.93 billion yuan"),
            I("group:Belt and Road", "growth", "turnover", "", "up 14.6 percent year on year"),
        ),
        note=(
            "65.57 + 37.87 = 103.44; the previous flows 61.00 + 33.10 = 94.10, and 103.44 / 1.099 "
            "= 94.12. The main year is 'last year' under a January dateline."
        ),
    ),
    Paragraph(
        id="en-inner-mongolia-2019-2m",
        language="en",
        region="Inner Mongolia Autonomous Region",
        country="CN",
        year=2019,
        period="January-February 2019",
        currency="CNY",
        scale="billion",
        source_url="https://chinaservicesinfo.com/s/201903/25/WS5c98848b498e079e6801bd02/im-records-foreign-trade-growth-for-jan-feb.html",
        text=(
            "Inner Mongolia's foreign trade rose 9.6 percent year on year to 16.5 billion yuan "
            "($2.46 billion) in January and February, the Hohhot customs department said. The "
            "region's imports went up 10 percent year on year to 10.62 billion yuan, and its exports "
            "reached 5.88 billion yuan, a year-on-year growth of 8.8 percent. The structure of the "
            "trade kept changing in the first two months of 2019: general trade came to 10.46 "
            "billion yuan, up 15 percent and 63.4 percent of the region's total, and private "
            "enterprises traded 11.16 billion yuan, up 9 percent and 67.7 percent of the total. "
            "Trade with the countries taking part in the Belt and Road Initiative reached 10.19 "
            "billion yuan, up 9.1 percent year on year, and has become the new driving force of "
            "the region's trade growth."
        ),
        figures=(
            F("turnover_growth", "rose 9.6 percent year on year", "+9.6%"),
            F("turnover", "16.5 billion yuan", "16.5"),
            F("imports_growth", "imports went up 10 percent", "+10%"),
            F("imports", "10.62 billion yuan", "10.62"),
            F("exports", "5.88 billion yuan", "5.88"),
            F("exports_growth", "a year-on-year growth of 8.8 percent", "+8.8%"),
        ),
        items=(
            I("reporter", "value in USD", "turnover", "", "($2.46 billion)"),
            I("trade:general", "value", "turnover", "", "10.46 billion yuan"),
            I("trade:general", "growth", "turnover", "", "up 15 percent"),
            I("trade:general", "share", "turnover", "", "63.4 percent of the region's total"),
            I("firms:private", "value", "turnover", "", "11.16 billion yuan"),
            I("firms:private", "growth", "turnover", "", "up 9 percent"),
            I("firms:private", "share", "turnover", "", "67.7 percent of the total"),
            I("group:Belt and Road", "value", "turnover", "", "10.19 billion yuan"),
            I("group:Belt and Road", "growth", "turnover", "", "up 9.1 percent year on year"),
        ),
        note=(
            "10.62 + 5.88 = 16.5; the previous flows 9.65 + 5.40 = 15.06 = 16.5 / 1.096. General "
            "trade and private firms' trade, both larger than the imports, in the total's shape."
        ),
    ),
    Paragraph(
        id="en-xinjiang-belt-road-2018",
        language="en",
        region="Xinjiang Uygur Autonomous Region",
        country="CN",
        year=2018,
        period="2018",
        currency="CNY",
        scale="billion",
        source_url="http://www.globaltimes.cn/content/1138946.shtml",
        text=(
            "Northwest China's Xinjiang Uygur Autonomous Region traded about 291.5 billion yuan (43 "
            "billion US dollars) worth of goods with the countries along the Belt and Road (B&R) in "
            "2018, 13.5 percent more than a year before, the regional customs said on Thursday. "
            "This trade made up 98.2 percent of all the foreign trade passing through the region's "
            "ports last year. Exports to the B&R countries came to 152.1 billion yuan, up 0.7 "
            "percent, and imports from them to 139.4 billion yuan, a jump of 31.7 percent on the "
            "year before. Russia and the Central Asian countries are Xinjiang's main partners: "
            "Kazakhstan traded the most with the region, 104.9 billion yuan, followed by Russia with "
            "61.3 billion yuan. Trade with some European countries, among them Armenia, Spain, the "
            "Czech Republic, Slovakia, Hungary and Bulgaria, more than doubled."
        ),
        figures=(),
        items=(
            I("group:Belt and Road", "value", "turnover", "", "about 291.5 billion yuan"),
            I("group:Belt and Road", "value in USD", "turnover", "", "(43 billion US dollars)"),
            I("group:Belt and Road", "growth", "turnover", "", "13.5 percent more"),
            I(
                "group:Belt and Road",
                "share",
                "turnover through the ports",
                "",
                "98.2 percent of all the foreign trade passing through the region's ports",
            ),
            I("group:Belt and Road", "value", "exports", "", "152.1 billion yuan"),
            I("group:Belt and Road", "growth", "exports", "", "up 0.7 percent"),
            I("group:Belt and Road", "value", "imports", "", "139.4 billion yuan"),
            I("group:Belt and Road", "growth", "imports", "", "a jump of 31.7 percent"),
            I("partner:KZ", "value", "turnover", "", "104.9 billion yuan"),
            I("partner:RU", "value", "turnover", "", "61.3 billion yuan"),
            I("group:some European countries", "growth", "turnover", "", "more than doubled"),
        ),
        note=(
            "Every figure is the Belt and Road group's or a partner's: the reporter gets none. "
            "152.1 + 139.4 = 291.5; the group's exports and imports open their sentences as the "
            "region's own would ('Exports to the B&R countries came to ...')."
        ),
    ),
    Paragraph(
        id="en-sakhalin-customs-2015",
        language="en",
        region="Sakhalin Customs (Sakhalin Region)",
        country="RU",
        year=2015,
        period="2015",
        currency="USD",
        scale="billion",
        source_url="https://www.eastrussia.ru/en/news/85-vneshnetorgovogo-oborota-sakhalinskoy-oblasti-prikhoditsya-na-strany-atr-yaponiya-respublika-kore/",
        text=(
            "Exports of goods and services from the Sakhalin region came to 5,8 billion dollars in "
            "2015 and imports to 1,7 billion dollars, the press service of Sakhalin customs said, "
            "Interfax reports. The region's trade balance for last year was thus positive at 4,1 "
            "billion dollars, almost 11% less than in the 2014 year; the customs put the fall down "
            "to a decrease in the value of exports by 1,7%, as liquefied natural gas, coal and "
            "aquatic biological resources became cheaper. The foreign trade turnover of the "
            "Sakhalin region in 2015 came to 7,5 billion dollars, 85% of it with the Asia-Pacific "
            "countries Japan, the Republic of Korea and China. Liquefied natural gas of the "
            "Sakhalin-2 project, more than 70% of the physical volume of exports, was shipped in a "
            "volume of almost 9,6 million tons (a 4,2% increase) worth 4,5 billion dollars (a "
            "decrease by 14%). Coal came next: 3,6 mln. tons (by 12% more than in 2014) for 146,6 "
            "mln. dollars (a decrease by 12%). Fish and seafood went abroad in 73,3 thousand tons "
            "(a decrease of 18%) worth almost 257 million dollars (a decrease of 8%). About 80% of "
            "the imports were goods for the shelf projects under production sharing agreements, "
            "and under these projects the customs cleared 9 ships with a total value of $ 728 "
            "million last year."
        ),
        figures=(
            F("exports", "5,8 billion dollars", "5.8"),
            F("imports", "1,7 billion dollars", "1.7"),
            F("balance", "4,1 billion dollars", "4.1"),
            F("exports_growth", "a decrease in the value of exports by 1,7%", "-1.7%"),
            F("turnover", "7,5 billion dollars", "7.5"),
        ),
        items=(
            I("reporter", "growth", "balance", "", "almost 11% less than in the 2014 year"),
            I("group:Asia-Pacific", "share", "turnover", "", "85%"),
            I("goods:LNG", "share", "physical exports", "", "more than 70%"),
            I("goods:LNG", "physical", "exports", "", "almost 9,6 million tons"),
            I("goods:LNG", "physical growth", "exports", "", "(a 4,2% increase)"),
            I("goods:LNG", "value", "exports", "", "4,5 billion dollars"),
            I("goods:LNG", "growth", "exports", "", "(a decrease by 14%)"),
            I("goods:coal", "physical", "exports", "", "3,6 mln. tons"),
            I("goods:coal", "physical growth", "exports", "", "(by 12% more than in 2014)"),
            I("goods:coal", "value", "exports", "", "146,6 mln. dollars"),
            I("goods:coal", "growth", "exports", "", "(a decrease by 12%)"),
            I("goods:fish and seafood", "physical", "exports", "", "73,3 thousand tons"),
            I("goods:fish and seafood", "physical growth", "exports", "", "(a decrease of 18%)"),
            I("goods:fish and seafood", "value", "exports", "", "almost 257 million dollars"),
            I("goods:fish and seafood", "growth", "exports", "", "(a decrease of 8%)"),
            I("goods:for shelf projects", "share", "imports", "", "About 80%"),
            I("goods:ships", "count", "imports", "", "9 ships"),
            I("goods:ships", "value", "imports", "", "$ 728 million"),
        ),
        note=(
            "5.8 - 1.7 = 4.1 and 5.8 + 1.7 = 7.5. Decimal commas in an English text ('5,8 billion "
            "dollars', '3,6 mln. tons'); goods groups' values and changes in the region's shapes, "
            "and their tonnages beside them. The balance's fall of almost 11% has no figure name "
            "in the audit and is kept as an item."
        ),
    ),
    Paragraph(
        id="en-minsk-oblast-china-2019-q1",
        language="en",
        region="Minsk Oblast",
        country="BY",
        year=2019,
        period="Q1 2019",
        currency="USD",
        scale="million",
        source_url="http://www.uzda.minsk-region.by/en/news-region_en/view/belarus-minsk-oblast-trade-with-china-up-17-in-2018-12463/",
        text=(
            "Trade between Belarus' Minsk Oblast and China grew by 17% in 2018 compared with 2017, "
            "Vice Governor Nikolai Rogashchuk told reporters on 17 May before meeting a delegation "
            "from Yunfu in China's Guangdong Province, BelTA has learned. \"Last year our trade with "
            "China went up by 17% to exceed $1 billion. The oblast still has a deficit in it, but we "
            'are doing our best to cut it; China wants above all our farm products, milk and beef," '
            "he said. In Q1 2019 the oblast's trade with China exceeded $412 million, up 27% from "
            "January-March 2018. Exports came to almost $159 million, and imports of Chinese goods "
            "to $254 million. Potash fertilizers, meat and poultry by-products, beef, flax fibre, "
            "whey and milk go to China; parts for vehicles and tractors, telephone equipment and "
            "computers come back."
        ),
        figures=(),
        items=(
            I("partner:CN", "growth", "turnover", "2018", "grew by 17%"),
            I("partner:CN", "growth", "turnover", "2018", "went up by 17%"),
            I("partner:CN", "value", "turnover", "2018", "exceed $1 billion"),
            I("partner:CN", "balance sign", "balance", "2018", "a deficit"),
            I("partner:CN", "value", "turnover", "", "exceeded $412 million"),
            I("partner:CN", "growth", "turnover", "", "up 27%"),
            I("partner:CN", "value", "exports", "", "almost $159 million"),
            I("partner:CN", "value", "imports", "", "$254 million"),
        ),
        note=(
            "Every figure is the oblast's trade with one partner, China: the reporter gets none, "
            "though the last figures open with a bare 'Exports came to'. 159 + 254 = 413, over "
            "412."
        ),
    ),
    Paragraph(
        id="en-tashkent-region-2020-5m",
        language="en",
        region="Tashkent Region",
        country="UZ",
        year=2020,
        period="January-May 2020",
        currency="USD",
        scale="million",
        source_url="https://www.marketscreener.com/news/Export-geography-expands--30675645/?utm_medium=RSS&utm_content=20200526",
        text=(
            "Tashkent region has carried out its export plan despite the hard times of the "
            "quarantine, UzA reports: since the start of the year the region has exported products "
            "worth more than $180 million, above the plan. For January-May the plan was $176.6 "
            "million of exports, and products worth $180.4 million have already been shipped; by "
            "the end of the month the region's export indicator is expected to reach 110 percent. "
            "Last year the region's exporters sold 514 kinds of products abroad, and this year the "
            "list has grown to 582, with ethyl alcohol, household goods, glassware, carpets, shoes, "
            "building materials and gas blocks among the newcomers. The number of exporting "
            "enterprises in the region has reached 576 this year."
        ),
        figures=(
            F("exports", "more than $180 million", "180", "over"),
            F("exports", "$180.4 million", "180.4"),
        ),
        items=(
            I("reporter", "target", "exports", "", "$176.6 million"),
            I("reporter", "target fulfilment", "exports", "May 2020 expected", "110 percent"),
            I("goods:kinds", "count", "exports", "2019", "514"),
            I("goods:kinds", "count", "exports", "", "582"),
            I("firms:exporters", "count", "exports", "", "576"),
        ),
        note=(
            "An export plan and its fulfilment: '110 percent' is the expected fulfilment of the "
            "plan, not an index of the exports on a year before."
        ),
    ),
    Paragraph(
        id="en-heilongjiang-2023",
        language="en",
        region="Heilongjiang Province",
        country="CN",
        year=2023,
        period="2023",
        currency="CNY",
        scale="billion",
        source_url="http://en.people.cn/n3/2024/0123/c90000-20125492.html",
        text=(
            "HARBIN, Jan. 22 (Xinhua). Heilongjiang, China's northernmost province, traded goods "
            "worth a record 297.83 billion yuan (about 42 billion U.S. dollars) with the world in "
            "2023, a 12.3 percent increase year on year, local customs said on Monday. Harbin "
            "Customs data show the province's imports up 5.3 percent year on year at 221.77 billion "
            "yuan and its exports surging by 39.4 percent to 76.06 billion yuan. Trade with the "
            "Belt and Road partner countries came to 252.58 billion yuan, up 12.9 percent and 84.8 "
            "percent of the province's total foreign trade, and trade with the members of the "
            "Regional Comprehensive Economic Partnership rose 8.5 percent to 26.15 billion yuan. "
            "Exports of mechanical and electrical goods, labor-intensive products and farm products "
            "kept growing strongly, and imports of farm products, metal ore and ore sand rose."
        ),
        figures=(
            F("turnover", "297.83 billion yuan", "297.83"),
            F("turnover_growth", "a 12.3 percent increase year on year", "+12.3%"),
            F("imports_growth", "imports up 5.3 percent", "+5.3%"),
            F("imports", "221.77 billion yuan", "221.77"),
            F("exports_growth", "exports surging by 39.4 percent", "+39.4%"),
            F("exports", "76.06 billion yuan", "76.06"),
        ),
        items=(
            I("reporter", "value in USD", "turnover", "", "about 42 billion U.S. dollars"),
            I("group:Belt and Road", "value", "turnover", "", "252.58 billion yuan"),
            I("group:Belt and Road", "growth", "turnover", "", "up 12.9 percent"),
            I(
                "group:Belt and Road",
                "share",
                "turnover",
                "",
                "84.8 percent of the province's total foreign trade",
            ),
            I("group:RCEP", "growth", "turnover", "", "rose 8.5 percent"),
            I("group:RCEP", "value", "turnover", "", "26.15 billion yuan"),
        ),
        note=(
            "221.77 + 76.06 = 297.83; the previous flows 210.61 + 54.56 = 265.17, and 297.83 / "
            "1.123 = 265.21."
        ),
    ),
    # The final unseen check: written after the rules for the twelve above had landed, and
    # measured before any further rule.
    Paragraph(
        id="en-vladivostok-customs-2020-q1",
        language="en",
        region="Vladivostok Customs (Primorsky Territory)",
        country="RU",
        year=2020,
        period="Q1 2020",
        currency="USD",
        scale="billion",
        source_url="https://tass.com/economy/1139617",
        text=(
            "VLADIVOSTOK, April 3. /TASS/. Cargo handled by the customs of Vladivostok, in "
            "Russia's Far East, grew 8.1% in the first quarter of 2020 after a fall in February "
            "caused by the spread of the coronavirus, the customs press service said on Friday. "
            '"Since the middle of February 2020 trade turnover has been dropping by 7-10% a week '
            'because of the novel coronavirus infection; now it is stable and tending upward," '
            "the statement said. In the first quarter freight traffic in the region came to 2.4 "
            "mln tonnes, up 8.1% year-on-year, and the freight shipments were worth $4.7 bln in "
            "all. Almost 7,000 export declarations were released. Fish and seafood, wood, rubber "
            "and ferrous metals made up most of the exports; China (almost 50%), the Republic of "
            "Korea (30.8%) and Japan (8.1%) were the main export partners, and the same countries "
            "led the imports."
        ),
        figures=(F("turnover", "$4.7 bln", "4.7"),),
        items=(
            I("reporter", "physical growth", "turnover", "", "grew 8.1%"),
            I("reporter", "weekly change", "turnover", "since mid-February", "by 7-10% a week"),
            I("reporter", "physical", "turnover", "", "2.4 mln tonnes"),
            I("reporter", "physical growth", "turnover", "", "up 8.1% year-on-year"),
            I("declarations", "count", "exports", "", "Almost 7,000"),
            I("partner:CN", "share", "exports", "", "(almost 50%)"),
            I("partner:KR", "share", "exports", "", "(30.8%)"),
            I("partner:JP", "share", "exports", "", "(8.1%)"),
        ),
        note=(
            "The value of the goods that crossed the customs area is its trade turnover; every "
            "change is of tonnes or of a week, and Japan's share repeats the tonnage's growth."
        ),
    ),
    Paragraph(
        id="en-brest-2022-5m",
        language="en",
        region="Brest Oblast",
        country="BY",
        year=2022,
        period="January-May 2022",
        currency="USD",
        scale="billion",
        source_url="https://deu.belta.by/economics/view/warenexporte-der-region-brest-stiegen-von-januar-bis-mai-um-115-prozent-61559-2022/",
        text=(
            "BREST, 4 August (BelTA). Brest Oblast raised its exports of goods by 11.5% in "
            "January-May, Dmitry Gorodetsky, deputy chairman of the oblast executive committee, "
            "told a session of the committee. \"This year's foreign trade results came under "
            "changing trade rules. Even so, over the five months exports grew by 11.5% to more "
            "than $1.3 billion. Exports to the EU grew by 37% in all, although supplies to some "
            "countries, Germany, the Netherlands and Belgium, fell by about 18%. The losses on "
            "those markets, some $70 million in all, were made up by supplies to Russia, at a "
            'growth rate of almost 113%, and to the arc countries (117%)," he said. The oblast is '
            "to raise its exports to Russia by 30% by the end of the year. The far-arc countries "
            "take 5% of the oblast's exports, which experts find well below the market's "
            "potential. China stays a priority: this year the oblast has brought its exports there "
            "back to growth, up 6% ($40 million) in the five months, mainly thanks to meat "
            "products."
        ),
        figures=(
            F("exports_growth", "raised its exports of goods by 11.5%", "+11.5%"),
            F("exports_growth", "exports grew by 11.5%", "+11.5%"),
            F("exports", "more than $1.3 billion", "1.3", "over"),
        ),
        items=(
            I("group:EU", "growth", "exports", "", "grew by 37%"),
            I("partner:DE, NL and BE", "growth", "exports", "", "fell by about 18%"),
            I("partner:DE, NL and BE", "change", "exports", "", "some $70 million"),
            I("partner:RU", "index", "exports", "", "a growth rate of almost 113%"),
            I("group:arc countries", "index", "exports", "", "(117%)"),
            I("partner:RU", "target growth", "exports", "2022", "by 30%"),
            I("group:far arc", "share", "exports", "", "5% of the oblast's exports"),
            I("partner:CN", "growth", "exports", "", "up 6%"),
            I("partner:CN", "value or change", "exports", "", "($40 million)"),
        ),
        note=(
            "The oblast's exports grow by 11.5% twice over; partners' growth rates are indices "
            "('a growth rate of almost 113%', '(117%)'), a target for the year sits among them, "
            "and China's '($40 million)' may be the exports or their rise."
        ),
    ),
    Paragraph(
        id="en-heilongjiang-2023-5m",
        language="en",
        region="Heilongjiang Province",
        country="CN",
        year=2023,
        period="January-May 2023",
        currency="CNY",
        scale="billion",
        source_url="http://en.people.cn/n3/2023/0620/c90000-20033856.html",
        text=(
            "HARBIN, June 20 (Xinhua). Trade in goods of Heilongjiang, China's northernmost "
            "province, grew 18.3 percent year on year to 118.8 billion yuan (about 16.59 billion "
            "U.S. dollars) in the first five months of 2023, local customs said. Over the period "
            "the province's imports rose 12.1 percent year on year to 91.79 billion yuan, and its "
            "exports grew 45.7 percent to 27.01 billion yuan, Harbin Customs data show. Trade with "
            "the countries along the Belt and Road came to 93.73 billion yuan, up 19.5 percent and "
            "78.9 percent of the province's total foreign trade; trade with the RCEP members rose "
            "15.1 percent to 11.25 billion yuan. Exports of mechanical and electrical goods and "
            "labor-intensive products kept growing strongly, and farm imports increased."
        ),
        figures=(
            F("turnover_growth", "grew 18.3 percent year on year", "+18.3%"),
            F("turnover", "118.8 billion yuan", "118.8"),
            F("imports_growth", "imports rose 12.1 percent", "+12.1%"),
            F("imports", "91.79 billion yuan", "91.79"),
            F("exports_growth", "exports grew 45.7 percent", "+45.7%"),
            F("exports", "27.01 billion yuan", "27.01"),
        ),
        items=(
            I("reporter", "value in USD", "turnover", "", "about 16.59 billion U.S. dollars"),
            I("group:Belt and Road", "value", "turnover", "", "93.73 billion yuan"),
            I("group:Belt and Road", "growth", "turnover", "", "up 19.5 percent"),
            I(
                "group:Belt and Road",
                "share",
                "turnover",
                "",
                "78.9 percent of the province's total foreign trade",
            ),
            I("group:RCEP", "growth", "turnover", "", "rose 15.1 percent"),
            I("group:RCEP", "value", "turnover", "", "11.25 billion yuan"),
        ),
        note=("91.79 + 27.01 = 118.8; the previous flows 81.88 + 18.54 = 100.42 = 118.8 / 1.183."),
    ),
    Paragraph(
        id="en-yunnan-2021",
        language="en",
        region="Yunnan Province",
        country="CN",
        year=2021,
        period="2021",
        currency="CNY",
        scale="billion",
        source_url="http://german.news.cn/2022-01/20/c_1310432170.htm",
        text=(
            "KUNMING, Jan. 19 (Xinhua). Foreign trade of Yunnan Province in southwest China grew "
            "16.8 percent year on year in 2021 to a total of 314.4 billion yuan (about 49.4 "
            "billion U.S. dollars), official figures show. The province's exports rose 16.3 "
            "percent on the year before to 176.7 billion yuan, while its imports went up 17.3 "
            "percent to about 137.7 billion yuan, the Kunming customs said on Wednesday. Trade "
            "between Yunnan and the Association of Southeast Asian Nations grew 1 percent to 124.3 "
            "billion yuan. Yunnan's trade with the United States, Saudi Arabia and Brazil came to "
            "20.2 billion yuan, 15.6 billion yuan and 12.2 billion yuan respectively, 16.5 percent, "
            "14.5 percent and 90.8 percent above the year before. Trade with the Belt and Road "
            "countries and with the members of the Regional Comprehensive Economic Partnership "
            "grew 7.5 percent and 5.1 percent last year, to 181 billion yuan and 140.7 billion "
            "yuan respectively."
        ),
        figures=(
            F("turnover_growth", "grew 16.8 percent year on year", "+16.8%"),
            F("turnover", "314.4 billion yuan", "314.4"),
            F("exports_growth", "exports rose 16.3 percent", "+16.3%"),
            F("exports", "176.7 billion yuan", "176.7"),
            F("imports_growth", "imports went up 17.3 percent", "+17.3%"),
            F("imports", "about 137.7 billion yuan", "137.7", "about"),
        ),
        items=(
            I("reporter", "value in USD", "turnover", "", "about 49.4 billion U.S. dollars"),
            I("group:ASEAN", "growth", "turnover", "", "grew 1 percent"),
            I("group:ASEAN", "value", "turnover", "", "124.3 billion yuan"),
            I("partner:US", "value", "turnover", "", "20.2 billion yuan"),
            I("partner:SA", "value", "turnover", "", "15.6 billion yuan"),
            I("partner:BR", "value", "turnover", "", "12.2 billion yuan"),
            I("partner:US", "growth", "turnover", "", "16.5 percent"),
            I("partner:SA", "growth", "turnover", "", "14.5 percent"),
            I("partner:BR", "growth", "turnover", "", "90.8 percent above the year before"),
            I("group:Belt and Road", "growth", "turnover", "", "grew 7.5 percent"),
            I("group:RCEP", "growth", "turnover", "", "5.1 percent"),
            I("group:Belt and Road", "value", "turnover", "", "181 billion yuan"),
            I("group:RCEP", "value", "turnover", "", "140.7 billion yuan"),
        ),
        note=(
            "176.7 + 137.7 = 314.4; the previous flows 151.9 + 117.4 = 269.3 = 314.4 / 1.168. "
            "Two 'respectively' lists of partners' and groups' values and growths."
        ),
    ),
)
