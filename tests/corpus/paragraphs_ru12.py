"""Russian paragraphs of the reader corpus, twelfth part (see :mod:`tests.corpus.model`).

Sixteen paragraphs from reporters of Russia's Central, Southern, North-Western and Ural
federal districts the corpus had not seen (Moscow, Moscow region, Ryazan, Crimea,
Khanty-Mansi okrug, and the Chelyabinsk, Arkhangelsk, Smolensk, Yekaterinburg, Pulkovo,
Saint Petersburg and Ural electronic customs offices), 2003-2024, written after the rules
of the eleventh part and measured before any rule was written for them. Several give the
reporter no figure at all (a partner's trade, a goods group's exports, tonnage, customs
work in rubles and declarations): they test that the reader does not give it one.
Every text is our own wording of a published paragraph: the sentences are rebuilt, the
figures, their number formats and the constructions that make reading hard are kept as
published.
"""

from __future__ import annotations

from tests.corpus.model import Error as E  # noqa: N817 (short names keep the data readable)
from tests.corpus.model import Figure as F  # noqa: N817 (short names keep the data readable)
from tests.corpus.model import Item as I  # noqa: N817 (short names keep the data readable)
from tests.corpus.model import Paragraph

__all__ = ["RUSSIAN_12", "RUSSIAN_12_FINAL"]

