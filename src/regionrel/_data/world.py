"""Regions of the countries Russian regions deal with most.

Belarus, Kazakhstan and China's provincial-level divisions (with their governing
bodies), Kyrgyzstan, Tajikistan, Turkmenistan, Armenia, Georgia, Moldova (cities
and territorial units), Ukraine, Mongolia, Finland, Estonia and Lithuania (their
counties), Norway and Germany's Länder. Latvia's municipalities are known by code.

Each row: ISO 3166-2 code, English name, Russian name, other names (English
and Russian: romanizations, ISO's own name, the bare name without its generic
word), other codes by scheme, and the kind of body that governs the region
(empty where the gazetteer does not know it).

Sources: ISO 3166-2 (cross-checked against pycountry in tests); China's two-digit province codes of GB/T 2260, which
ISO 3166-2 used as CN-11 ... CN-91 until November 2017 (kept as the scheme
``iso3166-2-2017``, dated by its name, and as GB/T 2260's six-digit codes under
``cn-gb2260``); Kazakhstan's regional akimats and Belarus's regional executive
committees as their own sites name them. English names follow the forms used
in agreements with Russian regions ("Brest Region", "Heilongjiang Province").
"""

from __future__ import annotations

Row = tuple[str, str, str, tuple[str, ...], dict[str, str], str]

#: Belarus: six regions (voblasts) and the city of Minsk.
BELARUS: tuple[Row, ...] = (
    ("BY-BR", "Brest Region", "Брестская область",
     ("Brest Oblast", "Brest Voblast", "Bresckaja voblasć", "Brestskaya oblast", "Брестчина"),
     {}, "Regional Executive Committee"),
    ("BY-HO", "Gomel Region", "Гомельская область",
     ("Gomel Oblast", "Homiel Region", "Homyel Region", "Homel Region", "Homieĺskaja voblasć",
      "Gomelskaya oblast", "Гомельщина"),
     {}, "Regional Executive Committee"),
    ("BY-HR", "Grodno Region", "Гродненская область",
     ("Grodno Oblast", "Hrodna Region", "Hrodzienskaja voblasć", "Grodnenskaya oblast",
      "Гродненщина"),
     {}, "Regional Executive Committee"),
    ("BY-MA", "Mogilev Region", "Могилёвская область",
     ("Mogilev Oblast", "Mogilyov Region", "Mahilyow Region", "Mahilioŭ Region",
      "Mahilioŭskaja voblasć", "Mogilevskaya oblast", "Могилёвщина"),
     {}, "Regional Executive Committee"),
    ("BY-MI", "Minsk Region", "Минская область",
     ("Minsk Oblast", "Minskaja voblasć", "Minskaya oblast", "Минщина"),
     {}, "Regional Executive Committee"),
    ("BY-VI", "Vitebsk Region", "Витебская область",
     ("Vitebsk Oblast", "Viciebsk Region", "Vitsebsk Region", "Viciebskaja voblasć",
      "Vitebskaya oblast", "Витебщина"),
     {}, "Regional Executive Committee"),
    ("BY-HM", "Minsk", "Минск",
     ("Minsk City", "City of Minsk", "Horad Minsk", "город Минск"),
     {}, "City Executive Committee"),
)  # fmt: skip

#: Kazakhstan: seventeen regions (oblystar) and three cities of republican significance.
KAZAKHSTAN: tuple[Row, ...] = (
    ("KZ-10", "Abai Region", "Абайская область",
     ("Абай облысы", "Abay Region", "Abay oblysy", "область Абай"), {}, "Akimat"),
    ("KZ-11", "Akmola Region", "Акмолинская область",
     ("Ақмола облысы", "Aqmola Region", "Aqmola oblysy"), {"iso3166-2-2022": "KZ-AKM"}, "Akimat"),
    ("KZ-15", "Aktobe Region", "Актюбинская область",
     ("Ақтөбе облысы", "Aqtöbe Region", "Aktyubinsk Region", "Aqtöbe oblysy"), {"iso3166-2-2022": "KZ-AKT"}, "Akimat"),
    ("KZ-19", "Almaty Region", "Алматинская область",
     ("Алматы облысы", "Almaty oblysy", "Alma-Ata Region"), {"iso3166-2-2022": "KZ-ALM"}, "Akimat"),
    ("KZ-23", "Atyrau Region", "Атырауская область",
     ("Атырау облысы", "Atyraū Region", "Atyraū oblysy"), {"iso3166-2-2022": "KZ-ATY"}, "Akimat"),
    ("KZ-27", "West Kazakhstan Region", "Западно-Казахстанская область",
     ("Батыс Қазақстан облысы", "Batys Qazaqstan Region", "Batys Qazaqstan oblysy", "West Kazakhstan"), {"iso3166-2-2022": "KZ-ZAP"}, "Akimat"),
    ("KZ-31", "Jambyl Region", "Жамбылская область",
     ("Жамбыл облысы", "Zhambyl Region", "Zhambyl oblysy", "Dzhambul Region"), {"iso3166-2-2022": "KZ-ZHA"}, "Akimat"),
    ("KZ-33", "Jetisu Region", "Жетысуская область",
     ("Жетісу облысы", "Zhetysu Region", "Zhetisu Region", "Zhetisū oblysy", "область Жетысу"), {}, "Akimat"),
    ("KZ-35", "Karaganda Region", "Карагандинская область",
     ("Қарағанды облысы", "Qaraghandy Region", "Karagandy Region", "Qaraghandy oblysy"), {"iso3166-2-2022": "KZ-KAR"}, "Akimat"),
    ("KZ-39", "Kostanay Region", "Костанайская область",
     ("Қостанай облысы", "Qostanay Region", "Kustanai Region", "Qostanay oblysy"), {"iso3166-2-2022": "KZ-KUS"}, "Akimat"),
    ("KZ-43", "Kyzylorda Region", "Кызылординская область",
     ("Қызылорда облысы", "Qyzylorda Region", "Qyzylorda oblysy"), {"iso3166-2-2022": "KZ-KZY"}, "Akimat"),
    ("KZ-47", "Mangystau Region", "Мангистауская область",
     ("Маңғыстау облысы", "Mangghystaū Region", "Mangistau Region", "Mangghystaū oblysy"), {"iso3166-2-2022": "KZ-MAN"}, "Akimat"),
    ("KZ-55", "Pavlodar Region", "Павлодарская область", ("Павлодар облысы", "Pavlodar oblysy",), {"iso3166-2-2022": "KZ-PAV"}, "Akimat"),
    ("KZ-59", "North Kazakhstan Region", "Северо-Казахстанская область",
     ("Солтүстік Қазақстан облысы", "Soltüstik Qazaqstan Region", "Soltüstik Qazaqstan oblysy", "North Kazakhstan"),
     {"iso3166-2-2022": "KZ-SEV"}, "Akimat"),
    ("KZ-61", "Turkistan Region", "Туркестанская область",
     ("Түркістан облысы", "Turkestan Region", "Türkistan Region", "Türkistan oblysy",
      "South Kazakhstan Region", "Южно-Казахстанская область"), {"iso3166-2-2022": "KZ-YUZ"}, "Akimat"),
    ("KZ-62", "Ulytau Region", "Улытауская область",
     ("Ұлытау облысы", "Ulytaū Region", "Ulytaū oblysy", "область Улытау"), {}, "Akimat"),
    ("KZ-63", "East Kazakhstan Region", "Восточно-Казахстанская область",
     ("Шығыс Қазақстан облысы", "Shyghys Qazaqstan Region", "Shyghys Qazaqstan oblysy", "East Kazakhstan"), {"iso3166-2-2022": "KZ-VOS"}, "Akimat"),
    ("KZ-71", "Astana", "Астана",
     ("Astana City", "City of Astana", "Nur-Sultan", "Нур-Султан", "город Астана",
      "Nursultan", "Tselinograd", "Целиноград", "Akmolinsk", "Nur-Sultan City"), {"iso3166-2-2022": "KZ-AST"}, "Akimat"),
    ("KZ-75", "Almaty", "Алматы",
     ("Almaty City", "City of Almaty", "Alma-Ata", "Алма-Ата", "город Алматы"), {"iso3166-2-2022": "KZ-ALA"}, "Akimat"),
    ("KZ-79", "Shymkent", "Шымкент",
     ("Shymkent City", "City of Shymkent", "Chimkent", "город Шымкент"), {"iso3166-2-2022": "KZ-SHY"}, "Akimat"),
)  # fmt: skip


