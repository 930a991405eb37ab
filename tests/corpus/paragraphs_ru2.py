"""Russian paragraphs of the reader corpus, second part (see :mod:`tests.corpus.model`).

Every text is our own wording of a published paragraph: the sentences are rebuilt,
the figures, their number formats and the constructions that make reading hard are
kept as published.
"""

from __future__ import annotations

from tests.corpus.model import Error as E  # noqa: N817 (short names keep the data readable)
from tests.corpus.model import Figure as F  # noqa: N817 (short names keep the data readable)
from tests.corpus.model import Item as I  # noqa: N817 (short names keep the data readable)
from tests.corpus.model import Paragraph

__all__ = ["RUSSIAN_2"]

RUSSIAN_2: tuple[Paragraph, ...] = (
    Paragraph(
        id="ru-mogilev-2014-jan-may",
        language="ru",
        region="Могилевская область",
        country="BY",
        year=2014,
        period="январь-май 2014",
        currency="USD",
        scale="billion",
        source_url="https://m.21.by/economics/2014/07/21/960750.html",
        text=(
            "Внешняя торговля Могилевской области сократилась. По данным Главного статистического "
            "управления области, товарооборот с зарубежными странами за январь-май 2014 года составил "
            "1,6 млрд. долларов – на 7% меньше, чем за те же месяцы прошлого года. Уменьшились и экспорт "
            "(на 4,6%), и импорт (на 10,2%): за пять месяцев они составили 938 млн. долларов и 679 млн. "
            "долларов соответственно. Сальдо внешней торговли осталось положительным – 259 млн. "
            "долларов США. Крупнейший партнер Могилевщины – Россия: товарооборот с ней за январь-май "
            "составил 962 млн. долларов, хотя и снизился на 8,6%. С Австрией товарооборот вырос в 3,3 "
            "раза, до 12,5 млн. долларов, а самый малый показатель – у Аргентины, 7,7 млн. долларов, и "
            "это только импорт."
        ),
        figures=(
            F("turnover", "1,6 млрд. долларов", "1.6"),
            F("turnover_growth", "на 7% меньше", "-7%"),
            F("exports_growth", "экспорт (на 4,6%)", "-4.6%"),
            F("imports_growth", "импорт (на 10,2%)", "-10.2%"),
            F("exports", "938 млн. долларов", "0.938"),
            F("imports", "679 млн. долларов соответственно", "0.679"),
            F("balance", "положительным – 259 млн. долларов США", "0.259"),
        ),
        items=(
            I("partner:RU", "value", "turnover", "", "962 млн. долларов"),
            I("partner:RU", "growth", "turnover", "", "снизился на 8,6%"),
            I("partner:AT", "growth", "turnover", "", "вырос в 3,3 раза"),
            I("partner:AT", "value", "turnover", "", "12,5 млн. долларов"),
            I("partner:AR", "value", "imports", "", "7,7 млн. долларов"),
        ),
        note="Billions and millions in one text; a 'respectively' list; a partner larger than the reporter's exports.",
    ),
    Paragraph(
        id="ru-mogilev-2014-h1",
        language="ru",
        region="Могилевская область",
        country="BY",
        year=2014,
        period="январь-июнь 2014",
        currency="USD",
        scale="billion",
        source_url="https://m.21.by/economics/2014/08/21/976580.html",
        text=(
            "Могилев, 21 августа. Главное статистическое управление области опубликовало "
            "предварительные данные: товарооборот Могилевской области с зарубежными странами в первом "
            "полугодии 2014 года оказался на 5,4% меньше, чем годом ранее. За шесть месяцев он составил "
            "без малого 2 млрд. долларов США, из них около 1,2 млрд. долларов – экспорт и 0,8 млрд "
            "долларов – импорт. Сальдо за полугодие положительное, 328 млн. долларов. Активнее всего "
            "область торгует с Россией – почти 1,2 млрд. долларов за январь-июнь; далее следуют "
            "Германия (115 млн. долларов) и Украина (108 млн. долларов), товарооборот с которыми по "
            "сравнению с первым полугодием 2013 года снизился на 4,3% и на 29,6% соответственно. С "
            "Казахстаном, партнером по Таможенному союзу, товарооборот вырос на 16,1%."
        ),
        figures=(
            F("turnover_growth", "на 5,4% меньше", "-5.4%"),
            F("turnover", "без малого 2 млрд. долларов США", "2", "almost"),
            F("exports", "около 1,2 млрд. долларов", "1.2", "about"),
            F("imports", "0,8 млрд долларов", "0.8"),
            F("balance", "положительное, 328 млн. долларов", "0.328"),
        ),
        items=(
            I("partner:RU", "value", "turnover", "", "почти 1,2 млрд. долларов"),
            I("partner:DE", "value", "turnover", "", "115 млн. долларов"),
            I("partner:UA", "value", "turnover", "", "108 млн. долларов"),
            I("partner:DE", "growth", "turnover", "", "на 4,3%"),
            I("partner:UA", "growth", "turnover", "", "на 29,6% соответственно"),
            I("partner:KZ", "growth", "turnover", "", "вырос на 16,1%"),
        ),
        note="The reporter's exports and Russia's turnover are both 'about 1,2 billion'.",
    ),
    Paragraph(
        id="ru-mogilev-2002-11m",
        language="ru",
        region="Могилевская область",
        country="BY",
        year=2002,
        period="январь-ноябрь 2002",
        currency="USD",
        scale="million",
        source_url="https://afn.today/news/i/25140",
        text=(
            "В январе-ноябре 2002 года предприятия и организации Могилевской области вели внешнюю "
            "торговлю с 96 странами. Главный специалист отдела внешнеэкономических связей облисполкома "
            "Лариса Калмыкова сообщила «Интерфаксу», что внешнеторговый оборот области за 11 месяцев "
            "составил 918 млн. долларов США. На СНГ из них пришлось 705 млн. долларов, или 77% общего "
            "товарооборота, на страны вне СНГ – 213 млн. долларов (23%). Положительным сдвигом "
            "специалист считает переориентацию экспорта в дальнее зарубежье: удельный вес этих стран в "
            "экспорте вырос с 19,5% в январе-ноябре 2001 года до 22,3% в январе-ноябре 2002 года, а "
            "поставки туда увеличились на 5,8 млн. долларов, или на 5,2%. Заметно вырос экспорт в "
            "Германию – на 106%, Польшу – на 141%, Италию – на 151%, Литву – на 121%, Латвию – на 152%, "
            "Данию – на 111%."
        ),
        figures=(
            F("partner_count", "с 96 странами", "96"),
            F("turnover", "918 млн. долларов США", "918"),
        ),
        items=(
            I("group:CIS", "value", "turnover", "", "705 млн. долларов"),
            I("group:CIS", "share", "turnover", "", "77% общего товарооборота"),
            I("group:far abroad", "value", "turnover", "", "213 млн. долларов"),
            I("group:far abroad", "share", "turnover", "", "(23%)"),
            I("group:far abroad", "share", "exports", "январь-ноябрь 2001", "с 19,5%"),
            I("group:far abroad", "share", "exports", "", "до 22,3%"),
            I("group:far abroad", "change", "exports", "", "на 5,8 млн. долларов"),
            I("group:far abroad", "growth", "exports", "", "на 5,2%"),
            I("partner:DE", "growth", "exports", "", "на 106%"),
            I("partner:PL", "growth", "exports", "", "на 141%"),
            I("partner:IT", "growth", "exports", "", "на 151%"),
            I("partner:LT", "growth", "exports", "", "на 121%"),
            I("partner:LV", "growth", "exports", "", "на 152%"),
            I("partner:DK", "growth", "exports", "", "на 111%"),
        ),
    ),
    Paragraph(
        id="ru-mogilev-2018-cis-10m",
        language="ru",
        region="Могилевская область",
        country="BY",
        year=2018,
        period="январь-октябрь 2018",
        currency="USD",
        scale="million",
        source_url="https://mogilevnews.by/news/11-12-2018-11-19/54266",
        text=(
            "Около 76 % экспорта Могилевской области приходится на страны СНГ. В январе – октябре "
            "2018 г. товаров в СНГ отгружено на 1 309,4 млн. долларов США – 75,7% всего экспорта области; "
            "в импорте доля Содружества – 62,4%. Основная часть экспорта (62%) и импорта (56,1%) "
            "приходилась на Российскую Федерацию, далее шли Украина (7,9% и 4,7% соответственно) и "
            "Казахстан (4,1% и 1,4%). В СНГ отгружалось более 500 наименований товаров."
        ),
        figures=(),
        items=(
            I("group:CIS", "share", "exports", "", "Около 76 %"),
            I("group:CIS", "value", "exports", "", "1 309,4 млн. долларов США"),
            I("group:CIS", "share", "exports", "", "75,7% всего экспорта области"),
            I("group:CIS", "share", "imports", "", "62,4%"),
            I("partner:RU", "share", "exports", "", "(62%)"),
            I("partner:RU", "share", "imports", "", "(56,1%)"),
            I("partner:UA", "share", "exports", "", "7,9%"),
            I("partner:UA", "share", "imports", "", "4,7% соответственно"),
            I("partner:KZ", "share", "exports", "", "4,1%"),
            I("partner:KZ", "share", "imports", "", "1,4%"),
            I("goods", "count", "exports", "", "более 500 наименований"),
        ),
        note="No figure of the reporter's own: every amount and share is the CIS group's or a partner's.",
    ),
    Paragraph(
        id="ru-smolevichi-2016-h1",
        language="ru",
        region="Смолевичский район",
        country="BY",
        year=2016,
        period="I полугодие 2016",
        currency="USD",
        scale="million",
        source_url="https://kraism.by/delavaya-serada/11756-vneshnyaya-torgovlya-tovarami-v-i-polugodii-2016-g.html",
        text=(
            "За I полугодие 2016 г. внешняя торговля товарами Смолевичского района составила 109,9 "
            "млн. долларов США, что на 4,4% ниже уровня I полугодия 2015 г. Экспорт снизился на 0,7%, "
            "до 47,6 млн. долларов, импорт уменьшился на 7% и составил 62,3 млн. долларов. Товаров "
            "ввезено больше, чем вывезено: сальдо отрицательное, 14,7 млн. долларов (годом ранее, за "
            "I полугодие 2015 г., минус 19 млн. долларов). На страны СНГ пришлось 89,4% экспорта "
            "товаров (в том числе на Российскую Федерацию – 84,8%), на страны вне СНГ – 10,6%. Из СНГ "
            "поступило 35,9% импорта района (из России – 30,4%), из стран вне СНГ – 64,1%."
        ),
        figures=(
            F("turnover", "109,9 млн. долларов США", "109.9"),
            F("turnover_growth", "на 4,4% ниже уровня", "-4.4%"),
            F("exports_growth", "снизился на 0,7%", "-0.7%"),
            F("exports", "47,6 млн. долларов", "47.6"),
            F("imports_growth", "уменьшился на 7%", "-7%"),
            F("imports", "62,3 млн. долларов", "62.3"),
            F("balance", "сальдо отрицательное, 14,7 млн. долларов", "-14.7"),
            F("balance_previous", "минус 19 млн. долларов", "-19"),
        ),
        items=(
            I("group:CIS", "share", "exports", "", "89,4% экспорта"),
            I("partner:RU", "share", "exports", "", "84,8%"),
            I("group:far abroad", "share", "exports", "", "10,6%"),
            I("group:CIS", "share", "imports", "", "35,9% импорта"),
            I("partner:RU", "share", "imports", "", "30,4%"),
            I("group:far abroad", "share", "imports", "", "64,1%"),
        ),
    ),
    Paragraph(
        id="ru-primorye-2018",
        language="ru",
        region="Приморский край",
        country="RU",
        year=2018,
        period="2018",
        currency="RUB",
        scale="billion",
        source_url="",
        text=(
            "Владивосток, 11 марта. Пресс-служба администрации Приморского края сообщает, что "
            "внешнеторговый оборот края в 2018 году вырос к 2017 году на 12%, примерно до 490 млрд "
            "рублей. По данным департамента международного сотрудничества, в прошлом году Приморье "
            "торговало со 124 государствами, крупнейшие из которых – Китай, Республика Корея и Япония. "
            "Экспорт за 2018 год увеличился на 12,2%, до 220 млрд рублей, импорт – на 11,8%, до 268 млрд "
            "рублей. Лидером по товарообороту по традиции остается КНР: торговля с ней выросла на 23%, "
            "до 260 млрд рублей, в том числе экспорт – на 23,2%, импорт – на 22,6%. Товарооборот с "
            "Республикой Корея по итогам 2018 года достиг $88 млрд, прирост – 19,4%, в том числе по "
            "экспорту 26,9%, по импорту 5,9%. С Японией оборот составил около 47 млрд рублей."
        ),
        figures=(
            F("turnover_growth", "вырос к 2017 году на 12%", "+12%"),
            F("turnover", "примерно до 490 млрд рублей", "490", "about"),
            F("partner_count", "со 124 государствами", "124"),
            F("exports_growth", "увеличился на 12,2%", "+12.2%"),
            F("exports", "220 млрд рублей", "220"),
            F("imports_growth", "на 11,8%", "+11.8%"),
            F("imports", "268 млрд рублей", "268"),
        ),
        items=(
            I("partner:CN", "growth", "turnover", "", "выросла на 23%"),
            I("partner:CN", "value", "turnover", "", "260 млрд рублей"),
            I("partner:CN", "growth", "exports", "", "на 23,2%"),
            I("partner:CN", "growth", "imports", "", "на 22,6%"),
            I("partner:KR", "value", "turnover", "", "$88 млрд"),
            I("partner:KR", "growth", "turnover", "", "19,4%"),
            I("partner:KR", "growth", "exports", "", "26,9%"),
            I("partner:KR", "growth", "imports", "", "5,9%"),
            I("partner:JP", "value", "turnover", "", "около 47 млрд рублей"),
        ),
        errors=(
            E(
                "item:partner:KR:value",
                "$88 млрд",
                "88 млрд рублей",
                "item",
                "88 billion dollars is about twelve times the region's whole turnover (about 490 billion "
                "rubles); every other amount is in rubles: the currency of Korea's turnover is wrong",
            ),
        ),
        note=(
            "Amounts in rubles. No address: the Interfax report was stored by the search index without it "
            "(Interfax Far East, 11 March 2019)."
        ),
    ),
    Paragraph(
        id="ru-kaliningrad-2010-h1",
        language="ru",
        region="Калининградская область",
        country="RU",
        year=2010,
        period="январь-июнь 2010",
        currency="USD",
        scale="million",
        source_url="http://rugrad.online/news/396298",
        text=(
            "Северо-Западное таможенное управление сообщает, что внешнеторговый оборот Калининградской "
            "области за первое полугодие 2010 года вырос на 31,6% и составил 3356,2 млн долларов США. "
            "Экспорт прибавил 3%, до 245,7 млн долларов, импорт – 34,5%, до 3110,5 млн долларов. Со "
            "странами дальнего зарубежья оборот достиг 3212,4 млн долларов, или 95,7% общей суммы, и "
            "вырос против первого полугодия 2009 года на 29,6%. Главные покупатели калининградской "
            "продукции – Германия, Нидерланды, Франция, Литва и Великобритания; в экспорте больше всего "
            "продовольствия (49,7%) и машиностроительной продукции (15,4%). Ввозят товары в основном "
            "из Германии, Словакии, Китая, Кореи и Польши."
        ),
        figures=(
            F("turnover_growth", "вырос на 31,6%", "+31.6%"),
            F("turnover", "3356,2 млн долларов США", "3356.2"),
            F("exports_growth", "прибавил 3%", "+3%"),
            F("exports", "245,7 млн долларов", "245.7"),
            F("imports_growth", "импорт – 34,5%", "+34.5%"),
            F("imports", "3110,5 млн долларов", "3110.5"),
        ),
        items=(
            I("group:far abroad", "value", "turnover", "", "3212,4 млн долларов"),
            I("group:far abroad", "share", "turnover", "", "95,7% общей суммы"),
            I("group:far abroad", "growth", "turnover", "", "на 29,6%"),
            I("goods:food", "share", "exports", "", "(49,7%)"),
            I("goods:machinery", "share", "exports", "", "(15,4%)"),
        ),
        note="A growth without a verb of its own ('импорт – 34,5%').",
    ),
    Paragraph(
        id="ru-kaliningrad-2015",
        language="ru",
        region="Калининградская область",
        country="RU",
        year=2015,
        period="2015",
        currency="USD",
        scale="billion",
        source_url="https://rugrad.online/smi/864462",
        text=(
            "Российская таможенная служба обнародовала данные о том, кто торгует с Калининградом. В "
            "2015 году внешнеторговый оборот Калининградской области составил 16,5 млрд долларов, и до "
            "13,7 млрд долларов из них пришлось на импорт. Товаров собственного производства регион "
            "вывез лишь на 2,8 млрд долларов, пишет агентство Regnum. Калининградский экспорт ушел в "
            "110 стран – в основном это отходы: растительные и животные жиры, отруби, остатки пищевой "
            "промышленности. Импорт поступал из 128 стран: машины и оборудование, наземный транспорт и "
            "запчасти, электроника и ИТ-техника, зерно. Внешнеторговой деятельностью занимались 4219 "
            "калининградских компаний. Товарооборот в 2015 году превысил 10,9 млн. тонн; через "
            "пограничные переходы прошли 240 тысяч грузовиков и 3,9 млн. легковых машин."
        ),
        figures=(
            F("turnover", "16,5 млрд долларов", "16.5"),
            F("imports", "до 13,7 млрд долларов", "13.7"),
            F("exports", "лишь на 2,8 млрд долларов", "2.8"),
        ),
        items=(
            I("reporter", "count", "exports", "", "110 стран"),
            I("reporter", "count", "imports", "", "из 128 стран"),
            I("companies", "count", "", "", "4219 калининградских компаний"),
            I("reporter", "physical", "turnover", "", "превысил 10,9 млн. тонн"),
            I("trucks", "count", "", "", "240 тысяч грузовиков"),
            I("cars", "count", "", "", "3,9 млн. легковых машин"),
        ),
        note="Two counts of partner countries (exports, imports) but no total; a tonnage called turnover.",
    ),
    Paragraph(
        id="ru-kaliningrad-1997-h1",
        language="ru",
        region="Калининградская область",
        country="RU",
        year=1997,
        period="январь-июнь 1997",
        currency="USD",
        scale="million",
        source_url="https://gl-lib.ru/regionalnaya-ekonomika/potentsial-sotsialno-ekonomicheskogo-razvitiya-kaliningradskogo-regiona/integratsiya-i-kooperatsiya-khozyajstvennogo-kompleksa-oblasti/vneshneekonomicheskaya-deyatelnost-kaliningradskoj-oblasti",
        text=(
            "Итоги внешнеэкономической деятельности Калининградской области за 6 месяцев 1997 года "
            "проанализированы по материалам Калининградского таможенного управления. Участниками ВЭД "
            "были более 3 тысяч лиц, в том числе 1260 юридических лиц и 1674 частных предпринимателя и "
            "физических лица. Контрагентами выступали 93 страны: с 39 велась взаимная торговля, с 48 – "
            "только импортные операции, с 6 – только экспортные. Экспорт за полугодие составил 147, 2 "
            "млн. долларов США. На Польшу пришлось 48,1 млн. долларов (32,7% экспорта), на Германию – "
            "12,3 млн. долларов (8,3%), на Литву – 10 млн. долларов (6,8%), на Великобританию, "
            "Нидерланды и Ирландию вместе – 16,3 млн. долларов (11,1%). Доля импорта в товарообороте "
            "растет: 37% в 1992 году и 76,5% за 6 месяцев 1997 года."
        ),
        figures=(
            F("partner_count", "93 страны", "93"),
            F("exports", "147, 2 млн. долларов США", "147.2"),
            F("imports_share", "76,5% за 6 месяцев 1997 года", "76.5%"),
        ),
        items=(
            I("participants", "count", "", "", "более 3 тысяч лиц"),
            I("companies", "count", "", "", "1260 юридических лиц"),
            I("entrepreneurs", "count", "", "", "1674 частных предпринимателя"),
            I("partners:both ways", "count", "", "", "с 39"),
            I("partners:imports only", "count", "", "", "с 48"),
            I("partners:exports only", "count", "", "", "с 6"),
            I("partner:PL", "value", "exports", "", "48,1 млн. долларов"),
            I("partner:PL", "share", "exports", "", "(32,7% экспорта)"),
            I("partner:DE", "value", "exports", "", "12,3 млн. долларов"),
            I("partner:DE", "share", "exports", "", "(8,3%)"),
            I("partner:LT", "value", "exports", "", "10 млн. долларов"),
            I("partner:LT", "share", "exports", "", "(6,8%)"),
            I("group:GB+NL+IE", "value", "exports", "", "16,3 млн. долларов"),
            I("group:GB+NL+IE", "share", "exports", "", "(11,1%)"),
            I("reporter", "share", "imports", "1992", "37% в 1992 году"),
        ),
        note="'147, 2' has a space after the decimal comma as published; 39 + 48 + 6 = 93.",
    ),
    Paragraph(
        id="ru-nwfd-2021",
        language="ru",
        region="Северо-Западный федеральный округ",
        country="RU",
        year=2021,
        period="2021",
        currency="USD",
        scale="billion",
        source_url="https://kaliningrad.rbc.ru/kaliningrad/22/02/2022/6214b0449a7947976c746c0a",
        text=(
            "Калининградская область обеспечивает пятую часть импорта Северо-Западного федерального "
            "округа: по итогам 2021 года ее доля составила 20,4%, сообщает пресс-служба Северо-Западного "
            "таможенного управления. Это второе место в округе после Санкт-Петербурга (62,1% всего "
            "импорта); Ленинградская область третья (10,2%). В экспорте Северо-Запада доля "
            "Калининградской области достигла 3,9% (7 место). Внешнеторговый оборот СЗФО в прошлом году "
            "составил 103 млрд 891 млн долларов США и вырос за год на 35,3%. Экспорт увеличился на "
            "44,5%, до 61,4 млрд долларов, импорт – на 24,1%, до 42,8 млрд долларов. Больше всего "
            "экспортировали Санкт-Петербург (49% экспорта округа), Ленинградская (13,7%) и Вологодская "
            "(11,7%) области."
        ),
        figures=(
            F("turnover", "103 млрд 891 млн долларов США", "103.891"),
            F("turnover_growth", "вырос за год на 35,3%", "+35.3%"),
            F("exports_growth", "увеличился на 44,5%", "+44.5%"),
            F("exports", "61,4 млрд долларов", "61.4"),
            F("imports_growth", "на 24,1%", "+24.1%"),
            F("imports", "42,8 млрд долларов", "42.8"),
        ),
        items=(
            I("region:Калининградская область", "share", "imports", "", "20,4%"),
            I("region:Калининградская область", "rank", "imports", "", "второе место"),
            I("region:Санкт-Петербург", "share", "imports", "", "(62,1% всего импорта)"),
            I("region:Ленинградская область", "rank", "imports", "", "третья"),
            I("region:Ленинградская область", "share", "imports", "", "(10,2%)"),
            I("region:Калининградская область", "share", "exports", "", "3,9%"),
            I("region:Калининградская область", "rank", "exports", "", "(7 место)"),
            I("region:Санкт-Петербург", "share", "exports", "", "(49% экспорта округа)"),
            I("region:Ленинградская область", "share", "exports", "", "(13,7%)"),
            I("region:Вологодская область", "share", "exports", "", "(11,7%)"),
        ),
        errors=(
            E(
                "turnover",
                "103.891",
                "about 104.2",
                "arithmetic",
                "exports 61,4 + imports 42,8 = 104,2 (104,1 to 104,3 within rounding), not 103,891; "
                "each of the three figures alone can be corrected to fit the growth rates, so the release "
                "does not tell which one is wrong",
                alternatives=("exports", "imports"),
                audit=True,
            ),
        ),
        note="The paragraph opens with another region's shares and ranks: the reporter is the district.",
    ),
    Paragraph(
        id="ru-tuva-2012",
        language="ru",
        region="Республика Тыва",
        country="RU",
        year=2012,
        period="2012",
        currency="USD",
        scale="million",
        source_url="http://unredelnews.5bb.ru/viewtopic.php?id=31",
        text=(
            "Правительство Тувы сообщает, что в 2012 году внешнеторговый оборот республики вырос против "
            "2011 года почти в три раза и составил 12,9 миллиона долларов; закупала Тува главным образом "
            "машиностроительную продукцию и продовольствие, а продавала асбест. Экспорт шел в основном в "
            "Узбекистан, Украину и Монголию, импорт – из Китая, Италии, Японии и той же Монголии. "
            "«Объем внешней торговли Тувы за прошлый год увеличился на 8,2 миллиона рублей и достиг 12,9 "
            "миллиона рублей, хотя покупала республика за границей больше, чем продавала», – говорится "
            "в сообщении. Экспорт – прежде всего асбест, машиностроительная продукция, мебель, посуда – "
            "составил 1,86 миллиона долларов, на 612 тысяч долларов больше, чем в 2011 году. В Монголию "
            "везли овощи, муку, керамику, автомобили и мебель, в Узбекистан – асбест: 2,8 тысячи тонн на "
            "1,67 миллиона долларов. Импорт в 2012 году вырос к 2011 году на 7,6 миллиона долларов и "
            "превысил 11 миллионов долларов."
        ),
        figures=(
            F("turnover_growth", "почти в три раза", "3 times", "almost"),
            F("turnover", "12,9 миллиона долларов", "12.9"),
            F("turnover_change", "увеличился на 8,2 миллиона рублей", "+8.2"),
            F("turnover", "достиг 12,9 миллиона рублей", "12.9"),
            F("exports", "1,86 миллиона долларов", "1.86"),
            F("exports_change", "на 612 тысяч долларов больше", "+0.612"),
            F("imports_change", "вырос к 2011 году на 7,6 миллиона долларов", "+7.6"),
            F("imports", "превысил 11 миллионов долларов", "11", "over"),
        ),
        items=(
            I("partner:UZ", "physical", "exports", "", "2,8 тысячи тонн"),
            I("partner:UZ", "value", "exports", "", "1,67 миллиона долларов"),
        ),
        errors=(
            E(
                "turnover",
                "12,9 миллиона рублей",
                "12,9 миллиона долларов",
                "currency",
                "the quoted sentence gives the turnover and its change in rubles; the same numbers are "
                "dollars everywhere else (12,9 - 8,2 = 4,7 = 1,248 + 3,44 in dollars)",
            ),
        ),
        note="A change in thousands beside amounts in millions; a currency slip inside a quotation.",
    ),
    Paragraph(
        id="ru-amur-customs-2012-11m",
        language="ru",
        region="Благовещенская таможня (Амурская область)",
        country="RU",
        year=2012,
        period="январь-ноябрь 2012",
        currency="USD",
        scale="million",
        source_url="http://ampravda.ru/2012/12/19/41784",
        text=(
            "Первый заместитель начальника таможни Дмитрий Растунцев доложил, что общий объем "
            "внешнеторгового оборота – экспорта и импорта вместе – составил почти 1 миллион 940 тысяч "
            "тонн, что на 705 тысяч тонн, или на 57%, больше, чем за те же месяцы прошлого года. "
            "Стоимость перемещенных грузов достигла 819,4 миллиона долларов – на 311 миллионов больше, "
            "чем за 11 месяцев 2011 года. Таможенные посты оформили свыше 13,6 тысячи деклараций на "
            "товары, 99% из них поданы через интернет. Границу пересекли более 1 миллиона граждан, а в "
            "федеральный бюджет таможня перечислила более 6,7 миллиарда рублей – на 2,7 миллиарда "
            "больше, чем годом ранее."
        ),
        figures=(
            F("turnover", "819,4 миллиона долларов", "819.4"),
            F("turnover_change", "на 311 миллионов больше", "+311"),
        ),
        items=(
            I("reporter", "physical", "turnover", "", "почти 1 миллион 940 тысяч тонн"),
            I("reporter", "physical change", "turnover", "", "на 705 тысяч тонн"),
            I("reporter", "physical growth", "turnover", "", "на 57%"),
            I("declarations", "count", "", "", "свыше 13,6 тысячи деклараций"),
            I("declarations", "share", "", "", "99%"),
            I("travellers", "count", "", "", "более 1 миллиона граждан"),
            I("budget", "value", "", "", "более 6,7 миллиарда рублей"),
            I("budget", "change", "", "", "на 2,7 миллиарда больше"),
        ),
        note="'Внешнеторговый оборот' names a tonnage here; the value comes second.",
    ),
)
