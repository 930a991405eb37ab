"""Russian paragraphs of the reader corpus, thirteenth part (see :mod:`tests.corpus.model`).

Fourteen paragraphs about reporters outside Russia, 2005-2024, written for issue 15 and
measured before any change to the reader: Transnistria (the customs committee of the
unrecognised republic, Moldova's reintegration ministry, news agencies of both banks),
the Luhansk oblast administration before 2014, the Lida district executive committee of
Belarus, and Kyrgyzstan and Ukraine reporting as a region would (the national
statistics offices, through regional outlets). Their own formats: "млн. дол. США", "1
млрд. 692 млн.", "$352.4 млн" with a decimal point, "(151,4 млрд рублей)" beside the
dollars, "9:1", partners' and goods groups' figures before or instead of the reporter's.
Two hold real errors (a month's exports and imports given the wrong way round; a
district's export growth below the growth of every part of it).
Every text is our own wording of a published paragraph: the sentences are rebuilt, the
figures, their number formats and the constructions that make reading hard are kept as
published.
"""

from __future__ import annotations

from tests.corpus.model import Error, Paragraph
from tests.corpus.model import Figure as F  # noqa: N817 (short names keep the data readable)
from tests.corpus.model import Item as I  # noqa: N817 (short names keep the data readable)

__all__ = ["RUSSIAN_13", "RUSSIAN_13_FINAL"]