def _cn(iso: str, gb: str, name: str, name_ru: str, aliases: tuple[str, ...]) -> Row:
    codes = {"iso3166-2-2017": f"CN-{gb}", "cn-gb2260": f"{gb}0000"}
    return (iso, name, name_ru, aliases, codes, "People's Government")


#: China's provincial-level divisions but Hong Kong, Macao and Taiwan, which the
#: gazetteer knows by their ISO 3166-2 codes only (their names give the ISO 3166-1 entries).
CHINA: tuple[Row, ...] = (
    _cn("CN-AH", "34", "Anhui Province", "провинция Аньхой", ("Anhui", "Anhui Sheng", "Аньхой", "Anhwei", "安徽省")),
    _cn("CN-BJ", "11", "Beijing", "Пекин", ("Beijing Municipality", "Peking", "Beijing Shi", "Peiping", "北京市")),
    _cn("CN-CQ", "50", "Chongqing", "Чунцин", ("Chongqing Municipality", "Chongqing Shi", "Chungking", "重庆市")),
    _cn("CN-FJ", "35", "Fujian Province", "провинция Фуцзянь", ("Fujian", "Fujian Sheng", "Фуцзянь", "Fukien", "福建省")),
    _cn("CN-GD", "44", "Guangdong Province", "провинция Гуандун",
        ("Guangdong", "Guangdong Sheng", "Гуандун", "Kwangtung", "广东省")),
    _cn("CN-GS", "62", "Gansu Province", "провинция Ганьсу", ("Gansu", "Gansu Sheng", "Ганьсу", "Kansu", "甘肃省")),
    _cn("CN-GX", "45", "Guangxi Zhuang Autonomous Region", "Гуанси-Чжуанский автономный район",
        ("Guangxi", "Guangxi Zhuangzu Zizhiqu", "Гуанси", "Kwangsi", "广西壮族自治区")),
    _cn("CN-GZ", "52", "Guizhou Province", "провинция Гуйчжоу",
        ("Guizhou", "Guizhou Sheng", "Гуйчжоу", "Kweichow", "贵州省")),
    _cn("CN-HA", "41", "Henan Province", "провинция Хэнань", ("Henan", "Henan Sheng", "Хэнань", "Honan", "河南省")),
    _cn("CN-HB", "42", "Hubei Province", "провинция Хубэй", ("Hubei", "Hubei Sheng", "Хубэй", "Hupeh", "湖北省")),
    _cn("CN-HE", "13", "Hebei Province", "провинция Хэбэй", ("Hebei", "Hebei Sheng", "Хэбэй", "Hopeh", "河北省")),
    _cn("CN-HI", "46", "Hainan Province", "провинция Хайнань", ("Hainan", "Hainan Sheng", "Хайнань", "海南省")),
    _cn("CN-HL", "23", "Heilongjiang Province", "провинция Хэйлунцзян",
        ("Heilongjiang", "Heilongjiang Sheng", "Хэйлунцзян", "Hei-lung-chiang", "Heilungkiang", "黑龙江省")),
    _cn("CN-HN", "43", "Hunan Province", "провинция Хунань", ("Hunan", "Hunan Sheng", "Хунань", "Hunan Sheng", "湖南省")),
    _cn("CN-JL", "22", "Jilin Province", "провинция Цзилинь", ("Jilin", "Jilin Sheng", "Цзилинь", "Kirin", "吉林省")),
    _cn("CN-JS", "32", "Jiangsu Province", "провинция Цзянсу", ("Jiangsu", "Jiangsu Sheng", "Цзянсу", "Kiangsu", "江苏省")),
    _cn("CN-JX", "36", "Jiangxi Province", "провинция Цзянси", ("Jiangxi", "Jiangxi Sheng", "Цзянси", "Kiangsi", "江西省")),
    _cn("CN-LN", "21", "Liaoning Province", "провинция Ляонин",
        ("Liaoning", "Liaoning Sheng", "Ляонин", "Fengtien", "辽宁省")),
    _cn("CN-NM", "15", "Inner Mongolia Autonomous Region", "Внутренняя Монголия",
        ("Inner Mongolia", "Nei Mongol", "Nei Mongol Zizhiqu",
         "Автономный район Внутренняя Монголия", "Nei Menggu", "内蒙古自治区")),
    _cn("CN-NX", "64", "Ningxia Hui Autonomous Region", "Нинся-Хуэйский автономный район",
        ("Ningxia", "Ningxia Huizu Zizhiqu", "Нинся", "Ningsia", "宁夏回族自治区")),
    _cn("CN-QH", "63", "Qinghai Province", "провинция Цинхай", ("Qinghai", "Qinghai Sheng", "Цинхай", "Tsinghai", "青海省")),
    _cn("CN-SC", "51", "Sichuan Province", "провинция Сычуань",
        ("Sichuan", "Sichuan Sheng", "Сычуань", "Szechwan", "四川省")),
    _cn("CN-SD", "37", "Shandong Province", "провинция Шаньдун",
        ("Shandong", "Shandong Sheng", "Шаньдун", "Shantung", "山东省")),
    _cn("CN-SH", "31", "Shanghai", "Шанхай", ("Shanghai Municipality", "Shanghai Shi", "Shanghai City", "上海市")),
    _cn("CN-SN", "61", "Shaanxi Province", "провинция Шэньси", ("Shaanxi", "Shaanxi Sheng", "Шэньси", "Shensi", "陕西省")),
    _cn("CN-SX", "14", "Shanxi Province", "провинция Шаньси", ("Shanxi", "Shanxi Sheng", "Шаньси", "Shansi", "山西省")),
    _cn("CN-TJ", "12", "Tianjin", "Тяньцзинь", ("Tianjin Municipality", "Tianjin Shi", "Tientsin", "天津市")),
    _cn("CN-XJ", "65", "Xinjiang Uygur Autonomous Region", "Синьцзян-Уйгурский автономный район",
        ("Xinjiang", "Xinjiang Uyghur Autonomous Region", "Xinjiang Uygur Zizhiqu", "Синьцзян", "Sinkiang", "新疆维吾尔自治区")),
    _cn("CN-XZ", "54", "Tibet Autonomous Region", "Тибетский автономный район",
        ("Tibet", "Xizang", "Xizang Autonomous Region", "Xizang Zizhiqu", "Тибет", "西藏自治区")),
    _cn("CN-YN", "53", "Yunnan Province", "провинция Юньнань", ("Yunnan", "Yunnan Sheng", "Юньнань", "云南省")),
    _cn("CN-ZJ", "33", "Zhejiang Province", "провинция Чжэцзян",
        ("Zhejiang", "Zhejiang Sheng", "Чжэцзян", "Chekiang", "浙江省")),
)  # fmt: skip


