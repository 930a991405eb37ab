"""Russian paragraphs of the reader corpus, eleventh part (see :mod:`tests.corpus.model`).

Ten paragraphs of regional governments, customs offices and news agencies, 2008-2025,
written for the abstention rule of issue 15 and measured before any change to the reader:
Orenburg (2025), Dagestan (2022 and 2024), Mari El, Kostroma, Pavlodar region of
Kazakhstan, Rostov (2024 and 2025), Ulyanovsk and the North-Western customs
administration. Several give the reporter no figure at all (a goods group's exports, a
partner's trade, a growth against a year that is not the previous one, tonnage only):
they test that the reader does not give it one.
Every text is our own wording of a published paragraph: the sentences are rebuilt, the
figures, their number formats and the constructions that make reading hard are kept as
published.
"""

from __future__ import annotations

from tests.corpus.model import Figure as F  # noqa: N817 (short names keep the data readable)
from tests.corpus.model import Item as I  # noqa: N817 (short names keep the data readable)
from tests.corpus.model import Paragraph

__all__ = ["RUSSIAN_11", "RUSSIAN_11_FINAL", "RUSSIAN_11_FINAL_2"]

RUSSIAN_11: tuple[Paragraph, ...] = (
    Paragraph(
        id="ru-orenburg-2025-h1",
        language="ru",
        region="Оренбургская область",
        country="RU",
        year=2025,
        period="январь-июнь 2025",
        currency="USD",
        scale="billion",
        source_url="https://tass.ru/novosti-regionov/25395683",
        text=(
            "ОРЕНБУРГ, 20 октября. /ТАСС/. По итогам первого полугодия 2025 года оборот внешней "
            "торговли Оренбургской области превысил $1,4 млрд и оказался на 4,3 % выше, чем за "
            "тот же период 2024 года, написал в своем Telegram-канале губернатор Евгений Солнцев. "
            "Среди 14 субъектов Приволжского федерального округа регион по-прежнему на 6-м месте. "
            "Оренбургские предприятия работают с 63 странами мира, 39 из них покупают продукцию "
            "области; экспорт составил более $1,1 млрд, или 115,1 % к первому полугодию 2024 года. "
            "Основные покупатели – страны СНГ, Китай и Иран, а большую часть экспорта дают "
            "минеральный комплекс и металлургия."
        ),
        figures=(
            F("turnover", "превысил $1,4 млрд", "1.4", "over"),
            F("turnover_growth", "на 4,3 % выше", "+4.3%"),
            F("partner_count", "с 63 странами", "63"),
            F("exports", "более $1,1 млрд", "1.1", "over"),
            F("exports_index", "115,1 % к первому полугодию 2024 года", "115.1%"),
        ),
        items=(
            I("reporter", "rank", "turnover", "", "на 6-м месте"),
            I("reporter", "count", "exports", "", "39 из них покупают продукцию"),
        ),
        note="A rank among a district's regions; a count of export partners beside the partner count.",
    ),
    Paragraph(
        id="ru-dagestan-2024-h1-vs-2021",
        language="ru",
        region="Республика Дагестан",
        country="RU",
        year=2024,
        period="январь-июнь 2024",
        currency="USD",
        scale="million",
        source_url="https://yoldash.ru/bez/pochti-v-dva-raza-uvelichilsya-tovarooborot-v-dagestane",
        text=(
            "Внешнеэкономическая деятельность Дагестана заметно оживилась: в первом полугодии 2024 "
            "года товарооборот республики стал больше в 1,8 раза, чем за тот же период 2021 года. "
            "Экспорт прибавил еще сильнее – в 2,8 раза, а импорт увеличился на 40%. Главными "
            "партнерами республики остаются страны СНГ, Средней Азии и Ближнего Востока: Иран, "
            "Турция, Ирак, Беларусь, Азербайджан, ОАЭ, Казахстан и Китай. За прошедший год "
            "Дагестан принял 11 иностранных делегаций."
        ),
        figures=(),
        items=(
            I("reporter", "growth", "turnover", "против 2021", "больше в 1,8 раза"),
            I("reporter", "growth", "exports", "против 2021", "в 2,8 раза"),
            I("reporter", "growth", "imports", "против 2021", "увеличился на 40%"),
            I("reporter", "count", "", "", "11 иностранных делегаций"),
        ),
        note="Every change is against 2021, three years back, not the previous year: no main-period figure.",
    ),
    Paragraph(
        id="ru-dagestan-2022",
        language="ru",
        region="Республика Дагестан",
        country="RU",
        year=2022,
        period="2022",
        currency="USD",
        scale="million",
        source_url="http://zamana.info/rubriki/news/economics/98-economics/31630-dagestanskij-eksport-v-2022-godu-dostig-rekordnykh-pokazatelej-za-poslednie-12-let-107-mln-dollarov",
        text=(
            "Экспорт Дагестана в 2022 году стал рекордным за последние 12 лет и превысил 107 млн "
            "долларов, передает ТАСС со ссылкой на руководителя республиканского Центра поддержки "
            "экспорта Руслана Абаскулиева. По его словам, это на 60 процентов больше, чем в 2021 "
            "году, и на 90% больше, чем в 2020-м, хотя поставки на Украину были остановлены: товары "
            "и услуги республики ушли в страны Азии и Ближнего Востока – Азербайджан, Казахстан, "
            "Узбекистан, Ирак, ОАЭ, Афганистан и Таджикистан. Годом ранее экспорт республики "
            "составлял 67 млн долларов."
        ),
        figures=(
            F("exports", "превысил 107 млн долларов", "107", "over"),
            F("exports_growth", "на 60 процентов больше, чем в 2021 году", "+60%"),
            F("exports_previous", "67 млн долларов", "67"),
        ),
        items=(I("reporter", "growth", "exports", "против 2020", "на 90% больше, чем в 2020-м"),),
        note="A second growth against 2020 beside the one against the previous year; 67 x 1.6 = 107.2.",
    ),
    Paragraph(
        id="ru-mari-el-2021-10m-agri",
        language="ru",
        region="Республика Марий Эл",
        country="RU",
        year=2021,
        period="январь-октябрь 2021",
        currency="USD",
        scale="million",
        source_url="https://ria24.today/news/mariy-el-eksportirovala-selhozprodukcii-na/10723839",
        text=(
            "Республика Марий Эл за десять месяцев 2021 года продала за рубеж "
            "сельскохозяйственной продукции на 28,8 млн $ – почти на 133% больше, чем за "
            "январь-октябрь 2020 года, и на 110% больше целевого показателя на весь 2021 год, "
            "сообщил региональный минсельхоз. Три четверти этого экспорта – готовые пищевые "
            "продукты, на мясо и молоко приходится 2%. Продукция идет в 30 стран, 70% ее получают "
            "Узбекистан, Таджикистан, Белоруссия, Сербия и Италия."
        ),
        figures=(),
        items=(
            I("goods:agriculture", "value", "exports", "", "на 28,8 млн $"),
            I("goods:agriculture", "growth", "exports", "", "почти на 133% больше"),
            I(
                "goods:agriculture",
                "target",
                "exports",
                "2021",
                "на 110% больше целевого показателя",
            ),
            I("goods:food", "share", "exports", "", "Три четверти"),
            I("goods:meat and milk", "share", "exports", "", "приходится 2%"),
            I("goods:agriculture", "count", "", "", "в 30 стран"),
            I("partner:several", "share", "exports", "", "70% ее получают"),
        ),
        note="Everything is the agricultural goods group's exports: no figure of the reporter's whole trade.",
    ),
    Paragraph(
        id="ru-kostroma-2008-9m",
        language="ru",
        region="Костромская область",
        country="RU",
        year=2008,
        period="январь-сентябрь 2008",
        currency="USD",
        scale="million",
        source_url="http://regnum.ru/news/1070330.html",
        text=(
            "Департамент внешнеэкономических и межрегиональных связей Костромской области сообщил "
            "ИА REGNUM, что за девять месяцев 2008 года внешнеторговый оборот региона достиг "
            "$346,1 млн, прибавив 13,3% к тому же периоду прошлого года. На экспорт ушло товаров "
            "на $187,7 млн (это на 3,6% меньше), ввезено – на $158,4 млн (рост на 42,9%). Поскольку "
            "вывоз превысил ввоз, баланс сложился активным, положительное сальдо – $29,3 млн. "
            "Предприятия области торговали с 75 странами: 10 из них входят в СНГ, 65 относятся к "
            "дальнему зарубежью. Основные партнеры – Нидерланды, Казахстан, Великобритания, Китай, "
            "Германия и Украина."
        ),
        figures=(
            F("turnover", "$346,1 млн", "346.1"),
            F("turnover_growth", "прибавив 13,3%", "+13.3%"),
            F("exports", "$187,7 млн", "187.7"),
            F("exports_growth", "на 3,6% меньше", "-3.6%"),
            F("imports", "$158,4 млн", "158.4"),
            F("imports_growth", "рост на 42,9%", "+42.9%"),
            F("balance", "положительное сальдо – $29,3 млн", "29.3"),
            F("partner_count", "с 75 странами", "75"),
        ),
        items=(
            I("group:CIS", "count", "", "", "10 из них входят в СНГ"),
            I("group:far abroad", "count", "", "", "65 относятся к дальнему зарубежью"),
        ),
        note="187,7 + 158,4 = 346,1; 187,7 - 158,4 = 29,3; the partner count split into CIS and far abroad.",
    ),
    Paragraph(
        id="ru-pavlodar-russia-trade",
        language="ru",
        region="Павлодарская область",
        country="KZ",
        year=None,
        period="прошлый год",
        currency="USD",
        scale="billion",
        source_url="https://pricom.kz/obshhestvo/v-2-raza-vyirosla-torgovlya-mezhdu-pavloda.html",
        text=(
            "Торговля Павлодарской области с Россией за три года удвоилась, рассказал на брифинге "
            "в Службе центральных коммуникаций первый заместитель акима области Дуйсенбай "
            "Турганов. По его словам, область больше продает в Россию и Беларусь, чем закупает "
            "там, а главный партнер – Россия: в прошлом году торговля с ней составила порядка 3 "
            "млрд долларов. Из России везут машины, химию, металл, стройматериалы, продукты и "
            "товары народного потребления, а область поставляет глинозем, алюминий, уголь и "
            "электроэнергию: если в 2009 году электроэнергии ушло в Россию около 800 млн "
            "киловатт-часов, то в прошлом году – уже 2,5 млрд."
        ),
        figures=(),
        items=(
            I("partner:RU", "growth", "turnover", "за три года", "за три года удвоилась"),
            I("partner:RU", "value", "turnover", "", "порядка 3 млрд долларов"),
            I("goods:electricity", "physical", "exports", "2009", "около 800 млн киловатт-часов"),
            I("goods:electricity", "physical", "exports", "", "уже 2,5 млрд"),
        ),
        note="Only the trade with one partner and a physical volume: the reporter has no figure.",
    ),
    Paragraph(
        id="ru-rostov-customs-2025",
        language="ru",
        region="Ростовская область",
        country="RU",
        year=2025,
        period="2025 (с начала года)",
        currency="USD",
        scale="million",
        source_url="https://www.kommersant.ru/doc/8272719",
        text=(
            "Из-за резкого спада поставок зерна в главные страны-покупатели внешняя торговля "
            "Ростовской области в 2025 году уменьшилась на 43% в тоннах и на 32% в деньгах, "
            "рассказал на заседании экспортного совета при правительстве региона начальник "
            "информационно-технической службы Ростовской таможни Дмитрий Кваско. Закупки основных "
            "покупателей российского зерна заметно упали: поставки в Турцию снизились на 60%, в "
            "Египет – на 48%, в Саудовскую Аравию – на 50%. Вывоз масличных культур тоже сократился "
            "– на 24% по весу и на 14% по стоимости. Зато металла из области вывезли в 2,7 раза "
            "больше по весу, а доля машиностроения в экспорте поднялась с 4% до 7%, хотя возместить "
            "потери от зерна это не смогло."
        ),
        figures=(F("turnover_growth", "на 32% в деньгах", "-32%"),),
        items=(
            I("reporter", "physical growth", "turnover", "", "на 43% в тоннах"),
            I("partner:TR", "growth", "exports", "", "снизились на 60%"),
            I("partner:EG", "growth", "exports", "", "на 48%"),
            I("partner:SA", "growth", "exports", "", "на 50%"),
            I("goods:oilseeds", "physical growth", "exports", "", "на 24% по весу"),
            I("goods:oilseeds", "growth", "exports", "", "на 14% по стоимости"),
            I("goods:metals", "physical growth", "exports", "", "в 2,7 раза"),
            I("goods:machinery", "share", "exports", "", "с 4% до 7%"),
        ),
        note="Tonnage and value falls of the turnover in one clause; partners', goods' figures after.",
    ),
    Paragraph(
        id="ru-rostov-2024-jan-jul-industrial",
        language="ru",
        region="Ростовская область",
        country="RU",
        year=2024,
        period="январь-июль 2024",
        currency="USD",
        scale="million",
        source_url="https://newsrostov.ru/economy/2024/09/26/365481.html",
        text=(
            "С января по июль 2024 года Ростовская область отправила за рубеж промышленных товаров "
            "на 40% больше, чем годом ранее, сообщили в правительстве региона. Отгрузки "
            "металлоконструкций и промышленного оборудования выросли более чем вдвое. Среди "
            "приоритетных рынков – Беларусь, Казахстан, Узбекистан, а также Ближний Восток, Азия и "
            "Африка. Заместитель губернатора Игорь Сорокин отмечает, что регион стал гораздо "
            "активнее вывозить несырьевые неэнергетические товары, как того требуют национальные "
            "цели развития."
        ),
        figures=(),
        items=(
            I("goods:industrial", "growth", "exports", "", "на 40% больше"),
            I("goods:metal structures", "growth", "exports", "", "выросли более чем вдвое"),
        ),
        note="A goods group's exports only: the reporter has no figure.",
    ),
    Paragraph(
        id="ru-ulyanovsk-2021-grain",
        language="ru",
        region="Ульяновская область",
        country="RU",
        year=2021,
        period="2021",
        currency="USD",
        scale="million",
        source_url="https://73online.ru/r/za_god_ulyanovskaya_oblast_otpravila_na_eksport_62_322_tonn_zerna-98842",
        text=(
            "За 2021 год из Ульяновской области на экспорт ушло 62 322 т зерна и продуктов его "
            "переработки; отгрузки проверяло Управление Россельхознадзора по Чувашии и Ульяновской "
            "области. Больше всего получил Азербайджан – 48 023 т пшеницы и ячменя, далее Латвия "
            "(7783,6 т ржи, льна и пшеницы), Казахстан (3400 т пшеницы) и Беларусь (3075,4 т "
            "гороховой крупы и пшеницы); совсем немного ушло в Израиль (40 т перловой крупы). "
            "Главная культура экспорта – продовольственная пшеница: за год ее отгружено 55 918 т, "
            "почти 90 % всей экспортированной подкарантинной продукции."
        ),
        figures=(),
        items=(
            I("goods:grain", "physical", "exports", "", "62 322 т"),
            I("partner:AZ", "physical", "exports", "", "48 023 т"),
            I("partner:LV", "physical", "exports", "", "7783,6 т"),
            I("partner:KZ", "physical", "exports", "", "3400 т"),
            I("partner:BY", "physical", "exports", "", "3075,4 т"),
            I("partner:IL", "physical", "exports", "", "40 т"),
            I("goods:wheat", "physical", "exports", "", "55 918 т"),
            I("goods:wheat", "share", "exports", "", "почти 90 %"),
        ),
        note="Tonnes of a goods group only: the reporter has no value figure.",
    ),
    Paragraph(
        id="ru-north-west-customs-2014",
        language="ru",
        region="Северо-Западное таможенное управление",
        country="RU",
        year=2014,
        period="2014",
        currency="USD",
        scale="billion",
        source_url="http://neva.today/news/obem-importa-sztu-v-2014-godu-sokratilsya-na-11-106745/",
        text=(
            "Внешнеторговый оборот в зоне деятельности Северо-Западного таможенного управления в "
            "2014 году уменьшился на 9%, до $91,6 млрд: экспорт сократился на 1% и составил $22,9 "
            "млрд, импорт – на 11%, до $68,7 млрд. Как рассказал начальник СЗТУ Константин Козлов, "
            "42,6% ввоза приходится на машиностроение, 22,4% – на продовольствие; главные "
            "поставщики – Китай (21%) и Германия (10%). Доля стран ЕС среди импортеров за год упала "
            "на 18%. Молока через таможни Северо-Запада ввезли в 3,3 раза меньше, овощей – на 45% "
            "меньше, колбас – в 13 раз меньше. Ввоз из Белоруссии, напротив, вырос на 43%, до 55,4 "
            "тыс. тонн."
        ),
        figures=(
            F("turnover_growth", "уменьшился на 9%", "-9%"),
            F("turnover", "$91,6 млрд", "91.6"),
            F("exports_growth", "сократился на 1%", "-1%"),
            F("exports", "$22,9 млрд", "22.9"),
            F("imports_growth", "на 11%", "-11%"),
            F("imports", "$68,7 млрд", "68.7"),
        ),
        items=(
            I("goods:machinery", "share", "imports", "", "42,6% ввоза"),
            I("goods:food", "share", "imports", "", "22,4% – на продовольствие"),
            I("partner:CN", "share", "imports", "", "Китай (21%)"),
            I("partner:DE", "share", "imports", "", "Германия (10%)"),
            I("group:EU", "share change", "imports", "", "упала на 18%"),
            I("goods:milk", "fall", "imports", "", "в 3,3 раза меньше"),
            I("goods:vegetables", "growth", "imports", "", "на 45% меньше"),
            I("goods:sausages", "fall", "imports", "", "в 13 раз меньше"),
            I("partner:BY", "physical growth", "imports", "", "вырос на 43%"),
            I("partner:BY", "physical", "imports", "", "55,4 тыс. тонн"),
        ),
        note="22,9 + 68,7 = 91,6; goods groups' and partners' figures after the reporter's.",
    ),
)

