-- Labels per language for the reference data (issue 11): countries, regions, code lists and
-- codes. The names in country, region, code_list and code stay as they are (the English of V2
-- and V3, and the fallback of last resort); the label tables hold every language, English
-- included, so that another language (fr, de, it, es ...) is more rows: one in label_language
-- and its labels, no code. A label a language lacks is read in English.
-- short_label: the form a narrow table column or a chart axis prints (at most about 20
-- characters); empty where the label is short already.

create table label_language (
    code       varchar(8)   not null primary key,
    name       varchar(100) not null,
    sort_order int          not null
);

create table country_label (
    iso3 char(3)      not null references country (iso3),
    lang varchar(8)   not null references label_language (code),
    name varchar(200) not null,
    primary key (iso3, lang)
);

create table region_label (
    grouping_code varchar(32)  not null,
    region_code   varchar(16)  not null,
    lang          varchar(8)   not null references label_language (code),
    name          varchar(200) not null,
    primary key (grouping_code, region_code, lang),
    foreign key (grouping_code, region_code) references region (grouping_code, code)
);

create table code_list_label (
    code_list_id varchar(32)  not null references code_list (id),
    lang         varchar(8)   not null references label_language (code),
    name         varchar(200) not null,
    primary key (code_list_id, lang)
);

create table code_label (
    code_list_id varchar(32)  not null,
    code         varchar(32)  not null,
    lang         varchar(8)   not null references label_language (code),
    label        varchar(200) not null,
    short_label  varchar(60),
    primary key (code_list_id, code, lang),
    foreign key (code_list_id, code) references code (code_list_id, code)
);

-- the language's own name, as a language switch shows it
insert into label_language (code, name, sort_order) values
    ('en', 'English', 1),
    ('ru', 'Русский', 2);

-- English: the names seeded by V2 and V3
insert into country_label (iso3, lang, name) select iso3, 'en', name from country;
insert into region_label (grouping_code, region_code, lang, name)
    select grouping_code, code, 'en', name from region;
insert into code_list_label (code_list_id, lang, name) select id, 'en', name from code_list;
insert into code_label (code_list_id, code, lang, label)
    select code_list_id, code, 'en', label from code;