def _r(iso: str, name: str, name_ru: str, aliases: tuple[str, ...], body: str = "") -> Row:
    return (iso, name, name_ru, aliases, {}, body)


#: Kyrgyzstan: seven regions and the cities of Bishkek and Osh.
KYRGYZSTAN: tuple[Row, ...] = (
    _r("KG-B", "Batken Region", "Баткенская область", ("Batken Oblast",)),
    _r("KG-C", "Chuy Region", "Чуйская область", ("Chüy Region", "Chui Region", "Chüy")),
    _r("KG-GB", "Bishkek", "Бишкек", ("Bishkek City", "Bishkek Shaary", "город Бишкек")),
    _r("KG-GO", "Osh", "Ош", ("Osh City", "Osh Shaary", "город Ош")),
    _r("KG-J", "Jalal-Abad Region", "Джалал-Абадская область", ("Jalal-Abad Oblast", "Dzhalal-Abad Region", "Jalalabad Region")),
    _r("KG-N", "Naryn Region", "Нарынская область", ("Naryn Oblast",)),
    _r("KG-O", "Osh Region", "Ошская область", ("Osh Oblast",)),
    _r("KG-T", "Talas Region", "Таласская область", ("Talas Oblast",)),
    _r("KG-Y", "Issyk-Kul Region", "Иссык-Кульская область", ("Ysyk-Köl Region", "Issyk-Kul", "Ysyk-Köl")),
)  # fmt: skip

#: Tajikistan: two regions, Gorno-Badakhshan, Dushanbe and the districts under the republic.
TAJIKISTAN: tuple[Row, ...] = (
    _r("TJ-DU", "Dushanbe", "Душанбе", ("Dushanbe City", "город Душанбе")),
    _r("TJ-GB", "Gorno-Badakhshan Autonomous Region", "Горно-Бадахшанская автономная область",
       ("Gorno-Badakhshan", "Kŭhistoni Badakhshon", "GBAO", "Mountainous Badakhshan")),
    _r("TJ-KT", "Khatlon Region", "Хатлонская область", ("Khatlon",)),
    _r("TJ-RA", "Districts of Republican Subordination", "Районы республиканского подчинения",
       ("Region of Republican Subordination", "nohiyahoi tobei jumhurí")),
    _r("TJ-SU", "Sughd Region", "Согдийская область", ("Sughd", "Sogd Region", "Soghd Region")),
)  # fmt: skip

#: Turkmenistan: five regions (welaýatlar) and Ashgabat.
TURKMENISTAN: tuple[Row, ...] = (
    _r("TM-A", "Ahal Region", "Ахалский велаят", ("Ahal", "Akhal Region", "Ахалская область")),
    _r("TM-B", "Balkan Region", "Балканский велаят", ("Balkan welaýaty", "Балканская область")),
    _r("TM-D", "Dashoguz Region", "Дашогузский велаят",
       ("Daşoguz Region", "Dashoguz", "Дашогузская область")),
    _r("TM-L", "Lebap Region", "Лебапский велаят", ("Lebap", "Лебапская область")),
    _r("TM-M", "Mary Region", "Марыйский велаят", ("Mary welaýaty", "Марыйская область")),
    _r("TM-S", "Ashgabat", "Ашхабад", ("Aşgabat", "Ashkhabad", "город Ашхабад")),
)  # fmt: skip

#: Armenia: ten provinces (marzer) and Yerevan.
ARMENIA: tuple[Row, ...] = (
    _r("AM-AG", "Aragatsotn Province", "Арагацотнская область", ("Aragatsotn", "Aragac̣otn"),
       "Administration"),
    _r("AM-AR", "Ararat Province", "Араратская область", ("Ararat Marz",), "Administration"),
    _r("AM-AV", "Armavir Province", "Армавирская область", ("Armavir Marz",), "Administration"),
    _r("AM-ER", "Yerevan", "Ереван", ("Erevan", "Yerevan City", "город Ереван")),
    _r("AM-GR", "Gegharkunik Province", "Гегаркуникская область", ("Gegharkunik", "Geġark'unik'"),
       "Administration"),
    _r("AM-KT", "Kotayk Province", "Котайкская область", ("Kotayk", "Kotayk'"), "Administration"),
    _r("AM-LO", "Lori Province", "Лорийская область", ("Lori", "Loṙi"), "Administration"),
    _r("AM-SH", "Shirak Province", "Ширакская область", ("Shirak", "Širak"), "Administration"),
    _r("AM-SU", "Syunik Province", "Сюникская область", ("Syunik", "Syunik'"), "Administration"),
    _r("AM-TV", "Tavush Province", "Тавушская область", ("Tavush", "Tavuš"), "Administration"),
    _r("AM-VD", "Vayots Dzor Province", "Вайоцдзорская область", ("Vayots Dzor", "Vayoć Jor"),
       "Administration"),
)  # fmt: skip

