"""English paragraphs of the reader corpus, seventh part (see :mod:`tests.corpus.model`).

Fourteen paragraphs of news agencies, provincial outlets and regional portals, 2009-2023,
from reporters the corpus had not read before (Ningxia, Gansu, Qinghai, Tibet, Xiamen and
Fujian in China; Murmansk and Sakhalin in Russia), measured before any change to the
reader: autonomous regions named in full and then by their short names, a partner
group's figures before the reporter's, decimal commas in English, mixed scales, shares
of goods groups and of private firms, a garbled share and a goods group's share that does
not fit its amount. Then ``ENGLISH_7_FINAL``: four more, written after the rules of this
batch, as the final unseen check.
Every text is our own wording of a published paragraph: the sentences are rebuilt, the
figures, their number formats and the constructions that make reading hard are kept as
published.
"""

from __future__ import annotations

from tests.corpus.model import Error as E  # noqa: N817 (short names keep the data readable)
from tests.corpus.model import Figure as F  # noqa: N817 (short names keep the data readable)
from tests.corpus.model import Item as I  # noqa: N817 (short names keep the data readable)
from tests.corpus.model import Paragraph

__all__ = ["ENGLISH_7", "ENGLISH_7_FINAL"]

ENGLISH_7: tuple[Paragraph, ...] = (
    Paragraph(
        id="en-ningxia-2022-jan-aug",
        language="en",
        region="Ningxia Hui Autonomous Region",
        country="CN",
        year=2022,
        period="January-August 2022",
        currency="CNY",
        scale="billion",
        source_url="http://en.people.cn/n3/2022/0912/c90000-10145796.html",
        text=(
            "YINCHUAN, Sept. 11 (Xinhua) -- In the first eight months of 2022 the foreign trade "
            "of northwest China's Ningxia Hui Autonomous Region jumped 66.8 percent year on year "
            "and reached 17.41 billion yuan (about 2.52 billion U.S. dollars), the local customs "
            "authorities said. Exports made up 13.93 billion yuan of the total, 76.1 percent more "
            "than a year before, Yinchuan customs added. Over the period Ningxia's trade with the "
            "European Union, the United States and the Association of Southeast Asian Nations came "
            "to 3.65 billion yuan, 1.7 billion yuan and 1.64 billion yuan respectively, up 100 "
            "percent, 65.2 percent and 21.9 percent. Private enterprises in the region imported "
            "and exported 12.23 billion yuan of goods from January to August, up 72.7 percent."
        ),
        figures=(
            F("turnover_growth", "jumped 66.8 percent year on year", "+66.8%"),
            F("turnover", "17.41 billion yuan", "17.41"),
            F("exports", "13.93 billion yuan", "13.93"),
            F("exports_growth", "76.1 percent more than a year before", "+76.1%"),
        ),
        items=(
            I("reporter", "value in USD", "turnover", "", "about 2.52 billion U.S. dollars"),
            I("group:EU", "value", "turnover", "", "3.65 billion yuan"),
            I("partner:US", "value", "turnover", "", "1.7 billion yuan"),
            I("group:ASEAN", "value", "turnover", "", "1.64 billion yuan"),
            I("group:EU", "growth", "turnover", "", "up 100 percent"),
            I("partner:US", "growth", "turnover", "", "65.2 percent"),
            I("group:ASEAN", "growth", "turnover", "", "21.9 percent"),
            I("group:private enterprises", "value", "turnover", "", "12.23 billion yuan"),
            I("group:private enterprises", "growth", "turnover", "", "up 72.7 percent"),
        ),
        note=(
            "Imports are not given (17.41 - 13.93 = 3.48); the full name first, 'Ningxia's' "
            "after; a 'respectively' list of partners' values and growths."
        ),
    ),
    Paragraph(
        id="en-ningxia-2019-jan-sep",
        language="en",
        region="Ningxia Hui Autonomous Region",
        country="CN",
        year=2019,
        period="January-September 2019",
        currency="CNY",
        scale="billion",
        source_url="http://english.scio.gov.cn/beltandroad/2019-10/30/content_75355960.htm",
        text=(
            "Trade between northwest China's Ningxia Hui Autonomous Region and the countries along "
            "the Belt and Road (B&R) rose 3.1% year on year to 5.52 billion yuan (about US$781.1 "
            "million) from January to September. Customs in Yinchuan, the regional capital, put "
            "Ningxia's total trade in the first three quarters at 17.86 billion yuan, 1% more "
            "than in the same period of 2018. Exports to B&R countries fell 13.3% to 4.09 billion "
            "yuan and imports from them grew 123.2% to 1.43 billion yuan. Trade with the United "
            "Arab Emirates increased 3.6 times to 2.31 billion yuan. Imports of manganese ore and "
            "of gold climbed to 2.48 billion yuan and 2.27 billion yuan, up 119.5% and 169.2% "
            "year on year respectively."
        ),
        figures=(
            F("turnover", "17.86 billion yuan", "17.86"),
            F("turnover_growth", "1% more than in the same period of 2018", "+1%"),
        ),
        items=(
            I("group:Belt and Road", "growth", "turnover", "", "rose 3.1% year on year"),
            I("group:Belt and Road", "value", "turnover", "", "5.52 billion yuan"),
            I("group:Belt and Road", "value in USD", "turnover", "", "about US$781.1 million"),
            I("group:Belt and Road", "growth", "exports", "", "fell 13.3%"),
            I("group:Belt and Road", "value", "exports", "", "4.09 billion yuan"),
            I("group:Belt and Road", "growth", "imports", "", "grew 123.2%"),
            I("group:Belt and Road", "value", "imports", "", "1.43 billion yuan"),
            I("partner:AE", "growth", "turnover", "", "increased 3.6 times"),
            I("partner:AE", "value", "turnover", "", "2.31 billion yuan"),
            I("goods:manganese ore", "value", "imports", "", "2.48 billion yuan"),
            I("goods:gold", "value", "imports", "", "2.27 billion yuan"),
            I("goods:manganese ore", "growth", "imports", "", "up 119.5%"),
            I("goods:gold", "growth", "imports", "", "169.2%"),
        ),
        note=(
            "A partner group's figures lead the paragraph; 4.09 + 1.43 = 5.52; the reporter's "
            "own total comes second; 'increased 3.6 times' is a partner's."
        ),
    ),
    Paragraph(
        id="en-gansu-2020-q1",
        language="en",
        region="Gansu Province",
        country="CN",
        year=2020,
        period="Q1 2020",
        currency="CNY",
        scale="billion",
        source_url="http://m.ynhybx.com/a/202004/21/WS5e9ec04ea3105d50a3d17cae.html",
        text=(
            "Lanzhou Customs says the foreign trade of northwest China's Gansu province came to "
            "8.62 billion yuan ($1.21 billion) in the first quarter of this year, 2.6 percent less "
            "than a year earlier. Exports were worth 2.04 billion yuan, down 41.3 percent, and "
            "imports 6.58 billion yuan, up 22.5 percent, the seventh fastest import growth in the "
            "country. Trade picked up again in March. Farm products worth 600 million were "
            "exported, 38.3 percent more, making up 29.4 percent of all the province's exports; "
            "exports of traditional Chinese herbs and medicines reached 23.65 million yuan, up "
            "87.9 percent. Kazakhstan was Gansu's largest trading partner in the quarter."
        ),
        figures=(
            F("turnover", "8.62 billion yuan", "8.62"),
            F("turnover_growth", "2.6 percent less than a year earlier", "-2.6%"),
            F("exports", "2.04 billion yuan", "2.04"),
            F("exports_growth", "down 41.3 percent", "-41.3%"),
            F("imports", "6.58 billion yuan", "6.58"),
            F("imports_growth", "up 22.5 percent", "+22.5%"),
        ),
        items=(
            I("reporter", "value in USD", "turnover", "", "$1.21 billion"),
            I("reporter", "rank", "imports growth", "", "the seventh fastest import growth"),
            I("goods:farm products", "value", "exports", "", "600 million"),
            I("goods:farm products", "growth", "exports", "", "38.3 percent more"),
            I("goods:farm products", "share", "exports", "", "29.4 percent"),
            I("goods:Chinese medicines", "value", "exports", "", "23.65 million yuan"),
            I("goods:Chinese medicines", "growth", "exports", "", "up 87.9 percent"),
        ),
        note="2.04 + 6.58 = 8.62; 0.6 / 2.04 = 29.4%; goods in millions beside totals in billions.",
    ),
    Paragraph(
        id="en-gansu-2022-q1",
        language="en",
        region="Gansu Province",
        country="CN",
        year=2022,
        period="Q1 2022",
        currency="CNY",
        scale="billion",
        source_url="https://eng.yidaiyilu.gov.cn/p/237622.html",
        text=(
            "LANZHOU, April 21 (Xinhua) -- Foreign trade of Gansu Province in northwest China grew "
            "21.7 percent year on year in the first quarter, local customs said. From January to "
            "March the province imported and exported goods worth 16.6 billion yuan (about 2.6 "
            "billion U.S. dollars), according to Lanzhou Customs. Exports climbed 51.1 percent to "
            "3.1 billion yuan and imports 16.4 percent to 13.5 billion yuan. Kazakhstan, the "
            "European Union and the Democratic Republic of the Congo were the three main partners, "
            "with nearly 4.4 billion yuan, 1.3 billion yuan and 1 billion yuan of trade "
            "respectively. Seeds and fresh apples were exported for 320 million yuan together."
        ),
        figures=(
            F("turnover_growth", "grew 21.7 percent year on year", "+21.7%"),
            F("turnover", "16.6 billion yuan", "16.6"),
            F("exports_growth", "Exports climbed 51.1 percent", "+51.1%"),
            F("exports", "3.1 billion yuan", "3.1"),
            F("imports_growth", "imports 16.4 percent", "+16.4%"),
            F("imports", "13.5 billion yuan", "13.5"),
        ),
        items=(
            I("reporter", "value in USD", "turnover", "", "about 2.6 billion U.S. dollars"),
            I("partner:KZ", "value", "turnover", "", "nearly 4.4 billion yuan"),
            I("group:EU", "value", "turnover", "", "1.3 billion yuan"),
            I("partner:CD", "value", "turnover", "", "1 billion yuan"),
            I("goods:seeds and apples", "value", "exports", "", "320 million yuan"),
        ),
        note="3.1 + 13.5 = 16.6; partners' values in a 'respectively' list.",
    ),
    Paragraph(
        id="en-gansu-2023-h1",
        language="en",
        region="Gansu Province",
        country="CN",
        year=2023,
        period="January-June 2023",
        currency="CNY",
        scale="billion",
        source_url="http://en.people.cn/n3/2023/0721/c90000-20047506.html",
        text=(
            "LANZHOU, July 20 (Xinhua) -- In the first half of 2023 the trade of northwest "
            "China's Gansu Province with countries along the Belt and Road grew 10.7 percent year "
            "on year to 16.02 billion yuan (about 2.24 billion U.S. dollars), local customs said. "
            "Gansu's foreign trade from January to June came to 27.48 billion yuan, Lanzhou "
            "Customs said; exports were up 18.6 percent year on year at 6.85 billion yuan and "
            "imports reached 20.63 billion yuan. The Belt and Road countries took 58.3 percent of "
            "the total, 11.7 percentage points more than a year earlier. Trade with members of the "
            "Regional Comprehensive Economic Partnership (RCEP) rose 26.5 percent to 7.74 billion "
            "yuan, exports of mechanical and electrical products grew 17.5 percent, and farm "
            "exports 18.8 percent."
        ),
        figures=(
            F("turnover", "27.48 billion yuan", "27.48"),
            F("exports_growth", "up 18.6 percent year on year", "+18.6%"),
            F("exports", "6.85 billion yuan", "6.85"),
            F("imports", "20.63 billion yuan", "20.63"),
        ),
        items=(
            I("group:Belt and Road", "growth", "turnover", "", "grew 10.7 percent year on year"),
            I("group:Belt and Road", "value", "turnover", "", "16.02 billion yuan"),
            I(
                "group:Belt and Road",
                "value in USD",
                "turnover",
                "",
                "about 2.24 billion U.S. dollars",
            ),
            I("group:Belt and Road", "share", "turnover", "", "58.3 percent"),
            I("group:Belt and Road", "share change", "turnover", "", "11.7 percentage points"),
            I("group:RCEP", "growth", "turnover", "", "rose 26.5 percent"),
            I("group:RCEP", "value", "turnover", "", "7.74 billion yuan"),
            I("goods:machinery", "growth", "exports", "", "grew 17.5 percent"),
            I("goods:farm products", "growth", "exports", "", "18.8 percent"),
        ),
        note="6.85 + 20.63 = 27.48; 16.02 / 27.48 = 58.3%; a partner group's figures lead.",
    ),
    Paragraph(
        id="en-qinghai-2021-q1",
        language="en",
        region="Qinghai Province",
        country="CN",
        year=2021,
        period="Q1 2021",
        currency="CNY",
        scale="million",
        source_url="http://en.people.cn/n3/2021/0501/c90000-9846074.html",
        text=(
            "XINING, May 1 (Xinhua) -- The provincial commerce department reports that foreign "
            "trade of Qinghai Province in northwest China rose 83.3 percent year on year to 790 "
            "million yuan (about 122.2 million U.S. dollars) in the first quarter. In the three "
            "months the province's imports grew to 510 million yuan and its exports reached 280 "
            "million yuan. Farm products, textiles and mechanical and electrical products kept "
            "selling well abroad. Trade with the European Union expanded by 1.6 times to 60.52 "
            "million yuan, and exports to the Belt and Road countries went up 27.6 percent year "
            "on year."
        ),
        figures=(
            F("turnover_growth", "rose 83.3 percent year on year", "+83.3%"),
            F("turnover", "790 million yuan", "790"),
            F("imports", "510 million yuan", "510"),
            F("exports", "280 million yuan", "280"),
        ),
        items=(
            I("reporter", "value in USD", "turnover", "", "about 122.2 million U.S. dollars"),
            I("group:EU", "growth", "turnover", "", "expanded by 1.6 times"),
            I("group:EU", "value", "turnover", "", "60.52 million yuan"),
            I("group:Belt and Road", "growth", "exports", "", "went up 27.6 percent"),
        ),
        note="510 + 280 = 790; 'expanded by 1.6 times' is a partner group's.",
    ),
    Paragraph(
        id="en-tibet-2022-jan-sep",
        language="en",
        region="Tibet Autonomous Region",
        country="CN",
        year=2022,
        period="January-September 2022",
        currency="CNY",
        scale="billion",
        source_url="https://en.tibet3.com/news/2022-12/14/content_12061133.html",
        text=(
            "Tibet Daily reports that imports and exports of the Tibet autonomous region totalled "
            "3.38 billion yuan ($484 million) in the first three quarters of this year, 29.4 "
            "percent more than a year earlier; exports accounted for 3.17 billion yuan of that. "
            "The region's growth was 19.5 percentage points above the national average, the paper "
            "said. Customs clearance has quickened: in June 2022 it took 69.7 percent less time "
            "than in June 2021, Gyirong Port now handles up to 14 trucks instead of three, and "
            "Zhangmu Port clears 12 trucks a day on average."
        ),
        figures=(
            F("turnover", "3.38 billion yuan", "3.38"),
            F("turnover_growth", "29.4 percent more than a year earlier", "+29.4%"),
            F("exports", "3.17 billion yuan", "3.17"),
        ),
        items=(
            I("reporter", "value in USD", "turnover", "", "$484 million"),
            I("country:CN", "growth gap", "turnover", "", "19.5 percentage points"),
            I("reporter", "clearance time change", "", "June", "69.7 percent less time"),
            I("port:Gyirong", "count", "", "", "14 trucks"),
            I("port:Zhangmu", "count", "", "", "12 trucks a day"),
        ),
        note="Imports are not given (3.38 - 3.17 = 0.21); port throughput counts after.",
    ),
    Paragraph(
        id="en-murmansk-2022",
        language="en",
        region="Murmansk Region",
        country="RU",
        year=2022,
        period="2022",
        currency="RUB",
        scale="billion",
        source_url="https://www.en.portnews.ru/news/346555/",
        text=(
            "Murmansk Region's foreign trade grew by 55.8% in 2022 and its exports by 60.7%, "
            "Governor Andrey Chibis told the regional Duma, according to the government's press "
            "centre; by exports the region was third among the regions of the North-West Federal "
            "District. Its exports went to 34 countries, up from 31, including Brazil and India, "
            "and 18 export contracts were signed during the year, among them with Kazakhstan, "
            "Belarus, China and the UAE. Over four years the region's economy grew by almost 120% "
            "and investment in fixed assets by 116%; investment in its development came to almost "
            "RUB 893 billion."
        ),
        figures=(
            F("turnover_growth", "foreign trade grew by 55.8%", "+55.8%"),
            F("exports_growth", "exports by 60.7%", "+60.7%"),
        ),
        items=(
            I("reporter", "rank", "exports", "", "third among the regions"),
            I("reporter", "count of export countries", "exports", "", "34 countries"),
            I("reporter", "count of export countries", "exports", "2021", "31"),
            I("reporter", "count of contracts", "exports", "", "18 export contracts"),
            I("reporter", "economy growth", "", "four years", "almost 120%"),
            I("reporter", "investment growth", "", "four years", "116%"),
            I("reporter", "investment", "", "four years", "almost RUB 893 billion"),
        ),
        note="Growths only; the count of countries is of export destinations, not partners.",
    ),
    Paragraph(
        id="en-murmansk-2009-h1",
        language="en",
        region="Murmansk Region",
        country="RU",
        year=2009,
        period="January-June 2009",
        currency="RUB",
        scale="billion",
        source_url=(
            "https://www.thebarentsobserver.com/business/foreign-trade-surplus-from-oil-exports/254473"
        ),
        text=(
            "Russia's foreign trade shrank 45 percent in January-August, and the country's customs "
            "service collects more than ten percent less in tariffs than in 2008. Murmansk is "
            "doing somewhat better: the latest Barents Monitoring report of the Norwegian Barents "
            "Secretariat says the region's foreign trade dropped 23,5 percent year-on-year in the "
            "first half of 2009. In the first nine months Murmansk Oblast's customs handled 29,9 "
            "million tons of foreign trade goods and sent 51 billion RUB of tariffs to the federal "
            "finance ministry, 16,4 percent more than planned, MBnews.ru reports. The Netherlands "
            "is the region's main trading partner, and 91,99 percent of Murmansk's foreign trade "
            "is now exports, the customs figures show."
        ),
        figures=(F("turnover_growth", "dropped 23,5 percent year-on-year", "-23.5%"),),
        items=(
            I("country:RU", "growth", "turnover", "January-August", "shrank 45 percent"),
            I("country:RU", "tariffs change", "", "", "more than ten percent less"),
            I("reporter", "physical", "turnover", "nine months", "29,9 million tons"),
            I("reporter", "tariffs", "", "nine months", "51 billion RUB"),
            I("reporter", "tariffs against plan", "", "nine months", "16,4 percent more"),
            I("reporter", "share", "exports", "not stated", "91,99 percent"),
        ),
        note=(
            "Decimal commas in an English text; the country's change first; the exports share "
            "is 'now', from customs figures of no stated period, and is kept as an item."
        ),
    ),
    Paragraph(
        id="en-sakhalin-2015",
        language="en",
        region="Sakhalin Region",
        country="RU",
        year=2015,
        period="2015",
        currency="USD",
        scale="billion",
        source_url=(
            "https://www.eastrussia.ru/en/news/"
            "85-vneshnetorgovogo-oborota-sakhalinskoy-oblasti-prikhoditsya-na-strany-atr-yaponiya-respublika-kore/"
        ),
        text=(
            "The Sakhalin region exported 5,8 billion dollars of goods and services in 2015 and "
            "imported 1,7 billion dollars, the press service of Sakhalin customs said. Its trade "
            "surplus was thus 4,1 billion dollars, almost 11% less than in 2014, because the value "
            "of exports fell by 1,7% as liquefied natural gas, coal and fish got cheaper. The "
            "region's foreign trade turnover in 2015 was 7,5 billion dollars. Liquefied natural "
            "gas from Sakhalin-2 gives more than 70% of the physical volume of exports: almost "
            "9,6 million tons (4,2% more) worth 4,5 billion dollars (14% less). Coal came second, "
            "3,6 mln. tons (12% more) for 146,6 mln. dollars (12% less), and 73,3 thousand tons "
            "of fish and seafood (18% less) went abroad for almost 257 million dollars (8% less)."
        ),
        figures=(
            F("exports", "5,8 billion dollars", "5.8"),
            F("imports", "1,7 billion dollars", "1.7"),
            F("balance", "4,1 billion dollars", "4.1"),
            F("exports_growth", "fell by 1,7%", "-1.7%"),
            F("turnover", "7,5 billion dollars", "7.5"),
        ),
        items=(
            I("reporter", "growth", "balance", "", "almost 11% less than in 2014"),
            I("goods:LNG", "physical share", "exports", "", "more than 70%"),
            I("goods:LNG", "physical", "exports", "", "almost 9,6 million tons"),
            I("goods:LNG", "physical growth", "exports", "", "4,2% more"),
            I("goods:LNG", "value", "exports", "", "4,5 billion dollars"),
            I("goods:LNG", "growth", "exports", "", "14% less"),
            I("goods:coal", "physical", "exports", "", "3,6 mln. tons"),
            I("goods:coal", "physical growth", "exports", "", "12% more"),
            I("goods:coal", "value", "exports", "", "146,6 mln. dollars"),
            I("goods:coal", "growth", "exports", "", "12% less"),
            I("goods:fish", "physical", "exports", "", "73,3 thousand tons"),
            I("goods:fish", "physical growth", "exports", "", "18% less"),
            I("goods:fish", "value", "exports", "", "almost 257 million dollars"),
            I("goods:fish", "growth", "exports", "", "8% less"),
        ),
        note=(
            "5,8 + 1,7 = 7,5 and 5,8 - 1,7 = 4,1 with decimal commas in English; the balance's "
            "change is not a keyword figure; goods' tonnage and values after."
        ),
    ),
    Paragraph(
        id="en-sakhalin-2009-q1",
        language="en",
        region="Sakhalin Region",
        country="RU",
        year=2009,
        period="Q1 2009",
        currency="USD",
        scale="billion",
        source_url="http://thomasalamb.blogspot.com/2009/04/north-korea-major-trade-partner-with.html",
        text=(
            "YUZHNO-SAKHALINSK, April 21 (VOSTOK-MEDIA). Customs statistics put the foreign trade "
            "turnover of Sakhalin region for the past three months at $ 1.35 billion, 994 mln less "
            "than in the same period of 2008. Of that money 115 is imports and 89% exports. More "
            "than 3.34 mln tons of goods crossed the border, 10% more than a year before, and the "
            "region traded with 57 countries. North Korea came first with $548 million of trade, "
            "Japan second with $536 mln and China third with $108 mln. Exports of the region were "
            "$1.2 billion, 934 mln less than in the same period of 2008, mostly oil (91,1%), "
            "seafood (3.3%), ferrous metals (0.8%) and coal (0.4%). Imports came to $143 mln, 30% "
            "less than a year before."
        ),
        figures=(
            F("turnover", "$ 1.35 billion", "1.35"),
            F("turnover_change", "994 mln less", "-0.994"),
            F("exports_share", "89% exports", "89%"),
            F("partner_count", "57 countries", "57"),
            F("exports", "$1.2 billion", "1.2"),
            F("exports_change", "934 mln less", "-0.934"),
            F("imports", "$143 mln", "0.143"),
            F("imports_growth", "30% less than a year before", "-30%"),
        ),
        items=(
            I("reporter", "physical", "turnover", "", "3.34 mln tons"),
            I("reporter", "physical growth", "turnover", "", "10% more"),
            I("partner:KP", "value", "turnover", "", "$548 million"),
            I("partner:JP", "value", "turnover", "", "$536 mln"),
            I("partner:CN", "value", "turnover", "", "$108 mln"),
            I("goods:oil", "share", "exports", "", "91,1%"),
            I("goods:seafood", "share", "exports", "", "3.3%"),
            I("goods:ferrous metals", "share", "exports", "", "0.8%"),
            I("goods:coal", "share", "exports", "", "0.4%"),
        ),
        errors=(
            E(
                "imports_share",
                "115",
                "11%",
                "garbled",
                "the imports' share is published as '115' beside exports' 89%: 0.143 / 1.35 = "
                "10.6%, about 11%, and 11 + 89 = 100",
            ),
        ),
        note=(
            "1.2 + 0.143 = 1.343, within 1.35; the imports' share is garbled ('115' for 11%); "
            "changes in millions beside totals in billions; 91,1% with a decimal comma."
        ),
    ),
    Paragraph(
        id="en-xiamen-2022-jan-apr",
        language="en",
        region="Xiamen",
        country="CN",
        year=2022,
        period="January-April 2022",
        currency="CNY",
        scale="billion",
        source_url="http://subsites.chinadaily.com.cn/swjen/2022-05/13/c_751761.htm",
        text=(
            "Imports and exports of Xiamen in Fujian province rose 5.9 percent year-on-year to "
            "275.53 billion yuan ($40.54 billion) in the first four months of this year, "
            "statistics show. Imports grew 0.4 percent to 134.88 billion yuan and exports 11.8 "
            "percent to 140.65 billion yuan. The city's trade with BRICS countries went up 4.7 "
            "percent to 20.89 billion yuan, and with the Regional Comprehensive Economic "
            "Partnership countries it reached 93.36 billion yuan, 1.4 percent more. ASEAN, the "
            "United States and the European Union traded 52.3 billion yuan, 39.94 billion yuan and "
            "32.83 billion yuan with Xiamen, up 15.1 percent, 15.1 percent and 20.2 percent "
            "respectively. Private companies did 102.18 billion yuan of the city's trade, up 7.1 "
            "percent, or 37.1 percent of the total."
        ),
        figures=(
            F("turnover_growth", "rose 5.9 percent year-on-year", "+5.9%"),
            F("turnover", "275.53 billion yuan", "275.53"),
            F("imports_growth", "Imports grew 0.4 percent", "+0.4%"),
            F("imports", "134.88 billion yuan", "134.88"),
            F("exports_growth", "exports 11.8 percent", "+11.8%"),
            F("exports", "140.65 billion yuan", "140.65"),
        ),
        items=(
            I("reporter", "value in USD", "turnover", "", "$40.54 billion"),
            I("group:BRICS", "growth", "turnover", "", "went up 4.7 percent"),
            I("group:BRICS", "value", "turnover", "", "20.89 billion yuan"),
            I("group:RCEP", "value", "turnover", "", "93.36 billion yuan"),
            I("group:RCEP", "growth", "turnover", "", "1.4 percent more"),
            I("group:ASEAN", "value", "turnover", "", "52.3 billion yuan"),
            I("partner:US", "value", "turnover", "", "39.94 billion yuan"),
            I("group:EU", "value", "turnover", "", "32.83 billion yuan"),
            I("group:ASEAN", "growth", "turnover", "", "up 15.1 percent"),
            I("partner:US", "growth", "turnover", "", "15.1 percent"),
            I("group:EU", "growth", "turnover", "", "20.2 percent"),
            I("group:private companies", "value", "turnover", "", "102.18 billion yuan"),
            I("group:private companies", "growth", "turnover", "", "up 7.1 percent"),
            I("group:private companies", "share", "turnover", "", "37.1 percent of the total"),
        ),
        note="134.88 + 140.65 = 275.53; 102.18 / 275.53 = 37.1%; a city reporting.",
    ),
    Paragraph(
        id="en-fujian-2022-q1",
        language="en",
        region="Fujian Province",
        country="CN",
        year=2022,
        period="Q1 2022",
        currency="CNY",
        scale="billion",
        source_url="http://fujian.chinadaily.com.cn/2022-04/25/c_746799.htm",
        text=(
            "Statistics of Fuzhou Customs show that Fujian province traded 433.08 billion yuan "
            "($66.07 billion) of goods in the first quarter, up 12.1 percent year-on-year. Exports "
            "made up 262.43 billion yuan, an increase of 14.3 percent, and imports 170.65 billion "
            "yuan, an increase of 8.8 percent. General trade grew 8 percent to 322.53 billion "
            "yuan, 74.5 percent of the province's total, and processing trade 21.3 percent to "
            "62.32 billion yuan. Trade of ASEAN, the United States and the European Union with "
            "Xiamen grew 19.5 percent, 16.6 percent and 26.3 percent to 88.65 billion yuan, 60.76 "
            "billion yuan and 53.7 billion yuan respectively. Private firms' trade rose 12.4 "
            "percent to 232.42 billion yuan, 53.7 percent of the total. Mechanical and electrical "
            "products, labor-intensive goods and farm produce led exports with 97.72 billion yuan, "
            "81.99 billion yuan and 20.18 billion yuan, or 37.2 percent, 31.2 percent and 28.4 "
            "percent of the province's exports."
        ),
        figures=(
            F("turnover", "433.08 billion yuan", "433.08"),
            F("turnover_growth", "up 12.1 percent year-on-year", "+12.1%"),
            F("exports", "262.43 billion yuan", "262.43"),
            F("exports_growth", "an increase of 14.3 percent", "+14.3%"),
            F("imports", "170.65 billion yuan", "170.65"),
            F("imports_growth", "an increase of 8.8 percent", "+8.8%"),
        ),
        items=(
            I("reporter", "value in USD", "turnover", "", "$66.07 billion"),
            I("group:general trade", "growth", "turnover", "", "grew 8 percent"),
            I("group:general trade", "value", "turnover", "", "322.53 billion yuan"),
            I("group:general trade", "share", "turnover", "", "74.5 percent"),
            I("group:processing trade", "growth", "turnover", "", "21.3 percent"),
            I("group:processing trade", "value", "turnover", "", "62.32 billion yuan"),
            I("group:ASEAN", "growth", "turnover", "", "19.5 percent"),
            I("partner:US", "growth", "turnover", "", "16.6 percent"),
            I("group:EU", "growth", "turnover", "", "26.3 percent"),
            I("group:ASEAN", "value", "turnover", "", "88.65 billion yuan"),
            I("partner:US", "value", "turnover", "", "60.76 billion yuan"),
            I("group:EU", "value", "turnover", "", "53.7 billion yuan"),
            I("group:private firms", "growth", "turnover", "", "rose 12.4 percent"),
            I("group:private firms", "value", "turnover", "", "232.42 billion yuan"),
            I("group:private firms", "share", "turnover", "", "53.7 percent of the total"),
            I("goods:machinery", "value", "exports", "", "97.72 billion yuan"),
            I("goods:labor-intensive", "value", "exports", "", "81.99 billion yuan"),
            I("goods:farm produce", "value", "exports", "", "20.18 billion yuan"),
            I("goods:machinery", "share", "exports", "", "37.2 percent"),
            I("goods:labor-intensive", "share", "exports", "", "31.2 percent"),
            I("goods:farm produce", "share", "exports", "", "28.4 percent"),
        ),
        errors=(
            E(
                "item:goods:farm produce:share",
                "28.4 percent",
                "7.7 percent",
                "item",
                "farm produce's 20.18 billion yuan is 7.7% of exports of 262.43 billion yuan, "
                "not 28.4%; the other two shares fit (97.72 / 262.43 = 37.2%, 81.99 / 262.43 = "
                "31.2%), and 37.2 + 31.2 + 28.4 = 96.8% would leave 3.2% for everything else",
            ),
        ),
        note=(
            "262.43 + 170.65 = 433.08; 322.53 / 433.08 = 74.5%; 232.42 / 433.08 = 53.7%. The "
            "partners' trade is said to be 'with Xiamen' in a paragraph about the province (a "
            "slip of the release, kept). A goods group's share does not fit its amount."
        ),
    ),
    Paragraph(
        id="en-xiamen-2020-jan-jul",
        language="en",
        region="Xiamen",
        country="CN",
        year=2020,
        period="January-July 2020",
        currency="CNY",
        scale="billion",
        source_url=(
            "https://chinaservicesinfo.com/s/202008/20/WS5f460867498ed1e2f3408d50/"
            "xiamen-posts-5-4-growth-in-foreign-trade-in-jan-july.html"
        ),
        text=(
            "Foreign trade of Xiamen, the port city of East China's Fujian province, grew 5.4 "
            "percent year-on-year to 370 billion yuan ($53.46 billion) in the first seven months, "
            "7.1 percentage points above the national average, local officials said. The city's "
            "exports slipped 4.8 percent to 189.2 billion yuan, while imports jumped 18.7 percent "
            "to 180.9 billion yuan. ASEAN was the largest partner, ahead of the United States and "
            "the European Union, and trade with it rose 13.3 percent to 65.77 billion yuan. "
            "State-owned enterprises in Xiamen traded 125.14 billion yuan, 33.2 percent more than "
            "a year earlier."
        ),
        figures=(
            F("turnover_growth", "grew 5.4 percent year-on-year", "+5.4%"),
            F("turnover", "370 billion yuan", "370"),
            F("exports_growth", "exports slipped 4.8 percent", "-4.8%"),
            F("exports", "189.2 billion yuan", "189.2"),
            F("imports_growth", "imports jumped 18.7 percent", "+18.7%"),
            F("imports", "180.9 billion yuan", "180.9"),
        ),
        items=(
            I("reporter", "value in USD", "turnover", "", "$53.46 billion"),
            I("country:CN", "growth gap", "turnover", "", "7.1 percentage points"),
            I("group:ASEAN", "growth", "turnover", "", "rose 13.3 percent"),
            I("group:ASEAN", "value", "turnover", "", "65.77 billion yuan"),
            I("group:state-owned enterprises", "value", "turnover", "", "125.14 billion yuan"),
            I("group:state-owned enterprises", "growth", "turnover", "", "33.2 percent more"),
        ),
        note="189.2 + 180.9 = 370.1, within 370 billion; a gap to the national average.",
    ),
)