#: Two paragraphs written after the abstention rule was designed, and measured before any
#: further change: the final unseen check of the Russian part.
RUSSIAN_11_FINAL: tuple[Paragraph, ...] = (
    Paragraph(
        id="ru-murmansk-customs-2023",
        language="ru",
        region="Мурманская таможня",
        country="RU",
        year=2023,
        period="2023",
        currency="RUB",
        scale="million",
        source_url="",
        text=(
            "В 2023 году через границу в регионе деятельности Мурманской таможни прошло более 9,3 "
            "млн тонн внешнеторговых грузов – на 2,5% больше, чем годом ранее, сообщила "
            "пресс-служба таможни. 92%, или более 8,5 млн тонн, оформлено на таможенном посту "
            "Морской порт Мурманск. В доходную часть федерального бюджета таможня перечислила "
            "264,91 млн рублей."
        ),
        figures=(),
        items=(
            I("reporter", "physical", "turnover", "", "более 9,3 млн тонн"),
            I("reporter", "physical growth", "turnover", "", "на 2,5% больше"),
            I("customs post", "share", "turnover", "", "92%"),
            I("customs post", "physical", "turnover", "", "более 8,5 млн тонн"),
            I("reporter", "budget", "", "", "264,91 млн рублей"),
        ),
        note=(
            "No address: the search index stored this page without it; a Murmansk news "
            "outlet's report of the customs press service. Tonnes and budget payments only."
        ),
    ),
    Paragraph(
        id="ru-khabarovsk-customs-h1",
        language="ru",
        region="Хабаровская таможня",
        country="RU",
        year=None,
        period="январь-июнь",
        currency="RUB",
        scale="billion",
        source_url="https://www.global27.ru/news/id/8575",
        text=(
            "За первые шесть месяцев года Хабаровская таможня обеспечила поступление в бюджет "
            "порядка одного миллиарда рублей, а через пограничные посты прошли более 280 тысяч "
            "человек – на 10% больше, чем за тот же период прошлого года, сообщил губернатор "
            "Дмитрий Демешин, поздравляя таможенников с профессиональным праздником. В этом году "
            "против нарушителей возбуждено 10 уголовных дел. Расширить потоки товаров и туристов "
            "в Китай должен пункт пропуска «Большой Уссурийский – Хэйсяцзы-Дао», который строят "
            "на острове Дружбы."
        ),
        figures=(),
        items=(
            I("reporter", "budget", "", "", "порядка одного миллиарда рублей"),
            I("border crossings", "count", "", "", "более 280 тысяч человек"),
            I("border crossings", "count growth", "", "", "на 10% больше"),
            I("criminal cases", "count", "", "", "10 уголовных дел"),
        ),
        note="No trade figure: budget payments, people crossing the border and a count of cases.",
    ),
)