RUSSIAN_13: tuple[Paragraph, ...] = (
    Paragraph(
        id="ru-pmr-2016-q1",
        language="ru",
        region="Приднестровье",
        country="MD",
        year=2016,
        period="январь-март 2016",
        currency="USD",
        scale="million",
        source_url="https://newsmaker.md/rus/novosti/vneshnetorgovyy-oborot-pridnestrovya-sokratilsya-za-god-na-chetvert-24109",
        text=(
            "В январе-марте 2016 года внешнеторговый оборот Приднестровья оказался на 25% меньше, "
            "чем годом ранее, и составил $336,7 млн – такие данные Таможенного комитета "
            "непризнанной ПМР приводит pan.md. Экспорт региона за квартал сократился на 1,4% — до "
            "$127,9 млн, импорт упал на 35,14% до $208,8 млн. Почти 40% экспорта, или $50,5 млн, "
            "по-прежнему дают топливно-энергетические товары, прежде всего электроэнергия "
            "Молдавской ГРЭС для правого берега Днестра; за ними идут металлургия ($30,4 млн) и "
            "продовольствие с сырьем ($12,1 млн). В импорте тоже лидируют топливно-энергетические "
            "ресурсы — $124,9 млн, затем продовольствие и сырье — $20,8 млн и машиностроительная "
            "продукция — $16,7 млн. Оборот с Россией, главным партнером, за январь-март составил "
            "$137,7 млн и сократился за год на 40%: импорт из РФ – $129,9 млн, экспорт – $7,8 млн. "
            "Второе место занимает Молдова с оборотом $65,1 млн."
        ),
        figures=(
            F("turnover_growth", "на 25% меньше", "-25%"),
            F("turnover", "$336,7 млн", "336.7"),
            F("exports_growth", "сократился на 1,4%", "-1.4%"),
            F("exports", "$127,9 млн", "127.9"),
            F("imports_growth", "упал на 35,14%", "-35.14%"),
            F("imports", "$208,8 млн", "208.8"),
        ),
        items=(
            I("goods:energy", "share", "exports", "", "Почти 40% экспорта"),
            I("goods:energy", "value", "exports", "", "$50,5 млн"),
            I("goods:metals", "value", "exports", "", "($30,4 млн)"),
            I("goods:food", "value", "exports", "", "($12,1 млн)"),
            I("goods:energy", "value", "imports", "", "$124,9 млн"),
            I("goods:food", "value", "imports", "", "$20,8 млн"),
            I("goods:machinery", "value", "imports", "", "$16,7 млн"),
            I("partner:RU", "value", "turnover", "", "$137,7 млн"),
            I("partner:RU", "growth", "turnover", "", "сократился за год на 40%"),
            I("partner:RU", "value", "imports", "", "$129,9 млн"),
            I("partner:RU", "value", "exports", "", "$7,8 млн"),
            I("partner:MD", "value", "turnover", "", "$65,1 млн"),
        ),
        note="127.9 + 208.8 = 336.7; previous 129.7 + 321.9 = 451.6, a fall of 25.4%.",
    ),
    Paragraph(
        id="ru-pmr-2019-11m",
        language="ru",
        region="Приднестровская Молдавская Республика",
        country="MD",
        year=2019,
        period="январь-ноябрь 2019",
        currency="USD",
        scale="million",
        source_url="https://dnestr.tv/8908-vneshnetorgovyy-oborot-za-odinnadcat-mesyacev-2019-goda.html",
        text=(
            "За январь-ноябрь 2019 года внешнеторговый оборот Приднестровской Молдавской "
            "Республики достиг немногим более 1 млрд. 692 млн. долларов США, что на 3,1% ниже, чем "
            "за те же месяцы 2018 года. Ввоз товаров в Приднестровье уменьшился на 0,4%, вывоз из "
            "ПМР – на 8%. На экспорт приходится около 599 млн., на импорт – почти 1 093 млн. "
            "долларов США, так что отрицательное сальдо ВЭД республики составило немногим более "
            "494 млн. долларов США, сообщает newspmr.com. За январь-ноябрь 2018 года дефицит был "
            "более 450 млн. долларов США: разрыв между экспортом и импортом за год вырос почти на "
            "10%. Только в ноябре оборот снизился на 12% к ноябрю 2018 года из-за сокращения "
            "импорта на 11,5% и экспорта на 13%; в абсолютных величинах, по данным сообщения, "
            "экспорт – 97 млн. долларов, импорт – 54 млн. долларов."
        ),
        figures=(
            F("turnover", "немногим более 1 млрд. 692 млн. долларов США", "1692", "over"),
            F("turnover_growth", "на 3,1% ниже", "-3.1%"),
            F("imports_growth", "уменьшился на 0,4%", "-0.4%"),
            F("exports_growth", "ПМР – на 8%", "-8%"),
            F("exports", "около 599 млн.", "599", "about"),
            F("imports", "почти 1 093 млн. долларов США", "1093", "almost"),
            F("balance", "немногим более 494 млн. долларов США", "-494", "over"),
            F("balance_previous", "более 450 млн. долларов США", "-450", "over"),
        ),
        items=(
            I("reporter", "growth", "balance", "", "вырос почти на 10%"),
            I("reporter", "growth", "turnover", "ноябрь 2019", "снизился на 12%"),
            I("reporter", "growth", "imports", "ноябрь 2019", "импорта на 11,5%"),
            I("reporter", "growth", "exports", "ноябрь 2019", "экспорта на 13%"),
            I("reporter", "value", "exports", "ноябрь 2019", "экспорт – 97 млн. долларов"),
            I("reporter", "value", "imports", "ноябрь 2019", "импорт – 54 млн. долларов"),
        ),
        errors=(
            Error(
                figure="item:reporter:value",
                published="экспорт – 97 млн. долларов, импорт – 54 млн. долларов (ноябрь)",
                expected="exports about 54, imports about 97",
                kind="item",
                reason=(
                    "November's exports and imports are given the wrong way round: over eleven "
                    "months exports were about 599 (54 a month) and imports about 1093 (99 a "
                    "month), and November's exports fell 13% against the year before; exports of "
                    "97 in one month would be 1.8 times the monthly average."
                ),
            ),
        ),
        note="599 + 1093 = 1692; 1093 - 599 = 494; 494 / 450 = 1.098. The error is in an item, not the reporter's main-period figures.",
    ),
    Paragraph(
        id="ru-pmr-2018-h1",
        language="ru",
        region="Приднестровье",
        country="MD",
        year=2018,
        period="январь-июнь 2018",
        currency="USD",
        scale="million",
        source_url="https://novostipmr.com/ru/news/18-07-17/v-pervom-polugodii-2018-goda-vneshnyaya-torgovlya-vyrosla-na-53",
        text=(
            "Тирасполь, 17 июля. /Новости Приднестровья/. Внешняя торговля Приднестровья в "
            "январе-июне 2018 года выросла на 53% к первому полугодию 2017 года. Экспорт "
            "республики увеличился на 70% до 351 млн долларов, импорт – на 44%, составив 617 млн. "
            "Сальдо по-прежнему отрицательное: -267 млн против -220 млн годом ранее, а июньские "
            "показатели оказались слабее февральских. По данным Государственного таможенного "
            "комитета (ГТК), главные партнеры – Россия, Молдова, Украина, Германия и Италия; "
            "растет торговля с Польшей, Румынией и Китаем. На Россию приходится 40% всего "
            "товарооборота, причем в торговле с ней преобладает импорт, а доля РФ в экспорте "
            "республики держится на уровне 7%."
        ),
        figures=(
            F("turnover_growth", "выросла на 53%", "+53%"),
            F("exports_growth", "увеличился на 70%", "+70%"),
            F("exports", "351 млн долларов", "351"),
            F("imports_growth", "импорт – на 44%", "+44%"),
            F("imports", "617 млн", "617"),
            F("balance", "-267 млн", "-267"),
            F("balance_previous", "-220 млн", "-220"),
        ),
        items=(
            I("partner:RU", "share", "turnover", "", "40% всего товарооборота"),
            I("partner:RU", "share", "exports", "", "на уровне 7%"),
        ),
        note="351 / 1.7 = 206.5 and 617 / 1.44 = 428.5 before; 635 -> 968 is +52.4%; 428.5 - 206.5 = 222.",
    ),
    Paragraph(
        id="ru-pmr-2019-year",
        language="ru",
        region="Приднестровье",
        country="MD",
        year=2019,
        period="2019",
        currency="USD",
        scale="million",
        source_url="http://kn.md/?p=32752",
        text=(
            "Больше всего товаров, сделанных в Приднестровье, уходит на правый берег Днестра, "
            "следует из данных местного статистического ведомства: Кишинев получает 37,6% всего "
            "экспорта Левобережья, в основном электроэнергию, и поставки растут из года в год. "
            "Второй рынок – Украина с 19,1%, лишь третья – Российская Федерация с 13,2%; далее "
            "Румыния (13,1%), Польша (5,3%) и Италия (3,6%). В целом за 2019 год регион отправил на "
            "экспорт продукции на 657,3 миллиона долларов, на пять процентов меньше, чем в "
            "2018-м, а ввез на 1 208,6 миллиона долларов: Левобережье в два раза больше покупает, "
            "чем продает. Румыния входит и в пятерку главных поставщиков региона."
        ),
        figures=(
            F("exports", "657,3 миллиона долларов", "657.3"),
            F("exports_growth", "на пять процентов меньше", "-5%"),
            F("imports", "1 208,6 миллиона долларов", "1208.6"),
            F(
                "imports_exceed_exports_by",
                "в два раза больше покупает, чем продает",
                "2 times",
            ),
        ),
        items=(
            I("partner:MD", "share", "exports", "", "37,6%"),
            I("partner:UA", "share", "exports", "", "19,1%"),
            I("partner:RU", "share", "exports", "", "13,2%"),
            I("partner:RO", "share", "exports", "", "(13,1%)"),
            I("partner:PL", "share", "exports", "", "(5,3%)"),
            I("partner:IT", "share", "exports", "", "(3,6%)"),
        ),
        note="1208.6 / 657.3 = 1.84, published as 'в два раза'; the partners' shares are of exports.",
    ),
    Paragraph(
        id="ru-pmr-2009-apr",
        language="ru",
        region="Приднестровье",
        country="MD",
        year=2009,
        period="апрель 2009",
        currency="USD",
        scale="million",
        source_url="https://forum.md/789284",
        text=(
            "Продукции из Приднестровья, которую оформила Таможенная служба Молдовы, в апреле "
            "вывезено на 20,8 млн. долларов – почти на 70% меньше, чем в апреле прошлого года, "
            "сообщили «Новому Региону» в министерстве реинтеграции Молдавии. Главная причина – "
            "металлургия: ее экспорт впервые составил лишь 4 млн. долларов, тогда как в 2008 году "
            "металлопродукции вывозили в среднем на 44 млн. долларов в месяц. По объему она теперь "
            "только третья, после продукции легкой промышленности и электроэнергии. Зато аграрии "
            "нарастили продажи: в апреле экспорт сельскохозяйственных предприятий достиг почти 3 "
            "млн. долларов, или 14% всего экспорта, а завод «KVINT» начал поставлять вино и коньяк "
            "в Швейцарию, Германию и Литву."
        ),
        figures=(
            F("exports", "на 20,8 млн. долларов", "20.8"),
            F("exports_growth", "почти на 70% меньше", "-70%", "almost"),
        ),
        items=(
            I("goods:metals", "value", "exports", "", "лишь 4 млн. долларов"),
            I("goods:metals", "value", "exports", "2008, в месяц", "на 44 млн. долларов в месяц"),
            I("goods:agriculture", "value", "exports", "", "почти 3 млн. долларов"),
            I("goods:agriculture", "share", "exports", "", "14% всего экспорта"),
        ),
        note="A month's exports only; 3 / 20.8 = 14.4%.",
    ),
    Paragraph(
        id="ru-pmr-2009-oct",
        language="ru",
        region="Приднестровье",
        country="MD",
        year=2009,
        period="октябрь 2009",
        currency="USD",
        scale="million",
        source_url="https://newdaynews.ru/pmr/256869.html/amp",
        text=(
            "В октябре Таможенная служба Республики Молдова оформила приднестровской продукции на "
            "43 млн. долларов – столько же, сколько в сентябре, но на 24% меньше, чем в октябре "
            "прошлого года, сообщила «Новому Региону» пресс-служба аппарата вице-премьера РМ. "
            "Около 85% этого экспорта дали металлургия и легкая промышленность. До стабилизации "
            "далеко: за десять месяцев 2009 года экспорт составил лишь 63% от уровня 2005 года, "
            "который в Тирасполе считают самым удачным. Почти по всем товарным группам поставки "
            "меньше, чем за тот же период 2008 года; растет лишь сельскохозяйственная продукция, "
            "экспорт которой увеличился в 1,8 раза."
        ),
        figures=(
            F("exports", "на 43 млн. долларов", "43"),
            F("exports_growth", "на 24% меньше", "-24%"),
        ),
        items=(
            I("goods:metals and light industry", "share", "exports", "", "Около 85%"),
            I(
                "reporter",
                "index",
                "exports",
                "январь-октябрь 2009 к 2005",
                "63% от уровня 2005 года",
            ),
            I("goods:agriculture", "growth", "exports", "январь-октябрь 2009", "в 1,8 раза"),
        ),
        note="A month's exports; the ten months are measured against 2005, not the year before.",
    ),
    Paragraph(
        id="ru-pmr-2024-q1",
        language="ru",
        region="Приднестровье",
        country="MD",
        year=2024,
        period="январь-март 2024",
        currency="USD",
        scale="million",
        source_url="https://dnestr.tv/25310-po-itogam-pervogo-kvartala-pridnestrovskiy-eksport-sokratilsya-na-8-import-na-13.html",
        text=(
            "Государственный таможенный комитет ПМР подвел итоги первого квартала: без учета "
            "энергетической составляющей внешнеторговый оборот Приднестровья упал на 13% к "
            "январю-марту 2023-го. Импорт уменьшился на 16%, экспорт – на 8%. Сильнее всего, на "
            "45%, сократились поставки за рубеж машиностроительной продукции, особенно заводов "
            "«Электромаш» и «Молдавкабель». Экспорт электроэнергии снизился на 10%, продовольствия "
            "– на 8% (меньше отгрузили пшеницы, кукурузы и подсолнечника), обуви – на 35%, "
            "химической продукции – на 17%, одежды – на 7%, металлов и изделий из них – на 4%. В "
            "импорте аналитики ГТК отмечают заметное падение ввоза текстильных материалов, "
            "минеральных удобрений, продовольствия и сырья."
        ),
        figures=(
            F("turnover_growth", "упал на 13%", "-13%"),
            F("imports_growth", "уменьшился на 16%", "-16%"),
            F("exports_growth", "экспорт – на 8%", "-8%"),
        ),
        items=(
            I("goods:machinery", "growth", "exports", "", "на 45%"),
            I("goods:electricity", "growth", "exports", "", "снизился на 10%"),
            I("goods:food", "growth", "exports", "", "продовольствия – на 8%"),
            I("goods:footwear", "growth", "exports", "", "обуви – на 35%"),
            I("goods:chemicals", "growth", "exports", "", "химической продукции – на 17%"),
            I("goods:clothing", "growth", "exports", "", "одежды – на 7%"),
            I("goods:metals", "growth", "exports", "", "на 4%"),
        ),
        note="Changes only, all without energy (as the Altai paragraph's are without Kazakhstan).",
    ),
    Paragraph(
        id="ru-luhansk-2008-belarus",
        language="ru",
        region="Луганская область",
        country="UA",
        year=2008,
        period="2008",
        currency="USD",
        scale="million",
        source_url="http://old.loga.gov.ua/oda/press/archive1/2009/08/05/news_9564.html?template=33",
        text=(
            "По итогам 2008 года Республика Беларусь заняла второе после Российской Федерации место "
            "среди стран СНГ во внешней торговле товарами Луганской области, сообщило управление "
            "внешних сношений и внешнеэкономической деятельности облгосадминистрации. На "
            "белорусских партнеров приходится 1,2% внешнеторговых операций области и 2% ее "
            "торговли со странами СНГ. Торговля товарами с Беларусью за 2008 год достигла 115,1 "
            "млн. дол. США, на 46% больше, чем в 2007 году. Экспорт здесь намного превышает "
            "импорт, примерно как 9:1: луганские предприятия продали в Беларусь товаров на 103,5 "
            "млн. дол. США (рост на 42%), а купили на 11,6 млн. дол. США – почти в 2 раза больше, "
            "чем годом ранее. За январь-май 2009 года оборот области с Беларусью составил 20,8 млн. "
            "дол. США."
        ),
        figures=(),
        items=(
            I("partner:BY", "rank", "turnover", "", "второе после Российской Федерации место"),
            I("partner:BY", "share", "turnover", "", "1,2%"),
            I("partner:BY", "share", "turnover with CIS", "", "2% ее торговли"),
            I("partner:BY", "value", "turnover", "", "115,1 млн. дол. США"),
            I("partner:BY", "growth", "turnover", "", "на 46% больше"),
            I("partner:BY", "value", "exports", "", "103,5 млн. дол. США"),
            I("partner:BY", "growth", "exports", "", "(рост на 42%)"),
            I("partner:BY", "value", "imports", "", "11,6 млн. дол. США"),
            I("partner:BY", "growth", "imports", "", "почти в 2 раза больше"),
            I("partner:BY", "ratio", "exports to imports", "", "9:1"),
            I("partner:BY", "value", "turnover", "январь-май 2009", "20,8 млн."),
        ),
        note="Every figure is the trade with one partner: the reporter gets none. 103.5 + 11.6 = 115.1.",
    ),
    Paragraph(
        id="ru-luhansk-2005-russia",
        language="ru",
        region="Луганская область",
        country="UA",
        year=2005,
        period="2005",
        currency="USD",
        scale="million",
        source_url="http://citynews.net.ua/2/5752_1.html",
        text=(
            "Среди всех регионов Украины Луганщина теснее всего сотрудничает с Россией, заявил на "
            "брифинге заместитель председателя Луганской облгосадминистрации Михаил Попов после "
            "подписания в Россоши программ межрегиональных соглашений с Воронежской и Белгородской "
            "областями РФ. Сейчас на торговлю с Россией приходится 54% всего внешнеторгового "
            "оборота Луганской области. По итогам прошлого года оборот области с РФ составил 2 "
            "млрд. 439,1 млн.долл.США, увеличившись по сравнению с 2004 годом почти в пять раз; "
            "внешнеэкономические операции с Россией вели 390 предприятий области. В экспорт идут "
            "черные металлы, продукты нефтепереработки, химическая продукция."
        ),
        figures=(),
        items=(
            I("partner:RU", "share", "turnover", "", "54% всего внешнеторгового"),
            I("partner:RU", "value", "turnover", "", "2 млрд. 439,1 млн.долл.США"),
            I("partner:RU", "growth", "turnover", "", "почти в пять раз"),
            I("companies", "count", "", "", "390 предприятий"),
        ),
        note="The trade with Russia in billions and millions; the reporter's own total is not given.",
    ),
    Paragraph(
        id="ru-lida-2007-5m",
        language="ru",
        region="Лидский район",
        country="BY",
        year=2007,
        period="январь-май 2007",
        currency="USD",
        scale="million",
        source_url="https://bizlida.by/news/view/202",
        text=(
            "Лидский район за январь-май 2007 года продал за рубеж продукции на $217 млн – на "
            "12,5% больше, чем за те же месяцы прошлого года, сообщил председатель Лидского "
            "райисполкома Андрей Худык на семинаре о законодательстве в сфере туризма, который "
            "провела постоянная комиссия Совета Республики. По его словам, экспорт вырос по всем "
            "направлениям: в дальнее зарубежье – на 32%, в Россию – на 25,5%, в страны СНГ – на "
            "23,8%. Внешнеторговое сальдо за пять месяцев положительное и составляет $18 млн "
            "(БелТА)."
        ),
        figures=(
            F("exports", "на $217 млн", "217"),
            F("exports_growth", "на 12,5% больше", "+12.5%"),
            F("balance", "$18 млн", "18"),
        ),
        items=(
            I("group:far abroad", "growth", "exports", "", "на 32%"),
            I("partner:RU", "growth", "exports", "", "на 25,5%"),
            I("group:CIS", "growth", "exports", "", "23,8%"),
        ),
        errors=(
            Error(
                figure="exports_growth",
                published="на 12,5% больше",
                expected="between +23.8% and +32%",
                kind="arithmetic",
                reason=(
                    "The CIS and the far abroad make up all exports; when exports to the CIS grew "
                    "23.8% and to the far abroad 32%, the whole grew between 23.8% and 32%, not "
                    "12.5% (or one of the groups' growths is wrong)."
                ),
            ),
        ),
        note="The audit cannot hold the groups' growths; the conflict is between the total and its parts.",
    ),
    Paragraph(
        id="ru-kyrgyzstan-2012-5m-kazakhstan",
        language="ru",
        region="Киргизия",
        country="KG",
        year=2012,
        period="январь-май 2012",
        currency="USD",
        scale="million",
        source_url="http://regnum.ru/news/1563623.html",
        text=(
            "Бишкек, 22 августа 2012 года. Торговля Киргизии с Казахстаном за пять месяцев 2012 "
            "года выросла почти на 59,5% к тому же периоду 2011 года и достигла $374 млн, сообщил "
            "отдел информационной политики аппарата главы республики со ссылкой на Нацстатком. "
            "Экспорт в Казахстан составил $178,4 млн (рост в 2,1 раза), импорт оттуда – $196,5 млн "
            "(рост на 32,7%). Доля Казахстана во внешней торговле Киргизии поднялась с 10,8% в "
            "2011 году до 25,7% за январь-май 2012 года. Напомним: на третьем заседании "
            "киргизско-казахстанского Межправительственного совета 2 июля стороны договорились "
            "довести годовой товарооборот до $1 млрд."
        ),
        figures=(),
        items=(
            I("partner:KZ", "value", "turnover", "", "$374 млн"),
            I("partner:KZ", "growth", "turnover", "", "почти на 59,5%"),
            I("partner:KZ", "value", "exports", "", "$178,4 млн"),
            I("partner:KZ", "growth", "exports", "", "(рост в 2,1 раза)"),
            I("partner:KZ", "value", "imports", "", "$196,5 млн"),
            I("partner:KZ", "growth", "imports", "", "(рост на 32,7%)"),
            I("partner:KZ", "share", "turnover", "2011", "10,8%"),
            I("partner:KZ", "share", "turnover", "", "25,7%"),
            I("partner:KZ", "target", "turnover", "год", "$1 млрд"),
        ),
        note="A country reporting its trade with one partner: no figure of its own. 178.4 + 196.5 = 374.9, published cut to 374.",
    ),
    Paragraph(
        id="ru-kyrgyzstan-2020-5m",
        language="ru",
        region="Киргизия",
        country="KG",
        year=2020,
        period="январь-май 2020",
        currency="USD",
        scale="million",
        source_url="https://regnum.ru/news/economy/3008824.html",
        text=(
            "Внешнеторговый товарооборот Киргизии за январь — май 2020 года сложился на уровне $2 "
            "млрд 125,8 млн (151,4 млрд рублей), что на 22,7% меньше, чем за пять месяцев 2019 "
            "года, передает нацстатком. Ввоз товаров за это время сократился на 31,8%, тогда как "
            "вывоз киргизстанской продукции прибавил лишь 1,2%. Взаимная торговля республики с "
            "остальными участниками Евразийского экономического союза составила $927,4 млн (66 "
            "млрд рублей) и уменьшилась на 11,9%: поставки в страны ЕАЭС упали на 18,9%, а закупки "
            "у них – на 9,9%. Наибольшая часть этой торговли приходится на Россию – 68,4% и "
            "Казахстан – 29,6%."
        ),
        figures=(
            F("turnover", "$2 млрд 125,8 млн", "2125.8"),
            F("turnover_growth", "на 22,7% меньше", "-22.7%"),
            F("imports_growth", "сократился на 31,8%", "-31.8%"),
            F("exports_growth", "прибавил лишь 1,2%", "+1.2%"),
        ),
        items=(
            I("reporter", "value in RUB", "turnover", "", "(151,4 млрд рублей)"),
            I("group:EAEU", "value", "turnover", "", "$927,4 млн"),
            I("group:EAEU", "value in RUB", "turnover", "", "(66 млрд рублей)"),
            I("group:EAEU", "growth", "turnover", "", "уменьшилась на 11,9%"),
            I("group:EAEU", "growth", "exports", "", "упали на 18,9%"),
            I("group:EAEU", "growth", "imports", "", "у них – на 9,9%"),
            I("partner:RU", "share", "turnover with EAEU", "", "68,4%"),
            I("partner:KZ", "share", "turnover with EAEU", "", "29,6%"),
        ),
        note=(
            "The dollars restated in roubles in brackets. -22.7% from +1.2% and -31.8% holds when "
            "exports were 28% of last year's turnover."
        ),
    ),
    Paragraph(
        id="ru-kyrgyzstan-2021-jan",
        language="ru",
        region="Кыргызстан",
        country="KG",
        year=2021,
        period="январь 2021",
        currency="USD",
        scale="million",
        source_url="https://www.akchabar.kg/kg/news/amp/obem-vneshnej-i-vzaimnoj-torgovli-kyrgyzstana-snizilsya-na-pochti-na-tret/",
        text=(
            "Объем внешней и взаимной торговли Кыргызстана товарами в январе 2021 года Нацстатком "
            "оценил в $352.4 млн – на 27.5% меньше, чем в январе прошлого года. Экспортные "
            "поставки сократились на 11.5%, импортные поступления – на 32.1%. Торговля со странами "
            "Евразийского экономического союза тоже просела: за месяц она составила $169.4 млн, на "
            "19.7% меньше, чем годом ранее, и почти поровну за счет экспорта (-20%) и импорта "
            "(-19.6%). Из этого объема на Россию пришлось 74.4%, на Казахстан – 23.6%."
        ),
        figures=(
            F("turnover", "$352.4 млн", "352.4"),
            F("turnover_growth", "на 27.5% меньше", "-27.5%"),
            F("exports_growth", "сократились на 11.5%", "-11.5%"),
            F("imports_growth", "поступления – на 32.1%", "-32.1%"),
        ),
        items=(
            I("group:EAEU", "value", "turnover", "", "$169.4 млн"),
            I("group:EAEU", "growth", "turnover", "", "19.7% меньше"),
            I("group:EAEU", "growth", "exports", "", "(-20%)"),
            I("group:EAEU", "growth", "imports", "", "(-19.6%)"),
            I("partner:RU", "share", "turnover with EAEU", "", "74.4%"),
            I("partner:KZ", "share", "turnover with EAEU", "", "23.6%"),
        ),
        note="Decimal points in a Russian text; the EAEU's -19.7% lies between -20% and -19.6%.",
    ),
    Paragraph(
        id="ru-ukraine-2011-h1",
        language="ru",
        region="Украина",
        country="UA",
        year=2011,
        period="январь-июнь 2011",
        currency="USD",
        scale="million",
        source_url="http://24tv.ua/ru/ukraina_uvelichila_import_tovarov_v_2_raza_n124050",
        text=(
            "По данным Государственной службы статистики, дефицит внешнеторгового баланса Украины "
            "в первом полугодии 2011 г. вырос в 2,3 раза против 2 млрд 371,6 млн дол. за "
            "январь-июнь 2010 г. Экспорт товаров за полугодие составил 32 млрд 843,3 млн дол., "
            "импорт – 38 млрд 352,9 млн. дол.; к первому полугодию 2010 г. экспорт увеличился на "
            "42,5%, импорт – на 50,8%. Экспортом импорт покрывался на 0,86 (годом ранее – 0,91). "
            "Партнерами были компании из 210 стран мира. На страны СНГ пришлось 36,9% экспорта, "
            "Европы – 29,6% (в т.ч. Европейского Союза – 28,8%), Азии – 24,9%; крупнейшим "
            "покупателем осталась Российская Федерация – 28,2% всего экспорта. Почти треть "
            "экспорта, 33,2%, дали черные металлы и изделия из них."
        ),
        figures=(
            F("balance_previous", "2 млрд 371,6 млн дол.", "-2371.6"),
            F("exports", "32 млрд 843,3 млн дол.", "32843.3"),
            F("imports", "38 млрд 352,9 млн. дол.", "38352.9"),
            F("exports_growth", "увеличился на 42,5%", "+42.5%"),
            F("imports_growth", "импорт – на 50,8%", "+50.8%"),
            F("partner_count", "из 210 стран", "210"),
        ),
        items=(
            I("reporter", "growth", "balance", "", "вырос в 2,3 раза"),
            I("reporter", "coverage", "exports to imports", "", "на 0,86"),
            I("reporter", "coverage", "exports to imports", "январь-июнь 2010", "0,91"),
            I("group:CIS", "share", "exports", "", "36,9%"),
            I("group:Europe", "share", "exports", "", "29,6%"),
            I("group:EU", "share", "exports", "", "28,8%"),
            I("group:Asia", "share", "exports", "", "24,9%"),
            I("partner:RU", "share", "exports", "", "28,2%"),
            I("goods:metals", "share", "exports", "", "33,2%"),
        ),
        note=(
            "A country reporting as a region would. The deficit (5509.6) is not written, only its "
            "multiple: 5509.6 / 2371.6 = 2.32; 32843.3 / 38352.9 = 0.856."
        ),
    ),
)