#: Georgia's regions but Abkhazia (see ``foreign.PARTIALLY_RECOGNISED``).
GEORGIA: tuple[Row, ...] = (
    _r("GE-AJ", "Adjara", "Аджария",
       ("Autonomous Republic of Adjara", "Ajaria", "Adjara Autonomous Republic",
        "Автономная Республика Аджария"), "Government"),
    _r("GE-GU", "Guria", "Гурия", ("Guria Region",)),
    _r("GE-IM", "Imereti", "Имеретия", ("Imereti Region",)),
    _r("GE-KA", "Kakheti", "Кахетия", ("K'akheti", "Kakheti Region")),
    _r("GE-KK", "Kvemo Kartli", "Квемо-Картли", ("Kvemo Kartli Region",)),
    _r("GE-MM", "Mtskheta-Mtianeti", "Мцхета-Мтианети", ("Mtskheta-Mtianeti Region",)),
    _r("GE-RL", "Racha-Lechkhumi and Kvemo Svaneti", "Рача-Лечхуми и Квемо-Сванети",
       ("Rach'a-Lechkhumi-Kvemo Svaneti",)),
    _r("GE-SJ", "Samtskhe-Javakheti", "Самцхе-Джавахети", ("Samtskhe-Javakheti Region",)),
    _r("GE-SK", "Shida Kartli", "Шида-Картли", ("Shida Kartli Region",)),
    _r("GE-SZ", "Samegrelo-Zemo Svaneti", "Самегрело-Земо-Сванети", ("Samegrelo",)),
    _r("GE-TB", "Tbilisi", "Тбилиси", ("Tbilisi City", "город Тбилиси")),
)  # fmt: skip

#: Moldova's cities and territorial units (its districts are known by code).
MOLDOVA: tuple[Row, ...] = (
    _r("MD-BA", "Bălți", "Бельцы", ("Balti", "Beltsy", "municipiul Bălți")),
    _r("MD-BD", "Bender", "Бендеры", ("Tighina", "Bendery", "Bender [Tighina]")),
    _r("MD-CU", "Chișinău", "Кишинёв", ("Chisinau", "Kishinev", "municipiul Chișinău")),
    _r("MD-GA", "Gagauzia", "Гагаузия",
       ("Gagauz Autonomous Territorial Unit", "ATU Gagauzia", "Găgăuzia", "Gagauz Yeri", "Автономное территориальное образование Гагаузия")),
    _r("MD-SN", "Left Bank of the Dniester", "Приднестровье",
       ("Stînga Nistrului", "Transnistria", "Pridnestrovie", "Transdniestria",
        "Административно-территориальные единицы левобережья Днестра")),
)  # fmt: skip

#: Ukraine: twenty-four regions and Kyiv; Crimea and Sevastopol are held by
#: the Republic of Crimea and Sevastopol (``russia.DISPUTED``).
UKRAINE: tuple[Row, ...] = (*(
    _r(iso, f"{name} Region", f"{ru} область", (f"{name} Oblast", *other), "Administration")
    for iso, name, ru, other in (
        ("UA-05", "Vinnytsia", "Винницкая", ("Vinnytska oblast", "Vinnitsa Region")),
        ("UA-07", "Volyn", "Волынская", ("Volynska oblast",)),
        ("UA-09", "Luhansk", "Луганская", ("Luhanska oblast", "Lugansk Region")),
        ("UA-12", "Dnipropetrovsk", "Днепропетровская", ("Dnipropetrovska oblast",)),
        ("UA-14", "Donetsk", "Донецкая", ("Donetska oblast",)),
        ("UA-18", "Zhytomyr", "Житомирская", ("Zhytomyrska oblast", "Zhitomir Region")),
        ("UA-21", "Zakarpattia", "Закарпатская", ("Zakarpatska oblast", "Transcarpathia")),
        ("UA-23", "Zaporizhzhia", "Запорожская", ("Zaporizka oblast", "Zaporozhye Region")),
        ("UA-26", "Ivano-Frankivsk", "Ивано-Франковская", ("Ivano-Frankivska oblast",)),
        ("UA-32", "Kyiv", "Киевская", ("Kyivska oblast", "Kiev Region")),
        ("UA-35", "Kirovohrad", "Кировоградская", ("Kirovohradska oblast", "Kropyvnytskyi Region")),
        ("UA-46", "Lviv", "Львовская", ("Lvivska oblast",)),
        ("UA-48", "Mykolaiv", "Николаевская", ("Mykolaivska oblast", "Nikolaev Region")),
        ("UA-51", "Odesa", "Одесская", ("Odeska oblast", "Odessa Region")),
        ("UA-53", "Poltava", "Полтавская", ("Poltavska oblast",)),
        ("UA-56", "Rivne", "Ровненская", ("Rivnenska oblast", "Rovno Region")),
        ("UA-59", "Sumy", "Сумская", ("Sumska oblast",)),
        ("UA-61", "Ternopil", "Тернопольская", ("Ternopilska oblast",)),
        ("UA-63", "Kharkiv", "Харьковская", ("Kharkivska oblast", "Kharkov Region")),
        ("UA-65", "Kherson", "Херсонская", ("Khersonska oblast",)),
        ("UA-68", "Khmelnytskyi", "Хмельницкая", ("Khmelnytska oblast",)),
        ("UA-71", "Cherkasy", "Черкасская", ("Cherkaska oblast",)),
        ("UA-74", "Chernihiv", "Черниговская", ("Chernihivska oblast",)),
        ("UA-77", "Chernivtsi", "Черновицкая", ("Chernivetska oblast",)),
    )
), _r("UA-30", "Kyiv", "Киев", ("Kiev", "Kyiv City", "город Киев"), "Administration"))  # fmt: skip

#: Finland's regions (maakunnat) but Åland, whose names give the ISO 3166-1 entry AX.
FINLAND: tuple[Row, ...] = (
    _r("FI-02", "South Karelia", "Южная Карелия", ("Etelä-Karjala",)),
    _r("FI-03", "South Ostrobothnia", "Южная Остроботния", ("Etelä-Pohjanmaa",)),
    _r("FI-04", "South Savo", "Южное Саво", ("Etelä-Savo",)),
    _r("FI-05", "Kainuu", "Кайнуу", ("Kainuu Region",)),
    _r("FI-06", "Kanta-Häme", "Канта-Хяме", ("Tavastia Proper",)),
    _r("FI-07", "Central Ostrobothnia", "Центральная Остроботния", ("Keski-Pohjanmaa",)),
    _r("FI-08", "Central Finland", "Центральная Финляндия", ("Keski-Suomi",)),
    _r("FI-09", "Kymenlaakso", "Кюменлааксо", ("Kymenlaakso Region",)),
    _r("FI-10", "Lapland", "Лапландия", ("Lappi", "Finnish Lapland")),
    _r("FI-11", "Pirkanmaa", "Пирканмаа", ("Pirkanmaa Region",)),
    _r("FI-12", "Ostrobothnia", "Остроботния", ("Pohjanmaa",)),
    _r("FI-13", "North Karelia", "Северная Карелия", ("Pohjois-Karjala",)),
    _r("FI-14", "North Ostrobothnia", "Северная Остроботния", ("Pohjois-Pohjanmaa",)),
    _r("FI-15", "North Savo", "Северное Саво", ("Pohjois-Savo",)),
    _r("FI-16", "Päijät-Häme", "Пяйят-Хяме", ("Päijänne Tavastia",)),
    _r("FI-17", "Satakunta", "Сатакунта", ("Satakunta Region",)),
    _r("FI-18", "Uusimaa", "Уусимаа", ("Nyland", "Helsinki-Uusimaa")),
    _r("FI-19", "Southwest Finland", "Варсинайс-Суоми", ("Varsinais-Suomi", "Finland Proper")),
)  # fmt: skip