#: Three customs offices' paragraphs written after the first final check had been measured,
#: and measured before any further change: a second final check.
RUSSIAN_11_FINAL_2: tuple[Paragraph, ...] = (
    Paragraph(
        id="ru-yaroslavl-customs-oil-year",
        language="ru",
        region="Ярославская таможня",
        country="RU",
        year=None,
        period="год",
        currency="USD",
        scale="billion",
        source_url="http://ulizza.ru/novosti/yaroslavl-jaroslavskaja-tamozhna-perechislila-v-federalnyj-budzhet-pochti-11-milliardov-rublej",
        text=(
            "На итоговом совещании Ярославской таможни сообщили, что в этом году она перечислила "
            "в федеральный бюджет 10,69 миллиардов рублей, выполнив плановое задание на 108,5%. "
            "Таможенники объясняют это тем, что ярославские предприятия, главные импортеры "
            "региона, преодолели последствия кризиса; деклараций на товары оформлено на 3% "
            "больше, чем в прошлом году. Суммарный товарооборот в регионе при этом уменьшился на "
            "24,5% и составил 2,3 миллиарда долларов: с конца апреля таможенные процедуры с "
            "нефтепродуктами вышли из компетенции таможни."
        ),
        figures=(
            F("turnover_growth", "уменьшился на 24,5%", "-24.5%"),
            F("turnover", "2,3 миллиарда долларов", "2.3"),
        ),
        items=(
            I("reporter", "budget", "", "", "10,69 миллиардов рублей"),
            I("reporter", "target", "", "", "на 108,5%"),
            I("declarations", "count growth", "", "", "на 3% больше"),
        ),
        note="A budget payment, a plan's fulfilment and a count's growth before the turnover.",
    ),
    Paragraph(
        id="ru-yaroslavl-customs-2014",
        language="ru",
        region="Ярославская таможня",
        country="RU",
        year=2014,
        period="2014",
        currency="USD",
        scale="million",
        source_url="https://yarcom.ru/news/eksport-i-import-v-yaroslavskoy-oblasti-za-2014-god-v-cifrah-4051",
        text=(
            "26 января, во Всемирный день таможенника, ярославские таможенники подвели итоги: в "
            "2014 году они следили за экспортом в 95 стран мира – на 11 стран больше, чем годом "
            "ранее, а суммарный товарооборот за год вырос на 2,5%. Больше всего таможня работает "
            "с государствами ЕАЭС – Казахстаном, Белоруссией и Арменией. Вывозят из области "
            "прежде всего оборудование, продукты неорганической химии, древесину, топливо, "
            "электрические машины и резину; ввозят лекарства и оборудование."
        ),
        figures=(F("turnover_growth", "вырос на 2,5%", "+2.5%"),),
        items=(
            I("reporter", "count", "exports", "", "в 95 стран мира"),
            I("reporter", "count change", "exports", "", "на 11 стран больше"),
        ),
        note="A count of export destinations and its change, not the partner count.",
    ),
    Paragraph(
        id="ru-kharkiv-customs-2011",
        language="ru",
        region="Харьковская таможня",
        country="UA",
        year=2011,
        period="2011",
        currency="USD",
        scale="billion",
        source_url="http://archive.objectiv.tv/180112/65418.print.html",
        text=(
            "Харьковские таможенники отчитались о работе за год: ежедневно они собирают почти 17 "
            "миллионов гривен таможенных платежей. По словам начальника Харьковской областной "
            "таможни Сергея Иванова, общий товарооборот по таможне вырос на 27% и составляет 4,1 "
            "миллиарда долларов США; экспорт в прошлом году увеличился больше чем на 21%, импорт "
            "– на 31,6%. Больше всего Харьковщина ввозит из России, Германии, Китая и Бельгии, а "
            "вывозит в Россию, Казахстан, Беларусь и Молдову."
        ),
        figures=(
            F("turnover_growth", "вырос на 27%", "+27%"),
            F("turnover", "4,1 миллиарда долларов США", "4.1"),
            F("exports_growth", "больше чем на 21%", "+21%", "over"),
            F("imports_growth", "на 31,6%", "+31.6%"),
        ),
        items=(I("reporter", "budget", "", "", "почти 17 миллионов гривен"),),
        note="A daily payment in another currency first; 'в прошлом году' dates the release's year.",
    ),
)