#: Written after the rules for :data:`RUSSIAN_13`, as a final unseen check.
RUSSIAN_13_FINAL: tuple[Paragraph, ...] = (
    Paragraph(
        id="ru-pmr-2015-may",
        language="ru",
        region="Приднестровский регион",
        country="MD",
        year=2015,
        period="май 2015",
        currency="USD",
        scale="million",
        source_url="https://ipn.md/ru/vneshnetorgovyy-oborot-pridnestrovskogo-regiona-sokratilsya-na-tret-v-mae-7966_1020916.html",
        text=(
            "По данным таможенной администрации левого берега Днестра, на которые ссылается "
            "IPN, в мае 2015 года внешнеторговый оборот приднестровского региона оказался на "
            "34% ниже прошлогоднего. Экспорт за месяц сократился на 15%, импорт — более чем на "
            "40%. Главными торговыми партнерами региона остаются Российская Федерация (45% "
            "совокупного товарооборота), правый берег Днестра (20%) и Украина (8%); торгуют "
            "компании левобережья и со странами ЕС – на Румынию приходится 5% оборота, на "
            "Германию и Италию по 4%, на Польшу – 1%. Половина приднестровского экспорта (51%) "
            "уходит на правый берег, а свыше 60% импорта поступает из России. Импорт из Украины "
            "в этом году уменьшился практически в два раза."
        ),
        figures=(
            F("turnover_growth", "на 34% ниже", "-34%"),
            F("exports_growth", "сократился на 15%", "-15%"),
            F("imports_growth", "более чем на 40%", "-40%", "over"),
        ),
        items=(
            I("partner:RU", "share", "turnover", "", "(45% совокупного товарооборота)"),
            I("partner:MD", "share", "turnover", "", "(20%)"),
            I("partner:UA", "share", "turnover", "", "(8%)"),
            I("partner:RO", "share", "turnover", "", "5% оборота"),
            I("partner:DE", "share", "turnover", "", "по 4%"),
            I("partner:PL", "share", "turnover", "", "1%"),
            I("partner:MD", "share", "exports", "", "(51%)"),
            I("partner:RU", "share", "imports", "", "свыше 60%"),
            I("partner:UA", "fall", "imports", "", "практически в два раза"),
        ),
        note="Changes only; a fall of 34% lies between the exports' 15% and the imports' over 40%.",
    ),
    Paragraph(
        id="ru-belarus-2008-2m",
        language="ru",
        region="Беларусь",
        country="BY",
        year=2008,
        period="январь-февраль 2008",
        currency="USD",
        scale="million",
        source_url="",
        text=(
            "Темп роста внешней торговли Беларуси товарами и услугами за два месяца 2008 года "
            "составил 162,8%, в том числе экспорта – 172,3%, импорта – 154,3%, сообщил 25 апреля "
            "вице-премьер Андрей Кобяков на совместном заседании обеих палат Национального "
            "собрания. Импорт, по его словам, показатель пока не выполняет, зато рост экспорта "
            "превысил задание на 18 процентных пункта. Сальдо внешней торговли за январь-февраль "
            "сложилось отрицательным – $20,6 млн; при допустимом на год показателе в $1 млрд. "
            "420 млн. это, как сказал вице-премьер, в приемлемых пределах."
        ),
        figures=(
            F("turnover_index", "составил 162,8%", "162.8%"),
            F("exports_index", "экспорта – 172,3%", "172.3%"),
            F("imports_index", "импорта – 154,3%", "154.3%"),
            F("balance", "$20,6 млн", "-20.6"),
        ),
        items=(
            I("reporter", "above target", "exports", "", "на 18 процентных пункта"),
            I("reporter", "target", "balance", "2008", "$1 млрд. 420 млн."),
        ),
        note=(
            "No address: the search index stored the page (a digest of 26.04.2008) without it. "
            "A country reporting as a region would; indices ('темп роста') of goods and services."
        ),
    ),
    Paragraph(
        id="ru-belarus-2003-h1",
        language="ru",
        region="Белоруссия",
        country="BY",
        year=2003,
        period="январь-июнь 2003",
        currency="USD",
        scale="million",
        source_url="https://ria.ru/20030801/414519.html",
        text=(
            "Как сообщили в посольстве Белоруссии в Москве, в январе-июне 2003 года на страны "
            "СНГ пришлось 6 млрд 80,3 млн долларов товарооборота республики /61,5 проц общего/, "
            "на остальные страны - 3 млрд 804,4 млн долларов /38,5 проц/. В государства СНГ за "
            "полугодие экспортировано белорусской продукции на 4 млрд 667,1 млн долларов, из них "
            "в Россию - на 2 млрд 148,1 млн долларов; в дальнее зарубежье поставлено товаров на "
            "2 млрд 283 млн долларов. Экспорт республики в фактических ценах вырос на 25,3 проц: "
            "в страны Содружества - на 21,5 проц, в другие страны - на 29,5 проц. Импорт в "
            "Белоруссию за январь-июнь составил 5 млрд 217,6 млн долларов, из них из стран СНГ - "
            "3 млрд 696,2 млн, из государств вне СНГ - 1 млрд 521,4 млн долларов; в целом он "
            "увеличился на 31,5 проц, из стран Содружества - на 36,6 проц, из дальнего "
            "зарубежья - на 20,7 проц. Сальдо внешней торговли за полугодие отрицательное - "
            "550,5 млн долларов."
        ),
        figures=(
            F("exports_growth", "вырос на 25,3 проц", "+25.3%"),
            F("imports", "5 млрд 217,6 млн долларов", "5217.6"),
            F("imports_growth", "увеличился на 31,5 проц", "+31.5%"),
            F("balance", "550,5 млн долларов", "-550.5"),
        ),
        items=(
            I("group:CIS", "value", "turnover", "", "6 млрд 80,3 млн долларов"),
            I("group:CIS", "share", "turnover", "", "/61,5 проц общего/"),
            I("group:far abroad", "value", "turnover", "", "3 млрд 804,4 млн долларов"),
            I("group:far abroad", "share", "turnover", "", "/38,5 проц/"),
            I("group:CIS", "value", "exports", "", "4 млрд 667,1 млн долларов"),
            I("partner:RU", "value", "exports", "", "2 млрд 148,1 млн долларов"),
            I("group:far abroad", "value", "exports", "", "2 млрд 283 млн долларов"),
            I("group:CIS", "growth", "exports", "", "на 21,5 проц"),
            I("group:far abroad", "growth", "exports", "", "на 29,5 проц"),
            I("group:CIS", "value", "imports", "", "3 млрд 696,2 млн"),
            I("group:far abroad", "value", "imports", "", "1 млрд 521,4 млн долларов"),
            I("group:CIS", "growth", "imports", "", "на 36,6 проц"),
            I("group:far abroad", "growth", "imports", "", "на 20,7 проц"),
        ),
        errors=(
            Error(
                figure="item:group:value",
                published="4 млрд 667,1 млн долларов (exports to the CIS)",
                expected="2384.1",
                kind="item",
                reason=(
                    "4667.1 is the whole exports, not the CIS's: the CIS's trade 6080.3 less its "
                    "imports 3696.2 leaves 2384.1 of exports to the CIS; the far abroad's 3804.4 "
                    "less 1521.4 gives its 2283.0 as published; 2384.1 + 2283.0 = 4667.1, and "
                    "4667.1 - 5217.6 = -550.5, the published balance."
                ),
            ),
        ),
        note="A country reporting as a region would; its exports are only written as a group's, by mistake.",
    ),
    Paragraph(
        id="ru-moldova-q1-eu-cis",
        language="ru",
        region="Молдова",
        country="MD",
        year=None,
        period="январь-март",
        currency="USD",
        scale="million",
        source_url="http://logder.ru/p1809.htm",
        text=(
            "За январь-март Молдова вывезла товаров более чем на 505 млн долларов, на 6,7% "
            "больше, чем за тот же период прошлого года. Около 253 млн долларов, или половина "
            "всех поставок, пришлось на Евросоюз: туда шли в основном текстиль, "
            "электрооборудование, растительные продукты и жиры. В страны СНГ отправлено почти "
            "40% товаров, более чем на 200 млн долларов – продукты питания, алкоголь, табак, "
            "товары животного происхождения и текстиль. Годом ранее экспорт в Евросоюз составил "
            "1 млрд 87 млн долларов, а в страны СНГ – около 920 млн долларов."
        ),
        figures=(
            F("exports", "более чем на 505 млн долларов", "505", "over"),
            F("exports_growth", "на 6,7% больше", "+6.7%"),
        ),
        items=(
            I("group:EU", "value", "exports", "", "Около 253 млн долларов"),
            I("group:EU", "share", "exports", "", "половина"),
            I("group:CIS", "share", "exports", "", "почти 40%"),
            I("group:CIS", "value", "exports", "", "более чем на 200 млн долларов"),
            I("group:EU", "value", "exports", "прошлый год", "1 млрд 87 млн долларов"),
            I("group:CIS", "value", "exports", "прошлый год", "около 920 млн долларов"),
        ),
        note="The year is not named; the previous year's groups' exports in billions and millions.",
    ),
)