update code_label set short_label = 'Victims' where lang = 'en' and code_list_id = 'INDICATOR' and code = 'VICT';
update code_label set short_label = 'Prosecuted' where lang = 'en' and code_list_id = 'INDICATOR' and code = 'PROS';
update code_label set short_label = 'Convicted' where lang = 'en' and code_list_id = 'INDICATOR' and code = 'CONV';
update code_label set short_label = 'Offences' where lang = 'en' and code_list_id = 'INDICATOR' and code = 'OFFENCE';
update code_label set short_label = 'Formal contact' where lang = 'en' and code_list_id = 'INDICATOR' and code = 'FORMAL_CONTACT';
update code_label set short_label = 'Assisted' where lang = 'en' and code_list_id = 'INDICATOR' and code = 'ASSIST';
update code_label set short_label = 'Compensated' where lang = 'en' and code_list_id = 'INDICATOR' and code = 'COMPENS';
update code_label set short_label = 'Spending (EUR)' where lang = 'en' and code_list_id = 'INDICATOR' and code = 'BUDGET';
update code_label set short_label = 'Children' where lang = 'en' and code_list_id = 'AGE' and code = 'Y_LT18';
update code_label set short_label = 'Adults' where lang = 'en' and code_list_id = 'AGE' and code = 'Y_GE18';
update code_label set short_label = 'Sexual' where lang = 'en' and code_list_id = 'EXPL' and code = 'SEX_EXP';
update code_label set short_label = 'Labour' where lang = 'en' and code_list_id = 'EXPL' and code = 'LAB_EXP';
update code_label set short_label = 'Criminality' where lang = 'en' and code_list_id = 'EXPL' and code = 'CRIM';
update code_label set short_label = 'Begging' where lang = 'en' and code_list_id = 'EXPL' and code = 'BEG';
update code_label set short_label = 'Marriage' where lang = 'en' and code_list_id = 'EXPL' and code = 'MAR';
update code_label set short_label = 'Organs' where lang = 'en' and code_list_id = 'EXPL' and code = 'ORG_REM';
update code_label set short_label = 'Other' where lang = 'en' and code_list_id = 'EXPL' and code = 'OTH';
update code_label set short_label = 'Mixed' where lang = 'en' and code_list_id = 'EXPL' and code = 'MIX';
update code_label set short_label = 'Online' where lang = 'en' and code_list_id = 'RECRUIT' and code = 'ONLINE';
update code_label set short_label = 'Offline' where lang = 'en' and code_list_id = 'RECRUIT' and code = 'OFFLINE';
update code_label set short_label = 'Coordinator' where lang = 'en' and code_list_id = 'POLICY_ITEM' and code = 'NAT_COORD';
update code_label set short_label = 'Rapporteur' where lang = 'en' and code_list_id = 'POLICY_ITEM' and code = 'NAT_RAPP_INDEP';
update code_label set short_label = 'Coordinating body' where lang = 'en' and code_list_id = 'POLICY_ITEM' and code = 'COORD_BODY';
update code_label set short_label = 'Action plan' where lang = 'en' and code_list_id = 'POLICY_ITEM' and code = 'NAP';
update code_label set short_label = 'Referral (NRM)' where lang = 'en' and code_list_id = 'POLICY_ITEM' and code = 'NRM_FUNC';
update code_label set short_label = 'Law' where lang = 'en' and code_list_id = 'POLICY_ITEM' and code = 'LAW_COMPREHENSIVE';
update code_label set short_label = 'Non-punishment' where lang = 'en' and code_list_id = 'POLICY_ITEM' and code = 'NON_PUNISH';
update code_label set short_label = 'Supply chains' where lang = 'en' and code_list_id = 'POLICY_ITEM' and code = 'SUPPLY_CHAIN_DD';
update code_label set short_label = 'Procurement' where lang = 'en' and code_list_id = 'POLICY_ITEM' and code = 'PROC_ZERO_TOL';
update code_label set short_label = 'Technology' where lang = 'en' and code_list_id = 'POLICY_ITEM' and code = 'TECH_MISUSE_LAW';
update code_label set short_label = 'Demand' where lang = 'en' and code_list_id = 'POLICY_ITEM' and code = 'DEMAND_RED';
update code_label set short_label = 'Budget' where lang = 'en' and code_list_id = 'POLICY_ITEM' and code = 'BUDGET_ALLOC';
update code_label set short_label = 'Data system' where lang = 'en' and code_list_id = 'POLICY_ITEM' and code = 'DATA_SYSTEM';