ENGLISH_7_FINAL: tuple[Paragraph, ...] = (
    Paragraph(
        id="en-fujian-2023-q1",
        language="en",
        region="Fujian Province",
        country="CN",
        year=2023,
        period="Q1 2023",
        currency="CNY",
        scale="billion",
        source_url="http://fujian.chinadaily.com.cn/2023-04/26/c_881723.htm",
        text=(
            "Fuzhou Customs says the foreign trade of East China's Fujian province reached 479.25 "
            "billion yuan ($69.22 billion) in the first quarter, 10.1 percent more than a year "
            "earlier. Exports rose 9.6 percent and imports 10.8 percent, respectively, to 287.46 "
            "billion yuan and 191.79 billion yuan, so the province's trade, exports and imports "
            "grew 5.3, 1.2 and 10.6 percentage points faster than the national average. Private "
            "enterprises' trade climbed 21.2 percent to 284.11 billion yuan, 59.3 percent of the "
            "total and 5.4 percentage points more than a year before. Trade with ASEAN, the "
            "largest partner, came to 110.2 billion yuan, up 24.3 percent, and with the European "
            "Union it rose 9.2 percent to 58.6 billion yuan."
        ),
        figures=(
            F("turnover", "479.25 billion yuan", "479.25"),
            F("turnover_growth", "10.1 percent more than a year earlier", "+10.1%"),
            F("exports_growth", "Exports rose 9.6 percent", "+9.6%"),
            F("imports_growth", "imports 10.8 percent", "+10.8%"),
            F("exports", "287.46 billion yuan", "287.46"),
            F("imports", "191.79 billion yuan", "191.79"),
        ),
        items=(
            I("reporter", "value in USD", "turnover", "", "$69.22 billion"),
            I("country:CN", "growth gap", "turnover", "", "5.3"),
            I("country:CN", "growth gap", "exports", "", "1.2"),
            I("country:CN", "growth gap", "imports", "", "10.6 percentage points"),
            I("group:private enterprises", "growth", "turnover", "", "climbed 21.2 percent"),
            I("group:private enterprises", "value", "turnover", "", "284.11 billion yuan"),
            I("group:private enterprises", "share", "turnover", "", "59.3 percent of the total"),
            I(
                "group:private enterprises",
                "share change",
                "turnover",
                "",
                "5.4 percentage points",
            ),
            I("group:ASEAN", "value", "turnover", "", "110.2 billion yuan"),
            I("group:ASEAN", "growth", "turnover", "", "up 24.3 percent"),
            I("group:EU", "growth", "turnover", "", "rose 9.2 percent"),
            I("group:EU", "value", "turnover", "", "58.6 billion yuan"),
        ),
        note="287.46 + 191.79 = 479.25; 284.11 / 479.25 = 59.3%; 'respectively' growths first.",
    ),
    Paragraph(
        id="en-fujian-2024-q1",
        language="en",
        region="Fujian Province",
        country="CN",
        year=2024,
        period="Q1 2024",
        currency="CNY",
        scale="billion",
        source_url="http://overseas.fjsen.com/2024-04/17/content_31625025.htm",
        text=(
            "FJSEN News, April 16 -- Statistics of Fuzhou and Xiamen Customs show that Fujian "
            "Province imported and exported goods worth 501.81 billion yuan (about $693 billion) "
            "in Q1, 7.7% more than in the same period of 2023 and a record for the quarter. For "
            "the first time exports in a first quarter exceeded 300 billion yuan (about $41.4 "
            "billion): they reached 308.03 billion yuan (about $42.5 billion), up 12.8 percent, a "
            "rise 7.9 percentage points above the national average. Imports came to 193.78 "
            "billion yuan (about $26.8 billion), an increase of 0.5 percent."
        ),
        figures=(
            F("turnover", "501.81 billion yuan", "501.81"),
            F("turnover_growth", "7.7% more than in the same period of 2023", "+7.7%"),
            F("exports", "308.03 billion yuan", "308.03"),
            F("exports_growth", "up 12.8 percent", "+12.8%"),
            F("imports", "193.78 billion yuan", "193.78"),
            F("imports_growth", "an increase of 0.5 percent", "+0.5%"),
        ),
        items=(
            I("reporter", "value in USD", "turnover", "", "about $693 billion"),
            I("reporter", "threshold", "exports", "", "300 billion yuan"),
            I("reporter", "threshold in USD", "exports", "", "about $41.4 billion"),
            I("reporter", "value in USD", "exports", "", "about $42.5 billion"),
            I("country:CN", "growth gap", "exports", "", "7.9 percentage points"),
            I("reporter", "value in USD", "imports", "", "about $26.8 billion"),
        ),
        errors=(
            E(
                "item:reporter:value in USD",
                "about $693 billion",
                "about $69.3 billion",
                "item",
                "501.81 billion yuan is about $69.3 billion at the rate the release itself uses "
                "(308.03 billion yuan for $42.5 billion, 193.78 for $26.8 billion; 42.5 + 26.8 = "
                "69.3): the turnover in dollars is ten times too large",
            ),
        ),
        note=(
            "308.03 + 193.78 = 501.81; a threshold crossed ('exceeded 300 billion yuan') beside "
            "the value; the turnover's dollar conversion is ten times too large."
        ),
    ),
    Paragraph(
        id="en-xiamen-2019-jan",
        language="en",
        region="Xiamen",
        country="CN",
        year=2019,
        period="January 2019",
        currency="CNY",
        scale="billion",
        source_url="http://fujian.chinadaily.com.cn/2019-02/25/c_378201.htm",
        text=(
            "Xiamen Customs statistics show a monthly record for the foreign trade of Xiamen in "
            "East China's Fujian province in January. The city's imports and exports grossed "
            "56.54 billion yuan ($8.19 billion) in the month, 4.1 percent more than a year "
            "earlier; exports jumped 12.5 percent year-on-year to 33.69 billion yuan and imports "
            "stood at 22.85 billion yuan. Private companies had the largest part, 21.82 billion "
            "yuan, up 6.1 percent; state-owned companies traded 14.4 billion yuan, up 11.2 "
            "percent, and foreign-invested companies 20.31 billion yuan, down 2.3 percent. ASEAN "
            "and the European Union were the two largest partners with 9.53 billion yuan and "
            "8.83 billion yuan respectively, and trade with Australia grew fastest, by 70.2 "
            "percent to 4.17 billion yuan."
        ),
        figures=(
            F("turnover", "56.54 billion yuan", "56.54"),
            F("turnover_growth", "4.1 percent more than a year earlier", "+4.1%"),
            F("exports_growth", "exports jumped 12.5 percent year-on-year", "+12.5%"),
            F("exports", "33.69 billion yuan", "33.69"),
            F("imports", "22.85 billion yuan", "22.85"),
        ),
        items=(
            I("reporter", "value in USD", "turnover", "", "$8.19 billion"),
            I("group:private companies", "value", "turnover", "", "21.82 billion yuan"),
            I("group:private companies", "growth", "turnover", "", "up 6.1 percent"),
            I("group:state-owned companies", "value", "turnover", "", "14.4 billion yuan"),
            I("group:state-owned companies", "growth", "turnover", "", "up 11.2 percent"),
            I("group:foreign-invested companies", "value", "turnover", "", "20.31 billion yuan"),
            I("group:foreign-invested companies", "growth", "turnover", "", "down 2.3 percent"),
            I("group:ASEAN", "value", "turnover", "", "9.53 billion yuan"),
            I("group:EU", "value", "turnover", "", "8.83 billion yuan"),
            I("partner:AU", "growth", "turnover", "", "by 70.2 percent"),
            I("partner:AU", "value", "turnover", "", "4.17 billion yuan"),
        ),
        note=(
            "33.69 + 22.85 = 56.54; 21.82 + 14.4 + 20.31 = 56.53, the three kinds of companies; "
            "a single month is the main period."
        ),
    ),
    Paragraph(
        id="en-mongolia-2018-jan-aug",
        language="en",
        region="Mongolia",
        country="MN",
        year=2018,
        period="January-August 2018",
        currency="USD",
        scale="billion",
        source_url="http://en.gmw.cn/2018-09/10/content_31089824.htm",
        text=(
            "ULAN BATOR, Sept. 10 (Xinhua) -- Customs data released on Monday show that "
            "Mongolia's foreign trade turnover reached 8.47 billion U.S. dollars in the first "
            "eight months of 2018, 23.6 percent more than a year before. In January-August "
            "exports were up 13.9 percent year on year at 4.67 billion dollars and imports up "
            "38.0 percent at 3.8 billion dollars, which left a trade surplus of 870 million "
            "dollars, the Mongolian Customs General Administration said. Higher prices of 11 "
            "locally made products lifted export earnings. The country traded with 150 countries "
            "in the eight months and exported to 147 of them, China taking over 85 percent of the "
            "total."
        ),
        figures=(
            F("turnover", "8.47 billion U.S. dollars", "8.47"),
            F("turnover_growth", "23.6 percent more than a year before", "+23.6%"),
            F("exports_growth", "exports were up 13.9 percent year on year", "+13.9%"),
            F("exports", "4.67 billion dollars", "4.67"),
            F("imports_growth", "imports up 38.0 percent", "+38.0%"),
            F("imports", "3.8 billion dollars", "3.8"),
            F("balance", "870 million dollars", "0.870"),
            F("partner_count", "150 countries", "150"),
        ),
        items=(
            I("goods:local products", "count", "exports", "", "11"),
            I("reporter", "count of export countries", "exports", "", "147"),
            I("partner:CN", "share", "exports", "", "over 85 percent"),
        ),
        note="4.67 + 3.8 = 8.47 and 4.67 - 3.8 = 0.870; a surplus in millions beside billions.",
    ),
)
