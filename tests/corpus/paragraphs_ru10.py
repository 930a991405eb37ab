"""Russian paragraphs of the reader corpus, tenth part (see :mod:`tests.corpus.model`).

Regional governments' and ministries' releases, statistics offices' figures, an export
support centre and regional news outlets, 2003-2022, from regions the corpus had not
seen (Dagestan, Kabardino-Balkaria, Chechnya, Amur, Magadan, Khakassia, Tver, Kirov
regions, Pavlodar region of Kazakhstan) and two more from Omsk and Tyumen regions;
written after the rules for the ninth part and measured before any rule was written
for them. Every text is our own wording of a published paragraph: the sentences are
rebuilt, the figures, their number formats and the constructions that make reading hard
are kept as published.
"""

from __future__ import annotations

from tests.corpus.model import Error as E  # noqa: N817 (short names keep the data readable)
from tests.corpus.model import Figure as F  # noqa: N817 (short names keep the data readable)
from tests.corpus.model import Item as I  # noqa: N817 (short names keep the data readable)
from tests.corpus.model import Paragraph

__all__ = ["RUSSIAN_10", "RUSSIAN_10_FINAL"]

RUSSIAN_10: tuple[Paragraph, ...] = (
    Paragraph(
        id="ru-omsk-2015-h1",
        language="ru",
        region="Омская область",
        country="RU",
        year=2015,
        period="январь-июнь 2015",
        currency="USD",
        scale="million",
        source_url="http://infokanal55.ru/publ/novosti/ehkonomika/ehksport_omskikh_tovarov_vdvoe_prevyshaet_import_regiona/6-1-0-4780",
        text=(
            "Внешнеторговый оборот Омской области в первом полугодии в текущих ценах составил 555,7 "
            "млн долларов США, что на 6,1% меньше, чем в том же периоде прошлого года. Экспорт (369,2 "
            "млн долларов) почти вдвое превысил импорт (186,5 млн долларов). Больше половины оборота "
            "– 53,7% – пришлось на страны дальнего зарубежья. Против января-июня 2014 года экспорт "
            "товаров вырос на 0,7%, в том числе в дальнее зарубежье – на 0,8%, в страны СНГ – на "
            "0,5%. Импорт сократился на 17,2%: из стран дальнего зарубежья – на 5,2%, из государств "
            "СНГ – на 32,4%. В экспорте преобладали продукция химической промышленности и каучук "
            "(43,1% всего экспорта), машины, оборудование и транспортные средства (32,9%), "
            "продовольствие и сельскохозяйственное сырье (13,2%)."
        ),
        figures=(
            F("turnover", "555,7 млн долларов США", "555.7"),
            F("turnover_growth", "на 6,1% меньше", "-6.1%"),
            F("exports", "(369,2 млн долларов)", "369.2"),
            F("exports_exceed_imports_by", "почти вдвое превысил", "2 times", "almost"),
            F("imports", "(186,5 млн долларов)", "186.5"),
            F("exports_growth", "экспорт товаров вырос на 0,7%", "+0.7%"),
            F("imports_growth", "Импорт сократился на 17,2%", "-17.2%"),
        ),
        items=(
            I("group:far abroad", "share", "turnover", "", "– 53,7% –"),
            I("group:far abroad", "growth", "exports", "", "на 0,8%"),
            I("group:CIS", "growth", "exports", "", "на 0,5%"),
            I("group:far abroad", "growth", "imports", "", "на 5,2%"),
            I("group:CIS", "growth", "imports", "", "на 32,4%"),
            I("goods:chemicals", "share", "exports", "", "(43,1% всего экспорта)"),
            I("goods:machinery", "share", "exports", "", "(32,9%)"),
            I("goods:food", "share", "exports", "", "(13,2%)"),
        ),
        note=(
            "The year only in the comparison ('против января-июня 2014 года'); groups' changes after "
            "the reporter's in 'в том числе' lists; goods' shares in brackets."
        ),
    ),
    Paragraph(
        id="ru-omsk-2018-5m",
        language="ru",
        region="Омская область",
        country="RU",
        year=2018,
        period="январь-май 2018",
        currency="USD",
        scale="million",
        source_url="https://www.kommersant.ru/doc/3695627",
        text=(
            "За январь-май 2018 года внешнеторговый оборот Омской области увеличился на 38,9% к тому "
            "же периоду прошлого года и достиг $496,2 млн, сообщило региональное министерство "
            "экономики. Экспорт из этой суммы составил $363,2 млн, его объем вырос на 53,2%. Омские "
            "предприятия поставляли за рубеж продукцию химической промышленности, каучук, "
            "продовольственные товары и сырье, машиностроительную продукцию; самыми активными "
            "партнерами области за пять месяцев стали Казахстан, Беларусь, Нидерланды и Китай. С "
            "начала года около 1 тыс. омских предпринимателей работали с 80 странами мира. В 2017 году "
            "область экспортировала товаров на $612 млн, нарастив поставки собственной продукции "
            "против предыдущего года на $113 млн; больше всего пришлось на углерод – $145 млн и "
            "полипропилен – $57 млн."
        ),
        figures=(
            F("turnover_growth", "увеличился на 38,9%", "+38.9%"),
            F("turnover", "$496,2 млн", "496.2"),
            F("exports", "$363,2 млн", "363.2"),
            F("exports_growth", "вырос на 53,2%", "+53.2%"),
            F("partner_count", "с 80 странами мира", "80"),
        ),
        items=(
            I("companies", "count", "", "", "около 1 тыс. омских предпринимателей"),
            I("reporter", "value", "exports", "2017", "$612 млн"),
            I("reporter", "change", "exports", "2017", "на $113 млн"),
            I("goods:carbon", "value", "exports", "2017", "$145 млн"),
            I("goods:polypropylene", "value", "exports", "2017", "$57 млн"),
        ),
        note="Last year's exports, their change and goods' values after the main period's figures.",
    ),
    Paragraph(
        id="ru-dagestan-oic-2022",
        language="ru",
        region="Республика Дагестан",
        country="RU",
        year=2022,
        period="2022",
        currency="USD",
        scale="million",
        source_url="https://m.islam-today.ru/novosti/2023/06/20/dagestan-uvelicil-tovarooborot-s-islamskimi-stranami-na-66",
        text=(
            "Глава Дагестана Сергей Меликов рассказал РИА Новости, что под санкциями республика "
            "наращивает торговлю со странами Организации исламского сотрудничества: за 2022 год "
            "товарооборот с ними вырос на 66%. «Рост дали увеличение экспорта в 2,3 раза и импорта – "
            "на 14%. 77% республиканского экспорта идет в Иран, Ирак, Азербайджан, Турцию, Казахстан, "
            "Узбекистан, Афганистан, Эмираты, Ливан и Иорданию», – сказал он. Всего в прошлом году "
            "республика торговала с более чем 70 странами. Главными партнерами Дагестана Меликов "
            "назвал Иран, Азербайджан, Белоруссию, Казахстан, Узбекистан, а из дальнего зарубежья – "
            "Турцию, Ирак и Китай."
        ),
        figures=(F("partner_count", "с более чем 70 странами", "70", "over"),),
        items=(
            I("group:OIC", "growth", "turnover", "", "вырос на 66%"),
            I("group:OIC", "growth", "exports", "", "в 2,3 раза"),
            I("group:OIC", "growth", "imports", "", "на 14%"),
            I("group:ten partners", "share", "exports", "", "77% республиканского экспорта"),
        ),
        note="A partner group's turnover and flows; the reporter has only a count of partners.",
    ),
    Paragraph(
        id="ru-kabardino-balkaria-2020",
        language="ru",
        region="Кабардино-Балкарская Республика",
        country="RU",
        year=2020,
        period="2020 (оценка)",
        currency="USD",
        scale="million",
        source_url="https://etokavkaz.ru/news/97153",
        text=(
            "По предварительной оценке Минэкономразвития Кабардино-Балкарии, экспорт республики в "
            "2020 году составит 30 миллионов долларов, или 140,8% к уровню 2019 года, то есть "
            "превысит прошлогодний более чем на 40%. Сильнее всего вырос экспорт услуг: за первый "
            "квартал 2020 года он сложился в сумме 7,1 миллиона долларов, а целевой показатель на год "
            "по действующему соглашению выполнен на 245%. По экспорту услуг на душу населения "
            "республика первая среди регионов СКФО – 8,2 доллара на человека; у Ставропольского "
            "края, второго, – 5,8 доллара, в среднем по округу – 4 доллара. По региональному проекту "
            "«Экспорт продукции АПК» на 29 сентября экспорт продовольствия достиг 18,7 миллиона "
            "долларов, около 96% годового целевого показателя."
        ),
        figures=(),
        items=(
            I("reporter", "forecast", "exports", "2020", "составит 30 миллионов долларов"),
            I("reporter", "forecast index", "exports", "2020", "140,8% к уровню 2019 года"),
            I("reporter", "forecast growth", "exports", "2020", "более чем на 40%"),
            I("services", "value", "exports", "I квартал", "7,1 миллиона долларов"),
            I("services", "plan", "exports", "", "выполнен на 245%"),
            I("services", "per capita", "exports", "", "8,2 доллара на человека"),
            I("region:Stavropol", "per capita", "exports", "", "5,8 доллара"),
            I("district:North Caucasus", "per capita", "exports", "", "4 доллара"),
            I("goods:food", "value", "exports", "январь-сентябрь", "18,7 миллиона долларов"),
            I("goods:food", "plan", "exports", "", "около 96% годового целевого показателя"),
        ),
        note=(
            "The year's exports only as a preliminary estimate in the future tense ('составит'), "
            "kept as a forecast like the other corpus forecasts; services per head, plans' "
            "fulfilment and food exports to a date."
        ),
    ),
    Paragraph(
        id="ru-amur-2003",
        language="ru",
        region="Амурская область",
        country="RU",
        year=2003,
        period="2003",
        currency="USD",
        scale="million",
        source_url="https://regnum.ru/news/223525.html",
        text=(
            "Специалисты Амурского облкомстата, подводя итоги внешнеэкономической деятельности "
            "предприятий области за 2003 год, подсчитали, что на Приамурье приходится чуть более 2% "
            "внешнеторгового оборота Дальневосточного федерального округа: по этому показателю "
            "область шестая в округе. Первые места занимают Хабаровский и Приморский края (36 и 32 % "
            "соответственно) и Сахалинская область (16 %). Число участников внешнеэкономической "
            "деятельности в ДВФО за год выросло более чем в 1,5 раза, а в Приамурье сократилось на "
            "3 %. Главный зарубежный партнер области – Китай: товарооборот с ним в минувшем году "
            "вырос на 12 % и составил около 80 миллионов долларов."
        ),
        figures=(),
        items=(
            I("reporter", "share of district", "turnover", "", "чуть более 2%"),
            I("reporter", "rank", "turnover", "", "шестая в округе"),
            I("region:Khabarovsk", "share of district", "turnover", "", "36"),
            I("region:Primorsky", "share of district", "turnover", "", "32 %"),
            I("region:Sakhalin", "share of district", "turnover", "", "(16 %)"),
            I("district:Far East", "count growth", "", "", "более чем в 1,5 раза"),
            I("reporter", "count change", "", "", "сократилось на 3 %"),
            I("partner:CN", "growth", "turnover", "", "вырос на 12 %"),
            I("partner:CN", "value", "turnover", "", "около 80 миллионов долларов"),
        ),
        note=(
            "The reporter's share of its district and rank, other regions' shares in a "
            "'respectively' list, a change in the number of traders, and the partner's turnover: "
            "no value figure of the reporter's own."
        ),
    ),
    Paragraph(
        id="ru-tyumen-2016",
        language="ru",
        region="Тюменская область",
        country="RU",
        year=2016,
        period="2016",
        currency="USD",
        scale="billion",
        source_url="https://t-l.ru/amp/230176.html",
        text=(
            "Продукцию на экспорт в страны ближнего и дальнего зарубежья поставляют 138 предприятий "
            "Тюменской области, рассказал на пресс-конференции в совместном пресс-центре "
            "«Интерфакс-Урал» и «Тюменской линии» директор областного департамента инвестиционной "
            "политики Леонид Остроумов. Внешнеторговый оборот региона в 2016 году превысил 2,6 млрд "
            "долларов: около 2 млрд долларов пришлось на экспорт и около 580 млн – на импорт. Против "
            "2015 года оборот вырос на 10%. Экспортировали в основном в Нидерланды, Великобританию, "
            "Бельгию, Турцию, Финляндию, Швецию, Францию, Германию и Казахстан – нефтехимию, "
            "дизельное топливо, фанеру, аккумуляторы, овощную сетку, аэрозоли и машины; ввозили "
            "больше всего из Германии, Беларуси, Китая, Италии, Нидерландов, США и Южной Кореи."
        ),
        figures=(
            F("turnover", "превысил 2,6 млрд долларов", "2.6", "over"),
            F("exports", "около 2 млрд долларов", "2", "about"),
            F("imports", "около 580 млн", "0.58", "about"),
            F("turnover_growth", "вырос на 10%", "+10%"),
        ),
        items=(I("companies", "count", "exports", "", "138 предприятий"),),
        note="Bounds and roundings in two scales; a count of exporters opens the paragraph.",
    ),
    Paragraph(
        id="ru-pavlodar-russia",
        language="ru",
        region="Павлодарская область",
        country="KZ",
        year=None,
        period="прошлый год (не указан)",
        currency="USD",
        scale="billion",
        source_url="https://pricom.kz/obshhestvo/v-2-raza-vyirosla-torgovlya-mezhdu-pavloda.html",
        text=(
            "Торговля Павлодарской области с Россией выросла вдвое, рассказал на брифинге в Службе "
            "центральных коммуникаций первый заместитель акима области Дуйсенбай Турганов. «В Россию "
            "и Беларусь мы продаем больше, чем покупаем у них. Россия – наш основной партнер: за три "
            "года объем торговли с ней увеличился в два раза и в прошлом году составил порядка 3 млрд "
            "долларов», – сказал он. Из России в регион везут машины, химию, металлы, стройматериалы, "
            "продовольствие и потребительские товары, а область вывозит глинозем, алюминий, уголь и "
            "электроэнергию. Поставки электроэнергии в Россию растут: если в 2009 году их было около "
            "800 млн киловатт-часов, то в прошлом году – 2,5 млрд."
        ),
        figures=(),
        items=(
            I("partner:RU", "growth", "turnover", "", "выросла вдвое"),
            I("partner:RU", "growth", "turnover", "за три года", "увеличился в два раза"),
            I("partner:RU", "value", "turnover", "", "порядка 3 млрд"),
            I("goods:electricity", "physical", "exports", "2009", "около 800 млн киловатт-часов"),
            I("goods:electricity", "physical", "exports", "", "2,5 млрд"),
        ),
        note=(
            "A Kazakh region's trade with one partner over three years; electricity in kilowatt-"
            "hours, the last amount with no unit after its scale ('2,5 млрд')."
        ),
    ),
    Paragraph(
        id="ru-khakassia-2021-h1",
        language="ru",
        region="Республика Хакасия",
        country="RU",
        year=2021,
        period="январь-июнь 2021",
        currency="USD",
        scale="million",
        source_url="https://abakan-news.net/economy/2021/09/28/82527.html",
        text=(
            "В первом полугодии 2021 года Хакасия многократно нарастила долю несырьевого "
            "неэнергетического экспорта – до 155 процентов. По темпам роста это лучший результат "
            "среди регионов Сибири; всего республика экспортировала продукции на сумму свыше "
            "семисот миллионов долларов. К несырьевому неэнергетическому экспорту относят "
            "машиностроение, металлургию и драгметаллы, химическую и легкую промышленность, "
            "фармацевтику и лесопромышленный комплекс; самым экспортируемым товаром этой группы в "
            "Сибири стали алюминий и его сплавы. Лучших экспортеров Сибирского федерального округа "
            "назовут в начале октября в Томске на окружном этапе премии «Экспортер года»."
        ),
        figures=(),
        items=(
            I("goods:non-commodity", "share", "exports", "", "до 155 процентов"),
            I(
                "goods:non-commodity",
                "rank",
                "exports",
                "",
                "лучший результат среди регионов Сибири",
            ),
            I("goods:non-commodity", "value", "exports", "", "свыше семисот миллионов долларов"),
        ),
        errors=(
            E(
                "item:goods:non-commodity:share",
                "до 155 процентов",
                "an index of about 155% (a growth of about 55%), not a share",
                "item",
                "a share of exports cannot exceed 100%; the next sentence speaks of the rate of "
                "growth, so 155% is the group's growth index published as its share",
            ),
        ),
        note=(
            "The whole paragraph is about the non-commodity non-energy group (its 'свыше семисот "
            "миллионов', in words, is read as the group's, as the sentence ranks the group's "
            "growth); an index published as a share."
        ),
    ),
    Paragraph(
        id="ru-tver-2018",
        language="ru",
        region="Тверская область",
        country="RU",
        year=2018,
        period="2018",
        currency="USD",
        scale="million",
        source_url="https://tverigrad.ru/publication/ehksport-proizvedennojj-v-tverskojj-oblasti-produkcii-vyros-na-34/",
        text=(
            "Экспорт произведенной в Тверской области продукции вырос на 34%. Промышленное "
            "производство региона по итогам 2018 года выше общероссийского уровня: его индекс "
            "составил 113,2%. По данным портала «Экспортеры России», тверские товары в 2018 году "
            "покупали 62 страны; на ключевых партнеров – Казахстан, Беларусь, Украину, Китай, "
            "Германию, Эстонию, Польшу, Италию, Латвию, Финляндию, Израиль, Швейцарию, Испанию, "
            "Нидерланды, США, Великобританию и Литву – приходится 88% поставок. За рубеж уходят "
            "выделанная кожа, лесоматериалы, бульдозеры и грейдеры, нефтепродукты, черные металлы, "
            "стекловолокно, двигатели и трансмиссионные валы. О развитии промышленности области "
            "губернатор Игорь Руденя говорил с президентом Владимиром Путиным на встрече 25 июня."
        ),
        figures=(F("exports_growth", "вырос на 34%", "+34%"),),
        items=(
            I("reporter", "count", "exports", "", "покупали 62 страны"),
            I("industry", "index", "", "", "113,2%"),
            I("group:key partners", "share", "exports", "", "88% поставок"),
        ),
        note=(
            "An index of industrial production beside the exports' growth; the countries that "
            "buy the region's goods counted as export destinations (as 'покупают 77 стран' in "
            "ru-penza-2018-11m), and key partners' share of exports."
        ),
    ),
    Paragraph(
        id="ru-tver-2021-agri",
        language="ru",
        region="Тверская область",
        country="RU",
        year=2021,
        period="2021",
        currency="USD",
        scale="million",
        source_url="https://tvernews.ru/news/280818",
        text=(
            "В 2021 году Тверская область перевыполнила целевой показатель регионального проекта "
            "«Экспорт продукции АПК» национального проекта «Международная кооперация и экспорт»: по "
            "данным регионального правительства, область экспортировала товаров на 33 млн долларов "
            "США – 116% к целевому показателю. Основу аграрного экспорта составляют продукция "
            "пищевой и перерабатывающей промышленности, масложировой отрасли, мясо и молоко. В "
            "страны дальнего зарубежья уходит 32% тверской продукции АПК, остальные 68% – в страны "
            "СНГ. Больше всего область поставляет в Беларусь, Камбоджу, Таиланд, Казахстан и Литву; "
            "в Китай, Узбекистан и Литву экспорт за год вырос более чем в три раза."
        ),
        figures=(),
        items=(
            I("goods:agri", "value", "exports", "", "на 33 млн долларов США"),
            I("goods:agri", "plan", "exports", "", "116% к целевому показателю"),
            I("group:far abroad", "share", "agri exports", "", "32%"),
            I("group:CIS", "share", "agri exports", "", "остальные 68%"),
            I("partner:CN,UZ,LT", "multiple", "exports", "", "более чем в три раза"),
        ),
        note=(
            "Every figure is the farm and food exports' (the project's), though one sentence says "
            "'область экспортировала товаров'; a plan's fulfilment in percent."
        ),
    ),
    Paragraph(
        id="ru-magadan-2008",
        language="ru",
        region="Магаданская область",
        country="RU",
        year=2008,
        period="2008",
        currency="USD",
        scale="million",
        source_url="http://regnum.ru/news/1205819.html",
        text=(
            "Как сообщили корреспонденту ИА REGNUM Новости в администрации Магаданской области, в "
            "2008 году внешнеторговый оборот области вырос к предыдущему году на 24% и составил $360,3 "
            "млн; с 2003 года он увеличился в 3,5 раза. Экспорт в прошлом году достиг рекордных $208 "
            "млн и превысил импорт на $55,7 млн. Основными партнерами остаются Япония – 31% оборота в "
            "2008 году, Великобритания – 29%, США – 17%, Республика Корея – 15%, Китай – 4%. Экспорт "
            "по-прежнему сырьевой: если раньше в нем господствовали рыба и морепродукты (до 74%), то "
            "в 2008 году половину поставок (50%) составили драгоценные металлы, а рыба и "
            "морепродукты – 39%."
        ),
        figures=(
            F("turnover_growth", "вырос к предыдущему году на 24%", "+24%"),
            F("turnover", "$360,3 млн", "360.3"),
            F("exports", "$208 млн", "208"),
            F("balance", "превысил импорт на $55,7 млн", "55.7"),
        ),
        items=(
            I("reporter", "multiple", "turnover", "2003-2008", "увеличился в 3,5 раза"),
            I("partner:JP", "share", "turnover", "", "– 31% оборота"),
            I("partner:GB", "share", "turnover", "", "29%"),
            I("partner:US", "share", "turnover", "", "17%"),
            I("partner:KR", "share", "turnover", "", "15%"),
            I("partner:CN", "share", "turnover", "", "4%"),
            I("goods:fish", "share", "exports", "earlier years", "(до 74%)"),
            I("goods:precious metals", "share", "exports", "", "(50%)"),
            I("goods:fish", "share", "exports", "", "39%"),
        ),
        note="A multiple since 2003 beside the year's growth; partners' and goods' shares.",
    ),
    Paragraph(
        id="ru-kirov-2019-plan",
        language="ru",
        region="Кировская область",
        country="RU",
        year=2019,
        period="2019 (план)",
        currency="USD",
        scale="million",
        source_url="https://www.kommersant.ru/doc/3997133",
        text=(
            "Кировская область рассчитывает к концу 2019 года нарастить экспорт промышленной "
            "продукции на 15% – до $969 млн, рассказал ТАСС в кулуарах ПМЭФ глава региона Игорь "
            "Васильев. По его словам, рост дадут поставки химической промышленности, "
            "лесопромышленного комплекса и металлургии. Ранее пресс-служба правительства области "
            "сообщала о планах к 2024 году удвоить экспорт – с $900 млн до $1,8 млрд."
        ),
        figures=(),
        items=(
            I("goods:industrial", "forecast growth", "exports", "2019", "на 15%"),
            I("goods:industrial", "forecast", "exports", "2019", "до $969 млн"),
            I("reporter", "target multiple", "exports", "2024", "удвоить"),
            I("reporter", "value", "exports", "base year", "с $900 млн"),
            I("reporter", "target", "exports", "2024", "до $1,8 млрд"),
        ),
        note="Only plans and targets: the reporter has no figure for a period that is over.",
    ),
    Paragraph(
        id="ru-dagestan-2024-h1",
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
            "года товарооборот республики вырос в 1,8 раза по сравнению с аналогичным периодом 2021 "
            "года. Экспорт увеличился еще сильнее – в 2,8 раза, импорт – на 40%. Ключевыми "
            "партнерами остаются страны СНГ, Средней Азии и Ближнего Востока: Иран, Турция, Ирак, "
            "Беларусь, Азербайджан, ОАЭ, Казахстан и Китай. За прошедший год Дагестан принял 11 "
            "иностранных делегаций."
        ),
        figures=(),
        items=(
            I("reporter", "multiple", "turnover", "к январю-июню 2021", "вырос в 1,8 раза"),
            I("reporter", "multiple", "exports", "к январю-июню 2021", "в 2,8 раза"),
            I("reporter", "growth", "imports", "к январю-июню 2021", "на 40%"),
            I("delegations", "count", "", "", "11 иностранных делегаций"),
        ),
        note=(
            "The changes are against the same months of 2021, three years back, as published (a "
            "slip for 2023 cannot be told from the text): not changes against the previous period."
        ),
    ),
    Paragraph(
        id="ru-chechnya-2019-agri",
        language="ru",
        region="Чеченская Республика",
        country="RU",
        year=2019,
        period="2019",
        currency="USD",
        scale="million",
        source_url="https://checheninfo.ru/237082-chechnja-jeksport-produkcii-apk-iz-chechni-v-2019-godu-sostavil-okolo-48-mln.html",
        text=(
            "Чечня вошла в десятку субъектов России по темпу роста экспорта продукции АПК: в 2019 году "
            "он увеличился в 1,4 раза и составил около $4,8 млн, сообщил во вторник журналистам "
            "заместитель министра сельского хозяйства республики Иса Усманов. По данным ФТС, "
            "продукцию отправляли в Казахстан, Иран, Азербайджан, Узбекистан, Беларусь, Катар, "
            "Бангладеш, Марокко, Турцию, Китай, Грузию, Киргизию и Украину – в основном мясо, "
            "молочную продукцию и злаки. По предварительным данным, производство сельхозпродукции в "
            "республике в этом году выросло рекордно – до 121%."
        ),
        figures=(),
        items=(
            I("goods:agri", "rank", "exports", "", "в десятку"),
            I("goods:agri", "multiple", "exports", "", "увеличился в 1,4 раза"),
            I("goods:agri", "value", "exports", "", "около $4,8 млн"),
            I("agriculture", "index", "", "", "до 121%"),
        ),
        note="Farm and food exports only, and an index of farm output: no figure of the reporter's trade.",
    ),
    Paragraph(
        id="ru-omsk-2009-9m",
        language="ru",
        region="Омская область",
        country="RU",
        year=2009,
        period="январь-сентябрь 2009",
        currency="USD",
        scale="million",
        source_url="https://infomsk.ru/buisness/news/krizis_otkusit_ot_vneshnetorgovogo_oborota_33",
        text=(
            "Министр экономики Омской области Игорь Мураев сообщил на пресс-конференции, что за 9 "
            "месяцев 2009 года внешнеторговый оборот региона составил 552,5 млн. долл. США. Динамика "
            "стоимостных показателей положительная: в III квартале оборот каждый месяц прибавлял 74 "
            "млн долларов, тогда как в I квартале – в среднем 43 млн долларов США; по темпам прироста "
            "область вторая в Сибирском федеральном округе. К концу года оборот может приблизиться к "
            "1 млрд долларов США. По данным территориального органа Росстата, в 2008 году "
            "внешнеторговый оборот области составил 1432,7 млн долларов США, увеличившись на 20,2% "
            "против 2007 года, так что показатель «кризисного года» может оказаться меньше на 33,3%. "
            "В структуре экспорта 58% приходится на химическую продукцию, 13% – на "
            "сельхозпродукцию, 12% – на машиностроение."
        ),
        figures=(F("turnover", "552,5 млн. долл. США", "552.5"),),
        items=(
            I("reporter", "monthly change", "turnover", "III квартал", "74 млн долларов"),
            I("reporter", "monthly change", "turnover", "I квартал", "43 млн долларов США"),
            I("reporter", "rank", "turnover growth", "", "вторая в Сибирском федеральном округе"),
            I("reporter", "forecast", "turnover", "2009", "1 млрд долларов США"),
            I("reporter", "value", "turnover", "2008", "1432,7 млн долларов США"),
            I("reporter", "growth", "turnover", "2008", "на 20,2%"),
            I("reporter", "forecast growth", "turnover", "2009", "меньше на 33,3%"),
            I("goods:chemicals", "share", "exports", "", "58%"),
            I("goods:food", "share", "exports", "", "13%"),
            I("goods:machinery", "share", "exports", "", "12%"),
        ),
        note=(
            "Nine months' turnover, then monthly increments, a rank, the year's forecast and last "
            "year's full-year figures with their growth: only the first is a main-period figure."
        ),
    ),
)

