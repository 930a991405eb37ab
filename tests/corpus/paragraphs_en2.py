"""English paragraphs of the reader corpus, second part (see :mod:`tests.corpus.model`).

Paragraphs where most or all figures belong to a partner, a goods group or another
measure: the reader must keep them as typed items and give the reporter nothing.
Every text is our own wording of a published paragraph, figures kept as published.
"""

from __future__ import annotations

from tests.corpus.model import Figure as F  # noqa: N817 (short names keep the data readable)
from tests.corpus.model import Item as I  # noqa: N817 (short names keep the data readable)
from tests.corpus.model import Paragraph

__all__ = ["ENGLISH_2"]

ENGLISH_2: tuple[Paragraph, ...] = (
    Paragraph(
        id="en-gomel-2022-8m",
        language="en",
        region="Gomel Oblast",
        country="BY",
        year=2022,
        period="January-August 2022",
        currency="USD",
        scale="million",
        source_url="https://soyuz.by/en/economics/gomel-oblast-enterprises-increase-export-to-russia-by-40",
        text=(
            "In January-August 2022 companies of Gomel Oblast raised their exports to Russia by 40% "
            "and to Egypt 7.3 times on the year, Governor Andrei Konyushko told the oblast executive "
            "committee on 31 October, BelTA reports. The region's exports for the eight months came to "
            "79.2% of the level of January-August 2021: 'leave oil aside, and we have almost reached "
            "last year's level,' he said. Exports are being turned to the East and to Asia; exports to "
            "other Eastern and Asian countries grew several times, and exports of services rose by 10%. "
            "Of 134 new projects on the list, eight worth Br819 million have been carried out, creating "
            "665 jobs; 13 more should be finished by the end of the year, and the Development Bank is "
            "ready to consider loans for 21 projects in 2023, ten of them in farming."
        ),
        figures=(F("exports_index", "79.2% of the level of January-August 2021", "79.2%"),),
        items=(
            I("partner:RU", "growth", "exports", "", "by 40%"),
            I("partner:EG", "growth", "exports", "", "7.3 times"),
            I("group:East and Asia", "growth", "exports", "", "grew several times"),
            I("services", "growth", "exports", "", "rose by 10%"),
            I("projects", "count", "", "", "134 new projects"),
            I("projects", "value", "", "", "Br819 million"),
            I("jobs", "count", "", "", "665 jobs"),
            I("projects", "count", "", "2022", "13 more"),
            I("projects", "count", "", "2023", "21 projects"),
        ),
        note="One figure of the reporter's, an index; many counts and an amount in Belarusian rubles that are not trade.",
    ),
    Paragraph(
        id="en-tatarstan-germany-2019",
        language="en",
        region="Republic of Tatarstan",
        country="RU",
        year=2019,
        period="2019",
        currency="USD",
        scale="million",
        source_url="https://mpt.tatarstan.ru/eng/index.htm/news/1876283.htm",
        text=(
            "Deputy Prime Minister and Minister of Industry and Trade of Tatarstan Albert Karimov met "
            "Arno Scheyer, the Honorary Consul of Germany in Kazan, to discuss further cooperation and "
            "joint projects. Since 2014 Germany has been one of the republic's three most active partner "
            "countries, and the two sides keep widening their trade and economic ties. In 2019 trade "
            "between Tatarstan and Germany came to US$ 1.5 billion, with exports of US$ 783 million and "
            "imports of US$ 696 million."
        ),
        figures=(),
        items=(
            I(
                "partner:DE",
                "rank",
                "turnover",
                "",
                "one of the republic's three most active partner countries",
            ),
            I("partner:DE", "value", "turnover", "", "US$ 1.5 billion"),
            I("partner:DE", "value", "exports", "", "US$ 783 million"),
            I("partner:DE", "value", "imports", "", "US$ 696 million"),
        ),
        note="All figures are the trade with one partner: 783 + 696 = 1 479, about 1.5 billion.",
    ),
    Paragraph(
        id="en-tatarstan-belarus-2018",
        language="en",
        region="Republic of Tatarstan",
        country="RU",
        year=2018,
        period="2018",
        currency="USD",
        scale="billion",
        source_url="https://mpt.tatarstan.ru/eng/index.htm/news/?marker=1842",
        text=(
            "Belarus ranks fourth among the largest buyers of Tatarstan's exports and is one of the "
            "republic's strategic partners, Deputy Prime Minister Albert Karimov told 22 journalists "
            "from Russian and Belarusian media on a four-day press tour. In 2018 trade between Tatarstan "
            "and Belarus exceeded US$ 1.19 billion, 14% more than in 2017. Belarus takes 6.5% of "
            "Tatarstan's total exports and supplies 5.1% of its imports; fuel, crude oil and the "
            "products of its distillation, the core of the exports to Belarus, make up more than 60% of "
            "all exports from Tatarstan."
        ),
        figures=(),
        items=(
            I("partner:BY", "rank", "exports", "", "ranks fourth"),
            I("journalists", "count", "", "", "22 journalists"),
            I("partner:BY", "value", "turnover", "", "exceeded US$ 1.19 billion"),
            I("partner:BY", "growth", "turnover", "", "14% more"),
            I("partner:BY", "share", "exports", "", "6.5% of Tatarstan's total exports"),
            I("partner:BY", "share", "imports", "", "5.1% of its imports"),
            I("goods:fuel", "share", "exports", "", "more than 60% of all exports from Tatarstan"),
        ),
        note="The fuel share is stated of all exports although the sentence is about the exports to Belarus.",
    ),
    Paragraph(
        id="en-tatarstan-turkmenistan-2020-h1",
        language="en",
        region="Republic of Tatarstan",
        country="RU",
        year=2020,
        period="1H2020",
        currency="USD",
        scale="million",
        source_url="https://en.trend.az/business/economy/3332916.html",
        text=(
            "BAKU, November 11. Trade between Turkmenistan and Russia's Tatarstan grew despite the "
            "pandemic, Taliya Minullina, head of the Tatarstan Investment Development Agency, told "
            "Trend: it exceeded $66 million in 1H2020, almost twice as much as a year before. Imports "
            "from Turkmenistan came to $9.8 million, mostly plastics and articles of them ($ 8.4 "
            "million) and also vegetables, roots and tubers. Tatarstan's exports to Turkmenistan "
            "tripled on the year to $56.3 million, above all land vehicles for $35.7 million, rubber "
            "and its articles for $6.4 million, reactors, boilers and machinery for $6.9 million, and "
            "animal and vegetable fats and oils for $3 million."
        ),
        figures=(),
        items=(
            I("partner:TM", "value", "turnover", "", "exceeded $66 million"),
            I("partner:TM", "growth", "turnover", "", "almost twice as much"),
            I("partner:TM", "value", "imports", "", "$9.8 million"),
            I("goods:plastics", "value", "imports", "", "($ 8.4 million)"),
            I("partner:TM", "growth", "exports", "", "tripled"),
            I("partner:TM", "value", "exports", "", "$56.3 million"),
            I("goods:vehicles", "value", "exports", "", "$35.7 million"),
            I("goods:rubber", "value", "exports", "", "$6.4 million"),
            I("goods:machinery", "value", "exports", "", "$6.9 million"),
            I("goods:fats", "value", "exports", "", "$3 million"),
        ),
        note="All figures are the trade with one partner: 56.3 + 9.8 = 66.1.",
    ),
    Paragraph(
        id="en-primorye-china-2017-9m",
        language="en",
        region="Primorsky Territory",
        country="RU",
        year=2017,
        period="first nine months of 2017",
        currency="USD",
        scale="billion",
        source_url="https://sputniknews.com/russia/201801031060487154-russia-far-east-china-turnover/",
        text=(
            "VLADIVOSTOK (Sputnik). Trade between Russia's Primorsky Territory and China grew by 14 "
            "percent or $2.5 billion in the first nine months of 2017, the region's acting governor "
            "Andrei Tarasenko told Sputnik. 'We have counted only nine months and see 14-percent growth, "
            "about $2.5 billion,' he said, adding that China's share in the region's trade was 52 "
            "percent and that fish, seafood, oil products and timber were the main exports. Some 200 "
            "companies with Chinese capital work in the territory, and Chinese visitors keep coming: "
            "281,000 in 2015, 370,000 in 2016 and more than 350,000 in the first eight months of 2017; "
            "440,000-450,000 are expected in 2018."
        ),
        figures=(),
        items=(
            I("partner:CN", "growth", "turnover", "", "by 14 percent"),
            I("partner:CN", "value", "turnover", "", "$2.5 billion"),
            I("partner:CN", "share", "turnover", "", "52 percent"),
            I("companies", "count", "", "", "Some 200 companies"),
            I("visitors", "count", "", "2015", "281,000 in 2015"),
            I("visitors", "count", "", "2016", "370,000 in 2016"),
            I("visitors", "count", "", "January-August 2017", "more than 350,000"),
            I("visitors", "forecast", "", "2018", "440,000-450,000"),
        ),
        note=(
            "'grew by 14 percent or $2.5 billion' reads as if $2.5 billion were the increase; a 14% "
            "increase of $2.5 billion would mean $20 billion of trade with China, so the amount is the "
            "trade itself. Not recorded as an error: the wording is ambiguous, not a wrong figure."
        ),
    ),
    Paragraph(
        id="en-orenburg-belarus-2020",
        language="en",
        region="Orenburg Region",
        country="RU",
        year=2020,
        period="Q1 2020",
        currency="USD",
        scale="million",
        source_url="https://www.kxan36news.com/belarus-and-orenburg-oblast-discussed-prospects-of-cooperation",
        text=(
            "Belarus took 7.7 percent of the Orenburg region's foreign trade turnover in 2019 and 20.3 "
            "percent in the first quarter of 2020. Orenburg's exports of goods to Belarus came to 115.2 "
            "million dollars, much of it hydrocarbons, and for the first time the region sent Belarus "
            "3.5 thousand tons of asbestos. In return come Belarusian dump trucks that carry up to 100 "
            "tons; the Minsk tractor works and other Belarusian makers fit radiators from Orenburg."
        ),
        figures=(),
        items=(
            I("partner:BY", "share", "turnover", "2019", "7.7 percent"),
            I("partner:BY", "share", "turnover", "", "20.3 percent"),
            I("partner:BY", "value", "exports", "", "115.2 million dollars"),
            I("goods:asbestos", "physical", "exports", "", "3.5 thousand tons"),
            I("trucks", "capacity", "", "", "up to 100 tons"),
        ),
        note="The period of the 115.2 million is not stated; a truck's payload in tons is not trade.",
    ),
)
