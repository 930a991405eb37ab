"""English paragraphs of the reader corpus, third part (see :mod:`tests.corpus.model`).

Written after the reader's rules for issue 15 had been fitted to the first two parts,
and measured before any rule was changed for them: an honest unseen measure. Chinese
provinces' customs news, Russian customs areas and regions in English, a Belarusian
oblast's targets. Every text is our own wording of a published paragraph: the sentences
are rebuilt, the figures, their number formats and the constructions that make reading
hard are kept as published.
"""

from __future__ import annotations

from tests.corpus.model import Figure as F  # noqa: N817 (short names keep the data readable)
from tests.corpus.model import Item as I  # noqa: N817 (short names keep the data readable)
from tests.corpus.model import Paragraph

__all__ = ["ENGLISH_3"]

ENGLISH_3: tuple[Paragraph, ...] = (
    Paragraph(
        id="en-heilongjiang-2022-h1",
        language="en",
        region="Heilongjiang Province",
        country="CN",
        year=2022,
        period="first half of 2022",
        currency="CNY",
        scale="billion",
        source_url="http://en.people.cn/n3/2022/0719/c90000-10124757.html",
        text=(
            "HARBIN, July 19 (Xinhua). Local customs figures show that goods trade of Heilongjiang, "
            "the northernmost province of China, rose 30.7 percent year on year in the first half of "
            "2022 and reached 122.21 billion yuan (about 18.12 billion U.S. dollars). Imports climbed "
            "35.3 percent on the year to 99.26 billion yuan, and exports were up 14.1 percent at 22.95 "
            "billion yuan, Harbin Customs said. Trade with the countries along the Belt and Road came "
            "to 96.38 billion yuan in the half-year, 37 percent more than a year earlier and 78.9 "
            "percent of the provincial total, while trade with the members of the Regional "
            "Comprehensive Economic Partnership grew 23 percent to 11.18 billion yuan. Exports of "
            "labor-intensive and farm products grew strongly, and imports of iron ore and of "
            "mechanical and electrical goods surged."
        ),
        figures=(
            F("turnover_growth", "rose 30.7 percent", "+30.7%"),
            F("turnover", "122.21 billion yuan", "122.21"),
            F("imports_growth", "Imports climbed 35.3 percent", "+35.3%"),
            F("imports", "99.26 billion yuan", "99.26"),
            F("exports_growth", "exports were up 14.1 percent", "+14.1%"),
            F("exports", "22.95 billion yuan", "22.95"),
        ),
        items=(
            I("reporter", "value in USD", "turnover", "", "about 18.12 billion U.S. dollars"),
            I("group:Belt and Road", "value", "turnover", "", "96.38 billion yuan"),
            I(
                "group:Belt and Road",
                "growth",
                "turnover",
                "",
                "37 percent more than a year earlier",
            ),
            I(
                "group:Belt and Road",
                "share",
                "turnover",
                "",
                "78.9 percent of the provincial total",
            ),
            I("group:RCEP", "growth", "turnover", "", "grew 23 percent"),
            I("group:RCEP", "value", "turnover", "", "11.18 billion yuan"),
        ),
        note="99.26 + 22.95 = 122.21; a group's growth in the same shape as the province's.",
    ),
    Paragraph(
        id="en-heilongjiang-2023-h1",
        language="en",
        region="Heilongjiang Province",
        country="CN",
        year=2023,
        period="first half of 2023",
        currency="CNY",
        scale="billion",
        source_url="https://www.azernews.az/region/212577.html",
        text=(
            "Heilongjiang, China's northernmost province, traded goods worth 142.46 billion yuan with "
            "the world in the first half of 2023, 16.6 percent more than a year before, local customs "
            "said, Azernews reports citing Xinhua. Harbin Customs data show the province's imports up "
            "10.4 percent year on year at 109.59 billion yuan and its exports up 43.7 percent at 32.87 "
            "billion yuan. Trade with the Belt and Road countries reached 112.62 billion yuan, a rise "
            "of 16.8 percent and 79.1 percent of all the province's foreign trade; trade with the "
            "RCEP members rose 18.2 percent to 13.32 billion yuan. Exports of mechanical and "
            "electrical goods and of labor-intensive products kept growing fast, and imports of farm "
            "products and of metal ores rose."
        ),
        figures=(
            F("turnover", "142.46 billion yuan", "142.46"),
            F("turnover_growth", "16.6 percent more than a year before", "+16.6%"),
            F("imports_growth", "imports up 10.4 percent", "+10.4%"),
            F("imports", "109.59 billion yuan", "109.59"),
            F("exports_growth", "exports up 43.7 percent", "+43.7%"),
            F("exports", "32.87 billion yuan", "32.87"),
        ),
        items=(
            I("group:Belt and Road", "value", "turnover", "", "112.62 billion yuan"),
            I("group:Belt and Road", "growth", "turnover", "", "a rise of 16.8 percent"),
            I(
                "group:Belt and Road",
                "share",
                "turnover",
                "",
                "79.1 percent of all the province's foreign trade",
            ),
            I("group:RCEP", "growth", "turnover", "", "rose 18.2 percent"),
            I("group:RCEP", "value", "turnover", "", "13.32 billion yuan"),
        ),
        note="109.59 + 32.87 = 142.46; the growths fit the first half of 2022 (122.2).",
    ),
    Paragraph(
        id="en-henan-2021-h1",
        language="en",
        region="Henan Province",
        country="CN",
        year=2021,
        period="first half of 2021",
        currency="CNY",
        scale="billion",
        source_url="https://www.urdupoint.com/en/business/chinas-henan-posts-strong-trade-growth-in-h1-1306264.html",
        text=(
            "Henan, in central China, had its best first half-year of foreign trade on record in "
            "2021, local customs reported. Imports and exports of the province totaled 365.66 billion "
            "yuan (about 56.4 billion U.S. dollars) in January-June, 60 percent more than a year "
            "earlier, according to Zhengzhou Customs; against the same period of 2019, before the "
            "pandemic, the figure was up 72.7 percent. Exports over the six months reached 229.61 "
            "billion yuan, up 56.7 percent, and imports 136.05 billion yuan, up 65.8 percent, growth "
            "rates 28.6 and 39.9 percentage points above the national averages respectively. Private "
            "firms contributed most to the growth, and the comprehensive bonded zones carried nearly "
            "60 percent of the total. Trade with the RCEP members came to 100.56 billion yuan, up 48.4 "
            "percent, and with the Belt and Road countries to 81.9 billion yuan, up 28.9 percent; the "
            "United States, the European Union and ASEAN stayed the top three partners."
        ),
        figures=(
            F("turnover", "365.66 billion yuan", "365.66"),
            F("turnover_growth", "60 percent more than a year earlier", "+60%"),
            F("exports", "229.61 billion yuan", "229.61"),
            F("exports_growth", "up 56.7 percent", "+56.7%"),
            F("imports", "136.05 billion yuan", "136.05"),
            F("imports_growth", "up 65.8 percent", "+65.8%"),
        ),
        items=(
            I("reporter", "value in USD", "turnover", "", "about 56.4 billion U.S. dollars"),
            I("reporter", "growth", "turnover", "January-June 2019 as base", "up 72.7 percent"),
            I(
                "country:CN",
                "growth difference",
                "exports and imports",
                "",
                "28.6 and 39.9 percentage points above the national averages",
            ),
            I("zones:bonded", "share", "turnover", "", "nearly 60 percent of the total"),
            I("group:RCEP", "value", "turnover", "", "100.56 billion yuan"),
            I("group:RCEP", "growth", "turnover", "", "up 48.4 percent"),
            I("group:Belt and Road", "value", "turnover", "", "81.9 billion yuan"),
            I("group:Belt and Road", "growth", "turnover", "", "up 28.9 percent"),
        ),
        note=(
            "229.61 + 136.05 = 365.66; a growth against 2019 beside the growth on the year, and "
            "gaps to the national averages in percentage points."
        ),
    ),
    Paragraph(
        id="en-fujian-2017-h1",
        language="en",
        region="Fujian Province",
        country="CN",
        year=2017,
        period="first half of 2017",
        currency="CNY",
        scale="billion",
        source_url="http://www.e-to-china.com/China_Trade_Info/latest_statistics/2017/0801/113432.html",
        text=(
            "Fujian Province kept its foreign trade growing in the first half of 2017, China Customs "
            "statistics show. Its exports and imports together reached 572.81 billion yuan, up 16.4% "
            "year on year (YOY): exports of 346.3 billion yuan, up 4.9%, and imports of 226.51 billion "
            "yuan, up 39.8%, which is 14.1 percentage points above the national average. June alone "
            "brought 103.02 billion yuan of trade, up 22.9% YOY and down 0.3% from May; in that month "
            "exports were 67.41 billion yuan, up 17.7% (0.4 percentage point above the national "
            "average growth and 3.8% more than in May), and imports 35.61 billion yuan, up 34.3% YOY "
            "and down 7.3% from May. The United States remained the first partner: trade with it "
            "reached 95.64 billion yuan in the half-year, up 20.6% YOY. Trade with ASEAN came to 89.77 "
            "billion yuan (up 17.7%), with the EU to 79.17 billion yuan (up 9.1%), with Japan to 33.76 "
            "billion yuan (up 14.9%) and with Australia, which grew fastest, to 26.84 billion yuan (up "
            "68.9%)."
        ),
        figures=(
            F("turnover", "572.81 billion yuan", "572.81"),
            F("turnover_growth", "up 16.4% year on year", "+16.4%"),
            F("exports", "346.3 billion yuan", "346.3"),
            F("exports_growth", "up 4.9%", "+4.9%"),
            F("imports", "226.51 billion yuan", "226.51"),
            F("imports_growth", "up 39.8%", "+39.8%"),
        ),
        items=(
            I(
                "country:CN",
                "growth difference",
                "imports",
                "",
                "14.1 percentage points above the national average",
            ),
            I("reporter", "value", "turnover", "June 2017", "103.02 billion yuan"),
            I("reporter", "growth", "turnover", "June 2017", "up 22.9% YOY"),
            I("reporter", "growth on May", "turnover", "June 2017", "down 0.3% from May"),
            I("reporter", "value", "exports", "June 2017", "67.41 billion yuan"),
            I("reporter", "growth", "exports", "June 2017", "up 17.7% (0.4 percentage point"),
            I("reporter", "growth on May", "exports", "June 2017", "3.8% more than in May"),
            I("reporter", "value", "imports", "June 2017", "35.61 billion yuan"),
            I("reporter", "growth", "imports", "June 2017", "up 34.3% YOY"),
            I("reporter", "growth on May", "imports", "June 2017", "down 7.3% from May"),
            I("partner:US", "rank", "turnover", "", "the first partner"),
            I("partner:US", "value", "turnover", "", "95.64 billion yuan"),
            I("partner:US", "growth", "turnover", "", "up 20.6% YOY"),
            I("group:ASEAN", "value", "turnover", "", "89.77 billion yuan"),
            I("group:ASEAN", "growth", "turnover", "", "(up 17.7%)"),
            I("group:EU", "value", "turnover", "", "79.17 billion yuan"),
            I("group:EU", "growth", "turnover", "", "(up 9.1%)"),
            I("partner:JP", "value", "turnover", "", "33.76 billion yuan"),
            I("partner:JP", "growth", "turnover", "", "(up 14.9%)"),
            I("partner:AU", "value", "turnover", "", "26.84 billion yuan"),
            I("partner:AU", "growth", "turnover", "", "(up 68.9%)"),
        ),
        note=(
            "346.3 + 226.51 = 572.81; one month's figures (June, and changes on May) in the same "
            "shapes as the half-year's."
        ),
    ),
    Paragraph(
        id="en-jilin-2021-4m",
        language="en",
        region="Jilin Province",
        country="CN",
        year=2021,
        period="January-April 2021",
        currency="CNY",
        scale="billion",
        source_url="http://en.changchun.gov.cn/xw/ccxw1/202106/t20210608_2832983.html",
        text=(
            "Jilin Province traded goods worth RMB52.86 billion with other countries in the first "
            "four months of 2021, 28.2% more than a year before: exports came to RMB11.44 billion, up "
            "19.8%, and imports to RMB41.42 billion, up 30.8%. General trade grew by 28.7% to "
            "RMB47.944 billion and made up 90.7% of the province's total. The EU, excluding the UK, "
            "stayed the largest partner, with trade of RMB29.91 billion, up 41.8% and 56.6% of the "
            "total; the EU, Japan and Mexico together took 70.1%. Trade with the Belt and Road "
            "countries rose 45.3% to RMB16.66 billion. Foreign-funded and state-owned firms, with more "
            "than 80% of the total, traded RMB26.17 billion and RMB16.37 billion, up 24.4% and 31.4% "
            "respectively, and private firms RMB10.21 billion, up 35.9%. Exports of mechanical and "
            "electrical products jumped 50.8% to RMB4.96 billion, 43.3% of the province's exports."
        ),
        figures=(
            F("turnover", "RMB52.86 billion", "52.86"),
            F("turnover_growth", "28.2% more than a year before", "+28.2%"),
            F("exports", "RMB11.44 billion", "11.44"),
            F("exports_growth", "up 19.8%", "+19.8%"),
            F("imports", "RMB41.42 billion", "41.42"),
            F("imports_growth", "up 30.8%", "+30.8%"),
        ),
        items=(
            I("trade:general", "growth", "turnover", "", "by 28.7%"),
            I("trade:general", "value", "turnover", "", "RMB47.944 billion"),
            I("trade:general", "share", "turnover", "", "90.7% of the province's total"),
            I("group:EU", "rank", "turnover", "", "the largest partner"),
            I("group:EU", "value", "turnover", "", "RMB29.91 billion"),
            I("group:EU", "growth", "turnover", "", "up 41.8%"),
            I("group:EU", "share", "turnover", "", "56.6% of the total"),
            I("group:EU, JP and MX", "share", "turnover", "", "70.1%"),
            I("group:Belt and Road", "growth", "turnover", "", "rose 45.3%"),
            I("group:Belt and Road", "value", "turnover", "", "RMB16.66 billion"),
            I("firms:foreign-funded and state-owned", "share", "turnover", "", "more than 80%"),
            I("firms:foreign-funded", "value", "turnover", "", "RMB26.17 billion"),
            I("firms:state-owned", "value", "turnover", "", "RMB16.37 billion"),
            I("firms:both", "growth", "turnover", "", "up 24.4% and 31.4%"),
            I("firms:private", "value", "turnover", "", "RMB10.21 billion"),
            I("firms:private", "growth", "turnover", "", "up 35.9%"),
            I("goods:mechanical and electrical", "growth", "exports", "", "jumped 50.8%"),
            I("goods:mechanical and electrical", "value", "exports", "", "RMB4.96 billion"),
            I(
                "goods:mechanical and electrical",
                "share",
                "exports",
                "",
                "43.3% of the province's exports",
            ),
        ),
        note=(
            "11.44 + 41.42 = 52.86; the currency code glued to the number ('RMB52.86 billion'); a "
            "'respectively' list that belongs to two groups of firms."
        ),
    ),
    Paragraph(
        id="en-jilin-2021-h1",
        language="en",
        region="Jilin Province",
        country="CN",
        year=2021,
        period="first half of 2021",
        currency="CNY",
        scale="billion",
        source_url="https://www.chinadaily.com.cn/m/2016jilin/2021-07/19/content_37545773.htm",
        text=(
            "Jilin, in Northeast China, set a record for foreign trade in the first half of 2021: the "
            "total value of its imports and exports hit 79.1 billion yuan ($12.25 billion), a "
            "year-on-year increase of 30.2 percent. That growth rate was 3.1 percentage points above "
            "the national average and the highest in Northeast China. Exports in the half-year came "
            "in at 16.87 billion yuan, up 21.5 percent, and imports at 62.23 billion yuan, up 32.8 "
            "percent. Officials credited a better business environment, closer services to companies "
            "and new forms of trade; the province's carmakers and farm-produce processors adapted "
            "quickly to changes in world markets. Recently a batch of shoes and hats worth more than "
            "2.6 million yuan left the Hunchun bonded zone for Yekaterinburg, the third such "
            "e-commerce shipment to Russia within a week, after a journey of only 20 days."
        ),
        figures=(
            F("turnover", "79.1 billion yuan", "79.1"),
            F("turnover_growth", "a year-on-year increase of 30.2 percent", "+30.2%"),
            F("exports", "16.87 billion yuan", "16.87"),
            F("exports_growth", "up 21.5 percent", "+21.5%"),
            F("imports", "62.23 billion yuan", "62.23"),
            F("imports_growth", "up 32.8 percent", "+32.8%"),
        ),
        items=(
            I("reporter", "value in USD", "turnover", "", "($12.25 billion)"),
            I(
                "country:CN",
                "growth difference",
                "turnover",
                "",
                "3.1 percentage points above the national average",
            ),
            I("reporter", "rank", "turnover growth", "", "the highest in Northeast China"),
            I("goods:shoes and hats", "value", "exports", "", "more than 2.6 million yuan"),
            I("shipments", "count", "", "", "the third such e-commerce shipment"),
            I("shipments", "duration", "", "", "20 days"),
        ),
        note="16.87 + 62.23 = 79.10; one shipment's value in millions beside billions.",
    ),
    Paragraph(
        id="en-kamchatka-customs-2020-5m",
        language="en",
        region="Kamchatka Customs (Kamchatka Territory)",
        country="RU",
        year=2020,
        period="January-May 2020",
        currency="USD",
        scale="million",
        source_url="https://russian-customs.org/almost-10-increase-in-foreign-trade-turnover-in-kamchatka-for-the-first-five-months-2020/",
        text=(
            "Foreign trade in the area of Kamchatka Customs came to nearly 480 million US dollars in "
            "January-May 2020, 9% more in value than in the same months of 2019; in tonnage, trade "
            "grew by 20% to 332 thousand tons. Imports were up 78.7 per cent at 109 million dollars, "
            "while exports slipped 2% to 371 million dollars. Machinery, equipment and floating craft "
            "made up 42% of the value of imports, fuel and mineral oils 29%, metals and their products "
            "8.2 per cent, ropes 6.4 percent and plastics 4%: goods for the region's fishing industry. "
            "Frozen fish and seafood, as always, made up 96% of exports, followed by nickel "
            "concentrate (2%) and ferrous metals (0.4 percent). The customs area traded with 44 "
            "countries; the leading partners were China (44.7% of trade), the Republic of Korea (31.7 "
            "per cent), Hong Kong (6.6 per cent), Japan (4,9%), Norway (2.4 percent) and Germany "
            "(2%), and with the Virgin Islands and Denmark these countries account for almost 95% of "
            "the turnover. The customs cleared 276 ships, 2.6% more than a year earlier."
        ),
        figures=(
            F("turnover", "nearly 480 million US dollars", "480", "almost"),
            F("turnover_growth", "9% more in value", "+9%"),
            F("imports_growth", "Imports were up 78.7 per cent", "+78.7%"),
            F("imports", "109 million dollars", "109"),
            F("exports_growth", "exports slipped 2%", "-2%"),
            F("exports", "371 million dollars", "371"),
            F("partner_count", "44 countries", "44"),
        ),
        items=(
            I("reporter", "physical growth", "turnover", "", "grew by 20%"),
            I("reporter", "physical", "turnover", "", "332 thousand tons"),
            I("goods:machinery", "share", "imports", "", "42% of the value of imports"),
            I("goods:fuel", "share", "imports", "", "29%"),
            I("goods:metals", "share", "imports", "", "8.2 per cent"),
            I("goods:ropes", "share", "imports", "", "6.4 percent"),
            I("goods:plastics", "share", "imports", "", "plastics 4%"),
            I("goods:fish", "share", "exports", "", "96% of exports"),
            I("goods:nickel", "share", "exports", "", "(2%)"),
            I("goods:ferrous metals", "share", "exports", "", "(0.4 percent)"),
            I("partner:CN", "share", "turnover", "", "(44.7% of trade)"),
            I("partner:KR", "share", "turnover", "", "(31.7 per cent)"),
            I("partner:HK", "share", "turnover", "", "(6.6 per cent)"),
            I("partner:JP", "share", "turnover", "", "(4,9%)"),
            I("partner:NO", "share", "turnover", "", "(2.4 percent)"),
            I("partner:DE", "share", "turnover", "", "Germany (2%)"),
            I("group:leading partners", "share", "turnover", "", "almost 95% of the turnover"),
            I("ships", "count", "", "", "276 ships"),
            I("ships", "growth", "", "", "2.6% more than a year earlier"),
        ),
        note=(
            "109 + 371 = 480; a growth in tonnage beside the growth in value; a decimal comma in "
            "one share ('4,9%') among decimal points; shares of imports, exports and turnover."
        ),
    ),
    Paragraph(
        id="en-baltic-customs-2020-q1",
        language="en",
        region="Baltic Customs (Saint Petersburg)",
        country="RU",
        year=2020,
        period="January-March 2020",
        currency="USD",
        scale="billion",
        source_url="https://seanews.ru/en/2020/04/14/en-export-and-import-via-baltic-customs",
        text=(
            "Goods worth $8.15 bn crossed the border through the Baltic Customs in January-March "
            "2020, and the customs paid 113.48 billion rubles ($1.5 bn) of duties and fees into the "
            "federal budget, up 7.5% year-on-year. It issued 84.8 thousand cargo declarations, 75.9 "
            "thousand of them for imports and 8.9 thousand for exports. By weight, more than 5.9 mn "
            "tons of cargo were declared, up 67.7% on the year: imports were slightly up by 0.8% to "
            "some 2.6 mn tons, while exports surged 3.6-fold to 3.3 mn tons. Fruit made up 25.7% of "
            "the import volume; polymers, ferrous metals, organic chemicals and equipment followed. "
            "Ore, slag and ash led the exports (25.6%), ahead of ferrous metals, timber, fertilizers, "
            "salt, sulphur, earth and stone. The import cargo came mostly from China, Ecuador, "
            "Germany, India and South Korea, and China took 31.8% of the exports, ahead of Turkey and "
            "Belgium."
        ),
        figures=(F("turnover", "$8.15 bn", "8.15"),),
        items=(
            I("customs payments", "value", "", "", "113.48 billion rubles ($1.5 bn)"),
            I("customs payments", "growth", "", "", "up 7.5% year-on-year"),
            I("declarations", "count", "", "", "84.8 thousand cargo declarations"),
            I("declarations", "count", "imports", "", "75.9 thousand"),
            I("declarations", "count", "exports", "", "8.9 thousand for exports"),
            I("reporter", "physical", "turnover", "", "more than 5.9 mn tons"),
            I("reporter", "physical growth", "turnover", "", "up 67.7% on the year"),
            I("reporter", "physical growth", "imports", "", "slightly up by 0.8%"),
            I("reporter", "physical", "imports", "", "some 2.6 mn tons"),
            I("reporter", "physical growth", "exports", "", "surged 3.6-fold"),
            I("reporter", "physical", "exports", "", "3.3 mn tons"),
            I("goods:fruit", "share", "imports", "", "25.7% of the import volume"),
            I("goods:ore", "share", "exports", "", "(25.6%)"),
            I("partner:CN", "share", "exports", "", "31.8% of the exports"),
        ),
        note=(
            "One value figure; the growth beside it is the customs payments', and the flows' "
            "changes are in tonnes."
        ),
    ),
    Paragraph(
        id="en-kurgan-2022",
        language="en",
        region="Kurgan Region",
        country="RU",
        year=2022,
        period="2022",
        currency="USD",
        scale="million",
        source_url="https://oopstop.com/deputy-governor-arkhipov-exports-have-increased-in-the-kurgan-region-in-spite-of-the-sanctions/",
        text=(
            "Exports from the Kurgan region grew in 2022 despite the sanctions, Deputy Governor for "
            "Economic Policy Vladimir Arkhipov said in a live broadcast of the regional government's "
            "VKontakte group. 'In 2022 exports from the Kurgan region increased by 22%; exports to the "
            "CIS countries grew by 29%, and to countries outside the CIS by 14%, to China, the United "
            "Arab Emirates and Mexico,' he said. Sales grew to Kazakhstan, Belarus, Kyrgyzstan and "
            "Azerbaijan as well. He added that the region ranks first in Russia by its index of "
            "agricultural production, with crop and livestock output up 39% on 2021. URA.RU reported "
            "earlier that the region's sales of goods to China grew 4.5 times on 2021, and that "
            "imports from China into the Kurgan region went up 1.2 times."
        ),
        figures=(F("exports_growth", "increased by 22%", "+22%"),),
        items=(
            I("group:CIS", "growth", "exports", "", "grew by 29%"),
            I("group:non-CIS", "growth", "exports", "", "by 14%"),
            I("reporter", "rank", "agriculture", "", "ranks first in Russia"),
            I("agriculture", "growth", "", "", "up 39% on 2021"),
            I("partner:CN", "growth", "exports", "", "grew 4.5 times"),
            I("partner:CN", "growth", "imports", "", "went up 1.2 times"),
        ),
        note="The only figure of the reporter's is the exports' growth; the multiples are China's.",
    ),
    Paragraph(
        id="en-pskov-2022",
        language="en",
        region="Pskov Region",
        country="RU",
        year=2022,
        period="2022",
        currency="USD",
        scale="million",
        source_url="https://sputnikglobe.com/20230406/rec-pskov-region-increases-number-of-partner-countries-in-2022-1109191122.html",
        text=(
            "In spite of the international restrictions on Russia, the Pskov Region kept its trade "
            "ties abroad and widened them in 2022, the Russian Export Center (REC, part of VEB.RF) "
            "said. The region traded with 106 countries last year, against 97 in 2021, Roman "
            "Chekushov, director of the department of international cooperation and licensing in "
            "foreign trade at the Ministry of Industry and Trade, told Governor Mikhail Vedernikov. "
            "Pskov is one of the pilot regions of the ministry's and the REC's 'Export Accelerator' "
            "project, whose companies make chemicals, wood and textile goods and electrical "
            "equipment; nine new foreign markets were added last year, and Belarus, Argentina and "
            "China were among the largest partners. Metals, mineral products, food and timber remain "
            "the region's main exports."
        ),
        figures=(F("partner_count", "106 countries", "106"),),
        items=(
            I("reporter", "count", "", "2021", "97 in 2021"),
            I("markets", "count", "", "", "nine new foreign markets"),
        ),
        note="A count of partner countries this year and last; no value figure.",
    ),
    Paragraph(
        id="en-yakutia-2018-9m",
        language="en",
        region="Republic of Sakha (Yakutia)",
        country="RU",
        year=2018,
        period="January-September 2018",
        currency="USD",
        scale="million",
        source_url="http://yatoday.ru/en/news/politics/4319-a-challenging-task-for-yakutia",
        text=(
            "Under the national project 'International Cooperation and Export', Yakutia has to raise "
            "its non-primary exports to one billion dollars by 2024 and to one and a half billion by "
            "2032, Gavril Kirillin, the republic's Minister for External Relations and Peoples' "
            "Affairs, said on Sakha state television. Non-primary exports of Yakutia were $ 250 "
            "million in 2017, so the figure has to grow fourfold in five or six years: 'a challenging "
            "task set by the head of the republic,' he said, naming diamonds, farm products, tourism "
            "and education as the points of growth. In the first nine months of 2018 Yakutia was "
            "second in the Far Eastern Federal District by total exports and fifth by exports of "
            "non-primary non-energy goods, and 17th among the regions of Russia by exports. From "
            "January to September it exported non-primary non-energy goods worth $ 190 million."
        ),
        figures=(),
        items=(
            I("target", "value", "exports", "2024", "one billion dollars by 2024"),
            I("target", "value", "exports", "2032", "one and a half billion by 2032"),
            I("goods:non-primary", "value", "exports", "2017", "$ 250 million"),
            I("target", "growth", "exports", "2024", "grow fourfold"),
            I("reporter", "rank", "exports", "", "second in the Far Eastern Federal District"),
            I("goods:non-primary", "rank", "exports", "", "fifth"),
            I("reporter", "rank", "exports", "", "17th among the regions of Russia"),
            I("goods:non-primary", "value", "exports", "", "$ 190 million"),
        ),
        note="Targets, last year's goods-group value and ranks; the only amount of the period is a goods group's.",
    ),
    Paragraph(
        id="en-vitebsk-2011-targets",
        language="en",
        region="Vitebsk Oblast",
        country="BY",
        year=2011,
        period="2011 (estimate) and 2012 (targets)",
        currency="USD",
        scale="million",
        source_url="http://www.liozno.vitebsk-region.gov.by/en/region1-en/view/vitebsk-oblast-expected-to-increase-export-by-50-in-2012-8911/",
        text=(
            "VITEBSK, 19 December (BelTA). Vitebsk Oblast is to raise its exports of goods by at "
            "least 50% in 2012, Governor Alexander Kosinets told a joint session of the presidium of "
            "the oblast council of deputies and the oblast executive committee. The targets, set by "
            "the head of state at a seminar on import substitution, are ambitious but within reach, "
            "he said: next year the region should grow its GDP by 5%-9%, capital investment by 1-2%, "
            "farm output by 20% and retail sales by 12-15%, reach a 10% return on sales in "
            "agriculture and cut energy use by 8%. Exports must rise to keep a foreign trade surplus: "
            "by preliminary data, enterprises in municipal ownership and those without a "
            "departmental affiliation will end 2011 with a surplus of $38 million, and that has to be "
            "kept next year. At least 65% of the output has to be exported, and exports of services "
            "are to rise by 50%."
        ),
        figures=(),
        items=(
            I("target", "growth", "exports", "2012", "by at least 50% in 2012"),
            I("target", "growth", "GDP", "2012", "by 5%-9%"),
            I("target", "growth", "investment", "2012", "by 1-2%"),
            I("target", "growth", "farm output", "2012", "by 20%"),
            I("target", "growth", "retail", "2012", "by 12-15%"),
            I("target", "share", "return on sales", "2012", "a 10% return"),
            I("target", "growth", "energy use", "2012", "by 8%"),
            I("enterprises:municipal", "value", "balance", "2011", "a surplus of $38 million"),
            I("target", "share", "exports in output", "2012", "At least 65%"),
            I("target", "growth", "exports of services", "2012", "rise by 50%"),
        ),
        note="Every figure is a target or a subset of enterprises' estimate: the reporter has none.",
    ),
)
