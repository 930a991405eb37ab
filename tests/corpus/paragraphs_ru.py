"""Russian paragraphs of the reader corpus (see :mod:`tests.corpus.model`).

Every text is our own wording of a published paragraph: the sentences are rebuilt,
the figures, their number formats and the constructions that make reading hard are
kept as published. The source of each is in ``source_url``.
"""

from __future__ import annotations

from tests.corpus.model import Error as E  # noqa: N817 (short names keep the data readable)
from tests.corpus.model import Figure as F  # noqa: N817 (short names keep the data readable)
from tests.corpus.model import Item as I  # noqa: N817 (short names keep the data readable)
from tests.corpus.model import Paragraph

__all__ = ["RUSSIAN"]

RUSSIAN: tuple[Paragraph, ...] = (
    Paragraph(
        id="ru-orel-2019-h1",
        language="ru",
        region="Орловская область",
        country="RU",
        year=2019,
        period="январь-июнь 2019",
        currency="USD",
        scale="million",
        source_url="https://orelgrad.ru/2019/09/30/orlovskaya-oblast-upustila-pozicii-na-mirovom-rynke",
        text=(
            "Внешняя торговля Орловской области в первом полугодии сократилась более чем на 7 процентов. "
            "Как сообщает Центральное таможенное управление ФТС России, за январь-июнь 2019 года "
            "внешнеторговый оборот региона составил 272,2 миллиона долларов США, что на 7,4 процента "
            "уступает уровню января-июня 2018 года. Экспорт области уменьшился ровно на 7 процентов, "
            "до 115,0 миллиона долларов США; импорт снизился на 7,6 процента, и его объем сложился в "
            "сумме 157,2 миллиона долларов. На экспорт пришлось 42,2 процента оборота, на импорт – "
            "57,8 процента; сальдо торгового баланса отрицательное, 42,2 миллиона долларов США."
        ),
        figures=(
            F("turnover_growth", "сократилась более чем на 7 процентов", "-7%", "over"),
            F("turnover", "272,2 миллиона долларов США", "272.2"),
            F("turnover_growth", "на 7,4 процента уступает уровню", "-7.4%"),
            F("exports_growth", "уменьшился ровно на 7 процентов", "-7%"),
            F("exports", "115,0 миллиона долларов США", "115.0"),
            F("imports_growth", "снизился на 7,6 процента", "-7.6%"),
            F("imports", "157,2 миллиона долларов", "157.2"),
            F("exports_share", "42,2 процента оборота", "42.2%"),
            F("imports_share", "57,8 процента", "57.8%"),
            F("balance", "сальдо ... отрицательное, 42,2 миллиона долларов США", "-42.2"),
        ),
        note="Balance and the export share are both 42,2: one number, two measures.",
    ),
    Paragraph(
        id="ru-orel-2018-h1",
        language="ru",
        region="Орловская область",
        country="RU",
        year=2018,
        period="январь-июнь 2018",
        currency="USD",
        scale="million",
        source_url="https://orelgrad.ru/blog/2018/09/18/orlovskaya-oblast-natorgovala-na-293-mln-dollarov/",
        text=(
            "Орловская область за первое полугодие наторговала с зарубежьем на 293 млн долларов. "
            "По данным Центрального таможенного управления ФТС России, в январе-июне 2018 года "
            "внешнеторговый оборот области достиг 293 миллионов долларов США (с учетом торговли со "
            "странами ЕАЭС). Орелстат подсчитал, что прошлогодний результат превышен на 47,2 процента. "
            "Импорт против января-июня 2017 года вырос в 1,7 раза, до 169,7 млн долларов США, а экспорт "
            "прибавил 26,8 процента и достиг 123,3 млн долларов."
        ),
        figures=(
            F("turnover", "на 293 млн долларов", "293"),
            F("turnover", "293 миллионов долларов США", "293"),
            F("turnover_growth", "превышен на 47,2 процента", "+47.2%"),
            F("imports_growth", "вырос в 1,7 раза", "1.7 times"),
            F("imports", "169,7 млн долларов США", "169.7"),
            F("exports_growth", "прибавил 26,8 процента", "+26.8%"),
            F("exports", "123,3 млн долларов", "123.3"),
        ),
    ),
    Paragraph(
        id="ru-chelyabinsk-2003-jan-apr",
        language="ru",
        region="Челябинская область",
        country="RU",
        year=2003,
        period="январь-апрель 2003",
        currency="USD",
        scale="million",
        source_url="http://archive.urbc.ru/56754-post56754.html",
        text=(
            "Челябинская область: внешнеторговый оборот за январь – апрель 2003 года – $1.022,4 млн. "
            "Уральское таможенное управление сообщает, что за четыре месяца 2003 г. оборот внешней "
            "торговли области составил $1.022,4 млн. (134,5% к январю – апрелю 2002 г.); из него на "
            "экспорт пришлось $793,4 млн. (139,3%), на импорт – $229 млн. (120,1%). По сведениям "
            "областного комитета по экономике, экспорт занял 77,6% внешнеторгового оборота, импорт – "
            "22,4%, а сальдо торгового баланса сложилось положительное –$137,7 млн."
        ),
        figures=(
            F("turnover", "$1.022,4 млн.", "1022.4"),
            F("turnover", "$1.022,4 млн.", "1022.4"),
            F("turnover_index", "134,5% к январю – апрелю 2002 г.", "134.5%"),
            F("exports", "$793,4 млн.", "793.4"),
            F("exports_index", "(139,3%)", "139.3%"),
            F("imports", "$229 млн.", "229"),
            F("imports_index", "(120,1%)", "120.1%"),
            F("exports_share", "77,6% внешнеторгового оборота", "77.6%"),
            F("imports_share", "22,4%", "22.4%"),
            F("balance", "положительное –$137,7 млн.", "137.7"),
        ),
        errors=(
            E(
                "balance",
                "137.7",
                "564.4",
                "arithmetic",
                "exports 793,4 - imports 229 = 564,4; turnover (793,4 + 229 = 1 022,4), the shares "
                "(77,6% and 22,4%) and the three indices all agree with exports and imports",
                audit=True,
            ),
        ),
        note="A thousands point and a decimal comma in one number; a dash before the balance that is not a minus.",
    ),
    Paragraph(
        id="ru-samara-2009-h1",
        language="ru",
        region="Самарская область",
        country="RU",
        year=2009,
        period="январь-июнь 2009",
        currency="USD",
        scale="million",
        source_url="http://time-samara.ru/content/view/382677/oblast-obognala-stranu",
        text=(
            "Самарская область обогнала страну по глубине падения. Территориальный орган Росстата "
            "сообщает: в январе-июне 2009 года внешнеторговый оборот области сократился на 49,7% к тому "
            "же периоду прошлого года – до $2 млрд 932,7 млн. Экспорт уменьшился на 49,7% и составил "
            "$2 млрд 484,5 млн, импорт – на 50%, до $448,2 млн. По России в целом спад меньше: "
            "внешнеторговый оборот страны за первое полугодие 2009 года упал на 44,1%, до $208,3 млрд, "
            "экспорт – на 46,8%, до $126 млрд, импорт – на 39,3%, до $82,3 млрд."
        ),
        figures=(
            F("turnover_growth", "сократился на 49,7%", "-49.7%"),
            F("turnover", "$2 млрд 932,7 млн", "2932.7"),
            F("exports_growth", "уменьшился на 49,7%", "-49.7%"),
            F("exports", "$2 млрд 484,5 млн", "2484.5"),
            F("imports_growth", "импорт – на 50%", "-50%"),
            F("imports", "$448,2 млн", "448.2"),
        ),
        items=(
            I("country:RU", "growth", "turnover", "", "упал на 44,1%"),
            I("country:RU", "value", "turnover", "", "$208,3 млрд"),
            I("country:RU", "growth", "exports", "", "на 46,8%"),
            I("country:RU", "value", "exports", "", "$126 млрд"),
            I("country:RU", "growth", "imports", "", "на 39,3%"),
            I("country:RU", "value", "imports", "", "$82,3 млрд"),
        ),
    ),
    Paragraph(
        id="ru-sakhalin-2008-q1",
        language="ru",
        region="Сахалинская область",
        country="RU",
        year=2008,
        period="январь-март 2008",
        currency="USD",
        scale="million",
        source_url="https://sakh.online/news/16/2008-04-16/vneshnetorgovyy-oborot-oblasti-v-yanvare-marte-2008-goda-sostavil-bolee-2-mlrd-dollarov-ssha-267605",
        text=(
            "За первый квартал 2008 года внешнеторговый оборот Сахалинской области составил 2 млрд. "
            "342 млн. долларов США – в семь раз больше, чем годом ранее. Как рассказал пресс-секретарь "
            "Сахалинской таможни, на импорт пришлось 9 %: ввезено товаров на 203 млн. долларов США, на "
            "9 % больше прошлогоднего. Среди ввезенного – металлы и изделия из них на 39 млн. долларов, "
            "продукция химической промышленности на 19 млн., минеральные продукты на 8 млн., "
            "топливно-энергетические товары на 6 млн. долларов. Доля экспорта – 91 %: вывезено товаров "
            "на 2 млрд. 139 млн. долларов, в 14 раз больше, чем за январь-март 2007 года. Основу "
            "экспорта составило углеводородное сырье (97,8 %), далее морепродукты (0,16 %), "
            "лесоматериалы (0,24 %) и лом черных металлов (0,14 %). Через границу перемещено свыше "
            "3 млн. 28 тыс. т грузов, 97 % из них – грузы операторов шельфовых проектов. Партнерами "
            "области были 63 страны."
        ),
        figures=(
            F("turnover", "2 млрд. 342 млн. долларов США", "2342"),
            F("turnover_growth", "в семь раз больше", "7 times"),
            F("imports_share", "на импорт пришлось 9 %", "9%"),
            F("imports", "на 203 млн. долларов США", "203"),
            F("imports_growth", "на 9 % больше прошлогоднего", "+9%"),
            F("exports_share", "Доля экспорта – 91 %", "91%"),
            F("exports", "на 2 млрд. 139 млн. долларов", "2139"),
            F("exports_growth", "в 14 раз больше", "14 times"),
            F("partner_count", "63 страны", "63"),
        ),
        items=(
            I("goods:metals", "value", "imports", "", "на 39 млн. долларов"),
            I("goods:chemicals", "value", "imports", "", "на 19 млн."),
            I("goods:minerals", "value", "imports", "", "на 8 млн."),
            I("goods:fuel", "value", "imports", "", "на 6 млн. долларов"),
            I("goods:hydrocarbons", "share", "exports", "", "97,8 %"),
            I("goods:seafood", "share", "exports", "", "0,16 %"),
            I("goods:timber", "share", "exports", "", "0,24 %"),
            I("goods:scrap", "share", "exports", "", "0,14 %"),
            I("reporter", "physical", "turnover", "", "свыше 3 млн. 28 тыс. т"),
            I("group:offshore operators", "share", "physical", "", "97 %"),
        ),
        note="Import growth and import share are both 9 %; a growth written as a word ('в семь раз').",
    ),
    Paragraph(
        id="ru-tatarstan-2006",
        language="ru",
        region="Республика Татарстан",
        country="RU",
        year=2006,
        period="2006",
        currency="USD",
        scale="billion",
        source_url="https://www.tatar-inform.ru/news/gazeta-ru-polozhitelnoe-saldo-vneshnetorgovogo-balansa-tatarstana-sostavilo-10-25-mlrd-44616",
        text=(
            "По данным Татарстанстата, в 2006 году внешнеторговый оборот Татарстана увеличился на 22,3% "
            "и достиг $12,3 млрд. Экспорт занял 91,6% этой суммы, импорт – 8,4%, так что положительное "
            "сальдо внешнеторгового баланса республики составило $10,25 млрд. В экспорте 78,5% пришлось "
            "на топливно-энергетические ресурсы, 11,8% – на химию и нефтехимию, 7,2% – на "
            "машиностроение. В импорте 76,1% составила продукция машиностроения."
        ),
        figures=(
            F("turnover_growth", "увеличился на 22,3%", "+22.3%"),
            F("turnover", "$12,3 млрд", "12.3"),
            F("exports_share", "Экспорт занял 91,6%", "91.6%"),
            F("imports_share", "импорт – 8,4%", "8.4%"),
            F("balance", "положительное сальдо ... $10,25 млрд", "10.25"),
        ),
        items=(
            I("goods:fuel", "share", "exports", "", "78,5%"),
            I("goods:chemicals", "share", "exports", "", "11,8%"),
            I("goods:machinery", "share", "exports", "", "7,2%"),
            I("goods:machinery", "share", "imports", "", "76,1%"),
        ),
    ),
    Paragraph(
        id="ru-tatarstan-2002-9m",
        language="ru",
        region="Республика Татарстан",
        country="RU",
        year=2002,
        period="январь-сентябрь 2002",
        currency="USD",
        scale="million",
        source_url="https://ria.ru/20021209/279100.html",
        text=(
            "Министерство торговли Татарстана сообщило РИА «Новости», что за 9 месяцев года "
            "внешнеторговый оборот республики составил 2 млрд 600 млн долларов США /113 проц к уровню "
            "прошлого года/. Доля экспорта достигла 2 млрд 362 млн долларов, импорт равен 287 млн "
            "долларов. Экспорт остается сырьевым: сырая нефть – около 1 млрд 400 млн долларов, "
            "нефтехимия – порядка 300 млн, нефтепродукты – 180 млн долларов; машиностроительной "
            "продукции вывезено на 330 млн долларов. Крупнейшие торговые партнеры – Швейцария, "
            "Германия, Украина, Финляндия, Польша и Китай."
        ),
        figures=(
            F("turnover", "2 млрд 600 млн долларов США", "2600"),
            F("turnover_index", "/113 проц к уровню прошлого года/", "113%"),
            F("exports", "Доля экспорта достигла 2 млрд 362 млн долларов", "2362"),
            F("imports", "287 млн долларов", "287"),
        ),
        items=(
            I("goods:crude oil", "value", "exports", "", "около 1 млрд 400 млн долларов"),
            I("goods:petrochemicals", "value", "exports", "", "порядка 300 млн"),
            I("goods:oil products", "value", "exports", "", "180 млн долларов"),
            I("goods:machinery", "value", "exports", "", "на 330 млн долларов"),
        ),
        errors=(
            E(
                "turnover",
                "2600",
                "2649",
                "arithmetic",
                "exports 2 362 + imports 287 = 2 649; the turnover written out as '2 млрд 600 млн' is "
                "49 million short, beyond its rounding (probably 2,6 billion rounded, then written out)",
                alternatives=("exports", "imports"),
                audit=True,
            ),
        ),
        note="'Доля экспорта' introduces an amount, not a share.",
    ),
    Paragraph(
        id="ru-tatarstan-2022-h1",
        language="ru",
        region="Республика Татарстан",
        country="RU",
        year=2022,
        period="январь-июнь 2022",
        currency="USD",
        scale="billion",
        source_url="https://mkam.business-gazeta.ru/article/570805",
        text=(
            "Вице-премьер – министр промышленности и торговли Татарстана Олег Коробченко рассказал на "
            "брифинге в кабмине, что за первое полугодие 2022-го внешнеторговый оборот республики "
            "составил $ 9,6 млрд – на 14% больше, чем годом ранее. Экспорт достиг $ 7,8 млрд (+32,9%), "
            "импорт – $ 1,7 млрд (минус 30%). По объему экспорта Татарстан занимает 1-е место среди "
            "регионов ПФО и 5-е в России."
        ),
        figures=(
            F("turnover", "$ 9,6 млрд", "9.6"),
            F("turnover_growth", "на 14% больше", "+14%"),
            F("exports", "$ 7,8 млрд", "7.8"),
            F("exports_growth", "(+32,9%)", "+32.9%"),
            F("imports", "$ 1,7 млрд", "1.7"),
            F("imports_growth", "(минус 30%)", "-30%"),
        ),
        items=(
            I("reporter", "rank", "exports", "", "1-е место среди регионов ПФО"),
            I("reporter", "rank", "exports", "", "5-е в России"),
        ),
    ),
    Paragraph(
        id="ru-sfo-2021",
        language="ru",
        region="Сибирский федеральный округ",
        country="RU",
        year=2021,
        period="2021",
        currency="USD",
        scale="billion",
        source_url="https://sib.fm/news/2022/02/17/vneshnetorgovyj-oborot-sibiri-v-2021-godu-vyros-na-302-",
        text=(
            "Сибирское таможенное управление подвело итоги 2021 года: внешнеторговый оборот Сибирского "
            "федерального округа составил 51,6 млрд долларов США и вырос к 2020 году на 30,2 %. По "
            "словам начальника СТУ Александра Ястребова, объемы торговли превзошли доковидный уровень. "
            "«Выросли и экспорт, и импорт: на 32,4 процента и 22,9 процента соответственно», – уточнил "
            "он. Оборот увеличился во всех регионах округа; в Новосибирской области он составил 7 млрд "
            "585 млн долларов (14,7 %)."
        ),
        figures=(
            F("turnover", "51,6 млрд долларов США", "51.6"),
            F("turnover_growth", "вырос к 2020 году на 30,2 %", "+30.2%"),
            F("exports_growth", "на 32,4 процента", "+32.4%"),
            F("imports_growth", "22,9 процента соответственно", "+22.9%"),
        ),
        items=(
            I("region:Новосибирская область", "value", "turnover", "", "7 млрд 585 млн долларов"),
            I("region:Новосибирская область", "share", "turnover", "", "(14,7 %)"),
        ),
        note="A 'respectively' list of two changes; a region's amount inside the district's report.",
    ),
    Paragraph(
        id="ru-chelyabinsk-2021",
        language="ru",
        region="Челябинская область",
        country="RU",
        year=2021,
        period="2021",
        currency="USD",
        scale="billion",
        source_url="https://www.interfax-russia.ru/ural/news/vneshnetorgovyy-oborot-chelyabinskoy-oblasti-v-2021g-vyros-na-64-5",
        text=(
            "Челябинск, 10 февраля. Как сообщил телеграм-канал экономического блока правительства "
            "области, в 2021 году внешнеторговый оборот Челябинской области достиг $10,8 млрд – на 64,5% "
            "больше, чем в 2020 году. Экспорт вырос на 75,9%, до $7,3 млрд, импорт – на 44,8%, до "
            "$3,5 млрд. Со странами дальнего зарубежья оборот составил $6,1 млрд (рост на 72,4% к 2020 "
            "году), в том числе экспорт – $4,5 млрд (рост в 2 раза) и импорт – $1,6 млрд (рост на "
            "19,23%). Торговля со странами ближнего зарубежья по итогам года составила $4,7 млрд (рост "
            "на 558%): экспорт – $2,8 млрд (рост на 42,8%), импорт – $1,8 млрд (рост на 77,9%). Во "
            "внешней торговле региона преобладает экспорт; быстрее всего росли поставки черных и цветных "
            "металлов ($5,8 млрд, или 80% всего экспорта), минеральной продукции ($458,9 млн, или "
            "6,23%) и продукции машиностроения ($394,4 млн, или 5,36%)."
        ),
        figures=(
            F("turnover", "$10,8 млрд", "10.8"),
            F("turnover_growth", "на 64,5% больше", "+64.5%"),
            F("exports_growth", "Экспорт вырос на 75,9%", "+75.9%"),
            F("exports", "$7,3 млрд", "7.3"),
            F("imports_growth", "импорт – на 44,8%", "+44.8%"),
            F("imports", "$3,5 млрд", "3.5"),
        ),
        items=(
            I("group:far abroad", "value", "turnover", "", "$6,1 млрд"),
            I("group:far abroad", "growth", "turnover", "", "рост на 72,4%"),
            I("group:far abroad", "value", "exports", "", "$4,5 млрд"),
            I("group:far abroad", "growth", "exports", "", "рост в 2 раза"),
            I("group:far abroad", "value", "imports", "", "$1,6 млрд"),
            I("group:far abroad", "growth", "imports", "", "рост на 19,23%"),
            I("group:near abroad", "value", "turnover", "", "$4,7 млрд"),
            I("group:near abroad", "growth", "turnover", "", "рост на 558%"),
            I("group:near abroad", "value", "exports", "", "$2,8 млрд"),
            I("group:near abroad", "growth", "exports", "", "рост на 42,8%"),
            I("group:near abroad", "value", "imports", "", "$1,8 млрд"),
            I("group:near abroad", "growth", "imports", "", "рост на 77,9%"),
            I("goods:metals", "value", "exports", "", "$5,8 млрд"),
            I("goods:metals", "share", "exports", "", "80% всего экспорта"),
            I("goods:minerals", "value", "exports", "", "$458,9 млн"),
            I("goods:minerals", "share", "exports", "", "6,23%"),
            I("goods:machinery", "value", "exports", "", "$394,4 млн"),
            I("goods:machinery", "share", "exports", "", "5,36%"),
        ),
        errors=(
            E(
                "item:group:near abroad:growth",
                "558%",
                "about 58%",
                "item",
                "previous near-abroad trade = 2,8 / 1,428 + 1,8 / 1,779 = 1,96 + 1,01 = 2,97 billion; "
                "4,7 / 2,97 = 1,58: a growth of about 58%, not 558% (the far-abroad and near-abroad "
                "turnovers add up to 10,8 as published)",
            ),
        ),
        note=(
            "The goods' amounts and shares imply exports of about 7,36 billion (458,9 / 6,23% = 7 366; "
            "394,4 / 5,36% = 7 358), a little above the rounding of '$7,3 млрд': not counted as an error."
        ),
    ),
    Paragraph(
        id="ru-karelia-2018-q1",
        language="ru",
        region="Республика Карелия",
        country="RU",
        year=2018,
        period="январь-март 2018",
        currency="USD",
        scale="million",
        source_url="https://rossaprimavera.ru/news/b75798d7",
        text=(
            "Карелиястат: экспорт за 1-й квартал 2018 года вырос на 52%. Пресс-служба правительства "
            "Карелии 31 мая сообщила, что за январь-март предприятия республики нарастили экспорт на 52% "
            "против первого квартала прошлого года. По отчетным данным ФТС России и Карелиястата, "
            "внешняя торговля Карелии за три месяца составила 380,5 млн долларов США. Республика "
            "торговала с контрагентами из 94 стран; главные партнеры – Финляндия (21,1% "
            "внешнеторгового оборота Карелии), ОАЭ (8,8%), Турция (8,8%), Соединенное Королевство "
            "(7,1%), Египет (5,4%), Австрия (4,5%), Германия (4%), Китай (3,9%), Нидерланды (3,8%). "
            "Экспорт продукции из Карелии, увеличившись на 71%, составил 336,1 млн долларов США. Ввоз "
            "товаров в республику против января-марта прошлого года сократился на 16%, до 44,4 млн "
            "долларов США."
        ),
        figures=(
            F("exports_growth", "экспорт за 1-й квартал 2018 года вырос на 52%", "+52%"),
            F("exports_growth", "нарастили экспорт на 52%", "+52%"),
            F("turnover", "380,5 млн долларов США", "380.5"),
            F("partner_count", "из 94 стран", "94"),
            F("exports", "336,1 млн долларов США", "336.1"),
            F("exports_growth", "увеличившись на 71%", "+71%"),
            F("imports_growth", "сократился на 16%", "-16%"),
            F("imports", "44,4 млн долларов США", "44.4"),
        ),
        items=(
            I("partner:FI", "share", "turnover", "", "21,1%"),
            I("partner:AE", "share", "turnover", "", "8,8%"),
            I("partner:TR", "share", "turnover", "", "8,8%"),
            I("partner:GB", "share", "turnover", "", "7,1%"),
            I("partner:EG", "share", "turnover", "", "5,4%"),
            I("partner:AT", "share", "turnover", "", "4,5%"),
            I("partner:DE", "share", "turnover", "", "4%"),
            I("partner:CN", "share", "turnover", "", "3,9%"),
            I("partner:NL", "share", "turnover", "", "3,8%"),
        ),
        errors=(
            E(
                "exports_growth",
                "+52%",
                "+71%",
                "conflict",
                "the headline and the first sentence give exports +52%, the body +71%; with imports -16% "
                "the previous turnover is 336,1 / 1,71 + 44,4 / 0,84 = 249,4 and turnover grew by "
                "52,0% to 53,1%: the 52% is the turnover's growth given to exports",
            ),
        ),
    ),
    Paragraph(
        id="ru-karelia-2020-9m",
        language="ru",
        region="Республика Карелия",
        country="RU",
        year=2020,
        period="январь-сентябрь 2020",
        currency="USD",
        scale="million",
        source_url="https://vestikarelii.ru/news/import-tovarov-v-kareliju-vyros-v-2020-godu-na-fone-padenija-eksporta",
        text=(
            "Как следует из отчета Карелиястата о внешнеэкономической деятельности республики за "
            "январь-сентябрь 2020 года, импорт товаров в Карелию за 9 месяцев вырос на 10,2% к тому же "
            "периоду прошлого года, до 172,9 млн. долларов США. Экспорт карельских производителей, "
            "напротив, сократился более чем на 36,5% (537,4 млн. долларов). Закупки металлов и изделий "
            "из них выросли в 3 раза, минеральных продуктов – в 1,6 раза, продовольствия – на 18,6%, "
            "машиностроительной продукции – на 1%. Экспорт упал главным образом из-за минеральных "
            "продуктов (минус 99,1%): железорудные окатыши не отгружались. Доля стран дальнего "
            "зарубежья в товарообороте республики снизилась до 91,5%. Экспорт в страны вне СНГ "
            "уменьшился на 37,1%, импорт оттуда – на 3,9%; экспорт в СНГ сократился на 22,2%, а импорт "
            "из СНГ вырос в 2,6 раза."
        ),
        figures=(
            F("imports_growth", "вырос на 10,2%", "+10.2%"),
            F("imports", "172,9 млн. долларов США", "172.9"),
            F("exports_growth", "сократился более чем на 36,5%", "-36.5%", "over"),
            F("exports", "(537,4 млн. долларов)", "537.4"),
        ),
        items=(
            I("goods:metals", "fall", "imports", "", "выросли в 3 раза"),
            I("goods:minerals", "growth", "imports", "", "в 1,6 раза"),
            I("goods:food", "growth", "imports", "", "на 18,6%"),
            I("goods:machinery", "growth", "imports", "", "на 1%"),
            I("goods:minerals", "growth", "exports", "", "(минус 99,1%)"),
            I("group:far abroad", "share", "turnover", "", "до 91,5%"),
            I("group:far abroad", "growth", "exports", "", "на 37,1%"),
            I("group:far abroad", "growth", "imports", "", "на 3,9%"),
            I("group:CIS", "growth", "exports", "", "на 22,2%"),
            I("group:CIS", "growth", "imports", "", "в 2,6 раза"),
        ),
    ),
    Paragraph(
        id="ru-karelia-2022",
        language="ru",
        region="Республика Карелия",
        country="RU",
        year=2022,
        period="2022",
        currency="USD",
        scale="billion",
        source_url="https://karelia.rbc.ru/karelia/20/04/2023/644141da9a7947ca80dd49ef",
        text=(
            "Глава Карелии Артур Парфенчиков, отчитываясь перед Законодательным собранием за 2022 год, "
            "сообщил, что экспорт товаров из республики вырос почти на 8% и превысил 1, 36 млрд "
            "долларов. Раньше карельскую продукцию покупали в основном Финляндия и страны ЕС, а в "
            "прошлом году более чем в 2 раза выросли поставки в Китай, Турцию и Индию; их доли в "
            "экспорте региона составили 19,7%, 18,3% и 5,8% соответственно."
        ),
        figures=(
            F("exports_growth", "вырос почти на 8%", "+8%", "almost"),
            F("exports", "превысил 1, 36 млрд долларов", "1.36", "over"),
        ),
        items=(
            I("partner:CN", "growth", "exports", "", "более чем в 2 раза"),
            I("partner:TR", "growth", "exports", "", "более чем в 2 раза"),
            I("partner:IN", "growth", "exports", "", "более чем в 2 раза"),
            I("partner:CN", "share", "exports", "", "19,7%"),
            I("partner:TR", "share", "exports", "", "18,3%"),
            I("partner:IN", "share", "exports", "", "5,8%"),
        ),
        note="'1, 36 млрд' has a space after the decimal comma, as published.",
    ),
    Paragraph(
        id="ru-karelia-2022-tass",
        language="ru",
        region="Республика Карелия",
        country="RU",
        year=2022,
        period="2022",
        currency="USD",
        scale="billion",
        source_url="https://tass.ru/ekonomika/17571267",
        text=(
            "ТАСС, 20 апреля. По итогам 2022 года Республика Карелия нарастила экспорт товаров на 7,6%, "
            "до суммы свыше $1,36 млрд, сообщил в отчете перед Законодательным собранием глава "
            "республики Артур Парфенчиков. «Карелия осталась экспортно-ориентированным регионом: объем "
            "экспорта вырос на 7,6%, а поставки в Турцию, Китай и Индию – более чем в два раза», – "
            "сказал он."
        ),
        figures=(
            F("exports_growth", "нарастила экспорт товаров на 7,6%", "+7.6%"),
            F("exports", "свыше $1,36 млрд", "1.36", "over"),
            F("exports_growth", "объем экспорта вырос на 7,6%", "+7.6%"),
        ),
        items=(
            I("partner:TR", "growth", "exports", "", "более чем в два раза"),
            I("partner:CN", "growth", "exports", "", "более чем в два раза"),
            I("partner:IN", "growth", "exports", "", "более чем в два раза"),
        ),
    ),
    Paragraph(
        id="ru-omsk-2015-10m",
        language="ru",
        region="Омская область",
        country="RU",
        year=2015,
        period="январь-октябрь 2015",
        currency="USD",
        scale="million",
        source_url="",
        text=(
            "Омская область за год заметно увеличила долю СНГ во внешнеторговом обороте: с 16,8% до "
            "28,37%, свидетельствует статистика Сибирского таможенного управления. В денежном выражении "
            "оборот со странами Содружества за январь-октябрь 2015 года вырос к тому же периоду прошлого "
            "года почти на 16,2% – до $169,7 млн. Главным партнером региона в СНГ остался Азербайджан: "
            "на него приходится 81,3% оборота со странами Содружества, а сам оборот почти удвоился и к "
            "ноябрю достиг $137,99 млн. Товарооборот с Молдовой вырос на 17,5%, до $499,1 тыс. Торговля "
            "с Туркменистаном сократилась примерно в 2,5 раза (до $601,3 тыс. за январь-октябрь 2015 "
            "года), с Кыргызстаном – тоже (до $5 млн), с Украиной и Узбекистаном – более чем вдвое (до "
            "$16,86 млн и $5,33 млн)."
        ),
        figures=(),
        items=(
            I("group:CIS", "share", "turnover", "", "до 28,37%"),
            I("group:CIS", "share", "turnover", "январь-октябрь 2014", "с 16,8%"),
            I("group:CIS", "growth", "turnover", "", "почти на 16,2%"),
            I("group:CIS", "value", "turnover", "", "$169,7 млн"),
            I("partner:AZ", "share", "turnover", "", "81,3% оборота со странами Содружества"),
            I("partner:AZ", "growth", "turnover", "", "почти удвоился"),
            I("partner:AZ", "value", "turnover", "", "$137,99 млн"),
            I("partner:MD", "growth", "turnover", "", "на 17,5%"),
            I("partner:MD", "value", "turnover", "", "$499,1 тыс."),
            I("partner:TM", "fall", "turnover", "", "примерно в 2,5 раза"),
            I("partner:TM", "value", "turnover", "", "$601,3 тыс."),
            I("partner:KG", "value", "turnover", "", "$5 млн"),
            I("partner:UA", "fall", "turnover", "", "более чем вдвое"),
            I("partner:UA", "value", "turnover", "", "$16,86 млн"),
            I("partner:UZ", "value", "turnover", "", "$5,33 млн"),
        ),
        note=(
            "Every amount is the CIS group's or a partner's: the reporter's own turnover is not stated. "
            "No address: the page (an agency report quoting Newsomsk.ru and the Siberian customs "
            "administration) was stored by the search index without it."
        ),
    ),
)
