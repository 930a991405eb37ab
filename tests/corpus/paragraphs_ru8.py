"""Russian paragraphs of the reader corpus, eighth part (see :mod:`tests.corpus.model`).

Thirteen paragraphs (and five more, the second part of the sample) written after the rules for the seventh part were in place, and
measured before any rule was written for them: a fifth unseen sample, from regional
governments, territorial statistics offices (Свердловскстат, Воронежстат, the
Krasnoyarsk office of Росстат) and regional news agencies, of Russian regions and of
Belarusian oblasts (Sverdlovsk, Saint Petersburg, Voronezh, Belgorod, Krasnoyarsk,
Novgorod; Gomel, Brest, Vitebsk), 2006 to 2024. Every text is our own wording of a
published paragraph: the sentences are rebuilt, the figures, their number formats and
the constructions that make reading hard are kept as published.
"""

from __future__ import annotations

from tests.corpus.model import Error as E  # noqa: N817 (short names keep the data readable)
from tests.corpus.model import Figure as F  # noqa: N817 (short names keep the data readable)
from tests.corpus.model import Item as I  # noqa: N817 (short names keep the data readable)
from tests.corpus.model import Paragraph

__all__ = ["RUSSIAN_8"]

RUSSIAN_8: tuple[Paragraph, ...] = (
    Paragraph(
        id="ru-sverdlovsk-2009-8m",
        language="ru",
        region="Свердловская область",
        country="RU",
        year=2009,
        period="январь-август 2009",
        currency="USD",
        scale="million",
        source_url="https://www.interfax-russia.ru/ural/news/oborot-roznichnoy-torgovli-v-sverdlovskoy-oblasti-v-yanvare-avguste-sokratilsya-na-1-6",
        text=(
            "Екатеринбург. 22 сентября. ИНТЕРФАКС-УРАЛ – По данным Свердловскстата, розничный "
            "товарооборот Свердловской области за январь-август 2009 года составил 363,7 млрд рублей "
            "и оказался на 1,6% ниже, чем за те же месяцы 2008 года; оборот общественного питания "
            "уменьшился на 8,2%, до 16,7 млрд рублей, а грузооборот транспорта – на 18,3%. Статистики "
            "сообщили также, что внешнеторговый оборот области в текущих ценах за январь-август "
            "равнялся $5 млрд 140,8 млн (снижение на 37,1%), в том числе экспорт товаров – $3 млрд "
            "792,7 млн (снижение на 36,1%), импорт – $1 млрд 348,1 млн (снижение на 39,6%). По итогам "
            "2008 года розничный оборот региона вырос на 15% – до 527,212 млрд рублей."
        ),
        figures=(
            F("turnover", "$5 млрд 140,8 млн", "5140.8"),
            F("turnover_growth", "(снижение на 37,1%)", "-37.1%"),
            F("exports", "$3 млрд 792,7 млн", "3792.7"),
            F("exports_growth", "(снижение на 36,1%)", "-36.1%"),
            F("imports", "$1 млрд 348,1 млн", "1348.1"),
            F("imports_growth", "(снижение на 39,6%)", "-39.6%"),
        ),
        items=(
            I("retail", "value", "", "", "363,7 млрд рублей"),
            I("retail", "growth", "", "", "на 1,6% ниже"),
            I("catering", "growth", "", "", "уменьшился на 8,2%"),
            I("catering", "value", "", "", "16,7 млрд рублей"),
            I("freight", "growth", "", "", "на 18,3%"),
            I("retail", "growth", "", "2008", "вырос на 15%"),
            I("retail", "value", "", "2008", "527,212 млрд рублей"),
        ),
        note=(
            "A statistics office's digest: trade between retail, catering and freight figures in "
            "roubles; compound amounts in billions and millions; changes as bracketed nouns."
        ),
    ),
    Paragraph(
        id="ru-sverdlovsk-2010-9m",
        language="ru",
        region="Свердловская область",
        country="RU",
        year=2010,
        period="январь-сентябрь 2010",
        currency="USD",
        scale="billion",
        source_url="",
        text=(
            "Екатеринбург. 23 декабря. ИНТЕРФАКС-УРАЛ – Министр международных и внешнеэкономических "
            "связей Свердловской области Александр Харлов на пресс-конференции в четверг оценил "
            "внешнеторговый оборот региона за 2010 год примерно в $11 млрд. «За девять месяцев 2010 "
            "года торговый оборот области составил порядка $9 млрд – рост больше 20%. До уровня 2008 "
            "года мы пока не дотягиваем. Думаю, год закончим где-то на $11 млрд. Экспорт, конечно, "
            "преобладает, и доля машиностроения в нем растет», – сказал он. Окончательные данные за "
            "год будут в феврале 2011 года. За девять месяцев область торговала со 120 странами. "
            "Первое место заняли США – более $1 млрд, за ними Турция ($650 млн) и Казахстан (по "
            "итогам первого полугодия $603 млн), далее Индия, Германия и Франция."
        ),
        figures=(
            F("turnover", "порядка $9 млрд", "9", "about"),
            F("turnover_growth", "рост больше 20%", "+20%", "over"),
            F("partner_count", "со 120 странами", "120"),
        ),
        items=(
            I("reporter", "forecast", "turnover", "2010", "примерно в $11 млрд"),
            I("reporter", "forecast", "turnover", "2010", "где-то на $11 млрд"),
            I("partner:US", "value", "turnover", "", "более $1 млрд"),
            I("partner:TR", "value", "turnover", "", "($650 млн)"),
            I("partner:KZ", "value", "turnover", "январь-июнь 2010", "$603 млн"),
        ),
        note=(
            "No address: the page was stored by the search index without it (Interfax-Ural, "
            "23 December 2010). The year's forecast in the headline and the quote, the nine "
            "months' actual figures between them; partners in billions and millions."
        ),
    ),
    Paragraph(
        id="ru-spb-2020-h1",
        language="ru",
        region="Санкт-Петербург",
        country="RU",
        year=2020,
        period="январь-июнь 2020",
        currency="USD",
        scale="billion",
        source_url="https://spbdnevnik.ru/news/2020-10-19/peterburg-stal-liderom-severozapada-po-obemu-eksporta",
        text=(
            "По итогам первого полугодия 2020 года Санкт-Петербург стал первым среди субъектов "
            "Северо-Западного федерального округа по объему экспорта. Как сообщили в пресс-службе "
            "Комитета по промышленной политике, инновациям и торговле, за шесть месяцев городские "
            "предприятия поставили за рубеж товаров на 10,95 миллиарда долларов – на 13,7% меньше, "
            "чем за тот же период 2019 года. Несырьевой неэнергетический экспорт при этом, несмотря на "
            "ограничения из-за пандемии, увеличился на 4,1%, до 3,56 миллиарда долларов: сюда входят "
            "легковые автомобили, оптика, медицинская техника и продукты питания. Товары петербургских "
            "предприятий уходят в 165 стран, больше всего – в Нидерланды и Германию."
        ),
        figures=(
            F("exports", "на 10,95 миллиарда долларов", "10.95"),
            F("exports_growth", "на 13,7% меньше", "-13.7%"),
        ),
        items=(
            I("reporter", "rank", "exports", "", "первым среди субъектов"),
            I("goods:non-resource", "growth", "exports", "", "увеличился на 4,1%"),
            I("goods:non-resource", "value", "exports", "", "до 3,56 миллиарда долларов"),
            I("reporter", "count", "exports", "", "в 165 стран"),
        ),
        note=(
            "A city's committee: the whole exports fell while a goods group (non-resource, "
            "non-energy) grew; the destination count is of exports, not of partners."
        ),
    ),
    Paragraph(
        id="ru-voronezh-2018",
        language="ru",
        region="Воронежская область",
        country="RU",
        year=2018,
        period="2018",
        currency="USD",
        scale="million",
        source_url="https://m.riavrn.ru/news/obem-eksporta-voronezhskoy-oblasti-v-2018-godu-uvelichilsya-na-19-3/",
        text=(
            "По данным Воронежстата, в 2018 году внешнеторговый оборот Воронежской области уменьшился "
            "на 4,8% по сравнению с 2017 годом (2497 млн долларов). Экспорт за год увеличился на 19,3% и "
            "составил 1570 млн долларов, а импорт сократился на 29,1%, до 927 млн долларов, сообщила во "
            "вторник, 7 мая, пресс-служба ведомства. На экспорт пришлось около 62,9% внешнеторгового "
            "оборота, на импорт – 37,1%; по сравнению с 2017 годом доля экспорта уменьшилась на 12,7%. "
            "В страны дальнего зарубежья область вывезла товаров на 999 млн долларов, в страны СНГ – на "
            "571,4 млн долларов. Внешнеторговые связи область поддерживает со 122 странами. Больше "
            "всего экспорта пришлось на Украину – 23,7%, затем на ОАЭ (около 8,8%) и Латвию (порядка "
            "5,9%); главными поставщиками стали Китай (20,1%), Белоруссия (19,8%) и Германия (12,3%). "
            "По обороту внешней торговли товарами область в 2018 году заняла восьмое место, а в 2017 "
            "году была седьмой."
        ),
        figures=(
            F("turnover_growth", "уменьшился на 4,8%", "-4.8%"),
            F("turnover", "(2497 млн долларов)", "2497"),
            F("exports_growth", "увеличился на 19,3%", "+19.3%"),
            F("exports", "1570 млн долларов", "1570"),
            F("imports_growth", "сократился на 29,1%", "-29.1%"),
            F("imports", "до 927 млн долларов", "927"),
            F("exports_share", "около 62,9%", "62.9%", "about"),
            F("imports_share", "на импорт – 37,1%", "37.1%"),
            F("partner_count", "со 122 странами", "122"),
        ),
        items=(
            I("reporter", "share change", "exports", "", "доля экспорта уменьшилась на 12,7%"),
            I("group:far abroad", "value", "exports", "", "на 999 млн долларов"),
            I("group:CIS", "value", "exports", "", "571,4 млн долларов"),
            I("partner:UA", "share", "exports", "", "на Украину – 23,7%"),
            I("partner:AE", "share", "exports", "", "(около 8,8%)"),
            I("partner:LV", "share", "exports", "", "(порядка 5,9%)"),
            I("partner:CN", "share", "imports", "", "Китай (20,1%)"),
            I("partner:BY", "share", "imports", "", "Белоруссия (19,8%)"),
            I("partner:DE", "share", "imports", "", "Германия (12,3%)"),
            I("reporter", "rank", "turnover", "", "восьмое место"),
            I("reporter", "rank", "turnover", "2017", "седьмой"),
        ),
        errors=(
            E(
                "item:reporter:share change",
                "доля экспорта уменьшилась на 12,7%",
                "rose by about 12.7 points (from about 50.2% in 2017 to 62.9%)",
                "item",
                "exports grew 19,3% and imports fell 29,1%, so 2017 had exports about 1316 and "
                "imports about 1307.5 of a turnover about 2623.5: the export share was about 50.2% "
                "and rose to 62.9%; the change is an increase, published as a fall",
            ),
        ),
        note=(
            "The turnover's amount in brackets after its change; a share's change in percent that "
            "has the wrong direction (an item's error: the reporter's own figures are consistent)."
        ),
    ),
    Paragraph(
        id="ru-belgorod-belarus-5m",
        language="ru",
        region="Белгородская область",
        country="RU",
        year=None,
        period="январь-май (год не указан)",
        currency="USD",
        scale="million",
        source_url="http://afnfn.com/news/i/32295",
        text=(
            "Заместитель губернатора Белгородской области Олег Полухин сообщил в среду журналистам, что "
            "за последние три года внешнеторговый оборот между Беларусью и Белгородской областью "
            "достиг 24 млн долларов США. По его словам, в январе-мае нынешнего года российский регион "
            "поставил в Беларусь товаров на 2,9 млн долларов, а импорт из нее в шесть раз превысил "
            "экспорт, достигнув 11 млн. «Есть основания полагать, что в этом году цифры будут больше "
            "прошлогодних», – сказал он. Белгородская область продает в Беларусь черные металлы и "
            "цемент; в регионе работают около 20 предприятий, созданных вместе с белорусскими "
            "партнерами."
        ),
        figures=(),
        items=(
            I("partner:BY", "value", "turnover", "три года", "24 млн долларов США"),
            I("partner:BY", "value", "exports", "", "на 2,9 млн долларов"),
            I("partner:BY", "multiple", "imports over exports", "", "в шесть раз превысил"),
            I("partner:BY", "value", "imports", "", "11 млн"),
            I("companies", "count", "", "", "около 20 предприятий"),
        ),
        errors=(
            E(
                "item:partner:BY:multiple",
                "импорт из нее в шесть раз превысил экспорт",
                "about 3.8 times (11 / 2,9)",
                "item",
                "imports of 11 million against exports of 2,9 million are about 3,8 times the "
                "exports, not six times",
            ),
        ),
        note=(
            "All figures are the trade with one partner (Belarus): the reader must give the "
            "reporter none; the partner's multiple does not fit its amounts."
        ),
    ),
    Paragraph(
        id="ru-krasnoyarsk-2009-q1",
        language="ru",
        region="Красноярский край",
        country="RU",
        year=2009,
        period="I квартал 2009",
        currency="USD",
        scale="million",
        source_url="https://press-line.ru/news/2009/05/shvejtsariya-stala-glavny-m-vneshnetorgovy-m-partnerom-krasnoyarskogo",
        text=(
            "Главным внешнеторговым партнером Красноярского края стала Швейцария. Как следует из данных "
            "территориального органа Росстата, за первый квартал 2009 года товарооборот с этой страной "
            "составил 189,4 млн долларов: экспорт края – 189 млн, импорт – 0,4 млн. На втором месте по "
            "значению для региона Германия, оборот с которой достиг 137,1 млн, причем баланс для края "
            "резко отрицательный: экспорт 9,3 млн, а импорт – 127,8 млн. В число главных партнеров края "
            "входят также Китай (117,8 млн) и США (117,7 млн), а из государств СНГ – Казахстан (53,7 "
            "млн)."
        ),
        figures=(),
        items=(
            I("partner:CH", "value", "turnover", "", "189,4 млн долларов"),
            I("partner:CH", "value", "exports", "", "экспорт края – 189 млн"),
            I("partner:CH", "value", "imports", "", "импорт – 0,4 млн"),
            I("partner:DE", "rank", "turnover", "", "На втором месте"),
            I("partner:DE", "value", "turnover", "", "137,1 млн"),
            I("partner:DE", "value", "exports", "", "экспорт 9,3 млн"),
            I("partner:DE", "value", "imports", "", "127,8 млн"),
            I("partner:CN", "value", "turnover", "", "Китай (117,8 млн)"),
            I("partner:US", "value", "turnover", "", "США (117,7 млн)"),
            I("partner:KZ", "value", "turnover", "", "Казахстан (53,7 млн)"),
        ),
        note=(
            "A statistics office's partner list: 'экспорт края' and 'баланс для края' name the "
            "reporter but measure its trade with one partner; the reporter has no figure."
        ),
    ),
    Paragraph(
        id="ru-gomel-2022-11m",
        language="ru",
        region="Гомельская область",
        country="BY",
        year=2022,
        period="январь-ноябрь 2022",
        currency="USD",
        scale="billion",
        source_url="http://www.belta.by/regions/view/eksport-uslug-gomelskoj-oblasti-vyros-na-105-v-2022-godu-546643-2023/",
        text=(
            "Гомель, 26 января /Корр. БЕЛТА/. Экспорт услуг Гомельской области за январь-ноябрь 2022 "
            "года вырос: темп роста составил 110,5% к тому же периоду 2021-го, сообщил заместитель "
            "председателя облисполкома Андрей Конюшко на заседании по итогам года. «Экспорт услуг "
            "обеспечен в сумме Br465,7 млн с темпом роста 110,5%, и сделали это предприятия всех форм "
            "собственности», – сказал он. Коммунальные организации показали темп 139,6%. Что касается "
            "товаров, то их поставки на экспорт за январь-ноябрь составили без малого $4 млрд. Чтобы "
            "возместить потери на рынках Евросоюза и Украины, предприятия области нарастили "
            "присутствие в России."
        ),
        figures=(F("exports", "без малого $4 млрд", "4", "almost"),),
        items=(
            I("services", "index", "exports", "", "темп роста составил 110,5%"),
            I("services", "value", "exports", "", "Br465,7 млн"),
            I("services", "index", "exports", "", "с темпом роста 110,5%"),
            I("communal", "index", "exports", "", "темп 139,6%"),
        ),
        note=(
            "The headline and the quote are about services (in Belarusian roubles); the goods "
            "exports, the reporter's trade figure, come last and as a bound ('без малого')."
        ),
    ),
    Paragraph(
        id="ru-brest-2022-5m",
        language="ru",
        region="Брестская область",
        country="BY",
        year=2022,
        period="январь-май 2022",
        currency="USD",
        scale="billion",
        source_url="https://belta.by/special/regions/view/eksport-tovarov-brestskoj-oblasti-za-janvar-maj-vyros-na-115-517135-2022",
        text=(
            "Брест, 4 августа /Корр. БЕЛТА/. За январь-май Брестская область нарастила экспорт товаров "
            "на 11,5%, сообщил на заседании облисполкома заместитель его председателя Дмитрий "
            "Городецкий. «Внешнеэкономические результаты этого года складывались, когда с отдельными "
            "партнерами менялись торговые режимы. И все же за пять месяцев объем экспорта товаров вырос "
            "на 11,5% и составил более $1,3 млрд. По ЕС в целом прирост – 37%, хотя по отдельным странам "
            "(Германия, Нидерланды, Бельгия) поставки снизились примерно на 18%. Общие потери по этим "
            "направлениям, около $70 млн, мы возместили, нарастив поставки в Россию с темпом роста почти "
            "113% и в страны дальней дуги (117%)», – сказал он. До конца года экспорт в Россию области "
            "поручено довести до 130%."
        ),
        figures=(
            F("exports_growth", "нарастила экспорт товаров на 11,5%", "+11.5%"),
            F("exports_growth", "вырос на 11,5%", "+11.5%"),
            F("exports", "более $1,3 млрд", "1.3", "over"),
        ),
        items=(
            I("group:EU", "growth", "exports", "", "прирост – 37%"),
            I("partners:DE,NL,BE", "growth", "exports", "", "снизились примерно на 18%"),
            I("partners:DE,NL,BE", "change", "exports", "", "около $70 млн"),
            I("partner:RU", "index", "exports", "", "почти 113%"),
            I("group:far arc", "index", "exports", "", "(117%)"),
            I("target", "index", "exports to RU", "2022", "до 130%"),
        ),
        note="A growth stated twice; partners' and groups' rates as indices; a target index.",
    ),
    Paragraph(
        id="ru-brest-2024-9m",
        language="ru",
        region="Брестская область",
        country="BY",
        year=2024,
        period="январь-сентябрь 2024",
        currency="USD",
        scale="unit",
        source_url="https://pol.belta.by/politics/view/obwod-brzeski-zwiekszyl-eksport-towarow-o-9-w-tym-roku-10567-2024",
        text=(
            "Брестская область за январь – сентябрь нарастила экспорт товаров более чем на 9 % к тому "
            "же периоду 2023-го, сообщил на заседании облисполкома его председатель Петр Пархомчик, "
            "передает БЕЛТА. По его словам, область выполняет почти все доведенные показатели, кроме "
            "инвестиций: в привлечении капитала динамика положительная, но по итогам года их темп "
            "роста ожидается на уровне 97 % к прошлому году. «По ВРП динамика хорошая. Нам планировали "
            "103,3 %, мы находимся на уровне 104,4 % и уверены, что в интервале 104 %–104,3 % год и "
            "завершим, – сказал Пархомчик. – Если брать экспорт товаров (пока есть итоги за девять "
            "месяцев), темп роста 109,2 %, по услугам – 111 %»."
        ),
        figures=(
            F("exports_growth", "более чем на 9 %", "+9%", "over"),
            F("exports_index", "темп роста 109,2 %", "109.2%"),
        ),
        items=(
            I("investment", "forecast index", "", "2024", "на уровне 97 %"),
            I("GRP", "target index", "", "", "103,3 %"),
            I("GRP", "index", "", "", "104,4 %"),
            I("GRP", "forecast index", "", "2024", "104 %–104,3 %"),
            I("services", "index", "exports", "", "по услугам – 111 %"),
        ),
        note=(
            "The Russian release was stored without its address; the source is the same BelTA "
            "story in Polish. Indices of GRP, investment and services around the goods exports' "
            "growth and index; percent signs after a space."
        ),
    ),
    Paragraph(
        id="ru-gomel-2024",
        language="ru",
        region="Гомельская область",
        country="BY",
        year=2024,
        period="2024",
        currency="USD",
        scale="billion",
        source_url="https://narovlya.by/novosti/obschestvo/po-tovaram-75-stran-po-uslugam-119-krupko-o-geografii-eksporta-gomelskoj-oblasti",
        text=(
            "Предприятия и организации Гомельской области экспортировали в 2024 году товаров и услуг "
            "почти на $4,5 млрд, сообщил председатель облисполкома Иван Крупко на сессии областного "
            "Совета депутатов, передает корреспондент БЕЛТА. Экономика области экспортно "
            "ориентирована: «Больше половины произведенной продукции поставляется на внешние рынки», – "
            "уточнил глава региона. «География поставок: по товарам это 75 стран, по услугам – 119 "
            "стран мира. Основные направления – рынок России, страны-партнеры по ЕАЭС и Китай; есть "
            "гомельская продукция и в Африке», – сказал Крупко."
        ),
        figures=(F("exports", "почти на $4,5 млрд", "4.5", "almost"),),
        items=(
            I("reporter", "count", "exports", "", "по товарам это 75 стран"),
            I("services", "count", "exports", "", "по услугам – 119"),
        ),
        note=(
            "Exports of goods and services together, as a bound; destination counts for goods and "
            "for services (not trade partners); 'больше половины продукции' is not a trade share."
        ),
    ),
    Paragraph(
        id="ru-novgorod-belarus-2006",
        language="ru",
        region="Новгородская область",
        country="RU",
        year=2006,
        period="2006",
        currency="USD",
        scale="million",
        source_url="http://severinform.ru/?date=21-09-2006&newsid=27179&page=newsfull",
        text=(
            "Товарооборот Новгородской области с Белоруссией «абсолютно низкий и не отвечает развитию "
            "белорусской экономики», заявил журналистам в Великом Новгороде 21 сентября премьер-министр "
            "Белоруссии Сергей Сидорский, сообщает корреспондент ИА REGNUM. По его словам, товарооборот "
            "Белоруссии с Москвой превышает 80 млн. долларов, а с Новгородской областью составляет "
            "около 50 млн. долларов. Первый вице-губернатор Александр Бойцов сказал, что по "
            "товарообороту с Белоруссией область сейчас занимает 30 место среди регионов России и готова "
            "наращивать взаимные поставки."
        ),
        figures=(),
        items=(
            I("region:Moscow", "value", "turnover with BY", "", "превышает 80 млн. долларов"),
            I("partner:BY", "value", "turnover", "", "около 50 млн. долларов"),
            I("reporter", "rank", "turnover with BY", "", "30 место среди регионов России"),
        ),
        note=(
            "A partner's premier speaks: the partner's trade with another region and with the "
            "reporter, and the reporter's rank among regions in that trade; no reporter figure."
        ),
    ),
    Paragraph(
        id="ru-sverdlovsk-2020",
        language="ru",
        region="Свердловская область",
        country="RU",
        year=2020,
        period="2020",
        currency="USD",
        scale="billion",
        source_url="https://expert-ural.com/news/sverdlovskaya-oblast-v-2020-godu-voshla-v-troyku-r.html",
        text=(
            "По динамике экспорта Свердловская область вошла в 2020 году в тройку регионов-лидеров: "
            "вывезено товаров на 7,6 млрд долларов, на 4% больше, чем годом раньше. Внешнеторговый "
            "оборот в целом тоже вырос на 4% – до 12,6 млрд долларов. Главные страны-контрагенты – "
            "Китай, Германия, Казахстан, США и Турция, сообщает департамент информационной политики "
            "губернатора со ссылкой на Российский экспортный центр. Рост экспорта обеспечили прежде "
            "всего поставки машиностроительной продукции, в том числе медицинской техники: ее купили "
            "Босния и Герцеговина, Индонезия, Казахстан, Сербия и Узбекистан. По продажам дыхательной "
            "аппаратуры регион вышел на первое место в стране."
        ),
        figures=(
            F("exports", "на 7,6 млрд долларов", "7.6"),
            F("exports_growth", "на 4% больше", "+4%"),
            F("turnover_growth", "тоже вырос на 4%", "+4%"),
            F("turnover", "до 12,6 млрд долларов", "12.6"),
        ),
        items=(
            I("reporter", "rank", "exports growth", "", "в тройку регионов-лидеров"),
            I("goods:breathing apparatus", "rank", "exports", "", "на первое место в стране"),
        ),
        note="Ranks of the reporter and of a goods group beside its figures; 'тоже вырос' carries the rate.",
    ),
    Paragraph(
        id="ru-vitebsk-russia-2012",
        language="ru",
        region="Витебская область",
        country="BY",
        year=2012,
        period="2012",
        currency="USD",
        scale="billion",
        source_url="https://nspaper.by/2013/04/01/druzhba-i-partnerstvo-dayut-plody.html",
        text=(
            "В прошлом году внешнеторговый оборот Витебщины с Российской Федерацией составил около 6 "
            "млрд. долларов и по сравнению с 2011-м вырос почти на 22%. Россия – самый активный деловой "
            "партнер области: на нее приходится 66% всего товарооборота. Больше всего соседи покупают "
            "белорусскую мясо-молочную продукцию, на которую приходится более 24% экспорта, а также "
            "пластмассы, полиэтилен, текстиль, машины, оборудование и нефтепродукты. Из России область "
            "ввозит прежде всего нефть (86% всего импорта), химическую продукцию и металлы. Область "
            "сотрудничает со всеми федеральными округами России и с 78 регионами; в четверку главных "
            "покупателей входят Московская область и Москва, Смоленская область и Санкт-Петербург."
        ),
        figures=(),
        items=(
            I("partner:RU", "value", "turnover", "", "около 6 млрд. долларов"),
            I("partner:RU", "growth", "turnover", "", "вырос почти на 22%"),
            I("partner:RU", "share", "turnover", "", "66% всего товарооборота"),
            I("goods:meat and dairy", "share", "exports to RU", "", "более 24% экспорта"),
            I("goods:oil", "share", "imports from RU", "", "(86% всего импорта)"),
            I("regions of RU", "count", "", "", "с 78 регионами"),
        ),
        note=(
            "Everything is the trade with Russia: its turnover, growth and share of the "
            "reporter's turnover, goods' shares of the trade with it; the reporter has no figure."
        ),
    ),
    Paragraph(
        id="ru-tula-2020-q1",
        language="ru",
        region="Тульская область",
        country="RU",
        year=2020,
        period="январь-март 2020",
        currency="USD",
        scale="million",
        source_url="https://www.rusexporter.ru/news/detail/11306/",
        text=(
            "По итогам первого квартала 2020 года Тульская область экспортировала товаров на 827,5 млн "
            "долларов – на 17,3% больше, чем за тот же период 2019 года. Главными покупателями "
            "тульской продукции стали Германия, Китай, Индия и страны Ближнего Востока. В экспорте "
            "преобладают черные металлы и сплавы из них, химическая продукция и системы вооружения, а "
            "на гражданское машиностроение и сельское хозяйство приходится всего 5-7% поставок. Импорт "
            "области в январе-марте 2020 года составил 236,8 млн долларов (–8,2%); больше 40% ввоза "
            "приходится на машиностроительную продукцию, прежде всего станки и системы управления для "
            "модернизации производств."
        ),
        figures=(
            F("exports", "на 827,5 млн долларов", "827.5"),
            F("exports_growth", "на 17,3% больше", "+17.3%"),
            F("imports", "236,8 млн долларов", "236.8"),
            F("imports_growth", "(–8,2%)", "-8.2%"),
        ),
        items=(
            I("goods:civil machinery and farming", "share", "exports", "", "5-7% поставок"),
            I("goods:machinery", "share", "imports", "", "больше 40% ввоза"),
        ),
        note="A fall as a signed percent in brackets (an en dash for the minus); goods' shares as a range and a bound.",
    ),
    Paragraph(
        id="ru-tula-customs-2017-q1",
        language="ru",
        region="Тульская таможня (Тульская и Рязанская области)",
        country="RU",
        year=2017,
        period="январь-март 2017",
        currency="USD",
        scale="million",
        source_url="https://www.interfax-russia.ru/center/news/vneshnetorgovyy-oborot-v-zone-otvetstvennosti-tulskoy-tamozhni-v-i-kvartale-uvelichilsya-na-30",
        text=(
            "Тула. 13 апреля. ИНТЕРФАКС-ЦЕНТР – В январе-марте 2017 года внешнеторговый оборот в зоне "
            "деятельности Тульской таможни, куда входят Тульская и Рязанская области, составил $897 "
            "млн, сообщила пресс-служба таможни. К первому кварталу 2016 года оборот вырос на 30,3%. На "
            "страны дальнего зарубежья пришлось $808 млн, на страны СНГ – $89 млн. Грузооборот товаров "
            "за январь-март составил 1 млн 455 тыс. тонн (рост на 13,6%). Вывозили в основном металлы "
            "и изделия из них, химическую и машиностроительную продукцию, продовольствие и сырье для "
            "него, кожевенное сырье и пушнину. Внешнеэкономической деятельностью в зоне таможни в этот "
            "период занимались 404 участника (в I квартале 2016 года – 153), оформлено 13,34 тыс. "
            "деклараций на товары (рост в 3,35 раза)."
        ),
        figures=(
            F("turnover", "$897 млн", "897"),
            F("turnover_growth", "оборот вырос на 30,3%", "+30.3%"),
        ),
        items=(
            I("group:far abroad", "value", "turnover", "", "$808 млн"),
            I("group:CIS", "value", "turnover", "", "$89 млн"),
            I("reporter", "physical", "turnover", "", "1 млн 455 тыс. тонн"),
            I("reporter", "physical growth", "turnover", "", "(рост на 13,6%)"),
            I("participants", "count", "", "", "404 участника"),
            I("participants", "count", "", "I квартал 2016", "– 153"),
            I("declarations", "count", "", "", "13,34 тыс. деклараций"),
            I("declarations", "multiple", "", "", "(рост в 3,35 раза)"),
        ),
        note=(
            "A customs area of two regions; tonnage in millions and thousands of tonnes, counts of "
            "participants and declarations with their own growth as a multiple."
        ),
    ),
    Paragraph(
        id="ru-ivanovo-2018-01",
        language="ru",
        region="Ивановская область",
        country="RU",
        year=2018,
        period="январь 2018",
        currency="USD",
        scale="million",
        source_url="https://vek.news/news/12822",
        text=(
            "По данным Федеральной таможенной службы, в январе 2018 года внешнеторговый оборот "
            "предприятий, зарегистрированных в Ивановской области, составил 46,65 млн долларов США – на "
            "0,1 процента больше, чем в январе прошлого года. Ивановские предприятия экспортировали "
            "товаров на 10,45 млн долларов, а импортировали – на 36,2 млн долларов. На внешнюю торговлю "
            "влияет курс рубля: в январе 2017 года доллар стоил 58–59 рублей, в январе 2018 года – 56–57 "
            "рублей, так что экспортерам стало чуть хуже, а импортерам – чуть лучше. Любопытно, что "
            "оборот с Украиной вырос за год более чем втрое – с 489 тыс. долларов до 1,53 млн долларов: "
            "экспорт на Украину удвоился, импорт из Украины увеличился в шесть раз."
        ),
        figures=(
            F("turnover", "46,65 млн долларов США", "46.65"),
            F("turnover_growth", "на 0,1 процента больше", "+0.1%"),
            F("exports", "на 10,45 млн долларов", "10.45"),
            F("imports", "на 36,2 млн долларов", "36.2"),
        ),
        items=(
            I("exchange rate", "value", "", "январь 2017", "58–59 рублей"),
            I("exchange rate", "value", "", "", "56–57 рублей"),
            I("partner:UA", "multiple", "turnover", "", "более чем втрое"),
            I("partner:UA", "previous", "turnover", "январь 2017", "489 тыс. долларов"),
            I("partner:UA", "value", "turnover", "", "1,53 млн долларов"),
            I("partner:UA", "multiple", "exports", "", "удвоился"),
            I("partner:UA", "multiple", "imports", "", "в шесть раз"),
        ),
        note=(
            "Exchange rates in roubles as ranges beside the trade; a partner's turnover in "
            "thousands and millions with its multiple; flows as verbs ('экспортировали ... "
            "импортировали')."
        ),
    ),
    Paragraph(
        id="ru-kurgan-2022",
        language="ru",
        region="Курганская область",
        country="RU",
        year=2022,
        period="2022",
        currency="USD",
        scale="unit",
        source_url="https://amp.ura.news/news/1052624257",
        text=(
            "Заместитель губернатора Курганской области по экономической политике Владимир Архипов в "
            "прямом эфире во «ВКонтакте» рассказал, что экспорт региона растет назло санкциям. «По "
            "итогам 2022 года экспорт из Курганской области вырос на 22%. В страны СНГ он увеличился на "
            "29%, в страны дальнего зарубежья – на 14%: это Китай, ОАЭ и Мексика», – сказал он. По его "
            "словам, больше товаров продано в Казахстан, Беларусь, Киргизию и Азербайджан. Кроме того, "
            "по индексу сельскохозяйственного производства Курганская область, по словам Архипова, "
            "занимает первое место в России."
        ),
        figures=(F("exports_growth", "вырос на 22%", "+22%"),),
        items=(
            I("group:CIS", "growth", "exports", "", "увеличился на 29%"),
            I("group:far abroad", "growth", "exports", "", "на 14%"),
            I("reporter", "rank", "farm output index", "", "первое место в России"),
        ),
        note="Groups' growths after the reporter's, one by a pronoun ('он'); a rank of another measure.",
    ),
    Paragraph(
        id="ru-aktobe-russia-2017",
        language="ru",
        region="Актюбинская область",
        country="KZ",
        year=2017,
        period="2017",
        currency="USD",
        scale="million",
        source_url="http://m.diapazon.kz/kazakhstan/kaz-othernews/101030-saparbaev-vstretilsya-s-gubernatorom-orenburgskoy-oblasti.html",
        text=(
            "19 мая аким Актюбинской области Бердыбек Сапарбаев встретился с губернатором Оренбургской "
            "области Юрием Бергом: они подвели итоги и обсудили дальнейшее сотрудничество. «Оренбуржье "
            "– важнейший торговый партнер Актюбинской области. В 2017 году внешнеторговый оборот с "
            "Российской Федерацией составил 1124,8 млн. долл. США, из них на Оренбургскую область "
            "пришлось 89,5 млн. долл. США. Из 1084 предприятий с иностранным участием, работающих в "
            "области, у 534 есть российский капитал», – говорится в сообщении облакимата. Вырос "
            "экспорт на российский рынок хромовых и медно-цинковых концентратов, неметаллических труб, "
            "блоков из ячеистого бетона и химической продукции."
        ),
        figures=(),
        items=(
            I("partner:RU", "value", "turnover", "", "1124,8 млн. долл. США"),
            I("region:Orenburg", "value", "turnover", "", "89,5 млн. долл. США"),
            I("companies", "count", "", "", "1084 предприятий"),
            I("companies", "count", "", "", "у 534"),
        ),
        note=(
            "A Kazakh region's trade with Russia and with one Russian region; counts of companies; "
            "the reporter has no figure."
        ),
    ),
    Paragraph(
        id="ru-leningrad-2009-forecast",
        language="ru",
        region="Ленинградская область",
        country="RU",
        year=2009,
        period="2009 (прогноз)",
        currency="USD",
        scale="million",
        source_url="https://47news.ru/articles/28523/",
        text=(
            "По итогам 2009 года власти Ленинградской области ожидают, что экспорт снизится на 20% – до "
            "9 млрд 271,4 млн долл. Эти данные вице-губернатор Григорий Двас привел сегодня на "
            "заседании регионального правительства, передает РБК. В 2010 году, по прогнозу областного "
            "правительства, экспорт составит 9 млрд 317,8 млн долл., в 2011 году – 9 млрд 532,1 млн "
            "долл., в 2012 году – 9 млрд 779,9 млн долл. Импорт по итогам текущего года, как "
            "прогнозируется, уменьшится к 2008 году на 15% и составит 7 млрд 425,5 млн долл.; в 2010 "
            "году его ждут на уровне 7 млрд 611,1 млн долл., в 2011 году – 8 млрд 14,5 млн долл., в "
            "2012 году – 8 млрд 565,9 млн долл."
        ),
        figures=(),
        items=(
            I("reporter", "forecast growth", "exports", "2009", "снизится на 20%"),
            I("reporter", "forecast", "exports", "2009", "9 млрд 271,4 млн долл"),
            I("reporter", "forecast", "exports", "2010", "9 млрд 317,8 млн долл"),
            I("reporter", "forecast", "exports", "2011", "9 млрд 532,1 млн"),
            I("reporter", "forecast", "exports", "2012", "9 млрд 779,9 млн"),
            I("reporter", "forecast growth", "imports", "2009", "на 15%"),
            I("reporter", "forecast", "imports", "2009", "7 млрд 425,5 млн долл"),
            I("reporter", "forecast", "imports", "2010", "7 млрд 611,1 млн долл"),
            I("reporter", "forecast", "imports", "2011", "8 млрд 14,5 млн долл"),
            I("reporter", "forecast", "imports", "2012", "8 млрд 565,9 млн долл"),
        ),
        note=(
            "Every figure is a forecast (the year not yet over, and three years ahead): the "
            "reporter has no figure for the main period; '8 млрд 14,5 млн' is 8014,5 million."
        ),
    ),
    Paragraph(
        id="ru-belgorod-belarus-2009-5m",
        language="ru",
        region="Белгородская область",
        country="RU",
        year=2009,
        period="январь-май 2009",
        currency="USD",
        scale="million",
        source_url="https://regnum.ru/news/1183727",
        text=(
            "Как сообщило ИА «Бел.Ру», в январе-мае 2009 года Белгородская область вывезла в Белоруссию "
            "товаров на 32 927 миллионов долларов США. Больше всего в поставках черных металлов – "
            "56,64%: их отправили в Белоруссию 64.003,5 тонны. На жиры и масла животного или "
            "растительного происхождения пришлось 16,39% поставок, на энергетическое оборудование и "
            "механические устройства – 13,39%."
        ),
        figures=(),
        items=(
            I("partner:BY", "value", "exports", "", "на 32 927 миллионов долларов США"),
            I("goods:ferrous metals", "share", "exports to BY", "", "56,64%"),
            I("goods:ferrous metals", "physical", "exports to BY", "", "64.003,5 тонны"),
            I("goods:fats and oils", "share", "exports to BY", "", "16,39% поставок"),
            I("goods:power equipment", "share", "exports to BY", "", "13,39%"),
        ),
        errors=(
            E(
                "item:partner:BY:value",
                "32 927 миллионов долларов США",
                "32,927 million (about 32.9 million)",
                "item",
                "32 927 million dollars would be about 33 billion, more than the region's whole "
                "trade; the figure is 32,927 million (thousands separated by a comma lost in "
                "publication), as the tonnage of 64 thousand tonnes of metals also shows",
            ),
        ),
        note=(
            "Exports to one partner only, with a scale slip ('32 927 миллионов') and a tonnage "
            "with a point for thousands and a comma for decimals ('64.003,5 тонны')."
        ),
    ),
    Paragraph(
        id="ru-grodno-2021-h1",
        language="ru",
        region="Гродненская область",
        country="BY",
        year=2021,
        period="январь-июнь 2021",
        currency="USD",
        scale="billion",
        source_url="https://gosn.by/index.php/novosti/929-eksport-tovarov-grodnenskoj-oblasti-v-pervom-polugodii-uvelichilsya-bolee-chem-na-30.html",
        text=(
            "Гродненская область за шесть месяцев 2021 года нарастила экспорт товаров более чем на "
            "треть, сообщил журналистам председатель облисполкома Владимир Караник, передает "
            "корреспондент БЕЛТА: экспорт товаров в первом полугодии вырос более чем на 30% и составил "
            "около $1,2 млрд. На заседании облисполкома подвели итоги социально-экономического "
            "развития за полугодие. «Регион сработал хорошо: валовой региональный продукт вырос на "
            "7,1%, поступления в бюджет – более чем на 4%, что позволило выполнить все социальные "
            "обязательства и профинансировать запланированные инфраструктурные проекты», – отметил "
            "Караник."
        ),
        figures=(
            F("exports_growth", "нарастила экспорт товаров более чем на треть", "+33.3%", "over"),
            F("exports_growth", "вырос более чем на 30%", "+30%", "over"),
            F("exports", "около $1,2 млрд", "1.2", "about"),
        ),
        items=(
            I("GRP", "growth", "", "", "вырос на 7,1%"),
            I("budget revenue", "growth", "", "", "более чем на 4%"),
        ),
        note="A growth as a fraction in words and as a percent; GRP and budget growths after the trade.",
    ),
    Paragraph(
        id="ru-kurgan-5m",
        language="ru",
        region="Курганская область",
        country="RU",
        year=None,
        period="январь-май (год не указан)",
        currency="USD",
        scale="unit",
        source_url="https://kommersant.ru/amp/6150239",
        text=(
            "В январе-мае экспорт предприятий Курганской области вырос на 1,3% к тому же периоду "
            "прошлого года. Об этом говорили на общем собрании регионального Союза промышленников и "
            "предпринимателей и на заседании экспертного совета по предпринимательству, которые провел "
            "замгубернатора Сергей Гаврин, сообщает правительство области. В страны СНГ уходит 70% "
            "продукции; поставки в Казахстан зауральские производители удвоили, в Белоруссию – "
            "увеличили на 13%, выросли также поставки в Киргизию, Узбекистан и ОАЭ. По словам "
            "директора департамента экономического развития Владимира Ковалева, 38% экспорта приходится "
            "на продовольственные товары и сырье для них, 29% – на машины, оборудование и транспортные "
            "средства, 18% – на металлы и изделия из них, 12% – на древесину и целлюлозно-бумажные "
            "изделия, 0,7% – на химическую продукцию и 2% – на прочие товары."
        ),
        figures=(F("exports_growth", "вырос на 1,3%", "+1.3%"),),
        items=(
            I("group:CIS", "share", "exports", "", "70% продукции"),
            I("partner:KZ", "multiple", "exports", "", "удвоили"),
            I("partner:BY", "growth", "exports", "", "увеличили на 13%"),
            I("goods:food", "share", "exports", "", "38% экспорта"),
            I("goods:machinery", "share", "exports", "", "29%"),
            I("goods:metals", "share", "exports", "", "18%"),
            I("goods:timber and paper", "share", "exports", "", "12%"),
            I("goods:chemicals", "share", "exports", "", "0,7%"),
            I("goods:other", "share", "exports", "", "2% – на прочие товары"),
        ),
        note="A group's share, partners' changes and six goods' shares, 'X% – на ...' after the reporter's one growth.",
    ),
    Paragraph(
        id="ru-vladimir-2014-5m",
        language="ru",
        region="Владимирская область",
        country="RU",
        year=2014,
        period="январь-май 2014",
        currency="USD",
        scale="million",
        source_url="https://news.ati.su/news/2014/06/23/tovarooborot-vladimirskoj-oblasti-so-stranami-sng-vyros-v-janvare-mae-na-25-359421/",
        text=(
            "За январь-май 2014 года внешнеторговый оборот Владимирской области превысил 512 миллионов "
            "долларов: 171,3 миллиона пришлось на экспорт и 341,1 миллиона – на импорт. Предприятия "
            "области торгуют с 81 страной мира. По данным Владимирской таможни, товарооборот со "
            "странами СНГ по сравнению с тем же периодом прошлого года вырос на четверть, до 86,4 "
            "миллиона долларов; доля ближнего зарубежья – 17%, главные партнеры – Украина, "
            "Азербайджан, Узбекистан, Армения, Туркмения и Киргизия. Оборот со странами дальнего "
            "зарубежья, напротив, сократился на 23% и составил 426 миллионов долларов – это 83% "
            "внешнеторгового оборота; основные партнеры здесь Германия, Нидерланды, Италия, Китай, "
            "Турция, Бельгия, Финляндия и Венгрия. В экспорте на дальнее зарубежье пришлось более 60 "
            "процентов, на страны СНГ – 37 процентов."
        ),
        figures=(
            F("turnover", "превысил 512 миллионов долларов", "512", "over"),
            F("exports", "171,3 миллиона пришлось на экспорт", "171.3"),
            F("imports", "341,1 миллиона – на импорт", "341.1"),
            F("partner_count", "с 81 страной", "81"),
        ),
        items=(
            I("group:CIS", "growth", "turnover", "", "вырос на четверть"),
            I("group:CIS", "value", "turnover", "", "до 86,4 миллиона долларов"),
            I("group:CIS", "share", "turnover", "", "доля ближнего зарубежья – 17%"),
            I("group:far abroad", "growth", "turnover", "", "сократился на 23%"),
            I("group:far abroad", "value", "turnover", "", "426 миллионов долларов"),
            I("group:far abroad", "share", "turnover", "", "83% внешнеторгового оборота"),
            I("group:far abroad", "share", "exports", "", "более 60 процентов"),
            I("group:CIS", "share", "exports", "", "37 процентов"),
        ),
        note=(
            "Final unseen check. Amounts before their flows ('171,3 миллиона пришлось на "
            "экспорт'); groups' turnovers, changes and shares after the reporter's."
        ),
    ),
    Paragraph(
        id="ru-ivanovo-2018-2m",
        language="ru",
        region="Ивановская область",
        country="RU",
        year=2018,
        period="январь-февраль 2018",
        currency="USD",
        scale="million",
        source_url="https://rg.ru/2018/04/17/reg-cfo/belarus-vozglavila-rejting-importerov-ivanovskih-tovarov.html",
        text=(
            "Ивановская область подвела итоги внешней торговли за первые месяцы 2018 года. По данным "
            "Центрального таможенного управления ФТС России, за январь-февраль внешнеторговый оборот "
            "региона составил 99,2 миллиона долларов США и вырос к тому же периоду 2017 года на 3,2 "
            "процента. Экспорт занял 21,4 процента оборота, импорт – 78,6 процента. Экспорт товаров "
            "за два месяца достиг 21,2 миллиона долларов, прибавив 1 процент; в страны дальнего "
            "зарубежья ушло товаров на 10,4 миллиона долларов, в государства СНГ – на 10,8 миллиона. "
            "Больше всего ивановского экспорта купили Республика Беларусь – 14,6 процента, Казахстан – "
            "14,2 процента, Германия – 10,8 процента и Республика Молдова – 7,5 процента."
        ),
        figures=(
            F("turnover", "99,2 миллиона долларов США", "99.2"),
            F("turnover_growth", "на 3,2 процента", "+3.2%"),
            F("exports_share", "Экспорт занял 21,4 процента оборота", "21.4%"),
            F("imports_share", "импорт – 78,6 процента", "78.6%"),
            F("exports", "21,2 миллиона долларов", "21.2"),
            F("exports_growth", "прибавив 1 процент", "+1%"),
        ),
        items=(
            I("group:far abroad", "value", "exports", "", "на 10,4 миллиона долларов"),
            I("group:CIS", "value", "exports", "", "на 10,8 миллиона"),
            I("partner:BY", "share", "exports", "", "Республика Беларусь – 14,6 процента"),
            I("partner:KZ", "share", "exports", "", "Казахстан – 14,2 процента"),
            I("partner:DE", "share", "exports", "", "Германия – 10,8 процента"),
            I("partner:MD", "share", "exports", "", "Республика Молдова – 7,5 процента"),
        ),
        note="Final unseen check. 'Республика Беларусь – 14,6 процента': partners named 'Республика'.",
    ),
    Paragraph(
        id="ru-grodno-2018",
        language="ru",
        region="Гродненская область",
        country="BY",
        year=2018,
        period="2018",
        currency="USD",
        scale="unit",
        source_url="https://proregion24.by/news/vlast/ekonomicheskaya-stabilnost-perspektivy-turizma-i-vnimanie-k-maloj-rodine-predsedatel-oblispolkoma-vladimir-kravcov-provel-press-konferenciyu-dlya-zhurnalistov-regiona/",
        text=(
            "На традиционной пресс-конференции председатель Гродненского облисполкома Владимир Кравцов "
            "сказал, что окончательные итоги года подведут в начале 2019 года, но уже видно: область "
            "выполнила все основные прогнозные параметры, валовой региональный продукт составил 104% к "
            "уровню прошлого года. Заметный рост дали промышленность, строительство, торговля и "
            "транспорт, а в сельском хозяйстве из-за плохой погоды прогноз не выполнен. "
            "Внешнеэкономическая деятельность оживилась: половина всего, что производится в "
            "Гродненской области, идет на экспорт, и в этом году товаров продано примерно на 19 "
            "процентов больше, чем в 2017 году. «Мы работаем над диверсификацией рынков и поставили "
            "цель: 30% продукции экспортировать в страны СНГ», – сказал Кравцов."
        ),
        figures=(F("exports_growth", "примерно на 19 процентов больше", "+19%", "about"),),
        items=(
            I("GRP", "index", "", "", "104% к уровню прошлого года"),
            I("reporter", "share of output", "exports", "", "половина"),
            I("target", "share", "exports to CIS", "", "30% продукции"),
        ),
        note=(
            "Final unseen check. GRP as an index beside the trade; exports as 'товаров продано'; "
            "a target share."
        ),
    ),
    Paragraph(
        id="ru-kurgan-4m",
        language="ru",
        region="Курганская область",
        country="RU",
        year=None,
        period="январь-апрель (год не указан)",
        currency="USD",
        scale="unit",
        source_url="https://essent.press/news/f56adaf7",
        text=(
            "Директор департамента экономического развития при правительстве Курганской области "
            "Владимир Ковалев сообщил ТАСС 24 июля, что экспорт товаров из региона вырос почти вдвое "
            "против прошлого года. «За четыре месяца объем экспорта у нас увеличился в 1,8 раза к тому "
            "же периоду предыдущего года», – сказал он. Выросли и поставки в дружественные страны: "
            "экспорт в СНГ увеличился на 75%, и теперь на страны Содружества приходится 55% всей "
            "продукции, которую регион отправляет за рубеж. За границу идут машины, фармацевтика, "
            "продукты питания, оборудование и прицепы."
        ),
        figures=(
            F("exports_growth", "вырос почти вдвое", "2 times", "almost"),
            F("exports_growth", "увеличился в 1,8 раза", "1.8 times"),
        ),
        items=(
            I("group:CIS", "growth", "exports", "", "увеличился на 75%"),
            I("group:CIS", "share", "exports", "", "55% всей продукции"),
        ),
        note="Final unseen check. A multiple in words and in digits; a group's growth and share.",
    ),
)
