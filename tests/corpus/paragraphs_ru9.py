"""Russian paragraphs of the reader corpus, ninth part (see :mod:`tests.corpus.model`).

Customs offices' releases and news agencies' reports, 2009-2023, written after the rules
for the earlier parts and measured before any rule was written for them: Sughd region of
Tajikistan (its customs administration and statistics office), Kharkiv and Donetsk
regions of Ukraine, the Far Eastern customs administration and Vladivostok customs.
Every text is our own wording of a published paragraph: the sentences are rebuilt, the
figures, their number formats and the constructions that make reading hard are kept as
published.
"""

from __future__ import annotations

from tests.corpus.model import Error, Paragraph
from tests.corpus.model import Figure as F  # noqa: N817 (short names keep the data readable)
from tests.corpus.model import Item as I  # noqa: N817 (short names keep the data readable)

__all__ = ["RUSSIAN_9"]

RUSSIAN_9: tuple[Paragraph, ...] = (
    Paragraph(
        id="ru-sughd-customs-2022-9m",
        language="ru",
        region="Согдийская область",
        country="TJ",
        year=2022,
        period="январь-сентябрь 2022",
        currency="USD",
        scale="million",
        source_url="https://sugdnews.com/2022/10/14/sogd-vvoz-tovarov-preobladaet-nad-vyvozom",
        text=(
            "Таможенная служба Согдийской области сообщает: за январь-сентябрь 2022 года "
            "внешнеторговый оборот области достиг 2300,1 млн. долларов США – на 43,1 процента, или "
            "на 692,9 млн. долларов, больше, чем за те же месяцы прошлого года. Торговый баланс за "
            "этот период сложился отрицательный, 714,6 млн. долларов США. Внешнеторговые связи "
            "область поддерживала с 56 странами мира – 10 странами СНГ и 46 странами дальнего "
            "зарубежья. На страны СНГ приходится 69,8 процентов оборота, или 1604,6 млн. долларов, "
            "на дальнее зарубежье – 30,3 процента, или 695,5 млн. долларов США. По данным "
            "областного управления статистики, удельный вес экспорта во внешнеторговом обороте за "
            "девять месяцев составляет 34,5 процентов, импорта – 65,5 процентов. Дефицит торговли со "
            "странами СНГ составил 632,7 млн. долларов, с дальним зарубежьем – 81,9 млн. долларов "
            "США."
        ),
        figures=(
            F("turnover", "2300,1 млн. долларов США", "2300.1"),
            F("turnover_growth", "на 43,1 процента", "+43.1%"),
            F("turnover_change", "на 692,9 млн. долларов, больше", "+692.9"),
            F("balance", "отрицательный, 714,6 млн. долларов США", "-714.6"),
            F("partner_count", "с 56 странами мира", "56"),
            F("exports_share", "удельный вес экспорта ... 34,5 процентов", "34.5%"),
            F("imports_share", "импорта – 65,5 процентов", "65.5%"),
        ),
        items=(
            I("group:CIS", "count", "turnover", "", "10 странами СНГ"),
            I("group:far abroad", "count", "turnover", "", "46 странами дальнего зарубежья"),
            I("group:CIS", "share", "turnover", "", "69,8 процентов оборота"),
            I("group:CIS", "value", "turnover", "", "1604,6 млн. долларов"),
            I("group:far abroad", "share", "turnover", "", "30,3 процента"),
            I("group:far abroad", "value", "turnover", "", "695,5 млн. долларов США"),
            I("group:CIS", "value", "balance", "", "632,7 млн. долларов"),
            I("group:far abroad", "value", "balance", "", "81,9 млн. долларов"),
        ),
        note="Groups' shares and deficits after the reporter's; the flows' shares of turnover.",
    ),
    Paragraph(
        id="ru-sughd-customs-2022",
        language="ru",
        region="Согдийская область",
        country="TJ",
        year=2022,
        period="2022",
        currency="USD",
        scale="billion",
        source_url="https://sugdnews.com/2023/02/18/v-2022-godu-cherez-tamozhennye-posty-sogda-importirovano-tovarov-na-2-1-mlrd",
        text=(
            "Худжанд. На итоговой пресс-конференции Регионального управления таможни в Согдийской "
            "области сообщили, что в прошедшем году товарооборот через таможенные пункты области "
            "составил 3 млрд. 158 млн. 675 тысяч долларов США. Это на 922 млн. долларов США, или на "
            "41 процент, больше, чем в 2021 году. Начальник управления Зафар Махмадиев уточнил, что "
            "экспорт за год вырос на 72 процента, или на 453 млн. долларов, и составил 1,1 млрд. "
            "долларов США. Прирост дали концентрат и руда – на 388 млн. долларов, "
            "сельскохозяйственная продукция – на 13,1 млн. долларов, хлопковое волокно – на 10,1 "
            "млн. долларов и одежда – на 3,1 млн. долларов; вывоз хлопковой нити, напротив, "
            "уменьшился на 5,1 млн. долларов, кожи – на 491 тысячу долларов, кокона – на 320 тысяч "
            "долларов США."
        ),
        figures=(
            F("turnover", "3 млрд. 158 млн. 675 тысяч долларов США", "3.158675"),
            F("turnover_change", "на 922 млн. долларов США", "+0.922"),
            F("turnover_growth", "на 41 процент, больше", "+41%"),
            F("exports_growth", "вырос на 72 процента", "+72%"),
            F("exports_change", "на 453 млн. долларов", "+0.453"),
            F("exports", "1,1 млрд. долларов США", "1.1"),
        ),
        items=(
            I("goods:ores", "change", "exports", "", "на 388 млн. долларов"),
            I("goods:food", "change", "exports", "", "на 13,1 млн. долларов"),
            I("goods:cotton fibre", "change", "exports", "", "на 10,1 млн. долларов"),
            I("goods:clothing", "change", "exports", "", "на 3,1 млн. долларов"),
            I("goods:cotton yarn", "change", "exports", "", "уменьшился на 5,1 млн. долларов"),
            I("goods:leather", "change", "exports", "", "на 491 тысячу долларов"),
            I("goods:cocoons", "change", "exports", "", "на 320 тысяч долларов США"),
        ),
        note="A compound amount in three scales; the year only as 'прошедший' against 2021; goods' changes.",
    ),
    Paragraph(
        id="ru-sughd-2022-q1",
        language="ru",
        region="Согдийская область",
        country="TJ",
        year=2022,
        period="I квартал 2022",
        currency="USD",
        scale="million",
        source_url="https://sugdnews.com/2022/04/12/sogd-import-prevyshaet-jeksport-na-206-5-mln/",
        text=(
            "Ввоз товаров в Согдийскую область превышает вывоз на 206,5 млн. долларов США. За первый "
            "квартал 2022 года импорт в область составил 463,5 млн. долларов США – на 118,4 млн. "
            "долларов, или 34,3 процента, больше, чем в тот же период 2021 года. Экспорт, по данным "
            "исполнительного органа государственной власти области, достиг 257,0 млн. долларов США "
            "и по сравнению с первым кварталом 2021 года увеличился на 122,4 млн. долларов, или 90,9 "
            "процентов. Основной товар вывоза – руда и концентраты: 93,5 тн. на сумму 159,5 млн. "
            "долларов США, это 62 процента всего экспорта. Экспорт цемента вырос на 35 тысяч 121 "
            "тонну и составил 168 тысяч 870 тонн на сумму 4,9 млн. долларов США."
        ),
        figures=(
            F("balance", "превышает вывоз на 206,5 млн. долларов США", "-206.5"),
            F("imports", "463,5 млн. долларов США", "463.5"),
            F("imports_change", "на 118,4 млн. долларов", "+118.4"),
            F("imports_growth", "34,3 процента, больше", "+34.3%"),
            F("exports", "257,0 млн. долларов США", "257.0"),
            F("exports_change", "увеличился на 122,4 млн. долларов", "+122.4"),
            F("exports_growth", "90,9 процентов", "+90.9%"),
        ),
        items=(
            I("goods:ores", "physical", "exports", "", "93,5 тн."),
            I("goods:ores", "value", "exports", "", "159,5 млн. долларов США"),
            I("goods:ores", "share", "exports", "", "62 процента всего экспорта"),
            I("goods:cement", "physical change", "exports", "", "на 35 тысяч 121 тонну"),
            I("goods:cement", "physical", "exports", "", "168 тысяч 870 тонн"),
            I("goods:cement", "value", "exports", "", "4,9 млн. долларов США"),
        ),
        note="The balance as 'ввоз превышает вывоз на'; tonnage in a compound ('168 тысяч 870 тонн').",
    ),
    Paragraph(
        id="ru-sughd-customs-2023-h1",
        language="ru",
        region="Согдийская область",
        country="TJ",
        year=2023,
        period="январь-июнь 2023",
        currency="USD",
        scale="million",
        source_url="https://sugdnews.com/2023/08/16/jeksport-produkcii-iz-sogda-sokratilsja-na-18-3-procenta",
        text=(
            "По данным Регионального управления Таможенной службы Таджикистана в Согдийской "
            "области, в первом полугодии 2023 года в регион ввезено продукции на 962,2 млн. "
            "долларов США; против того же периода прошлого года импорт вырос на 29,3 млн. долларов, "
            "или на 3,27 процента. Рост, по словам начальника управления Зафара Махмадиева, дали "
            "авиатопливо (на 3,1 млн. долларов), транспортные средства (на 56,3 млн. долларов), "
            "промышленное оборудование (6 млн. долларов), дизельное топливо (9,3 млн. долларов) и "
            "минеральные удобрения (1,2 млн. долларов США). Экспорт же за шесть месяцев сократился "
            "на 95,2 млн. долларов США, или на 18,3 процента, и составил 424,6 млн. долларов США: "
            "руды и концентратов вывезено на 90,4 млн. доллара меньше, хлопковой пряжи – на 13,1 "
            "млн. долларов."
        ),
        figures=(
            F("imports", "на 962,2 млн. долларов США", "962.2"),
            F("imports_change", "импорт вырос на 29,3 млн. долларов", "+29.3"),
            F("imports_growth", "на 3,27 процента", "+3.27%"),
            F("exports_change", "на 95,2 млн. долларов США", "-95.2"),
            F("exports_growth", "на 18,3 процента", "-18.3%"),
            F("exports", "424,6 млн. долларов США", "424.6"),
        ),
        items=(
            I("goods:jet fuel", "change", "imports", "", "(на 3,1 млн. долларов)"),
            I("goods:vehicles", "change", "imports", "", "(на 56,3 млн. долларов)"),
            I("goods:machinery", "change", "imports", "", "(6 млн. долларов)"),
            I("goods:diesel", "change", "imports", "", "(9,3 млн. долларов)"),
            I("goods:fertilisers", "change", "imports", "", "(1,2 млн. долларов США)"),
            I("goods:ores", "change", "exports", "", "на 90,4 млн. доллара меньше"),
            I("goods:cotton yarn", "change", "exports", "", "на 13,1 млн. долларов"),
        ),
        errors=(
            Error(
                figure="imports_growth",
                published="на 3,27 процента",
                expected="+3.14%",
                kind="arithmetic",
                reason=(
                    "imports of 962,2 that grew by 29,3 were 932,9 a year earlier: 29,3 / 932,9 = "
                    "3.14%, not 3.27% (3.27% of a base 932,9 is 30,5); exports fit (95,2 / 519,8 = 18.3%)"
                ),
                alternatives=("imports_change",),
            ),
        ),
        note="The imports' absolute and relative changes do not fit each other; goods' changes in brackets.",
    ),
    Paragraph(
        id="ru-kharkiv-2011-8m",
        language="ru",
        region="Харьковская область",
        country="UA",
        year=2011,
        period="январь-август 2011",
        currency="USD",
        scale="million",
        source_url="https://www.057.ua/news/86326/v-etom-godu-harkovskaa-oblast-pokazala-otricatelnyj-torgovyj-balans",
        text=(
            "С начала года предприятия и организации Харьковской области отправляли продукцию в 103 "
            "страны мира и получали импортные товары также из 103 стран, сообщил заместитель "
            "председателя облгосадминистрации Валентин Дулуб. Экспортные поставки, по его оценке, "
            "составили 1181,1 млн. дол. США – на 32,8% больше, чем за тот же период прошлого года; "
            "импортные поступления выросли на 29,1%, до 1425,3 млн. дол. США, так что год область "
            "заканчивает с отрицательным торговым балансом. Растет экспорт в страны СНГ: в январе – "
            "августе на них пришлось 75% всех вывезенных товаров, на другие страны – 25%. Экспорт в "
            "СНГ с начала 2011 года составил 885,9 млн. дол., в остальные страны мира – 295,2 млн. "
            "дол.; импорт – 630,6 млн. дол. и 794,7 млн. дол. соответственно."
        ),
        figures=(
            F("exports", "1181,1 млн. дол. США", "1181.1"),
            F("exports_growth", "на 32,8% больше", "+32.8%"),
            F("imports_growth", "выросли на 29,1%", "+29.1%"),
            F("imports", "1425,3 млн. дол. США", "1425.3"),
        ),
        items=(
            I("reporter", "count", "exports", "", "в 103 страны мира"),
            I("reporter", "count", "imports", "", "из 103 стран"),
            I("group:CIS", "share", "exports", "", "75% всех вывезенных товаров"),
            I("group:far abroad", "share", "exports", "", "на другие страны – 25%"),
            I("group:CIS", "value", "exports", "", "885,9 млн. дол."),
            I("group:far abroad", "value", "exports", "", "295,2 млн. дол."),
            I("group:CIS", "value", "imports", "", "630,6 млн. дол."),
            I("group:far abroad", "value", "imports", "", "794,7 млн. дол."),
        ),
        note=(
            "The period only as 'с начала года' and later 'в январе – августе'; groups' exports and "
            "a 'respectively' list of groups' imports."
        ),
    ),
    Paragraph(
        id="ru-kharkiv-2010-9m",
        language="ru",
        region="Харьковская область",
        country="UA",
        year=2010,
        period="январь-сентябрь 2010",
        currency="USD",
        scale="billion",
        source_url="https://www.057.ua/amp/news/33156/vnesnetorgovyj-oborot-harkovskoj-obl-za-anvar-sentabr-2010-g-sostavil-23-mlrd-doll",
        text=(
            "За девять месяцев 2010 года внешнеторговый оборот Харьковской обл. вырос на 17% к тому "
            "же периоду 2009 г. и составил 2,3 млрд долл., сообщил заместитель председателя "
            "облгосадминистрации Юрий Сапронов. Экспорт увеличился на 8%, до 970 млн долл., а "
            "импорт вырос более чем на 25% и составил почти 1,3 млрд долл.: опережающий рост импорта "
            "Сапронов объяснил прежде всего закупками комплектующих для промышленных предприятий "
            "области. Главный партнер области – Российская Федерация: на нее приходится более 54% "
            "экспорта Харьковской обл. и порядка 38% всего импорта, а товарооборот с Россией в "
            "2010 г. вырос на 40%."
        ),
        figures=(
            F("turnover_growth", "вырос на 17%", "+17%"),
            F("turnover", "2,3 млрд долл.", "2.3"),
            F("exports_growth", "увеличился на 8%", "+8%"),
            F("exports", "970 млн долл.", "0.970"),
            F("imports_growth", "вырос более чем на 25%", "+25%", "over"),
            F("imports", "почти 1,3 млрд долл.", "1.3", "almost"),
        ),
        items=(
            I("partner:RU", "share", "exports", "", "более 54%"),
            I("partner:RU", "share", "imports", "", "порядка 38% всего импорта"),
            I("partner:RU", "growth", "turnover", "", "вырос на 40%"),
        ),
        note="Billions and millions in one text; bounds; a partner's shares and growth after the reporter's.",
    ),
    Paragraph(
        id="ru-kharkiv-2018-h1",
        language="ru",
        region="Харьковская область",
        country="UA",
        year=2018,
        period="январь-июнь 2018",
        currency="USD",
        scale="million",
        source_url="https://test.mykharkov.info/chetvertaya-chast-eksporta-iz-harkovskoj-oblasti-idet-v-rossiyu-43883",
        text=(
            "За первые шесть месяцев 2018 года Харьковская область экспортировала товаров на "
            "606,7 млн.долл. США, а импортировала на 803,7 млн.долл., сообщило областное управление "
            "статистики. Против того же периода 2017 года экспорт вырос на 4%, импорт – на 6,1%. "
            "Внешнеторговые операции Харьковщина вела со 142 странами мира. Крупнейшим покупателем ее "
            "товаров по-прежнему остается Российская Федерация – 24,1% всего экспорта региона; далее "
            "идут Япония (6,3%), Египет (5,1%), Польша (4,6%) и Беларусь (4,4%). Больше всего "
            "импорта поступает из Китая – 19%, России – 17,3%, Германии – 7,3%, Италии – 5,8% и "
            "США – 4,7%."
        ),
        figures=(
            F("exports", "606,7 млн.долл. США", "606.7"),
            F("imports", "803,7 млн.долл.", "803.7"),
            F("exports_growth", "экспорт вырос на 4%", "+4%"),
            F("imports_growth", "импорт – на 6,1%", "+6.1%"),
            F("partner_count", "со 142 странами мира", "142"),
        ),
        items=(
            I("partner:RU", "share", "exports", "", "24,1% всего экспорта региона"),
            I("partner:JP", "share", "exports", "", "(6,3%)"),
            I("partner:EG", "share", "exports", "", "(5,1%)"),
            I("partner:PL", "share", "exports", "", "(4,6%)"),
            I("partner:BY", "share", "exports", "", "(4,4%)"),
            I("partner:CN", "share", "imports", "", "Китая – 19%"),
            I("partner:RU", "share", "imports", "", "России – 17,3%"),
            I("partner:DE", "share", "imports", "", "Германии – 7,3%"),
            I("partner:IT", "share", "imports", "", "Италии – 5,8%"),
            I("partner:US", "share", "imports", "", "США – 4,7%"),
        ),
        note="Amounts glued to the scale ('606,7 млн.долл.'); two lists of partners' shares.",
    ),
    Paragraph(
        id="ru-donetsk-2014-h1",
        language="ru",
        region="Донецкая область",
        country="UA",
        year=2014,
        period="январь-июнь 2014",
        currency="USD",
        scale="million",
        source_url="https://versiiua.net/economic/za-pervoe-vneshnetorgovyj-oborot-doneckoj-oblasti-sokratilsja-pochti-148215",
        text=(
            "Пресс-служба Донецкой областной государственной администрации сообщает, что в І "
            "полугодии 2014 года внешнеторговый оборот области уменьшился на 19,1% против того же "
            "периода 2013 года. «Оборот за первое полугодие упал на 19,1% (6603,3 млн долл.). Экспорт "
            "региона снизился на 14,4% (5340,1 млн долл.), импорт – на 34,4% (1263,2 млн долл.)», – "
            "говорится в сообщении. Сальдо внешней торговли осталось положительным – 4076,9 млн "
            "долл., хотя и уменьшилось на 5,4%. Крупнейшие торговые партнеры области – Российская "
            "Федерация, Италия, Турция, Египет и США."
        ),
        figures=(
            F("turnover_growth", "уменьшился на 19,1%", "-19.1%"),
            F("turnover_growth", "упал на 19,1%", "-19.1%"),
            F("turnover", "(6603,3 млн долл.)", "6603.3"),
            F("exports_growth", "снизился на 14,4%", "-14.4%"),
            F("exports", "(5340,1 млн долл.)", "5340.1"),
            F("imports_growth", "импорт – на 34,4%", "-34.4%"),
            F("imports", "(1263,2 млн долл.)", "1263.2"),
            F("balance", "положительным – 4076,9 млн долл.", "4076.9"),
        ),
        items=(I("reporter", "growth", "balance", "", "уменьшилось на 5,4%"),),
        note=(
            "The main period's values in brackets after the changes (usually last year's place); "
            "the balance's own fall; the headline's change restated."
        ),
    ),
    Paragraph(
        id="ru-donetsk-2013",
        language="ru",
        region="Донецкая область",
        country="UA",
        year=2013,
        period="2013",
        currency="USD",
        scale="billion",
        source_url="http://www.kakrabota.com.ua/article/35876",
        text=(
            "Донецкая область остается первой в Украине по объему экспорта: по данным Главного "
            "управления статистики в области, за прошлый год предприятия региона вывезли товаров на "
            "12,4 млрд долларов США, или 19,6% всего украинского экспорта. Продукция Донетчины в "
            "2013 году шла более чем в 140 стран мира, но больше всего – в страны СНГ: 4,1 млрд "
            "долларов, или 32,8%, хотя поставки в Содружество сократились против 2012 года на 14%. "
            "Сама Российская Федерация купила донецких товаров на 21% меньше – на 2,4 млрд долларов, "
            "что дало 19,7% валютной выручки региона. Страны Европы (без СНГ), напротив, увеличили "
            "закупки на 4,8%, до 3,2 млрд долларов, или 26,2% экспорта области; крупнейший покупатель "
            "среди них – Италия (10,7% продаж, 1,3 млрд)."
        ),
        figures=(F("exports", "12,4 млрд долларов США", "12.4"),),
        items=(
            I("reporter", "rank", "exports", "", "первой в Украине"),
            I("reporter", "share of country", "exports", "", "19,6% всего украинского экспорта"),
            I("reporter", "count", "exports", "", "более чем в 140 стран мира"),
            I("group:CIS", "value", "exports", "", "4,1 млрд долларов"),
            I("group:CIS", "share", "exports", "", "32,8%"),
            I("group:CIS", "growth", "exports", "", "сократились против 2012 года на 14%"),
            I("partner:RU", "growth", "exports", "", "на 21% меньше"),
            I("partner:RU", "value", "exports", "", "на 2,4 млрд долларов"),
            I("partner:RU", "share", "exports", "", "19,7% валютной выручки региона"),
            I("group:Europe", "growth", "exports", "", "увеличили закупки на 4,8%"),
            I("group:Europe", "value", "exports", "", "3,2 млрд долларов"),
            I("group:Europe", "share", "exports", "", "26,2% экспорта области"),
            I("partner:IT", "share", "exports", "", "10,7% продаж"),
            I("partner:IT", "value", "exports", "", "1,3 млрд"),
        ),
        note=(
            "One figure of the reporter among many of groups and partners, whose changes are stated "
            "as the partners' purchases ('купила на 21% меньше', 'увеличили закупки на 4,8%')."
        ),
    ),
    Paragraph(
        id="ru-donetsk-2014-5m",
        language="ru",
        region="Донецкая область",
        country="UA",
        year=2014,
        period="январь-май 2014",
        currency="USD",
        scale="million",
        source_url="https://kv.com.ua/economics/eksport-tovarov-iz-doneckoj-za-5-mes.-g.-sokratilsja-17---do-4-mlrd-42456",
        text=(
            "Главное управление статистики Донецкой области сообщило, что за январь-май 2014 г. "
            "экспорт товаров из области составил 4 млрд 405 млн долл. – на 17% меньше, чем за те же "
            "месяцы 2013 г. Продукцию за пять месяцев вывозили в 110 стран мира. Первое место заняла "
            "Италия: туда отправлено товаров на 580,6 млн долл., на 5,4% больше, чем годом раньше, "
            "или 13,2% областного объема. Экспорт в Российскую Федерацию, до 2014 г. крупнейшего "
            "партнера, сократился на 48,2%, до 559,9 млн долл. (12,7% всех поставок, второе место). "
            "Третья – Турция: поставки туда выросли на 2,4%, до 460,4 млн долл., или 10,5%. Египет "
            "на четвертом месте – 375,9 млн долл., в 1,8 раза больше, чем в январе-мае 2013 г., и "
            "8,5% областного объема. Черных металлов за пределы Украины продано на 2897,4 млн "
            "долл., это 65,8% областного экспорта товаров."
        ),
        figures=(
            F("exports", "4 млрд 405 млн долл.", "4405"),
            F("exports_growth", "на 17% меньше", "-17%"),
        ),
        items=(
            I("reporter", "count", "exports", "", "в 110 стран мира"),
            I("partner:IT", "value", "exports", "", "580,6 млн долл."),
            I("partner:IT", "growth", "exports", "", "на 5,4% больше"),
            I("partner:IT", "share", "exports", "", "13,2% областного объема"),
            I("partner:RU", "growth", "exports", "", "сократился на 48,2%"),
            I("partner:RU", "value", "exports", "", "559,9 млн долл."),
            I("partner:RU", "share", "exports", "", "(12,7% всех поставок"),
            I("partner:TR", "growth", "exports", "", "выросли на 2,4%"),
            I("partner:TR", "value", "exports", "", "460,4 млн долл."),
            I("partner:TR", "share", "exports", "", "или 10,5%"),
            I("partner:EG", "value", "exports", "", "375,9 млн долл."),
            I("partner:EG", "growth", "exports", "", "в 1,8 раза больше"),
            I("partner:EG", "share", "exports", "", "8,5% областного объема"),
            I("goods:metals", "value", "exports", "", "на 2897,4 млн долл."),
            I("goods:metals", "share", "exports", "", "65,8% областного экспорта товаров"),
        ),
        note="A compound amount; partners' ranks, values, changes and shares; a goods group's value and share.",
    ),
    Paragraph(
        id="ru-vladivostok-customs-2020-q1",
        language="ru",
        region="Владивостокская таможня (Приморский край)",
        country="RU",
        year=2020,
        period="I квартал 2020",
        currency="USD",
        scale="billion",
        source_url="https://tass.ru/ekonomika/8150345",
        text=(
            "ВЛАДИВОСТОК, 3 апреля. /ТАСС/. Владивостокская таможня отмечает рост товарооборота в "
            "первом квартале 2020 года на 8,1%, хотя в феврале, на фоне коронавирусной инфекции, "
            "объемы перемещаемых грузов падали, сообщила в пятницу пресс-служба таможни. «С середины "
            "февраля около месяца товарооборот каждую неделю уменьшался на 7-10%; сейчас он "
            "стабилен и растет», – говорится в сообщении. Всего за квартал в регионе перемещено "
            "2,4 млн тонн товаров, на 8,1% больше, чем за тот же период прошлого года, а общая "
            "стоимость грузов составила $4,7 млрд."
        ),
        figures=(F("turnover", "$4,7 млрд", "4.7"),),
        items=(
            I(
                "reporter",
                "physical growth",
                "turnover",
                "",
                "рост товарооборота в первом квартале 2020 года на 8,1%",
            ),
            I("reporter", "physical growth", "turnover", "", "на 8,1% больше"),
            I("reporter", "physical", "turnover", "", "2,4 млн тонн"),
            I("reporter", "weekly change", "turnover", "февраль-март", "на 7-10%"),
        ),
        note=(
            "The headline's 'рост товарооборота на 8,1%' is the tonnage's growth, as the body restates "
            "it; the value comes last and has no change; a weekly fall of a range."
        ),
    ),
    Paragraph(
        id="ru-far-east-customs-2009",
        language="ru",
        region="Дальневосточное таможенное управление",
        country="RU",
        year=2009,
        period="2009",
        currency="USD",
        scale="billion",
        source_url="http://interfax-russia.ru/FarEast/news.asp?id=119385&sec=1671",
        text=(
            "Владивосток. 20 января. ИНТЕРФАКС – ДАЛЬНИЙ ВОСТОК – В 2009 году через таможни Дальнего "
            "Востока прошло товаров на $22,1 млрд – на 32% меньше, чем в 2008 году. «Мировой "
            "кризис, так или иначе, отразился на оформлении грузов: импорт заметно упал, экспорт "
            "остался почти на прежнем уровне, но мировые цены на сырье снизились, и это сказалось на "
            "платежах», – сказал агентству начальник Дальневосточного таможенного управления (ДВТУ) "
            "Сергей Пашко, добавив, что плановое задание по сборам управление выполнило на 101%. По "
            "данным пресс-службы ДВТУ, экспорт через дальневосточную границу в 2009 году стоил "
            "$15,4 млрд. – на 22% ниже уровня 2008 года; вывозили, как обычно, нефть и "
            "нефтепродукты, рыбу, древесину и черные металлы."
        ),
        figures=(
            F("turnover", "$22,1 млрд", "22.1"),
            F("turnover_growth", "на 32% меньше", "-32%"),
            F("exports", "$15,4 млрд.", "15.4"),
            F("exports_growth", "на 22% ниже уровня 2008 года", "-22%"),
        ),
        items=(I("customs", "share", "", "", "выполнило на 101%"),),
        note=(
            "A customs area's trade as goods passing its customs; 'экспорт остался почти на прежнем "
            "уровне' is the volume, the value fell 22%; the plan of collections fulfilled at 101%."
        ),
    ),
    Paragraph(
        id="ru-ural-customs-2022-h1",
        language="ru",
        region="Уральское таможенное управление",
        country="RU",
        year=2022,
        period="январь-июнь 2022",
        currency="USD",
        scale="million",
        source_url="https://fedpress.ru/news/66/economy/3058417",
        text=(
            "СВЕРДЛОВСКАЯ ОБЛАСТЬ, 20 июля, ФедералПресс. Начальник Уральского таможенного "
            "управления Алексей Фролов сообщил на пресс-конференции, что в первом полугодии 2022 "
            "года внешнеторговый оборот Уральского региона увеличился на 4%. «Три главных "
            "страны-контрагента по итогам полугодия: Китай – 22%, Турция – 10%, Узбекистан – "
            "8,6%», – сказал он. Торговля с дальним зарубежьем выросла всего на 1,6%, с партнерами "
            "из СНГ – на 25%; оборот с Узбекистаном увеличился в полтора раза. В экспорте 63% "
            "приходится на черные и цветные металлы, а стоимость вывезенных лесоматериалов выросла "
            "на 11%."
        ),
        figures=(F("turnover_growth", "увеличился на 4%", "+4%"),),
        items=(
            I("partner:CN", "share", "turnover", "", "Китай – 22%"),
            I("partner:TR", "share", "turnover", "", "Турция – 10%"),
            I("partner:UZ", "share", "turnover", "", "Узбекистан – 8,6%"),
            I("group:far abroad", "growth", "turnover", "", "выросла всего на 1,6%"),
            I("group:CIS", "growth", "turnover", "", "– на 25%"),
            I("partner:UZ", "multiple", "turnover", "", "увеличился в полтора раза"),
            I("goods:metals", "share", "exports", "", "63%"),
            I("goods:timber", "growth", "exports", "", "выросла на 11%"),
        ),
        note=(
            "Final unseen check. One reporter's figure; partners' shares in a quoted list; groups' "
            "and a partner's changes; a goods group's share and growth."
        ),
    ),
    Paragraph(
        id="ru-mineralovodsk-customs-2018-9m",
        language="ru",
        region="Минераловодская таможня",
        country="RU",
        year=2018,
        period="январь-сентябрь 2018",
        currency="USD",
        scale="million",
        source_url="https://portalminvod.ru/news/obschestvo/2018-10-25/mineralovodskie-tamozhenniki-rasskazali-o-prodelannoy-rabote-s-nachala-2018-goda-46144",
        text=(
            "Ко Дню таможенника, 25 октября, Минераловодская таможня подвела итоги работы с начала "
            "2018 года. За девять месяцев таможенники оформили около миллиона тонн "
            "внешнеэкономических грузов, а общий товарооборот превысил 746 миллионов долларов. В "
            "аэропортах Минеральных Вод, Ставрополя, Нальчика и Грозного оформлено 2 845 воздушных "
            "судов, таможенный контроль прошли 390 тысяч пассажиров международных рейсов. По фактам "
            "незаконного провоза валюты, украшений и товаров возбуждено 1346 дел об "
            "административных правонарушениях и 15 уголовных дел; изъято и уничтожено около пяти "
            "тонн санкционной продукции."
        ),
        figures=(F("turnover", "превысил 746 миллионов долларов", "746", "over"),),
        items=(
            I("reporter", "physical", "turnover", "", "около миллиона тонн"),
            I("aircraft", "count", "", "", "2 845 воздушных судов"),
            I("passengers", "count", "", "", "390 тысяч пассажиров"),
            I("cases", "count", "", "", "1346 дел"),
            I("cases", "count", "", "", "15 уголовных дел"),
            I("goods:sanctioned", "physical", "", "", "около пяти тонн"),
        ),
        note=(
            "Final unseen check. A customs house's year so far; the turnover as a bound; numbers in "
            "words ('около миллиона тонн', 'пяти тонн'); counts of aircraft, passengers and cases."
        ),
    ),
    Paragraph(
        id="ru-siberian-customs-timber-2011",
        language="ru",
        region="Сибирское таможенное управление",
        country="RU",
        year=2011,
        period="2011",
        currency="USD",
        scale="billion",
        source_url="https://interfax.ru/amp/229441",
        text=(
            "Новосибирск. 6 февраля. INTERFAX.RU – В зоне деятельности Сибирского таможенного "
            "управления (СТУ) экспорт лесоматериалов в 2011 г. увеличился против 2010 г. на 18,2%, "
            "до $2,734 млрд., сообщает управление. Лес из Сибири вывозили в 53 страны ближнего и "
            "дальнего зарубежья. На дальнее зарубежье (прежде всего Китай, Японию, Египет, Германию и "
            "Афганистан) пришлось 85,7% стоимости экспорта лесоматериалов, на страны СНГ (в основном "
            "Узбекистан и Таджикистан) – 14,3%. В СТУ входят таможни от Новосибирской и Алтайской до "
            "Хакасской и Читинской."
        ),
        figures=(),
        items=(
            I("goods:timber", "growth", "exports", "", "увеличился против 2010 г. на 18,2%"),
            I("goods:timber", "value", "exports", "", "$2,734 млрд."),
            I("goods:timber", "count", "exports", "", "в 53 страны"),
            I("group:far abroad", "share", "exports", "", "85,7%"),
            I("group:CIS", "share", "exports", "", "– 14,3%"),
        ),
        note=(
            "Final unseen check. No figure of the reporter: every figure is a goods group's (timber), "
            "stated as 'экспорт лесоматериалов'; the groups' shares are of the timber exports."
        ),
    ),
    Paragraph(
        id="ru-dnipropetrovsk-2006-01",
        language="ru",
        region="Днепропетровская область",
        country="UA",
        year=2006,
        period="январь 2006",
        currency="USD",
        scale="million",
        source_url="http://elcomart.com/show/50046.html",
        text=(
            "По информации главного управления статистики в Днепропетровской обл., в январе 2006 г. "
            "экспорт товаров из области сократился на 13,3% к январю 2005 г., а импорт увеличился в "
            "1,6 раза. Экспорт составил $421,3 млн., импорт – $211 млн.; положительное сальдо "
            "внешней торговли – $210,3 млн. (в январе 2005 г. – $352,5 млн.). Черные металлы и "
            "изделия из них дают 77% экспорта области, но их поставки за месяц уменьшились на 13,5%; "
            "меньше вывезено также изделий из черных металлов, железнодорожных локомотивов и "
            "трамваев. Ввоз машин и оборудования вырос в 2,6 раза, черных металлов – в 1,5 раза, руд, "
            "шлаков и золы – на 13,1%, нефти и нефтепродуктов – на 13,7%. По данным таможенной службы "
            "Украины, Днепропетровская обл. – вторая в стране по внешнеэкономическим связям: на нее "
            "приходится 18% экспорта и 8% импорта товаров Украины."
        ),
        figures=(
            F("exports_growth", "сократился на 13,3%", "-13.3%"),
            F("imports_growth", "увеличился в 1,6 раза", "1.6 times"),
            F("exports", "$421,3 млн.", "421.3"),
            F("imports", "$211 млн.", "211"),
            F("balance", "положительное сальдо внешней торговли – $210,3 млн.", "210.3"),
            F("balance_previous", "$352,5 млн.", "352.5"),
        ),
        items=(
            I("goods:metals", "share", "exports", "", "77% экспорта области"),
            I("goods:metals", "growth", "exports", "", "уменьшились на 13,5%"),
            I("goods:machinery", "multiple", "imports", "", "вырос в 2,6 раза"),
            I("goods:metals", "multiple", "imports", "", "в 1,5 раза"),
            I("goods:ores", "growth", "imports", "", "на 13,1%"),
            I("goods:oil", "growth", "imports", "", "на 13,7%"),
            I("reporter", "rank", "turnover", "", "вторая в стране"),
            I("reporter", "share of country", "exports", "", "18% экспорта"),
            I("reporter", "share of country", "imports", "", "8% импорта товаров Украины"),
        ),
        note=(
            "Second final unseen check. One month; last year's balance in brackets; goods groups' "
            "multiples and changes in an elliptic list; the region's shares of the country's trade."
        ),
    ),
    Paragraph(
        id="ru-zabaikalsk-customs-2011-h1",
        language="ru",
        region="Забайкальская таможня",
        country="RU",
        year=2011,
        period="январь-июнь 2011",
        currency="RUB",
        scale="million",
        source_url="https://www.interfax-russia.ru/siberia/news/zabaykalskaya-tamozhnya-v-i-polugodii-uvelichila-perechisleniya-v-byudzhet-na-40-5",
        text=(
            "Чита. 26 июля. ИНТЕРФАКС-СИБИРЬ – Забайкальская таможня в январе-июне 2011 года нарастила "
            "экспорт на 12%, импорт – на 35% к тому же периоду прошлого года, до 31,688 тыс. и "
            "185,153 тыс. тонн соответственно, сообщила пресс-служба ведомства. Стоимость экспорта и "
            "импорта пресс-служба не называет; в федеральный бюджет таможня перечислила 1 млрд 689,5 "
            "млн рублей против 1 млрд 202,3 млн рублей за 6 месяцев 2010 года (рост на 40,5% – ИФ). "
            "Экспорт вырос за счет вывоза руды, а в импорте из КНР больше всего продовольственных и "
            "промышленных товаров и оборудования. Таможня работает на границе с Китаем; в сентябре ее "
            "переподчинят Читинской таможне."
        ),
        figures=(),
        items=(
            I("reporter", "physical growth", "exports", "", "нарастила экспорт на 12%"),
            I("reporter", "physical growth", "imports", "", "импорт – на 35%"),
            I("reporter", "physical", "exports", "", "31,688 тыс."),
            I("reporter", "physical", "imports", "", "185,153 тыс. тонн"),
            I("customs", "value", "", "", "1 млрд 689,5 млн рублей"),
            I("customs", "value", "", "6 месяцев 2010", "1 млрд 202,3 млн рублей"),
            I("customs", "growth", "", "", "(рост на 40,5% – ИФ)"),
        ),
        note=(
            "Second final unseen check. The growths are of tonnage, as only the 'respectively' list "
            "of tonnes after them shows; the value is not given; customs payments in a compound amount."
        ),
    ),
    Paragraph(
        id="ru-buryat-customs-timber-2017",
        language="ru",
        region="Бурятская таможня",
        country="RU",
        year=2017,
        period="2017",
        currency="USD",
        scale="unit",
        source_url="https://baikal24-sport.ru/adaptive/text?date=07-02-2018&url=cherez",
        text=(
            "Бурятская таможня опубликовала итоги экспорта лесоматериалов за прошлый год: главным "
            "покупателем леса из Бурятии остается Китай, кроме него лес в 2017 году вывозили в "
            "Монголию, Германию, Японию, Сирию и Францию. Всего за 2017 год вывезено 1 миллион 994,7 "
            "тысячи кубометров леса и лесоматериалов – на 17,4 процента больше, чем годом ранее, – на "
            "127 миллионов 126 тысяч 560 долларов США. Обработанные лесоматериалы составили 91,98 "
            "процента, необработанные – 8,02 процента; вывоз необработанных вырос на 11,9 процента, "
            "обработанных – на 14 процентов. По нарушениям при вывозе леса таможня возбудила 20 "
            "уголовных дел."
        ),
        figures=(),
        items=(
            I("goods:timber", "physical", "exports", "", "1 миллион 994,7 тысячи кубометров"),
            I("goods:timber", "physical growth", "exports", "", "на 17,4 процента больше"),
            I("goods:timber", "value", "exports", "", "127 миллионов 126 тысяч 560 долларов США"),
            I("goods:processed timber", "share", "exports", "", "91,98 процента"),
            I("goods:raw timber", "share", "exports", "", "8,02 процента"),
            I("goods:raw timber", "physical growth", "exports", "", "вырос на 11,9 процента"),
            I("goods:processed timber", "physical growth", "exports", "", "на 14 процентов"),
            I("cases", "count", "", "", "20 уголовных дел"),
        ),
        note=(
            "Second final unseen check. No figure of the reporter: the release is about one goods "
            "group (timber), its volume in cubic metres and its value in a compound amount in three scales."
        ),
    ),
)