RUSSIAN_12: tuple[Paragraph, ...] = (
    Paragraph(
        id="ru-ryazan-2018",
        language="ru",
        region="Рязанская область",
        country="RU",
        year=2018,
        period="2018",
        currency="USD",
        scale="million",
        source_url=(
            "https://62info.ru/news/vlast-i-politika/"
            "42605-lyubimov-vstretilsya-s-torgpredami-rossii-v-inostrannykh-gosudarstvakh"
        ),
        text=(
            "10 июля губернатор Николай Любимов принял торговых представителей России, приехавших в "
            "Рязанскую область в рамках «Недели торговых представителей РФ в иностранных "
            "государствах». Он рассказал, что за 2018 год внешнеторговый оборот Рязанской области "
            "составил один миллиард двести миллионов долларов: 41% пришелся на экспорт, 59% – на "
            "импорт. Продукцию региона отгружали в 100 стран мира, больше всего – в Юго-Восточную и "
            "Восточную Азию, Восточную Европу и страны СНГ. Почти половину экспорта дают три "
            "товарные группы: кровельные и изоляционные материалы, выделанная кожа и "
            "электрооборудование. Губернатор уверен, что и в 2019 году рязанские товары будут "
            "продаваться более чем в 100 странах."
        ),
        figures=(
            F("turnover", "один миллиард двести миллионов долларов", "1200"),
            F("exports_share", "41% пришелся на экспорт", "41%"),
            F("imports_share", "59% – на импорт", "59%"),
        ),
        items=(
            I("reporter", "count", "exports", "", "в 100 стран мира"),
            I("goods:three groups", "share", "exports", "", "Почти половину экспорта"),
            I("reporter", "count", "exports", "2019", "более чем в 100 странах"),
        ),
        note="A turnover in words; the countries bought from the region (a count of export partners).",
    ),
    Paragraph(
        id="ru-moscow-2005",
        language="ru",
        region="Москва",
        country="RU",
        year=2005,
        period="2005",
        currency="USD",
        scale="billion",
        source_url=(
            "https://www.vedomosti.ru/library/news/2006/03/16/"
            "vneshnetorgovyj-oborot-moskvy-vyros-za-2005-g-sostavil-pochti-44-mlrd"
        ),
        text=(
            "Внешнеторговый оборот Москвы за 2005 год приблизился к 44 млрд долл., прибавив 26,1% к "
            "2004 году, говорится в сообщении информцентра правительства Москвы, который ссылается на "
            "пресс-конференцию председателя комитета по внешнеэкономической деятельности Валерия "
            "Кузина. На столицу приходится около 12,5% внешнеторгового оборота Российской Федерации, а "
            "ее предприятия и организации торговали со 182 странами мира. Экспорт товаров вырос на "
            "6,3% – до 9,9 млрд долл.; товарный импорт в стоимостном выражении составил 32,1 млрд "
            "долл., что означает рост на 33,8%."
        ),
        figures=(
            F("turnover", "приблизился к 44 млрд долл.", "44", "almost"),
            F("turnover_growth", "прибавив 26,1%", "+26.1%"),
            F("partner_count", "со 182 странами", "182"),
            F("exports_growth", "вырос на 6,3%", "+6.3%"),
            F("exports", "до 9,9 млрд долл.", "9.9"),
            F("imports", "32,1 млрд долл.", "32.1"),
            F("imports_growth", "рост на 33,8%", "+33.8%"),
        ),
        items=(I("reporter", "share", "turnover", "", "около 12,5%"),),
        errors=(
            E(
                "turnover",
                "приблизился к 44 млрд долл.",
                "42.0",
                "arithmetic",
                "exports 9,9 + imports 32,1 = 42,0, not nearly 44; the growths agree with 42,0: "
                "9,9 / 1,063 + 32,1 / 1,338 = 9,31 + 23,99 = 33,30 for 2004, and 42,0 / 33,30 = "
                "1,261, the published +26,1% (44 would give +32%)",
            ),
        ),
        note=(
            "The turnover is a bound ('approached 44'), so the audit is not given it; a reader "
            "that keeps the bound can still see that 9,9 + 32,1 is far from 44."
        ),
    ),
    Paragraph(
        id="ru-chelyabinsk-customs-2009-h1",
        language="ru",
        region="Челябинская таможня (Челябинская область)",
        country="RU",
        year=2009,
        period="январь-июнь 2009",
        currency="USD",
        scale="billion",
        source_url=(
            "https://cheltoday.ru/articles/ekonomika/"
            "chelyabinskaya_tamozhnya_podvela_itogi_raboty_za_i_polugodie/?lazy=y"
        ),
        text=(
            "Внешняя торговля Южного Урала теряет обороты. На совещании по итогам первого полугодия "
            "2009 года руководство Челябинской таможни сообщило, что против первого полугодия "
            "прошлого года товарооборот снизился на 39,6%, грузооборот – на 45%, а грузовых "
            "таможенных деклараций оформлено на 30% меньше. Внешнеторговый оборот в зоне "
            "деятельности таможни за полугодие составил 1,8 миллиардов долларов США; 69,5% его "
            "пришлось на страны дальнего зарубежья, 30,5% – на страны СНГ. Импорт составил 28,% от "
            "внешнеторгового оборота (507,3 млн.долл.США)."
        ),
        figures=(
            F("turnover_growth", "товарооборот снизился на 39,6%", "-39.6%"),
            F("turnover", "1,8 миллиардов долларов США", "1.8"),
            F("imports", "507,3 млн.долл.США", "0.5073"),
        ),
        items=(
            I("reporter", "physical growth", "turnover", "", "грузооборот – на 45%"),
            I("reporter", "count", "", "", "на 30% меньше"),
            I("group:far abroad", "share", "turnover", "", "69,5%"),
            I("group:CIS", "share", "turnover", "", "30,5%"),
        ),
        errors=(
            E(
                "imports_share",
                "28,%",
                "about 28.2 (0,5073 / 1,8)",
                "garbled",
                "the digit after the comma was lost in publication; imports of 507,3 million in a "
                "turnover of 1,8 billion give about 28,2%",
            ),
        ),
        note="The garbled '28,%' is not in the figures: a reader must not read 28 nor 28,5.",
    ),
    Paragraph(
        id="ru-crimea-2020",
        language="ru",
        region="Республика Крым",
        country="RU",
        year=2020,
        period="2020",
        currency="USD",
        scale="million",
        source_url="http://yalta-tv.ru/?p=10888",
        text=(
            "Выступая в парламенте республики с докладом о работе Совета министров за 2020 год, глава "
            "Крыма Сергей Аксенов сообщил, что экспорт крымских товаров в страны дальнего "
            "зарубежья, прежде всего в Индию и Китай, за минувший год вырос в 5,8 раза. «Экспортные "
            "операции со странами дальнего зарубежья выросли почти в шесть раз; на Индию и Китай "
            "пришлось соответственно 9 и почти 12,8% всего экспорта республики», – сказал он. Всего "
            "же экспорт товаров из Крыма в 2020 году прибавил 1,7% и превысил 31 млн долларов."
        ),
        figures=(
            F("exports_growth", "прибавил 1,7%", "+1.7%"),
            F("exports", "превысил 31 млн долларов", "31", "over"),
        ),
        items=(
            I("group:far abroad", "growth", "exports", "", "вырос в 5,8 раза"),
            I("group:far abroad", "growth", "exports", "", "почти в шесть раз"),
            I("partner:IN", "share", "exports", "", "соответственно 9"),
            I("partner:CN", "share", "exports", "", "почти 12,8%"),
        ),
        note="A group's multiple told twice before the reporter's own small growth.",
    ),
    Paragraph(
        id="ru-crimea-april-may",
        language="ru",
        region="Республика Крым",
        country="RU",
        year=None,
        period="апрель-май",
        currency="USD",
        scale="million",
        source_url="https://taurica.net/110816-Pochti-polovina-eksporta-tovarov-iz-Kryma-prishlas-na-Azerbaiydzhan.html",
        text=(
            "За апрель-май экспорт Крыма составил 3,3 млн. долларов США, сообщила пресс-служба "
            "министерства экономического развития республики. Больше всего товаров ушло в "
            "Азербайджан (47,8%) и Турцию (37,3%), за ними идут Армения (3,9%) и Грузия (2,6%). В "
            "товарной структуре экспорта продукты неорганической химии заняли 48,7%, черные металлы – "
            "23,3%, механические машины и котлы – 13,6%. Импорт шел в основном из Румынии – 49,9%, "
            "Германии – 29,2% и Турции – 5,9%. Напомним, в первом квартале Крым экспортировал "
            "товаров на 57,2 млн. долларов США, из них в страны ЕС – 10,2%, или 5,9 млн."
        ),
        figures=(F("exports", "3,3 млн. долларов США", "3.3"),),
        items=(
            I("partner:AZ", "share", "exports", "", "(47,8%)"),
            I("partner:TR", "share", "exports", "", "(37,3%)"),
            I("partner:AM", "share", "exports", "", "(3,9%)"),
            I("partner:GE", "share", "exports", "", "(2,6%)"),
            I("goods:inorganic chemistry", "share", "exports", "", "заняли 48,7%"),
            I("goods:ferrous metals", "share", "exports", "", "23,3%"),
            I("goods:machinery", "share", "exports", "", "13,6%"),
            I("partner:RO", "share", "imports", "", "49,9%"),
            I("partner:DE", "share", "imports", "", "29,2%"),
            I("partner:TR", "share", "imports", "", "5,9%"),
            I("reporter", "value", "exports", "I квартал", "57,2 млн. долларов США"),
            I("group:EU", "share", "exports", "I квартал", "10,2%"),
            I("group:EU", "value", "exports", "I квартал", "5,9 млн"),
        ),
        note=(
            "The year is not stated (the EU's ban on Crimean goods dates it to 2014-2015). The "
            "first quarter's figures come after the main period's; 10,2% of 57,2 is 5,83, "
            "published 5,9 (a rounding, not flagged)."
        ),
    ),
    Paragraph(
        id="ru-moscow-oblast-belarus-2022",
        language="ru",
        region="Московская область",
        country="RU",
        year=2022,
        period="2022",
        currency="USD",
        scale="unit",
        source_url=(
            "https://zhukovskij-gid.ru/news/ekonomika/"
            "na-26-vyros-vneshnetorgovyy-oborot-mezhdu-podmoskovem-i-belarusyu.htm"
        ),
        text=(
            "В прошлом году правительство Московской области сделало упор на международные связи – "
            "не только со странами Азии и Ближнего Востока, но и с ближайшими соседями, например с "
            "Белоруссией. Внешнеторговый оборот Подмосковья с Республикой Беларусь в 2022 году "
            "увеличился на 26%: экспорт стал больше на 49%, импорт – на 16%. По словам зампреда "
            "правительства региона Георгия Филимонова, область поставляет туда прежде всего мясную "
            "продукцию, плодоовощные консервы и напитки, а ввозит рыбу и морепродукты, мясо и "
            "молочную продукцию."
        ),
        figures=(),
        items=(
            I("partner:BY", "growth", "turnover", "", "увеличился на 26%"),
            I("partner:BY", "growth", "exports", "", "больше на 49%"),
            I("partner:BY", "growth", "imports", "", "импорт – на 16%"),
        ),
        note="Only the trade with one partner: the reporter has no figure.",
    ),
    Paragraph(
        id="ru-arkhangelsk-customs-2003",
        language="ru",
        region="Архангельская таможня (Архангельская область)",
        country="RU",
        year=2003,
        period="2003",
        currency="USD",
        scale="unit",
        source_url="https://rusnord.ru/oldnews/30202-3138.html",
        text=(
            "26 января – Международный день таможенника. «Архангельская таможня работает в основном на "
            "экспорт, – рассказала ИА «Русский Север» руководитель пресс-службы таможни Галина Сомага. – "
            "Импорта у нас почти нет: в 2003 году количество импортируемых товаров снизилось на "
            "6,7%». Главный экспортный товар Архангельской области – лес и продукция ЛПК, 46% всего "
            "экспорта; вывоз нефти и нефтепродуктов в 2003 году вырос, и сейчас на них приходится 33%. "
            "Из готовых изделий области за рубежом пока покупают только мебель."
        ),
        figures=(),
        items=(
            I("reporter", "physical growth", "imports", "", "снизилось на 6,7%"),
            I("goods:timber", "share", "exports", "", "46% всего экспорта"),
            I("goods:oil", "share", "exports", "", "приходится 33%"),
        ),
        note="A fall in the quantity of imports, not their value; goods groups' shares: no reporter figure.",
    ),
    Paragraph(
        id="ru-ural-electronic-customs-2023-h1",
        language="ru",
        region="Уральская электронная таможня (Уральский федеральный округ)",
        country="RU",
        year=2023,
        period="январь-июнь 2023",
        currency="USD",
        scale="billion",
        source_url=(
            "https://interfax-russia.ru/index.php/ural/news/"
            "vneshnetorgovyy-oborot-v-urfo-v-i-polugodii-sokratilsya-na-tret"
        ),
        text=(
            "Екатеринбург. 6 июля. ИНТЕРФАКС-УРАЛ – Внешнеторговый оборот Уральского федерального "
            "округа в январе-июне 2023 года снизился на 30% к тому же периоду 2022 года, до $6 млрд, "
            "сообщил на пресс-конференции в четверг начальник Уральской электронной таможни Сергей "
            "Епифанов. Грузооборот сократился на 16%, до более чем 4 млн тонн. «По товарообороту "
            "снижение у нас – на 30%, а по грузообороту – на 16%: дешевых товаров стало больше, "
            "дорогих – меньше», – пояснил он. Главный партнер Урала сегодня – Китай, а экспорт дает "
            "70% внешнеторгового оборота."
        ),
        figures=(
            F("turnover_growth", "снизился на 30%", "-30%"),
            F("turnover", "до $6 млрд", "6"),
            F("turnover_growth", "снижение у нас – на 30%", "-30%"),
            F("exports_share", "экспорт дает 70%", "70%"),
        ),
        items=(
            I("reporter", "physical growth", "turnover", "", "Грузооборот сократился на 16%"),
            I("reporter", "physical", "turnover", "", "более чем 4 млн тонн"),
            I("reporter", "physical growth", "turnover", "", "по грузообороту – на 16%"),
        ),
        note="The fall restated in a quote beside the tonnage's.",
    ),
    Paragraph(
        id="ru-moscow-2021-q1",
        language="ru",
        region="Москва",
        country="RU",
        year=2021,
        period="I квартал 2021",
        currency="USD",
        scale="billion",
        source_url="https://mockva.ru/2021/05/31/291826.html",
        text=(
            "В первом квартале Москва продала за границу товаров на 19,29 млрд долларов: столичный "
            "шоколад, печенье, детское питание, а также измерительные и контрольные приборы покупали "
            "в 151 стране, сообщил 31 мая портал мэра и правительства Москвы. Заммэр Владимир Ефимов "
            "уточнил, что 39 процентов несырьевого неэнергетического экспорта пришлось на Беларусь, "
            "12 процентов – на Китай, 10 процентов – на Великобританию, девять процентов – на "
            "Казахстан, пять процентов – на США, а 25 процентов – на все остальные страны."
        ),
        figures=(F("exports", "19,29 млрд долларов", "19.29"),),
        items=(
            I("reporter", "count", "exports", "", "в 151 стране"),
            I("partner:BY", "share", "exports", "", "39 процентов"),
            I("partner:CN", "share", "exports", "", "12 процентов"),
            I("partner:GB", "share", "exports", "", "10 процентов"),
            I("partner:KZ", "share", "exports", "", "девять процентов"),
            I("partner:US", "share", "exports", "", "пять процентов"),
            I("group:others", "share", "exports", "", "25 процентов"),
        ),
        note="Partners' shares of the non-raw exports (a goods group), not of the exports figure.",
    ),
    Paragraph(
        id="ru-moscow-nonraw-2019-q1",
        language="ru",
        region="Москва",
        country="RU",
        year=2019,
        period="январь-март 2019",
        currency="USD",
        scale="billion",
        source_url="https://reg-news.ru/economy/14670-natalya-sergunina-ozvuchila-krupneysh.html",
        text=(
            "Вице-мэр Москвы Наталья Сергунина рассказала о столичном экспорте за 2018 год и начало "
            "2019-го. Несырьевой неэнергетический экспорт города за прошлый год составил 24 млрд. "
            "USD, или 16,1% от общероссийского показателя, а за январь-март 2019 года – 5,1 млрд. USD "
            "(15,8%), почти как годом ранее. Продукцию столичного несырьевого сектора в первом "
            "квартале закупили 165 государств; быстрее всего такие закупки росли у Китая (+131,3%), "
            "Великобритании (+98,4%), США (+89,4%) и Японии (+46,2%)."
        ),
        figures=(),
        items=(
            I("goods:non-raw", "value", "exports", "2018", "24 млрд. USD"),
            I("goods:non-raw", "share", "exports", "2018", "16,1%"),
            I("goods:non-raw", "value", "exports", "", "5,1 млрд. USD"),
            I("goods:non-raw", "share", "exports", "", "(15,8%)"),
            I("goods:non-raw", "count", "exports", "", "165 государств"),
            I("partner:CN", "growth", "exports", "", "(+131,3%)"),
            I("partner:GB", "growth", "exports", "", "(+98,4%)"),
            I("partner:US", "growth", "exports", "", "(+89,4%)"),
            I("partner:JP", "growth", "exports", "", "(+46,2%)"),
        ),
        note="Everything is the non-raw, non-energy exports (a goods group): the reporter has no figure.",
    ),
    Paragraph(
        id="ru-crimea-2017-9m",
        language="ru",
        region="Республика Крым",
        country="RU",
        year=2017,
        period="январь-сентябрь 2017",
        currency="USD",
        scale="million",
        source_url="http://gfaclaims.com/ekonomika/251742-ukraina-stala-glavnym-torgovym-partnerom-kryma.html",
        text=(
            "По данным за девять месяцев 2017 года главными покупателями крымской продукции за "
            "рубежом стали Украина, Китай и Индия, сообщила РИА Новости глава Крымстата Ольга Балдина; "
            "на Украину приходится около 30 процентов экспорта Крыма. Торговый баланс региона в целом "
            "отрицательный: ввозит он почти на четверть больше, чем вывозит. Основные поставщики – "
            "Белоруссия (более четверти всего объема), Китай и Италия. По сравнению с 2013 годом "
            "внешняя торговля Крыма в 2016 году сократилась в 14 раз; спад начался в 2014 году, когда "
            "оборот полуострова (Крыма и Севастополя) опустился до 253,9 миллиона."
        ),
        figures=(),
        items=(
            I("partner:UA", "share", "exports", "", "около 30 процентов"),
            I("reporter", "index", "balance", "", "почти на четверть больше"),
            I("partner:BY", "share", "imports", "", "(более четверти всего объема)"),
            I("reporter", "fall", "turnover", "2016 против 2013", "сократилась в 14 раз"),
            I("region:Крым и Севастополь", "value", "turnover", "2014", "253,9 миллиона"),
        ),
        note=(
            "Imports 'almost a quarter' above exports is a ratio the corpus has no figure name for; "
            "the fall is against 2013, not the previous year; the 2014 turnover is of Crimea and "
            "Sevastopol together."
        ),
    ),
    Paragraph(
        id="ru-khmao-2018",
        language="ru",
        region="Ханты-Мансийский автономный округ – Югра",
        country="RU",
        year=2018,
        period="2018",
        currency="USD",
        scale="billion",
        source_url="https://bigasia.ru/hanty-mansijskij-okrug-otmechaet-den-rozhdeniya",
        text=(
            "10 декабря Югре исполнилось 88 лет: в 1930 году в составе Уральской области был создан "
            "Остяко-Вогульский национальный округ. Сегодня в Ханты-Мансийском автономном округе живут "
            "1,5 млн человек, здесь добывают более половины российской нефти (51%), около 5% мировой "
            "добычи. Округ первый в стране по выработке электроэнергии, второй – по промышленному "
            "производству и добыче газа, третий – по инвестициям в основной капитал. Валовой "
            "региональный продукт Югры – почти 3,5 трлн рублей. Округ активно торгует с другими "
            "странами: в этом году экспорт приблизился к 15 млрд долларов."
        ),
        figures=(F("exports", "приблизился к 15 млрд долларов", "15", "almost"),),
        items=(
            I("reporter", "share", "", "", "более половины российской нефти (51%)"),
            I("reporter", "share", "", "", "около 5% мировой"),
            I("reporter", "value", "", "", "почти 3,5 трлн рублей"),
        ),
        note="Oil output shares, ranks in words and a GRP in rubles before the only trade figure.",
    ),
    Paragraph(
        id="ru-smolensk-customs-2017",
        language="ru",
        region="Смоленская таможня (Смоленская область)",
        country="RU",
        year=2017,
        period="2017",
        currency="RUB",
        scale="million",
        source_url=(
            "https://smolensk-i.ru/business/"
            "za-god-v-smolenskoy-oblasti-unichtozhili-v-2-raza-bolshe-sanktsionki_226425"
        ),
        text=(
            "Смоленск, 20 января. Смоленская таможня подвела итоги минувшего года. В 2017-м "
            "межведомственные мобильные группы, где работают и таможенники, выявили 375 партий "
            "товаров с признаками санкционных; вместе с Россельхознадзором уничтожено 262 партии "
            "общим весом более 4,6 тыс т (в 2016-м – 121 партия, 2026 т). Таможня возбудила 2 "
            "уголовных дела и 217 дел об административных правонарушениях (годом ранее – 84). "
            "Штрафов назначено более чем на 11,7 млн руб (в 2016-м – 6,6 млн), взыскано 7,4 млн. По "
            "данным таможни, экспорт через регион за год вырос более чем на четверть."
        ),
        figures=(F("exports_growth", "вырос более чем на четверть", "+25%", "over"),),
        items=(
            I("reporter", "count", "", "", "375 партий"),
            I("reporter", "count", "", "", "262 партии"),
            I("reporter", "physical", "", "", "более 4,6 тыс т"),
            I("reporter", "count", "", "2016", "121 партия"),
            I("reporter", "physical", "", "2016", "2026 т"),
            I("reporter", "count", "", "", "217 дел"),
            I("reporter", "value", "", "", "более чем на 11,7 млн руб"),
            I("reporter", "value", "", "2016", "6,6 млн"),
            I("reporter", "value", "", "", "взыскано 7,4 млн"),
        ),
        note="Customs work in parcels, tonnes, cases and rubles; the one trade figure is a fraction in words.",
    ),
    Paragraph(
        id="ru-yekaterinburg-customs-2003",
        language="ru",
        region="Екатеринбургская таможня (Свердловская область)",
        country="RU",
        year=2003,
        period="2003",
        currency="USD",
        scale="unit",
        source_url="http://archive.urbc.ru/69047-post69047.html",
        text=(
            "Екатеринбургская таможня вошла в десятку крупнейших таможен России, сообщил 28 января "
            "2004 года ее начальник Александр Бородин: в минувшем году выросли все основные "
            "показатели, а деклараций оформлено на 15% больше, чем в 2002 г. Товарооборот шел со 102 "
            "странами мира, причем с 65 из них – в обе стороны. Начальник Кольцовской таможни "
            "Владимир Миронов добавил, что пассажиропоток международного сектора аэропорта «Кольцово» "
            "за год вырос на 150 тыс. человек, а рейсы выполнялись более чем в 35 зарубежных стран."
        ),
        figures=(F("partner_count", "со 102 странами", "102"),),
        items=(
            I("reporter", "rank", "", "", "в десятку крупнейших"),
            I("reporter", "count", "", "", "на 15% больше"),
            I("reporter", "count", "", "", "с 65 из них"),
            I("customs:Кольцовская", "count", "", "", "на 150 тыс. человек"),
            I("customs:Кольцовская", "count", "", "", "более чем в 35 зарубежных стран"),
        ),
        note="Declarations, passengers and flights beside the one trade figure, a count of partners.",
    ),
    Paragraph(
        id="ru-pulkovo-customs-2007",
        language="ru",
        region="Пулковская таможня (Санкт-Петербург)",
        country="RU",
        year=2007,
        period="2007",
        currency="USD",
        scale="unit",
        source_url=(
            "http://ya.vch.ru/event/view.html?"
            "alias=novoe_zdanie_pulkovskoi_tamoghni_pomoghet_izbavitsya_ot_ocheredei_na_granize"
        ),
        text=(
            "20 марта 2008 года в Санкт-Петербурге открылось новое здание Пулковской таможни; по "
            "словам губернатора Валентины Матвиенко, оно поможет избавиться от очередей на границе. "
            "Глава ФТС Андрей Бельянинов отметил, что крупнейшая воздушная таможня Северо-Запада "
            "теперь отвечает растущему аэропорту. В 2007 году Пулковская таможня оформила более 10 "
            "тыс. т грузов и почти 38 тыс. воздушных судов; 99% грузов выпускаются в течение суток. "
            "Таможенники возбудили 44 уголовных дела о контрабанде наркотиков и 511 дел об "
            "административных правонарушениях."
        ),
        figures=(),
        items=(
            I("reporter", "physical", "", "", "более 10 тыс. т грузов"),
            I("reporter", "count", "", "", "почти 38 тыс. воздушных судов"),
            I("reporter", "share", "", "", "99% грузов"),
            I("reporter", "count", "", "", "44 уголовных дела"),
            I("reporter", "count", "", "", "511 дел"),
        ),
        note="A customs office's year without a single trade value: the reporter has no figure.",
    ),
    Paragraph(
        id="ru-spb-customs-2024-h1",
        language="ru",
        region="Санкт-Петербургская таможня",
        country="RU",
        year=2024,
        period="январь-июнь 2024",
        currency="USD",
        scale="unit",
        source_url=(
            "http://vch.ru/event/view.html?"
            "alias=cherez_tamoghennye_posty_sankt-peterburgskoi_tamoghni__peremescheno_19_mln_tonn_gruzov"
        ),
        text=(
            "За первое полугодие 2024 года через посты Санкт-Петербургской таможни в Санкт-Петербурге, "
            "Ленинградской, Вологодской, Новгородской областях и Республике Коми автомобильным и "
            "железнодорожным транспортом прошло 1,9 млн тонн экспортных и импортных грузов. Экспорт по "
            "весу составил 1,52 млн тонн, в нем преобладают продукция лесопромышленного комплекса и "
            "черные металлы. Ввезено за полгода 390 тыс. тонн, прежде всего бумаги и картона, "
            "оборудования и изделий из пластмасс. На посты таможни прибыло более 32700 импортных "
            "товарных партий: 20200 – грузовиками, 12500 – по железной дороге."
        ),
        figures=(),
        items=(
            I("reporter", "physical", "turnover", "", "1,9 млн тонн"),
            I("reporter", "physical", "exports", "", "1,52 млн тонн"),
            I("reporter", "physical", "imports", "", "390 тыс. тонн"),
            I("reporter", "count", "imports", "", "более 32700"),
            I("reporter", "count", "imports", "", "20200"),
            I("reporter", "count", "imports", "", "12500"),
        ),
        note="Tonnage and parcels only (1,52 + 0,39 = 1,91): the reporter has no value figure.",
    ),
)