#: Norway's counties (fylker) as ISO 3166-2 lists them, but Svalbard and Jan Mayen,
#: whose names give the ISO 3166-1 entry SJ.
NORWAY: tuple[Row, ...] = (
    _r("NO-03", "Oslo", "Осло", ("Oslo County",)),
    _r("NO-11", "Rogaland", "Ругаланн", ("Rogaland County",)),
    _r("NO-15", "Møre og Romsdal", "Мёре-ог-Ромсдал", ("More og Romsdal", "Møre and Romsdal")),
    _r("NO-18", "Nordland", "Нурланн", ("Nordland County",)),
    _r("NO-30", "Viken", "Викен", ("Viken County",)),
    _r("NO-34", "Innlandet", "Иннландет", ("Innlandet County",)),
    _r("NO-38", "Vestfold og Telemark", "Вестфолл-ог-Телемарк", ("Vestfold and Telemark",)),
    _r("NO-42", "Agder", "Агдер", ("Agder County",)),
    _r("NO-46", "Vestland", "Вестланн", ("Vestland County",)),
    _r("NO-50", "Trøndelag", "Трёнделаг", ("Trondelag", "Trøndelag County")),
    _r("NO-54", "Troms og Finnmark", "Тромс-ог-Финнмарк", ("Troms and Finnmark", "Тромс и Финнмарк")),
)  # fmt: skip

#: Germany's Länder.
GERMANY: tuple[Row, ...] = (
    _r("DE-BB", "Brandenburg", "Бранденбург", ("Land Brandenburg",), "Government"),
    _r("DE-BE", "Berlin", "Берлин", ("Land Berlin",), "Government"),
    _r("DE-BW", "Baden-Württemberg", "Баден-Вюртемберг", ("Baden-Wurttemberg",), "Government"),
    _r("DE-BY", "Bavaria", "Бавария", ("Bayern", "Free State of Bavaria", "Freistaat Bayern"),
       "Government"),
    _r("DE-HB", "Bremen", "Бремен", ("Free Hanseatic City of Bremen",), "Government"),
    _r("DE-HE", "Hesse", "Гессен", ("Hessen",), "Government"),
    _r("DE-HH", "Hamburg", "Гамбург", ("Free and Hanseatic City of Hamburg",), "Government"),
    _r("DE-MV", "Mecklenburg-Western Pomerania", "Мекленбург-Передняя Померания",
       ("Mecklenburg-Vorpommern", "Mecklenburg-West Pomerania"), "Government"),
    _r("DE-NI", "Lower Saxony", "Нижняя Саксония", ("Niedersachsen",), "Government"),
    _r("DE-NW", "North Rhine-Westphalia", "Северный Рейн-Вестфалия",
       ("Nordrhein-Westfalen", "NRW"), "Government"),
    _r("DE-RP", "Rhineland-Palatinate", "Рейнланд-Пфальц", ("Rheinland-Pfalz",), "Government"),
    _r("DE-SH", "Schleswig-Holstein", "Шлезвиг-Гольштейн", (), "Government"),
    _r("DE-SL", "Saarland", "Саар", ("Saar", "Саарланд"), "Government"),
    _r("DE-SN", "Saxony", "Саксония", ("Sachsen", "Free State of Saxony"), "Government"),
    _r("DE-ST", "Saxony-Anhalt", "Саксония-Анхальт", ("Sachsen-Anhalt",), "Government"),
    _r("DE-TH", "Thuringia", "Тюрингия", ("Thüringen", "Free State of Thuringia"), "Government"),
)  # fmt: skip


#: Mongolia's provinces (aimags) and Ulaanbaatar.
MONGOLIA: tuple[Row, ...] = (
    *(
        _r(iso, f"{name} Province", f"аймак {ru}", (name, f"{name} Aimag", *other))
        for iso, name, ru, other in (
            ("MN-035", "Orkhon", "Орхон", ("Orhon",)),
            ("MN-037", "Darkhan-Uul", "Дархан-Уул", ("Darhan uul",)),
            ("MN-039", "Khentii", "Хэнтий", ("Hentiy",)),
            ("MN-041", "Khövsgöl", "Хувсгел", ("Hövsgöl", "Khuvsgul", "Хубсугул")),
            ("MN-043", "Khovd", "Ховд", ("Hovd",)),
            ("MN-046", "Uvs", "Увс", ()),
            ("MN-047", "Töv", "Туве", ("Tuv", "Тув")),
            ("MN-049", "Selenge", "Сэлэнгэ", ("Селенге",)),
            ("MN-051", "Sükhbaatar", "Сухэ-Батор", ("Sühbaatar", "Sukhbaatar")),
            ("MN-053", "Ömnögovi", "Умнеговь", ("Ömnögovĭ", "South Gobi", "Южно-Гобийский аймак")),
            ("MN-055", "Övörkhangai", "Уверхангай", ("Övörhangay", "Uvurkhangai")),
            ("MN-057", "Zavkhan", "Завхан", ("Dzavhan",)),
            ("MN-059", "Dundgovi", "Дундговь", ("Dundgovĭ", "Middle Gobi", "Среднегобийский аймак")),
            ("MN-061", "Dornod", "Дорнод", ("Восточный аймак",)),
            ("MN-063", "Dornogovi", "Дорноговь", ("Dornogovĭ", "East Gobi", "Восточно-Гобийский аймак")),
            ("MN-064", "Govisümber", "Говь-Сумбэр", ("Govĭ-Sümber", "Govisumber")),
            ("MN-065", "Govi-Altai", "Говь-Алтай", ("Govĭ-Altay", "Гоби-Алтайский аймак")),
            ("MN-067", "Bulgan", "Булган", ()),
            ("MN-069", "Bayankhongor", "Баянхонгор", ("Bayanhongor",)),
            ("MN-071", "Bayan-Ölgii", "Баян-Улгий", ("Bayan-Ölgiy", "Bayan-Olgii")),
            ("MN-073", "Arkhangai", "Архангай", ("Arhangay",)),
        )
    ),
    _r("MN-1", "Ulaanbaatar", "Улан-Батор", ("Ulan Bator", "Ulaanbaatar City", "город Улан-Батор")),
)  # fmt: skip