-- Russian
insert into country_label (iso3, lang, name) values
    ('ALB', 'ru', 'Албания'),
    ('AND', 'ru', 'Андорра'),
    ('ARM', 'ru', 'Армения'),
    ('AUT', 'ru', 'Австрия'),
    ('AZE', 'ru', 'Азербайджан'),
    ('BLR', 'ru', 'Беларусь'),
    ('BEL', 'ru', 'Бельгия'),
    ('BIH', 'ru', 'Босния и Герцеговина'),
    ('BGR', 'ru', 'Болгария'),
    ('CAN', 'ru', 'Канада'),
    ('HRV', 'ru', 'Хорватия'),
    ('CYP', 'ru', 'Кипр'),
    ('CZE', 'ru', 'Чехия'),
    ('DNK', 'ru', 'Дания'),
    ('EST', 'ru', 'Эстония'),
    ('FIN', 'ru', 'Финляндия'),
    ('FRA', 'ru', 'Франция'),
    ('GEO', 'ru', 'Грузия'),
    ('DEU', 'ru', 'Германия'),
    ('GRC', 'ru', 'Греция'),
    ('VAT', 'ru', 'Святой Престол'),
    ('HUN', 'ru', 'Венгрия'),
    ('ISL', 'ru', 'Исландия'),
    ('IRL', 'ru', 'Ирландия'),
    ('ITA', 'ru', 'Италия'),
    ('KAZ', 'ru', 'Казахстан'),
    ('KGZ', 'ru', 'Кыргызстан'),
    ('LVA', 'ru', 'Латвия'),
    ('LIE', 'ru', 'Лихтенштейн'),
    ('LTU', 'ru', 'Литва'),
    ('LUX', 'ru', 'Люксембург'),
    ('MLT', 'ru', 'Мальта'),
    ('MDA', 'ru', 'Молдова'),
    ('MCO', 'ru', 'Монако'),
    ('MNG', 'ru', 'Монголия'),
    ('MNE', 'ru', 'Черногория'),
    ('NLD', 'ru', 'Нидерланды'),
    ('MKD', 'ru', 'Северная Македония'),
    ('NOR', 'ru', 'Норвегия'),
    ('POL', 'ru', 'Польша'),
    ('PRT', 'ru', 'Португалия'),
    ('ROU', 'ru', 'Румыния'),
    ('RUS', 'ru', 'Российская Федерация'),
    ('SMR', 'ru', 'Сан-Марино'),
    ('SRB', 'ru', 'Сербия'),
    ('SVK', 'ru', 'Словакия'),
    ('SVN', 'ru', 'Словения'),
    ('ESP', 'ru', 'Испания'),
    ('SWE', 'ru', 'Швеция'),
    ('CHE', 'ru', 'Швейцария'),
    ('TJK', 'ru', 'Таджикистан'),
    ('TUR', 'ru', 'Турция'),
    ('TKM', 'ru', 'Туркменистан'),
    ('UKR', 'ru', 'Украина'),
    ('GBR', 'ru', 'Соединенное Королевство'),
    ('USA', 'ru', 'Соединенные Штаты Америки'),
    ('UZB', 'ru', 'Узбекистан'),
    ('DZA', 'ru', 'Алжир'),
    ('EGY', 'ru', 'Египет'),
    ('ISR', 'ru', 'Израиль'),
    ('JOR', 'ru', 'Иордания'),
    ('MAR', 'ru', 'Марокко'),
    ('TUN', 'ru', 'Тунис'),
    ('AFG', 'ru', 'Афганистан'),
    ('AUS', 'ru', 'Австралия'),
    ('JPN', 'ru', 'Япония'),
    ('KOR', 'ru', 'Республика Корея'),
    ('THA', 'ru', 'Таиланд');

insert into region_label (grouping_code, region_code, lang, name) values
    ('M49_REGION', '002', 'ru', 'Африка'),
    ('M49_REGION', '009', 'ru', 'Океания'),
    ('M49_REGION', '019', 'ru', 'Америка'),
    ('M49_REGION', '142', 'ru', 'Азия'),
    ('M49_REGION', '150', 'ru', 'Европа'),
    ('M49_SUBREGION', '015', 'ru', 'Северная Африка'),
    ('M49_SUBREGION', '021', 'ru', 'Северная Америка'),
    ('M49_SUBREGION', '030', 'ru', 'Восточная Азия'),
    ('M49_SUBREGION', '034', 'ru', 'Южная Азия'),
    ('M49_SUBREGION', '035', 'ru', 'Юго-Восточная Азия'),
    ('M49_SUBREGION', '039', 'ru', 'Южная Европа'),
    ('M49_SUBREGION', '053', 'ru', 'Австралия и Новая Зеландия'),
    ('M49_SUBREGION', '143', 'ru', 'Центральная Азия'),
    ('M49_SUBREGION', '145', 'ru', 'Западная Азия'),
    ('M49_SUBREGION', '151', 'ru', 'Восточная Европа'),
    ('M49_SUBREGION', '154', 'ru', 'Северная Европа'),
    ('M49_SUBREGION', '155', 'ru', 'Западная Европа');

