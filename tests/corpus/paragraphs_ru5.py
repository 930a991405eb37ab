"""Russian paragraphs of the reader corpus, fifth part (see :mod:`tests.corpus.model`).

Seven paragraphs written after the reader's rules for the fourth part were in place, and
measured before any rule was written for them: a second unseen sample (Tomsk and
Syktyvkar customs, Penza, Saratov, Smolensk). Every text is our own wording of a
published paragraph: the sentences are rebuilt, the figures, their number formats and
the constructions that make reading hard are kept as published.
"""

from __future__ import annotations

from tests.corpus.model import Error as E  # noqa: N817 (short names keep the data readable)
from tests.corpus.model import Figure as F  # noqa: N817 (short names keep the data readable)
from tests.corpus.model import Item as I  # noqa: N817 (short names keep the data readable)
from tests.corpus.model import Paragraph

__all__ = ["RUSSIAN_5"]

RUSSIAN_5: tuple[Paragraph, ...] = (
    Paragraph(
        id="ru-tomsk-customs-2015",
        language="ru",
        region="Томская область",
        country="RU",
        year=2015,
        period="2015",
        currency="USD",
        scale="million",
        source_url="https://vtomske.ru/amp/118291-vneshnetorgovyi-oborot-tomskoi-oblasti-upal-pochti-na-tret-v-2015-godu",
        text=(
            "Томская таможня сообщила, что в 2015 году внешнеторговый оборот Томской области "
            "составил 289,64 миллиона долларов (в физическом выражении – более 736 тысяч тонн), что "
            "на 26,8 % меньше, чем в 2014 году. Оборот сократился из-за того, что томские участники "
            "ВЭД ввезли товаров на 25,3 % меньше, а вывезли – на 27,5 % меньше. В тоннах же импорт по "
            "сравнению с 2014 годом уменьшился на 3 035 тонн, а экспорт увеличился на 34 629,8 тонны. "
            "Основу импорта составили машины, оборудование и транспортные средства, экспорта – "
            "продукция химической промышленности. Ввоз текстиля, текстильных изделий и обуви "
            "сократился на 52,6 %, продукции химической промышленности – на 39,7 %, машин, "
            "оборудования и транспортных средств – на 21,6 %; вывоз машин и оборудования снизился на "
            "41 %, химической продукции – на 36,6 %."
        ),
        figures=(
            F("turnover", "289,64 миллиона долларов", "289.64"),
            F("turnover_growth", "на 26,8 % меньше, чем в 2014 году", "-26.8%"),
            F("imports_growth", "ввезли товаров на 25,3 % меньше", "-25.3%"),
            F("exports_growth", "вывезли – на 27,5 % меньше", "-27.5%"),
        ),
        items=(
            I("reporter", "physical", "turnover", "", "более 736 тысяч тонн"),
            I("reporter", "physical change", "imports", "", "уменьшился на 3 035 тонн"),
            I("reporter", "physical change", "exports", "", "увеличился на 34 629,8 тонны"),
            I("goods:textiles", "growth", "imports", "", "сократился на 52,6 %"),
            I("goods:chemicals", "growth", "imports", "", "на 39,7 %"),
            I("goods:machinery", "growth", "imports", "", "на 21,6 %"),
            I("goods:machinery", "growth", "exports", "", "снизился на 41 %"),
            I("goods:chemicals", "growth", "exports", "", "на 36,6 %"),
        ),
        note="Tonnage beside value; the flows as verbs ('ввезли ... на 25,3 % меньше'); goods' falls.",
    ),
    Paragraph(
        id="ru-komi-customs-q1",
        language="ru",
        region="Республика Коми",
        country="RU",
        year=None,
        period="январь-март",
        currency="USD",
        scale="million",
        source_url="http://komiinform.ru/news/9388",
        text=(
            "В первом квартале этого года объем экспорта Коми почти вчетверо превысил объем "
            "импорта. Как рассказала «Комиинформу» заместитель начальника Сыктывкарской таможни по "
            "экономическим вопросам Марина Александрова, по оперативным данным в январе-марте из "
            "республики вывезено продукции на 90 миллионов долларов США – на три процента больше, чем "
            "годом ранее, а внешнеторговый оборот Коми за квартал превысил 113 миллионов долларов "
            "США. Ввоз же продукции в республику сократился более чем вдвое и составил 55 миллионов "
            "долларов США: в прошлом году основную долю импорта давало технологическое оборудование "
            "для предприятий лесной промышленности."
        ),
        figures=(
            F(
                "exports_exceed_imports_by",
                "экспорта Коми почти вчетверо превысил объем импорта",
                "4 times",
                "almost",
            ),
            F("exports", "на 90 миллионов долларов США", "90"),
            F("exports_growth", "на три процента больше", "+3%"),
            F("turnover", "превысил 113 миллионов долларов США", "113", "over"),
            F("imports_fall", "сократился более чем вдвое", "2 times", "over"),
            F("imports", "55 миллионов долларов США", "55"),
        ),
        errors=(
            E(
                "imports",
                "55",
                "about 23",
                "arithmetic",
                "exports 90 + imports 55 = 145, and 90 / 55 = 1,6; the headline's 'almost four "
                "times' gives imports of about 90 / 3,9 = 23, and 90 + 23 = 113, the turnover stated: "
                "the imports are the odd figure",
            ),
        ),
        note="Bounds only ('почти вчетверо', 'более чем вдвое', 'превысил 113'); a number in words.",
    ),
    Paragraph(
        id="ru-penza-2018-11m",
        language="ru",
        region="Пензенская область",
        country="RU",
        year=2018,
        period="январь-ноябрь 2018",
        currency="USD",
        scale="million",
        source_url="http://vch.ru/event/view.html?alias=eksport_tovarov_iz_penzenskoi_oblasti_vyros_na_276",
        text=(
            "Пресс-служба правительства Пензенской области сообщила, что за 11 месяцев 2018 года "
            "экспорт товаров из региона составил $276,4 млн долларов – на 27,6% больше, чем за тот же "
            "период 2017 года. Продукцию пензенских предприятий покупают 77 стран; в дальнее "
            "зарубежье вывезено товаров на $144,5 млн, или 52,2 % всего экспорта. Главные партнеры – "
            "Казахстан, Белоруссия, Латвия и Алжир. Внешнеторговый оборот региона при этом вырос на "
            "16,7%, до $520,5 млн."
        ),
        figures=(
            F("exports", "$276,4 млн долларов", "276.4"),
            F("exports_growth", "на 27,6% больше", "+27.6%"),
            F("turnover_growth", "вырос на 16,7%", "+16.7%"),
            F("turnover", "до $520,5 млн", "520.5"),
        ),
        items=(
            I("reporter", "count", "exports", "", "покупают 77 стран"),
            I("group:far abroad", "value", "exports", "", "на $144,5 млн"),
            I("group:far abroad", "share", "exports", "", "52,2 % всего экспорта"),
        ),
        note="A currency written twice ('$276,4 млн долларов'); a group's amount and share of exports.",
    ),
    Paragraph(
        id="ru-penza-2020-q1",
        language="ru",
        region="Пензенская область",
        country="RU",
        year=2020,
        period="январь-март 2020",
        currency="USD",
        scale="million",
        source_url="http://tv-express.ru/sobitiya/v-penzenskoj-oblasti-obem-eksporta-vyros-na-77",
        text=(
            "Глава Пензенской области написал 22 мая в Twitter, что, по данным Приволжского "
            "таможенного управления, в январе-марте 2020 г. экспорт из региона вырос на 77,4% к тому "
            "же периоду 2019 г. и составил 85,3 млн долларов, в том числе в промышленности – 61,8 млн "
            "долларов, или 190,1%. В пресс-центре облправительства уточнили, что больше всех "
            "нарастили поставки машиностроители – 38,6 млн долл. США, рост на 62,5%. Чаще всего "
            "промышленники отправляют за рубеж мебель, керамику, стекло, металлы и изделия из них. "
            "Торговыми партнерами региона в первом квартале были 56 стран, в основном из дальнего "
            "зарубежья."
        ),
        figures=(
            F("exports_growth", "вырос на 77,4%", "+77.4%"),
            F("exports", "85,3 млн долларов", "85.3"),
            F("partner_count", "56 стран", "56"),
        ),
        items=(
            I("goods:industry", "value", "exports", "", "в промышленности – 61,8 млн долларов"),
            I("goods:industry", "index", "exports", "", "или 190,1%"),
            I("goods:machinery", "value", "exports", "", "38,6 млн долл. США"),
            I("goods:machinery", "growth", "exports", "", "рост на 62,5%"),
        ),
        note="'В том числе в промышленности – ..., или 190,1%': a part's amount and index after the whole's.",
    ),
    Paragraph(
        id="ru-penza-2018",
        language="ru",
        region="Пензенская область",
        country="RU",
        year=2018,
        period="2018",
        currency="USD",
        scale="million",
        source_url="https://finance.rambler.ru/other/41939273-eksport-penzenskoy-oblasti-uvelichilsya-bolee-chem-na-20-po-itogam-2018-goda/",
        text=(
            "Пенза, 27 марта. /ТАСС/. На совещании по экспорту губернатор Пензенской области Иван "
            "Белозерцев сообщил, что в 2018 году экспорт продукции пензенских предприятий вырос почти "
            "на 21% и составил $298 млн, а импорт увеличился на 6,3%, до $272 млн; рост губернатор "
            "связал с тем, что экспортеров стало больше. Пензенские товары продаются в 79 стран, "
            "основные партнеры – Казахстан, Алжир, Белоруссия, Украина и Латвия. По данным "
            "Саратовской таможни, около 33% экспорта региона составила машиностроительная продукция, "
            "около 30% – продовольственные товары, более 15% – металлы и изделия из них. Среди "
            "крупнейших экспортеров – производитель сердечных клапанов НПП «МедИнж», который "
            "поставляет их в 35 стран мира."
        ),
        figures=(
            F("exports_growth", "вырос почти на 21%", "+21%", "almost"),
            F("exports", "$298 млн", "298"),
            F("imports_growth", "увеличился на 6,3%", "+6.3%"),
            F("imports", "до $272 млн", "272"),
        ),
        items=(
            I("reporter", "count", "exports", "", "в 79 стран"),
            I("goods:machinery", "share", "exports", "", "около 33% экспорта"),
            I("goods:food", "share", "exports", "", "около 30%"),
            I("goods:metals", "share", "exports", "", "более 15%"),
            I("company:МедИнж", "count", "exports", "", "в 35 стран мира"),
        ),
        note="A company's count of countries beside the region's; goods' shares as bounds.",
    ),
    Paragraph(
        id="ru-saratov-export-structure",
        language="ru",
        region="Саратовская область",
        country="RU",
        year=None,
        period="год (не указан)",
        currency="USD",
        scale="million",
        source_url="https://m.ru24.net/mix/393223003",
        text=(
            "Треть продукции, которую Саратовская область продает за рубеж, уходит в Азию и на "
            "Ближний Восток, рассказал министр. Еще 27,5% экспорта пришлось на страны Латинской "
            "Америки, 26,3% – на СНГ, 9,3% – на Европу и 5% – на Африку. По его словам, с 2020 года "
            "структура заметно изменилась: тогда в Европу шло 21% продукции области, в СНГ – 23%, на "
            "Ближний Восток и в Азию – 20%, в Латинскую Америку – 19%, в Африку – 3%, а в прочие "
            "страны – 14%. Поставки в страны Европы за три года сократились более чем вдвое, а в "
            "Португалию, Великобританию и Швецию не отгружается ничего. Всего торговыми партнерами "
            "Саратовской области являются 101 страна."
        ),
        figures=(F("partner_count", "101 страна", "101"),),
        items=(
            I("group:Asia and Middle East", "share", "exports", "", "Треть продукции"),
            I("group:Latin America", "share", "exports", "", "27,5% экспорта"),
            I("group:CIS", "share", "exports", "", "26,3% – на СНГ"),
            I("group:Europe", "share", "exports", "", "9,3% – на Европу"),
            I("group:Africa", "share", "exports", "", "5% – на Африку"),
            I("group:Europe", "share", "exports", "2020", "в Европу шло 21%"),
            I("group:CIS", "share", "exports", "2020", "в СНГ – 23%"),
            I("group:Asia and Middle East", "share", "exports", "2020", "в Азию – 20%"),
            I("group:Latin America", "share", "exports", "2020", "в Латинскую Америку – 19%"),
            I("group:Africa", "share", "exports", "2020", "в Африку – 3%"),
            I("group:others", "share", "exports", "2020", "в прочие страны – 14%"),
            I("group:Europe", "fall", "exports", "", "более чем вдвое"),
        ),
        note="Groups' shares of exports now and in 2020; only the partner count is the reporter's.",
    ),
    Paragraph(
        id="ru-smolensk-belarus-2013-7m",
        language="ru",
        region="Смоленская область",
        country="RU",
        year=2013,
        period="январь-июль 2013",
        currency="USD",
        scale="billion",
        source_url="",
        text=(
            "Смоленск, 22 сентября (БЕЛТА). В администрации Смоленской области сообщили, что за "
            "январь-июль 2013 года товарооборот области с Беларусью вырос по сравнению с тем же "
            "периодом 2012-го в 3,1 раза и достиг $2,8 млрд. Смоленщина традиционно входит в десятку "
            "главных российских торговых партнеров Беларуси, а столь быстрый рост позволил ей "
            "подняться на четвертое место в этом рейтинге. Структура взаимной торговли разнообразна "
            "и говорит о прочных кооперационных связях предприятий двух стран."
        ),
        figures=(),
        items=(
            I("partner:BY", "multiple", "turnover", "", "в 3,1 раза"),
            I("partner:BY", "value", "turnover", "", "$2,8 млрд"),
            I("partner:BY", "rank", "turnover", "", "на четвертое место"),
        ),
        note="No address: the report (BelTA, reprinted by 21.by) was stored by the search index without it. Trade with one partner only.",
    ),
)