#: Estonia's counties (maakonnad).
ESTONIA: tuple[Row, ...] = tuple(
    _r(iso, f"{name} County", ru, (iso_name, f"{name} maakond", f"{adjective} уезд"))
    for iso, name, ru, iso_name, adjective in (
        ("EE-37", "Harju", "Харьюмаа", "Harjumaa", "Харьюский"), ("EE-39", "Hiiu", "Хийумаа", "Hiiumaa", "Хийуский"),
        ("EE-45", "Ida-Viru", "Ида-Вирумаа", "Ida-Virumaa", "Ида-Вируский"),
        ("EE-50", "Jõgeva", "Йыгевамаа", "Jõgevamaa", "Йыгеваский"), ("EE-52", "Järva", "Ярвамаа", "Järvamaa", "Ярваский"),
        ("EE-56", "Lääne", "Ляэнемаа", "Läänemaa", "Ляэнеский"),
        ("EE-60", "Lääne-Viru", "Ляэне-Вирумаа", "Lääne-Virumaa", "Ляэне-Вируский"),
        ("EE-64", "Põlva", "Пылвамаа", "Põlvamaa", "Пылваский"), ("EE-68", "Pärnu", "Пярнумаа", "Pärnumaa", "Пярнуский"),
        ("EE-71", "Rapla", "Рапламаа", "Raplamaa", "Рапласкский"), ("EE-74", "Saare", "Сааремаа", "Saaremaa", "Сааремааский"),
        ("EE-79", "Tartu", "Тартумаа", "Tartumaa", "Тартуский"), ("EE-81", "Valga", "Валгамаа", "Valgamaa", "Валгаский"),
        ("EE-84", "Viljandi", "Вильяндимаа", "Viljandimaa", "Вильяндиский"), ("EE-87", "Võru", "Вырумаа", "Võrumaa", "Выруский"),
    )
)  # fmt: skip

#: Lithuania's counties (apskritys).
LITHUANIA: tuple[Row, ...] = tuple(
    _r(iso, f"{name} County", f"{ru} уезд", (iso_name,))
    for iso, name, ru, iso_name in (
        ("LT-AL", "Alytus", "Алитусский", "Alytaus apskritis"),
        ("LT-KL", "Klaipėda", "Клайпедский", "Klaipėdos apskritis"),
        ("LT-KU", "Kaunas", "Каунасский", "Kauno apskritis"),
        ("LT-MR", "Marijampolė", "Мариямпольский", "Marijampolės apskritis"),
        ("LT-PN", "Panevėžys", "Паневежский", "Panevėžio apskritis"),
        ("LT-SA", "Šiauliai", "Шяуляйский", "Šiaulių apskritis"),
        ("LT-TA", "Tauragė", "Таурагский", "Tauragės apskritis"),
        ("LT-TE", "Telšiai", "Тельшяйский", "Telšių apskritis"),
        ("LT-UT", "Utena", "Утенский", "Utenos apskritis"),
        ("LT-VL", "Vilnius", "Вильнюсский", "Vilniaus apskritis"),
    )
)  # fmt: skip


#: Latvia after the reform of 1 July 2021: seven state cities (valstspilsētas) and the
#: municipalities (novadi), Varakļāni's restored in 2022 (ISO 3166-2's list). Jēkabpils
#: and Valmiera, state cities before the reform, are now parts of their municipalities.
LATVIA: tuple[Row, ...] = (
    *(
        _r(iso, name, ru, (latvian, f"{name} City", f"город {ru}"))
        for iso, name, ru, latvian in (
            ("LV-DGV", "Daugavpils", "Даугавпилс", "Daugavpils"),
            ("LV-JEL", "Jelgava", "Елгава", "Jelgava"),
            ("LV-JUR", "Jurmala", "Юрмала", "Jūrmala"),
            ("LV-LPX", "Liepaja", "Лиепая", "Liepāja"),
            ("LV-REZ", "Rezekne", "Резекне", "Rēzekne"),
            ("LV-RIX", "Riga", "Рига", "Rīga"),
            ("LV-VEN", "Ventspils", "Вентспилс", "Ventspils"),
        )
    ),
    *(
        _r(iso, f"{name} Municipality", f"{ru} край", (f"{genitive} novads", f"{name} Novads"))
        for iso, name, genitive, ru in (
            ("LV-002", "Aizkraukle", "Aizkraukles", "Айзкраукльский"),
            ("LV-007", "Aluksne", "Alūksnes", "Алуксненский"),
            ("LV-011", "Adazi", "Ādažu", "Адажский"),
            ("LV-015", "Balvi", "Balvu", "Балвский"),
            ("LV-016", "Bauska", "Bauskas", "Бауский"),
            ("LV-022", "Cesis", "Cēsu", "Цесисский"),
            ("LV-026", "Dobele", "Dobeles", "Добельский"),
            ("LV-033", "Gulbene", "Gulbenes", "Гулбенский"),
            ("LV-041", "Jelgava", "Jelgavas", "Елгавский"),
            ("LV-042", "Jekabpils", "Jēkabpils", "Екабпилсский"),
            ("LV-047", "Kraslava", "Krāslavas", "Краславский"),
            ("LV-050", "Kuldiga", "Kuldīgas", "Кулдигский"),
            ("LV-052", "Kekava", "Ķekavas", "Кекавский"),
            ("LV-054", "Limbazi", "Limbažu", "Лимбажский"),
            ("LV-056", "Livani", "Līvānu", "Ливанский"),
            ("LV-058", "Ludza", "Ludzas", "Лудзенский"),
            ("LV-059", "Madona", "Madonas", "Мадонский"),
            ("LV-062", "Marupe", "Mārupes", "Марупский"),
            ("LV-067", "Ogre", "Ogres", "Огрский"),
            ("LV-068", "Olaine", "Olaines", "Олайнский"),
            ("LV-073", "Preili", "Preiļu", "Прейльский"),
            ("LV-077", "Rezekne", "Rēzeknes", "Резекненский"),
            ("LV-080", "Ropazi", "Ropažu", "Ропажский"),
            ("LV-087", "Salaspils", "Salaspils", "Саласпилсский"),
            ("LV-088", "Saldus", "Saldus", "Салдусский"),
            ("LV-089", "Saulkrasti", "Saulkrastu", "Саулкрастский"),
            ("LV-091", "Sigulda", "Siguldas", "Сигулдский"),
            ("LV-094", "Smiltene", "Smiltenes", "Смилтенский"),
            ("LV-097", "Talsi", "Talsu", "Талсинский"),
            ("LV-099", "Tukums", "Tukuma", "Тукумский"),
            ("LV-101", "Valka", "Valkas", "Валкский"),
            ("LV-102", "Varaklani", "Varakļānu", "Вараклянский"),
            ("LV-106", "Ventspils", "Ventspils", "Вентспилсский"),
            ("LV-111", "Augsdaugava", "Augšdaugavas", "Аугшдаугавский"),
            ("LV-112", "South Kurzeme", "Dienvidkurzemes", "Южнокурземский"),
            ("LV-113", "Valmiera", "Valmieras", "Валмиерский"),
        )
    ),
)  # fmt: skip

