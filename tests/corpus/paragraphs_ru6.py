"""Russian paragraphs of the reader corpus, sixth part (see :mod:`tests.corpus.model`).

Six paragraphs written after the rules for the fifth part were in place, and measured
before any rule was written for them: a third unseen sample (Kirov customs, Samarkand,
Volgograd, Krasnodar, Tambov). Every text is our own wording of a published paragraph:
the sentences are rebuilt, the figures, their number formats and the constructions that
make reading hard are kept as published.
"""

from __future__ import annotations

from tests.corpus.model import Error as E  # noqa: N817 (short names keep the data readable)
from tests.corpus.model import Figure as F  # noqa: N817 (short names keep the data readable)
from tests.corpus.model import Item as I  # noqa: N817 (short names keep the data readable)
from tests.corpus.model import Paragraph

__all__ = ["RUSSIAN_6"]

RUSSIAN_6: tuple[Paragraph, ...] = (
    Paragraph(
        id="ru-kirov-customs-2008-11",
        language="ru",
        region="Кировская таможня",
        country="RU",
        year=2008,
        period="ноябрь 2008",
        currency="USD",
        scale="million",
        source_url="http://www.woodbusiness.ru/newsdetail.php?uid=5537&date=200812",
        text=(
            "По данным отчета ФТС о внешнеэкономической деятельности в зоне Кировской таможни, в "
            "ноябре 2008 г. внешняя торговля в регионе деятельности таможни составила 66,1 млн. "
            "долларов, что на 12,8% меньше, чем в ноябре прошлого года. Оборот сократился за счет "
            "экспорта, который уменьшился на 21,6%, несмотря на полуторакратное увеличение импорта "
            "товаров. Стоимость вывезенной древесины снизилась на 14,8%, а ее доля во всем экспорте "
            "составила 20,5%; сократились поставки по всем товарным позициям, кроме продовольствия, "
            "сильнее всего – машиностроительной продукции, черных и цветных металлов. На страны "
            "дальнего зарубежья в ноябре пришлось 73,6% товарооборота, на страны Европейского союза "
            "– 66,2%."
        ),
        figures=(
            F("turnover", "66,1 млн. долларов", "66.1"),
            F("turnover_growth", "на 12,8% меньше", "-12.8%"),
            F("exports_growth", "уменьшился на 21,6%", "-21.6%"),
            F("imports_growth", "полуторакратное увеличение импорта", "1.5 times"),
        ),
        items=(
            I("goods:wood", "growth", "exports", "", "снизилась на 14,8%"),
            I("goods:wood", "share", "exports", "", "составила 20,5%"),
            I("group:far abroad", "share", "turnover", "", "73,6% товарооборота"),
            I("group:EU", "share", "turnover", "", "– 66,2%"),
        ),
        note="One month is the main period; 'полуторакратное увеличение' is a multiple in an adjective.",
    ),
    Paragraph(
        id="ru-samarkand-2021-5m",
        language="ru",
        region="Самаркандская область",
        country="UZ",
        year=2021,
        period="январь-май 2021",
        currency="USD",
        scale="million",
        source_url="https://www.kursiv.uz/news/otraslevye-temy/2021-06/eksport-samarkandskoy-oblasti-sostavil-1564-mln",
        text=(
            "Самарканд. Пресс-служба хокимията сообщила, что в январе-мае текущего года предприятия "
            "Самаркандской области экспортировали товаров на $156,4 млн – на $34,4 млн больше, чем за "
            "те же месяцы прошлого года. Больше половины экспорта (51,2%) дали свежие фрукты и овощи "
            "($40,9%) и текстильные изделия ($39,2 млн). Пряжа, транспортные средства с запчастями и "
            "продукты питания принесли региону соответственно $15,6 млн, $14,6 млн и $13,9 млн, "
            "корма для скота – $8,2 млн, обувь – $4,7 млн, прочие товары – $19,5 млн. Для сравнения: "
            "за четыре месяца 2021 года Узбекистан в целом вывез 327,9 тыс. тонн плодоовощной "
            "продукции на $186 млн, на 34 тыс. тонн меньше в физическом выражении, чем годом ранее."
        ),
        figures=(
            F("exports", "на $156,4 млн", "156.4"),
            F("exports_change", "на $34,4 млн больше", "+34.4"),
        ),
        items=(
            I("goods:fruit and textiles", "share", "exports", "", "(51,2%)"),
            I("goods:fruit", "value", "exports", "", "($40,9%)"),
            I("goods:textiles", "value", "exports", "", "($39,2 млн)"),
            I("goods:yarn", "value", "exports", "", "$15,6 млн"),
            I("goods:vehicles", "value", "exports", "", "$14,6 млн"),
            I("goods:food", "value", "exports", "", "$13,9 млн"),
            I("goods:fodder", "value", "exports", "", "$8,2 млн"),
            I("goods:footwear", "value", "exports", "", "$4,7 млн"),
            I("goods:other", "value", "exports", "", "$19,5 млн"),
            I("country:UZ", "physical", "exports", "январь-апрель 2021", "327,9 тыс. тонн"),
            I("country:UZ", "value", "exports", "январь-апрель 2021", "на $186 млн"),
            I("country:UZ", "physical change", "exports", "январь-апрель 2021", "на 34 тыс. тонн"),
        ),
        errors=(
            E(
                "item:goods:fruit:value",
                "$40,9%",
                "$40,9 млн",
                "item",
                "a dollar amount written with a percent sign: (40,9 + 39,2) / 156,4 = 51,2%, the "
                "share stated for the two groups together",
            ),
        ),
        note="Goods' amounts in a 'соответственно' list; the country's figures for another period.",
    ),
    Paragraph(
        id="ru-volgograd-2014-9m",
        language="ru",
        region="Волгоградская область",
        country="RU",
        year=2014,
        period="январь-сентябрь 2014",
        currency="USD",
        scale="billion",
        source_url="https://gorvesti.ru/economics/vneshnetorgovyj-oborot-volgogradskoj-oblasti-prevysil-413-mlrd-dollarov-24938.html",
        text=(
            "Волгоград, 27 ноября. Как сообщает пресс-служба обладминистрации со ссылкой на "
            "региональное министерство промышленности и торговли, за девять месяцев этого года "
            "внешнеторговый оборот Волгоградской области без учета взаимной торговли с Беларусью и "
            "Казахстаном превысил 4,13 млрд долл. США; 74,1% пришлось на экспорт и 25,9% – на "
            "импорт. Внешнеэкономической деятельностью в области заняты более 80 предприятий. В "
            "экспорте, как обычно, преобладала минеральная продукция – 78,9%, далее продукция "
            "химической промышленности – 4,4%, продовольственные товары и сырье – 4,2%, металлы и "
            "изделия из них – 1,8%. Главные покупатели – Италия (49%), Украина (24,3%), Турция (6,4%) "
            "и США (5,5%). В импорте за январь-сентябрь 2014 года больше всего было машин, "
            "оборудования и транспортных средств – 68,1%, металлов и изделий из них – 14,2% и "
            "химической продукции – 8,5%."
        ),
        figures=(
            F("turnover", "превысил 4,13 млрд долл. США", "4.13", "over"),
            F("exports_share", "74,1% пришлось на экспорт", "74.1%"),
            F("imports_share", "25,9% – на импорт", "25.9%"),
        ),
        items=(
            I("companies", "count", "", "", "более 80 предприятий"),
            I("goods:minerals", "share", "exports", "", "минеральная продукция – 78,9%"),
            I("goods:chemicals", "share", "exports", "", "– 4,4%"),
            I("goods:food", "share", "exports", "", "– 4,2%"),
            I("goods:metals", "share", "exports", "", "– 1,8%"),
            I("partner:IT", "share", "exports", "", "Италия (49%)"),
            I("partner:UA", "share", "exports", "", "Украина (24,3%)"),
            I("partner:TR", "share", "exports", "", "Турция (6,4%)"),
            I("partner:US", "share", "exports", "", "США (5,5%)"),
            I("goods:machinery", "share", "imports", "", "– 68,1%"),
            I("goods:metals", "share", "imports", "", "– 14,2%"),
            I("goods:chemicals", "share", "imports", "", "– 8,5%"),
        ),
        note="Shares before their flows ('74,1% пришлось на экспорт'); goods' and partners' shares in lists.",
    ),
    Paragraph(
        id="ru-volgograd-2021-q1",
        language="ru",
        region="Волгоградская область",
        country="RU",
        year=2021,
        period="январь-март 2021",
        currency="USD",
        scale="million",
        source_url="https://volpromex.ru/yekonomika/obem-otgruzhennyh-za-rubezh-volgogradskih-tovarov-vyros-na-40.html",
        text=(
            "Как сообщает ИА «ВолгаПромЭксперт», за первый квартал 2021 года волгоградские "
            "предприятия всех отраслей отправили за рубеж продукции на 650 млн долларов США, на "
            "40,07% больше, чем годом ранее. По данным регионального комитета экономической "
            "политики и развития, больше всего покупают за рубежом волгоградское топливо, продукты "
            "неорганической химии, зерно, черные металлы и пластмассы. Несырьевой неэнергетический "
            "экспорт по итогам января – марта 2021 года составил 320 млн долларов, что на 29,6 млн "
            "больше, чем в том же периоде предыдущего года, – рост на 10,2 %. Металлурги отгрузили "
            "металлов и изделий из них почти на 9% больше, более чем на 100 млн долларов, химический "
            "комплекс продал за рубеж продукции на 67,9 млн долларов с ростом на 10,3%."
        ),
        figures=(
            F("exports", "на 650 млн долларов США", "650"),
            F("exports_growth", "на 40,07% больше", "+40.07%"),
        ),
        items=(
            I("goods:non-raw", "value", "exports", "", "320 млн долларов"),
            I("goods:non-raw", "change", "exports", "", "на 29,6 млн больше"),
            I("goods:non-raw", "growth", "exports", "", "рост на 10,2 %"),
            I("goods:metals", "growth", "exports", "", "почти на 9% больше"),
            I("goods:metals", "value", "exports", "", "более чем на 100 млн долларов"),
            I("goods:chemicals", "value", "exports", "", "на 67,9 млн долларов"),
            I("goods:chemicals", "growth", "exports", "", "с ростом на 10,3%"),
        ),
        note="Exports as 'отправили за рубеж продукции'; industries as the subjects of the goods' figures.",
    ),
    Paragraph(
        id="ru-krasnodar-2021-q1",
        language="ru",
        region="Краснодарский край",
        country="RU",
        year=2021,
        period="январь-март 2021",
        currency="USD",
        scale="billion",
        source_url="https://xn--80acdismuka0ad2c.xn--p1ai/s-nachala-goda-kubanskij-eksport-vyros-na-15-15831/",
        text=(
            "Краснодар. Глава региона Вениамин Кондратьев сообщил журналистам, что с начала года "
            "экспорт Кубани вырос на 15%: по итогам первого квартала он превысил 1,6 млрд долларов. "
            "Крупнейшие покупатели кубанской продукции – Турция, Египет, Китай, Израиль, Швейцария и "
            "Йемен, на них приходится порядка 50% экспорта края; в этом году заметно выросли поставки "
            "в Иран, Эфиопию и Сирию. Продовольственные товары и сельхозсырье прибавили порядка 35%, "
            "а больше всего выросли металлы и изделия из них – более чем на 90%, до порядка 290 млн "
            "долларов. В рамках нацпроекта «Международная кооперация и экспорт» край намерен в этом "
            "году увеличить поставки агропродукции до более чем 2,7 млрд долларов."
        ),
        figures=(
            F("exports_growth", "экспорт Кубани вырос на 15%", "+15%"),
            F("exports", "он превысил 1,6 млрд долларов", "1.6", "over"),
        ),
        items=(
            I("group:six partners", "share", "exports", "", "порядка 50% экспорта края"),
            I("goods:food", "growth", "exports", "", "прибавили порядка 35%"),
            I("goods:metals", "growth", "exports", "", "более чем на 90%"),
            I("goods:metals", "value", "exports", "", "до порядка 290 млн долларов"),
            I("goods:agri", "target", "exports", "2021", "до более чем 2,7 млрд долларов"),
        ),
        note="'Порядка' bounds; goods as subjects in the nominative; a target for the year, not a result.",
    ),
    Paragraph(
        id="ru-tambov-agri-2020-7m",
        language="ru",
        region="Тамбовская область",
        country="RU",
        year=2020,
        period="январь-июль 2020",
        currency="USD",
        scale="million",
        source_url="http://tambov-news.net/society/2020/09/25/57074.html",
        text=(
            "По данным ФТС России, за январь-июль 2020 года Тамбовская область экспортировала "
            "продовольствия и сырья более чем на 204 миллиона долларов США – в 2,7 раза больше, чем "
            "за тот же период прошлого года. Продовольственные товары и сырье составили 85,5 "
            "процента всего экспорта области. Так за семь месяцев регион на 65 процентов "
            "перевыполнил годовой целевой показатель экспорта продукции АПК, установленный "
            "федеральным проектом «Экспорт продукции АПК» по соглашению с Минсельхозом России."
        ),
        figures=(),
        items=(
            I("goods:food", "value", "exports", "", "более чем на 204 миллиона долларов США"),
            I("goods:food", "multiple", "exports", "", "в 2,7 раза больше"),
            I("goods:food", "share", "exports", "", "85,5 процента всего экспорта"),
            I("goods:agri", "target", "exports", "2020", "на 65 процентов"),
        ),
        note="Food exports only: the region's whole exports are not stated (about 204 / 0,855 = 239).",
    ),
)