RUSSIAN_12_FINAL: tuple[Paragraph, ...] = (
    Paragraph(
        id="ru-kaliningrad-customs-2011-h1",
        language="ru",
        region="Калининградская областная таможня (Калининградская область)",
        country="RU",
        year=2011,
        period="январь-июнь 2011",
        currency="USD",
        scale="billion",
        source_url="http://rugrad.online/news/436064/",
        text=(
            "Калининградская областная таможня подвела итоги первого полугодия 2011 года: "
            "внешнеторговый оборот Калининградской области по сравнению с 2011 годом возрос на 24% "
            "и составил более $10 млрд, сообщает ее пресс-служба. В федеральный бюджет за это время "
            "перечислено 4,9 млрд руб., что более чем на 23,1% больше прошлогоднего. Таможня "
            "оформила более 81 тыс. деклараций на товары: около 5 тыс. экспортных и порядка 76 тыс. "
            "импортных. Экспорт, где по-прежнему преобладает продукция ТЭК, сократился по сравнению "
            "с 2010 годом на 50%, но превысил $1 млрд. Импорт же достиг $9 млрд (рост на 55%); "
            "основные его позиции – наземный транспорт, электрические машины и оборудование, "
            "механические устройства."
        ),
        figures=(
            F("turnover_growth", "возрос на 24%", "+24%"),
            F("turnover", "более $10 млрд", "10", "over"),
            F("exports_growth", "с 2010 годом на 50%", "-50%"),
            F("exports", "превысил $1 млрд", "1", "over"),
            F("imports", "достиг $9 млрд", "9"),
            F("imports_growth", "рост на 55%", "+55%"),
        ),
        items=(
            I("reporter", "value", "", "", "4,9 млрд руб."),
            I("reporter", "growth", "", "", "более чем на 23,1%"),
            I("reporter", "count", "", "", "более 81 тыс. деклараций"),
            I("reporter", "count", "exports", "", "около 5 тыс. экспортных"),
            I("reporter", "count", "imports", "", "порядка 76 тыс."),
        ),
        errors=(
            E(
                "turnover_growth",
                "по сравнению с 2011 годом",
                "against the first half of 2010",
                "period",
                "the first half of 2011 is compared 'with 2011', its own year; the base is the "
                "first half of 2010, as the same release says of exports ('по сравнению с 2010 "
                "годом'); the growth itself fits the flows' bounds",
            ),
        ),
        note="A base year that is the main year (a slip); customs work in rubles and declarations.",
    ),
    Paragraph(
        id="ru-kaliningrad-customs-2024",
        language="ru",
        region="Калининградская областная таможня (Калининградская область)",
        country="RU",
        year=2024,
        period="2024",
        currency="USD",
        scale="billion",
        source_url="https://kaliningraddaily.com/fea/tamozhnya/2025012791906",
        text=(
            "Губернатор Калининградской области Алексей Беспрозванных встретился с начальником "
            "областной таможни Владимиром Зябко и отметил плодотворную совместную работу. Зябко "
            "ответил, что таможенные органы помогают развитию региона и его экономики, а показатели "
            "товарооборота за 2024 год, зафиксированные таможней, говорят об устойчивости экономики: "
            "грузооборот вырос на 12%, товарооборот – на 0,5%. В федеральный бюджет перечислено 28,5 "
            "миллиарда рублей – на 4 миллиарда больше, чем годом ранее."
        ),
        figures=(F("turnover_growth", "товарооборот – на 0,5%", "+0.5%"),),
        items=(
            I("reporter", "physical growth", "turnover", "", "грузооборот вырос на 12%"),
            I("reporter", "value", "", "", "28,5 миллиарда рублей"),
            I("reporter", "change", "", "", "на 4 миллиарда больше"),
        ),
        note="Customs payments in rubles and their change after the trade's growth: not trade figures.",
    ),
    Paragraph(
        id="ru-voronezh-customs-2019-9m",
        language="ru",
        region="Воронежская таможня (Воронежская область)",
        country="RU",
        year=2019,
        period="январь-сентябрь 2019",
        currency="RUB",
        scale="unit",
        source_url=(
            "https://riavrn.ru/news/"
            "voronezhskie-tamozhenniki-prinesli-v-kaznu-8-mlrd-rubley-s-nachala-2019-goda/"
        ),
        text=(
            "С начала 2019 года воронежские таможенники перечислили в казну 8 млрд рублей – около 20 "
            "млн рублей на каждого сотрудника, сообщил 24 октября на пресс-конференции начальник "
            "Воронежской таможни Геннадий Толочко, подводя итоги трех кварталов. Оформлено около 30 "
            "тыс. деклараций на товары, из них на импорт – только 8 тыс.: в Воронежской области "
            "экспорт преобладает над импортом. Через пункты пропуска в Бугаевке и в аэропорту "
            "Воронеж прошли 443,2 тыс. человек; в Бугаевке пропущено около 50 тыс. машин – 5 тыс. "
            "грузовиков, 41 тыс. легковых автомобилей и около 4 тыс. автобусов, а аэропорт принял "
            "1 425 самолетов. Возбуждено 11 уголовных дел."
        ),
        figures=(),
        items=(
            I("reporter", "value", "", "", "8 млрд рублей"),
            I("reporter", "value", "", "", "около 20 млн рублей"),
            I("reporter", "count", "", "", "около 30 тыс. деклараций"),
            I("reporter", "count", "imports", "", "только 8 тыс."),
            I("reporter", "count", "", "", "443,2 тыс. человек"),
            I("reporter", "count", "", "", "около 50 тыс. машин"),
            I("reporter", "count", "", "", "1 425 самолетов"),
        ),
        note="A customs office's three quarters in rubles, declarations and vehicles: no trade figure.",
    ),
    Paragraph(
        id="ru-moscow-industry-exports-2022-january",
        language="ru",
        region="Москва",
        country="RU",
        year=2022,
        period="январь 2022",
        currency="USD",
        scale="billion",
        source_url=(
            "https://interfax-russia.ru/index.php/moscow/news/"
            "moskva-eksportirovala-za-rubezh-za-pervyy-mesyac-tekushchego-goda-produkcii-pochti-na-2-mlrd"
        ),
        text=(
            "Москва. 11 апреля. ИНТЕРФАКС – Московские промышленные предприятия не сбавляют темпов "
            "экспорта, заявил на пресс-конференции глава департамента инвестиционной и промышленной "
            "политики столицы Владислав Овчинский. «Темпы в этом году не снижаются: отчет за январь "
            "показал почти двухмиллиардный рубеж» (долларов США. – ИФ), – сказал он, назвав это очень "
            "хорошим показателем для января. В 2021 году промышленные предприятия Москвы поставили "
            "за рубеж продукции более чем на $33 млрд."
        ),
        figures=(),
        items=(
            I("goods:industry", "value", "exports", "", "почти двухмиллиардный рубеж"),
            I("goods:industry", "value", "exports", "2021", "более чем на $33 млрд"),
        ),
        note="The industrial companies' exports (a part of the city's) in words: no reporter figure.",
    ),
)