#: Azerbaijan: Baku and the other cities (municipalities), the Nakhchivan Autonomous
#: Republic, and the districts (rayonlar), named in English by a plain romanization of
#: the Azerbaijani name that ISO lists (kept as an alias).
AZERBAIJAN: tuple[Row, ...] = (
    _r("AZ-BA", "Baku", "Баку", ("Bakı", "Baku City", "City of Baku", "город Баку")),
    _r("AZ-GA", "Ganja", "Гянджа", ("Gəncə", "Ganja City", "Gyandzha", "город Гянджа")),
    _r("AZ-LA", "Lankaran", "Ленкорань", ("Lənkəran", "Lankaran City", "Lenkoran")),
    _r("AZ-MI", "Mingachevir", "Мингечевир", ("Mingəçevir", "Mingachevir City", "Мингечаур")),
    _r("AZ-NA", "Naftalan", "Нафталан", ("Naftalan City",)),
    _r("AZ-NV", "Nakhchivan City", "город Нахичевань", ("Naxçıvan şəhəri", "Nakhchivan (city)")),
    _r("AZ-NX", "Nakhchivan Autonomous Republic", "Нахичеванская Автономная Республика",
       ("Nakhchivan", "Нахичевань", "Naxçıvan", "Naxçıvan Muxtar Respublikası", "Nakhichevan",
        "Nakhichevan Autonomous Republic",
        "Автономная Республика Нахичевань"), "Cabinet of Ministers"),
    _r("AZ-SA", "Shaki", "Шеки", ("Şəki", "Shaki City", "Sheki")),
    _r("AZ-SM", "Sumgait", "Сумгаит", ("Sumqayıt", "Sumgayit", "Sumqayit City", "город Сумгаит")),
    _r("AZ-SR", "Shirvan", "Ширван", ("Şirvan", "Shirvan City")),
    _r("AZ-XA", "Khankendi", "Ханкенди", ("Xankəndi", "Stepanakert", "Степанакерт")),
    _r("AZ-YE", "Yevlakh", "Евлах", ("Yevlax", "Yevlakh City")),
    *(
        _r(iso, f"{name} District", f"{ru} район", (*other, f"{name} Rayon"))
        for iso, name, ru, other in (
        ("AZ-ABS", "Absheron", "Абшеронский", ("Abşeron",)),
        ("AZ-AGA", "Aghstafa", "Акстафинский", ("Ağstafa", "Agstafa",)),
        ("AZ-AGC", "Aghjabadi", "Агджабединский", ("Ağcabədi", "Agjabadi",)),
        ("AZ-AGM", "Aghdam", "Агдамский", ("Ağdam", "Agdam",)),
        ("AZ-AGS", "Aghdash", "Агдашский", ("Ağdaş", "Agdash",)),
        ("AZ-AGU", "Aghsu", "Ахсуйский", ("Ağsu", "Agsu",)),
        ("AZ-AST", "Astara", "Астаринский", ("Astara",)),
        ("AZ-BAB", "Babak", "Бабекский", ("Babək",)),
        ("AZ-BAL", "Balakan", "Белоканский", ("Balakən",)),
        ("AZ-BAR", "Barda", "Бардинский", ("Bərdə",)),
        ("AZ-BEY", "Beylagan", "Бейлаганский", ("Beyləqan",)),
        ("AZ-BIL", "Bilasuvar", "Билясуварский", ("Biləsuvar",)),
        ("AZ-CAB", "Jabrayil", "Джебраильский", ("Cəbrayıl",)),
        ("AZ-CAL", "Jalilabad", "Джалилабадский", ("Cəlilabad",)),
        ("AZ-CUL", "Julfa", "Джульфинский", ("Culfa",)),
        ("AZ-DAS", "Dashkasan", "Дашкесанский", ("Daşkəsən",)),
        ("AZ-FUZ", "Fuzuli", "Фузулинский", ("Füzuli",)),
        ("AZ-GAD", "Gadabay", "Кедабекский", ("Gədəbəy",)),
        ("AZ-GOR", "Goranboy", "Геранбойский", ("Goranboy",)),
        ("AZ-GOY", "Goychay", "Геокчайский", ("Göyçay",)),
        ("AZ-GYG", "Goygol", "Гёйгёльский", ("Göygöl",)),
        ("AZ-HAC", "Hajigabul", "Аджикабульский", ("Hacıqabul",)),
        ("AZ-IMI", "Imishli", "Имишлинский", ("İmişli",)),
        ("AZ-ISM", "Ismayilli", "Исмаиллинский", ("İsmayıllı",)),
        ("AZ-KAL", "Kalbajar", "Кельбаджарский", ("Kəlbəcər",)),
        ("AZ-KAN", "Kangarli", "Кенгерлинский", ("Kǝngǝrli",)),
        ("AZ-KUR", "Kurdamir", "Кюрдамирский", ("Kürdəmir",)),
        ("AZ-LAC", "Lachyn", "Лачинский", ("Laçın",)),
        ("AZ-LAN", "Lankaran", "Ленкоранский", ()),
        ("AZ-LER", "Lerik", "Лерикский", ("Lerik",)),
        ("AZ-MAS", "Masally", "Масаллинский", ("Masallı",)),
        ("AZ-NEF", "Neftchala", "Нефтечалинский", ("Neftçala",)),
        ("AZ-OGU", "Oghuz", "Огузский", ("Oğuz", "Oguz",)),
        ("AZ-ORD", "Ordubad", "Ордубадский", ("Ordubad",)),
        ("AZ-QAB", "Gabala", "Габалинский", ("Qəbələ",)),
        ("AZ-QAX", "Gakh", "Кахский", ("Qax",)),
        ("AZ-QAZ", "Gazakh", "Казахский", ("Qazax",)),
        ("AZ-QBA", "Guba", "Губинский", ("Quba",)),
        ("AZ-QBI", "Gubadly", "Кубатлинский", ("Qubadlı",)),
        ("AZ-QOB", "Gobustan", "Гобустанский", ("Qobustan",)),
        ("AZ-QUS", "Gusar", "Кусарский", ("Qusar",)),
        ("AZ-SAB", "Sabirabad", "Сабирабадский", ("Sabirabad",)),
        ("AZ-SAD", "Sadarak", "Садаракский", ("Sədərək",)),
        ("AZ-SAH", "Shahbuz", "Шахбузский", ("Şahbuz",)),
        ("AZ-SAK", "Shaki", "Шекинский", ()),
        ("AZ-SAL", "Salyan", "Сальянский", ("Salyan",)),
        ("AZ-SAR", "Sharur", "Шарурский", ("Şərur",)),
        ("AZ-SAT", "Saatly", "Саатлинский", ("Saatlı",)),
        ("AZ-SBN", "Shabran", "Шабранский", ("Şabran",)),
        ("AZ-SIY", "Siyazan", "Сиазанский", ("Siyəzən",)),
        ("AZ-SKR", "Shamkir", "Шамкирский", ("Şəmkir",)),
        ("AZ-SMI", "Shamakhy", "Шемахинский", ("Şamaxı",)),
        ("AZ-SMX", "Samukh", "Самухский", ("Samux",)),
        ("AZ-SUS", "Shusha", "Шушинский", ("Şuşa",)),
        ("AZ-TAR", "Tartar", "Тертерский", ("Tərtər",)),
        ("AZ-TOV", "Tovuz", "Товузский", ("Tovuz",)),
        ("AZ-UCA", "Ujar", "Уджарский", ("Ucar",)),
        ("AZ-XAC", "Khachmaz", "Хачмазский", ("Xaçmaz",)),
        ("AZ-XCI", "Khojaly", "Ходжалинский", ("Xocalı",)),
        ("AZ-XIZ", "Khyzy", "Хызынский", ("Xızı",)),
        ("AZ-XVD", "Khojavand", "Ходжавендский", ("Xocavənd",)),
        ("AZ-YAR", "Yardymly", "Ярдымлинский", ("Yardımlı",)),
        ("AZ-YEV", "Yevlakh", "Евлахский", ()),
        ("AZ-ZAN", "Zangilan", "Зангиланский", ("Zəngilan",)),
        ("AZ-ZAQ", "Zagatala", "Закаталинский", ("Zaqatala",)),
        ("AZ-ZAR", "Zardab", "Зардабский", ("Zərdab",)),
        )
    ),
)  # fmt: skip