insert into code_list_label (code_list_id, lang, name) values
    ('INDICATOR', 'ru', 'Показатель'),
    ('SEX', 'ru', 'Пол'),
    ('AGE', 'ru', 'Возраст'),
    ('CITIZEN', 'ru', 'Гражданство'),
    ('EXPL', 'ru', 'Форма эксплуатации'),
    ('RECRUIT', 'ru', 'Вербовка'),
    ('OBS_STATUS', 'ru', 'Статус значения'),
    ('CONF_STATUS', 'ru', 'Статус конфиденциальности'),
    ('ACTION', 'ru', 'Действие'),
    ('POLICY_ITEM', 'ru', 'Элемент национальной системы противодействия'),
    ('POLICY_STATUS', 'ru', 'Статус элемента');

insert into code_label (code_list_id, code, lang, label, short_label) values
    ('INDICATOR', 'VICT', 'ru', 'Зарегистрированные жертвы (выявленные и предполагаемые)', 'Жертвы'),
    ('INDICATOR', 'VICT_IDENT', 'ru', 'Выявленные жертвы', null),
    ('INDICATOR', 'VICT_PRES', 'ru', 'Предполагаемые жертвы', null),
    ('INDICATOR', 'INVEST', 'ru', 'Расследования', null),
    ('INDICATOR', 'SUSP', 'ru', 'Подозреваемые', null),
    ('INDICATOR', 'PROS', 'ru', 'Лица, привлеченные к уголовной ответственности', 'Преследуемые'),
    ('INDICATOR', 'CONV', 'ru', 'Осужденные лица', 'Осужденные'),
    ('INDICATOR', 'OFFENCE', 'ru', 'Зарегистрированные преступления', 'Преступления'),
    ('INDICATOR', 'FORMAL_CONTACT', 'ru', 'Лица, вступившие в официальный контакт', 'Офиц. контакт'),
    ('INDICATOR', 'ASSIST', 'ru', 'Жертвы, получившие помощь', 'Получили помощь'),
    ('INDICATOR', 'COMPENS', 'ru', 'Жертвы, получившие компенсацию', 'Компенсация'),
    ('INDICATOR', 'BUDGET', 'ru', 'Государственные расходы на противодействие торговле людьми (евро)', 'Расходы (евро)'),
    ('INDICATOR', 'POP', 'ru', 'Население', null),
    ('SEX', 'F', 'ru', 'Женский', null),
    ('SEX', 'M', 'ru', 'Мужской', null),
    ('SEX', 'OTH', 'ru', 'Другой', null),
    ('SEX', 'UNK', 'ru', 'Неизвестно', null),
    ('SEX', '_T', 'ru', 'Всего', null),
    ('AGE', 'Y_LT18', 'ru', 'До 18 лет (дети)', 'Дети'),
    ('AGE', 'Y_GE18', 'ru', '18 лет и старше (взрослые)', 'Взрослые'),
    ('AGE', 'UNK', 'ru', 'Неизвестно', null),
    ('AGE', '_T', 'ru', 'Всего', null),
    ('CITIZEN', 'NAT', 'ru', 'Собственные граждане', null),
    ('CITIZEN', 'FOR', 'ru', 'Иностранцы', null),
    ('CITIZEN', 'STLS', 'ru', 'Лица без гражданства', null),
    ('CITIZEN', 'UNK', 'ru', 'Неизвестно', null),
    ('CITIZEN', '_T', 'ru', 'Всего', null),
    ('EXPL', 'SEX_EXP', 'ru', 'Сексуальная эксплуатация', 'Сексуальная'),
    ('EXPL', 'LAB_EXP', 'ru', 'Принудительный труд', 'Труд'),
    ('EXPL', 'CRIM', 'ru', 'Принуждение к преступной деятельности', 'Преступления'),
    ('EXPL', 'BEG', 'ru', 'Принуждение к попрошайничеству', 'Попрошайничество'),
    ('EXPL', 'MAR', 'ru', 'Принудительный брак', 'Брак'),
    ('EXPL', 'ORG_REM', 'ru', 'Изъятие органов', 'Органы'),
    ('EXPL', 'OTH', 'ru', 'Другие формы эксплуатации', 'Другие'),
    ('EXPL', 'MIX', 'ru', 'Смешанные формы эксплуатации', 'Смешанные'),
    ('EXPL', 'UNK', 'ru', 'Неизвестно', null),
    ('EXPL', '_T', 'ru', 'Всего', null),
    ('RECRUIT', 'ONLINE', 'ru', 'Завербованы через интернет', 'Интернет'),
    ('RECRUIT', 'OFFLINE', 'ru', 'Завербованы вне интернета', 'Вне интернета'),
    ('RECRUIT', 'UNK', 'ru', 'Неизвестно', null),
    ('RECRUIT', '_T', 'ru', 'Всего', null),
    ('OBS_STATUS', 'A', 'ru', 'Обычное значение', null),
    ('OBS_STATUS', 'B', 'ru', 'Разрыв ряда', null),
    ('OBS_STATUS', 'E', 'ru', 'Оценка', null),
    ('OBS_STATUS', 'P', 'ru', 'Предварительное значение', null),
    ('OBS_STATUS', 'M', 'ru', 'Значение отсутствует', null),
    ('CONF_STATUS', 'F', 'ru', 'Открытое', null),
    ('CONF_STATUS', 'A', 'ru', 'Малое число, скрытое источником', null),
    ('CONF_STATUS', 'C', 'ru', 'Конфиденциальное', null),
    ('CONF_STATUS', 'N', 'ru', 'Не для публикации', null),
    ('ACTION', 'I', 'ru', 'Информация: добавить или обновить указанные ключи', null),
    ('ACTION', 'A', 'ru', 'Дополнение: добавить или обновить указанные ключи', null),
    ('ACTION', 'R', 'ru', 'Замена: файл содержит все данные своей страны по указанным показателям и годам', null),
    ('ACTION', 'D', 'ru', 'Удаление: отозвать указанные ключи', null),
    ('POLICY_ITEM', 'NAT_COORD', 'ru', 'Национальный координатор', 'Координатор'),
    ('POLICY_ITEM', 'NAT_RAPP_INDEP', 'ru', 'Независимый национальный докладчик', 'Докладчик'),
    ('POLICY_ITEM', 'COORD_BODY', 'ru', 'Координационный совет или межведомственная рабочая группа', 'Коорд. орган'),
    ('POLICY_ITEM', 'NAP', 'ru', 'Национальный план действий', 'План действий'),
    ('POLICY_ITEM', 'NRM_FUNC', 'ru', 'Действующий национальный механизм перенаправления', 'Перенаправление'),
    ('POLICY_ITEM', 'LAW_COMPREHENSIVE', 'ru', 'Комплексный закон о противодействии торговле людьми', 'Закон'),
    ('POLICY_ITEM', 'NON_PUNISH', 'ru', 'Положение о ненаказании', 'Ненаказание'),
    ('POLICY_ITEM', 'SUPPLY_CHAIN_DD', 'ru', 'Закон о должной осмотрительности в цепочках поставок', 'Цепочки поставок'),
    ('POLICY_ITEM', 'PROC_ZERO_TOL', 'ru', 'Нулевая терпимость в государственных закупках', 'Закупки'),
    ('POLICY_ITEM', 'TECH_MISUSE_LAW', 'ru', 'Закон о злоупотреблении технологиями', 'Технологии'),
    ('POLICY_ITEM', 'DEMAND_RED', 'ru', 'Меры по сокращению спроса', 'Спрос'),
    ('POLICY_ITEM', 'BUDGET_ALLOC', 'ru', 'Выделенный бюджет', 'Бюджет'),
    ('POLICY_ITEM', 'DATA_SYSTEM', 'ru', 'Национальная система сбора данных', 'Система данных'),
    ('POLICY_STATUS', 'YES', 'ru', 'Да', null),
    ('POLICY_STATUS', 'PARTIAL', 'ru', 'Частично', null),
    ('POLICY_STATUS', 'NO', 'ru', 'Нет', null),
    ('POLICY_STATUS', 'UNK', 'ru', 'Неизвестно', null),
    ('POLICY_STATUS', 'NA', 'ru', 'Не применимо', null);