#: Four more paragraphs written after every rule for the sixteen above, measured before
#: any further rule: the final unseen check of this part.
RUSSIAN_10_FINAL: tuple[Paragraph, ...] = (
    Paragraph(
        id="ru-east-kazakhstan-xinjiang",
        language="ru",
        region="Восточно-Казахстанская область",
        country="KZ",
        year=None,
        period="год (не указан)",
        currency="USD",
        scale="million",
        source_url="https://sozmedia.kz/15079/?bimber_random_post=true",
        text=(
            "Аким Восточно-Казахстанской области Ермек Кошербаев, выступая перед участниками XIX "
            "Форума межрегионального сотрудничества Казахстана и России, заявил, что Восточный "
            "Казахстан может стать транзитным хабом между Россией и Китаем. Область граничит с "
            "Синьцзян-Уйгурским автономным районом КНР и входит в число его главных торговых "
            "партнеров. Путь от российских пунктов пропуска до приграничной торговой зоны Зимунай по "
            "территории области – 569 км, это самая короткая автодорога из центральной и западной "
            "России в Китай. «Мы в едином экономическом пространстве и можем развивать кооперацию. "
            "Доля импорта из Казахстана в СУАР уже составляет 44%», – сказал аким."
        ),
        figures=(),
        items=(
            I("country:KZ", "share", "imports of partner:Xinjiang", "", "44%"),
            I("distance", "km", "", "", "569 км"),
        ),
        note="A Kazakh region's governor on the country's share of a Chinese region's imports; a distance.",
    ),
    Paragraph(
        id="ru-mari-el-2021-agri",
        language="ru",
        region="Республика Марий Эл",
        country="RU",
        year=2021,
        period="2021",
        currency="USD",
        scale="million",
        source_url="https://kidsher.ru/ru/news/34124",
        text=(
            "Как сообщила пресс-служба Министерства сельского хозяйства и продовольствия Марий Эл, в "
            "2021 году марийские производители экспортировали продукцию на $35,8 млн. Больше всего "
            "республика поставляла готовых пищевых продуктов (74%); на мясо и молоко пришлось 2%, на "
            "масложировую продукцию – 0,8%, на злаки – 0,3%, на прочую продукцию АПК – 22,9%. "
            "Главными покупателями стали Узбекистан, Таджикистан, Сербия, Белоруссия и Италия: на "
            "них приходится около 70% экспорта. Всего за минувший год продукция республики ушла в 27 "
            "стран мира."
        ),
        figures=(),
        items=(
            I("goods:agri", "value", "exports", "", "на $35,8 млн"),
            I("goods:prepared food", "share", "agri exports", "", "(74%)"),
            I("goods:meat and milk", "share", "agri exports", "", "2%"),
            I("goods:oils", "share", "agri exports", "", "0,8%"),
            I("goods:cereals", "share", "agri exports", "", "0,3%"),
            I("goods:other agri", "share", "agri exports", "", "22,9%"),
            I("group:five partners", "share", "agri exports", "", "около 70% экспорта"),
            I("goods:agri", "count", "partners", "", "27 стран мира"),
        ),
        note=(
            "The agriculture ministry's figures: the producers' exports are the farm and food "
            "exports (their shares add up to 100%), though no word before the amount says so."
        ),
    ),
    Paragraph(
        id="ru-ulyanovsk-2020-agri",
        language="ru",
        region="Ульяновская область",
        country="RU",
        year=2020,
        period="2020",
        currency="USD",
        scale="million",
        source_url="https://ulpravda.ru/rubrics/economics/region-za-god-eksportiroval-agrarnoi-produktsii-na-24-milliona-dollarov-pokazatel-vypolnen-na-100",
        text=(
            "Ульяновская область за 2020 год экспортировала аграрной продукции на 24 миллиона "
            "долларов, выполнив показатель на 100%, сообщили в министерстве АПК и развития сельских "
            "территорий региона. Зерновых вывезено на 18 миллионов долларов США – в 2,6 раза больше, "
            "чем в 2019 году; их покупали Азербайджан, Казахстан, Беларусь, Узбекистан, Латвия, "
            "Бельгия и Оман. Продукции пищевой и перерабатывающей промышленности экспортировано на "
            "2,2 миллиона долларов США, на 32% больше прошлогоднего, – в Казахстан, Армению, "
            "Киргизию, Белоруссию, Грузию и Германию. Прочей продукции к концу 2020 года вывезли на "
            "3,8 миллиона долларов США, что на 42% больше, чем в 2019 году."
        ),
        figures=(),
        items=(
            I("goods:agri", "value", "exports", "", "на 24 миллиона долларов"),
            I("goods:agri", "plan", "exports", "", "на 100%"),
            I("goods:grain", "value", "exports", "", "на 18 миллионов долларов США"),
            I("goods:grain", "multiple", "exports", "", "в 2,6 раза больше"),
            I("goods:processed food", "value", "exports", "", "2,2 миллиона долларов США"),
            I("goods:processed food", "growth", "exports", "", "на 32% больше"),
            I("goods:other agri", "value", "exports", "", "3,8 миллиона долларов США"),
            I("goods:other agri", "growth", "exports", "", "на 42% больше"),
        ),
        note="Farm exports and their three parts (18 + 2,2 + 3,8 = 24); a plan's fulfilment.",
    ),
)