#: Former names, dated: code -> (English, Russian, first day or None, first day of the next
#: name). Astana was Tselinograd until 1992 and Akmola until 1998 (Akmola is now the name of
#: the region around it only); the South Kazakhstan Region became the Turkistan Region, and
#: Shymkent a city of republican significance, on 19.06.2018; the Abai, Jetisu and Ulytau
#: Regions were formed on 08.06.2022 from the East Kazakhstan, Almaty and Karaganda Regions.
#: ISO 3166-2 gave Kazakhstan two-digit codes in November 2022; the letter codes it used
#: before are kept as the scheme ``iso3166-2-2022`` (KZ-YUZ for the Turkistan Region, which
#: ISO renamed in place).
RENAMED: dict[str, tuple[tuple[str, str, str | None, str], ...]] = {
    "KZ-71": (
        ("Akmola", "Акмола", None, "1998-05-06"),
        ("Astana", "Астана", "1998-05-06", "2019-03-23"),
        ("Nur-Sultan", "Нур-Султан", "2019-03-23", "2022-09-17"),
    ),
    "KZ-61": (("South Kazakhstan Region", "Южно-Казахстанская область", None, "2018-06-19"),),
}

#: Old codes of the three divisions known by code only (see ``CHINA``).
OLD_CODES: dict[str, dict[str, str]] = {
    "CN-HK": {"iso3166-2-2017": "CN-91", "cn-gb2260": "810000"},
    "CN-MO": {"iso3166-2-2017": "CN-92", "cn-gb2260": "820000"},
    "CN-TW": {"iso3166-2-2017": "CN-71", "cn-gb2260": "710000"},
}

#: Subdivisions of ISO 3166-2 whose status is disputed: code -> note (stated neutrally).
#: UA-43 and UA-40 are held by the Republic of Crimea and Sevastopol (see ``russia.DISPUTED``).
DISPUTED: dict[str, str] = {
    "CN-TW": "Status is disputed: ISO 3166-2 lists Taiwan as CN-TW, a province of China, and "
    "ISO 3166-1 lists it as TW; the People's Republic of China claims it, and it is "
    "governed by the Republic of China (Taiwan).",
    "UA-14": "Status is disputed: ISO 3166-2 lists the Donetsk Oblast as UA-14, a region of "
    "Ukraine; Russian law lists the Donetsk People's Republic as a federal subject of Russia "
    "since 30.09.2022, and Ukraine and most UN member states do not recognise that.",
    "UA-09": "Status is disputed: ISO 3166-2 lists the Luhansk Oblast as UA-09, a region of "
    "Ukraine; Russian law lists the Luhansk People's Republic as a federal subject of Russia "
    "since 30.09.2022, and Ukraine and most UN member states do not recognise that.",
    "UA-23": "Status is disputed: ISO 3166-2 lists the Zaporizhzhia Oblast as UA-23, a region "
    "of Ukraine; Russian law lists the Zaporozhye Region as a federal subject of Russia since "
    "30.09.2022, and Ukraine and most UN member states do not recognise that.",
    "UA-65": "Status is disputed: ISO 3166-2 lists the Kherson Oblast as UA-65, a region of "
    "Ukraine; Russian law lists the Kherson Region as a federal subject of Russia since "
    "30.09.2022, and Ukraine and most UN member states do not recognise that.",
}

#: Curated regions by country.
CURATED: dict[str, tuple[Row, ...]] = {
    "BY": BELARUS, "KZ": KAZAKHSTAN, "CN": CHINA, "KG": KYRGYZSTAN, "TJ": TAJIKISTAN,
    "TM": TURKMENISTAN, "AM": ARMENIA, "GE": GEORGIA, "MD": MOLDOVA, "UA": UKRAINE,
    "FI": FINLAND, "NO": NORWAY, "DE": GERMANY, "MN": MONGOLIA, "EE": ESTONIA, "LT": LITHUANIA,
    "LV": LATVIA, "AZ": AZERBAIJAN,
}  # fmt: skip

#: The countries whose curated regions are built with the gazetteer, on first use;
#: the others' are built the first time a name is not found among these (or one
#: of their codes is asked for), which keeps the first use under 50 ms.
EAGER: tuple[str, ...] = ("BY", "KZ", "CN")
