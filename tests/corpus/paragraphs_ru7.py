"""Russian paragraphs of the reader corpus, seventh part (see :mod:`tests.corpus.model`).

Four paragraphs written after the rules for the sixth part were in place, and measured
before any rule was written for them: a fourth unseen sample (Altai krai, Mordovia).
Every text is our own wording of a published paragraph: the sentences are rebuilt, the
figures, their number formats and the constructions that make reading hard are kept as
published.
"""

from __future__ import annotations

from tests.corpus.model import Figure as F  # noqa: N817 (short names keep the data readable)
from tests.corpus.model import Item as I  # noqa: N817 (short names keep the data readable)
from tests.corpus.model import Paragraph

__all__ = ["RUSSIAN_7"]

RUSSIAN_7: tuple[Paragraph, ...] = (
    Paragraph(
        id="ru-altai-krai-2011-h1",
        language="ru",
        region="Алтайский край",
        country="RU",
        year=2011,
        period="январь-июнь 2011",
        currency="USD",
        scale="million",
        source_url="https://www.interfax-russia.ru/siberia/news/tovarooborot-altayskogo-kraya-v-i-polugodii-vyros-na-3",
        text=(
            "Барнаул. 14 июля. ИНТЕРФАКС-СИБИРЬ – Пресс-центр краевой администрации сообщил, что в "
            "первом полугодии 2011 года товарооборот Алтайского края (без учета торговли с "
            "Казахстаном) вырос на 3% к тому же периоду прошлого года и составил за январь-июнь "
            "$395,45 млн. Больше всего приходится на страны дальнего зарубежья – 64,7%, или $255,76 "
            "млн; экспорт в эти страны увеличился на 43,1%, импорт – на 3,4%. Товарообмен со "
            "странами ближнего зарубежья вырос на 13,8%, хотя импорт из них сократился на 51,7%. "
            "Экспортируемые товары стоят в 1,4 раза больше, чем импортируемые."
        ),
        figures=(
            F("turnover_growth", "вырос на 3%", "+3%"),
            F("turnover", "$395,45 млн", "395.45"),
            F(
                "exports_exceed_imports_by",
                "Экспортируемые товары стоят в 1,4 раза больше, чем импортируемые",
                "1.4 times",
            ),
        ),
        items=(
            I("group:far abroad", "share", "turnover", "", "– 64,7%"),
            I("group:far abroad", "value", "turnover", "", "$255,76 млн"),
            I("group:far abroad", "growth", "exports", "", "увеличился на 43,1%"),
            I("group:far abroad", "growth", "imports", "", "импорт – на 3,4%"),
            I("group:near abroad", "growth", "turnover", "", "вырос на 13,8%"),
            I("group:near abroad", "growth", "imports", "", "сократился на 51,7%"),
        ),
        note="Groups' figures after the reporter's; the excess as adjectives ('экспортируемые ... импортируемые').",
    ),
    Paragraph(
        id="ru-mordovia-2024-h1",
        language="ru",
        region="Республика Мордовия",
        country="RU",
        year=2024,
        period="январь-июнь 2024",
        currency="USD",
        scale="million",
        source_url="https://infomordovia.ru/?action=view&id=29108&module=articles",
        text=(
            "Глава Мордовии Артём Здунов 6 сентября провел совещание по международному "
            "сотрудничеству. Министр экономики, торговли и предпринимательства республики Иван "
            "Горин отметил, что показатели этого года – лучшие с 2015 года: за первое полугодие 2024 "
            "года внешнеторговый оборот Мордовии вырос против того же периода прошлого года в два "
            "раза и составил 282 млн долларов США. Увеличение экспорта превысило 158 %, а импорт "
            "вырос в 2,7 раза. Главные торговые партнеры республики по-прежнему Китай, Казахстан, "
            "Киргизия и Беларусь."
        ),
        figures=(
            F(
                "turnover_growth",
                "вырос против того же периода прошлого года в два раза",
                "2 times",
            ),
            F("turnover", "282 млн долларов США", "282"),
            F("exports_index", "Увеличение экспорта превысило 158 %", "158%", "over"),
            F("imports_growth", "вырос в 2,7 раза", "2.7 times"),
        ),
        note=(
            "'Увеличение экспорта превысило 158 %' can only be an index (exports about 1,58 times): "
            "with imports 2,7 times, a growth of 158% would make the turnover about 2,6 times, not 2."
        ),
    ),
    Paragraph(
        id="ru-mordovia-customs-october",
        language="ru",
        region="Республика Мордовия",
        country="RU",
        year=None,
        period="октябрь",
        currency="USD",
        scale="unit",
        source_url="https://regnum.ru/news/182184.html",
        text=(
            "Как сообщили корреспонденту ИА REGNUM-ВолгаИнформ в пресс-службе Мордовской таможни, в "
            "октябре текущего года стоимостной объем внешнеторгового оборота Мордовии составил 5 млн. "
            "997 тысяч 100 долларов США. В целом оборот вырос в 1,8 раза к тому же месяцу прошлого "
            "года за счет импорта, который увеличился в 3,6 раза. Ввозили в октябре в основном из "
            "дальнего зарубежья: из Германии (34% всего импорта), Испании (20%), Бразилии (20%) и "
            "Китая (11%). 71% всего импорта пришелся на четыре компании – ООО «ФК «АГРО», ОАО "
            "«Сыродельный комбинат «Ичалковский», ОАО «Агрофирма «Октябрьская» и ЗАО «Ромодановский "
            "сахарный завод»."
        ),
        figures=(
            F("turnover", "5 млн. 997 тысяч 100 долларов США", "5997100"),
            F("turnover_growth", "вырос в 1,8 раза", "1.8 times"),
            F("imports_growth", "увеличился в 3,6 раза", "3.6 times"),
        ),
        items=(
            I("partner:DE", "share", "imports", "", "(34% всего импорта)"),
            I("partner:ES", "share", "imports", "", "(20%)"),
            I("partner:BR", "share", "imports", "", "(20%)"),
            I("partner:CN", "share", "imports", "", "(11%)"),
            I("companies", "share", "imports", "", "71% всего импорта"),
        ),
        note="One month; an amount in three scales ('5 млн. 997 тысяч 100'); the growth's cause in a relative clause.",
    ),
    Paragraph(
        id="ru-altai-kazakhstan",
        language="ru",
        region="Алтайский край",
        country="RU",
        year=None,
        period="год (не указан)",
        currency="USD",
        scale="million",
        source_url="https://www.amic.ru/news/prochee/gubernator-tomenko-nazval-kazahstan-samym-krupnym-vneshnetorgovym-partnerom-altayskogo-kraya/",
        text=(
            "Выступая на XVI Форуме межрегионального сотрудничества Казахстана и России, губернатор "
            "Виктор Томенко назвал Казахстан крупнейшим внешнеторговым партнером Алтайского края: "
            "на эту страну приходится более 30% экспорта региона. «Товарооборот края с Республикой "
            "Казахстан составил порядка 480 миллионов долларов США, из них примерно 360 миллионов – "
            "экспорт, 120 миллионов – импорт. А всего Алтайский край поставляет на экспорт продукции "
            "более чем на 1 миллиард 100 миллионов долларов», – сказал он. С 2016 по 2018 год "
            "товарооборот с Казахстаном вырос более чем в 1,5 раза."
        ),
        figures=(F("exports", "более чем на 1 миллиард 100 миллионов долларов", "1100", "over"),),
        items=(
            I("partner:KZ", "share", "exports", "", "более 30% экспорта региона"),
            I("partner:KZ", "value", "turnover", "", "порядка 480 миллионов долларов США"),
            I("partner:KZ", "value", "exports", "", "примерно 360 миллионов"),
            I("partner:KZ", "value", "imports", "", "120 миллионов"),
            I("partner:KZ", "multiple", "turnover", "2016-2018", "более чем в 1,5 раза"),
        ),
        note="A partner's turnover split into flows ('из них ... экспорт, ... импорт'); the region's own exports once.",
    ),
)
