"""Russian paragraphs of the reader corpus, fourth part (see :mod:`tests.corpus.model`).

Sixteen paragraphs from regions and years the reader had not seen when its rules were
written (Lipetsk, Vologda, Kaluga, Nizhny Novgorod, Brest, Bryansk, Khabarovsk,
Kuzbass, Udmurtia, Grodno, Astrakhan, Yaroslavl and Magnitogorsk customs): they were
measured before the reader was changed for them, as an unseen sample. Every text is
our own wording of a published paragraph: the sentences are rebuilt, the figures,
their number formats and the constructions that make reading hard are kept as
published.
"""

from __future__ import annotations

from tests.corpus.model import Error as E  # noqa: N817 (short names keep the data readable)
from tests.corpus.model import Figure as F  # noqa: N817 (short names keep the data readable)
from tests.corpus.model import Item as I  # noqa: N817 (short names keep the data readable)
from tests.corpus.model import Paragraph

__all__ = ["RUSSIAN_4"]

RUSSIAN_4: tuple[Paragraph, ...] = (
    Paragraph(
        id="ru-lipetsk-customs-2008",
        language="ru",
        region="Липецкая область",
        country="RU",
        year=2008,
        period="2008",
        currency="USD",
        scale="billion",
        source_url="https://lrnews.ru/news-1/12326-.html",
        text=(
            "Липецкая таможня подвела итоги 2008 года. Как сообщили агентству «Липецк-Инфоцентр», "
            "внешнеторговый оборот Липецкой области со странами ближнего и дальнего зарубежья за "
            "минувший год достиг 6 млрд. 711 млн. долларов, что на 37% больше, чем в 2007-м. "
            "Товарооборот по экспорту увеличился на 36% и достиг 5 млрд. 257 млн. долларов, по импорту "
            "– вырос на 39% и составил 1 млрд. 454 млн. долларов. Положительное сальдо торгового "
            "баланса – 3,8 млрд. долларов. С началом кризиса оборот пошел на спад: больше всего он "
            "составил в июле (751 млн. долларов), меньше всего – в декабре (292 млн. долларов). В "
            "четвертом квартале вывоз черных металлов, главной товарной группы области, сократился в "
            "3,5 раза. Всего таможня оформила около 8,2 млн. тонн грузов, на 3% больше, чем в 2007 "
            "году; участников внешнеэкономической деятельности стало на 4% больше – 243, а в "
            "федеральный бюджет перечислено 7 млрд. 969 млн. рублей."
        ),
        figures=(
            F("turnover", "6 млрд. 711 млн. долларов", "6.711"),
            F("turnover_growth", "на 37% больше, чем в 2007-м", "+37%"),
            F("exports_growth", "по экспорту увеличился на 36%", "+36%"),
            F("exports", "5 млрд. 257 млн. долларов", "5.257"),
            F("imports_growth", "вырос на 39%", "+39%"),
            F("imports", "1 млрд. 454 млн. долларов", "1.454"),
            F("balance", "Положительное сальдо торгового баланса – 3,8 млрд. долларов", "3.8"),
        ),
        items=(
            I("reporter", "value", "turnover", "июль 2008", "(751 млн. долларов)"),
            I("reporter", "value", "turnover", "декабрь 2008", "(292 млн. долларов)"),
            I("goods:metals", "fall", "exports", "IV квартал 2008", "сократился в 3,5 раза"),
            I("reporter", "physical", "turnover", "", "около 8,2 млн. тонн грузов"),
            I("reporter", "physical growth", "turnover", "", "на 3% больше, чем в 2007 году"),
            I("participants", "count", "", "", "на 4% больше – 243"),
            I("customs", "value", "", "", "7 млрд. 969 млн. рублей"),
        ),
        note="'Товарооборот по экспорту' names exports; months' turnovers in brackets; a customs budget in rubles.",
    ),
    Paragraph(
        id="ru-vologda-2021-q1",
        language="ru",
        region="Вологодская область",
        country="RU",
        year=2021,
        period="январь-март 2021",
        currency="USD",
        scale="billion",
        source_url="https://otborta.ru/ls/blog/15665.html",
        text=(
            "На заседании Экспортного совета заместитель губернатора Вологодской области Виталий "
            "Тушинов сказал, что в прошлом году область даже укрепила свои позиции в экспорте, а с "
            "января по март нынешнего года экспорт прибавил еще 15% к прошлому году. По итогам 1 "
            "квартала 2021 года внешнеторговый оборот Вологодской области составил 1,4 млрд. долларов "
            "США, что на 3,4% больше, чем годом ранее. Экспорт – 1,26 млрд. долл. США (рост на 13,2%), "
            "импорт – 0,14 млрд. долл. США (снижение в 1,7 раза). По товарообороту за 1 квартал 2021 "
            "года Вологодская область занимает третье место среди регионов Северо-Западного "
            "федерального округа."
        ),
        figures=(
            F("turnover", "1,4 млрд. долларов США", "1.4"),
            F("turnover_growth", "на 3,4% больше, чем годом ранее", "+3.4%"),
            F("exports", "Экспорт – 1,26 млрд. долл. США", "1.26"),
            F("exports_growth", "(рост на 13,2%)", "+13.2%"),
            F("imports", "импорт – 0,14 млрд. долл. США", "0.14"),
            F("imports_fall", "(снижение в 1,7 раза)", "1.7 times"),
        ),
        items=(
            I("reporter", "growth", "exports", "январь-март 2022", "еще 15% к прошлому году"),
            I("reporter", "rank", "turnover", "", "третье место"),
        ),
        note="The opening sentence is about the next year's first quarter ('нынешнего года'); the figures are for 2021.",
    ),
    Paragraph(
        id="ru-kaluga-2015-9m",
        language="ru",
        region="Калужская область",
        country="RU",
        year=2015,
        period="январь-сентябрь 2015",
        currency="USD",
        scale="billion",
        source_url="https://finance-rambler.ru/economics/32327150-bolee-2-5-mld-dollarov-sostavil-tovarooborot-kaluzhskoy-oblasti-v-2015-godu",
        text=(
            "По оценке аналитиков консалтинговой компании «Деларей», за январь – сентябрь 2015 года "
            "товарооборот Калужской области составил 2,5 миллиарда долларов. Доля экспорта составила "
            "0,21 миллиарда долларов, а товаров и материалов регион за это время ввез на 2,3 "
            "миллиарда долларов – в 10 раз больше, чем вывез. Крупнейшим покупателем калужских товаров "
            "стала Украина: туда отгружено 18% экспорта; среди стран Евросоюза и дальнего зарубежья "
            "первенство у Латвии (7%), а Республике Корея, Франции, Словакии и Турции досталось по 1%. "
            "Среди стран, откуда регион ввозит товары, главный партнер – Германия, на нее пришлось 26% "
            "экспорта; второе место у Китая с 10%, третье – у Польши (2%). Половина вывоза (50%) – "
            "машины, оборудование и транспортные средства."
        ),
        figures=(
            F("turnover", "2,5 миллиарда долларов", "2.5"),
            F("exports", "Доля экспорта составила 0,21 миллиарда долларов", "0.21"),
            F("imports", "ввез на 2,3 миллиарда долларов", "2.3"),
            F("imports_exceed_exports_by", "в 10 раз больше, чем вывез", "10 times"),
        ),
        items=(
            I("partner:UA", "share", "exports", "", "18% экспорта"),
            I("partner:LV", "share", "exports", "", "(7%)"),
            I("partner:KR,FR,SK,TR", "share", "exports", "", "по 1%"),
            I("partner:DE", "share", "exports", "", "26% экспорта"),
            I("partner:CN", "share", "exports", "", "с 10%"),
            I("partner:PL", "share", "exports", "", "(2%)"),
            I("goods:machinery", "share", "exports", "", "(50%)"),
        ),
        note="'Доля экспорта' names an amount, not a share; partners' shares and ranks in one list.",
    ),
    Paragraph(
        id="ru-nizhny-2021-h1",
        language="ru",
        region="Нижегородская область",
        country="RU",
        year=2021,
        period="январь-июнь 2021",
        currency="USD",
        scale="billion",
        source_url="https://kommersant.ru/amp/4936995",
        text=(
            "Пресс-служба правительства Нижегородской области сообщила, что в первом полугодии 2021 "
            "года внешнеторговый оборот региона составил $4,3 млрд – на 22% больше, чем годом ранее "
            "(за январь – июнь 2020 года товарооборот составил $3,4 млрд, -11,5% к уровню 2019 года). "
            "Экспорт вырос на 26%, до $2,7 млрд, причем несырьевой неэнергетический экспорт прибавил "
            "43% и достиг $2 млрд. Импорт составил $1,6 млрд, увеличившись на 16%; около 40% его "
            "товарной структуры приходится на продукцию машиностроения. Всего за полугодие "
            "нижегородские предприятия работали с компаниями из 134 государств; ключевые партнеры – "
            "Белоруссия, Китай, Нидерланды, Бангладеш и Германия."
        ),
        figures=(
            F("turnover", "$4,3 млрд", "4.3"),
            F("turnover_growth", "на 22% больше, чем годом ранее", "+22%"),
            F("turnover_previous", "товарооборот составил $3,4 млрд", "3.4"),
            F("exports_growth", "Экспорт вырос на 26%", "+26%"),
            F("exports", "до $2,7 млрд", "2.7"),
            F("imports", "Импорт составил $1,6 млрд", "1.6"),
            F("imports_growth", "увеличившись на 16%", "+16%"),
            F("partner_count", "из 134 государств", "134"),
        ),
        items=(
            I("reporter", "growth", "turnover", "январь-июнь 2020", "-11,5% к уровню 2019 года"),
            I("goods:non-raw", "growth", "exports", "", "прибавил 43%"),
            I("goods:non-raw", "value", "exports", "", "$2 млрд"),
            I("goods:machinery", "share", "imports", "", "около 40%"),
        ),
        errors=(
            E(
                "turnover_previous",
                "3.4",
                "about 3.52",
                "arithmetic",
                "4,3 / 3,4 = 1,26 (+26%), not the +22% stated; exports 2,7 / 1,26 = 2,14 and imports "
                "1,6 / 1,16 = 1,38 give a previous turnover of about 3,52, and 4,3 / 3,52 = +22%: the "
                "bracketed previous turnover is the odd figure; a turnover of 4,2 (2,65 + 1,55, "
                "within the rounding of exports and imports) or another growth would equally repair it",
                alternatives=("turnover_growth", "turnover"),
                audit=True,
            ),
        ),
        note="The previous period's turnover and its own change in brackets; a goods group's growth and value.",
    ),
    Paragraph(
        id="ru-nizhny-2021-10m",
        language="ru",
        region="Нижегородская область",
        country="RU",
        year=2021,
        period="январь-октябрь 2021",
        currency="USD",
        scale="billion",
        source_url="https://nn.mk.ru/economics/2021/12/09/tovarooborot-nizhegorodskoy-oblasti-za-10-mesyacev-vyros-na-27.html",
        text=(
            "Директор департамента внешних связей правительства Нижегородской области Ольга Гусева "
            "сообщила, что за 10 месяцев товарооборот области вырос на 27% и составил 7,6 млрд "
            "долларов. По ее словам, торговля идет уже со 143 странами мира, и за январь – октябрь "
            "2021 года ее объем увеличился почти на треть. Экспорт вырос на 36% и составил почти 5 "
            "миллиардов долларов, импорт – на 13%, до 2,6 миллиарда долларов; положительное сальдо "
            "превысило 2,3 миллиарда долларов. Выходит, что на экспорт пришлось 65% товарооборота, на "
            "импорт – 35%. Страны дальнего зарубежья дают 78% товарооборота; быстрее всего с ними "
            "росла торговля с Нидерландами (на 453 млн долларов, или в 2,9 раза), Бангладеш (на 285 "
            "млн долларов, или в 1,7 раза) и Францией (на 232 млн долларов, или в 2,2 раза)."
        ),
        figures=(
            F("turnover_growth", "товарооборот области вырос на 27%", "+27%"),
            F("turnover", "7,6 млрд долларов", "7.6"),
            F("partner_count", "со 143 странами", "143"),
            F("turnover_growth", "увеличился почти на треть", "+33.3%", "almost"),
            F("exports_growth", "Экспорт вырос на 36%", "+36%"),
            F("exports", "почти 5 миллиардов долларов", "5", "almost"),
            F("imports_growth", "импорт – на 13%", "+13%"),
            F("imports", "до 2,6 миллиарда долларов", "2.6"),
            F("balance", "положительное сальдо превысило 2,3 миллиарда долларов", "2.3", "over"),
            F("exports_share", "на экспорт пришлось 65% товарооборота", "65%"),
            F("imports_share", "на импорт – 35%", "35%"),
        ),
        items=(
            I("group:far abroad", "share", "turnover", "", "78% товарооборота"),
            I("partner:NL", "change", "turnover", "", "на 453 млн долларов"),
            I("partner:NL", "multiple", "turnover", "", "в 2,9 раза"),
            I("partner:BD", "change", "turnover", "", "на 285 млн долларов"),
            I("partner:BD", "multiple", "turnover", "", "в 1,7 раза"),
            I("partner:FR", "change", "turnover", "", "на 232 млн долларов"),
            I("partner:FR", "multiple", "turnover", "", "в 2,2 раза"),
        ),
        note="The turnover's growth stated twice (27% and 'almost a third'); bounds; partners' changes as amounts and multiples.",
    ),
    Paragraph(
        id="ru-nizhny-2018",
        language="ru",
        region="Нижегородская область",
        country="RU",
        year=2018,
        period="2018",
        currency="USD",
        scale="billion",
        source_url="https://ria.ru/amp/20190227/1551419344.html",
        text=(
            "Нижний Новгород, 27 фев – РИА Новости. Губернатор Глеб Никитин сообщил, что по итогам "
            "2018 года внешнеторговый оборот Нижегородской области вырос почти на треть и составил 8,7 "
            "миллиарда долларов; почти 1,3 миллиарда долларов (15%) из них приходится на страны "
            "Таможенного союза. Главным внешнеторговым партнером региона остается Белоруссия, а "
            "Казахстан замыкает первую десятку; с Арменией и Киргизией торговля пока скромнее."
        ),
        figures=(
            F("turnover_growth", "вырос почти на треть", "+33.3%", "almost"),
            F("turnover", "8,7 миллиарда долларов", "8.7"),
        ),
        items=(
            I("group:Customs Union", "value", "turnover", "", "почти 1,3 миллиарда долларов"),
            I("group:Customs Union", "share", "turnover", "", "(15%)"),
        ),
        note="A partner group's amount and its share in brackets right after the reporter's turnover.",
    ),
    Paragraph(
        id="ru-brest-2019",
        language="ru",
        region="Брестская область",
        country="BY",
        year=2019,
        period="2019",
        currency="USD",
        scale="billion",
        source_url="https://belnovosti.by/ekonomika/v-brestskoy-oblasti-predpriyatiya-eksportery-otkryli-10-novyh-rynkov-sbyta-v-2019-godu",
        text=(
            "Начальник управления внешнеэкономических связей и инвестиционной деятельности комитета "
            "экономики Брестского облисполкома Сергей Тележинский рассказал БЕЛТА, что в 2019 году "
            "производители области поставляли продукцию в 106 стран мира, причем рынки 10 из них – от "
            "Афганистана и Бангладеш до Сальвадора – были открыты впервые; туда отгрузили товаров на "
            "$775 тыс. Всего же за рубеж ушло товаров с брестской маркой на $2,6 млрд, прирост – 9 %, "
            "а положительное сальдо достигло $840 млн. На страны ЕАЭС пришлось 74,4 % поставок, в том "
            "числе на Россию – 68,5 %. За пятилетку, по словам Тележинского, экспорт вырос более чем "
            "в полтора раза."
        ),
        figures=(
            F("exports", "на $2,6 млрд", "2.6"),
            F("exports_growth", "прирост – 9 %", "+9%"),
            F("balance", "положительное сальдо достигло $840 млн", "0.840"),
        ),
        items=(
            I("reporter", "count", "exports", "", "в 106 стран мира"),
            I("group:new markets", "count", "exports", "", "рынки 10 из них"),
            I("group:new markets", "value", "exports", "", "$775 тыс"),
            I("group:EAEU", "share", "exports", "", "74,4 % поставок"),
            I("partner:RU", "share", "exports", "", "на Россию – 68,5 %"),
            I("reporter", "multiple", "exports", "2015-2019", "более чем в полтора раза"),
        ),
        note="Thousands, millions and billions in one text; the export destinations' count; a five-year multiple.",
    ),
    Paragraph(
        id="ru-bryansk-2023-h1",
        language="ru",
        region="Брянская область",
        country="RU",
        year=2023,
        period="январь-июнь 2023",
        currency="USD",
        scale="million",
        source_url="https://dzen.ru/a/ZXVGl-ss-2SyHuYO",
        text=(
            "По данным пресс-службы Брянской областной Думы, в январе – июне 2023 года "
            "зарегистрированные в регионе предприятия вели торговлю с 85 странами мира, а "
            "внешнеторговый оборот области за полгода увеличился на 9,6%. Экспорт вырос на 8,1% – в "
            "основном благодаря поставкам в страны СНГ; стоимостный объем импорта за тот же период "
            "также вырос, на 10,3%. По стоимости импорт превышает экспорт в 2,1 раза. Главные "
            "торговые партнеры Брянщины – страны СНГ, Китай и Турция."
        ),
        figures=(
            F("partner_count", "с 85 странами мира", "85"),
            F("turnover_growth", "увеличился на 9,6%", "+9.6%"),
            F("exports_growth", "Экспорт вырос на 8,1%", "+8.1%"),
            F("imports_growth", "на 10,3%", "+10.3%"),
            F("imports_exceed_exports_by", "импорт превышает экспорт в 2,1 раза", "2.1 times"),
        ),
        note="No amount at all: changes and an excess only; a group (СНГ) named in the exports' clause.",
    ),
    Paragraph(
        id="ru-khabarovsk-china-2023",
        language="ru",
        region="Хабаровский край",
        country="RU",
        year=2023,
        period="2023",
        currency="USD",
        scale="million",
        source_url="https://finance.rambler.ru/economics/52377653-habarovskiy-kray-v-2023-godu-uvelichil-torgovyy-oborot-s-kitaem-pochti-na-10",
        text=(
            "Хабаровск, 5 марта. Министр экономического развития Хабаровского края Виктор Калашников "
            "рассказал ТАСС, что по итогам 2023 года внешнеторговый оборот края с Китаем вырос к "
            "прошлому году на 9,8%. Экспорт в КНР по сравнению с 2022 годом увеличился на 7,1%, импорт "
            "– на 15,5%. После пандемии снова открылись пункты пропуска края, и через них теперь "
            "ввозится больше автомобилей, спецтехники, комплектующих и металлоконструкций, чем в "
            "2019-2020 годах."
        ),
        figures=(),
        items=(
            I("partner:CN", "growth", "turnover", "", "с Китаем вырос к прошлому году на 9,8%"),
            I(
                "partner:CN",
                "growth",
                "exports",
                "",
                "Экспорт в КНР по сравнению с 2022 годом увеличился на 7,1%",
            ),
            I("partner:CN", "growth", "imports", "", "импорт – на 15,5%"),
        ),
        note="Every figure is the trade with one partner (China): the reporter has none of its own.",
    ),
    Paragraph(
        id="ru-kuzbass-sfo-leader",
        language="ru",
        region="Кемеровская область",
        country="RU",
        year=None,
        period="год (не указан)",
        currency="USD",
        scale="billion",
        source_url="https://amp.gazeta.a42.ru/lenta/news/9690-kuzbass-sohranil-pervoe-mesto-vo-vneshnetorgovoi-deyatelnost",
        text=(
            "Шестой год подряд Кузбасс сохраняет первое место во внешней торговле среди регионов "
            "Сибирского федерального округа. Как сообщили в администрации области, партнерами региона "
            "были 87 стран, а товарооборот вырос почти на 47% и составил 3,5 миллиарда долларов. Из "
            "них 3,4 миллиарда приходится на экспорт, который увеличился на 51% за счет угля, кокса, "
            "железа, стали и нефтепродуктов. Импорт же из-за меньших поставок машин сократился и "
            "составил 0,1 миллиарда долларов. Среди всех регионов страны Кемеровская область по "
            "внешней торговле сейчас на шестом месте."
        ),
        figures=(
            F("partner_count", "87 стран", "87"),
            F("turnover_growth", "вырос почти на 47%", "+47%", "almost"),
            F("turnover", "3,5 миллиарда долларов", "3.5"),
            F("exports", "3,4 миллиарда приходится на экспорт", "3.4"),
            F("exports_growth", "увеличился на 51%", "+51%"),
            F("imports", "0,1 миллиарда долларов", "0.1"),
        ),
        items=(
            I("reporter", "rank", "turnover", "", "первое место"),
            I("reporter", "rank", "turnover", "", "на шестом месте"),
        ),
        note="'Из них ... приходится на экспорт': the amount comes before its flow; ranks in words.",
    ),
    Paragraph(
        id="ru-kuzbass-coal-2020-h1",
        language="ru",
        region="Кемеровская область",
        country="RU",
        year=2020,
        period="январь-июнь 2020",
        currency="USD",
        scale="million",
        source_url="https://news.myseldon.com/en/news/index/235486596",
        text=(
            "Кемерово. Начальник Кемеровской таможни Андрей Полетаев рассказал ТАСС, что в первом "
            "полугодии 2020 года угольные компании Кузбасса, где добывается 60% российского угля, "
            "отправили на экспорт около 60 млн тонн – на 10% меньше, чем годом ранее. Выручка от "
            "продажи угля за рубеж упала больше чем на четверть: «Экспорт каменного угля за первое "
            "полугодие прошлого года – 5,5 млн долларов, сейчас – 3,9 млн долларов, падение на 28%. А "
            "по весу было 66 млн тонн»."
        ),
        figures=(),
        items=(
            I("goods:coal", "share", "production", "", "60% российского угля"),
            I("goods:coal", "physical", "exports", "", "около 60 млн тонн"),
            I("goods:coal", "physical growth", "exports", "", "на 10% меньше"),
            I("goods:coal", "growth", "exports", "", "больше чем на четверть"),
            I("goods:coal", "value", "exports", "январь-июнь 2019", "5,5 млн долларов"),
            I("goods:coal", "value", "exports", "", "3,9 млн долларов"),
            I("goods:coal", "growth", "exports", "", "падение на 28%"),
            I("goods:coal", "physical", "exports", "январь-июнь 2019", "66 млн тонн"),
        ),
        errors=(
            E(
                "item:goods:coal:value",
                "5,5 млн долларов; 3,9 млн долларов",
                "5,5 and 3,9 billion dollars",
                "item",
                "60 million tonnes of coal for 3,9 million dollars would be 6,5 cents a tonne; in "
                "billions, 65 dollars a tonne, the price of the time: the scale is wrong (3,9 / 5,5 = "
                "0,709, the fall of 28% holds either way)",
            ),
        ),
        note="Coal only, value and tonnage: the reporter has no figure; a quoted scale slip (млн for млрд).",
    ),
    Paragraph(
        id="ru-udmurtia-2021",
        language="ru",
        region="Удмуртская Республика",
        country="RU",
        year=2021,
        period="2021",
        currency="USD",
        scale="million",
        source_url="https://www3.interfax-russia.ru/volga/main/predpriyatiya-udmurtii-v-2021g-uvelichili-eksport-na-20-5",
        text=(
            "Ижевск, 15 февраля. Выступая на сессии Госсовета Удмуртии, первый вице-премьер "
            "республики Константин Сунцов сказал, что общий объем экспорта компаний Удмуртской "
            "Республики за прошлый год составил 600 млн долларов США – на 102 млн больше, чем за 2020 "
            "год. Получается, что за 2021 год экспорт предприятий республики вырос на 20,48%. Сейчас "
            "продукцию за рубеж поставляют около 600 предприятий. Кроме того, за девять месяцев "
            "прошлого года несырьевой неэнергетический экспорт без учета предприятий ОПК составил в "
            "Удмуртии $230,12 млн, увеличившись к тому же периоду 2020 года почти на 70%."
        ),
        figures=(
            F("exports", "600 млн долларов США", "600"),
            F("exports_change", "на 102 млн больше", "+102"),
            F("exports_growth", "вырос на 20,48%", "+20.48%"),
        ),
        items=(
            I("companies", "count", "", "", "около 600 предприятий"),
            I("goods:non-raw", "value", "exports", "январь-сентябрь 2021", "$230,12 млн"),
            I("goods:non-raw", "growth", "exports", "январь-сентябрь 2021", "почти на 70%"),
        ),
        note="'За прошлый год' is the main period, 2020 only its base; 600 companies beside 600 million.",
    ),
    Paragraph(
        id="ru-grodno-2020-h1",
        language="ru",
        region="Гродненская область",
        country="BY",
        year=2020,
        period="январь-июнь 2020",
        currency="USD",
        scale="million",
        source_url="http://m.21.by/other-news/2020/08/13/2101103.html",
        text=(
            "Гродно, 13 августа. На заседании облисполкома, посвященном итогам первого полугодия 2020 "
            "года, сообщили, что экспорт товаров Гродненской области за январь – июнь вырос на 15% и "
            "оказался даже выше прогноза: $775 млн, или 115% к уровню 2019 года. Сальдо внешней "
            "торговли положительное – $150 млн. Прямых иностранных инвестиций в регион привлечено "
            "свыше $89 млн при прогнозе в $55 млн, а на новых рабочих местах трудоустроено свыше 1,4 "
            "тыс. человек."
        ),
        figures=(
            F("exports_growth", "вырос на 15%", "+15%"),
            F("exports", "$775 млн", "775"),
            F("exports_index", "115% к уровню 2019 года", "115%"),
            F("balance", "Сальдо внешней торговли положительное – $150 млн", "150"),
        ),
        items=(
            I("reporter", "investment", "", "", "свыше $89 млн"),
            I("reporter", "investment forecast", "", "", "$55 млн"),
            I("people", "count", "", "", "свыше 1,4 тыс. человек"),
        ),
        note="Foreign investment in dollars beside trade amounts; a growth and its index both stated.",
    ),
    Paragraph(
        id="ru-astrakhan-iran-2023",
        language="ru",
        region="Астраханская область",
        country="RU",
        year=2023,
        period="2023",
        currency="USD",
        scale="million",
        source_url="https://rossaprimavera.ru/news/63833725",
        text=(
            "Товарооборот Астраханской области с Ираном в 2023 году вырос на 15%, сообщило 10 марта "
            "агентство IRNA со ссылкой на министра по внешним связям области Владимира Головкова. По "
            "его словам, вывоз российских товаров из Астрахани в Иран увеличился на 10%, а ввоз "
            "иранских товаров в Астрахань – на 38%. Соглашения губернаторов иранских провинций Гилян "
            "и Мазандаран с российскими коллегами оживили и морские перевозки: цитрусовые из Ирана, "
            "которые раньше шли автомобилями и по железной дороге, теперь можно возить по Каспию."
        ),
        figures=(),
        items=(
            I("partner:IR", "growth", "turnover", "", "с Ираном в 2023 году вырос на 15%"),
            I("partner:IR", "growth", "exports", "", "в Иран увеличился на 10%"),
            I("partner:IR", "growth", "imports", "", "в Астрахань – на 38%"),
        ),
        note="Trade with one partner; the flows named as 'вывоз ... в Иран' and 'ввоз иранских товаров'.",
    ),
    Paragraph(
        id="ru-yaroslavl-customs-year",
        language="ru",
        region="Ярославская область",
        country="RU",
        year=None,
        period="год (не указан)",
        currency="USD",
        scale="billion",
        source_url="http://ulizza.ru/novosti/yaroslavl-jaroslavskaja-tamozhna-perechislila-v-federalnyj-budzhet-pochti-11-milliardov-rublej",
        text=(
            "На итоговом совещании Ярославской таможни сообщили, что в этом году она перечислила в "
            "федеральный бюджет 10,69 миллиардов рублей, выполнив плановое задание на 108,5%. "
            "Таможенники объясняют это тем, что ярославские предприятия – главные импортеры региона – "
            "справились с последствиями экономического кризиса. Деклараций на товары оформлено на 3% "
            "больше, чем в прошлом году. При этом суммарный объем товарооборота в регионе уменьшился "
            "на 24,5% и составил 2,3 миллиарда долларов: с конца апреля таможенное оформление "
            "нефтепродуктов перестало относиться к компетенции таможни."
        ),
        figures=(
            F("turnover_growth", "уменьшился на 24,5%", "-24.5%"),
            F("turnover", "2,3 миллиарда долларов", "2.3"),
        ),
        items=(
            I("customs", "value", "", "", "10,69 миллиардов рублей"),
            I("customs", "index", "plan", "", "на 108,5%"),
            I("declarations", "growth", "", "", "на 3% больше"),
        ),
        note="A plan fulfilled at 108,5% and a count's growth before the reporter's own figures.",
    ),
    Paragraph(
        id="ru-magnitogorsk-customs-11m",
        language="ru",
        region="Магнитогорская таможня",
        country="RU",
        year=None,
        period="январь-ноябрь",
        currency="USD",
        scale="billion",
        source_url="https://mr-info.ru/8371-chto-vy-tam-vvozites.html",
        text=(
            "Магнитогорская таможня подвела итоги внешней торговли за 11 месяцев года: "
            "внешнеторговый оборот составил два миллиарда долларов, перевезено 2,5 миллиона тонн "
            "грузов. Товарооборот со странами СНГ вырос, главным образом за счет экспорта в "
            "Азербайджан. Вывоз в Иран, Пакистан, Польшу и Вьетнам сократился, зато выросли поставки "
            "в Италию и Турцию и импорт из Финляндии, Франции и США. Основные участники "
            "внешнеэкономической деятельности в зоне таможни – ОАО «ММК» и «ММК-Метиз». В федеральный "
            "бюджет за 11 месяцев перечислено 4,2 миллиарда рублей."
        ),
        figures=(F("turnover", "два миллиарда долларов", "2"),),
        items=(
            I("reporter", "physical", "turnover", "", "2,5 миллиона тонн"),
            I("customs", "value", "", "", "4,2 миллиарда рублей"),
        ),
        note="The turnover in words ('два миллиарда'); tonnage and rubles beside it.",
    ),
)
