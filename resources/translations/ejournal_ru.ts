<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="ru_RU">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>База данных: %s</source>
            <translation>База данных: %s</translation>
        </message>
        <message>
            <source>Библиотека</source>
            <translation>Библиотека</translation>
        </message>
        <message>
            <source>Библиотеки под LGPL поставляются отдельными файлами и могут быть заменены на совместимые версии.</source>
            <translation>Библиотеки под LGPL поставляются отдельными файлами и могут быть заменены на совместимые версии.</translation>
        </message>
        <message>
            <source>Версия: %s</source>
            <translation>Версия: %s</translation>
        </message>
        <message>
            <source>Лицензия</source>
            <translation>Лицензия</translation>
        </message>
        <message>
            <source>Назначение</source>
            <translation>Назначение</translation>
        </message>
        <message>
            <source>О программе</source>
            <translation>О программе</translation>
        </message>
        <message>
            <source>Пользователь: %s</source>
            <translation>Пользователь: %s</translation>
        </message>
        <message>
            <source>Программа распространяется по лицензии MIT.</source>
            <translation>Программа распространяется по лицензии MIT.</translation>
        </message>
        <message>
            <source>Текст лицензии</source>
            <translation>Текст лицензии</translation>
        </message>
        <message>
            <source>Шрифты печатных форм: DejaVu Sans 2.37 — свободная лицензия (Bitstream Vera, Arev).</source>
            <translation>Шрифты печатных форм: DejaVu Sans 2.37 — свободная лицензия (Bitstream Vera, Arev).</translation>
        </message>
        <message>
            <source>Электронный классный журнал школы.</source>
            <translation>Электронный классный журнал школы.</translation>
        </message>
        <message>
            <source>библиотека интерфейса</source>
            <translation>библиотека интерфейса</translation>
        </message>
        <message>
            <source>выгрузка в Excel</source>
            <translation>выгрузка в Excel</translation>
        </message>
        <message>
            <source>интерфейс программы</source>
            <translation>интерфейс программы</translation>
        </message>
        <message>
            <source>папки данных и журнала работы</source>
            <translation>папки данных и журнала работы</translation>
        </message>
        <message>
            <source>пароль сервера в хранилище системы</source>
            <translation>пароль сервера в хранилище системы</translation>
        </message>
        <message>
            <source>печатные формы PDF</source>
            <translation>печатные формы PDF</translation>
        </message>
        <message>
            <source>подключение к PostgreSQL</source>
            <translation>подключение к PostgreSQL</translation>
        </message>
        <message>
            <source>работа с базой данных</source>
            <translation>работа с базой данных</translation>
        </message>
        <message>
            <source>хранение паролей</source>
            <translation>хранение паролей</translation>
        </message>
    </context>
    <context>
        <name>Access</name>
        <message>
            <source>Нет прав на действие «%s»%s.</source>
            <translation>Нет прав на действие «%s»%s.</translation>
        </message>
        <message>
            <source>Пользователь «%s» не найден.</source>
            <translation>Пользователь «%s» не найден.</translation>
        </message>
        <message>
            <source>Учётная запись «%s» заблокирована.</source>
            <translation>Учётная запись «%s» заблокирована.</translation>
        </message>
        <message>
            <source>Учётная запись «%s» не найдена.</source>
            <translation>Учётная запись «%s» не найдена.</translation>
        </message>
    </context>
    <context>
        <name>Accounts</name>
        <message>
            <source>Имя</source>
            <translation>Имя</translation>
        </message>
        <message>
            <source>Логин «%s» недопустим: латинские буквы, цифры, точка, дефис, от 2 символов.</source>
            <translation>Логин «%s» недопустим: латинские буквы, цифры, точка, дефис, от 2 символов.</translation>
        </message>
        <message>
            <source>Логин «%s» уже занят.</source>
            <translation>Логин «%s» уже занят.</translation>
        </message>
        <message>
            <source>Не заполнено поле «%s».</source>
            <translation>Не заполнено поле «%s».</translation>
        </message>
        <message>
            <source>Неизвестная роль «%s».</source>
            <translation>Неизвестная роль «%s».</translation>
        </message>
        <message>
            <source>Нельзя заблокировать самого себя.</source>
            <translation>Нельзя заблокировать самого себя.</translation>
        </message>
        <message>
            <source>Нельзя снять роль администратора с самого себя.</source>
            <translation>Нельзя снять роль администратора с самого себя.</translation>
        </message>
        <message>
            <source>Поле «%s» длиннее 100 символов.</source>
            <translation>Поле «%s» длиннее 100 символов.</translation>
        </message>
        <message>
            <source>Роль классного руководителя назначается через класс, а не учётную запись.</source>
            <translation>Роль классного руководителя назначается через класс, а не учётную запись.</translation>
        </message>
        <message>
            <source>Учётная запись не найдена.</source>
            <translation>Учётная запись не найдена.</translation>
        </message>
        <message>
            <source>Учётной записи с логином «%s» в журнале нет.</source>
            <translation>Учётной записи с логином «%s» в журнале нет.</translation>
        </message>
        <message>
            <source>Фамилия</source>
            <translation>Фамилия</translation>
        </message>
        <message>
            <source>Это подключение к базе данных не может задавать пароли: команду выполняет владелец журнала (для сервера — адрес postgresql://владелец@сервер/база, а не роль сотрудника). Пароль не изменён.</source>
            <translation>Это подключение к базе данных не может задавать пароли: команду выполняет владелец журнала (для сервера — адрес postgresql://владелец@сервер/база, а не роль сотрудника). Пароль не изменён.</translation>
        </message>
    </context>
    <context>
        <name>AccountsModel</name>
        <message>
            <source>Логин</source>
            <translation>Логин</translation>
        </message>
        <message>
            <source>Роли</source>
            <translation>Роли</translation>
        </message>
        <message>
            <source>Состояние</source>
            <translation>Состояние</translation>
        </message>
        <message>
            <source>ФИО</source>
            <translation>ФИО</translation>
        </message>
        <message>
            <source>активна</source>
            <translation>активна</translation>
        </message>
        <message>
            <source>вход закрыт до %s</source>
            <translation>вход закрыт до %s</translation>
        </message>
        <message>
            <source>ждёт смены временного пароля</source>
            <translation>ждёт смены временного пароля</translation>
        </message>
        <message>
            <source>заблокирована</source>
            <translation>заблокирована</translation>
        </message>
    </context>
    <context>
        <name>AccountsPanel</name>
        <message>
            <source>Временный пароль показывается один раз; при входе сотрудник сменит его на свой. После пяти неверных паролей подряд вход закрывается на 15 минут — «Снять блокировку входа» открывает его сразу.</source>
            <translation>Временный пароль показывается один раз; при входе сотрудник сменит его на свой. После пяти неверных паролей подряд вход закрывается на 15 минут — «Снять блокировку входа» открывает его сразу.</translation>
        </message>
        <message>
            <source>Для всех выделенных сотрудников: новые временные пароли и листки приглашений с подписью о получении</source>
            <translation>Для всех выделенных сотрудников: новые временные пароли и листки приглашений с подписью о получении</translation>
        </message>
        <message>
            <source>Заблокировать</source>
            <translation>Заблокировать</translation>
        </message>
        <message>
            <source>Заблокировать учётную запись %s (%s)? Сотрудник не сможет войти, пока её не разблокируют.</source>
            <translation>Заблокировать учётную запись %s (%s)? Сотрудник не сможет войти, пока её не разблокируют.</translation>
        </message>
        <message>
            <source>Загрузить из Excel…</source>
            <translation>Загрузить из Excel…</translation>
        </message>
        <message>
            <source>Обновить</source>
            <translation>Обновить</translation>
        </message>
        <message>
            <source>Подтверждение</source>
            <translation>Подтверждение</translation>
        </message>
        <message>
            <source>Разблокировать</source>
            <translation>Разблокировать</translation>
        </message>
        <message>
            <source>Сбросить пароли выбранных сотрудников (%d)? Прежние пароли перестанут действовать; каждый получит приглашение с временным паролем.</source>
            <translation>Сбросить пароли выбранных сотрудников (%d)? Прежние пароли перестанут действовать; каждый получит приглашение с временным паролем.</translation>
        </message>
        <message>
            <source>Сбросить пароли и напечатать приглашения…</source>
            <translation>Сбросить пароли и напечатать приглашения…</translation>
        </message>
        <message>
            <source>Сбросить пароль</source>
            <translation>Сбросить пароль</translation>
        </message>
        <message>
            <source>Сбросить пароль сотрудника %s (%s)? Прежний пароль перестанет действовать.</source>
            <translation>Сбросить пароль сотрудника %s (%s)? Прежний пароль перестанет действовать.</translation>
        </message>
        <message>
            <source>Снять блокировку входа</source>
            <translation>Снять блокировку входа</translation>
        </message>
        <message>
            <source>Учётные записи сотрудников</source>
            <translation>Учётные записи сотрудников</translation>
        </message>
    </context>
    <context>
        <name>Action</name>
        <message>
            <source>архив учебного года и учёт его копий</source>
            <translation>архив учебного года и учёт его копий</translation>
        </message>
        <message>
            <source>ведение КТП</source>
            <translation>ведение КТП</translation>
        </message>
        <message>
            <source>выставление отметок</source>
            <translation>выставление отметок</translation>
        </message>
        <message>
            <source>выставление отметок за период и год</source>
            <translation>выставление отметок за период и год</translation>
        </message>
        <message>
            <source>деление класса на подгруппы</source>
            <translation>деление класса на подгруппы</translation>
        </message>
        <message>
            <source>еженедельная проверка заполнения журнала класса</source>
            <translation>еженедельная проверка заполнения журнала класса</translation>
        </message>
        <message>
            <source>заверение журнала за год</source>
            <translation>заверение журнала за год</translation>
        </message>
        <message>
            <source>закрытие и открытие периода</source>
            <translation>закрытие и открытие периода</translation>
        </message>
        <message>
            <source>запись контактов с родителями</source>
            <translation>запись контактов с родителями</translation>
        </message>
        <message>
            <source>запись темы и домашнего задания урока</source>
            <translation>запись темы и домашнего задания урока</translation>
        </message>
        <message>
            <source>запрос на исправление</source>
            <translation>запрос на исправление</translation>
        </message>
        <message>
            <source>изменение настроек школы</source>
            <translation>изменение настроек школы</translation>
        </message>
        <message>
            <source>изменение сведений об учащихся и родителях</source>
            <translation>изменение сведений об учащихся и родителях</translation>
        </message>
        <message>
            <source>изменение структуры школы, нагрузки и расписания</source>
            <translation>изменение структуры школы, нагрузки и расписания</translation>
        </message>
        <message>
            <source>назначение замен</source>
            <translation>назначение замен</translation>
        </message>
        <message>
            <source>отметка посещаемости</source>
            <translation>отметка посещаемости</translation>
        </message>
        <message>
            <source>отправка сообщений</source>
            <translation>отправка сообщений</translation>
        </message>
        <message>
            <source>отчёты для родителей: дневник, информационные письма, SMS</source>
            <translation>отчёты для родителей: дневник, информационные письма, SMS</translation>
        </message>
        <message>
            <source>печать журнала</source>
            <translation>печать журнала</translation>
        </message>
        <message>
            <source>просмотр журнала аудита</source>
            <translation>просмотр журнала аудита</translation>
        </message>
        <message>
            <source>просмотр отчётов</source>
            <translation>просмотр отчётов</translation>
        </message>
        <message>
            <source>просмотр сведений об учащихся</source>
            <translation>просмотр сведений об учащихся</translation>
        </message>
        <message>
            <source>просмотр страниц журнала</source>
            <translation>просмотр страниц журнала</translation>
        </message>
        <message>
            <source>просмотр структуры школы и расписания</source>
            <translation>просмотр структуры школы и расписания</translation>
        </message>
        <message>
            <source>рассмотрение запросов на исправление</source>
            <translation>рассмотрение запросов на исправление</translation>
        </message>
        <message>
            <source>резервное копирование и восстановление</source>
            <translation>резервное копирование и восстановление</translation>
        </message>
        <message>
            <source>управление учётными записями</source>
            <translation>управление учётными записями</translation>
        </message>
    </context>
    <context>
        <name>AddContactDialog</name>
        <message>
            <source>Вид:</source>
            <translation>Вид:</translation>
        </message>
        <message>
            <source>Дата:</source>
            <translation>Дата:</translation>
        </message>
        <message>
            <source>Записать</source>
            <translation>Записать</translation>
        </message>
        <message>
            <source>Запись о контакте с родителями</source>
            <translation>Запись о контакте с родителями</translation>
        </message>
        <message>
            <source>О чём говорили, о чём договорились</source>
            <translation>О чём говорили, о чём договорились</translation>
        </message>
        <message>
            <source>Отмена</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <source>С кем:</source>
            <translation>С кем:</translation>
        </message>
        <message>
            <source>Содержание:</source>
            <translation>Содержание:</translation>
        </message>
        <message>
            <source>Тема:</source>
            <translation>Тема:</translation>
        </message>
        <message>
            <source>Учащийся:</source>
            <translation>Учащийся:</translation>
        </message>
        <message>
            <source>например: успеваемость по математике</source>
            <translation>например: успеваемость по математике</translation>
        </message>
        <message>
            <source>семья (без указания родителя)</source>
            <translation>семья (без указания родителя)</translation>
        </message>
    </context>
    <context>
        <name>AdminTab</name>
        <message>
            <source>Обмен с Excel</source>
            <translation>Обмен с Excel</translation>
        </message>
        <message>
            <source>Расписание и замены</source>
            <translation>Расписание и замены</translation>
        </message>
        <message>
            <source>Структура школы</source>
            <translation>Структура школы</translation>
        </message>
        <message>
            <source>Учётные записи</source>
            <translation>Учётные записи</translation>
        </message>
    </context>
    <context>
        <name>Archive</name>
        <message>
            <source>%s — журнал не заверен</source>
            <translation>%s — журнал не заверен</translation>
        </message>
        <message>
            <source>%s — заверенный журнал изменён (%s)</source>
            <translation>%s — заверенный журнал изменён (%s)</translation>
        </message>
        <message>
            <source>, срок был %s</source>
            <translation>, срок был %s</translation>
        </message>
        <message>
            <source>Архив %s учебного года не сделан (срок печати журналов — %s).</source>
            <translation>Архив %s учебного года не сделан (срок печати журналов — %s).</translation>
        </message>
        <message>
            <source>Архив %s учебного года не сделан: не все журналы заверены.
%s
Заверьте журналы (вкладка «Печать») или укажите причину, по которой архив нужен сейчас.</source>
            <translation>Архив %s учебного года не сделан: не все журналы заверены.
%s
Заверьте журналы (вкладка «Печать») или укажите причину, по которой архив нужен сейчас.</translation>
        </message>
        <message>
            <source>Архив записывается в две папки на разных носителях: укажите ровно две папки.</source>
            <translation>Архив записывается в две папки на разных носителях: укажите ровно две папки.</translation>
        </message>
        <message>
            <source>Архив не записан: %s</source>
            <translation>Архив не записан: %s</translation>
        </message>
        <message>
            <source>Архив не записан: %s.</source>
            <translation>Архив не записан: %s.</translation>
        </message>
        <message>
            <source>Архив не найден.</source>
            <translation>Архив не найден.</translation>
        </message>
        <message>
            <source>В %s учебном году нет ни одного класса: архивировать нечего.</source>
            <translation>В %s учебном году нет ни одного класса: архивировать нечего.</translation>
        </message>
        <message>
            <source>Запись о копии уже изменил другой пользователь: обновите реестр.</source>
            <translation>Запись о копии уже изменил другой пользователь: обновите реестр.</translation>
        </message>
        <message>
            <source>Копия ПОВРЕЖДЕНА: %s. Сделайте новую копию с исправной.</source>
            <translation>Копия ПОВРЕЖДЕНА: %s. Сделайте новую копию с исправной.</translation>
        </message>
        <message>
            <source>Копия архива %s учебного года (%s) не прошла проверку: сделайте новую копию.</source>
            <translation>Копия архива %s учебного года (%s) не прошла проверку: сделайте новую копию.</translation>
        </message>
        <message>
            <source>Копия архива № %d не найдена в реестре.</source>
            <translation>Копия архива № %d не найдена в реестре.</translation>
        </message>
        <message>
            <source>Копия цела: контрольная сумма SHA-256 совпадает, все файлы архива на месте. Следующая проверка — %s.</source>
            <translation>Копия цела: контрольная сумма SHA-256 совпадает, все файлы архива на месте. Следующая проверка — %s.</translation>
        </message>
        <message>
            <source>НЕ прошла проверку</source>
            <translation>НЕ прошла проверку</translation>
        </message>
        <message>
            <source>НЕ прошла проверку %s</source>
            <translation>НЕ прошла проверку %s</translation>
        </message>
        <message>
            <source>Не удалось прочитать «%s»: %s.</source>
            <translation>Не удалось прочитать «%s»: %s.</translation>
        </message>
        <message>
            <source>Обе копии архива нельзя записывать в одну и ту же папку: выберите папки на разных носителях.</source>
            <translation>Обе копии архива нельзя записывать в одну и ту же папку: выберите папки на разных носителях.</translation>
        </message>
        <message>
            <source>Обе копии хранятся в одном месте, а Положение требует хранить их в разных помещениях.</source>
            <translation>Обе копии хранятся в одном месте, а Положение требует хранить их в разных помещениях.</translation>
        </message>
        <message>
            <source>Обе папки находятся на одном диске: для сохранности вторую копию держите на другом носителе (внешний диск, флеш-накопитель).</source>
            <translation>Обе папки находятся на одном диске: для сохранности вторую копию держите на другом носителе (внешний диск, флеш-накопитель).</translation>
        </message>
        <message>
            <source>Папка «%s» не найдена (не подключён носитель?).</source>
            <translation>Папка «%s» не найдена (не подключён носитель?).</translation>
        </message>
        <message>
            <source>Пора проверить копию архива %s учебного года (%s)%s.</source>
            <translation>Пора проверить копию архива %s учебного года (%s)%s.</translation>
        </message>
        <message>
            <source>Слишком длинное значение: «%s…».</source>
            <translation>Слишком длинное значение: «%s…».</translation>
        </message>
        <message>
            <source>Слишком длинное название носителя или места хранения.</source>
            <translation>Слишком длинное название носителя или места хранения.</translation>
        </message>
        <message>
            <source>У архива %s учебного года меньше двух копий.</source>
            <translation>У архива %s учебного года меньше двух копий.</translation>
        </message>
        <message>
            <source>Укажите %s для каждой из двух копий архива.</source>
            <translation>Укажите %s для каждой из двух копий архива.</translation>
        </message>
        <message>
            <source>Укажите носитель копии (например, «внешний диск»).</source>
            <translation>Укажите носитель копии (например, «внешний диск»).</translation>
        </message>
        <message>
            <source>Укажите, где хранится копия (например, «кабинет директора, сейф»).</source>
            <translation>Укажите, где хранится копия (например, «кабинет директора, сейф»).</translation>
        </message>
        <message>
            <source>Учебный год не найден.</source>
            <translation>Учебный год не найден.</translation>
        </message>
        <message>
            <source>Файл «%s» не является архивом учебного года ЭЖ-Десктоп.</source>
            <translation>Файл «%s» не является архивом учебного года ЭЖ-Десктоп.</translation>
        </message>
        <message>
            <source>Файл «%s» повреждён: %s.</source>
            <translation>Файл «%s» повреждён: %s.</translation>
        </message>
        <message>
            <source>Файл «%s» уже существует: повторите через секунду.</source>
            <translation>Файл «%s» уже существует: повторите через секунду.</translation>
        </message>
        <message>
            <source>Файл архива «%s» не найден.</source>
            <translation>Файл архива «%s» не найден.</translation>
        </message>
        <message>
            <source>Файл копии «%s» не найден: подключите носитель (%s, %s) или укажите, где файл сейчас.</source>
            <translation>Файл копии «%s» не найден: подключите носитель (%s, %s) или укажите, где файл сейчас.</translation>
        </message>
        <message>
            <source>контрольная сумма файла не совпадает с записанной при создании архива</source>
            <translation>контрольная сумма файла не совпадает с записанной при создании архива</translation>
        </message>
        <message>
            <source>место хранения</source>
            <translation>место хранения</translation>
        </message>
        <message>
            <source>не проверялась</source>
            <translation>не проверялась</translation>
        </message>
        <message>
            <source>не совпадает контрольная сумма файла «%s»</source>
            <translation>не совпадает контрольная сумма файла «%s»</translation>
        </message>
        <message>
            <source>нет файла «%s»</source>
            <translation>нет файла «%s»</translation>
        </message>
        <message>
            <source>носитель</source>
            <translation>носитель</translation>
        </message>
        <message>
            <source>пора проверить</source>
            <translation>пора проверить</translation>
        </message>
        <message>
            <source>проверена %s</source>
            <translation>проверена %s</translation>
        </message>
    </context>
    <context>
        <name>AssignmentDialog</name>
        <message>
            <source>Класс:</source>
            <translation>Класс:</translation>
        </message>
        <message>
            <source>Подгруппа:</source>
            <translation>Подгруппа:</translation>
        </message>
        <message>
            <source>Предмет:</source>
            <translation>Предмет:</translation>
        </message>
        <message>
            <source>Учитель:</source>
            <translation>Учитель:</translation>
        </message>
        <message>
            <source>Часов в неделю:</source>
            <translation>Часов в неделю:</translation>
        </message>
        <message>
            <source>весь класс</source>
            <translation>весь класс</translation>
        </message>
    </context>
    <context>
        <name>Attendance</name>
        <message>
            <source>Дата окончания раньше даты начала.</source>
            <translation>Дата окончания раньше даты начала.</translation>
        </message>
        <message>
            <source>Класс не найден.</source>
            <translation>Класс не найден.</translation>
        </message>
        <message>
            <source>Посещаемость показывается не больше чем за %d дней.</source>
            <translation>Посещаемость показывается не больше чем за %d дней.</translation>
        </message>
        <message>
            <source>Посещаемость этого урока отмечает учитель, ведущий урок.</source>
            <translation>Посещаемость этого урока отмечает учитель, ведущий урок.</translation>
        </message>
        <message>
            <source>Урок ещё не проведён.</source>
            <translation>Урок ещё не проведён.</translation>
        </message>
        <message>
            <source>посещаемость класса</source>
            <translation>посещаемость класса</translation>
        </message>
    </context>
    <context>
        <name>AttendanceTab</name>
        <message>
            <source>%s не на этом уроке.</source>
            <translation>%s не на этом уроке.</translation>
        </message>
        <message>
            <source>%s, %s, %d-й урок</source>
            <translation>%s, %s, %d-й урок</translation>
        </message>
        <message>
            <source>%s: %s — %s</source>
            <translation>%s: %s — %s</translation>
        </message>
        <message>
            <source>В эти дни уроков нет.</source>
            <translation>В эти дни уроков нет.</translation>
        </message>
        <message>
            <source>Вперёд</source>
            <translation>Вперёд</translation>
        </message>
        <message>
            <source>Двойной щелчок или клавиши н, б, у, о — отметить; Delete — снять.</source>
            <translation>Двойной щелчок или клавиши н, б, у, о — отметить; Delete — снять.</translation>
        </message>
        <message>
            <source>Замена: %s</source>
            <translation>Замена: %s</translation>
        </message>
        <message>
            <source>Из них по болезни («б»)</source>
            <translation>Из них по болезни («б»)</translation>
        </message>
        <message>
            <source>Из них по уважительной причине («у»)</source>
            <translation>Из них по уважительной причине («у»)</translation>
        </message>
        <message>
            <source>Исправление отметок посещаемости чужих уроков — с указанием причины.</source>
            <translation>Исправление отметок посещаемости чужих уроков — с указанием причины.</translation>
        </message>
        <message>
            <source>Исправление — с указанием причины.</source>
            <translation>Исправление — с указанием причины.</translation>
        </message>
        <message>
            <source>Класс:</source>
            <translation>Класс:</translation>
        </message>
        <message>
            <source>Комментарий:</source>
            <translation>Комментарий:</translation>
        </message>
        <message>
            <source>Месяц</source>
            <translation>Месяц</translation>
        </message>
        <message>
            <source>Назад</source>
            <translation>Назад</translation>
        </message>
        <message>
            <source>Неделя</source>
            <translation>Неделя</translation>
        </message>
        <message>
            <source>Нет классов, посещаемость которых вам доступна.</source>
            <translation>Нет классов, посещаемость которых вам доступна.</translation>
        </message>
        <message>
            <source>Опозданий («оп»): в пропуски не входят</source>
            <translation>Опозданий («оп»): в пропуски не входят</translation>
        </message>
        <message>
            <source>Отмена</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <source>Отметка:</source>
            <translation>Отметка:</translation>
        </message>
        <message>
            <source>Отсутствовали: %d</source>
            <translation>Отсутствовали: %d</translation>
        </message>
        <message>
            <source>Показаны только ваши уроки в этом классе.</source>
            <translation>Показаны только ваши уроки в этом классе.</translation>
        </message>
        <message>
            <source>Показать:</source>
            <translation>Показать:</translation>
        </message>
        <message>
            <source>Посещаемость</source>
            <translation>Посещаемость</translation>
        </message>
        <message>
            <source>Посещаемость %s: %s</source>
            <translation>Посещаемость %s: %s</translation>
        </message>
        <message>
            <source>Причина исправления:</source>
            <translation>Причина исправления:</translation>
        </message>
        <message>
            <source>Причина исправления: %s</source>
            <translation>Причина исправления: %s</translation>
        </message>
        <message>
            <source>Пропущено
уроков</source>
            <translation>Пропущено
уроков</translation>
        </message>
        <message>
            <source>Пропущено уроков за показанные дни (н, б, у)</source>
            <translation>Пропущено уроков за показанные дни (н, б, у)</translation>
        </message>
        <message>
            <source>Сегодня</source>
            <translation>Сегодня</translation>
        </message>
        <message>
            <source>Сохранено: %s: «%s».</source>
            <translation>Сохранено: %s: «%s».</translation>
        </message>
        <message>
            <source>Сохранено: %s: пропуск снят.</source>
            <translation>Сохранено: %s: пропуск снят.</translation>
        </message>
        <message>
            <source>Сохранить</source>
            <translation>Сохранить</translation>
        </message>
        <message>
            <source>Только просмотр.</source>
            <translation>Только просмотр.</translation>
        </message>
        <message>
            <source>Учащиеся класса</source>
            <translation>Учащиеся класса</translation>
        </message>
        <message>
            <source>Учащийся не на этом уроке (не числится в классе или в подгруппе).</source>
            <translation>Учащийся не на этом уроке (не числится в классе или в подгруппе).</translation>
        </message>
        <message>
            <source>Учебный год ещё не создан.</source>
            <translation>Учебный год ещё не создан.</translation>
        </message>
        <message>
            <source>ФИО</source>
            <translation>ФИО</translation>
        </message>
        <message>
            <source>Это исправление чужого урока: причина попадёт в журнал аудита.</source>
            <translation>Это исправление чужого урока: причина попадёт в журнал аудита.</translation>
        </message>
        <message>
            <source>болел</source>
            <translation>болел</translation>
        </message>
        <message>
            <source>в классе с %s</source>
            <translation>в классе с %s</translation>
        </message>
        <message>
            <source>выбыл(а) %s</source>
            <translation>выбыл(а) %s</translation>
        </message>
        <message>
            <source>из них
«б»</source>
            <translation>из них
«б»</translation>
        </message>
        <message>
            <source>из них
«у»</source>
            <translation>из них
«у»</translation>
        </message>
        <message>
            <source>например: справка из поликлиники</source>
            <translation>например: справка из поликлиники</translation>
        </message>
        <message>
            <source>не был на уроке</source>
            <translation>не был на уроке</translation>
        </message>
        <message>
            <source>необязательно</source>
            <translation>необязательно</translation>
        </message>
        <message>
            <source>опоз-
даний</source>
            <translation>опоз-
даний</translation>
        </message>
        <message>
            <source>опоздал</source>
            <translation>опоздал</translation>
        </message>
        <message>
            <source>отсутствовал по уважительной причине</source>
            <translation>отсутствовал по уважительной причине</translation>
        </message>
        <message>
            <source>— был на уроке</source>
            <translation>— был на уроке</translation>
        </message>
    </context>
    <context>
        <name>Audit</name>
        <message>
            <source>SHA-256</source>
            <translation>SHA-256</translation>
        </message>
        <message>
            <source>SHA-256 содержимого</source>
            <translation>SHA-256 содержимого</translation>
        </message>
        <message>
            <source>Входы в программу</source>
            <translation>Входы в программу</translation>
        </message>
        <message>
            <source>Дата «по» раньше даты «с».</source>
            <translation>Дата «по» раньше даты «с».</translation>
        </message>
        <message>
            <source>Движение учащихся</source>
            <translation>Движение учащихся</translation>
        </message>
        <message>
            <source>Закрытие и открытие периодов</source>
            <translation>Закрытие и открытие периодов</translation>
        </message>
        <message>
            <source>Замены</source>
            <translation>Замены</translation>
        </message>
        <message>
            <source>Исправления по запросам</source>
            <translation>Исправления по запросам</translation>
        </message>
        <message>
            <source>КТП</source>
            <translation>КТП</translation>
        </message>
        <message>
            <source>КТП переименована</source>
            <translation>КТП переименована</translation>
        </message>
        <message>
            <source>КТП принята для нагрузки</source>
            <translation>КТП принята для нагрузки</translation>
        </message>
        <message>
            <source>Классный руководитель видит в журнале аудита только записи своего класса.</source>
            <translation>Классный руководитель видит в журнале аудита только записи своего класса.</translation>
        </message>
        <message>
            <source>Классы</source>
            <translation>Классы</translation>
        </message>
        <message>
            <source>Нагрузка</source>
            <translation>Нагрузка</translation>
        </message>
        <message>
            <source>Настройки школы</source>
            <translation>Настройки школы</translation>
        </message>
        <message>
            <source>Отметки</source>
            <translation>Отметки</translation>
        </message>
        <message>
            <source>Отметки за период и год</source>
            <translation>Отметки за период и год</translation>
        </message>
        <message>
            <source>Посещаемость</source>
            <translation>Посещаемость</translation>
        </message>
        <message>
            <source>Предметы</source>
            <translation>Предметы</translation>
        </message>
        <message>
            <source>Расписание</source>
            <translation>Расписание</translation>
        </message>
        <message>
            <source>Резервные копии</source>
            <translation>Резервные копии</translation>
        </message>
        <message>
            <source>Урок не найден.</source>
            <translation>Урок не найден.</translation>
        </message>
        <message>
            <source>Уроки: темы и домашние задания</source>
            <translation>Уроки: темы и домашние задания</translation>
        </message>
        <message>
            <source>Учащиеся</source>
            <translation>Учащиеся</translation>
        </message>
        <message>
            <source>Учебные годы</source>
            <translation>Учебные годы</translation>
        </message>
        <message>
            <source>Учитель видит в журнале аудита только свои записи.</source>
            <translation>Учитель видит в журнале аудита только свои записи.</translation>
        </message>
        <message>
            <source>Учётные записи</source>
            <translation>Учётные записи</translation>
        </message>
        <message>
            <source>ФИО</source>
            <translation>ФИО</translation>
        </message>
        <message>
            <source>архив</source>
            <translation>архив</translation>
        </message>
        <message>
            <source>в КТП добавлена тема</source>
            <translation>в КТП добавлена тема</translation>
        </message>
        <message>
            <source>в КТП расставлены даты</source>
            <translation>в КТП расставлены даты</translation>
        </message>
        <message>
            <source>в исправлении отказано</source>
            <translation>в исправлении отказано</translation>
        </message>
        <message>
            <source>версия</source>
            <translation>версия</translation>
        </message>
        <message>
            <source>вес</source>
            <translation>вес</translation>
        </message>
        <message>
            <source>вид</source>
            <translation>вид</translation>
        </message>
        <message>
            <source>вид работы</source>
            <translation>вид работы</translation>
        </message>
        <message>
            <source>вход в программу</source>
            <translation>вход в программу</translation>
        </message>
        <message>
            <source>вход закрыт после неудачных попыток</source>
            <translation>вход закрыт после неудачных попыток</translation>
        </message>
        <message>
            <source>выдан временный пароль</source>
            <translation>выдан временный пароль</translation>
        </message>
        <message>
            <source>выпускники</source>
            <translation>выпускники</translation>
        </message>
        <message>
            <source>выпущено</source>
            <translation>выпущено</translation>
        </message>
        <message>
            <source>выставлена отметка</source>
            <translation>выставлена отметка</translation>
        </message>
        <message>
            <source>выставлена отметка за период</source>
            <translation>выставлена отметка за период</translation>
        </message>
        <message>
            <source>д/з</source>
            <translation>д/з</translation>
        </message>
        <message>
            <source>да</source>
            <translation>да</translation>
        </message>
        <message>
            <source>дайджест</source>
            <translation>дайджест</translation>
        </message>
        <message>
            <source>дата</source>
            <translation>дата</translation>
        </message>
        <message>
            <source>дата выпуска</source>
            <translation>дата выпуска</translation>
        </message>
        <message>
            <source>день недели</source>
            <translation>день недели</translation>
        </message>
        <message>
            <source>дней в неделе</source>
            <translation>дней в неделе</translation>
        </message>
        <message>
            <source>добавлен звонок</source>
            <translation>добавлен звонок</translation>
        </message>
        <message>
            <source>добавлен предмет</source>
            <translation>добавлен предмет</translation>
        </message>
        <message>
            <source>добавлен родитель</source>
            <translation>добавлен родитель</translation>
        </message>
        <message>
            <source>добавлен учащийся</source>
            <translation>добавлен учащийся</translation>
        </message>
        <message>
            <source>добавлена нагрузка</source>
            <translation>добавлена нагрузка</translation>
        </message>
        <message>
            <source>добавлено</source>
            <translation>добавлено</translation>
        </message>
        <message>
            <source>добавлены каникулы</source>
            <translation>добавлены каникулы</translation>
        </message>
        <message>
            <source>журнал восстановлен из резервной копии</source>
            <translation>журнал восстановлен из резервной копии</translation>
        </message>
        <message>
            <source>журнал заверен директором</source>
            <translation>журнал заверен директором</translation>
        </message>
        <message>
            <source>заблокирован</source>
            <translation>заблокирован</translation>
        </message>
        <message>
            <source>загружены данные из Excel</source>
            <translation>загружены данные из Excel</translation>
        </message>
        <message>
            <source>задан пароль</source>
            <translation>задан пароль</translation>
        </message>
        <message>
            <source>закрыт</source>
            <translation>закрыт</translation>
        </message>
        <message>
            <source>замена отменена</source>
            <translation>замена отменена</translation>
        </message>
        <message>
            <source>заменяющий</source>
            <translation>заменяющий</translation>
        </message>
        <message>
            <source>записан контакт с родителями</source>
            <translation>записан контакт с родителями</translation>
        </message>
        <message>
            <source>записано согласие на обработку ПД</source>
            <translation>записано согласие на обработку ПД</translation>
        </message>
        <message>
            <source>записей</source>
            <translation>записей</translation>
        </message>
        <message>
            <source>запрошено исправление</source>
            <translation>запрошено исправление</translation>
        </message>
        <message>
            <source>значение</source>
            <translation>значение</translation>
        </message>
        <message>
            <source>изменена нагрузка</source>
            <translation>изменена нагрузка</translation>
        </message>
        <message>
            <source>изменена настройка</source>
            <translation>изменена настройка</translation>
        </message>
        <message>
            <source>изменена отметка</source>
            <translation>изменена отметка</translation>
        </message>
        <message>
            <source>изменена отметка за период</source>
            <translation>изменена отметка за период</translation>
        </message>
        <message>
            <source>изменена отметка посещаемости</source>
            <translation>изменена отметка посещаемости</translation>
        </message>
        <message>
            <source>изменена тема КТП</source>
            <translation>изменена тема КТП</translation>
        </message>
        <message>
            <source>изменено</source>
            <translation>изменено</translation>
        </message>
        <message>
            <source>изменено место хранения копии архива</source>
            <translation>изменено место хранения копии архива</translation>
        </message>
        <message>
            <source>изменено расписание звонков</source>
            <translation>изменено расписание звонков</translation>
        </message>
        <message>
            <source>изменены каникулы</source>
            <translation>изменены каникулы</translation>
        </message>
        <message>
            <source>изменены роли</source>
            <translation>изменены роли</translation>
        </message>
        <message>
            <source>изменены сведения о зачислении</source>
            <translation>изменены сведения о зачислении</translation>
        </message>
        <message>
            <source>изменены сведения о родителе</source>
            <translation>изменены сведения о родителе</translation>
        </message>
        <message>
            <source>изменены сведения о сотруднике</source>
            <translation>изменены сведения о сотруднике</translation>
        </message>
        <message>
            <source>изменены сведения об учащемся</source>
            <translation>изменены сведения об учащемся</translation>
        </message>
        <message>
            <source>изменены тема, задание или вид работы урока</source>
            <translation>изменены тема, задание или вид работы урока</translation>
        </message>
        <message>
            <source>изменён кабинет в расписании</source>
            <translation>изменён кабинет в расписании</translation>
        </message>
        <message>
            <source>изменён класс</source>
            <translation>изменён класс</translation>
        </message>
        <message>
            <source>изменён период</source>
            <translation>изменён период</translation>
        </message>
        <message>
            <source>изменён предмет</source>
            <translation>изменён предмет</translation>
        </message>
        <message>
            <source>изменён учебный год</source>
            <translation>изменён учебный год</translation>
        </message>
        <message>
            <source>исправление внесено</source>
            <translation>исправление внесено</translation>
        </message>
        <message>
            <source>исправление одобрено</source>
            <translation>исправление одобрено</translation>
        </message>
        <message>
            <source>к нагрузке привязана КТП</source>
            <translation>к нагрузке привязана КТП</translation>
        </message>
        <message>
            <source>кабинет</source>
            <translation>кабинет</translation>
        </message>
        <message>
            <source>кем приходится</source>
            <translation>кем приходится</translation>
        </message>
        <message>
            <source>класс</source>
            <translation>класс</translation>
        </message>
        <message>
            <source>классный руководитель</source>
            <translation>классный руководитель</translation>
        </message>
        <message>
            <source>классный руководитель подтвердил проверку недели</source>
            <translation>классный руководитель подтвердил проверку недели</translation>
        </message>
        <message>
            <source>классы</source>
            <translation>классы</translation>
        </message>
        <message>
            <source>код</source>
            <translation>код</translation>
        </message>
        <message>
            <source>количество</source>
            <translation>количество</translation>
        </message>
        <message>
            <source>конец</source>
            <translation>конец</translation>
        </message>
        <message>
            <source>копии</source>
            <translation>копии</translation>
        </message>
        <message>
            <source>копия архива внесена в реестр</source>
            <translation>копия архива внесена в реестр</translation>
        </message>
        <message>
            <source>кто</source>
            <translation>кто</translation>
        </message>
        <message>
            <source>лист</source>
            <translation>лист</translation>
        </message>
        <message>
            <source>листов</source>
            <translation>листов</translation>
        </message>
        <message>
            <source>логин</source>
            <translation>логин</translation>
        </message>
        <message>
            <source>место хранения</source>
            <translation>место хранения</translation>
        </message>
        <message>
            <source>нагрузка</source>
            <translation>нагрузка</translation>
        </message>
        <message>
            <source>название</source>
            <translation>название</translation>
        </message>
        <message>
            <source>назначен классный руководитель</source>
            <translation>назначен классный руководитель</translation>
        </message>
        <message>
            <source>назначена замена</source>
            <translation>назначена замена</translation>
        </message>
        <message>
            <source>напечатан документ</source>
            <translation>напечатан документ</translation>
        </message>
        <message>
            <source>начало</source>
            <translation>начало</translation>
        </message>
        <message>
            <source>начат следующий учебный год</source>
            <translation>начат следующий учебный год</translation>
        </message>
        <message>
            <source>не заверены</source>
            <translation>не заверены</translation>
        </message>
        <message>
            <source>неделя с</source>
            <translation>неделя с</translation>
        </message>
        <message>
            <source>неполадка</source>
            <translation>неполадка</translation>
        </message>
        <message>
            <source>нет</source>
            <translation>нет</translation>
        </message>
        <message>
            <source>неудачная попытка входа</source>
            <translation>неудачная попытка входа</translation>
        </message>
        <message>
            <source>неудачных попыток</source>
            <translation>неудачных попыток</translation>
        </message>
        <message>
            <source>номер</source>
            <translation>номер</translation>
        </message>
        <message>
            <source>носитель</source>
            <translation>носитель</translation>
        </message>
        <message>
            <source>оставлено</source>
            <translation>оставлено</translation>
        </message>
        <message>
            <source>оставлены на повторное обучение</source>
            <translation>оставлены на повторное обучение</translation>
        </message>
        <message>
            <source>отмечено отсутствие</source>
            <translation>отмечено отсутствие</translation>
        </message>
        <message>
            <source>отозвано</source>
            <translation>отозвано</translation>
        </message>
        <message>
            <source>отправлено сообщение</source>
            <translation>отправлено сообщение</translation>
        </message>
        <message>
            <source>параллель</source>
            <translation>параллель</translation>
        </message>
        <message>
            <source>пароль задан владельцем базы данных (ejournal set-password)</source>
            <translation>пароль задан владельцем базы данных (ejournal set-password)</translation>
        </message>
        <message>
            <source>пароль изменён</source>
            <translation>пароль изменён</translation>
        </message>
        <message>
            <source>период</source>
            <translation>период</translation>
        </message>
        <message>
            <source>период закрыт</source>
            <translation>период закрыт</translation>
        </message>
        <message>
            <source>период открыт</source>
            <translation>период открыт</translation>
        </message>
        <message>
            <source>по</source>
            <translation>по</translation>
        </message>
        <message>
            <source>подгруппа</source>
            <translation>подгруппа</translation>
        </message>
        <message>
            <source>показатели</source>
            <translation>показатели</translation>
        </message>
        <message>
            <source>предмет</source>
            <translation>предмет</translation>
        </message>
        <message>
            <source>прежняя дата окончания</source>
            <translation>прежняя дата окончания</translation>
        </message>
        <message>
            <source>приказ</source>
            <translation>приказ</translation>
        </message>
        <message>
            <source>приказ о выпуске</source>
            <translation>приказ о выпуске</translation>
        </message>
        <message>
            <source>примечание</source>
            <translation>примечание</translation>
        </message>
        <message>
            <source>проверена копия архива</source>
            <translation>проверена копия архива</translation>
        </message>
        <message>
            <source>проверено</source>
            <translation>проверено</translation>
        </message>
        <message>
            <source>проверены персональные данные класса</source>
            <translation>проверены персональные данные класса</translation>
        </message>
        <message>
            <source>проверка недели подтверждена заново</source>
            <translation>проверка недели подтверждена заново</translation>
        </message>
        <message>
            <source>проверка пройдена</source>
            <translation>проверка пройдена</translation>
        </message>
        <message>
            <source>программа</source>
            <translation>программа</translation>
        </message>
        <message>
            <source>путь</source>
            <translation>путь</translation>
        </message>
        <message>
            <source>раздел</source>
            <translation>раздел</translation>
        </message>
        <message>
            <source>разделы</source>
            <translation>разделы</translation>
        </message>
        <message>
            <source>размер, байт</source>
            <translation>размер, байт</translation>
        </message>
        <message>
            <source>родитель</source>
            <translation>родитель</translation>
        </message>
        <message>
            <source>родитель убран из карточки учащегося</source>
            <translation>родитель убран из карточки учащегося</translation>
        </message>
        <message>
            <source>родитель указан в карточке учащегося</source>
            <translation>родитель указан в карточке учащегося</translation>
        </message>
        <message>
            <source>родителям выданы документы</source>
            <translation>родителям выданы документы</translation>
        </message>
        <message>
            <source>роли</source>
            <translation>роли</translation>
        </message>
        <message>
            <source>роль на сервере</source>
            <translation>роль на сервере</translation>
        </message>
        <message>
            <source>с</source>
            <translation>с</translation>
        </message>
        <message>
            <source>сделан архив учебного года</source>
            <translation>сделан архив учебного года</translation>
        </message>
        <message>
            <source>сделана</source>
            <translation>сделана</translation>
        </message>
        <message>
            <source>сделана резервная копия</source>
            <translation>сделана резервная копия</translation>
        </message>
        <message>
            <source>смена</source>
            <translation>смена</translation>
        </message>
        <message>
            <source>снята отметка посещаемости</source>
            <translation>снята отметка посещаемости</translation>
        </message>
        <message>
            <source>согласие на обработку ПД отозвано</source>
            <translation>согласие на обработку ПД отозвано</translation>
        </message>
        <message>
            <source>создан класс</source>
            <translation>создан класс</translation>
        </message>
        <message>
            <source>создан период</source>
            <translation>создан период</translation>
        </message>
        <message>
            <source>создан учебный год</source>
            <translation>создан учебный год</translation>
        </message>
        <message>
            <source>создана КТП</source>
            <translation>создана КТП</translation>
        </message>
        <message>
            <source>создана подгруппа</source>
            <translation>создана подгруппа</translation>
        </message>
        <message>
            <source>создана учётная запись</source>
            <translation>создана учётная запись</translation>
        </message>
        <message>
            <source>сокращённое название</source>
            <translation>сокращённое название</translation>
        </message>
        <message>
            <source>состояние</source>
            <translation>состояние</translation>
        </message>
        <message>
            <source>страниц</source>
            <translation>страниц</translation>
        </message>
        <message>
            <source>телефон</source>
            <translation>телефон</translation>
        </message>
        <message>
            <source>тема</source>
            <translation>тема</translation>
        </message>
        <message>
            <source>тема КТП</source>
            <translation>тема КТП</translation>
        </message>
        <message>
            <source>тема КТП перемещена</source>
            <translation>тема КТП перемещена</translation>
        </message>
        <message>
            <source>тема КТП удалена</source>
            <translation>тема КТП удалена</translation>
        </message>
        <message>
            <source>тип урока</source>
            <translation>тип урока</translation>
        </message>
        <message>
            <source>удалена нагрузка</source>
            <translation>удалена нагрузка</translation>
        </message>
        <message>
            <source>удалена отметка</source>
            <translation>удалена отметка</translation>
        </message>
        <message>
            <source>удалена отметка за период</source>
            <translation>удалена отметка за период</translation>
        </message>
        <message>
            <source>удалено</source>
            <translation>удалено</translation>
        </message>
        <message>
            <source>удалены каникулы</source>
            <translation>удалены каникулы</translation>
        </message>
        <message>
            <source>удалён звонок</source>
            <translation>удалён звонок</translation>
        </message>
        <message>
            <source>удалён класс</source>
            <translation>удалён класс</translation>
        </message>
        <message>
            <source>удалён период</source>
            <translation>удалён период</translation>
        </message>
        <message>
            <source>удалён предмет</source>
            <translation>удалён предмет</translation>
        </message>
        <message>
            <source>удалён учебный год</source>
            <translation>удалён учебный год</translation>
        </message>
        <message>
            <source>урок</source>
            <translation>урок</translation>
        </message>
        <message>
            <source>урок внесён в журнал</source>
            <translation>урок внесён в журнал</translation>
        </message>
        <message>
            <source>урок добавлен в расписание</source>
            <translation>урок добавлен в расписание</translation>
        </message>
        <message>
            <source>урок перенесён в расписании</source>
            <translation>урок перенесён в расписании</translation>
        </message>
        <message>
            <source>урок расписания</source>
            <translation>урок расписания</translation>
        </message>
        <message>
            <source>урок расписания действует до даты</source>
            <translation>урок расписания действует до даты</translation>
        </message>
        <message>
            <source>урок удалён из расписания</source>
            <translation>урок удалён из расписания</translation>
        </message>
        <message>
            <source>уроков</source>
            <translation>уроков</translation>
        </message>
        <message>
            <source>учащиеся</source>
            <translation>учащиеся</translation>
        </message>
        <message>
            <source>учащийся</source>
            <translation>учащийся</translation>
        </message>
        <message>
            <source>учащийся выбыл из класса</source>
            <translation>учащийся выбыл из класса</translation>
        </message>
        <message>
            <source>учащийся зачислен в класс</source>
            <translation>учащийся зачислен в класс</translation>
        </message>
        <message>
            <source>учащийся переведён в другой класс</source>
            <translation>учащийся переведён в другой класс</translation>
        </message>
        <message>
            <source>учебный год</source>
            <translation>учебный год</translation>
        </message>
        <message>
            <source>учитель</source>
            <translation>учитель</translation>
        </message>
        <message>
            <source>учётная запись заблокирована</source>
            <translation>учётная запись заблокирована</translation>
        </message>
        <message>
            <source>учётная запись разблокирована</source>
            <translation>учётная запись разблокирована</translation>
        </message>
        <message>
            <source>файл</source>
            <translation>файл</translation>
        </message>
        <message>
            <source>формат</source>
            <translation>формат</translation>
        </message>
        <message>
            <source>хранить журналы до</source>
            <translation>хранить журналы до</translation>
        </message>
        <message>
            <source>хранить сводные ведомости до</source>
            <translation>хранить сводные ведомости до</translation>
        </message>
        <message>
            <source>цель</source>
            <translation>цель</translation>
        </message>
        <message>
            <source>часов</source>
            <translation>часов</translation>
        </message>
        <message>
            <source>эл. почта</source>
            <translation>эл. почта</translation>
        </message>
    </context>
    <context>
        <name>AuditModel</name>
        <message>
            <source>%s, %d-й урок</source>
            <translation>%s, %d-й урок</translation>
        </message>
        <message>
            <source>%s: %s</source>
            <translation>%s: %s</translation>
        </message>
        <message>
            <source>Было → стало</source>
            <translation>Было → стало</translation>
        </message>
        <message>
            <source>Виды работ</source>
            <translation>Виды работ</translation>
        </message>
        <message>
            <source>Группы</source>
            <translation>Группы</translation>
        </message>
        <message>
            <source>Звонки</source>
            <translation>Звонки</translation>
        </message>
        <message>
            <source>КТП</source>
            <translation>КТП</translation>
        </message>
        <message>
            <source>Каникулы</source>
            <translation>Каникулы</translation>
        </message>
        <message>
            <source>Класс</source>
            <translation>Класс</translation>
        </message>
        <message>
            <source>Когда</source>
            <translation>Когда</translation>
        </message>
        <message>
            <source>Кто</source>
            <translation>Кто</translation>
        </message>
        <message>
            <source>Подгруппы</source>
            <translation>Подгруппы</translation>
        </message>
        <message>
            <source>Предмет</source>
            <translation>Предмет</translation>
        </message>
        <message>
            <source>Причина</source>
            <translation>Причина</translation>
        </message>
        <message>
            <source>Учащийся</source>
            <translation>Учащийся</translation>
        </message>
        <message>
            <source>Что сделано</source>
            <translation>Что сделано</translation>
        </message>
        <message>
            <source>добавление</source>
            <translation>добавление</translation>
        </message>
        <message>
            <source>изменение</source>
            <translation>изменение</translation>
        </message>
        <message>
            <source>окончание действия</source>
            <translation>окончание действия</translation>
        </message>
        <message>
            <source>удаление</source>
            <translation>удаление</translation>
        </message>
    </context>
    <context>
        <name>AuditTab</name>
        <message>
            <source>Все</source>
            <translation>Все</translation>
        </message>
        <message>
            <source>Все изменения</source>
            <translation>Все изменения</translation>
        </message>
        <message>
            <source>Даты:</source>
            <translation>Даты:</translation>
        </message>
        <message>
            <source>Записей нет.</source>
            <translation>Записей нет.</translation>
        </message>
        <message>
            <source>Записей: %d.</source>
            <translation>Записей: %d.</translation>
        </message>
        <message>
            <source>Класс:</source>
            <translation>Класс:</translation>
        </message>
        <message>
            <source>Кто:</source>
            <translation>Кто:</translation>
        </message>
        <message>
            <source>Обновить</source>
            <translation>Обновить</translation>
        </message>
        <message>
            <source>Показаны ваши собственные действия, сначала новые.</source>
            <translation>Показаны ваши собственные действия, сначала новые.</translation>
        </message>
        <message>
            <source>Показаны все записи журнала аудита школы, сначала новые.</source>
            <translation>Показаны все записи журнала аудита школы, сначала новые.</translation>
        </message>
        <message>
            <source>Показаны записи о вашем классе и ваши собственные действия, сначала новые.</source>
            <translation>Показаны записи о вашем классе и ваши собственные действия, сначала новые.</translation>
        </message>
        <message>
            <source>Показаны записи о вашем классе, сначала новые.</source>
            <translation>Показаны записи о вашем классе, сначала новые.</translation>
        </message>
        <message>
            <source>Показаны последние %d записей.</source>
            <translation>Показаны последние %d записей.</translation>
        </message>
        <message>
            <source>Показать ещё</source>
            <translation>Показать ещё</translation>
        </message>
        <message>
            <source>Предмет:</source>
            <translation>Предмет:</translation>
        </message>
        <message>
            <source>Сбросить фильтры</source>
            <translation>Сбросить фильтры</translation>
        </message>
        <message>
            <source>Что изменено:</source>
            <translation>Что изменено:</translation>
        </message>
        <message>
            <source>по</source>
            <translation>по</translation>
        </message>
        <message>
            <source>с</source>
            <translation>с</translation>
        </message>
    </context>
    <context>
        <name>Auth</name>
        <message>
            <source>Вход временно закрыт после %d неудачных попыток. Попробуйте через %d мин. или обратитесь к администратору ЭЖ.</source>
            <translation>Вход временно закрыт после %d неудачных попыток. Попробуйте через %d мин. или обратитесь к администратору ЭЖ.</translation>
        </message>
        <message>
            <source>Неверный логин или пароль.</source>
            <translation>Неверный логин или пароль.</translation>
        </message>
        <message>
            <source>Неверный пароль введён %d раз подряд: вход закрыт на %d минут. Разблокировать может администратор ЭЖ.</source>
            <translation>Неверный пароль введён %d раз подряд: вход закрыт на %d минут. Разблокировать может администратор ЭЖ.</translation>
        </message>
        <message>
            <source>Новый пароль должен отличаться от прежнего.</source>
            <translation>Новый пароль должен отличаться от прежнего.</translation>
        </message>
        <message>
            <source>Пароль не должен совпадать с логином.</source>
            <translation>Пароль не должен совпадать с логином.</translation>
        </message>
        <message>
            <source>Пароль слишком короткий: нужно не меньше %d символов.</source>
            <translation>Пароль слишком короткий: нужно не меньше %d символов.</translation>
        </message>
        <message>
            <source>Текущий пароль введён неверно.</source>
            <translation>Текущий пароль введён неверно.</translation>
        </message>
        <message>
            <source>Учётная запись заблокирована. Обратитесь к администратору ЭЖ.</source>
            <translation>Учётная запись заблокирована. Обратитесь к администратору ЭЖ.</translation>
        </message>
        <message>
            <source>Учётная запись не найдена.</source>
            <translation>Учётная запись не найдена.</translation>
        </message>
    </context>
    <context>
        <name>Backup</name>
        <message>
            <source>SHA-256 содержимого: %s</source>
            <translation>SHA-256 содержимого: %s</translation>
        </message>
        <message>
            <source>«%s» — это папка, а не файл резервной копии.</source>
            <translation>«%s» — это папка, а не файл резервной копии.</translation>
        </message>
        <message>
            <source>В базе данных уже есть данные другой программы: восстановите копию в пустую базу данных или в файл журнала.</source>
            <translation>В базе данных уже есть данные другой программы: восстановите копию в пустую базу данных или в файл журнала.</translation>
        </message>
        <message>
            <source>В базе данных уже есть журнал%s. Чтобы заменить его содержимым копии, добавьте --force (всё, что в нём есть, будет удалено).</source>
            <translation>В базе данных уже есть журнал%s. Чтобы заменить его содержимым копии, добавьте --force (всё, что в нём есть, будет удалено).</translation>
        </message>
        <message>
            <source>В базе найдено двоичное значение, которое журнал не хранит.</source>
            <translation>В базе найдено двоичное значение, которое журнал не хранит.</translation>
        </message>
        <message>
            <source>В копии нет паролей сотрудников (архив учебного года): после восстановления задайте пароль администратора командой ejournal set-password.</source>
            <translation>В копии нет паролей сотрудников (архив учебного года): после восстановления задайте пароль администратора командой ejournal set-password.</translation>
        </message>
        <message>
            <source>Версия программы: %s, версия схемы: %d</source>
            <translation>Версия программы: %s, версия схемы: %d</translation>
        </message>
        <message>
            <source>Восстанавливаю %d записей…</source>
            <translation>Восстанавливаю %d записей…</translation>
        </message>
        <message>
            <source>Восстановление не выполнено, база данных не изменена: %s</source>
            <translation>Восстановление не выполнено, база данных не изменена: %s</translation>
        </message>
        <message>
            <source>Всего записей: %d в %d таблицах</source>
            <translation>Всего записей: %d в %d таблицах</translation>
        </message>
        <message>
            <source>Данные копии «%s» не подходят к схеме журнала, восстановление отменено: %s</source>
            <translation>Данные копии «%s» не подходят к схеме журнала, восстановление отменено: %s</translation>
        </message>
        <message>
            <source>Заменить существующий журнал копией может только администратор ЭЖ: войдите под его учётной записью.</source>
            <translation>Заменить существующий журнал копией может только администратор ЭЖ: войдите под его учётной записью.</translation>
        </message>
        <message>
            <source>Записанная копия не совпала с прочитанными данными.</source>
            <translation>Записанная копия не совпала с прочитанными данными.</translation>
        </message>
        <message>
            <source>Записей журнала аудита</source>
            <translation>Записей журнала аудита</translation>
        </message>
        <message>
            <source>Записей посещаемости</source>
            <translation>Записей посещаемости</translation>
        </message>
        <message>
            <source>Источник: %s</source>
            <translation>Источник: %s</translation>
        </message>
        <message>
            <source>Классов и групп</source>
            <translation>Классов и групп</translation>
        </message>
        <message>
            <source>Копия «%s» записалась с ошибкой.</source>
            <translation>Копия «%s» записалась с ошибкой.</translation>
        </message>
        <message>
            <source>Копия «%s» записана более новой версией программы (формат %d, эта программа читает формат до %d). Обновите ЭЖ-Десктоп.</source>
            <translation>Копия «%s» записана более новой версией программы (формат %d, эта программа читает формат до %d). Обновите ЭЖ-Десктоп.</translation>
        </message>
        <message>
            <source>Копия «%s» сделана более новой версией программы (схема %d, эта программа знает схему до %d). Обновите ЭЖ-Десктоп и повторите восстановление.</source>
            <translation>Копия «%s» сделана более новой версией программы (схема %d, эта программа знает схему до %d). Обновите ЭЖ-Десктоп и повторите восстановление.</translation>
        </message>
        <message>
            <source>Копия «%s» сделана более старой версией программы (схема %d, нужна %d), и таблицы с тех пор изменились. Восстановите её той версией ЭЖ-Десктоп, которой она сделана, затем обновите базу командой «ejournal migrate».</source>
            <translation>Копия «%s» сделана более старой версией программы (схема %d, нужна %d), и таблицы с тех пор изменились. Восстановите её той версией ЭЖ-Десктоп, которой она сделана, затем обновите базу командой «ejournal migrate».</translation>
        </message>
        <message>
            <source>Копия сделана: %s</source>
            <translation>Копия сделана: %s</translation>
        </message>
        <message>
            <source>Не удалось записать резервную копию «%s»: %s.</source>
            <translation>Не удалось записать резервную копию «%s»: %s.</translation>
        </message>
        <message>
            <source>Не удалось прочитать файл «%s»: %s.</source>
            <translation>Не удалось прочитать файл «%s»: %s.</translation>
        </message>
        <message>
            <source>Не указана папка для резервных копий.</source>
            <translation>Не указана папка для резервных копий.</translation>
        </message>
        <message>
            <source>Отметок</source>
            <translation>Отметок</translation>
        </message>
        <message>
            <source>Отметок за периоды</source>
            <translation>Отметок за периоды</translation>
        </message>
        <message>
            <source>Папка «%s» не найдена (не подключён носитель?).</source>
            <translation>Папка «%s» не найдена (не подключён носитель?).</translation>
        </message>
        <message>
            <source>Папка для резервных копий «%s» недоступна (не подключён носитель?).</source>
            <translation>Папка для резервных копий «%s» недоступна (не подключён носитель?).</translation>
        </message>
        <message>
            <source>После восстановления в таблице %s %d записей вместо %d: восстановление отменено.</source>
            <translation>После восстановления в таблице %s %d записей вместо %d: восстановление отменено.</translation>
        </message>
        <message>
            <source>Резервная копия не записана ни в одну папку: %s</source>
            <translation>Резервная копия не записана ни в одну папку: %s</translation>
        </message>
        <message>
            <source>Резервных копий журнала нет: попросите администратора ЭЖ настроить их.</source>
            <translation>Резервных копий журнала нет: попросите администратора ЭЖ настроить их.</translation>
        </message>
        <message>
            <source>Сотрудников</source>
            <translation>Сотрудников</translation>
        </message>
        <message>
            <source>Строк нагрузки</source>
            <translation>Строк нагрузки</translation>
        </message>
        <message>
            <source>Уроков</source>
            <translation>Уроков</translation>
        </message>
        <message>
            <source>Учащихся</source>
            <translation>Учащихся</translation>
        </message>
        <message>
            <source>Файл «%s» не является резервной копией ЭЖ-Десктоп.</source>
            <translation>Файл «%s» не является резервной копией ЭЖ-Десктоп.</translation>
        </message>
        <message>
            <source>Файл «%s» повреждён и не может быть восстановлен: %s.</source>
            <translation>Файл «%s» повреждён и не может быть восстановлен: %s.</translation>
        </message>
        <message>
            <source>Файл «%s» уже существует: укажите другое имя файла копии.</source>
            <translation>Файл «%s» уже существует: укажите другое имя файла копии.</translation>
        </message>
        <message>
            <source>Файл резервной копии «%s» не найден.</source>
            <translation>Файл резервной копии «%s» не найден.</translation>
        </message>
        <message>
            <source>Школа: %s</source>
            <translation>Школа: %s</translation>
        </message>
        <message>
            <source>архив обрезан или испорчен</source>
            <translation>архив обрезан или испорчен</translation>
        </message>
        <message>
            <source>в таблице %s больше строк, чем указано</source>
            <translation>в таблице %s больше строк, чем указано</translation>
        </message>
        <message>
            <source>в таблице %s заполнен столбец, которого в копии нет</source>
            <translation>в таблице %s заполнен столбец, которого в копии нет</translation>
        </message>
        <message>
            <source>в таблице %s не хватает строк</source>
            <translation>в таблице %s не хватает строк</translation>
        </message>
        <message>
            <source>испорчена строка таблицы %s</source>
            <translation>испорчена строка таблицы %s</translation>
        </message>
        <message>
            <source>испорчены данные %s (%s)</source>
            <translation>испорчены данные %s (%s)</translation>
        </message>
        <message>
            <source>контрольная сумма содержимого не совпадает</source>
            <translation>контрольная сумма содержимого не совпадает</translation>
        </message>
        <message>
            <source>контрольная сумма таблицы %s не совпадает</source>
            <translation>контрольная сумма таблицы %s не совпадает</translation>
        </message>
        <message>
            <source>не указана</source>
            <translation>не указана</translation>
        </message>
        <message>
            <source>недопустимое значение в %s.%s</source>
            <translation>недопустимое значение в %s.%s</translation>
        </message>
        <message>
            <source>неизвестные таблицы: %s</source>
            <translation>неизвестные таблицы: %s</translation>
        </message>
        <message>
            <source>нет второй копии на другом носителе</source>
            <translation>нет второй копии на другом носителе</translation>
        </message>
        <message>
            <source>нет данных таблицы %s</source>
            <translation>нет данных таблицы %s</translation>
        </message>
        <message>
            <source>нет таблицы %s</source>
            <translation>нет таблицы %s</translation>
        </message>
        <message>
            <source>описание копии (manifest.json) испорчено</source>
            <translation>описание копии (manifest.json) испорчено</translation>
        </message>
        <message>
            <source>описание копии (manifest.json) неполное</source>
            <translation>описание копии (manifest.json) неполное</translation>
        </message>
        <message>
            <source>описание копии слишком велико</source>
            <translation>описание копии слишком велико</translation>
        </message>
        <message>
            <source>отметок: %d</source>
            <translation>отметок: %d</translation>
        </message>
        <message>
            <source>последняя резервная копия сделана %s</source>
            <translation>последняя резервная копия сделана %s</translation>
        </message>
        <message>
            <source>пустое значение %s.%s</source>
            <translation>пустое значение %s.%s</translation>
        </message>
        <message>
            <source>сервер PostgreSQL</source>
            <translation>сервер PostgreSQL</translation>
        </message>
        <message>
            <source>столбцы таблицы %s не совпадают со схемой %d</source>
            <translation>столбцы таблицы %s не совпадают со схемой %d</translation>
        </message>
        <message>
            <source>учащихся: %d</source>
            <translation>учащихся: %d</translation>
        </message>
        <message>
            <source>файл SQLite</source>
            <translation>файл SQLite</translation>
        </message>
        <message>
            <source>файл обрезан</source>
            <translation>файл обрезан</translation>
        </message>
    </context>
    <context>
        <name>BackupUi</name>
        <message>
            <source>В копии не было паролей сотрудников (архив учебного года): войти в журнал сейчас не может никто. Владелец базы данных задаёт пароль администратора ЭЖ командой
ejournal set-password --db "%s" --login %s --password-file ФАЙЛ_С_ПАРОЛЕМ
Пароли остальных сотрудников администратор затем сбрасывает (листки приглашений).</source>
            <translation>В копии не было паролей сотрудников (архив учебного года): войти в журнал сейчас не может никто. Владелец базы данных задаёт пароль администратора ЭЖ командой
ejournal set-password --db "%s" --login %s --password-file ФАЙЛ_С_ПАРОЛЕМ
Пароли остальных сотрудников администратор затем сбрасывает (листки приглашений).</translation>
        </message>
        <message>
            <source>Восстановить из резервной копии</source>
            <translation>Восстановить из резервной копии</translation>
        </message>
        <message>
            <source>Делаю резервную копию журнала перед выходом…</source>
            <translation>Делаю резервную копию журнала перед выходом…</translation>
        </message>
        <message>
            <source>Делаю резервную копию журнала…</source>
            <translation>Делаю резервную копию журнала…</translation>
        </message>
        <message>
            <source>Журнал восстановлен</source>
            <translation>Журнал восстановлен</translation>
        </message>
        <message>
            <source>Журнал восстановлен из копии от %s (записей: %d). %s

Войдите в программу заново.</source>
            <translation>Журнал восстановлен из копии от %s (записей: %d). %s

Войдите в программу заново.</translation>
        </message>
        <message>
            <source>Прежнее содержимое журнала сохранено в файл %s.</source>
            <translation>Прежнее содержимое журнала сохранено в файл %s.</translation>
        </message>
        <message>
            <source>Резервная копия журнала сделана.</source>
            <translation>Резервная копия журнала сделана.</translation>
        </message>
        <message>
            <source>Резервная копия не сделана: %s</source>
            <translation>Резервная копия не сделана: %s</translation>
        </message>
        <message>
            <source>Резервные копии ЭЖ (*%s)</source>
            <translation>Резервные копии ЭЖ (*%s)</translation>
        </message>
        <message>
            <source>Резервных копий журнала нет: укажите папки в «Файл → Настройки… → Этот компьютер».</source>
            <translation>Резервных копий журнала нет: укажите папки в «Файл → Настройки… → Этот компьютер».</translation>
        </message>
    </context>
    <context>
        <name>BarChart</name>
        <message>
            <source>Нет данных для диаграммы.</source>
            <translation>Нет данных для диаграммы.</translation>
        </message>
    </context>
    <context>
        <name>BellDialog</name>
        <message>
            <source>Конец:</source>
            <translation>Конец:</translation>
        </message>
        <message>
            <source>Начало:</source>
            <translation>Начало:</translation>
        </message>
        <message>
            <source>Урок №:</source>
            <translation>Урок №:</translation>
        </message>
    </context>
    <context>
        <name>Boundary</name>
        <message>
            <source>Архив не прошёл проверку</source>
            <translation>Архив не прошёл проверку</translation>
        </message>
        <message>
            <source>Вход не выполнен</source>
            <translation>Вход не выполнен</translation>
        </message>
        <message>
            <source>Данные изменены другим пользователем</source>
            <translation>Данные изменены другим пользователем</translation>
        </message>
        <message>
            <source>Действие не выполнено</source>
            <translation>Действие не выполнено</translation>
        </message>
        <message>
            <source>Запись закрыта для изменений</source>
            <translation>Запись закрыта для изменений</translation>
        </message>
        <message>
            <source>Не найдено</source>
            <translation>Не найдено</translation>
        </message>
        <message>
            <source>Не удалось сохранить: нет связи с базой данных журнала. Введённое значение не записано — повторите, когда связь восстановится.</source>
            <translation>Не удалось сохранить: нет связи с базой данных журнала. Введённое значение не записано — повторите, когда связь восстановится.</translation>
        </message>
        <message>
            <source>Неверные данные</source>
            <translation>Неверные данные</translation>
        </message>
        <message>
            <source>Нет прав</source>
            <translation>Нет прав</translation>
        </message>
        <message>
            <source>Нет связи с базой данных</source>
            <translation>Нет связи с базой данных</translation>
        </message>
        <message>
            <source>Нужна причина исправления</source>
            <translation>Нужна причина исправления</translation>
        </message>
        <message>
            <source>Ошибка базы данных</source>
            <translation>Ошибка базы данных</translation>
        </message>
        <message>
            <source>Подпись не выполнена</source>
            <translation>Подпись не выполнена</translation>
        </message>
        <message>
            <source>Файл не прочитан</source>
            <translation>Файл не прочитан</translation>
        </message>
    </context>
    <context>
        <name>CellHistoryDialog</name>
        <message>
            <source>Закрыть</source>
            <translation>Закрыть</translation>
        </message>
        <message>
            <source>Изменений этой клетки в журнале аудита нет.</source>
            <translation>Изменений этой клетки в журнале аудита нет.</translation>
        </message>
        <message>
            <source>История клетки</source>
            <translation>История клетки</translation>
        </message>
    </context>
    <context>
        <name>Certify</name>
        <message>
            <source>Внимание: учебный год ещё не закончился (последний день — %s).</source>
            <translation>Внимание: учебный год ещё не закончился (последний день — %s).</translation>
        </message>
        <message>
            <source>Журнал класса %s за %s учебный год не заверен: проверять нечего.</source>
            <translation>Журнал класса %s за %s учебный год не заверен: проверять нечего.</translation>
        </message>
        <message>
            <source>Журнал класса %s за %s учебный год уже заверен (%s, %s).</source>
            <translation>Журнал класса %s за %s учебный год уже заверен (%s, %s).</translation>
        </message>
        <message>
            <source>Заверить журнал класса %s за %s учебный год?</source>
            <translation>Заверить журнал класса %s за %s учебный год?</translation>
        </message>
        <message>
            <source>Исправить запись сможет только администратор ЭЖ с указанием причины; такое исправление и любое изменение данных в обход программы покажет проверка журнала.</source>
            <translation>Исправить запись сможет только администратор ЭЖ с указанием причины; такое исправление и любое изменение данных в обход программы покажет проверка журнала.</translation>
        </message>
        <message>
            <source>Класс %s относится к другому учебному году, не к %s.</source>
            <translation>Класс %s относится к другому учебному году, не к %s.</translation>
        </message>
        <message>
            <source>Класс не найден.</source>
            <translation>Класс не найден.</translation>
        </message>
        <message>
            <source>Отменить заверение нельзя.</source>
            <translation>Отменить заверение нельзя.</translation>
        </message>
        <message>
            <source>После заверения весь %s учебный год класса %s станет только для чтения: текущие отметки, посещаемость, темы уроков и домашние задания, отметки за четверти (полугодия), годовые, экзаменационные и итоговые отметки всех предметов. Учителя и классный руководитель больше не смогут их менять.</source>
            <translation>После заверения весь %s учебный год класса %s станет только для чтения: текущие отметки, посещаемость, темы уроков и домашние задания, отметки за четверти (полугодия), годовые, экзаменационные и итоговые отметки всех предметов. Учителя и классный руководитель больше не смогут их менять.</translation>
        </message>
        <message>
            <source>Учебный год не найден.</source>
            <translation>Учебный год не найден.</translation>
        </message>
        <message>
            <source>данные журнала (какие именно — не определить: запись о заверении в журнале аудита не найдена)</source>
            <translation>данные журнала (какие именно — не определить: запись о заверении в журнале аудита не найдена)</translation>
        </message>
        <message>
            <source>данные журнала (контрольная сумма не совпадает)</source>
            <translation>данные журнала (контрольная сумма не совпадает)</translation>
        </message>
        <message>
            <source>замены уроков</source>
            <translation>замены уроков</translation>
        </message>
        <message>
            <source>отметки за четверти (полугодия), годовые, экзаменационные и итоговые</source>
            <translation>отметки за четверти (полугодия), годовые, экзаменационные и итоговые</translation>
        </message>
        <message>
            <source>посещаемость (пропуски уроков)</source>
            <translation>посещаемость (пропуски уроков)</translation>
        </message>
        <message>
            <source>причина: %s</source>
            <translation>причина: %s</translation>
        </message>
        <message>
            <source>сама запись о заверении (контрольная сумма изменена в базе данных)</source>
            <translation>сама запись о заверении (контрольная сумма изменена в базе данных)</translation>
        </message>
        <message>
            <source>список класса и движение учащихся (зачисление, выбытие, подгруппы)</source>
            <translation>список класса и движение учащихся (зачисление, выбытие, подгруппы)</translation>
        </message>
        <message>
            <source>текущие отметки</source>
            <translation>текущие отметки</translation>
        </message>
        <message>
            <source>уроки: нагрузка, даты, темы, домашние задания</source>
            <translation>уроки: нагрузка, даты, темы, домашние задания</translation>
        </message>
    </context>
    <context>
        <name>ChangePasswordDialog</name>
        <message>
            <source>Вы вошли с временным паролем. Придумайте свой пароль: его будете знать только вы.</source>
            <translation>Вы вошли с временным паролем. Придумайте свой пароль: его будете знать только вы.</translation>
        </message>
        <message>
            <source>Не короче %d символов и не совпадает с логином.</source>
            <translation>Не короче %d символов и не совпадает с логином.</translation>
        </message>
        <message>
            <source>Новый пароль и повтор не совпадают.</source>
            <translation>Новый пароль и повтор не совпадают.</translation>
        </message>
        <message>
            <source>Новый пароль:</source>
            <translation>Новый пароль:</translation>
        </message>
        <message>
            <source>Отмена</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <source>Повторите новый пароль:</source>
            <translation>Повторите новый пароль:</translation>
        </message>
        <message>
            <source>Смена пароля</source>
            <translation>Смена пароля</translation>
        </message>
        <message>
            <source>Сменить пароль</source>
            <translation>Сменить пароль</translation>
        </message>
        <message>
            <source>Текущий пароль:</source>
            <translation>Текущий пароль:</translation>
        </message>
    </context>
    <context>
        <name>Check</name>
        <message>
            <source>%s со ссылкой на %s</source>
            <translation>%s со ссылкой на %s</translation>
        </message>
        <message>
            <source>%s: %s и %s с %s</source>
            <translation>%s: %s и %s с %s</translation>
        </message>
        <message>
            <source>, %d-й урок</source>
            <translation>, %d-й урок</translation>
        </message>
        <message>
            <source>Домашние задания в 1-х классах и группах внеурочной деятельности</source>
            <translation>Домашние задания в 1-х классах и группах внеурочной деятельности</translation>
        </message>
        <message>
            <source>Заверения журнала</source>
            <translation>Заверения журнала</translation>
        </message>
        <message>
            <source>Замены</source>
            <translation>Замены</translation>
        </message>
        <message>
            <source>Записи движения учащихся</source>
            <translation>Записи движения учащихся</translation>
        </message>
        <message>
            <source>Записи журнала аудита</source>
            <translation>Записи журнала аудита</translation>
        </message>
        <message>
            <source>Записи посещаемости</source>
            <translation>Записи посещаемости</translation>
        </message>
        <message>
            <source>Записи посещаемости без записи в журнале аудита</source>
            <translation>Записи посещаемости без записи в журнале аудита</translation>
        </message>
        <message>
            <source>Запросы на исправление</source>
            <translation>Запросы на исправление</translation>
        </message>
        <message>
            <source>КТП</source>
            <translation>КТП</translation>
        </message>
        <message>
            <source>Каникулы</source>
            <translation>Каникулы</translation>
        </message>
        <message>
            <source>Классы</source>
            <translation>Классы</translation>
        </message>
        <message>
            <source>Нагрузка</source>
            <translation>Нагрузка</translation>
        </message>
        <message>
            <source>Не удалось выполнить проверку «%s»: %s</source>
            <translation>Не удалось выполнить проверку «%s»: %s</translation>
        </message>
        <message>
            <source>Недопустимые значения отметок</source>
            <translation>Недопустимые значения отметок</translation>
        </message>
        <message>
            <source>Недопустимые значения отметок за период</source>
            <translation>Недопустимые значения отметок за период</translation>
        </message>
        <message>
            <source>Недопустимые коды посещаемости</source>
            <translation>Недопустимые коды посещаемости</translation>
        </message>
        <message>
            <source>Отметки</source>
            <translation>Отметки</translation>
        </message>
        <message>
            <source>Отметки без записи в журнале аудита</source>
            <translation>Отметки без записи в журнале аудита</translation>
        </message>
        <message>
            <source>Отметки в 1-х классах</source>
            <translation>Отметки в 1-х классах</translation>
        </message>
        <message>
            <source>Отметки в группах внеурочной деятельности</source>
            <translation>Отметки в группах внеурочной деятельности</translation>
        </message>
        <message>
            <source>Отметки за период</source>
            <translation>Отметки за период</translation>
        </message>
        <message>
            <source>Отметки за период без записи в журнале аудита</source>
            <translation>Отметки за период без записи в журнале аудита</translation>
        </message>
        <message>
            <source>Отметки за период в 1-х классах и группах внеурочной деятельности</source>
            <translation>Отметки за период в 1-х классах и группах внеурочной деятельности</translation>
        </message>
        <message>
            <source>Отметки на уроках вне учебных периодов</source>
            <translation>Отметки на уроках вне учебных периодов</translation>
        </message>
        <message>
            <source>Подгруппы</source>
            <translation>Подгруппы</translation>
        </message>
        <message>
            <source>Роли пользователей</source>
            <translation>Роли пользователей</translation>
        </message>
        <message>
            <source>Связи «учащийся — родитель»</source>
            <translation>Связи «учащийся — родитель»</translation>
        </message>
        <message>
            <source>Согласия на обработку данных</source>
            <translation>Согласия на обработку данных</translation>
        </message>
        <message>
            <source>Сообщения</source>
            <translation>Сообщения</translation>
        </message>
        <message>
            <source>Составы подгрупп</source>
            <translation>Составы подгрупп</translation>
        </message>
        <message>
            <source>Строки таблицы %s</source>
            <translation>Строки таблицы %s</translation>
        </message>
        <message>
            <source>Схема базы данных устарела: версия %d, нужна %d (выполните «ejournal migrate»).</source>
            <translation>Схема базы данных устарела: версия %d, нужна %d (выполните «ejournal migrate»).</translation>
        </message>
        <message>
            <source>Темы КТП</source>
            <translation>Темы КТП</translation>
        </message>
        <message>
            <source>Уроки</source>
            <translation>Уроки</translation>
        </message>
        <message>
            <source>Уроки без записи в журнале аудита</source>
            <translation>Уроки без записи в журнале аудита</translation>
        </message>
        <message>
            <source>Уроки в каникулы и праздничные дни</source>
            <translation>Уроки в каникулы и праздничные дни</translation>
        </message>
        <message>
            <source>Уроки вне учебных периодов</source>
            <translation>Уроки вне учебных периодов</translation>
        </message>
        <message>
            <source>Уроки не по расписанию (нет урока в расписании и нет замены)</source>
            <translation>Уроки не по расписанию (нет урока в расписании и нет замены)</translation>
        </message>
        <message>
            <source>Уроки расписания</source>
            <translation>Уроки расписания</translation>
        </message>
        <message>
            <source>Учащиеся, числящиеся сразу в двух классах</source>
            <translation>Учащиеся, числящиеся сразу в двух классах</translation>
        </message>
        <message>
            <source>Учебные периоды</source>
            <translation>Учебные периоды</translation>
        </message>
        <message>
            <source>Файл базы данных повреждён (PRAGMA integrity_check), ошибок: %s (%s). Восстановите журнал из резервной копии.</source>
            <translation>Файл базы данных повреждён (PRAGMA integrity_check), ошибок: %s (%s). Восстановите журнал из резервной копии.</translation>
        </message>
        <message>
            <source>движение учащихся</source>
            <translation>движение учащихся</translation>
        </message>
        <message>
            <source>журнал аудита</source>
            <translation>журнал аудита</translation>
        </message>
        <message>
            <source>значения отметок</source>
            <translation>значения отметок</translation>
        </message>
        <message>
            <source>не менее %d</source>
            <translation>не менее %d</translation>
        </message>
        <message>
            <source>несуществующего пользователя</source>
            <translation>несуществующего пользователя</translation>
        </message>
        <message>
            <source>несуществующего родителя</source>
            <translation>несуществующего родителя</translation>
        </message>
        <message>
            <source>несуществующего учащегося</source>
            <translation>несуществующего учащегося</translation>
        </message>
        <message>
            <source>несуществующий КТП</source>
            <translation>несуществующий КТП</translation>
        </message>
        <message>
            <source>несуществующий вид работы</source>
            <translation>несуществующий вид работы</translation>
        </message>
        <message>
            <source>несуществующий класс</source>
            <translation>несуществующий класс</translation>
        </message>
        <message>
            <source>несуществующий период</source>
            <translation>несуществующий период</translation>
        </message>
        <message>
            <source>несуществующий предмет</source>
            <translation>несуществующий предмет</translation>
        </message>
        <message>
            <source>несуществующий урок</source>
            <translation>несуществующий урок</translation>
        </message>
        <message>
            <source>несуществующий учебный год</source>
            <translation>несуществующий учебный год</translation>
        </message>
        <message>
            <source>несуществующую нагрузку</source>
            <translation>несуществующую нагрузку</translation>
        </message>
        <message>
            <source>несуществующую отметку за период</source>
            <translation>несуществующую отметку за период</translation>
        </message>
        <message>
            <source>несуществующую подгруппу</source>
            <translation>несуществующую подгруппу</translation>
        </message>
        <message>
            <source>несуществующую строку таблицы %s</source>
            <translation>несуществующую строку таблицы %s</translation>
        </message>
        <message>
            <source>несуществующую тему КТП</source>
            <translation>несуществующую тему КТП</translation>
        </message>
        <message>
            <source>отметки в 1-х классах и группах</source>
            <translation>отметки в 1-х классах и группах</translation>
        </message>
        <message>
            <source>подсчёт записей</source>
            <translation>подсчёт записей</translation>
        </message>
        <message>
            <source>список классов</source>
            <translation>список классов</translation>
        </message>
        <message>
            <source>ссылки между таблицами</source>
            <translation>ссылки между таблицами</translation>
        </message>
        <message>
            <source>уроки вне периодов</source>
            <translation>уроки вне периодов</translation>
        </message>
        <message>
            <source>уроки не по расписанию</source>
            <translation>уроки не по расписанию</translation>
        </message>
        <message>
            <source>учащийся № %d</source>
            <translation>учащийся № %d</translation>
        </message>
        <message>
            <source>целостность файла</source>
            <translation>целостность файла</translation>
        </message>
        <message>
            <source>№ %d</source>
            <translation>№ %d</translation>
        </message>
    </context>
    <context>
        <name>ClassDialog</name>
        <message>
            <source>А</source>
            <translation>А</translation>
        </message>
        <message>
            <source>Буква:</source>
            <translation>Буква:</translation>
        </message>
        <message>
            <source>Классный руководитель:</source>
            <translation>Классный руководитель:</translation>
        </message>
        <message>
            <source>Название:</source>
            <translation>Название:</translation>
        </message>
        <message>
            <source>Параллель:</source>
            <translation>Параллель:</translation>
        </message>
        <message>
            <source>Профиль:</source>
            <translation>Профиль:</translation>
        </message>
        <message>
            <source>Руководитель:</source>
            <translation>Руководитель:</translation>
        </message>
        <message>
            <source>Смена:</source>
            <translation>Смена:</translation>
        </message>
        <message>
            <source>вторая</source>
            <translation>вторая</translation>
        </message>
        <message>
            <source>первая</source>
            <translation>первая</translation>
        </message>
        <message>
            <source>— не назначен —</source>
            <translation>— не назначен —</translation>
        </message>
    </context>
    <context>
        <name>ComposeDialog</name>
        <message>
            <source>Всем с ролью:</source>
            <translation>Всем с ролью:</translation>
        </message>
        <message>
            <source>Всем сотрудникам</source>
            <translation>Всем сотрудникам</translation>
        </message>
        <message>
            <source>Новое сообщение</source>
            <translation>Новое сообщение</translation>
        </message>
        <message>
            <source>Отмена</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <source>Отправить</source>
            <translation>Отправить</translation>
        </message>
        <message>
            <source>Сотруднику:</source>
            <translation>Сотруднику:</translation>
        </message>
        <message>
            <source>Текст сообщения</source>
            <translation>Текст сообщения</translation>
        </message>
        <message>
            <source>Тема:</source>
            <translation>Тема:</translation>
        </message>
    </context>
    <context>
        <name>ConflictDialog</name>
        <message>
            <source>Вы вводили: «%s»</source>
            <translation>Вы вводили: «%s»</translation>
        </message>
        <message>
            <source>Записать ваше значение поверх нового (с записью в аудит)</source>
            <translation>Записать ваше значение поверх нового (с записью в аудит)</translation>
        </message>
        <message>
            <source>Какое значение оставить?</source>
            <translation>Какое значение оставить?</translation>
        </message>
        <message>
            <source>Оставить их</source>
            <translation>Оставить их</translation>
        </message>
        <message>
            <source>Оставить моё</source>
            <translation>Оставить моё</translation>
        </message>
        <message>
            <source>Оставить то, что уже записано, и показать это в журнале</source>
            <translation>Оставить то, что уже записано, и показать это в журнале</translation>
        </message>
        <message>
            <source>Пока вы вводили значение, эту ячейку изменил другой пользователь. Ничего не перезаписано.</source>
            <translation>Пока вы вводили значение, эту ячейку изменил другой пользователь. Ничего не перезаписано.</translation>
        </message>
        <message>
            <source>Сейчас в ячейке: «%s»</source>
            <translation>Сейчас в ячейке: «%s»</translation>
        </message>
        <message>
            <source>Ячейку изменил другой пользователь</source>
            <translation>Ячейку изменил другой пользователь</translation>
        </message>
        <message>
            <source>пусто</source>
            <translation>пусто</translation>
        </message>
    </context>
    <context>
        <name>ContactLog</name>
        <message>
            <source>Вид</source>
            <translation>Вид</translation>
        </message>
        <message>
            <source>Дата</source>
            <translation>Дата</translation>
        </message>
        <message>
            <source>Дата «по» раньше даты «с».</source>
            <translation>Дата «по» раньше даты «с».</translation>
        </message>
        <message>
            <source>Добавить запись…</source>
            <translation>Добавить запись…</translation>
        </message>
        <message>
            <source>Записал(а)</source>
            <translation>Записал(а)</translation>
        </message>
        <message>
            <source>Записей: %d; семей: %d</source>
            <translation>Записей: %d; семей: %d</translation>
        </message>
        <message>
            <source>Родитель</source>
            <translation>Родитель</translation>
        </message>
        <message>
            <source>С:</source>
            <translation>С:</translation>
        </message>
        <message>
            <source>Тема и содержание</source>
            <translation>Тема и содержание</translation>
        </message>
        <message>
            <source>Учащийся</source>
            <translation>Учащийся</translation>
        </message>
        <message>
            <source>Учащийся:</source>
            <translation>Учащийся:</translation>
        </message>
        <message>
            <source>все учащиеся</source>
            <translation>все учащиеся</translation>
        </message>
        <message>
            <source>по:</source>
            <translation>по:</translation>
        </message>
    </context>
    <context>
        <name>Contacts</name>
        <message>
            <source>SMS</source>
            <translation>SMS</translation>
        </message>
        <message>
            <source>Дата контакта %s ещё не наступила.</source>
            <translation>Дата контакта %s ещё не наступила.</translation>
        </message>
        <message>
            <source>Запись длиннее %d символов.</source>
            <translation>Запись длиннее %d символов.</translation>
        </message>
        <message>
            <source>Коротко запишите, о чём был разговор.</source>
            <translation>Коротко запишите, о чём был разговор.</translation>
        </message>
        <message>
            <source>Неизвестный вид документа «%s».</source>
            <translation>Неизвестный вид документа «%s».</translation>
        </message>
        <message>
            <source>Неизвестный вид контакта «%s».</source>
            <translation>Неизвестный вид контакта «%s».</translation>
        </message>
        <message>
            <source>Тема длиннее %d символов.</source>
            <translation>Тема длиннее %d символов.</translation>
        </message>
        <message>
            <source>Укажите дату контакта.</source>
            <translation>Укажите дату контакта.</translation>
        </message>
        <message>
            <source>Укажите, что было передано родителям.</source>
            <translation>Укажите, что было передано родителям.</translation>
        </message>
        <message>
            <source>Учащийся не найден.</source>
            <translation>Учащийся не найден.</translation>
        </message>
        <message>
            <source>Этот родитель не указан в карточке учащегося.</source>
            <translation>Этот родитель не указан в карточке учащегося.</translation>
        </message>
        <message>
            <source>встреча</source>
            <translation>встреча</translation>
        </message>
        <message>
            <source>другое</source>
            <translation>другое</translation>
        </message>
        <message>
            <source>записка / электронное письмо</source>
            <translation>записка / электронное письмо</translation>
        </message>
        <message>
            <source>информационное письмо</source>
            <translation>информационное письмо</translation>
        </message>
        <message>
            <source>отчёт-дневник</source>
            <translation>отчёт-дневник</translation>
        </message>
        <message>
            <source>семья</source>
            <translation>семья</translation>
        </message>
        <message>
            <source>телефонный разговор</source>
            <translation>телефонный разговор</translation>
        </message>
    </context>
    <context>
        <name>CopyDialog</name>
        <message>
            <source>Архив учебного года (*.zip)</source>
            <translation>Архив учебного года (*.zip)</translation>
        </message>
        <message>
            <source>Выбрать…</source>
            <translation>Выбрать…</translation>
        </message>
        <message>
            <source>Где хранится:</source>
            <translation>Где хранится:</translation>
        </message>
        <message>
            <source>Носитель:</source>
            <translation>Носитель:</translation>
        </message>
        <message>
            <source>Примечание:</source>
            <translation>Примечание:</translation>
        </message>
        <message>
            <source>Файл копии архива</source>
            <translation>Файл копии архива</translation>
        </message>
        <message>
            <source>Файл копии:</source>
            <translation>Файл копии:</translation>
        </message>
        <message>
            <source>внешний диск, USB-накопитель, DVD-R…</source>
            <translation>внешний диск, USB-накопитель, DVD-R…</translation>
        </message>
        <message>
            <source>кабинет директора, сейф</source>
            <translation>кабинет директора, сейф</translation>
        </message>
    </context>
    <context>
        <name>CorrectionRequestDialog</name>
        <message>
            <source>&lt;b&gt;%s&lt;/b&gt;&lt;br&gt;Сейчас в ячейке: «%s»</source>
            <translation>&lt;b&gt;%s&lt;/b&gt;&lt;br&gt;Сейчас в ячейке: «%s»</translation>
        </message>
        <message>
            <source>Запрос на исправление</source>
            <translation>Запрос на исправление</translation>
        </message>
        <message>
            <source>Запрос получат заместитель директора по УВР и администратор ЭЖ. Исправление вносит администратор ЭЖ.</source>
            <translation>Запрос получат заместитель директора по УВР и администратор ЭЖ. Исправление вносит администратор ЭЖ.</translation>
        </message>
        <message>
            <source>Нужно:</source>
            <translation>Нужно:</translation>
        </message>
        <message>
            <source>Отмена</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <source>Отправить</source>
            <translation>Отправить</translation>
        </message>
        <message>
            <source>Почему нужно исправить (обязательно)</source>
            <translation>Почему нужно исправить (обязательно)</translation>
        </message>
        <message>
            <source>Причина:</source>
            <translation>Причина:</translation>
        </message>
        <message>
            <source>например: 5 4 или н</source>
            <translation>например: 5 4 или н</translation>
        </message>
        <message>
            <source>пусто</source>
            <translation>пусто</translation>
        </message>
    </context>
    <context>
        <name>Corrections</name>
        <message>
            <source>%s одобряет исправление (%s): «%s». Внесите его в журнал: «Запросы на исправление» → «Применить».</source>
            <translation>%s одобряет исправление (%s): «%s». Внесите его в журнал: «Запросы на исправление» → «Применить».</translation>
        </message>
        <message>
            <source>%s просит исправить ячейку: %s, учащийся %s.
Сейчас: «%s». Нужно: «%s».
Причина: %s
Рассмотрите запрос в журнале: «Запросы на исправление».</source>
            <translation>%s просит исправить ячейку: %s, учащийся %s.
Сейчас: «%s». Нужно: «%s».
Причина: %s
Рассмотрите запрос в журнале: «Запросы на исправление».</translation>
        </message>
        <message>
            <source>%s, %s, %d-й урок</source>
            <translation>%s, %s, %d-й урок</translation>
        </message>
        <message>
            <source>%s, %s, %s, %d-й урок</source>
            <translation>%s, %s, %s, %d-й урок</translation>
        </message>
        <message>
            <source>В %s отметки не выставляются: ведётся только посещаемость и темы.</source>
            <translation>В %s отметки не выставляются: ведётся только посещаемость и темы.</translation>
        </message>
        <message>
            <source>В ячейку (%s) внесено «%s».</source>
            <translation>В ячейку (%s) внесено «%s».</translation>
        </message>
        <message>
            <source>Ваш запрос (%s) одобрен; исправление внесёт администратор ЭЖ.</source>
            <translation>Ваш запрос (%s) одобрен; исправление внесёт администратор ЭЖ.</translation>
        </message>
        <message>
            <source>Ваш запрос на исправление (%s, %s) отклонён: %s</source>
            <translation>Ваш запрос на исправление (%s, %s) отклонён: %s</translation>
        </message>
        <message>
            <source>Дата %s вне учебного года.</source>
            <translation>Дата %s вне учебного года.</translation>
        </message>
        <message>
            <source>Дата %s не входит ни в один учебный период.</source>
            <translation>Дата %s не входит ни в один учебный период.</translation>
        </message>
        <message>
            <source>Запрос на исправление №%d</source>
            <translation>Запрос на исправление №%d</translation>
        </message>
        <message>
            <source>Запрос на исправление №%d не найден.</source>
            <translation>Запрос на исправление №%d не найден.</translation>
        </message>
        <message>
            <source>Запрос №%d одобрен</source>
            <translation>Запрос №%d одобрен</translation>
        </message>
        <message>
            <source>Запрос №%d отклонён</source>
            <translation>Запрос №%d отклонён</translation>
        </message>
        <message>
            <source>Запрос №%d только что рассмотрел другой пользователь. Обновите список.</source>
            <translation>Запрос №%d только что рассмотрел другой пользователь. Обновите список.</translation>
        </message>
        <message>
            <source>Запрос №%d уже одобрен: его применит администратор ЭЖ.</source>
            <translation>Запрос №%d уже одобрен: его применит администратор ЭЖ.</translation>
        </message>
        <message>
            <source>Запрос №%d уже рассмотрен: %s.</source>
            <translation>Запрос №%d уже рассмотрен: %s.</translation>
        </message>
        <message>
            <source>Исправление по запросу №%d внесено</source>
            <translation>Исправление по запросу №%d внесено</translation>
        </message>
        <message>
            <source>Одобрен запрос на исправление №%d</source>
            <translation>Одобрен запрос на исправление №%d</translation>
        </message>
        <message>
            <source>По этой ячейке уже есть нерассмотренный запрос №%d.</source>
            <translation>По этой ячейке уже есть нерассмотренный запрос №%d.</translation>
        </message>
        <message>
            <source>Укажите причину исправления: без неё запрос не отправляется.</source>
            <translation>Укажите причину исправления: без неё запрос не отправляется.</translation>
        </message>
        <message>
            <source>Укажите, почему запрос отклонён.</source>
            <translation>Укажите, почему запрос отклонён.</translation>
        </message>
        <message>
            <source>Урок %s ещё не проведён.</source>
            <translation>Урок %s ещё не проведён.</translation>
        </message>
        <message>
            <source>Урок %s не закрыт для изменений: исправьте ячейку сами.</source>
            <translation>Урок %s не закрыт для изменений: исправьте ячейку сами.</translation>
        </message>
        <message>
            <source>исправление внесено</source>
            <translation>исправление внесено</translation>
        </message>
        <message>
            <source>одобрен, ждёт администратора</source>
            <translation>одобрен, ждёт администратора</translation>
        </message>
        <message>
            <source>ожидает рассмотрения</source>
            <translation>ожидает рассмотрения</translation>
        </message>
        <message>
            <source>отклонён</source>
            <translation>отклонён</translation>
        </message>
        <message>
            <source>по запросу №%d: %s</source>
            <translation>по запросу №%d: %s</translation>
        </message>
        <message>
            <source>пусто</source>
            <translation>пусто</translation>
        </message>
    </context>
    <context>
        <name>CorrectionsDialog</name>
        <message>
            <source>%s, %s, %s, %d-й</source>
            <translation>%s, %s, %s, %d-й</translation>
        </message>
        <message>
            <source>Внести нужное значение в журнал (исправление администратора ЭЖ)</source>
            <translation>Внести нужное значение в журнал (исправление администратора ЭЖ)</translation>
        </message>
        <message>
            <source>Закрыть</source>
            <translation>Закрыть</translation>
        </message>
        <message>
            <source>Запросов нет.</source>
            <translation>Запросов нет.</translation>
        </message>
        <message>
            <source>Запросы на исправление</source>
            <translation>Запросы на исправление</translation>
        </message>
        <message>
            <source>Мои запросы на исправление</source>
            <translation>Мои запросы на исправление</translation>
        </message>
        <message>
            <source>Нужно</source>
            <translation>Нужно</translation>
        </message>
        <message>
            <source>Обновить</source>
            <translation>Обновить</translation>
        </message>
        <message>
            <source>Одобрить</source>
            <translation>Одобрить</translation>
        </message>
        <message>
            <source>Одобрить: исправление внесёт администратор ЭЖ</source>
            <translation>Одобрить: исправление внесёт администратор ЭЖ</translation>
        </message>
        <message>
            <source>Ответ (%s): %s</source>
            <translation>Ответ (%s): %s</translation>
        </message>
        <message>
            <source>Отклонить</source>
            <translation>Отклонить</translation>
        </message>
        <message>
            <source>Отклонить запрос №%d</source>
            <translation>Отклонить запрос №%d</translation>
        </message>
        <message>
            <source>Отклонить…</source>
            <translation>Отклонить…</translation>
        </message>
        <message>
            <source>Отмена</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <source>Поступил</source>
            <translation>Поступил</translation>
        </message>
        <message>
            <source>Почему запрос отклонён (это увидит учитель):</source>
            <translation>Почему запрос отклонён (это увидит учитель):</translation>
        </message>
        <message>
            <source>Применить</source>
            <translation>Применить</translation>
        </message>
        <message>
            <source>Причина: %s</source>
            <translation>Причина: %s</translation>
        </message>
        <message>
            <source>Сейчас</source>
            <translation>Сейчас</translation>
        </message>
        <message>
            <source>Состояние</source>
            <translation>Состояние</translation>
        </message>
        <message>
            <source>Урок</source>
            <translation>Урок</translation>
        </message>
        <message>
            <source>Учащийся</source>
            <translation>Учащийся</translation>
        </message>
        <message>
            <source>Учитель</source>
            <translation>Учитель</translation>
        </message>
        <message>
            <source>пусто</source>
            <translation>пусто</translation>
        </message>
        <message>
            <source>№</source>
            <translation>№</translation>
        </message>
    </context>
    <context>
        <name>Domain</name>
        <message>
            <source>«%s» (%s) и «%s» (%s) пересекаются.</source>
            <translation>«%s» (%s) и «%s» (%s) пересекаются.</translation>
        </message>
        <message>
            <source>В клетке может быть только один код посещаемости (%s).</source>
            <translation>В клетке может быть только один код посещаемости (%s).</translation>
        </message>
        <message>
            <source>В одной клетке может быть не больше %d отметок (введено %d).</source>
            <translation>В одной клетке может быть не больше %d отметок (введено %d).</translation>
        </message>
        <message>
            <source>Вес отметки должен быть больше нуля (указан вес %s).</source>
            <translation>Вес отметки должен быть больше нуля (указан вес %s).</translation>
        </message>
        <message>
            <source>Дата окончания раньше даты начала.</source>
            <translation>Дата окончания раньше даты начала.</translation>
        </message>
        <message>
            <source>День недели должен быть от 1 (понедельник) до 7 (воскресенье), указано %s.</source>
            <translation>День недели должен быть от 1 (понедельник) до 7 (воскресенье), указано %s.</translation>
        </message>
        <message>
            <source>Дробных отметок не бывает: несколько отметок разделяйте пробелом, запятой или «/».</source>
            <translation>Дробных отметок не бывает: несколько отметок разделяйте пробелом, запятой или «/».</translation>
        </message>
        <message>
            <source>Знак «%s» должен стоять сразу после отметки.</source>
            <translation>Знак «%s» должен стоять сразу после отметки.</translation>
        </message>
        <message>
            <source>Код «%s» не распознан: коды посещаемости — %s, их вводят русскими буквами.</source>
            <translation>Код «%s» не распознан: коды посещаемости — %s, их вводят русскими буквами.</translation>
        </message>
        <message>
            <source>Код «%s» не распознан: коды посещаемости — %s.</source>
            <translation>Код «%s» не распознан: коды посещаемости — %s.</translation>
        </message>
        <message>
            <source>Код посещаемости не указан.</source>
            <translation>Код посещаемости не указан.</translation>
        </message>
        <message>
            <source>Наименьшая отметка шкалы должна быть от %d до %d (указано %d).</source>
            <translation>Наименьшая отметка шкалы должна быть от %d до %d (указано %d).</translation>
        </message>
        <message>
            <source>Не удалось прочитать число «%r».</source>
            <translation>Не удалось прочитать число «%r».</translation>
        </message>
        <message>
            <source>Не удалось прочитать число «%s».</source>
            <translation>Не удалось прочитать число «%s».</translation>
        </message>
        <message>
            <source>Не число: «%s».</source>
            <translation>Не число: «%s».</translation>
        </message>
        <message>
            <source>Отметка «%s» не соответствует значению %s.</source>
            <translation>Отметка «%s» не соответствует значению %s.</translation>
        </message>
        <message>
            <source>Отметка «%s» недопустима: введите цифру от %d до %d.</source>
            <translation>Отметка «%s» недопустима: введите цифру от %d до %d.</translation>
        </message>
        <message>
            <source>Отметка «%s» недопустима: допустимы отметки от %d до %d.</source>
            <translation>Отметка «%s» недопустима: допустимы отметки от %d до %d.</translation>
        </message>
        <message>
            <source>Отметка «%s» недопустима: дробных отметок не бывает, допустимы отметки от %d до %d.</source>
            <translation>Отметка «%s» недопустима: дробных отметок не бывает, допустимы отметки от %d до %d.</translation>
        </message>
        <message>
            <source>Отметка за период «%s» не соответствует значению %s.</source>
            <translation>Отметка за период «%s» не соответствует значению %s.</translation>
        </message>
        <message>
            <source>Отметка за период «%s» недопустима: допустимы 2, 3, 4, 5, «н/а», «зач», «незач» и «осв».</source>
            <translation>Отметка за период «%s» недопустима: допустимы 2, 3, 4, 5, «н/а», «зач», «незач» и «осв».</translation>
        </message>
        <message>
            <source>Отметка за период «%s» недопустима: отметки с «+» и «−» за период не ставятся.</source>
            <translation>Отметка за период «%s» недопустима: отметки с «+» и «−» за период не ставятся.</translation>
        </message>
        <message>
            <source>Отметка за период не указана.</source>
            <translation>Отметка за период не указана.</translation>
        </message>
        <message>
            <source>Отметка не указана.</source>
            <translation>Отметка не указана.</translation>
        </message>
        <message>
            <source>Отметки «%s» не бывает: %d — высшая отметка.</source>
            <translation>Отметки «%s» не бывает: %d — высшая отметка.</translation>
        </message>
        <message>
            <source>Отметки «%s» не бывает: %d — наименьшая отметка.</source>
            <translation>Отметки «%s» не бывает: %d — наименьшая отметка.</translation>
        </message>
        <message>
            <source>Отметки с «+» и «−» в этой школе не используются.</source>
            <translation>Отметки с «+» и «−» в этой школе не используются.</translation>
        </message>
        <message>
            <source>Порог для отметки %d должен быть больше %d и меньше %d (указано %s).</source>
            <translation>Порог для отметки %d должен быть больше %d и меньше %d (указано %s).</translation>
        </message>
        <message>
            <source>Порог округления должен быть больше 0 и меньше 1 (указано %s).</source>
            <translation>Порог округления должен быть больше 0 и меньше 1 (указано %s).</translation>
        </message>
        <message>
            <source>Порог округления должен быть числом (указано «%r»).</source>
            <translation>Порог округления должен быть числом (указано «%r»).</translation>
        </message>
        <message>
            <source>Порог округления должен быть числом (указано «%s»).</source>
            <translation>Порог округления должен быть числом (указано «%s»).</translation>
        </message>
        <message>
            <source>Правило округления должно задавать пороги для отметок 5, 4 и 3 (именно в этом порядке).</source>
            <translation>Правило округления должно задавать пороги для отметок 5, 4 и 3 (именно в этом порядке).</translation>
        </message>
        <message>
            <source>Правило округления записано неверно.</source>
            <translation>Правило округления записано неверно.</translation>
        </message>
        <message>
            <source>Символ «%s» недопустим: в клетку вводят отметки от %d до %d и коды посещаемости %s.</source>
            <translation>Символ «%s» недопустим: в клетку вводят отметки от %d до %d и коды посещаемости %s.</translation>
        </message>
        <message>
            <source>Учебная неделя бывает пятидневной или шестидневной, указано %s.</source>
            <translation>Учебная неделя бывает пятидневной или шестидневной, указано %s.</translation>
        </message>
        <message>
            <source>Число %s нельзя записать словами: допустимо от 0 до 9999.</source>
            <translation>Число %s нельзя записать словами: допустимо от 0 до 9999.</translation>
        </message>
    </context>
    <context>
        <name>ErrorDialog</name>
        <message>
            <source>В программе произошла непредвиденная ошибка. Введённые и сохранённые данные журнала не потеряны; последнее действие могло не выполниться.</source>
            <translation>В программе произошла непредвиденная ошибка. Введённые и сохранённые данные журнала не потеряны; последнее действие могло не выполниться.</translation>
        </message>
        <message>
            <source>Копировать подробности</source>
            <translation>Копировать подробности</translation>
        </message>
        <message>
            <source>Непредвиденная ошибка</source>
            <translation>Непредвиденная ошибка</translation>
        </message>
        <message>
            <source>Подробности записаны в журнал работы программы:
%s

Сообщите об ошибке администратору ЭЖ: нажмите «Копировать подробности» и вставьте их в письмо.</source>
            <translation>Подробности записаны в журнал работы программы:
%s

Сообщите об ошибке администратору ЭЖ: нажмите «Копировать подробности» и вставьте их в письмо.</translation>
        </message>
        <message>
            <source>Скопировано</source>
            <translation>Скопировано</translation>
        </message>
    </context>
    <context>
        <name>ExchangePanel</name>
        <message>
            <source>Выгрузить в Excel</source>
            <translation>Выгрузить в Excel</translation>
        </message>
        <message>
            <source>Выгрузить в Excel…</source>
            <translation>Выгрузить в Excel…</translation>
        </message>
        <message>
            <source>Выгрузка</source>
            <translation>Выгрузка</translation>
        </message>
        <message>
            <source>Загрузить из Excel…</source>
            <translation>Загрузить из Excel…</translation>
        </message>
        <message>
            <source>Загрузка сначала показывает, что будет добавлено, изменено и что отклонено (с номерами строк и причинами); применяется всё или ничего. Выгруженный файл можно исправить и загрузить обратно.</source>
            <translation>Загрузка сначала показывает, что будет добавлено, изменено и что отклонено (с номерами строк и причинами); применяется всё или ничего. Выгруженный файл можно исправить и загрузить обратно.</translation>
        </message>
        <message>
            <source>Записано строк: %1 — %2</source>
            <translation>Записано строк: %1 — %2</translation>
        </message>
        <message>
            <source>КТП (тематическое планирование)</source>
            <translation>КТП (тематическое планирование)</translation>
        </message>
        <message>
            <source>Книга Excel (*.xlsx)</source>
            <translation>Книга Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Расписание</source>
            <translation>Расписание</translation>
        </message>
        <message>
            <source>Сотрудники</source>
            <translation>Сотрудники</translation>
        </message>
        <message>
            <source>Учащиеся (списки классов)</source>
            <translation>Учащиеся (списки классов)</translation>
        </message>
    </context>
    <context>
        <name>FormDialog</name>
        <message>
            <source>Отмена</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <source>Сохранить</source>
            <translation>Сохранить</translation>
        </message>
    </context>
    <context>
        <name>HelpWindow</name>
        <message>
            <source>Руководство не найдено: %s</source>
            <translation>Руководство не найдено: %s</translation>
        </message>
        <message>
            <source>Руководство:</source>
            <translation>Руководство:</translation>
        </message>
        <message>
            <source>Справка — ЭЖ-Десктоп</source>
            <translation>Справка — ЭЖ-Десктоп</translation>
        </message>
    </context>
    <context>
        <name>HolidayDialog</name>
        <message>
            <source>Название:</source>
            <translation>Название:</translation>
        </message>
        <message>
            <source>Начало:</source>
            <translation>Начало:</translation>
        </message>
        <message>
            <source>Окончание:</source>
            <translation>Окончание:</translation>
        </message>
        <message>
            <source>Осенние каникулы</source>
            <translation>Осенние каникулы</translation>
        </message>
    </context>
    <context>
        <name>HomeroomTab</name>
        <message>
            <source>«Без учёта посещаемости» — записанные уроки без единого пропуска и без единой отметки (журнал не хранит «все присутствовали»). «Без отметок» — учащиеся без отметок за последние %d уроков предмета. «Не заполнено» — уроки по расписанию до вчерашнего дня без записей.</source>
            <translation>«Без учёта посещаемости» — записанные уроки без единого пропуска и без единой отметки (журнал не хранит «все присутствовали»). «Без отметок» — учащиеся без отметок за последние %d уроков предмета. «Не заполнено» — уроки по расписанию до вчерашнего дня без записей.</translation>
        </message>
        <message>
            <source>Без
д/з</source>
            <translation>Без
д/з</translation>
        </message>
        <message>
            <source>Без
отметок</source>
            <translation>Без
отметок</translation>
        </message>
        <message>
            <source>Без
темы</source>
            <translation>Без
темы</translation>
        </message>
        <message>
            <source>Без отметок за
последние уроки</source>
            <translation>Без отметок за
последние уроки</translation>
        </message>
        <message>
            <source>Без учёта
посещаемости</source>
            <translation>Без учёта
посещаемости</translation>
        </message>
        <message>
            <source>Выгрузить SMS…</source>
            <translation>Выгрузить SMS…</translation>
        </message>
        <message>
            <source>Записано</source>
            <translation>Записано</translation>
        </message>
        <message>
            <source>Кем</source>
            <translation>Кем</translation>
        </message>
        <message>
            <source>Класс:</source>
            <translation>Класс:</translation>
        </message>
        <message>
            <source>Любой день недели: берётся неделя с понедельника по воскресенье</source>
            <translation>Любой день недели: берётся неделя с понедельника по воскресенье</translation>
        </message>
        <message>
            <source>Не
заполнено</source>
            <translation>Не
заполнено</translation>
        </message>
        <message>
            <source>Неделя</source>
            <translation>Неделя</translation>
        </message>
        <message>
            <source>Неделя %s не подтверждена.</source>
            <translation>Неделя %s не подтверждена.</translation>
        </message>
        <message>
            <source>Неделя ещё идёт: показано по %s.</source>
            <translation>Неделя ещё идёт: показано по %s.</translation>
        </message>
        <message>
            <source>Неделя:</source>
            <translation>Неделя:</translation>
        </message>
        <message>
            <source>Нет класса, который вы можете проверять.</source>
            <translation>Нет класса, который вы можете проверять.</translation>
        </message>
        <message>
            <source>Открытых
запросов</source>
            <translation>Открытых
запросов</translation>
        </message>
        <message>
            <source>Переписка с родителями</source>
            <translation>Переписка с родителями</translation>
        </message>
        <message>
            <source>По
расписанию</source>
            <translation>По
расписанию</translation>
        </message>
        <message>
            <source>Подтвердить заново</source>
            <translation>Подтвердить заново</translation>
        </message>
        <message>
            <source>Подтвердить проверку</source>
            <translation>Подтвердить проверку</translation>
        </message>
        <message>
            <source>Подтверждена</source>
            <translation>Подтверждена</translation>
        </message>
        <message>
            <source>Подтверждённые недели</source>
            <translation>Подтверждённые недели</translation>
        </message>
        <message>
            <source>Предмет</source>
            <translation>Предмет</translation>
        </message>
        <message>
            <source>Предыдущая неделя</source>
            <translation>Предыдущая неделя</translation>
        </message>
        <message>
            <source>Примечание</source>
            <translation>Примечание</translation>
        </message>
        <message>
            <source>Примечание к проверке (необязательно)</source>
            <translation>Примечание к проверке (необязательно)</translation>
        </message>
        <message>
            <source>Примечание: %s</source>
            <translation>Примечание: %s</translation>
        </message>
        <message>
            <source>Проверка недели</source>
            <translation>Проверка недели</translation>
        </message>
        <message>
            <source>Проверка подтверждена %s в %s (%s).</source>
            <translation>Проверка подтверждена %s в %s (%s).</translation>
        </message>
        <message>
            <source>Проверку уже подтвердили</source>
            <translation>Проверку уже подтвердили</translation>
        </message>
        <message>
            <source>Проверку этой недели показать нельзя.</source>
            <translation>Проверку этой недели показать нельзя.</translation>
        </message>
        <message>
            <source>Пропусков</source>
            <translation>Пропусков</translation>
        </message>
        <message>
            <source>Пропусков
(б / у)</source>
            <translation>Пропусков
(б / у)</translation>
        </message>
        <message>
            <source>Следующая неделя</source>
            <translation>Следующая неделя</translation>
        </message>
        <message>
            <source>Учитель</source>
            <translation>Учитель</translation>
        </message>
    </context>
    <context>
        <name>Import</name>
        <message>
            <source> (%s, %d класс: не ваша нагрузка)</source>
            <translation> (%s, %d класс: не ваша нагрузка)</translation>
        </message>
        <message>
            <source> (класс %s)</source>
            <translation> (класс %s)</translation>
        </message>
        <message>
            <source> (новый план)</source>
            <translation> (новый план)</translation>
        </message>
        <message>
            <source> или </source>
            <translation> или </translation>
        </message>
        <message>
            <source>%s: в школе %d-дневная учебная неделя</source>
            <translation>%s: в школе %d-дневная учебная неделя</translation>
        </message>
        <message>
            <source>(без фамилии)</source>
            <translation>(без фамилии)</translation>
        </message>
        <message>
            <source>; удалить тем КТП: %d, оставить (по ним уже проведены уроки): %d</source>
            <translation>; удалить тем КТП: %d, оставить (по ним уже проведены уроки): %d</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>e-mail</source>
            <translation>e-mail</translation>
        </message>
        <message>
            <source>«%s» длиннее %d символов</source>
            <translation>«%s» длиннее %d символов</translation>
        </message>
        <message>
            <source>«%s» — не дата</source>
            <translation>«%s» — не дата</translation>
        </message>
        <message>
            <source>«%s» — не дата (нужно ДД.ММ.ГГГГ)</source>
            <translation>«%s» — не дата (нужно ДД.ММ.ГГГГ)</translation>
        </message>
        <message>
            <source>«%s» — нет в файле: будет удалено</source>
            <translation>«%s» — нет в файле: будет удалено</translation>
        </message>
        <message>
            <source>«%s» — нет в файле; оставлено: по теме уже проведён урок (%s)</source>
            <translation>«%s» — нет в файле; оставлено: по теме уже проведён урок (%s)</translation>
        </message>
        <message>
            <source>«%s» — это папка, а не файл Excel.</source>
            <translation>«%s» — это папка, а не файл Excel.</translation>
        </message>
        <message>
            <source>«%s»: «%s» — не похоже на имя</source>
            <translation>«%s»: «%s» — не похоже на имя</translation>
        </message>
        <message>
            <source>«%s»: нужно целое число</source>
            <translation>«%s»: нужно целое число</translation>
        </message>
        <message>
            <source>«%s»: нужно целое число, а не %s</source>
            <translation>«%s»: нужно целое число, а не %s</translation>
        </message>
        <message>
            <source>«%s»: нужно целое число, а не «%s»</source>
            <translation>«%s»: нужно целое число, а не «%s»</translation>
        </message>
        <message>
            <source>В журнале нет ни одного учебного года: сначала создайте учебный год.</source>
            <translation>В журнале нет ни одного учебного года: сначала создайте учебный год.</translation>
        </message>
        <message>
            <source>В файле «%s» не найден лист «%s»: ни на одном листе нет строки заголовка с колонками %s. Листы в файле: %s.</source>
            <translation>В файле «%s» не найден лист «%s»: ни на одном листе нет строки заголовка с колонками %s. Листы в файле: %s.</translation>
        </message>
        <message>
            <source>В файле «%s» нет ни одного листа.</source>
            <translation>В файле «%s» нет ни одного листа.</translation>
        </message>
        <message>
            <source>В файле больше %d строк: разделите его на части.</source>
            <translation>В файле больше %d строк: разделите его на части.</translation>
        </message>
        <message>
            <source>Должность</source>
            <translation>Должность</translation>
        </message>
        <message>
            <source>Если это CSV, откройте его в Excel и сохраните как .xlsx.</source>
            <translation>Если это CSV, откройте его в Excel и сохраните как .xlsx.</translation>
        </message>
        <message>
            <source>Зачисление</source>
            <translation>Зачисление</translation>
        </message>
        <message>
            <source>Зачисление (импорт из Excel)</source>
            <translation>Зачисление (импорт из Excel)</translation>
        </message>
        <message>
            <source>Импорт не выполнен: строк с ошибками — %d. Ничего не изменено; исправьте файл и повторите.</source>
            <translation>Импорт не выполнен: строк с ошибками — %d. Ничего не изменено; исправьте файл и повторите.</translation>
        </message>
        <message>
            <source>Имя</source>
            <translation>Имя</translation>
        </message>
        <message>
            <source>КТП: %s, %d класс</source>
            <translation>КТП: %s, %d класс</translation>
        </message>
        <message>
            <source>Кабинет</source>
            <translation>Кабинет</translation>
        </message>
        <message>
            <source>Календарно-тематическое планирование, %s учебный год</source>
            <translation>Календарно-тематическое планирование, %s учебный год</translation>
        </message>
        <message>
            <source>Класс</source>
            <translation>Класс</translation>
        </message>
        <message>
            <source>Класс «%s» не найден в учебном году %s (есть: %s).</source>
            <translation>Класс «%s» не найден в учебном году %s (есть: %s).</translation>
        </message>
        <message>
            <source>Класс «%s» не найден в учебном году %s.</source>
            <translation>Класс «%s» не найден в учебном году %s.</translation>
        </message>
        <message>
            <source>Логин</source>
            <translation>Логин</translation>
        </message>
        <message>
            <source>На листе «%s» (строка заголовка %d) нет обязательной колонки %s. Нужны колонки: %s.</source>
            <translation>На листе «%s» (строка заголовка %d) нет обязательной колонки %s. Нужны колонки: %s.</translation>
        </message>
        <message>
            <source>На листе «%s» (строка заголовка %d) нет обязательных колонок %s. Нужны колонки: %s.</source>
            <translation>На листе «%s» (строка заголовка %d) нет обязательных колонок %s. Нужны колонки: %s.</translation>
        </message>
        <message>
            <source>Не удалось прочитать файл «%s»: %s.</source>
            <translation>Не удалось прочитать файл «%s»: %s.</translation>
        </message>
        <message>
            <source>Неизвестный вид данных «%s».</source>
            <translation>Неизвестный вид данных «%s».</translation>
        </message>
        <message>
            <source>Нет доступа к файлу «%s» (возможно, он открыт в другой программе).</source>
            <translation>Нет доступа к файлу «%s» (возможно, он открыт в другой программе).</translation>
        </message>
        <message>
            <source>Нет прав на действие «%s».</source>
            <translation>Нет прав на действие «%s».</translation>
        </message>
        <message>
            <source>Отчество</source>
            <translation>Отчество</translation>
        </message>
        <message>
            <source>Параллель</source>
            <translation>Параллель</translation>
        </message>
        <message>
            <source>Подгруппа</source>
            <translation>Подгруппа</translation>
        </message>
        <message>
            <source>Пол</source>
            <translation>Пол</translation>
        </message>
        <message>
            <source>Похоже, это веб-страница или XML, сохранённые с расширением .xlsx.</source>
            <translation>Похоже, это веб-страница или XML, сохранённые с расширением .xlsx.</translation>
        </message>
        <message>
            <source>Предмет</source>
            <translation>Предмет</translation>
        </message>
        <message>
            <source>Приказ</source>
            <translation>Приказ</translation>
        </message>
        <message>
            <source>Раздел</source>
            <translation>Раздел</translation>
        </message>
        <message>
            <source>Расписание уроков, %s учебный год</source>
            <translation>Расписание уроков, %s учебный год</translation>
        </message>
        <message>
            <source>Роли</source>
            <translation>Роли</translation>
        </message>
        <message>
            <source>Сотрудники</source>
            <translation>Сотрудники</translation>
        </message>
        <message>
            <source>Список учащихся, %s учебный год</source>
            <translation>Список учащихся, %s учебный год</translation>
        </message>
        <message>
            <source>Телефон</source>
            <translation>Телефон</translation>
        </message>
        <message>
            <source>Тема</source>
            <translation>Тема</translation>
        </message>
        <message>
            <source>Урок №</source>
            <translation>Урок №</translation>
        </message>
        <message>
            <source>Учитель</source>
            <translation>Учитель</translation>
        </message>
        <message>
            <source>Файл «%s» не найден.</source>
            <translation>Файл «%s» не найден.</translation>
        </message>
        <message>
            <source>Файл «%s» не является книгой Excel (.xlsx).</source>
            <translation>Файл «%s» не является книгой Excel (.xlsx).</translation>
        </message>
        <message>
            <source>Файл «%s» повреждён или не является книгой Excel (.xlsx). Откройте его в Excel и сохраните заново.</source>
            <translation>Файл «%s» повреждён или не является книгой Excel (.xlsx). Откройте его в Excel и сохраните заново.</translation>
        </message>
        <message>
            <source>Файл «%s» повреждён: не удалось прочитать его содержимое. Откройте его в Excel и сохраните заново.</source>
            <translation>Файл «%s» повреждён: не удалось прочитать его содержимое. Откройте его в Excel и сохраните заново.</translation>
        </message>
        <message>
            <source>Файл «%s» пуст.</source>
            <translation>Файл «%s» пуст.</translation>
        </message>
        <message>
            <source>Файл «%s» слишком большой (больше 100 МБ).</source>
            <translation>Файл «%s» слишком большой (больше 100 МБ).</translation>
        </message>
        <message>
            <source>Файл «%s» слишком большой после распаковки.</source>
            <translation>Файл «%s» слишком большой после распаковки.</translation>
        </message>
        <message>
            <source>Файл «%s» — в старом формате Excel 97–2003 (.xls) или зашифрован паролем. Откройте его в Excel или LibreOffice и сохраните как «Книга Excel (.xlsx)» без пароля.</source>
            <translation>Файл «%s» — в старом формате Excel 97–2003 (.xls) или зашифрован паролем. Откройте его в Excel или LibreOffice и сохраните как «Книга Excel (.xlsx)» без пароля.</translation>
        </message>
        <message>
            <source>Файл «%s» — документ Word, а не книга Excel (.xlsx).</source>
            <translation>Файл «%s» — документ Word, а не книга Excel (.xlsx).</translation>
        </message>
        <message>
            <source>Файл «%s» — таблица OpenDocument (.ods). Сохраните его как «Книга Excel (.xlsx)».</source>
            <translation>Файл «%s» — таблица OpenDocument (.ods). Сохраните его как «Книга Excel (.xlsx)».</translation>
        </message>
        <message>
            <source>Фамилия</source>
            <translation>Фамилия</translation>
        </message>
        <message>
            <source>Часы</source>
            <translation>Часы</translation>
        </message>
        <message>
            <source>адрес электронной почты «%s» недопустим</source>
            <translation>адрес электронной почты «%s» недопустим</translation>
        </message>
        <message>
            <source>в журнале несколько сотрудников с таким ФИО (%s): укажите логин</source>
            <translation>в журнале несколько сотрудников с таким ФИО (%s): укажите логин</translation>
        </message>
        <message>
            <source>в нагрузке несколько строк «%s» в %s: укажите учителя и подгруппу</source>
            <translation>в нагрузке несколько строк «%s» в %s: укажите учителя и подгруппу</translation>
        </message>
        <message>
            <source>в нагрузке нет предмета «%s» в %s%s: сначала внесите нагрузку</source>
            <translation>в нагрузке нет предмета «%s» в %s%s: сначала внесите нагрузку</translation>
        </message>
        <message>
            <source>да</source>
            <translation>да</translation>
        </message>
        <message>
            <source>дата</source>
            <translation>дата</translation>
        </message>
        <message>
            <source>дата «действует с» %s вне учебного года %s</source>
            <translation>дата «действует с» %s вне учебного года %s</translation>
        </message>
        <message>
            <source>дата зачисления</source>
            <translation>дата зачисления</translation>
        </message>
        <message>
            <source>дата зачисления %s вне учебного года %s</source>
            <translation>дата зачисления %s вне учебного года %s</translation>
        </message>
        <message>
            <source>дата по плану %s вне учебного года %s</source>
            <translation>дата по плану %s вне учебного года %s</translation>
        </message>
        <message>
            <source>дата рождения</source>
            <translation>дата рождения</translation>
        </message>
        <message>
            <source>дата рождения %s невозможна</source>
            <translation>дата рождения %s невозможна</translation>
        </message>
        <message>
            <source>даты «%s» не существует</source>
            <translation>даты «%s» не существует</translation>
        </message>
        <message>
            <source>день недели «%s» не понят (пишите «понедельник», «вторник»…)</source>
            <translation>день недели «%s» не понят (пишите «понедельник», «вторник»…)</translation>
        </message>
        <message>
            <source>добавить: %d, изменить: %d, без изменений: %d, отклонено строк: %d</source>
            <translation>добавить: %d, изменить: %d, без изменений: %d, отклонено строк: %d</translation>
        </message>
        <message>
            <source>должность</source>
            <translation>должность</translation>
        </message>
        <message>
            <source>зачисление</source>
            <translation>зачисление</translation>
        </message>
        <message>
            <source>импорт из Excel</source>
            <translation>импорт из Excel</translation>
        </message>
        <message>
            <source>импорт из Excel: темы нет в файле</source>
            <translation>импорт из Excel: темы нет в файле</translation>
        </message>
        <message>
            <source>имя</source>
            <translation>имя</translation>
        </message>
        <message>
            <source>кабинет %s, с %s</source>
            <translation>кабинет %s, с %s</translation>
        </message>
        <message>
            <source>кабинет: %s → %s с %s</source>
            <translation>кабинет: %s → %s с %s</translation>
        </message>
        <message>
            <source>логин «%s» недопустим: латинские буквы, цифры, точка, дефис, от 2 символов</source>
            <translation>логин «%s» недопустим: латинские буквы, цифры, точка, дефис, от 2 символов</translation>
        </message>
        <message>
            <source>логин «%s» повторяется в файле (строка %d)</source>
            <translation>логин «%s» повторяется в файле (строка %d)</translation>
        </message>
        <message>
            <source>накладка: кабинет %s %s занят (%s, %s — по расписанию в журнале)</source>
            <translation>накладка: кабинет %s %s занят (%s, %s — по расписанию в журнале)</translation>
        </message>
        <message>
            <source>накладка: кабинет %s %s занят (%s, строка %d)</source>
            <translation>накладка: кабинет %s %s занят (%s, строка %d)</translation>
        </message>
        <message>
            <source>накладка: у %s %s уже стоит «%s» (строка %d)</source>
            <translation>накладка: у %s %s уже стоит «%s» (строка %d)</translation>
        </message>
        <message>
            <source>накладка: учитель %s %s ведёт урок в %s (по расписанию в журнале)</source>
            <translation>накладка: учитель %s %s ведёт урок в %s (по расписанию в журнале)</translation>
        </message>
        <message>
            <source>накладка: учитель %s %s ведёт урок в %s (строка %d)</source>
            <translation>накладка: учитель %s %s ведёт урок в %s (строка %d)</translation>
        </message>
        <message>
            <source>не указан день недели</source>
            <translation>не указан день недели</translation>
        </message>
        <message>
            <source>не указан класс</source>
            <translation>не указан класс</translation>
        </message>
        <message>
            <source>не указан номер урока</source>
            <translation>не указан номер урока</translation>
        </message>
        <message>
            <source>не указан номер урока (темы)</source>
            <translation>не указан номер урока (темы)</translation>
        </message>
        <message>
            <source>не указан предмет</source>
            <translation>не указан предмет</translation>
        </message>
        <message>
            <source>не указан № личного дела</source>
            <translation>не указан № личного дела</translation>
        </message>
        <message>
            <source>не указана параллель</source>
            <translation>не указана параллель</translation>
        </message>
        <message>
            <source>не указана тема</source>
            <translation>не указана тема</translation>
        </message>
        <message>
            <source>не указана фамилия</source>
            <translation>не указана фамилия</translation>
        </message>
        <message>
            <source>не указано имя</source>
            <translation>не указано имя</translation>
        </message>
        <message>
            <source>неизвестная роль «%s» (возможны: администратор ЭЖ, директор, заместитель директора по УВР, учитель)</source>
            <translation>неизвестная роль «%s» (возможны: администратор ЭЖ, директор, заместитель директора по УВР, учитель)</translation>
        </message>
        <message>
            <source>неизвестный класс «%s»</source>
            <translation>неизвестный класс «%s»</translation>
        </message>
        <message>
            <source>неизвестный предмет «%s»</source>
            <translation>неизвестный предмет «%s»</translation>
        </message>
        <message>
            <source>неизвестный учитель «%s»</source>
            <translation>неизвестный учитель «%s»</translation>
        </message>
        <message>
            <source>нельзя снять роль администратора с самого себя</source>
            <translation>нельзя снять роль администратора с самого себя</translation>
        </message>
        <message>
            <source>нет</source>
            <translation>нет</translation>
        </message>
        <message>
            <source>нет прав на действие «%s»</source>
            <translation>нет прав на действие «%s»</translation>
        </message>
        <message>
            <source>новая учётная запись: %s; временный пароль выдаётся при применении</source>
            <translation>новая учётная запись: %s; временный пароль выдаётся при применении</translation>
        </message>
        <message>
            <source>новый учащийся, № л. д. %s, зачисление с %s</source>
            <translation>новый учащийся, № л. д. %s, зачисление с %s</translation>
        </message>
        <message>
            <source>номер %d повторяется в плане (строка %d)</source>
            <translation>номер %d повторяется в плане (строка %d)</translation>
        </message>
        <message>
            <source>номер %d: от 1 до 1000</source>
            <translation>номер %d: от 1 до 1000</translation>
        </message>
        <message>
            <source>номер урока %d: от 1 до 12</source>
            <translation>номер урока %d: от 1 до 12</translation>
        </message>
        <message>
            <source>отчество</source>
            <translation>отчество</translation>
        </message>
        <message>
            <source>параллель %d: от 1 до 11</source>
            <translation>параллель %d: от 1 до 11</translation>
        </message>
        <message>
            <source>пол</source>
            <translation>пол</translation>
        </message>
        <message>
            <source>пол «%s»: пишите «м» или «ж»</source>
            <translation>пол «%s»: пишите «м» или «ж»</translation>
        </message>
        <message>
            <source>приказ</source>
            <translation>приказ</translation>
        </message>
        <message>
            <source>раздел</source>
            <translation>раздел</translation>
        </message>
        <message>
            <source>роли</source>
            <translation>роли</translation>
        </message>
        <message>
            <source>строка %d: %s</source>
            <translation>строка %d: %s</translation>
        </message>
        <message>
            <source>такой учащийся уже есть в журнале (ФИО и дата рождения совпадают; № личного дела %s)</source>
            <translation>такой учащийся уже есть в журнале (ФИО и дата рождения совпадают; № личного дела %s)</translation>
        </message>
        <message>
            <source>телефон</source>
            <translation>телефон</translation>
        </message>
        <message>
            <source>тема</source>
            <translation>тема</translation>
        </message>
        <message>
            <source>урока нет в файле: снимается с расписания с %s (проведённые уроки остаются)</source>
            <translation>урока нет в файле: снимается с расписания с %s (проведённые уроки остаются)</translation>
        </message>
        <message>
            <source>учащийся выбыл из класса %s %s; повторное зачисление оформляется в карточке учащегося</source>
            <translation>учащийся выбыл из класса %s %s; повторное зачисление оформляется в карточке учащегося</translation>
        </message>
        <message>
            <source>учащийся числится в классе %s: перевод в другой класс оформляется в карточке учащегося (движение учащихся)</source>
            <translation>учащийся числится в классе %s: перевод в другой класс оформляется в карточке учащегося (движение учащихся)</translation>
        </message>
        <message>
            <source>учитель «%s» неоднозначен (%s): укажите логин или полное ФИО</source>
            <translation>учитель «%s» неоднозначен (%s): укажите логин или полное ФИО</translation>
        </message>
        <message>
            <source>файл</source>
            <translation>файл</translation>
        </message>
        <message>
            <source>фамилия</source>
            <translation>фамилия</translation>
        </message>
        <message>
            <source>часов %d: от 1 до 20</source>
            <translation>часов %d: от 1 до 20</translation>
        </message>
        <message>
            <source>часы</source>
            <translation>часы</translation>
        </message>
        <message>
            <source>этот учащийся уже есть в файле (строка %d)</source>
            <translation>этот учащийся уже есть в файле (строка %d)</translation>
        </message>
        <message>
            <source>… и ещё %d</source>
            <translation>… и ещё %d</translation>
        </message>
        <message>
            <source>№ личного дела</source>
            <translation>№ личного дела</translation>
        </message>
        <message>
            <source>№ личного дела %s повторяется в файле (строка %d)</source>
            <translation>№ личного дела %s повторяется в файле (строка %d)</translation>
        </message>
        <message>
            <source>№ личного дела %s уже есть у другого учащегося: %s</source>
            <translation>№ личного дела %s уже есть у другого учащегося: %s</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>, удалено тем КТП — %d</source>
            <translation>, удалено тем КТП — %d</translation>
        </message>
        <message>
            <source>, удалить тем КТП (нет в файле) — &lt;b&gt;%d&lt;/b&gt;, оставить (по ним уже проведены уроки) — %d</source>
            <translation>, удалить тем КТП (нет в файле) — &lt;b&gt;%d&lt;/b&gt;, оставить (по ним уже проведены уроки) — %d</translation>
        </message>
        <message>
            <source>, учебный год %s</source>
            <translation>, учебный год %s</translation>
        </message>
        <message>
            <source>&lt;span style='color:#b3261e'&gt;Есть отклонённые строки: исправьте файл и загрузите его снова. Пока ничего не будет изменено.&lt;/span&gt;</source>
            <translation>&lt;span style='color:#b3261e'&gt;Есть отклонённые строки: исправьте файл и загрузите его снова. Пока ничего не будет изменено.&lt;/span&gt;</translation>
        </message>
        <message>
            <source>Внесение изменений…</source>
            <translation>Внесение изменений…</translation>
        </message>
        <message>
            <source>Всё в файле уже есть в журнале — изменять нечего.</source>
            <translation>Всё в файле уже есть в журнале — изменять нечего.</translation>
        </message>
        <message>
            <source>Выбрать файл…</source>
            <translation>Выбрать файл…</translation>
        </message>
        <message>
            <source>Готово: добавлено — %d, изменено — %d</source>
            <translation>Готово: добавлено — %d, изменено — %d</translation>
        </message>
        <message>
            <source>Загрузка КТП из Excel</source>
            <translation>Загрузка КТП из Excel</translation>
        </message>
        <message>
            <source>Загрузка расписания из Excel</source>
            <translation>Загрузка расписания из Excel</translation>
        </message>
        <message>
            <source>Загрузка сотрудников из Excel</source>
            <translation>Загрузка сотрудников из Excel</translation>
        </message>
        <message>
            <source>Загрузка списков классов из Excel</source>
            <translation>Загрузка списков классов из Excel</translation>
        </message>
        <message>
            <source>Закрыть</source>
            <translation>Закрыть</translation>
        </message>
        <message>
            <source>Книги Excel (*.xlsx);;Все файлы (*)</source>
            <translation>Книги Excel (*.xlsx);;Все файлы (*)</translation>
        </message>
        <message>
            <source>Лист Excel (.xlsx) с колонками: %s. Жирным — обязательные; порядок колонок и лишние колонки не важны, строка заголовка может быть ниже названия. Сначала файл проверяется; изменения вносятся, только если нет ни одной отклонённой строки.</source>
            <translation>Лист Excel (.xlsx) с колонками: %s. Жирным — обязательные; порядок колонок и лишние колонки не важны, строка заголовка может быть ниже названия. Сначала файл проверяется; изменения вносятся, только если нет ни одной отклонённой строки.</translation>
        </message>
        <message>
            <source>Лист «%s»</source>
            <translation>Лист «%s»</translation>
        </message>
        <message>
            <source>Отмена</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <source>Ошибок нет. «Применить» внесёт все изменения разом.</source>
            <translation>Ошибок нет. «Применить» внесёт все изменения разом.</translation>
        </message>
        <message>
            <source>Показать только отклонённые строки</source>
            <translation>Показать только отклонённые строки</translation>
        </message>
        <message>
            <source>Применить</source>
            <translation>Применить</translation>
        </message>
        <message>
            <source>Проверка строк…</source>
            <translation>Проверка строк…</translation>
        </message>
        <message>
            <source>Файл Excel для загрузки</source>
            <translation>Файл Excel для загрузки</translation>
        </message>
        <message>
            <source>Файл не выбран</source>
            <translation>Файл не выбран</translation>
        </message>
        <message>
            <source>Файл не проверен.</source>
            <translation>Файл не проверен.</translation>
        </message>
        <message>
            <source>Файл не прочитан</source>
            <translation>Файл не прочитан</translation>
        </message>
        <message>
            <source>Чтение файла %s…</source>
            <translation>Чтение файла %s…</translation>
        </message>
        <message>
            <source>Чтение файла отменено.</source>
            <translation>Чтение файла отменено.</translation>
        </message>
        <message>
            <source>Чтение файла: строк прочитано — %d</source>
            <translation>Чтение файла: строк прочитано — %d</translation>
        </message>
        <message>
            <source>Чтение файла…</source>
            <translation>Чтение файла…</translation>
        </message>
        <message>
            <source>добавить — &lt;b&gt;%d&lt;/b&gt;, изменить — &lt;b&gt;%d&lt;/b&gt;, без изменений — %d, отклонено — &lt;b&gt;%d&lt;/b&gt;</source>
            <translation>добавить — &lt;b&gt;%d&lt;/b&gt;, изменить — &lt;b&gt;%d&lt;/b&gt;, без изменений — %d, отклонено — &lt;b&gt;%d&lt;/b&gt;</translation>
        </message>
    </context>
    <context>
        <name>InboxDialog</name>
        <message>
            <source>(без темы)</source>
            <translation>(без темы)</translation>
        </message>
        <message>
            <source>Закрыть</source>
            <translation>Закрыть</translation>
        </message>
        <message>
            <source>Написать…</source>
            <translation>Написать…</translation>
        </message>
        <message>
            <source>От кого</source>
            <translation>От кого</translation>
        </message>
        <message>
            <source>От: %s
Тема: %s
Получено: %s</source>
            <translation>От: %s
Тема: %s
Получено: %s</translation>
        </message>
        <message>
            <source>Ответить…</source>
            <translation>Ответить…</translation>
        </message>
        <message>
            <source>Отметить все прочитанными</source>
            <translation>Отметить все прочитанными</translation>
        </message>
        <message>
            <source>Получено</source>
            <translation>Получено</translation>
        </message>
        <message>
            <source>Сообщений нет.</source>
            <translation>Сообщений нет.</translation>
        </message>
        <message>
            <source>Сообщений: %d, непрочитанных: %d</source>
            <translation>Сообщений: %d, непрочитанных: %d</translation>
        </message>
        <message>
            <source>Сообщения</source>
            <translation>Сообщения</translation>
        </message>
        <message>
            <source>Тема</source>
            <translation>Тема</translation>
        </message>
    </context>
    <context>
        <name>Init</name>
        <message>
            <source>База данных не пуста: новый журнал создаётся только в пустой базе.</source>
            <translation>База данных не пуста: новый журнал создаётся только в пустой базе.</translation>
        </message>
    </context>
    <context>
        <name>Journal</name>
        <message>
            <source>%s длиннее %d символов.</source>
            <translation>%s длиннее %d символов.</translation>
        </message>
        <message>
            <source>В %s домашние задания не задаются.</source>
            <translation>В %s домашние задания не задаются.</translation>
        </message>
        <message>
            <source>В %s отметки не выставляются: ведётся только посещаемость и темы.</source>
            <translation>В %s отметки не выставляются: ведётся только посещаемость и темы.</translation>
        </message>
        <message>
            <source>В расписании нет %d-го урока «%s» на %s, и замены на него нет.</source>
            <translation>В расписании нет %d-го урока «%s» на %s, и замены на него нет.</translation>
        </message>
        <message>
            <source>Вы ведёте на этой странице только уроки замены.</source>
            <translation>Вы ведёте на этой странице только уроки замены.</translation>
        </message>
        <message>
            <source>Дата %s вне учебного года.</source>
            <translation>Дата %s вне учебного года.</translation>
        </message>
        <message>
            <source>Дата %s не входит ни в один учебный период.</source>
            <translation>Дата %s не входит ни в один учебный период.</translation>
        </message>
        <message>
            <source>Домашнее задание</source>
            <translation>Домашнее задание</translation>
        </message>
        <message>
            <source>Журнал класса %s за учебный год заверен директором.</source>
            <translation>Журнал класса %s за учебный год заверен директором.</translation>
        </message>
        <message>
            <source>Неизвестный вид работы «%s».</source>
            <translation>Неизвестный вид работы «%s».</translation>
        </message>
        <message>
            <source>Отметка не найдена (возможно, её уже удалили).</source>
            <translation>Отметка не найдена (возможно, её уже удалили).</translation>
        </message>
        <message>
            <source>Период «%s» закрыт для редактирования.</source>
            <translation>Период «%s» закрыт для редактирования.</translation>
        </message>
        <message>
            <source>Период относится к другому учебному году.</source>
            <translation>Период относится к другому учебному году.</translation>
        </message>
        <message>
            <source>Прошло больше %d дн. после урока: ячейки закрыты.</source>
            <translation>Прошло больше %d дн. после урока: ячейки закрыты.</translation>
        </message>
        <message>
            <source>Разблокировать может: %s.</source>
            <translation>Разблокировать может: %s.</translation>
        </message>
        <message>
            <source>Страница журнала не найдена (нагрузка №%d).</source>
            <translation>Страница журнала не найдена (нагрузка №%d).</translation>
        </message>
        <message>
            <source>Тема КТП не найдена.</source>
            <translation>Тема КТП не найдена.</translation>
        </message>
        <message>
            <source>Тема урока</source>
            <translation>Тема урока</translation>
        </message>
        <message>
            <source>Тип урока</source>
            <translation>Тип урока</translation>
        </message>
        <message>
            <source>Только просмотр.</source>
            <translation>Только просмотр.</translation>
        </message>
        <message>
            <source>Урок %s ещё не проведён: заполнять будущие уроки нельзя.</source>
            <translation>Урок %s ещё не проведён: заполнять будущие уроки нельзя.</translation>
        </message>
        <message>
            <source>Урок %s только что изменил другой пользователь: тема сейчас «%s». Обновите страницу и повторите.</source>
            <translation>Урок %s только что изменил другой пользователь: тема сейчас «%s». Обновите страницу и повторите.</translation>
        </message>
        <message>
            <source>Урок ещё не проведён.</source>
            <translation>Урок ещё не проведён.</translation>
        </message>
        <message>
            <source>Урок не найден.</source>
            <translation>Урок не найден.</translation>
        </message>
        <message>
            <source>Учащийся не входит в эту подгруппу.</source>
            <translation>Учащийся не входит в эту подгруппу.</translation>
        </message>
        <message>
            <source>Учащийся не числится в классе %s на %s.</source>
            <translation>Учащийся не числится в классе %s на %s.</translation>
        </message>
        <message>
            <source>Учебный период не найден.</source>
            <translation>Учебный период не найден.</translation>
        </message>
        <message>
            <source>Это исправление: укажите причину (%s).</source>
            <translation>Это исправление: укажите причину (%s).</translation>
        </message>
        <message>
            <source>Это не ваша страница журнала: только просмотр.</source>
            <translation>Это не ваша страница журнала: только просмотр.</translation>
        </message>
        <message>
            <source>Эту ячейку только что изменил другой пользователь: сейчас в ней «%s», вы вводили «%s». Выберите, какое значение оставить.</source>
            <translation>Эту ячейку только что изменил другой пользователь: сейчас в ней «%s», вы вводили «%s». Выберите, какое значение оставить.</translation>
        </message>
        <message>
            <source>администратор ЭЖ (настройка периодов)</source>
            <translation>администратор ЭЖ (настройка периодов)</translation>
        </message>
        <message>
            <source>заместитель директора по УВР или администратор ЭЖ</source>
            <translation>заместитель директора по УВР или администратор ЭЖ</translation>
        </message>
        <message>
            <source>заместитель директора по УВР или администратор ЭЖ (по запросу на исправление)</source>
            <translation>заместитель директора по УВР или администратор ЭЖ (по запросу на исправление)</translation>
        </message>
        <message>
            <source>исправление вносит только администратор ЭЖ с указанием причины</source>
            <translation>исправление вносит только администратор ЭЖ с указанием причины</translation>
        </message>
        <message>
            <source>пусто</source>
            <translation>пусто</translation>
        </message>
        <message>
            <source>учитель, ведущий предмет</source>
            <translation>учитель, ведущий предмет</translation>
        </message>
    </context>
    <context>
        <name>JournalModel</name>
        <message>
            <source>%s не числится в классе на %s.</source>
            <translation>%s не числится в классе на %s.</translation>
        </message>
        <message>
            <source>%s отметка за «%s».
В скобках — предлагаемая по средневзвешенному баллу (%s); сама она не выставляется.</source>
            <translation>%s отметка за «%s».
В скобках — предлагаемая по средневзвешенному баллу (%s); сама она не выставляется.</translation>
        </message>
        <message>
            <source>%s — %s, %d-й урок</source>
            <translation>%s — %s, %d-й урок</translation>
        </message>
        <message>
            <source>%s, %s</source>
            <translation>%s, %s</translation>
        </message>
        <message>
            <source>%s, %s (%d-й урок), %s</source>
            <translation>%s, %s (%d-й урок), %s</translation>
        </message>
        <message>
            <source>%s, %s, %d-й урок</source>
            <translation>%s, %s, %d-й урок</translation>
        </message>
        <message>
            <source>%s: отметка за «%s» не выставлена.</source>
            <translation>%s: отметка за «%s» не выставлена.</translation>
        </message>
        <message>
            <source>%s: отметка за «%s» — %s</source>
            <translation>%s: отметка за «%s» — %s</translation>
        </message>
        <message>
            <source>%s: средневзвешенный балл %s</source>
            <translation>%s: средневзвешенный балл %s</translation>
        </message>
        <message>
            <source>%s: средний балл %s (отметок: %d)</source>
            <translation>%s: средний балл %s (отметок: %d)</translation>
        </message>
        <message>
            <source>; изменена %s</source>
            <translation>; изменена %s</translation>
        </message>
        <message>
            <source>{mark} — от {threshold}</source>
            <translation>{mark} — от {threshold}</translation>
        </message>
        <message>
            <source>«%s» — %s, вес %s; поставил(а) %s</source>
            <translation>«%s» — %s, вес %s; поставил(а) %s</translation>
        </message>
        <message>
            <source>«%s» — %s; отметил(а) %s</source>
            <translation>«%s» — %s; отметил(а) %s</translation>
        </message>
        <message>
            <source>«%s» → «%s»: %s</source>
            <translation>«%s» → «%s»: %s</translation>
        </message>
        <message>
            <source>В %s отметки не выставляются.</source>
            <translation>В %s отметки не выставляются.</translation>
        </message>
        <message>
            <source>В %s отметки не выставляются: только посещаемость.</source>
            <translation>В %s отметки не выставляются: только посещаемость.</translation>
        </message>
        <message>
            <source>Вид работы: %s (вес %s)</source>
            <translation>Вид работы: %s (вес %s)</translation>
        </message>
        <message>
            <source>Годовая</source>
            <translation>Годовая</translation>
        </message>
        <message>
            <source>ДР</source>
            <translation>ДР</translation>
        </message>
        <message>
            <source>Дикт</source>
            <translation>Дикт</translation>
        </message>
        <message>
            <source>Домашнее задание: %s</source>
            <translation>Домашнее задание: %s</translation>
        </message>
        <message>
            <source>Здесь можно исправить только посещаемость.</source>
            <translation>Здесь можно исправить только посещаемость.</translation>
        </message>
        <message>
            <source>Изменение — исправление: понадобится письменная причина.</source>
            <translation>Изменение — исправление: понадобится письменная причина.</translation>
        </message>
        <message>
            <source>Итоговая</source>
            <translation>Итоговая</translation>
        </message>
        <message>
            <source>КР</source>
            <translation>КР</translation>
        </message>
        <message>
            <source>ЛР</source>
            <translation>ЛР</translation>
        </message>
        <message>
            <source>Оставлено значение другого пользователя: «%s».</source>
            <translation>Оставлено значение другого пользователя: «%s».</translation>
        </message>
        <message>
            <source>Отметку за период выставляет учитель, ведущий предмет.</source>
            <translation>Отметку за период выставляет учитель, ведущий предмет.</translation>
        </message>
        <message>
            <source>ПР</source>
            <translation>ПР</translation>
        </message>
        <message>
            <source>Период «%s» закрыт для редактирования. Исправить может администратор ЭЖ с указанием причины.</source>
            <translation>Период «%s» закрыт для редактирования. Исправить может администратор ЭЖ с указанием причины.</translation>
        </message>
        <message>
            <source>По правилу округления: %d</source>
            <translation>По правилу округления: %d</translation>
        </message>
        <message>
            <source>Полугодовая</source>
            <translation>Полугодовая</translation>
        </message>
        <message>
            <source>Пр</source>
            <translation>Пр</translation>
        </message>
        <message>
            <source>Предлагается %d (средневзвешенный балл %s; %s). Выставляется только вручную.</source>
            <translation>Предлагается %d (средневзвешенный балл %s; %s). Выставляется только вручную.</translation>
        </message>
        <message>
            <source>Разблокировать может: %s.</source>
            <translation>Разблокировать может: %s.</translation>
        </message>
        <message>
            <source>СР</source>
            <translation>СР</translation>
        </message>
        <message>
            <source>Сохранено: %s — «%s».</source>
            <translation>Сохранено: %s — «%s».</translation>
        </message>
        <message>
            <source>Соч</source>
            <translation>Соч</translation>
        </message>
        <message>
            <source>Ср.
балл</source>
            <translation>Ср.
балл</translation>
        </message>
        <message>
            <source>Ср.
взв.</source>
            <translation>Ср.
взв.</translation>
        </message>
        <message>
            <source>Средневзвешенный балл: отметки с весами по видам работ.</source>
            <translation>Средневзвешенный балл: отметки с весами по видам работ.</translation>
        </message>
        <message>
            <source>Средние баллы считаются сами.</source>
            <translation>Средние баллы считаются сами.</translation>
        </message>
        <message>
            <source>Средний балл: среднее арифметическое текущих отметок за период.</source>
            <translation>Средний балл: среднее арифметическое текущих отметок за период.</translation>
        </message>
        <message>
            <source>Тема: %s</source>
            <translation>Тема: %s</translation>
        </message>
        <message>
            <source>Тип урока: %s</source>
            <translation>Тип урока: %s</translation>
        </message>
        <message>
            <source>Только просмотр.</source>
            <translation>Только просмотр.</translation>
        </message>
        <message>
            <source>Триместровая</source>
            <translation>Триместровая</translation>
        </message>
        <message>
            <source>Урок по замене.</source>
            <translation>Урок по замене.</translation>
        </message>
        <message>
            <source>Урока нет в текущем расписании: проведённый урок сохранён.</source>
            <translation>Урока нет в текущем расписании: проведённый урок сохранён.</translation>
        </message>
        <message>
            <source>Четвертная</source>
            <translation>Четвертная</translation>
        </message>
        <message>
            <source>Эта ячейка больше не показана: откройте её страницу.</source>
            <translation>Эта ячейка больше не показана: откройте её страницу.</translation>
        </message>
        <message>
            <source>болел</source>
            <translation>болел</translation>
        </message>
        <message>
            <source>в классе с %s</source>
            <translation>в классе с %s</translation>
        </message>
        <message>
            <source>вид работы не указан</source>
            <translation>вид работы не указан</translation>
        </message>
        <message>
            <source>выбыл(а) после %s</source>
            <translation>выбыл(а) после %s</translation>
        </message>
        <message>
            <source>иначе 2</source>
            <translation>иначе 2</translation>
        </message>
        <message>
            <source>опоздал</source>
            <translation>опоздал</translation>
        </message>
        <message>
            <source>отсутствовал</source>
            <translation>отсутствовал</translation>
        </message>
        <message>
            <source>отсутствовал по уважительной причине</source>
            <translation>отсутствовал по уважительной причине</translation>
        </message>
        <message>
            <source>полуг.</source>
            <translation>полуг.</translation>
        </message>
        <message>
            <source>пусто</source>
            <translation>пусто</translation>
        </message>
        <message>
            <source>трим.</source>
            <translation>трим.</translation>
        </message>
        <message>
            <source>четв.</source>
            <translation>четв.</translation>
        </message>
    </context>
    <context>
        <name>JournalTab</name>
        <message>
            <source> (закрыт)</source>
            <translation> (закрыт)</translation>
        </message>
        <message>
            <source>%s — %s, %s, %d-й урок</source>
            <translation>%s — %s, %s, %d-й урок</translation>
        </message>
        <message>
            <source>В %s отметки не выставляются: ведутся посещаемость и темы уроков.</source>
            <translation>В %s отметки не выставляются: ведутся посещаемость и темы уроков.</translation>
        </message>
        <message>
            <source>В журнале ещё нет учебного года.</source>
            <translation>В журнале ещё нет учебного года.</translation>
        </message>
        <message>
            <source>В этой клетке ещё ничего не записывали.</source>
            <translation>В этой клетке ещё ничего не записывали.</translation>
        </message>
        <message>
            <source>В этом периоде таких уроков нет.</source>
            <translation>В этом периоде таких уроков нет.</translation>
        </message>
        <message>
            <source>Вернуть</source>
            <translation>Вернуть</translation>
        </message>
        <message>
            <source>Вы ведёте на этой странице только уроки замены (%s): заполняются только они, остальные уроки и отметки за период — только просмотр.</source>
            <translation>Вы ведёте на этой странице только уроки замены (%s): заполняются только они, остальные уроки и отметки за период — только просмотр.</translation>
        </message>
        <message>
            <source>Год:</source>
            <translation>Год:</translation>
        </message>
        <message>
            <source>Записать</source>
            <translation>Записать</translation>
        </message>
        <message>
            <source>Запрос на исправление делается по клетке урока.</source>
            <translation>Запрос на исправление делается по клетке урока.</translation>
        </message>
        <message>
            <source>Запрос на исправление №%d отправлен заместителю директора и администратору ЭЖ.</source>
            <translation>Запрос на исправление №%d отправлен заместителю директора и администратору ЭЖ.</translation>
        </message>
        <message>
            <source>Запросить исправление…</source>
            <translation>Запросить исправление…</translation>
        </message>
        <message>
            <source>Запросы на исправление</source>
            <translation>Запросы на исправление</translation>
        </message>
        <message>
            <source>Запросы на исправление (%d)</source>
            <translation>Запросы на исправление (%d)</translation>
        </message>
        <message>
            <source>История показывается по клетке урока.</source>
            <translation>История показывается по клетке урока.</translation>
        </message>
        <message>
            <source>История…</source>
            <translation>История…</translation>
        </message>
        <message>
            <source>Класс:</source>
            <translation>Класс:</translation>
        </message>
        <message>
            <source>Кто, когда и как менял эту клетку</source>
            <translation>Кто, когда и как менял эту клетку</translation>
        </message>
        <message>
            <source>Мои запросы</source>
            <translation>Мои запросы</translation>
        </message>
        <message>
            <source>Отмена</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <source>Отменить</source>
            <translation>Отменить</translation>
        </message>
        <message>
            <source>Отметки и темы уроков на этой странице ведёт учитель (%s); вам доступно только исправление посещаемости с указанием причины.</source>
            <translation>Отметки и темы уроков на этой странице ведёт учитель (%s); вам доступно только исправление посещаемости с указанием причины.</translation>
        </message>
        <message>
            <source>Период:</source>
            <translation>Период:</translation>
        </message>
        <message>
            <source>Попросить заместителя директора и администратора ЭЖ исправить закрытую ячейку</source>
            <translation>Попросить заместителя директора и администратора ЭЖ исправить закрытую ячейку</translation>
        </message>
        <message>
            <source>Предмет:</source>
            <translation>Предмет:</translation>
        </message>
        <message>
            <source>Причина исправления</source>
            <translation>Причина исправления</translation>
        </message>
        <message>
            <source>Разблокировать может: %s.</source>
            <translation>Разблокировать может: %s.</translation>
        </message>
        <message>
            <source>Только просмотр: %s</source>
            <translation>Только просмотр: %s</translation>
        </message>
        <message>
            <source>Урока %s (%d-й) нет на этой странице журнала.</source>
            <translation>Урока %s (%d-й) нет на этой странице журнала.</translation>
        </message>
        <message>
            <source>Цифра 2–5 — добавить отметку (в клетке может быть несколько) · н, б, у — пропуск, о — опоздание (повторно — снять) · Delete — очистить · F2 или двойной щелчок — изменить клетку · Enter — вниз, Tab — вправо · Ctrl+Z / Ctrl+Y — отменить / вернуть. Всё сохраняется сразу.</source>
            <translation>Цифра 2–5 — добавить отметку (в клетке может быть несколько) · н, б, у — пропуск, о — опоздание (повторно — снять) · Delete — очистить · F2 или двойной щелчок — изменить клетку · Enter — вниз, Tab — вправо · Ctrl+Z / Ctrl+Y — отменить / вернуть. Всё сохраняется сразу.</translation>
        </message>
        <message>
            <source>Эта страница журнала вам недоступна.</source>
            <translation>Эта страница журнала вам недоступна.</translation>
        </message>
        <message>
            <source>Это исправление записи журнала (%s).
Укажите причину — она попадёт в журнал аудита:</source>
            <translation>Это исправление записи журнала (%s).
Укажите причину — она попадёт в журнал аудита:</translation>
        </message>
    </context>
    <context>
        <name>JournalView</name>
        <message>
            <source> №   Учащийся</source>
            <translation> №   Учащийся</translation>
        </message>
        <message>
            <source>В одной клетке не больше четырёх отметок.</source>
            <translation>В одной клетке не больше четырёх отметок.</translation>
        </message>
        <message>
            <source>Запросить исправление…</source>
            <translation>Запросить исправление…</translation>
        </message>
        <message>
            <source>Изменить ячейку	F2</source>
            <translation>Изменить ячейку	F2</translation>
        </message>
        <message>
            <source>Отметки — цифры от 2 до 5.</source>
            <translation>Отметки — цифры от 2 до 5.</translation>
        </message>
        <message>
            <source>Очистить	Delete</source>
            <translation>Очистить	Delete</translation>
        </message>
        <message>
            <source>Ячейка только для просмотра.</source>
            <translation>Ячейка только для просмотра.</translation>
        </message>
    </context>
    <context>
        <name>LessonPane</name>
        <message>
            <source> (замена)</source>
            <translation> (замена)</translation>
        </message>
        <message>
            <source>%s — вес %s</source>
            <translation>%s — вес %s</translation>
        </message>
        <message>
            <source>%s, %s, %d-й урок</source>
            <translation>%s, %s, %d-й урок</translation>
        </message>
        <message>
            <source>В %s домашние задания не задаются</source>
            <translation>В %s домашние задания не задаются</translation>
        </message>
        <message>
            <source>Вид работы:</source>
            <translation>Вид работы:</translation>
        </message>
        <message>
            <source>Выберите урок — столбец журнала.</source>
            <translation>Выберите урок — столбец журнала.</translation>
        </message>
        <message>
            <source>Д/з:</source>
            <translation>Д/з:</translation>
        </message>
        <message>
            <source>Домашнее задание</source>
            <translation>Домашнее задание</translation>
        </message>
        <message>
            <source>Запросить исправление…</source>
            <translation>Запросить исправление…</translation>
        </message>
        <message>
            <source>Изменения — исправление с указанием причины.</source>
            <translation>Изменения — исправление с указанием причины.</translation>
        </message>
        <message>
            <source>Отметок: %d · отсутствующих: %d · учащихся: %d</source>
            <translation>Отметок: %d · отсутствующих: %d · учащихся: %d</translation>
        </message>
        <message>
            <source>Разблокировать может: %s.</source>
            <translation>Разблокировать может: %s.</translation>
        </message>
        <message>
            <source>Следующая тема КТП: «%s»</source>
            <translation>Следующая тема КТП: «%s»</translation>
        </message>
        <message>
            <source>Тема урока</source>
            <translation>Тема урока</translation>
        </message>
        <message>
            <source>Тема:</source>
            <translation>Тема:</translation>
        </message>
        <message>
            <source>Тип урока:</source>
            <translation>Тип урока:</translation>
        </message>
        <message>
            <source>Только просмотр.</source>
            <translation>Только просмотр.</translation>
        </message>
        <message>
            <source>Урок %s сохранён.</source>
            <translation>Урок %s сохранён.</translation>
        </message>
        <message>
            <source>Урок %s, %s, %d-й урок</source>
            <translation>Урок %s, %s, %d-й урок</translation>
        </message>
    </context>
    <context>
        <name>LockDialog</name>
        <message>
            <source>Пароль</source>
            <translation>Пароль</translation>
        </message>
        <message>
            <source>Программа заблокирована</source>
            <translation>Программа заблокирована</translation>
        </message>
        <message>
            <source>Программа заблокирована после %d мин. без действий — чтобы никто не увидел и не изменил журнал, пока вас нет за компьютером. Всё введённое сохранено.

Чтобы продолжить, введите пароль пользователя %s.</source>
            <translation>Программа заблокирована после %d мин. без действий — чтобы никто не увидел и не изменил журнал, пока вас нет за компьютером. Всё введённое сохранено.

Чтобы продолжить, введите пароль пользователя %s.</translation>
        </message>
        <message>
            <source>Разблокировать</source>
            <translation>Разблокировать</translation>
        </message>
        <message>
            <source>Сменить пользователя</source>
            <translation>Сменить пользователя</translation>
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <source>postgresql://сервер:5432/база</source>
            <translation>postgresql://сервер:5432/база</translation>
        </message>
        <message>
            <source>Адрес сервера записывается так: postgresql://пользователь@сервер:5432/база.</source>
            <translation>Адрес сервера записывается так: postgresql://пользователь@сервер:5432/база.</translation>
        </message>
        <message>
            <source>База данных журнала</source>
            <translation>База данных журнала</translation>
        </message>
        <message>
            <source>Введите логин и пароль.</source>
            <translation>Введите логин и пароль.</translation>
        </message>
        <message>
            <source>Войти</source>
            <translation>Войти</translation>
        </message>
        <message>
            <source>Вход на сервер — под вашим логином и паролем,
сервер сам проверяет ваши права.</source>
            <translation>Вход на сервер — под вашим логином и паролем,
сервер сам проверяет ваши права.</translation>
        </message>
        <message>
            <source>Вход отменён: сначала нужно сменить временный пароль.</source>
            <translation>Вход отменён: сначала нужно сменить временный пароль.</translation>
        </message>
        <message>
            <source>Вход — %s</source>
            <translation>Вход — %s</translation>
        </message>
        <message>
            <source>Другой файл:</source>
            <translation>Другой файл:</translation>
        </message>
        <message>
            <source>Журнал ЭЖ-Десктоп (*.sqlite3 *.sqlite *.db);;Все файлы (*)</source>
            <translation>Журнал ЭЖ-Десктоп (*.sqlite3 *.sqlite *.db);;Все файлы (*)</translation>
        </message>
        <message>
            <source>Журнал на этом компьютере</source>
            <translation>Журнал на этом компьютере</translation>
        </message>
        <message>
            <source>Запомнить пароль сервера</source>
            <translation>Запомнить пароль сервера</translation>
        </message>
        <message>
            <source>Логин:</source>
            <translation>Логин:</translation>
        </message>
        <message>
            <source>Нет связи с базой данных журнала. Проверьте подключение и повторите вход; если не помогает, обратитесь к администратору ЭЖ.</source>
            <translation>Нет связи с базой данных журнала. Проверьте подключение и повторите вход; если не помогает, обратитесь к администратору ЭЖ.</translation>
        </message>
        <message>
            <source>Обзор…</source>
            <translation>Обзор…</translation>
        </message>
        <message>
            <source>Отмена</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <source>Пароль сервера:</source>
            <translation>Пароль сервера:</translation>
        </message>
        <message>
            <source>Пароль хранится в защищённом хранилище паролей системы, а не в файле.</source>
            <translation>Пароль хранится в защищённом хранилище паролей системы, а не в файле.</translation>
        </message>
        <message>
            <source>Пароль:</source>
            <translation>Пароль:</translation>
        </message>
        <message>
            <source>Пользователь</source>
            <translation>Пользователь</translation>
        </message>
        <message>
            <source>Сервер школы:</source>
            <translation>Сервер школы:</translation>
        </message>
        <message>
            <source>Укажите файл журнала.</source>
            <translation>Укажите файл журнала.</translation>
        </message>
        <message>
            <source>Учётной записи не назначена ни одна роль. Обратитесь к администратору ЭЖ.</source>
            <translation>Учётной записи не назначена ни одна роль. Обратитесь к администратору ЭЖ.</translation>
        </message>
        <message>
            <source>Файл журнала</source>
            <translation>Файл журнала</translation>
        </message>
        <message>
            <source>Хранилище паролей системы недоступно: пароль сервера нужно вводить при каждом входе.</source>
            <translation>Хранилище паролей системы недоступно: пароль сервера нужно вводить при каждом входе.</translation>
        </message>
        <message>
            <source>Электронный классный журнал</source>
            <translation>Электронный классный журнал</translation>
        </message>
        <message>
            <source>путь к файлу журнала</source>
            <translation>путь к файлу журнала</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;Вид</source>
            <translation>&amp;Вид</translation>
        </message>
        <message>
            <source>&amp;Заблокировать</source>
            <translation>&amp;Заблокировать</translation>
        </message>
        <message>
            <source>&amp;Настройки…</source>
            <translation>&amp;Настройки…</translation>
        </message>
        <message>
            <source>&amp;О программе</source>
            <translation>&amp;О программе</translation>
        </message>
        <message>
            <source>&amp;Руководство пользователя</source>
            <translation>&amp;Руководство пользователя</translation>
        </message>
        <message>
            <source>&amp;Справка</source>
            <translation>&amp;Справка</translation>
        </message>
        <message>
            <source>&amp;Файл</source>
            <translation>&amp;Файл</translation>
        </message>
        <message>
            <source>Администрирование</source>
            <translation>Администрирование</translation>
        </message>
        <message>
            <source>Аудит</source>
            <translation>Аудит</translation>
        </message>
        <message>
            <source>База: %s</source>
            <translation>База: %s</translation>
        </message>
        <message>
            <source>В&amp;ыход</source>
            <translation>В&amp;ыход</translation>
        </message>
        <message>
            <source>Восстановить из резервной копии…</source>
            <translation>Восстановить из резервной копии…</translation>
        </message>
        <message>
            <source>Журнал</source>
            <translation>Журнал</translation>
        </message>
        <message>
            <source>Журнал в этой версии программы недоступен.</source>
            <translation>Журнал в этой версии программы недоступен.</translation>
        </message>
        <message>
            <source>Журнал работы программы: %s</source>
            <translation>Журнал работы программы: %s</translation>
        </message>
        <message>
            <source>КТП</source>
            <translation>КТП</translation>
        </message>
        <message>
            <source>Конец года</source>
            <translation>Конец года</translation>
        </message>
        <message>
            <source>Мой класс</source>
            <translation>Мой класс</translation>
        </message>
        <message>
            <source>Отчёты</source>
            <translation>Отчёты</translation>
        </message>
        <message>
            <source>Папка &amp;журнала работы программы</source>
            <translation>Папка &amp;журнала работы программы</translation>
        </message>
        <message>
            <source>Печать</source>
            <translation>Печать</translation>
        </message>
        <message>
            <source>Посещаемость</source>
            <translation>Посещаемость</translation>
        </message>
        <message>
            <source>Расписание</source>
            <translation>Расписание</translation>
        </message>
        <message>
            <source>Сменить &amp;пользователя…</source>
            <translation>Сменить &amp;пользователя…</translation>
        </message>
        <message>
            <source>Сообщения…</source>
            <translation>Сообщения…</translation>
        </message>
        <message>
            <source>Учащиеся</source>
            <translation>Учащиеся</translation>
        </message>
        <message>
            <source>ЭЖ-Десктоп</source>
            <translation>ЭЖ-Десктоп</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <source>Выберите получателя: человека, роль или всех.</source>
            <translation>Выберите получателя: человека, роль или всех.</translation>
        </message>
        <message>
            <source>Кроме вас, в журнале никого нет.</source>
            <translation>Кроме вас, в журнале никого нет.</translation>
        </message>
        <message>
            <source>Напишите текст сообщения.</source>
            <translation>Напишите текст сообщения.</translation>
        </message>
        <message>
            <source>Неизвестная роль «%s».</source>
            <translation>Неизвестная роль «%s».</translation>
        </message>
        <message>
            <source>Нет получателей с ролью «%s».</source>
            <translation>Нет получателей с ролью «%s».</translation>
        </message>
        <message>
            <source>Получатель не найден или его учётная запись заблокирована.</source>
            <translation>Получатель не найден или его учётная запись заблокирована.</translation>
        </message>
        <message>
            <source>Сообщение длиннее %d символов.</source>
            <translation>Сообщение длиннее %d символов.</translation>
        </message>
        <message>
            <source>Сообщение не найдено.</source>
            <translation>Сообщение не найдено.</translation>
        </message>
        <message>
            <source>Тема длиннее %d символов.</source>
            <translation>Тема длиннее %d символов.</translation>
        </message>
    </context>
    <context>
        <name>MessagesUi</name>
        <message>
            <source>Непрочитанные сообщения — щёлкните, чтобы открыть</source>
            <translation>Непрочитанные сообщения — щёлкните, чтобы открыть</translation>
        </message>
        <message>
            <source>Сообщений: %d</source>
            <translation>Сообщений: %d</translation>
        </message>
    </context>
    <context>
        <name>MissingConsentsDialog</name>
        <message>
            <source>%s — без согласия: %d</source>
            <translation>%s — без согласия: %d</translation>
        </message>
        <message>
            <source>Без согласия на обработку ПД %s.xlsx</source>
            <translation>Без согласия на обработку ПД %s.xlsx</translation>
        </message>
        <message>
            <source>Бланки для показанных строк: по одному на каждого родителя без согласия, пустой бланк — учащемуся без сведений о родителях. Каждый бланк — отдельный PDF в выбранной папке.</source>
            <translation>Бланки для показанных строк: по одному на каждого родителя без согласия, пустой бланк — учащемуся без сведений о родителях. Каждый бланк — отдельный PDF в выбранной папке.</translation>
        </message>
        <message>
            <source>Бланки согласия</source>
            <translation>Бланки согласия</translation>
        </message>
        <message>
            <source>Бланки согласия на обработку ПД %s</source>
            <translation>Бланки согласия на обработку ПД %s</translation>
        </message>
        <message>
            <source>Бланков: %d (листов: %d) в файле «%s». Откройте его и распечатайте.</source>
            <translation>Бланков: %d (листов: %d) в файле «%s». Откройте его и распечатайте.</translation>
        </message>
        <message>
            <source>В Excel…</source>
            <translation>В Excel…</translation>
        </message>
        <message>
            <source>Документ PDF (*.pdf)</source>
            <translation>Документ PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Закрыть</source>
            <translation>Закрыть</translation>
        </message>
        <message>
            <source>Записано: %s — строк: %d.</source>
            <translation>Записано: %s — строк: %d.</translation>
        </message>
        <message>
            <source>Класс:</source>
            <translation>Класс:</translation>
        </message>
        <message>
            <source>Книга Excel (*.xlsx)</source>
            <translation>Книга Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Кто без согласия на обработку персональных данных — %s</source>
            <translation>Кто без согласия на обработку персональных данных — %s</translation>
        </message>
        <message>
            <source>На %s без действующего согласия — строк: %d (учащихся: %d) во всех доступных вам классах. Двойной щелчок открывает карточку учащегося.</source>
            <translation>На %s без действующего согласия — строк: %d (учащихся: %d) во всех доступных вам классах. Двойной щелчок открывает карточку учащегося.</translation>
        </message>
        <message>
            <source>Не удалось записать «%s»: %s</source>
            <translation>Не удалось записать «%s»: %s</translation>
        </message>
        <message>
            <source>Печать бланков согласия…</source>
            <translation>Печать бланков согласия…</translation>
        </message>
        <message>
            <source>Поиск по ФИО</source>
            <translation>Поиск по ФИО</translation>
        </message>
        <message>
            <source>Показано строк: %d, учащихся: %d (всего строк: %d).</source>
            <translation>Показано строк: %d, учащихся: %d (всего строк: %d).</translation>
        </message>
        <message>
            <source>Примечание</source>
            <translation>Примечание</translation>
        </message>
        <message>
            <source>Сохранено</source>
            <translation>Сохранено</translation>
        </message>
        <message>
            <source>Сохранить бланки согласия</source>
            <translation>Сохранить бланки согласия</translation>
        </message>
        <message>
            <source>Сохранить в Excel</source>
            <translation>Сохранить в Excel</translation>
        </message>
        <message>
            <source>Учащийся</source>
            <translation>Учащийся</translation>
        </message>
        <message>
            <source>ФИО</source>
            <translation>ФИО</translation>
        </message>
        <message>
            <source>Файл не записан</source>
            <translation>Файл не записан</translation>
        </message>
        <message>
            <source>Чьё согласие</source>
            <translation>Чьё согласие</translation>
        </message>
        <message>
            <source>Чьё согласие:</source>
            <translation>Чьё согласие:</translation>
        </message>
        <message>
            <source>все</source>
            <translation>все</translation>
        </message>
        <message>
            <source>все классы</source>
            <translation>все классы</translation>
        </message>
        <message>
            <source>нет сведений о родителях</source>
            <translation>нет сведений о родителях</translation>
        </message>
        <message>
            <source>родителей</source>
            <translation>родителей</translation>
        </message>
        <message>
            <source>учащихся</source>
            <translation>учащихся</translation>
        </message>
    </context>
    <context>
        <name>NewAccountsDialog</name>
        <message>
            <source>Временные пароли показываются ОДИН раз и нигде не хранятся в открытом виде. Распечатайте листки приглашений или скопируйте список сейчас; при первом входе сотрудник сменит пароль.</source>
            <translation>Временные пароли показываются ОДИН раз и нигде не хранятся в открытом виде. Распечатайте листки приглашений или скопируйте список сейчас; при первом входе сотрудник сменит пароль.</translation>
        </message>
        <message>
            <source>Закрыть</source>
            <translation>Закрыть</translation>
        </message>
        <message>
            <source>Листки приглашений…</source>
            <translation>Листки приглашений…</translation>
        </message>
        <message>
            <source>Новые учётные записи</source>
            <translation>Новые учётные записи</translation>
        </message>
        <message>
            <source>Скопировать</source>
            <translation>Скопировать</translation>
        </message>
    </context>
    <context>
        <name>NextYearDialog</name>
        <message>
            <source>(последний день в школе; по умолчанию — конец учебного года)</source>
            <translation>(последний день в школе; по умолчанию — конец учебного года)</translation>
        </message>
        <message>
            <source>В 9 и 11 классах нет учащихся: выпуска нет.</source>
            <translation>В 9 и 11 классах нет учащихся: выпуска нет.</translation>
        </message>
        <message>
            <source>Выпуск</source>
            <translation>Выпуск</translation>
        </message>
        <message>
            <source>Выпускается учащихся: %d (основание: окончание основного или среднего общего образования); остаются на повторное обучение: %d.</source>
            <translation>Выпускается учащихся: %d (основание: окончание основного или среднего общего образования); остаются на повторное обучение: %d.</translation>
        </message>
        <message>
            <source>Дата выбытия:</source>
            <translation>Дата выбытия:</translation>
        </message>
        <message>
            <source>Даты:</source>
            <translation>Даты:</translation>
        </message>
        <message>
            <source>Класс</source>
            <translation>Класс</translation>
        </message>
        <message>
            <source>Классы 1–10 переходят в следующую параллель (5А → 6А) вместе с учащимися, классным руководителем и нагрузкой (проверьте её потом). Четверти и каникулы переносятся с датами на год вперёд. В учебном году %s записывается только выбытие выпускников.</source>
            <translation>Классы 1–10 переходят в следующую параллель (5А → 6А) вместе с учащимися, классным руководителем и нагрузкой (проверьте её потом). Четверти и каникулы переносятся с датами на год вперёд. В учебном году %s записывается только выбытие выпускников.</translation>
        </message>
        <message>
            <source>Начать учебный год</source>
            <translation>Начать учебный год</translation>
        </message>
        <message>
            <source>Новый учебный год:</source>
            <translation>Новый учебный год:</translation>
        </message>
        <message>
            <source>Приказ о выпуске:</source>
            <translation>Приказ о выпуске:</translation>
        </message>
        <message>
            <source>Приказ о переводе:</source>
            <translation>Приказ о переводе:</translation>
        </message>
        <message>
            <source>Решение</source>
            <translation>Решение</translation>
        </message>
        <message>
            <source>Учащиеся 9 и 11 классов:</source>
            <translation>Учащиеся 9 и 11 классов:</translation>
        </message>
        <message>
            <source>Учащийся</source>
            <translation>Учащийся</translation>
        </message>
        <message>
            <source>выпускается (окончил(а) школу)</source>
            <translation>выпускается (окончил(а) школу)</translation>
        </message>
        <message>
            <source>выпускается (уходит из школы)</source>
            <translation>выпускается (уходит из школы)</translation>
        </message>
        <message>
            <source>например, № 45 от 30.05</source>
            <translation>например, № 45 от 30.05</translation>
        </message>
        <message>
            <source>номер, например 112-у</source>
            <translation>номер, например 112-у</translation>
        </message>
        <message>
            <source>оставлен(а) на повторное обучение</source>
            <translation>оставлен(а) на повторное обучение</translation>
        </message>
        <message>
            <source>от</source>
            <translation>от</translation>
        </message>
        <message>
            <source>переходит в 10 класс</source>
            <translation>переходит в 10 класс</translation>
        </message>
        <message>
            <source>по</source>
            <translation>по</translation>
        </message>
        <message>
            <source>с</source>
            <translation>с</translation>
        </message>
        <message>
            <source>№</source>
            <translation>№</translation>
        </message>
    </context>
    <context>
        <name>ParentDocs</name>
        <message>
            <source>Даты %s – %s не относятся к %s учебному году.</source>
            <translation>Даты %s – %s не относятся к %s учебному году.</translation>
        </message>
        <message>
            <source>Замечания классного руководителя длиннее %d символов.</source>
            <translation>Замечания классного руководителя длиннее %d символов.</translation>
        </message>
        <message>
            <source>Информационное письмо: %s, %s учебный год</source>
            <translation>Информационное письмо: %s, %s учебный год</translation>
        </message>
        <message>
            <source>Начало периода (%s) позже его конца (%s).</source>
            <translation>Начало периода (%s) позже его конца (%s).</translation>
        </message>
        <message>
            <source>Отчёт-дневник %s</source>
            <translation>Отчёт-дневник %s</translation>
        </message>
        <message>
            <source>Отчёт-дневник печатается не больше чем за учебный год.</source>
            <translation>Отчёт-дневник печатается не больше чем за учебный год.</translation>
        </message>
        <message>
            <source>Укажите учащегося: фамилию и имя.</source>
            <translation>Укажите учащегося: фамилию и имя.</translation>
        </message>
        <message>
            <source>Учащегося «%s» в этом классе нет (есть: %s).</source>
            <translation>Учащегося «%s» в этом классе нет (есть: %s).</translation>
        </message>
        <message>
            <source>Учащийся «%s» неоднозначен (подходят: %s): укажите фамилию, имя и отчество.</source>
            <translation>Учащийся «%s» неоднозначен (подходят: %s): укажите фамилию, имя и отчество.</translation>
        </message>
        <message>
            <source>Этот учащийся не учится в классе %s.</source>
            <translation>Этот учащийся не учится в классе %s.</translation>
        </message>
        <message>
            <source>Этот учебный период не относится к %s учебному году.</source>
            <translation>Этот учебный период не относится к %s учебному году.</translation>
        </message>
        <message>
            <source>нет</source>
            <translation>нет</translation>
        </message>
        <message>
            <source>с %s по %s</source>
            <translation>с %s по %s</translation>
        </message>
    </context>
    <context>
        <name>PeriodDialog</name>
        <message>
            <source>%d период</source>
            <translation>%d период</translation>
        </message>
        <message>
            <source>%d полугодие</source>
            <translation>%d полугодие</translation>
        </message>
        <message>
            <source>%d триместр</source>
            <translation>%d триместр</translation>
        </message>
        <message>
            <source>%d четверть</source>
            <translation>%d четверть</translation>
        </message>
        <message>
            <source>Название:</source>
            <translation>Название:</translation>
        </message>
        <message>
            <source>Начало:</source>
            <translation>Начало:</translation>
        </message>
        <message>
            <source>Номер:</source>
            <translation>Номер:</translation>
        </message>
        <message>
            <source>Окончание:</source>
            <translation>Окончание:</translation>
        </message>
    </context>
    <context>
        <name>Periods</name>
        <message>
            <source>В %s отметки не выставляются.</source>
            <translation>В %s отметки не выставляются.</translation>
        </message>
        <message>
            <source>Годовая, экзаменационная и итоговая отметки ставятся без периода.</source>
            <translation>Годовая, экзаменационная и итоговая отметки ставятся без периода.</translation>
        </message>
        <message>
            <source>Для отметки за период укажите период.</source>
            <translation>Для отметки за период укажите период.</translation>
        </message>
        <message>
            <source>Журнал класса %s за учебный год заверен директором.</source>
            <translation>Журнал класса %s за учебный год заверен директором.</translation>
        </message>
        <message>
            <source>Исправить может администратор ЭЖ с указанием причины.</source>
            <translation>Исправить может администратор ЭЖ с указанием причины.</translation>
        </message>
        <message>
            <source>Неизвестный вид итоговой отметки.</source>
            <translation>Неизвестный вид итоговой отметки.</translation>
        </message>
        <message>
            <source>Отметку только что изменил другой пользователь: сейчас «%s», вы вводили «%s».</source>
            <translation>Отметку только что изменил другой пользователь: сейчас «%s», вы вводили «%s».</translation>
        </message>
        <message>
            <source>Период «%s» закрыт для редактирования.</source>
            <translation>Период «%s» закрыт для редактирования.</translation>
        </message>
        <message>
            <source>Период относится к другому учебному году.</source>
            <translation>Период относится к другому учебному году.</translation>
        </message>
        <message>
            <source>Укажите, зачем открывается закрытый период.</source>
            <translation>Укажите, зачем открывается закрытый период.</translation>
        </message>
        <message>
            <source>Учащийся не числится в классе %s на %s.</source>
            <translation>Учащийся не числится в классе %s на %s.</translation>
        </message>
        <message>
            <source>Учебный период не найден.</source>
            <translation>Учебный период не найден.</translation>
        </message>
        <message>
            <source>Это исправление: укажите причину (%s).</source>
            <translation>Это исправление: укажите причину (%s).</translation>
        </message>
        <message>
            <source>пусто</source>
            <translation>пусто</translation>
        </message>
    </context>
    <context>
        <name>PlanEditor</name>
        <message>
            <source>%s — тем: %d, часов: %d (%s)</source>
            <translation>%s — тем: %d, часов: %d (%s)</translation>
        </message>
        <message>
            <source>«%s» — не число часов.</source>
            <translation>«%s» — не число часов.</translation>
        </message>
        <message>
            <source>Выполнение программы: </source>
            <translation>Выполнение программы: </translation>
        </message>
        <message>
            <source>Выше</source>
            <translation>Выше</translation>
        </message>
        <message>
            <source>Данные изменены другим пользователем</source>
            <translation>Данные изменены другим пользователем</translation>
        </message>
        <message>
            <source>Дата «%s» не распознана: пишите «15.09.2025».</source>
            <translation>Дата «%s» не распознана: пишите «15.09.2025».</translation>
        </message>
        <message>
            <source>Дата по плану</source>
            <translation>Дата по плану</translation>
        </message>
        <message>
            <source>Даты по расписанию</source>
            <translation>Даты по расписанию</translation>
        </message>
        <message>
            <source>Для «%s» (%s класс) КТП ещё нет: создайте его — он будет общим для всех классов параллели.</source>
            <translation>Для «%s» (%s класс) КТП ещё нет: создайте его — он будет общим для всех классов параллели.</translation>
        </message>
        <message>
            <source>Добавить тему</source>
            <translation>Добавить тему</translation>
        </message>
        <message>
            <source>КТП параллели</source>
            <translation>КТП параллели</translation>
        </message>
        <message>
            <source>Нагрузка:</source>
            <translation>Нагрузка:</translation>
        </message>
        <message>
            <source>Неверные данные</source>
            <translation>Неверные данные</translation>
        </message>
        <message>
            <source>Нет учебной нагрузки, КТП которой вам доступны.</source>
            <translation>Нет учебной нагрузки, КТП которой вам доступны.</translation>
        </message>
        <message>
            <source>Ниже</source>
            <translation>Ниже</translation>
        </message>
        <message>
            <source>Новая тема</source>
            <translation>Новая тема</translation>
        </message>
        <message>
            <source>Обновить</source>
            <translation>Обновить</translation>
        </message>
        <message>
            <source>Один КТП на предмет и параллель: его используют все классы параллели. Ячейки редактируются в таблице и сохраняются сразу; дата — в виде «15.09.2025».</source>
            <translation>Один КТП на предмет и параллель: его используют все классы параллели. Ячейки редактируются в таблице и сохраняются сразу; дата — в виде «15.09.2025».</translation>
        </message>
        <message>
            <source>Принять для нагрузки</source>
            <translation>Принять для нагрузки</translation>
        </message>
        <message>
            <source>Проведено</source>
            <translation>Проведено</translation>
        </message>
        <message>
            <source>Раздел</source>
            <translation>Раздел</translation>
        </message>
        <message>
            <source>Создать КТП параллели</source>
            <translation>Создать КТП параллели</translation>
        </message>
        <message>
            <source>Тема урока</source>
            <translation>Тема урока</translation>
        </message>
        <message>
            <source>Тема урока:</source>
            <translation>Тема урока:</translation>
        </message>
        <message>
            <source>Удалить тему</source>
            <translation>Удалить тему</translation>
        </message>
        <message>
            <source>Учебный год:</source>
            <translation>Учебный год:</translation>
        </message>
        <message>
            <source>Часы</source>
            <translation>Часы</translation>
        </message>
        <message>
            <source>принят для нагрузки</source>
            <translation>принят для нагрузки</translation>
        </message>
        <message>
            <source>№</source>
            <translation>№</translation>
        </message>
    </context>
    <context>
        <name>Plans</name>
        <message>
            <source>, выполнение %d%%</source>
            <translation>, выполнение %d%%</translation>
        </message>
        <message>
            <source>, отставание %d ч</source>
            <translation>, отставание %d ч</translation>
        </message>
        <message>
            <source>В КТП не больше %d тем.</source>
            <translation>В КТП не больше %d тем.</translation>
        </message>
        <message>
            <source>Дата %s вне учебного года %s.</source>
            <translation>Дата %s вне учебного года %s.</translation>
        </message>
        <message>
            <source>Даты расставляются по расписанию своей нагрузки.</source>
            <translation>Даты расставляются по расписанию своей нагрузки.</translation>
        </message>
        <message>
            <source>КТП «%s» другого предмета или учебного года.</source>
            <translation>КТП «%s» другого предмета или учебного года.</translation>
        </message>
        <message>
            <source>КТП «%s» изменил другой пользователь. Обновите и повторите.</source>
            <translation>КТП «%s» изменил другой пользователь. Обновите и повторите.</translation>
        </message>
        <message>
            <source>КТП «%s» составлен для %d класса, а нагрузка — в %d классе.</source>
            <translation>КТП «%s» составлен для %d класса, а нагрузка — в %d классе.</translation>
        </message>
        <message>
            <source>КТП «%s» этой параллели уже есть: один план на предмет и параллель, его используют все классы параллели.</source>
            <translation>КТП «%s» этой параллели уже есть: один план на предмет и параллель, его используют все классы параллели.</translation>
        </message>
        <message>
            <source>КТП не выбран: проведено уроков — %d.</source>
            <translation>КТП не выбран: проведено уроков — %d.</translation>
        </message>
        <message>
            <source>КТП не найден.</source>
            <translation>КТП не найден.</translation>
        </message>
        <message>
            <source>На %s: по плану %d ч из %d, проведено %d%s%s.</source>
            <translation>На %s: по плану %d ч из %d, проведено %d%s%s.</translation>
        </message>
        <message>
            <source>Нагрузка не найдена.</source>
            <translation>Нагрузка не найдена.</translation>
        </message>
        <message>
            <source>Название КТП длиннее 200 символов.</source>
            <translation>Название КТП длиннее 200 символов.</translation>
        </message>
        <message>
            <source>Название раздела длиннее 200 символов.</source>
            <translation>Название раздела длиннее 200 символов.</translation>
        </message>
        <message>
            <source>Не указана тема урока.</source>
            <translation>Не указана тема урока.</translation>
        </message>
        <message>
            <source>Не указано название КТП.</source>
            <translation>Не указано название КТП.</translation>
        </message>
        <message>
            <source>Параллель — от 1 до 11.</source>
            <translation>Параллель — от 1 до 11.</translation>
        </message>
        <message>
            <source>Предмет не найден.</source>
            <translation>Предмет не найден.</translation>
        </message>
        <message>
            <source>Тема КТП не найдена.</source>
            <translation>Тема КТП не найдена.</translation>
        </message>
        <message>
            <source>У нагрузки нет уроков в расписании: даты не из чего взять.</source>
            <translation>У нагрузки нет уроков в расписании: даты не из чего взять.</translation>
        </message>
        <message>
            <source>Учебный год не найден.</source>
            <translation>Учебный год не найден.</translation>
        </message>
        <message>
            <source>Часов на тему — от 1 до %d.</source>
            <translation>Часов на тему — от 1 до %d.</translation>
        </message>
        <message>
            <source>чужая нагрузка</source>
            <translation>чужая нагрузка</translation>
        </message>
    </context>
    <context>
        <name>PreviewModel</name>
        <message>
            <source>Кто / что</source>
            <translation>Кто / что</translation>
        </message>
        <message>
            <source>Результат</source>
            <translation>Результат</translation>
        </message>
        <message>
            <source>Строка</source>
            <translation>Строка</translation>
        </message>
        <message>
            <source>Что изменится / причина отказа</source>
            <translation>Что изменится / причина отказа</translation>
        </message>
        <message>
            <source>добавить</source>
            <translation>добавить</translation>
        </message>
        <message>
            <source>изменить</source>
            <translation>изменить</translation>
        </message>
        <message>
            <source>оставить</source>
            <translation>оставить</translation>
        </message>
        <message>
            <source>отклонено</source>
            <translation>отклонено</translation>
        </message>
        <message>
            <source>удалить</source>
            <translation>удалить</translation>
        </message>
    </context>
    <context>
        <name>Print</name>
        <message>
            <source>В журнале нет ни одного учебного года.</source>
            <translation>В журнале нет ни одного учебного года.</translation>
        </message>
        <message>
            <source>Годовые отметки</source>
            <translation>Годовые отметки</translation>
        </message>
        <message>
            <source>Итоговые отметки</source>
            <translation>Итоговые отметки</translation>
        </message>
        <message>
            <source>Класс «%s» в %s учебном году не найден (есть: %s).</source>
            <translation>Класс «%s» в %s учебном году не найден (есть: %s).</translation>
        </message>
        <message>
            <source>Класс не найден.</source>
            <translation>Класс не найден.</translation>
        </message>
        <message>
            <source>Период относится к другому учебному году.</source>
            <translation>Период относится к другому учебному году.</translation>
        </message>
        <message>
            <source>Предмет «%s» в этом классе не преподаётся (есть: %s).</source>
            <translation>Предмет «%s» в этом классе не преподаётся (есть: %s).</translation>
        </message>
        <message>
            <source>Предмет «%s» неоднозначен (подходят: %s).</source>
            <translation>Предмет «%s» неоднозначен (подходят: %s).</translation>
        </message>
        <message>
            <source>Учебного периода № %d в этом году нет.</source>
            <translation>Учебного периода № %d в этом году нет.</translation>
        </message>
        <message>
            <source>Учебный год «%s» не найден (есть: %s).</source>
            <translation>Учебный год «%s» не найден (есть: %s).</translation>
        </message>
        <message>
            <source>Экзаменационные отметки</source>
            <translation>Экзаменационные отметки</translation>
        </message>
        <message>
            <source>Этот предмет в классе %s не преподаётся.</source>
            <translation>Этот предмет в классе %s не преподаётся.</translation>
        </message>
        <message>
            <source>нет</source>
            <translation>нет</translation>
        </message>
    </context>
    <context>
        <name>PrintLog</name>
        <message>
            <source>Для журнала класса нужно указать учебный год.</source>
            <translation>Для журнала класса нужно указать учебный год.</translation>
        </message>
        <message>
            <source>Для этого вида печати нужно указать класс.</source>
            <translation>Для этого вида печати нужно указать класс.</translation>
        </message>
        <message>
            <source>Класс не найден.</source>
            <translation>Класс не найден.</translation>
        </message>
        <message>
            <source>Контрольная сумма файла должна быть SHA-256 (64 шестнадцатеричные цифры).</source>
            <translation>Контрольная сумма файла должна быть SHA-256 (64 шестнадцатеричные цифры).</translation>
        </message>
        <message>
            <source>Не указано имя записанного файла.</source>
            <translation>Не указано имя записанного файла.</translation>
        </message>
        <message>
            <source>Неизвестный вид печати «%s».</source>
            <translation>Неизвестный вид печати «%s».</translation>
        </message>
        <message>
            <source>Учебный год не найден.</source>
            <translation>Учебный год не найден.</translation>
        </message>
        <message>
            <source>Число листов должно быть целым и не меньше нуля.</source>
            <translation>Число листов должно быть целым и не меньше нуля.</translation>
        </message>
        <message>
            <source>журнал класса</source>
            <translation>журнал класса</translation>
        </message>
        <message>
            <source>информационные письма</source>
            <translation>информационные письма</translation>
        </message>
        <message>
            <source>отчёт-дневник</source>
            <translation>отчёт-дневник</translation>
        </message>
        <message>
            <source>сводная ведомость</source>
            <translation>сводная ведомость</translation>
        </message>
        <message>
            <source>страницы журнала за период</source>
            <translation>страницы журнала за период</translation>
        </message>
        <message>
            <source>страницы предмета</source>
            <translation>страницы предмета</translation>
        </message>
        <message>
            <source>том сводных ведомостей</source>
            <translation>том сводных ведомостей</translation>
        </message>
    </context>
    <context>
        <name>PrintTab</name>
        <message>
            <source>PDF сохранён</source>
            <translation>PDF сохранён</translation>
        </message>
        <message>
            <source>SHA-256 файла: %s</source>
            <translation>SHA-256 файла: %s</translation>
        </message>
        <message>
            <source>В журнале нет учебных лет.</source>
            <translation>В журнале нет учебных лет.</translation>
        </message>
        <message>
            <source>В папку %s записаны журналы %d классов, всего листов: %d.</source>
            <translation>В папку %s записаны журналы %d классов, всего листов: %d.</translation>
        </message>
        <message>
            <source>Весь учебный год</source>
            <translation>Весь учебный год</translation>
        </message>
        <message>
            <source>Все учащиеся класса</source>
            <translation>Все учащиеся класса</translation>
        </message>
        <message>
            <source>Документ PDF (*.pdf)</source>
            <translation>Документ PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Журнал заверен</source>
            <translation>Журнал заверен</translation>
        </message>
        <message>
            <source>Журнал заверен %s (%s), листов: %d. Год этого класса только для чтения.</source>
            <translation>Журнал заверен %s (%s), листов: %d. Год этого класса только для чтения.</translation>
        </message>
        <message>
            <source>Журнал изменён после заверения. Отличаются:
%s

%s</source>
            <translation>Журнал изменён после заверения. Отличаются:
%s

%s</translation>
        </message>
        <message>
            <source>Журнал класса %s за %s учебный год заверен. Листов: %d.
Контрольная сумма SHA-256: %s
Напечатайте журнал ещё раз: на титульном листе будет отметка о заверении.</source>
            <translation>Журнал класса %s за %s учебный год заверен. Листов: %d.
Контрольная сумма SHA-256: %s
Напечатайте журнал ещё раз: на титульном листе будет отметка о заверении.</translation>
        </message>
        <message>
            <source>Журнал класса за учебный год (для брошюровки, с титульным листом)</source>
            <translation>Журнал класса за учебный год (для брошюровки, с титульным листом)</translation>
        </message>
        <message>
            <source>Журнал класса за этот учебный год не заверен.</source>
            <translation>Журнал класса за этот учебный год не заверен.</translation>
        </message>
        <message>
            <source>Журнал печати</source>
            <translation>Журнал печати</translation>
        </message>
        <message>
            <source>Журнал совпадает с заверенным: данные не менялись.</source>
            <translation>Журнал совпадает с заверенным: данные не менялись.</translation>
        </message>
        <message>
            <source>Журналы всех классов — каждый в свой файл</source>
            <translation>Журналы всех классов — каждый в свой файл</translation>
        </message>
        <message>
            <source>Журналы сохранены</source>
            <translation>Журналы сохранены</translation>
        </message>
        <message>
            <source>Заверить журнал</source>
            <translation>Заверить журнал</translation>
        </message>
        <message>
            <source>Заверить журнал класса за учебный год: после этого год класса станет только для чтения</source>
            <translation>Заверить журнал класса за учебный год: после этого год класса станет только для чтения</translation>
        </message>
        <message>
            <source>Заверить…</source>
            <translation>Заверить…</translation>
        </message>
        <message>
            <source>Замечания и пожелания классного руководителя — одинаковые во всех письмах (необязательно)</source>
            <translation>Замечания и пожелания классного руководителя — одинаковые во всех письмах (необязательно)</translation>
        </message>
        <message>
            <source>Записано контактов с родителями: %d.</source>
            <translation>Записано контактов с родителями: %d.</translation>
        </message>
        <message>
            <source>Записано: %s — листов: %d.</source>
            <translation>Записано: %s — листов: %d.</translation>
        </message>
        <message>
            <source>Изменения через программу после заверения: %d.</source>
            <translation>Изменения через программу после заверения: %d.</translation>
        </message>
        <message>
            <source>Информационные письма родителям за период — по письму на страницу</source>
            <translation>Информационные письма родителям за период — по письму на страницу</translation>
        </message>
        <message>
            <source>Класс</source>
            <translation>Класс</translation>
        </message>
        <message>
            <source>Класс:</source>
            <translation>Класс:</translation>
        </message>
        <message>
            <source>Когда</source>
            <translation>Когда</translation>
        </message>
        <message>
            <source>Кто</source>
            <translation>Кто</translation>
        </message>
        <message>
            <source>Листов</source>
            <translation>Листов</translation>
        </message>
        <message>
            <source>Листов: %d</source>
            <translation>Листов: %d</translation>
        </message>
        <message>
            <source>Не удалось записать PDF: %s</source>
            <translation>Не удалось записать PDF: %s</translation>
        </message>
        <message>
            <source>Не удалось записать «%s»: %s</source>
            <translation>Не удалось записать «%s»: %s</translation>
        </message>
        <message>
            <source>Не удалось прочитать «%s»: %s</source>
            <translation>Не удалось прочитать «%s»: %s</translation>
        </message>
        <message>
            <source>Нет классов, журналы которых вы можете печатать в этом учебном году.</source>
            <translation>Нет классов, журналы которых вы можете печатать в этом учебном году.</translation>
        </message>
        <message>
            <source>Нет классов, страницы журналов которых вы можете напечатать за этот период.</source>
            <translation>Нет классов, страницы журналов которых вы можете напечатать за этот период.</translation>
        </message>
        <message>
            <source>Открыть PDF</source>
            <translation>Открыть PDF</translation>
        </message>
        <message>
            <source>Открыть напечатанный файл в программе просмотра PDF</source>
            <translation>Открыть напечатанный файл в программе просмотра PDF</translation>
        </message>
        <message>
            <source>Отчёт-дневник учащегося для родителей (отметки, посещаемость, темы, задания)</source>
            <translation>Отчёт-дневник учащегося для родителей (отметки, посещаемость, темы, задания)</translation>
        </message>
        <message>
            <source>Папка для журналов всех классов</source>
            <translation>Папка для журналов всех классов</translation>
        </message>
        <message>
            <source>Период:</source>
            <translation>Период:</translation>
        </message>
        <message>
            <source>Предмет:</source>
            <translation>Предмет:</translation>
        </message>
        <message>
            <source>Предпросмотр страниц недоступен (нет программы pdftoppm). Откройте PDF кнопкой «Открыть PDF» или сохраните его.</source>
            <translation>Предпросмотр страниц недоступен (нет программы pdftoppm). Откройте PDF кнопкой «Открыть PDF» или сохраните его.</translation>
        </message>
        <message>
            <source>Проверить заверенный журнал</source>
            <translation>Проверить заверенный журнал</translation>
        </message>
        <message>
            <source>Проверка журнала</source>
            <translation>Проверка журнала</translation>
        </message>
        <message>
            <source>Просмотр</source>
            <translation>Просмотр</translation>
        </message>
        <message>
            <source>Сводная ведомость итоговых отметок класса (хранится 25 лет)</source>
            <translation>Сводная ведомость итоговых отметок класса (хранится 25 лет)</translation>
        </message>
        <message>
            <source>Сводные ведомости всех классов одним томом</source>
            <translation>Сводные ведомости всех классов одним томом</translation>
        </message>
        <message>
            <source>Сохранить PDF</source>
            <translation>Сохранить PDF</translation>
        </message>
        <message>
            <source>Сохранить PDF…</source>
            <translation>Сохранить PDF…</translation>
        </message>
        <message>
            <source>Сохранённый PDF записывается в журнал печати и как контакт с родителями каждого учащегося; просмотр ничего не записывает.</source>
            <translation>Сохранённый PDF записывается в журнал печати и как контакт с родителями каждого учащегося; просмотр ничего не записывает.</translation>
        </message>
        <message>
            <source>Страницы журнала одного предмета</source>
            <translation>Страницы журнала одного предмета</translation>
        </message>
        <message>
            <source>Страницы журналов всех классов за период — одним файлом с содержанием</source>
            <translation>Страницы журналов всех классов за период — одним файлом с содержанием</translation>
        </message>
        <message>
            <source>Учащийся:</source>
            <translation>Учащийся:</translation>
        </message>
        <message>
            <source>Учебный год:</source>
            <translation>Учебный год:</translation>
        </message>
        <message>
            <source>Файл</source>
            <translation>Файл</translation>
        </message>
        <message>
            <source>Файл не записан</source>
            <translation>Файл не записан</translation>
        </message>
        <message>
            <source>Через программу ничего не менялось: данные изменены в обход программы.</source>
            <translation>Через программу ничего не менялось: данные изменены в обход программы.</translation>
        </message>
        <message>
            <source>Что</source>
            <translation>Что</translation>
        </message>
        <message>
            <source>Что напечатать</source>
            <translation>Что напечатать</translation>
        </message>
        <message>
            <source>все классы</source>
            <translation>все классы</translation>
        </message>
        <message>
            <source>по</source>
            <translation>по</translation>
        </message>
        <message>
            <source>с</source>
            <translation>с</translation>
        </message>
        <message>
            <source>… и ещё %d</source>
            <translation>… и ещё %d</translation>
        </message>
    </context>
    <context>
        <name>Reports</name>
        <message>
            <source>%d дн. %d ч</source>
            <translation>%d дн. %d ч</translation>
        </message>
        <message>
            <source>%d мин</source>
            <translation>%d мин</translation>
        </message>
        <message>
            <source>%d ч %d мин</source>
            <translation>%d ч %d мин</translation>
        </message>
        <message>
            <source>«2»</source>
            <translation>«2»</translation>
        </message>
        <message>
            <source>«3»</source>
            <translation>«3»</translation>
        </message>
        <message>
            <source>«4»</source>
            <translation>«4»</translation>
        </message>
        <message>
            <source>«5»</source>
            <translation>«5»</translation>
        </message>
        <message>
            <source>«Заполнено в срок» — доля уроков в журнале без опозданий; «не заполнено» — уроки по расписанию без единой записи в журнале.</source>
            <translation>«Заполнено в срок» — доля уроков в журнале без опозданий; «не заполнено» — уроки по расписанию без единой записи в журнале.</translation>
        </message>
        <message>
            <source>«Учащихся» — числились в классе хотя бы один день с %s по %s; «на учащегося» — пропущенные уроки, делённые на это число.</source>
            <translation>«Учащихся» — числились в классе хотя бы один день с %s по %s; «на учащегося» — пропущенные уроки, делённые на это число.</translation>
        </message>
        <message>
            <source>Активность работы в журнале</source>
            <translation>Активность работы в журнале</translation>
        </message>
        <message>
            <source>Аттестовано</source>
            <translation>Аттестовано</translation>
        </message>
        <message>
            <source>Без д/з</source>
            <translation>Без д/з</translation>
        </message>
        <message>
            <source>Без отметок</source>
            <translation>Без отметок</translation>
        </message>
        <message>
            <source>Без отметок за период</source>
            <translation>Без отметок за период</translation>
        </message>
        <message>
            <source>Без отметок, с одной отметкой, ниже минимума — число учащихся за период.</source>
            <translation>Без отметок, с одной отметкой, ниже минимума — число учащихся за период.</translation>
        </message>
        <message>
            <source>Без темы</source>
            <translation>Без темы</translation>
        </message>
        <message>
            <source>Без учёта посещаемости</source>
            <translation>Без учёта посещаемости</translation>
        </message>
        <message>
            <source>В %s отметки не выставляются.</source>
            <translation>В %s отметки не выставляются.</translation>
        </message>
        <message>
            <source>В группе риска учащихся: %d.</source>
            <translation>В группе риска учащихся: %d.</translation>
        </message>
        <message>
            <source>В журнале нет ни одного учебного года.</source>
            <translation>В журнале нет ни одного учебного года.</translation>
        </message>
        <message>
            <source>В срок</source>
            <translation>В срок</translation>
        </message>
        <message>
            <source>В срок — в последнюю неделю периода, с %s по %s; досрочно — раньше, с опозданием — позже (дата первого выставления по журналу аудита).</source>
            <translation>В срок — в последнюю неделю периода, с %s по %s; досрочно — раньше, с опозданием — позже (дата первого выставления по журналу аудита).</translation>
        </message>
        <message>
            <source>В учебном году %s не заданы учебные периоды.</source>
            <translation>В учебном году %s не заданы учебные периоды.</translation>
        </message>
        <message>
            <source>Ведение журнала</source>
            <translation>Ведение журнала</translation>
        </message>
        <message>
            <source>Внесено</source>
            <translation>Внесено</translation>
        </message>
        <message>
            <source>Время внесения — по журналу аудита (первое внесение темы и д/з, каждое выставление отметки).</source>
            <translation>Время внесения — по журналу аудита (первое внесение темы и д/з, каждое выставление отметки).</translation>
        </message>
        <message>
            <source>Всего с отметками за период</source>
            <translation>Всего с отметками за период</translation>
        </message>
        <message>
            <source>Вся школа</source>
            <translation>Вся школа</translation>
        </message>
        <message>
            <source>Выберите класс: отчёт «%s» строится по одному классу.</source>
            <translation>Выберите класс: отчёт «%s» строится по одному классу.</translation>
        </message>
        <message>
            <source>Выполнение</source>
            <translation>Выполнение</translation>
        </message>
        <message>
            <source>Выполнение программы</source>
            <translation>Выполнение программы</translation>
        </message>
        <message>
            <source>Выставлено</source>
            <translation>Выставлено</translation>
        </message>
        <message>
            <source>Группа риска</source>
            <translation>Группа риска</translation>
        </message>
        <message>
            <source>Д/з с опозданием</source>
            <translation>Д/з с опозданием</translation>
        </message>
        <message>
            <source>Дата</source>
            <translation>Дата</translation>
        </message>
        <message>
            <source>Дата выставления</source>
            <translation>Дата выставления</translation>
        </message>
        <message>
            <source>Дата окончания раньше даты начала.</source>
            <translation>Дата окончания раньше даты начала.</translation>
        </message>
        <message>
            <source>Дата урока</source>
            <translation>Дата урока</translation>
        </message>
        <message>
            <source>Динамика по предметам</source>
            <translation>Динамика по предметам</translation>
        </message>
        <message>
            <source>Дней без записей</source>
            <translation>Дней без записей</translation>
        </message>
        <message>
            <source>Доли — от числа в столбце «Из»; «по предметам» — учащийся считается по каждому предмету.</source>
            <translation>Доли — от числа в столбце «Из»; «по предметам» — учащийся считается по каждому предмету.</translation>
        </message>
        <message>
            <source>Доли — от числа учащихся класса (подгруппы), изучающих предмет (столбец «Учащихся»); в итоговой строке — от суммы по всем предметам (учащийся считается по каждому предмету).</source>
            <translation>Доли — от числа учащихся класса (подгруппы), изучающих предмет (столбец «Учащихся»); в итоговой строке — от суммы по всем предметам (учащийся считается по каждому предмету).</translation>
        </message>
        <message>
            <source>Доли — от числа учащихся, имеющих хотя бы одну отметку за период (%d); учащиеся без отметок в знаменатель не входят.</source>
            <translation>Доли — от числа учащихся, имеющих хотя бы одну отметку за период (%d); учащиеся без отметок в знаменатель не входят.</translation>
        </message>
        <message>
            <source>Доля</source>
            <translation>Доля</translation>
        </message>
        <message>
            <source>Доля без отметок</source>
            <translation>Доля без отметок</translation>
        </message>
        <message>
            <source>Доля в срок</source>
            <translation>Доля в срок</translation>
        </message>
        <message>
            <source>Доля в срок — от числа учащихся, которым нужна отметка (столбец «Учащихся»).</source>
            <translation>Доля в срок — от числа учащихся, которым нужна отметка (столбец «Учащихся»).</translation>
        </message>
        <message>
            <source>Доля ниже минимума</source>
            <translation>Доля ниже минимума</translation>
        </message>
        <message>
            <source>Доля с одной отметкой</source>
            <translation>Доля с одной отметкой</translation>
        </message>
        <message>
            <source>Доля учителей, работавших в журнале за неделю, и учителя, не заполнявшие журнал N дней (настройка школы).</source>
            <translation>Доля учителей, работавших в журнале за неделю, и учителя, не заполнявшие журнал N дней (настройка школы).</translation>
        </message>
        <message>
            <source>Досрочно</source>
            <translation>Досрочно</translation>
        </message>
        <message>
            <source>Ежемесячный отчёт о ведении журнала</source>
            <translation>Ежемесячный отчёт о ведении журнала</translation>
        </message>
        <message>
            <source>Еженедельные проверки журнала классными руководителями</source>
            <translation>Еженедельные проверки журнала классными руководителями</translation>
        </message>
        <message>
            <source>За прошлый период</source>
            <translation>За прошлый период</translation>
        </message>
        <message>
            <source>Замечание</source>
            <translation>Замечание</translation>
        </message>
        <message>
            <source>Записано</source>
            <translation>Записано</translation>
        </message>
        <message>
            <source>Записей за период</source>
            <translation>Записей за период</translation>
        </message>
        <message>
            <source>Запланированные (КТП или часы по нагрузке) и проведённые уроки по каждой нагрузке.</source>
            <translation>Запланированные (КТП или часы по нагрузке) и проведённые уроки по каждой нагрузке.</translation>
        </message>
        <message>
            <source>Заполнено в срок</source>
            <translation>Заполнено в срок</translation>
        </message>
        <message>
            <source>Заполнено с опозданием</source>
            <translation>Заполнено с опозданием</translation>
        </message>
        <message>
            <source>Запросов на исправление</source>
            <translation>Запросов на исправление</translation>
        </message>
        <message>
            <source>Значение</source>
            <translation>Значение</translation>
        </message>
        <message>
            <source>Из</source>
            <translation>Из</translation>
        </message>
        <message>
            <source>Изменение</source>
            <translation>Изменение</translation>
        </message>
        <message>
            <source>Изменение балла</source>
            <translation>Изменение балла</translation>
        </message>
        <message>
            <source>Итог</source>
            <translation>Итог</translation>
        </message>
        <message>
            <source>Итоги периода по классу</source>
            <translation>Итоги периода по классу</translation>
        </message>
        <message>
            <source>Итоги по классу</source>
            <translation>Итоги по классу</translation>
        </message>
        <message>
            <source>Итого</source>
            <translation>Итого</translation>
        </message>
        <message>
            <source>Итого по классу</source>
            <translation>Итого по классу</translation>
        </message>
        <message>
            <source>Итого по школе</source>
            <translation>Итого по школе</translation>
        </message>
        <message>
            <source>Итоговые отметки в срок</source>
            <translation>Итоговые отметки в срок</translation>
        </message>
        <message>
            <source>КТП</source>
            <translation>КТП</translation>
        </message>
        <message>
            <source>Категория</source>
            <translation>Категория</translation>
        </message>
        <message>
            <source>Качество</source>
            <translation>Качество</translation>
        </message>
        <message>
            <source>Качество знаний</source>
            <translation>Качество знаний</translation>
        </message>
        <message>
            <source>Качество знаний по классам</source>
            <translation>Качество знаний по классам</translation>
        </message>
        <message>
            <source>Качество по предметам</source>
            <translation>Качество по предметам</translation>
        </message>
        <message>
            <source>Качество: прогноз</source>
            <translation>Качество: прогноз</translation>
        </message>
        <message>
            <source>Качество: прогноз и прошлый период</source>
            <translation>Качество: прогноз и прошлый период</translation>
        </message>
        <message>
            <source>Качество: прошлый период</source>
            <translation>Качество: прошлый период</translation>
        </message>
        <message>
            <source>Кем</source>
            <translation>Кем</translation>
        </message>
        <message>
            <source>Класс</source>
            <translation>Класс</translation>
        </message>
        <message>
            <source>Класс %s</source>
            <translation>Класс %s</translation>
        </message>
        <message>
            <source>Класс «%s» не найден (есть: %s).</source>
            <translation>Класс «%s» не найден (есть: %s).</translation>
        </message>
        <message>
            <source>Класс не найден.</source>
            <translation>Класс не найден.</translation>
        </message>
        <message>
            <source>Классный руководитель</source>
            <translation>Классный руководитель</translation>
        </message>
        <message>
            <source>Клетка</source>
            <translation>Клетка</translation>
        </message>
        <message>
            <source>Клеток с отметкой и пропуском урока</source>
            <translation>Клеток с отметкой и пропуском урока</translation>
        </message>
        <message>
            <source>Контрольные показатели ведения электронного журнала за месяц для директора: заполнение, своевременность, накопляемость, отметка и «н» в одной клетке, активность учителей.</source>
            <translation>Контрольные показатели ведения электронного журнала за месяц для директора: заполнение, своевременность, накопляемость, отметка и «н» в одной клетке, активность учителей.</translation>
        </message>
        <message>
            <source>Месяц</source>
            <translation>Месяц</translation>
        </message>
        <message>
            <source>Минимум</source>
            <translation>Минимум</translation>
        </message>
        <message>
            <source>Минимум отметок за период: 2 × часов в неделю + %d (настройка школы).</source>
            <translation>Минимум отметок за период: 2 × часов в неделю + %d (настройка школы).</translation>
        </message>
        <message>
            <source>На «4» и «5»</source>
            <translation>На «4» и «5»</translation>
        </message>
        <message>
            <source>Накопляемость отметок</source>
            <translation>Накопляемость отметок</translation>
        </message>
        <message>
            <source>Не аттестован</source>
            <translation>Не аттестован</translation>
        </message>
        <message>
            <source>Не аттестованы (н/а)</source>
            <translation>Не аттестованы (н/а)</translation>
        </message>
        <message>
            <source>Не выставлено</source>
            <translation>Не выставлено</translation>
        </message>
        <message>
            <source>Не заполнено</source>
            <translation>Не заполнено</translation>
        </message>
        <message>
            <source>Не заполнено уроков</source>
            <translation>Не заполнено уроков</translation>
        </message>
        <message>
            <source>Не заполняют журнал %d и более дней</source>
            <translation>Не заполняют журнал %d и более дней</translation>
        </message>
        <message>
            <source>Не работали в журнале в эти дни</source>
            <translation>Не работали в журнале в эти дни</translation>
        </message>
        <message>
            <source>Недели — с понедельника по воскресенье, начавшиеся к %s; доля — от числа недель класса.</source>
            <translation>Недели — с понедельника по воскресенье, начавшиеся к %s; доля — от числа недель класса.</translation>
        </message>
        <message>
            <source>Недель</source>
            <translation>Недель</translation>
        </message>
        <message>
            <source>Неделя</source>
            <translation>Неделя</translation>
        </message>
        <message>
            <source>Нет отметок</source>
            <translation>Нет отметок</translation>
        </message>
        <message>
            <source>Нет прав на действие «%s» (%s).</source>
            <translation>Нет прав на действие «%s» (%s).</translation>
        </message>
        <message>
            <source>Неуспевающий</source>
            <translation>Неуспевающий</translation>
        </message>
        <message>
            <source>Ниже минимума</source>
            <translation>Ниже минимума</translation>
        </message>
        <message>
            <source>Опоздание</source>
            <translation>Опоздание</translation>
        </message>
        <message>
            <source>Опозданий</source>
            <translation>Опозданий</translation>
        </message>
        <message>
            <source>Основа плана</source>
            <translation>Основа плана</translation>
        </message>
        <message>
            <source>Отличник</source>
            <translation>Отличник</translation>
        </message>
        <message>
            <source>Отличники</source>
            <translation>Отличники</translation>
        </message>
        <message>
            <source>Отметка</source>
            <translation>Отметка</translation>
        </message>
        <message>
            <source>Отметка и пропуск</source>
            <translation>Отметка и пропуск</translation>
        </message>
        <message>
            <source>Отметка и пропуск в одной клетке</source>
            <translation>Отметка и пропуск в одной клетке</translation>
        </message>
        <message>
            <source>Отметки за период</source>
            <translation>Отметки за период</translation>
        </message>
        <message>
            <source>Отметки за период каждого учащегося, отличники, хорошисты, с одной «3», с «2», н/а.</source>
            <translation>Отметки за период каждого учащегося, отличники, хорошисты, с одной «3», с «2», н/а.</translation>
        </message>
        <message>
            <source>Отметки за период, выставленные досрочно, в последнюю неделю перед каникулами (в срок), с опозданием, и не выставленные.</source>
            <translation>Отметки за период, выставленные досрочно, в последнюю неделю перед каникулами (в срок), с опозданием, и не выставленные.</translation>
        </message>
        <message>
            <source>Отметки за письменные и контрольные работы — до конца дня по истечении срока: %s.</source>
            <translation>Отметки за письменные и контрольные работы — до конца дня по истечении срока: %s.</translation>
        </message>
        <message>
            <source>Отметки не в срок и не выставленные</source>
            <translation>Отметки не в срок и не выставленные</translation>
        </message>
        <message>
            <source>Отметки с опозданием</source>
            <translation>Отметки с опозданием</translation>
        </message>
        <message>
            <source>Отметок</source>
            <translation>Отметок</translation>
        </message>
        <message>
            <source>Отметок выставлено</source>
            <translation>Отметок выставлено</translation>
        </message>
        <message>
            <source>Отставание</source>
            <translation>Отставание</translation>
        </message>
        <message>
            <source>Отчёт «%s» не найден. Список отчётов: ejournal report --list.</source>
            <translation>Отчёт «%s» не найден. Список отчётов: ejournal report --list.</translation>
        </message>
        <message>
            <source>Отчёт строится не больше чем за учебный год.</source>
            <translation>Отчёт строится не больше чем за учебный год.</translation>
        </message>
        <message>
            <source>Отчёт учителя-предметника</source>
            <translation>Отчёт учителя-предметника</translation>
        </message>
        <message>
            <source>Охвачено</source>
            <translation>Охвачено</translation>
        </message>
        <message>
            <source>Период ещё не закончился: минимум отметок будет проверен после %s.</source>
            <translation>Период ещё не закончился: минимум отметок будет проверен после %s.</translation>
        </message>
        <message>
            <source>Период ещё не закончился: невыставленные отметки ещё могут быть выставлены в срок.</source>
            <translation>Период ещё не закончился: невыставленные отметки ещё могут быть выставлены в срок.</translation>
        </message>
        <message>
            <source>Период относится к другому учебному году, чем класс.</source>
            <translation>Период относится к другому учебному году, чем класс.</translation>
        </message>
        <message>
            <source>План на год</source>
            <translation>План на год</translation>
        </message>
        <message>
            <source>План на дату</source>
            <translation>План на дату</translation>
        </message>
        <message>
            <source>План на дату — по %s.</source>
            <translation>План на дату — по %s.</translation>
        </message>
        <message>
            <source>План на период</source>
            <translation>План на период</translation>
        </message>
        <message>
            <source>План — часы тем КТП с плановыми датами в периоде; если у предмета нет КТП с датами — часы в неделю × число учебных недель (учебные дни без каникул / дней в учебной неделе).</source>
            <translation>План — часы тем КТП с плановыми датами в периоде; если у предмета нет КТП с датами — часы в неделю × число учебных недель (учебные дни без каникул / дней в учебной неделе).</translation>
        </message>
        <message>
            <source>По каждому классу и каждой неделе: подтвердил ли классный руководитель проверку заполнения журнала, когда и кто, и показатели на момент подтверждения.</source>
            <translation>По каждому классу и каждой неделе: подтвердил ли классный руководитель проверку заполнения журнала, когда и кто, и показатели на момент подтверждения.</translation>
        </message>
        <message>
            <source>По классам</source>
            <translation>По классам</translation>
        </message>
        <message>
            <source>По классам и предметам</source>
            <translation>По классам и предметам</translation>
        </message>
        <message>
            <source>По месяцам</source>
            <translation>По месяцам</translation>
        </message>
        <message>
            <source>По нагрузке</source>
            <translation>По нагрузке</translation>
        </message>
        <message>
            <source>По неделям</source>
            <translation>По неделям</translation>
        </message>
        <message>
            <source>По расписанию</source>
            <translation>По расписанию</translation>
        </message>
        <message>
            <source>По учащимся</source>
            <translation>По учащимся</translation>
        </message>
        <message>
            <source>По учителям</source>
            <translation>По учителям</translation>
        </message>
        <message>
            <source>Подтверждена</source>
            <translation>Подтверждена</translation>
        </message>
        <message>
            <source>Подтверждено</source>
            <translation>Подтверждено</translation>
        </message>
        <message>
            <source>Показатели</source>
            <translation>Показатели</translation>
        </message>
        <message>
            <source>Показатели — на момент подтверждения. «Без учёта посещаемости» — записанные уроки, где нет ни одного пропуска и ни одной отметки; «Без отметок» — учащиеся без отметок за последние уроки предмета (по каждому предмету).</source>
            <translation>Показатели — на момент подтверждения. «Без учёта посещаемости» — записанные уроки, где нет ни одного пропуска и ни одной отметки; «Без отметок» — учащиеся без отметок за последние уроки предмета (по каждому предмету).</translation>
        </message>
        <message>
            <source>Показатель</source>
            <translation>Показатель</translation>
        </message>
        <message>
            <source>Пользователь «%s» не найден.</source>
            <translation>Пользователь «%s» не найден.</translation>
        </message>
        <message>
            <source>Посещаемость</source>
            <translation>Посещаемость</translation>
        </message>
        <message>
            <source>Последняя запись</source>
            <translation>Последняя запись</translation>
        </message>
        <message>
            <source>Последняя проверка</source>
            <translation>Последняя проверка</translation>
        </message>
        <message>
            <source>Предмет</source>
            <translation>Предмет</translation>
        </message>
        <message>
            <source>Примечание</source>
            <translation>Примечание</translation>
        </message>
        <message>
            <source>Проведено</source>
            <translation>Проведено</translation>
        </message>
        <message>
            <source>Проведено — уроки, записанные в журнале; выполнение — проведено / план на дату.</source>
            <translation>Проведено — уроки, записанные в журнале; выполнение — проведено / план на дату.</translation>
        </message>
        <message>
            <source>Прогноз</source>
            <translation>Прогноз</translation>
        </message>
        <message>
            <source>Прогноз и динамика</source>
            <translation>Прогноз и динамика</translation>
        </message>
        <message>
            <source>Прогноз отметок за период по средневзвешенному баллу на сегодня, группа риска «2» и «н/а», изменение против прошлого периода.</source>
            <translation>Прогноз отметок за период по средневзвешенному баллу на сегодня, группа риска «2» и «н/а», изменение против прошлого периода.</translation>
        </message>
        <message>
            <source>Прогноз по учащимся</source>
            <translation>Прогноз по учащимся</translation>
        </message>
        <message>
            <source>Прогноз — отметка, которую даёт средневзвешенный балл текущих отметок с %s по %s по правилу округления школы (или предмета).</source>
            <translation>Прогноз — отметка, которую даёт средневзвешенный балл текущих отметок с %s по %s по правилу округления школы (или предмета).</translation>
        </message>
        <message>
            <source>Пропусков</source>
            <translation>Пропусков</translation>
        </message>
        <message>
            <source>Пропущенные уроки по учащимся и классам, из них по болезни и по уважительной причине.</source>
            <translation>Пропущенные уроки по учащимся и классам, из них по болезни и по уважительной причине.</translation>
        </message>
        <message>
            <source>Пропущенный урок — клетка с «н», «б» или «у»; «б» — по болезни, «у» — по уважительной причине, «н» — без уважительной причины; опоздания («оп») считаются отдельно и в пропуски не входят.</source>
            <translation>Пропущенный урок — клетка с «н», «б» или «у»; «б» — по болезни, «у» — по уважительной причине, «н» — без уважительной причины; опоздания («оп») считаются отдельно и в пропуски не входят.</translation>
        </message>
        <message>
            <source>Пропущено на учащегося</source>
            <translation>Пропущено на учащегося</translation>
        </message>
        <message>
            <source>Пропущено уроков</source>
            <translation>Пропущено уроков</translation>
        </message>
        <message>
            <source>Пропущено уроков по классам</source>
            <translation>Пропущено уроков по классам</translation>
        </message>
        <message>
            <source>Пропущено уроков по неделям</source>
            <translation>Пропущено уроков по неделям</translation>
        </message>
        <message>
            <source>Пропущено уроков учащимися</source>
            <translation>Пропущено уроков учащимися</translation>
        </message>
        <message>
            <source>Проценты — доля учащихся, имеющих хотя бы одну отметку за период (столбец «С отметками»).</source>
            <translation>Проценты — доля учащихся, имеющих хотя бы одну отметку за период (столбец «С отметками»).</translation>
        </message>
        <message>
            <source>Проценты — доля учащихся, получивших отметку за период (2–5 или «н/а»); знаменатель — столбец «Аттестовано». Успеваемость — без «2» и «н/а», качество — только «4» и «5»; «зач» и «осв» в проценты не входят.</source>
            <translation>Проценты — доля учащихся, получивших отметку за период (2–5 или «н/а»); знаменатель — столбец «Аттестовано». Успеваемость — без «2» и «н/а», качество — только «4» и «5»; «зач» и «осв» в проценты не входят.</translation>
        </message>
        <message>
            <source>Прошлого периода в этом году нет.</source>
            <translation>Прошлого периода в этом году нет.</translation>
        </message>
        <message>
            <source>Прошлый период: %s.</source>
            <translation>Прошлый период: %s.</translation>
        </message>
        <message>
            <source>Работа в журнале — любая запись учителя: отметка, посещаемость, тема, домашнее задание, отметка за период (по журналу аудита). Доли — от числа учителей (%d).</source>
            <translation>Работа в журнале — любая запись учителя: отметка, посещаемость, тема, домашнее задание, отметка за период (по журналу аудита). Доли — от числа учителей (%d).</translation>
        </message>
        <message>
            <source>Работа с родителями</source>
            <translation>Работа с родителями</translation>
        </message>
        <message>
            <source>Работали в журнале с %s по %s</source>
            <translation>Работали в журнале с %s по %s</translation>
        </message>
        <message>
            <source>Риск</source>
            <translation>Риск</translation>
        </message>
        <message>
            <source>Риск «н/а»: меньше %d отметок или пропущено больше половины проведённых уроков; риск «2»: прогноз «2».</source>
            <translation>Риск «н/а»: меньше %d отметок или пропущено больше половины проведённых уроков; риск «2»: прогноз «2».</translation>
        </message>
        <message>
            <source>С «2»</source>
            <translation>С «2»</translation>
        </message>
        <message>
            <source>С «2» (неуспевающие)</source>
            <translation>С «2» (неуспевающие)</translation>
        </message>
        <message>
            <source>С «3»</source>
            <translation>С «3»</translation>
        </message>
        <message>
            <source>С «н/а»</source>
            <translation>С «н/а»</translation>
        </message>
        <message>
            <source>С двумя и более «3»</source>
            <translation>С двумя и более «3»</translation>
        </message>
        <message>
            <source>С одной «3»</source>
            <translation>С одной «3»</translation>
        </message>
        <message>
            <source>С одной отметкой</source>
            <translation>С одной отметкой</translation>
        </message>
        <message>
            <source>С опозданием</source>
            <translation>С опозданием</translation>
        </message>
        <message>
            <source>С отметками</source>
            <translation>С отметками</translation>
        </message>
        <message>
            <source>С прогнозом</source>
            <translation>С прогнозом</translation>
        </message>
        <message>
            <source>СОУ</source>
            <translation>СОУ</translation>
        </message>
        <message>
            <source>СОУ = (1,00·n5 + 0,64·n4 + 0,36·n3 + 0,16·n2) / число аттестованных («н/а» входит в знаменатель).</source>
            <translation>СОУ = (1,00·n5 + 0,64·n4 + 0,36·n3 + 0,16·n2) / число аттестованных («н/а» входит в знаменатель).</translation>
        </message>
        <message>
            <source>Сводка</source>
            <translation>Сводка</translation>
        </message>
        <message>
            <source>Сводка по классам</source>
            <translation>Сводка по классам</translation>
        </message>
        <message>
            <source>Сводка по предметам</source>
            <translation>Сводка по предметам</translation>
        </message>
        <message>
            <source>Своевременность заполнения журнала</source>
            <translation>Своевременность заполнения журнала</translation>
        </message>
        <message>
            <source>Семей</source>
            <translation>Семей</translation>
        </message>
        <message>
            <source>Семей, с которыми был контакт</source>
            <translation>Семей, с которыми был контакт</translation>
        </message>
        <message>
            <source>Семья охвачена, если за эти дни в журнале записан хотя бы один контакт с её родителями: письмо, дневник, SMS, разговор, встреча. Семей — учащихся класса в эти дни; доля — от числа семей.</source>
            <translation>Семья охвачена, если за эти дни в журнале записан хотя бы один контакт с её родителями: письмо, дневник, SMS, разговор, встреча. Семей — учащихся класса в эти дни; доля — от числа семей.</translation>
        </message>
        <message>
            <source>Состояние</source>
            <translation>Состояние</translation>
        </message>
        <message>
            <source>Средний балл</source>
            <translation>Средний балл</translation>
        </message>
        <message>
            <source>Средний балл по предмету</source>
            <translation>Средний балл по предмету</translation>
        </message>
        <message>
            <source>Средний балл — по всем отметкам за период; СОУ — по всем отметкам за период (2–5 и «н/а»).</source>
            <translation>Средний балл — по всем отметкам за период; СОУ — по всем отметкам за период (2–5 и «н/а»).</translation>
        </message>
        <message>
            <source>Средний балл, успеваемость, качество и СОУ по классам и предметам за период; без класса — сводка по школе.</source>
            <translation>Средний балл, успеваемость, качество и СОУ по классам и предметам за период; без класса — сводка по школе.</translation>
        </message>
        <message>
            <source>Средний взвешенный</source>
            <translation>Средний взвешенный</translation>
        </message>
        <message>
            <source>Средний за прошлый период</source>
            <translation>Средний за прошлый период</translation>
        </message>
        <message>
            <source>Средний прогноз</source>
            <translation>Средний прогноз</translation>
        </message>
        <message>
            <source>Срок</source>
            <translation>Срок</translation>
        </message>
        <message>
            <source>Срок: в день урока, не позднее %d мин. после окончания последнего урока смены (по звонкам).</source>
            <translation>Срок: в день урока, не позднее %d мин. после окончания последнего урока смены (по звонкам).</translation>
        </message>
        <message>
            <source>Строка «Итого» считает все отметки за период по всем предметам вместе.</source>
            <translation>Строка «Итого» считает все отметки за период по всем предметам вместе.</translation>
        </message>
        <message>
            <source>Считаются отметки за последние %d проведённых уроков каждого предмета (столбец «Уроков»).</source>
            <translation>Считаются отметки за последние %d проведённых уроков каждого предмета (столбец «Уроков»).</translation>
        </message>
        <message>
            <source>Тема с опозданием</source>
            <translation>Тема с опозданием</translation>
        </message>
        <message>
            <source>Только «зач» / «осв»</source>
            <translation>Только «зач» / «осв»</translation>
        </message>
        <message>
            <source>У учителя %s нет учебной нагрузки в %s учебном году.</source>
            <translation>У учителя %s нет учебной нагрузки в %s учебном году.</translation>
        </message>
        <message>
            <source>Урок</source>
            <translation>Урок</translation>
        </message>
        <message>
            <source>Уроки по расписанию без записей</source>
            <translation>Уроки по расписанию без записей</translation>
        </message>
        <message>
            <source>Уроки, отметки, темы и домашние задания которых внесены позже срока, по журналу аудита; по учителям.</source>
            <translation>Уроки, отметки, темы и домашние задания которых внесены позже срока, по журналу аудита; по учителям.</translation>
        </message>
        <message>
            <source>Уроков</source>
            <translation>Уроков</translation>
        </message>
        <message>
            <source>Уроков без домашнего задания</source>
            <translation>Уроков без домашнего задания</translation>
        </message>
        <message>
            <source>Уроков без темы</source>
            <translation>Уроков без темы</translation>
        </message>
        <message>
            <source>Уроков в журнале</source>
            <translation>Уроков в журнале</translation>
        </message>
        <message>
            <source>Уроков по расписанию без записей</source>
            <translation>Уроков по расписанию без записей</translation>
        </message>
        <message>
            <source>Уроков с записями в журнале</source>
            <translation>Уроков с записями в журнале</translation>
        </message>
        <message>
            <source>Уроков с опозданием</source>
            <translation>Уроков с опозданием</translation>
        </message>
        <message>
            <source>Уроков, заполненных с опозданием</source>
            <translation>Уроков, заполненных с опозданием</translation>
        </message>
        <message>
            <source>Успеваемость</source>
            <translation>Успеваемость</translation>
        </message>
        <message>
            <source>Успеваемость и качество знаний</source>
            <translation>Успеваемость и качество знаний</translation>
        </message>
        <message>
            <source>Успеваемость и качество по классам</source>
            <translation>Успеваемость и качество по классам</translation>
        </message>
        <message>
            <source>Успеваемость и качество по предметам</source>
            <translation>Успеваемость и качество по предметам</translation>
        </message>
        <message>
            <source>Успеваемость по классам и ведение журнала (программа, темы, своевременность, накопляемость) одного учителя за период.</source>
            <translation>Успеваемость по классам и ведение журнала (программа, темы, своевременность, накопляемость) одного учителя за период.</translation>
        </message>
        <message>
            <source>Успеваемость по предметам</source>
            <translation>Успеваемость по предметам</translation>
        </message>
        <message>
            <source>Успеваемость — по отметкам за период: проценты от числа аттестованных (2–5 и «н/а»).</source>
            <translation>Успеваемость — по отметкам за период: проценты от числа аттестованных (2–5 и «н/а»).</translation>
        </message>
        <message>
            <source>Успеваемость: %s (%d из %d), качество: %s (%d из %d).</source>
            <translation>Успеваемость: %s (%d из %d), качество: %s (%d из %d).</translation>
        </message>
        <message>
            <source>Успеваемость: прогноз</source>
            <translation>Успеваемость: прогноз</translation>
        </message>
        <message>
            <source>Успеваемость: прошлый период</source>
            <translation>Успеваемость: прошлый период</translation>
        </message>
        <message>
            <source>Учащиеся</source>
            <translation>Учащиеся</translation>
        </message>
        <message>
            <source>Учащиеся без отметок и с одной отметкой по предметам за период или за последние N уроков; учащиеся с числом отметок ниже минимума школы.</source>
            <translation>Учащиеся без отметок и с одной отметкой по предметам за период или за последние N уроков; учащиеся с числом отметок ниже минимума школы.</translation>
        </message>
        <message>
            <source>Учащиеся считаются по всем предметам: успевающий — без «2» и «н/а» ни по одному предмету; качество — отличники и учащиеся на «4» и «5».</source>
            <translation>Учащиеся считаются по всем предметам: успевающий — без «2» и «н/а» ни по одному предмету; качество — отличники и учащиеся на «4» и «5».</translation>
        </message>
        <message>
            <source>Учащийся</source>
            <translation>Учащийся</translation>
        </message>
        <message>
            <source>Учащихся</source>
            <translation>Учащихся</translation>
        </message>
        <message>
            <source>Учащихся без отметок (по предметам)</source>
            <translation>Учащихся без отметок (по предметам)</translation>
        </message>
        <message>
            <source>Учащихся с одной отметкой (по предметам)</source>
            <translation>Учащихся с одной отметкой (по предметам)</translation>
        </message>
        <message>
            <source>Учебного периода № %d в этом году нет (есть: %s).</source>
            <translation>Учебного периода № %d в этом году нет (есть: %s).</translation>
        </message>
        <message>
            <source>Учебный год «%s» не найден (есть: %s).</source>
            <translation>Учебный год «%s» не найден (есть: %s).</translation>
        </message>
        <message>
            <source>Учебный период не найден.</source>
            <translation>Учебный период не найден.</translation>
        </message>
        <message>
            <source>Учителей</source>
            <translation>Учителей</translation>
        </message>
        <message>
            <source>Учителей всего</source>
            <translation>Учителей всего</translation>
        </message>
        <message>
            <source>Учителей, работавших в журнале</source>
            <translation>Учителей, работавших в журнале</translation>
        </message>
        <message>
            <source>Учитель</source>
            <translation>Учитель</translation>
        </message>
        <message>
            <source>Учитель не найден.</source>
            <translation>Учитель не найден.</translation>
        </message>
        <message>
            <source>Учитель: %s</source>
            <translation>Учитель: %s</translation>
        </message>
        <message>
            <source>Хорошист</source>
            <translation>Хорошист</translation>
        </message>
        <message>
            <source>Хорошисты (на «4» и «5»)</source>
            <translation>Хорошисты (на «4» и «5»)</translation>
        </message>
        <message>
            <source>Часов в неделю</source>
            <translation>Часов в неделю</translation>
        </message>
        <message>
            <source>Число последних уроков должно быть от 1 до 200.</source>
            <translation>Число последних уроков должно быть от 1 до 200.</translation>
        </message>
        <message>
            <source>Что внесено</source>
            <translation>Что внесено</translation>
        </message>
        <message>
            <source>август</source>
            <translation>август</translation>
        </message>
        <message>
            <source>апрель</source>
            <translation>апрель</translation>
        </message>
        <message>
            <source>без уважительной причины</source>
            <translation>без уважительной причины</translation>
        </message>
        <message>
            <source>декабрь</source>
            <translation>декабрь</translation>
        </message>
        <message>
            <source>день</source>
            <translation>день</translation>
        </message>
        <message>
            <source>дней</source>
            <translation>дней</translation>
        </message>
        <message>
            <source>дня</source>
            <translation>дня</translation>
        </message>
        <message>
            <source>домашнее задание</source>
            <translation>домашнее задание</translation>
        </message>
        <message>
            <source>досрочно</source>
            <translation>досрочно</translation>
        </message>
        <message>
            <source>из них по болезни</source>
            <translation>из них по болезни</translation>
        </message>
        <message>
            <source>из них по уважительной причине</source>
            <translation>из них по уважительной причине</translation>
        </message>
        <message>
            <source>из них рассмотрено</source>
            <translation>из них рассмотрено</translation>
        </message>
        <message>
            <source>из них рассмотрено в течение суток</source>
            <translation>из них рассмотрено в течение суток</translation>
        </message>
        <message>
            <source>июль</source>
            <translation>июль</translation>
        </message>
        <message>
            <source>июнь</source>
            <translation>июнь</translation>
        </message>
        <message>
            <source>май</source>
            <translation>май</translation>
        </message>
        <message>
            <source>мало отметок — риск «н/а»</source>
            <translation>мало отметок — риск «н/а»</translation>
        </message>
        <message>
            <source>март</source>
            <translation>март</translation>
        </message>
        <message>
            <source>меньше минимума</source>
            <translation>меньше минимума</translation>
        </message>
        <message>
            <source>н/а</source>
            <translation>н/а</translation>
        </message>
        <message>
            <source>не выставлена</source>
            <translation>не выставлена</translation>
        </message>
        <message>
            <source>не заполняет журнал %d и более дней</source>
            <translation>не заполняет журнал %d и более дней</translation>
        </message>
        <message>
            <source>не назначен</source>
            <translation>не назначен</translation>
        </message>
        <message>
            <source>не подтверждена</source>
            <translation>не подтверждена</translation>
        </message>
        <message>
            <source>не работал(а) в журнале</source>
            <translation>не работал(а) в журнале</translation>
        </message>
        <message>
            <source>нет</source>
            <translation>нет</translation>
        </message>
        <message>
            <source>нет отметок</source>
            <translation>нет отметок</translation>
        </message>
        <message>
            <source>нет отметок — риск «н/а»</source>
            <translation>нет отметок — риск «н/а»</translation>
        </message>
        <message>
            <source>ни разу не заполнял(а) журнал</source>
            <translation>ни разу не заполнял(а) журнал</translation>
        </message>
        <message>
            <source>ноябрь</source>
            <translation>ноябрь</translation>
        </message>
        <message>
            <source>одна отметка</source>
            <translation>одна отметка</translation>
        </message>
        <message>
            <source>октябрь</source>
            <translation>октябрь</translation>
        </message>
        <message>
            <source>отметки</source>
            <translation>отметки</translation>
        </message>
        <message>
            <source>отчёт другого учителя</source>
            <translation>отчёт другого учителя</translation>
        </message>
        <message>
            <source>отчёт по классу</source>
            <translation>отчёт по классу</translation>
        </message>
        <message>
            <source>по нагрузке</source>
            <translation>по нагрузке</translation>
        </message>
        <message>
            <source>по уважительной причине</source>
            <translation>по уважительной причине</translation>
        </message>
        <message>
            <source>последние %d уроков на %s</source>
            <translation>последние %d уроков на %s</translation>
        </message>
        <message>
            <source>прогноз «2»</source>
            <translation>прогноз «2»</translation>
        </message>
        <message>
            <source>пропущено %d из %d уроков — риск «н/а»</source>
            <translation>пропущено %d из %d уроков — риск «н/а»</translation>
        </message>
        <message>
            <source>просмотр отчётов</source>
            <translation>просмотр отчётов</translation>
        </message>
        <message>
            <source>работал(а) в журнале</source>
            <translation>работал(а) в журнале</translation>
        </message>
        <message>
            <source>с %s по %s</source>
            <translation>с %s по %s</translation>
        </message>
        <message>
            <source>с опозданием</source>
            <translation>с опозданием</translation>
        </message>
        <message>
            <source>сентябрь</source>
            <translation>сентябрь</translation>
        </message>
        <message>
            <source>тема</source>
            <translation>тема</translation>
        </message>
        <message>
            <source>только ваши классы и предметы</source>
            <translation>только ваши классы и предметы</translation>
        </message>
        <message>
            <source>только вы и учителя вашего класса</source>
            <translation>только вы и учителя вашего класса</translation>
        </message>
        <message>
            <source>учебный год %s</source>
            <translation>учебный год %s</translation>
        </message>
        <message>
            <source>февраль</source>
            <translation>февраль</translation>
        </message>
        <message>
            <source>январь</source>
            <translation>январь</translation>
        </message>
        <message>
            <source>№</source>
            <translation>№</translation>
        </message>
    </context>
    <context>
        <name>ReportsTab</name>
        <message>
            <source>Все мои классы</source>
            <translation>Все мои классы</translation>
        </message>
        <message>
            <source>Вся школа</source>
            <translation>Вся школа</translation>
        </message>
        <message>
            <source>Выберите отчёт и нажмите «Построить».</source>
            <translation>Выберите отчёт и нажмите «Построить».</translation>
        </message>
        <message>
            <source>Даты:</source>
            <translation>Даты:</translation>
        </message>
        <message>
            <source>Документ PDF (*.pdf)</source>
            <translation>Документ PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Класс:</source>
            <translation>Класс:</translation>
        </message>
        <message>
            <source>Книга Excel (*.xlsx)</source>
            <translation>Книга Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Отчёт «%s» построен.</source>
            <translation>Отчёт «%s» построен.</translation>
        </message>
        <message>
            <source>Отчёт сохранён: %s</source>
            <translation>Отчёт сохранён: %s</translation>
        </message>
        <message>
            <source>Отчёт:</source>
            <translation>Отчёт:</translation>
        </message>
        <message>
            <source>Период:</source>
            <translation>Период:</translation>
        </message>
        <message>
            <source>Последние уроки:</source>
            <translation>Последние уроки:</translation>
        </message>
        <message>
            <source>Построить</source>
            <translation>Построить</translation>
        </message>
        <message>
            <source>Сохранить в Excel…</source>
            <translation>Сохранить в Excel…</translation>
        </message>
        <message>
            <source>Сохранить в PDF…</source>
            <translation>Сохранить в PDF…</translation>
        </message>
        <message>
            <source>Сохранить отчёт в Excel</source>
            <translation>Сохранить отчёт в Excel</translation>
        </message>
        <message>
            <source>Сохранить отчёт в PDF</source>
            <translation>Сохранить отчёт в PDF</translation>
        </message>
        <message>
            <source>Считать отметки за последние N проведённых уроков каждого предмета</source>
            <translation>Считать отметки за последние N проведённых уроков каждого предмета</translation>
        </message>
        <message>
            <source>Учебный год:</source>
            <translation>Учебный год:</translation>
        </message>
        <message>
            <source>Учитель:</source>
            <translation>Учитель:</translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <source>В этой копии нет паролей сотрудников: после восстановления не сможет войти никто, в том числе вы, пока владелец базы данных не задаст пароль администратора командой ejournal set-password.</source>
            <translation>В этой копии нет паролей сотрудников: после восстановления не сможет войти никто, в том числе вы, пока владелец базы данных не задаст пароль администратора командой ejournal set-password.</translation>
        </message>
        <message>
            <source>Восстановление из резервной копии</source>
            <translation>Восстановление из резервной копии</translation>
        </message>
        <message>
            <source>Всё, что сейчас есть в журнале, будет заменено содержимым этой копии: отметки, уроки, учётные записи, настройки. %s После восстановления нужно будет войти в программу заново.</source>
            <translation>Всё, что сейчас есть в журнале, будет заменено содержимым этой копии: отметки, уроки, учётные записи, настройки. %s После восстановления нужно будет войти в программу заново.</translation>
        </message>
        <message>
            <source>Заменить журнал копией</source>
            <translation>Заменить журнал копией</translation>
        </message>
        <message>
            <source>Отмена</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <source>Перед восстановлением текущий журнал будет сохранён в папку %s.</source>
            <translation>Перед восстановлением текущий журнал будет сохранён в папку %s.</translation>
        </message>
        <message>
            <source>Перед восстановлением текущий журнал будет сохранён в резервную копию.</source>
            <translation>Перед восстановлением текущий журнал будет сохранён в резервную копию.</translation>
        </message>
        <message>
            <source>Файл: %s</source>
            <translation>Файл: %s</translation>
        </message>
    </context>
    <context>
        <name>Role</name>
        <message>
            <source>администратор ЭЖ</source>
            <translation>администратор ЭЖ</translation>
        </message>
        <message>
            <source>директор</source>
            <translation>директор</translation>
        </message>
        <message>
            <source>заместитель директора по УВР</source>
            <translation>заместитель директора по УВР</translation>
        </message>
        <message>
            <source>классный руководитель</source>
            <translation>классный руководитель</translation>
        </message>
        <message>
            <source>учитель</source>
            <translation>учитель</translation>
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <source>Блокировка при бездействии, минут</source>
            <translation>Блокировка при бездействии, минут</translation>
        </message>
        <message>
            <source>Директор (ФИО)</source>
            <translation>Директор (ФИО)</translation>
        </message>
        <message>
            <source>Классный руководитель может исправлять отметки своего класса</source>
            <translation>Классный руководитель может исправлять отметки своего класса</translation>
        </message>
        <message>
            <source>Краткое название школы</source>
            <translation>Краткое название школы</translation>
        </message>
        <message>
            <source>Минимум отметок за период: 2 × часов в неделю + N</source>
            <translation>Минимум отметок за период: 2 × часов в неделю + N</translation>
        </message>
        <message>
            <source>Название школы</source>
            <translation>Название школы</translation>
        </message>
        <message>
            <source>Наименьшая текущая отметка</source>
            <translation>Наименьшая текущая отметка</translation>
        </message>
        <message>
            <source>Напоминать директору о незаверенных журналах за столько дней до срока</source>
            <translation>Напоминать директору о незаверенных журналах за столько дней до срока</translation>
        </message>
        <message>
            <source>Напоминать учителю, не заполнявшему журнал, дней</source>
            <translation>Напоминать учителю, не заполнявшему журнал, дней</translation>
        </message>
        <message>
            <source>Недопустимое значение настройки «%s».</source>
            <translation>Недопустимое значение настройки «%s».</translation>
        </message>
        <message>
            <source>Неизвестная настройка «%s».</source>
            <translation>Неизвестная настройка «%s».</translation>
        </message>
        <message>
            <source>Отметки с «+» и «−»</source>
            <translation>Отметки с «+» и «−»</translation>
        </message>
        <message>
            <source>Правило округления отметки за период</source>
            <translation>Правило округления отметки за период</translation>
        </message>
        <message>
            <source>Проверять копии архива учебного года раз в столько месяцев</source>
            <translation>Проверять копии архива учебного года раз в столько месяцев</translation>
        </message>
        <message>
            <source>Срок заполнения после последнего урока, минут</source>
            <translation>Срок заполнения после последнего урока, минут</translation>
        </message>
        <message>
            <source>Срок печати и заверения журналов за год (ММ-ДД)</source>
            <translation>Срок печати и заверения журналов за год (ММ-ДД)</translation>
        </message>
        <message>
            <source>Через сколько дней после урока ячейки закрываются (0 — не закрываются)</source>
            <translation>Через сколько дней после урока ячейки закрываются (0 — не закрываются)</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Добавить папку…</source>
            <translation>Добавить папку…</translation>
        </message>
        <message>
            <source>Изменения записываются в журнал аудита.</source>
            <translation>Изменения записываются в журнал аудита.</translation>
        </message>
        <message>
            <source>Настройки</source>
            <translation>Настройки</translation>
        </message>
        <message>
            <source>Настройки школы изменяет администратор ЭЖ. Здесь они показаны только для просмотра.</source>
            <translation>Настройки школы изменяет администратор ЭЖ. Здесь они показаны только для просмотра.</translation>
        </message>
        <message>
            <source>Новый язык будет показан после перезапуска программы (или после «Файл → Сменить пользователя»).</source>
            <translation>Новый язык будет показан после перезапуска программы (или после «Файл → Сменить пользователя»).</translation>
        </message>
        <message>
            <source>Папка для резервных копий</source>
            <translation>Папка для резервных копий</translation>
        </message>
        <message>
            <source>Папки для резервных копий на этом компьютере</source>
            <translation>Папки для резервных копий на этом компьютере</translation>
        </message>
        <message>
            <source>Средний балл 4,5 при пороге 0,50 даёт «5», 4,49 — «4».</source>
            <translation>Средний балл 4,5 при пороге 0,50 даёт «5», 4,49 — «4».</translation>
        </message>
        <message>
            <source>Убрать</source>
            <translation>Убрать</translation>
        </message>
        <message>
            <source>Школа</source>
            <translation>Школа</translation>
        </message>
        <message>
            <source>Этот компьютер</source>
            <translation>Этот компьютер</translation>
        </message>
        <message>
            <source>Язык интерфейса</source>
            <translation>Язык интерфейса</translation>
        </message>
    </context>
    <context>
        <name>SlipsDialog</name>
        <message>
            <source>PDF с приглашениями не сохранён: временные пароли будут потеряны. Закрыть?</source>
            <translation>PDF с приглашениями не сохранён: временные пароли будут потеряны. Закрыть?</translation>
        </message>
        <message>
            <source>PDF сохранён</source>
            <translation>PDF сохранён</translation>
        </message>
        <message>
            <source>Временные пароли есть только в этом PDF: в журнале хранятся их хэши. Если закрыть окно, не сохранив PDF, пароли придётся сбросить ещё раз. Приглашения выдаются лично под подпись в ведомости; при первом входе сотрудник сменит пароль.</source>
            <translation>Временные пароли есть только в этом PDF: в журнале хранятся их хэши. Если закрыть окно, не сохранив PDF, пароли придётся сбросить ещё раз. Приглашения выдаются лично под подпись в ведомости; при первом входе сотрудник сменит пароль.</translation>
        </message>
        <message>
            <source>Документ PDF (*.pdf)</source>
            <translation>Документ PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Закрыть</source>
            <translation>Закрыть</translation>
        </message>
        <message>
            <source>Закрыть без PDF?</source>
            <translation>Закрыть без PDF?</translation>
        </message>
        <message>
            <source>Записано: %s — листов: %d. Распечатайте и выдайте лично.</source>
            <translation>Записано: %s — листов: %d. Распечатайте и выдайте лично.</translation>
        </message>
        <message>
            <source>Логин</source>
            <translation>Логин</translation>
        </message>
        <message>
            <source>Не удалось записать «%s»: %s</source>
            <translation>Не удалось записать «%s»: %s</translation>
        </message>
        <message>
            <source>Приглашений: %d. В PDF — листов с приглашениями: %d (по 10 на листе, разрезать по пунктиру) и ведомость выдачи: %d.</source>
            <translation>Приглашений: %d. В PDF — листов с приглашениями: %d (по 10 на листе, разрезать по пунктиру) и ведомость выдачи: %d.</translation>
        </message>
        <message>
            <source>Приглашения в электронный журнал</source>
            <translation>Приглашения в электронный журнал</translation>
        </message>
        <message>
            <source>Роли</source>
            <translation>Роли</translation>
        </message>
        <message>
            <source>Сохранить PDF…</source>
            <translation>Сохранить PDF…</translation>
        </message>
        <message>
            <source>Сохранить приглашения</source>
            <translation>Сохранить приглашения</translation>
        </message>
        <message>
            <source>ФИО</source>
            <translation>ФИО</translation>
        </message>
        <message>
            <source>Файл не записан</source>
            <translation>Файл не записан</translation>
        </message>
    </context>
    <context>
        <name>Sms</name>
        <message>
            <source>SMS составляется не больше чем за учебный год.</source>
            <translation>SMS составляется не больше чем за учебный год.</translation>
        </message>
        <message>
            <source>SMS: отметки и пропуски с %s по %s</source>
            <translation>SMS: отметки и пропуски с %s по %s</translation>
        </message>
        <message>
            <source>Дата окончания раньше даты начала.</source>
            <translation>Дата окончания раньше даты начала.</translation>
        </message>
        <message>
            <source>Класс не найден.</source>
            <translation>Класс не найден.</translation>
        </message>
        <message>
            <source>Ни у одного учащегося класса %s не указан телефон родителя: отправлять некому.</source>
            <translation>Ни у одного учащегося класса %s не указан телефон родителя: отправлять некому.</translation>
        </message>
        <message>
            <source>Укажите даты: с какого и по какое число.</source>
            <translation>Укажите даты: с какого и по какое число.</translation>
        </message>
        <message>
            <source>отметок и пропусков нет</source>
            <translation>отметок и пропусков нет</translation>
        </message>
    </context>
    <context>
        <name>SmsDialog</name>
        <message>
            <source> — нет телефона</source>
            <translation> — нет телефона</translation>
        </message>
        <message>
            <source>CSV для рассылки (*.csv);;Excel (*.xlsx)</source>
            <translation>CSV для рассылки (*.csv);;Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>SMS выгружены</source>
            <translation>SMS выгружены</translation>
        </message>
        <message>
            <source>SMS родителям — класс %s</source>
            <translation>SMS родителям — класс %s</translation>
        </message>
        <message>
            <source>Выгрузить…</source>
            <translation>Выгрузить…</translation>
        </message>
        <message>
            <source>Для каждого учащегося — отметки по предметам и пропуски за эти дни, не длиннее 160 знаков (длинный текст делится на пронумерованные части). Файл для службы рассылки: CSV или Excel; каждому родителю с телефоном в журнал контактов записывается SMS.</source>
            <translation>Для каждого учащегося — отметки по предметам и пропуски за эти дни, не длиннее 160 знаков (длинный текст делится на пронумерованные части). Файл для службы рассылки: CSV или Excel; каждому родителю с телефоном в журнал контактов записывается SMS.</translation>
        </message>
        <message>
            <source>Закрыть</source>
            <translation>Закрыть</translation>
        </message>
        <message>
            <source>Записано сообщений: %d (учащихся: %d) в файл %s.
В журнал контактов с родителями записано: %d.</source>
            <translation>Записано сообщений: %d (учащихся: %d) в файл %s.
В журнал контактов с родителями записано: %d.</translation>
        </message>
        <message>
            <source>Нет телефона ни одного родителя: %s.</source>
            <translation>Нет телефона ни одного родителя: %s.</translation>
        </message>
        <message>
            <source>По:</source>
            <translation>По:</translation>
        </message>
        <message>
            <source>Показать тексты</source>
            <translation>Показать тексты</translation>
        </message>
        <message>
            <source>С:</source>
            <translation>С:</translation>
        </message>
        <message>
            <source>Файл для службы рассылки</source>
            <translation>Файл для службы рассылки</translation>
        </message>
        <message>
            <source>… ещё %d</source>
            <translation>… ещё %d</translation>
        </message>
    </context>
    <context>
        <name>SmsExport</name>
        <message>
            <source>Текст</source>
            <translation>Текст</translation>
        </message>
        <message>
            <source>Телефон</source>
            <translation>Телефон</translation>
        </message>
        <message>
            <source>Учащийся</source>
            <translation>Учащийся</translation>
        </message>
        <message>
            <source>Часть</source>
            <translation>Часть</translation>
        </message>
    </context>
    <context>
        <name>Store</name>
        <message>
            <source>«%s» — база данных другой программы, а не электронного журнала.</source>
            <translation>«%s» — база данных другой программы, а не электронного журнала.</translation>
        </message>
        <message>
            <source>«%s» — это папка, а не файл журнала.</source>
            <translation>«%s» — это папка, а не файл журнала.</translation>
        </message>
        <message>
            <source>База данных «%s» пуста. Создайте журнал командой «ejournal init» или демонстрационную школу командой «ejournal demo».</source>
            <translation>База данных «%s» пуста. Создайте журнал командой «ejournal init» или демонстрационную школу командой «ejournal demo».</translation>
        </message>
        <message>
            <source>База данных создана более новой версией программы (схема %d, эта программа знает схему до %d). Обновите ЭЖ-Десктоп.</source>
            <translation>База данных создана более новой версией программы (схема %d, эта программа знает схему до %d). Обновите ЭЖ-Десктоп.</translation>
        </message>
        <message>
            <source>Базу данных нужно обновить (схема %d, нужна %d): выполните «ejournal migrate --db …» (сначала сделайте резервную копию).</source>
            <translation>Базу данных нужно обновить (схема %d, нужна %d): выполните «ejournal migrate --db …» (сначала сделайте резервную копию).</translation>
        </message>
        <message>
            <source>Не понимаю адрес базы данных «%s»: укажите путь к файлу или адрес вида postgresql://пользователь@сервер/база.</source>
            <translation>Не понимаю адрес базы данных «%s»: укажите путь к файлу или адрес вида postgresql://пользователь@сервер/база.</translation>
        </message>
        <message>
            <source>Не удалось обновить схему базы данных: %s</source>
            <translation>Не удалось обновить схему базы данных: %s</translation>
        </message>
        <message>
            <source>Не удалось открыть «%s»: %s</source>
            <translation>Не удалось открыть «%s»: %s</translation>
        </message>
        <message>
            <source>Не удалось подключиться к серверу журнала %s: %s. Проверьте сеть, адрес и пароль; если сервер недоступен, обратитесь к администратору ЭЖ.</source>
            <translation>Не удалось подключиться к серверу журнала %s: %s. Проверьте сеть, адрес и пароль; если сервер недоступен, обратитесь к администратору ЭЖ.</translation>
        </message>
        <message>
            <source>Сервер журнала не принял вход «%s»: неверный логин или пароль, либо учётная запись заблокирована или ещё не получила пароль на сервере. Обратитесь к администратору ЭЖ.</source>
            <translation>Сервер журнала не принял вход «%s»: неверный логин или пароль, либо учётная запись заблокирована или ещё не получила пароль на сервере. Обратитесь к администратору ЭЖ.</translation>
        </message>
        <message>
            <source>Файл «%s» не является базой данных журнала.</source>
            <translation>Файл «%s» не является базой данных журнала.</translation>
        </message>
        <message>
            <source>Файл базы данных «%s» не найден. Создайте журнал командой «ejournal init» или демонстрационную школу командой «ejournal demo».</source>
            <translation>Файл базы данных «%s» не найден. Создайте журнал командой «ejournal init» или демонстрационную школу командой «ejournal demo».</translation>
        </message>
    </context>
    <context>
        <name>StoredValues</name>
        <message>
            <source>Диктант</source>
            <translation>Диктант</translation>
        </message>
        <message>
            <source>Домашняя работа</source>
            <translation>Домашняя работа</translation>
        </message>
        <message>
            <source>Контрольная работа</source>
            <translation>Контрольная работа</translation>
        </message>
        <message>
            <source>Лабораторная, практическая работа</source>
            <translation>Лабораторная, практическая работа</translation>
        </message>
        <message>
            <source>Ответ на уроке</source>
            <translation>Ответ на уроке</translation>
        </message>
        <message>
            <source>Проверочная работа</source>
            <translation>Проверочная работа</translation>
        </message>
        <message>
            <source>Проект, доклад</source>
            <translation>Проект, доклад</translation>
        </message>
        <message>
            <source>Самостоятельная работа</source>
            <translation>Самостоятельная работа</translation>
        </message>
        <message>
            <source>Сочинение, изложение</source>
            <translation>Сочинение, изложение</translation>
        </message>
        <message>
            <source>бабушка</source>
            <translation>бабушка</translation>
        </message>
        <message>
            <source>дедушка</source>
            <translation>дедушка</translation>
        </message>
        <message>
            <source>ж</source>
            <translation>ж</translation>
        </message>
        <message>
            <source>иной законный представитель</source>
            <translation>иной законный представитель</translation>
        </message>
        <message>
            <source>комбинированный урок</source>
            <translation>комбинированный урок</translation>
        </message>
        <message>
            <source>м</source>
            <translation>м</translation>
        </message>
        <message>
            <source>мать</source>
            <translation>мать</translation>
        </message>
        <message>
            <source>опекун</source>
            <translation>опекун</translation>
        </message>
        <message>
            <source>отец</source>
            <translation>отец</translation>
        </message>
        <message>
            <source>попечитель</source>
            <translation>попечитель</translation>
        </message>
        <message>
            <source>урок закрепления</source>
            <translation>урок закрепления</translation>
        </message>
        <message>
            <source>урок контроля знаний</source>
            <translation>урок контроля знаний</translation>
        </message>
        <message>
            <source>урок обобщения и систематизации</source>
            <translation>урок обобщения и систематизации</translation>
        </message>
        <message>
            <source>урок открытия нового знания</source>
            <translation>урок открытия нового знания</translation>
        </message>
        <message>
            <source>урок повторения</source>
            <translation>урок повторения</translation>
        </message>
        <message>
            <source>урок развивающего контроля</source>
            <translation>урок развивающего контроля</translation>
        </message>
        <message>
            <source>урок-практикум</source>
            <translation>урок-практикум</translation>
        </message>
    </context>
    <context>
        <name>Structure</name>
        <message>
            <source>Буква класса — одна-две русские буквы, например «А».</source>
            <translation>Буква класса — одна-две русские буквы, например «А».</translation>
        </message>
        <message>
            <source>Время звонка записывается как «08:30», конец позже начала.</source>
            <translation>Время звонка записывается как «08:30», конец позже начала.</translation>
        </message>
        <message>
            <source>Дата окончания раньше начала действия урока.</source>
            <translation>Дата окончания раньше начала действия урока.</translation>
        </message>
        <message>
            <source>Даты пересекаются с учебным годом %s.</source>
            <translation>Даты пересекаются с учебным годом %s.</translation>
        </message>
        <message>
            <source>День недели — от понедельника до субботы.</source>
            <translation>День недели — от понедельника до субботы.</translation>
        </message>
        <message>
            <source>Заменяющий учитель совпадает с учителем по нагрузке.</source>
            <translation>Заменяющий учитель совпадает с учителем по нагрузке.</translation>
        </message>
        <message>
            <source>Каникулы далеко за пределами учебного года.</source>
            <translation>Каникулы далеко за пределами учебного года.</translation>
        </message>
        <message>
            <source>Класс %d%s уже есть.</source>
            <translation>Класс %d%s уже есть.</translation>
        </message>
        <message>
            <source>Не найдено: %s.</source>
            <translation>Не найдено: %s.</translation>
        </message>
        <message>
            <source>Не указано название группы.</source>
            <translation>Не указано название группы.</translation>
        </message>
        <message>
            <source>Не указано название подгруппы.</source>
            <translation>Не указано название подгруппы.</translation>
        </message>
        <message>
            <source>Не указано название предмета.</source>
            <translation>Не указано название предмета.</translation>
        </message>
        <message>
            <source>Неизвестный вид учебных периодов.</source>
            <translation>Неизвестный вид учебных периодов.</translation>
        </message>
        <message>
            <source>Номер урока — от 1 до 12.</source>
            <translation>Номер урока — от 1 до 12.</translation>
        </message>
        <message>
            <source>Параллель класса — от 1 до 11.</source>
            <translation>Параллель класса — от 1 до 11.</translation>
        </message>
        <message>
            <source>Период должен лежать внутри учебного года %s (%s — %s).</source>
            <translation>Период должен лежать внутри учебного года %s (%s — %s).</translation>
        </message>
        <message>
            <source>Период №%d уже есть.</source>
            <translation>Период №%d уже есть.</translation>
        </message>
        <message>
            <source>Предмет «%s» уже есть.</source>
            <translation>Предмет «%s» уже есть.</translation>
        </message>
        <message>
            <source>Учебная неделя — пять или шесть дней.</source>
            <translation>Учебная неделя — пять или шесть дней.</translation>
        </message>
        <message>
            <source>Учебный год %s уже есть.</source>
            <translation>Учебный год %s уже есть.</translation>
        </message>
        <message>
            <source>Учебный год записывается как «2025/2026».</source>
            <translation>Учебный год записывается как «2025/2026».</translation>
        </message>
        <message>
            <source>Часы в неделю — от 0,5 до 12.</source>
            <translation>Часы в неделю — от 0,5 до 12.</translation>
        </message>
        <message>
            <source>Часы в неделю — число.</source>
            <translation>Часы в неделю — число.</translation>
        </message>
        <message>
            <source>класс</source>
            <translation>класс</translation>
        </message>
        <message>
            <source>классный руководитель</source>
            <translation>классный руководитель</translation>
        </message>
        <message>
            <source>нагрузка</source>
            <translation>нагрузка</translation>
        </message>
        <message>
            <source>предмет</source>
            <translation>предмет</translation>
        </message>
        <message>
            <source>урок расписания</source>
            <translation>урок расписания</translation>
        </message>
        <message>
            <source>учебный год</source>
            <translation>учебный год</translation>
        </message>
        <message>
            <source>учитель</source>
            <translation>учитель</translation>
        </message>
        <message>
            <source>учитель на замену</source>
            <translation>учитель на замену</translation>
        </message>
    </context>
    <context>
        <name>StructureAdmin</name>
        <message>
            <source>%s зачислен(а) в %s %s — позже даты выбытия выпускников %s.</source>
            <translation>%s зачислен(а) в %s %s — позже даты выбытия выпускников %s.</translation>
        </message>
        <message>
            <source>%s, %d-й урок</source>
            <translation>%s, %d-й урок</translation>
        </message>
        <message>
            <source>Буква класса — одна-две русские буквы, например «А».</source>
            <translation>Буква класса — одна-две русские буквы, например «А».</translation>
        </message>
        <message>
            <source>В классе %s выставлены итоговые отметки.</source>
            <translation>В классе %s выставлены итоговые отметки.</translation>
        </message>
        <message>
            <source>В классе %s уже проведены уроки (%d): удалить его нельзя.</source>
            <translation>В классе %s уже проведены уроки (%d): удалить его нельзя.</translation>
        </message>
        <message>
            <source>В классе %s числятся учащиеся: сначала оформите их выбытие или перевод.</source>
            <translation>В классе %s числятся учащиеся: сначала оформите их выбытие или перевод.</translation>
        </message>
        <message>
            <source>В классе уже проведены уроки: параллель изменить нельзя.</source>
            <translation>В классе уже проведены уроки: параллель изменить нельзя.</translation>
        </message>
        <message>
            <source>В периоде «%s» уже проведено уроков: %d. Удалить его нельзя.</source>
            <translation>В периоде «%s» уже проведено уроков: %d. Удалить его нельзя.</translation>
        </message>
        <message>
            <source>В расписании есть уроки в субботу (%d): перенесите их на другие дни, потом переходите на пятидневную неделю.</source>
            <translation>В расписании есть уроки в субботу (%d): перенесите их на другие дни, потом переходите на пятидневную неделю.</translation>
        </message>
        <message>
            <source>В учебном году %s есть итоговые отметки.</source>
            <translation>В учебном году %s есть итоговые отметки.</translation>
        </message>
        <message>
            <source>В учебном году %s есть классы: удалить можно только пустой год.</source>
            <translation>В учебном году %s есть классы: удалить можно только пустой год.</translation>
        </message>
        <message>
            <source>В учебном году %s пятидневная неделя: суббота не учебный день.</source>
            <translation>В учебном году %s пятидневная неделя: суббота не учебный день.</translation>
        </message>
        <message>
            <source>Дата %s вне учебного года %s.</source>
            <translation>Дата %s вне учебного года %s.</translation>
        </message>
        <message>
            <source>Дата выбытия выпускников (%s) вне учебного года %s (%s).</source>
            <translation>Дата выбытия выпускников (%s) вне учебного года %s (%s).</translation>
        </message>
        <message>
            <source>Дата приказа о выпуске (%s) должна быть не раньше начала учебного года %s и раньше начала нового года.</source>
            <translation>Дата приказа о выпуске (%s) должна быть не раньше начала учебного года %s и раньше начала нового года.</translation>
        </message>
        <message>
            <source>Даты пересекаются с учебным годом %s.</source>
            <translation>Даты пересекаются с учебным годом %s.</translation>
        </message>
        <message>
            <source>День недели — от понедельника до субботы.</source>
            <translation>День недели — от понедельника до субботы.</translation>
        </message>
        <message>
            <source>Журнал класса %s за %s уже заверен, а выпуск в нём не оформлен: заверенный журнал не меняется. Выпуск оформляется до заверения.</source>
            <translation>Журнал класса %s за %s уже заверен, а выпуск в нём не оформлен: заверенный журнал не меняется. Выпуск оформляется до заверения.</translation>
        </message>
        <message>
            <source>За период «%s» выставлены отметки. Удалить его нельзя.</source>
            <translation>За период «%s» выставлены отметки. Удалить его нельзя.</translation>
        </message>
        <message>
            <source>Кабинет %s в это время занят: %s, %s (%s).</source>
            <translation>Кабинет %s в это время занят: %s, %s (%s).</translation>
        </message>
        <message>
            <source>Класс %d%s уже есть.</source>
            <translation>Класс %d%s уже есть.</translation>
        </message>
        <message>
            <source>Не найдено: %s.</source>
            <translation>Не найдено: %s.</translation>
        </message>
        <message>
            <source>Не указано название группы.</source>
            <translation>Не указано название группы.</translation>
        </message>
        <message>
            <source>Не указано название каникул.</source>
            <translation>Не указано название каникул.</translation>
        </message>
        <message>
            <source>Не указано название периода.</source>
            <translation>Не указано название периода.</translation>
        </message>
        <message>
            <source>Не указано название предмета.</source>
            <translation>Не указано название предмета.</translation>
        </message>
        <message>
            <source>Не числятся в классах учебного года %s на его конец: %s.</source>
            <translation>Не числятся в классах учебного года %s на его конец: %s.</translation>
        </message>
        <message>
            <source>Новый день, урок и кабинет совпадают с прежними.</source>
            <translation>Новый день, урок и кабинет совпадают с прежними.</translation>
        </message>
        <message>
            <source>Новый учебный год должен начинаться после %s.</source>
            <translation>Новый учебный год должен начинаться после %s.</translation>
        </message>
        <message>
            <source>Номер приказа о выпуске слишком длинный (не более 30 знаков).</source>
            <translation>Номер приказа о выпуске слишком длинный (не более 30 знаков).</translation>
        </message>
        <message>
            <source>Номер урока — от 1 до 12.</source>
            <translation>Номер урока — от 1 до 12.</translation>
        </message>
        <message>
            <source>Окончание основного общего образования</source>
            <translation>Окончание основного общего образования</translation>
        </message>
        <message>
            <source>Окончание среднего общего образования</source>
            <translation>Окончание среднего общего образования</translation>
        </message>
        <message>
            <source>Оставлен на повторное обучение</source>
            <translation>Оставлен на повторное обучение</translation>
        </message>
        <message>
            <source>Параллель класса — от 1 до 11.</source>
            <translation>Параллель класса — от 1 до 11.</translation>
        </message>
        <message>
            <source>Перевод в следующий класс</source>
            <translation>Перевод в следующий класс</translation>
        </message>
        <message>
            <source>Период «%s» (%s) выходит за новые даты года.</source>
            <translation>Период «%s» (%s) выходит за новые даты года.</translation>
        </message>
        <message>
            <source>Период должен лежать внутри учебного года %s (%s — %s).</source>
            <translation>Период должен лежать внутри учебного года %s (%s — %s).</translation>
        </message>
        <message>
            <source>По нагрузке уже проведены уроки: подгруппу изменить нельзя.</source>
            <translation>По нагрузке уже проведены уроки: подгруппу изменить нельзя.</translation>
        </message>
        <message>
            <source>По окончании года уходят только выпускники 9 классов; остальным оформите выбытие в карточке учащегося: %s.</source>
            <translation>По окончании года уходят только выпускники 9 классов; остальным оформите выбытие в карточке учащегося: %s.</translation>
        </message>
        <message>
            <source>По предмету «%s» выставлены итоговые отметки: удалить его нельзя.</source>
            <translation>По предмету «%s» выставлены итоговые отметки: удалить его нельзя.</translation>
        </message>
        <message>
            <source>По предмету «%s» уже проведены уроки (%d): удалить его нельзя.</source>
            <translation>По предмету «%s» уже проведены уроки (%d): удалить его нельзя.</translation>
        </message>
        <message>
            <source>По этой нагрузке уже проведены уроки (%d): удалить её нельзя. Передайте её другому учителю или уберите из расписания с нужной даты.</source>
            <translation>По этой нагрузке уже проведены уроки (%d): удалить её нельзя. Передайте её другому учителю или уберите из расписания с нужной даты.</translation>
        </message>
        <message>
            <source>По этому уроку расписания уже проведены уроки (%d): удалить его нельзя — уберите его из расписания с нужной даты, проведённые уроки сохранятся.</source>
            <translation>По этому уроку расписания уже проведены уроки (%d): удалить его нельзя — уберите его из расписания с нужной даты, проведённые уроки сохранятся.</translation>
        </message>
        <message>
            <source>Подгруппа из другого класса.</source>
            <translation>Подгруппа из другого класса.</translation>
        </message>
        <message>
            <source>Предмет «%s» стоит в нагрузке (%d): сначала удалите нагрузку.</source>
            <translation>Предмет «%s» стоит в нагрузке (%d): сначала удалите нагрузку.</translation>
        </message>
        <message>
            <source>Предмет «%s» уже есть.</source>
            <translation>Предмет «%s» уже есть.</translation>
        </message>
        <message>
            <source>Смена — первая или вторая.</source>
            <translation>Смена — первая или вторая.</translation>
        </message>
        <message>
            <source>У класса в это время уже есть урок: %s, %s (%s).</source>
            <translation>У класса в это время уже есть урок: %s, %s (%s).</translation>
        </message>
        <message>
            <source>Укажите номер приказа о выпуске (окончании 9 и 11 классов).</source>
            <translation>Укажите номер приказа о выпуске (окончании 9 и 11 классов).</translation>
        </message>
        <message>
            <source>Урок по этой замене уже записан в журнал: отменить замену нельзя.</source>
            <translation>Урок по этой замене уже записан в журнал: отменить замену нельзя.</translation>
        </message>
        <message>
            <source>Уроки, уже записанные в журнал (%d), оказались бы вне учебного года.</source>
            <translation>Уроки, уже записанные в журнал (%d), оказались бы вне учебного года.</translation>
        </message>
        <message>
            <source>Уроки, уже записанные в журнал (%d), оказались бы вне учебных периодов.</source>
            <translation>Уроки, уже записанные в журнал (%d), оказались бы вне учебных периодов.</translation>
        </message>
        <message>
            <source>Учащийся не может одновременно выпускаться и остаться на повторное обучение (%s).</source>
            <translation>Учащийся не может одновременно выпускаться и остаться на повторное обучение (%s).</translation>
        </message>
        <message>
            <source>Учебная неделя — пять или шесть дней.</source>
            <translation>Учебная неделя — пять или шесть дней.</translation>
        </message>
        <message>
            <source>Учебный год %s уже есть.</source>
            <translation>Учебный год %s уже есть.</translation>
        </message>
        <message>
            <source>Учебный год записывается как «2025/2026».</source>
            <translation>Учебный год записывается как «2025/2026».</translation>
        </message>
        <message>
            <source>Учитель %s в это время ведёт другой урок: %s (%s).</source>
            <translation>Учитель %s в это время ведёт другой урок: %s (%s).</translation>
        </message>
        <message>
            <source>Часы в неделю — от 0,5 до 12.</source>
            <translation>Часы в неделю — от 0,5 до 12.</translation>
        </message>
        <message>
            <source>Часы в неделю — число.</source>
            <translation>Часы в неделю — число.</translation>
        </message>
        <message>
            <source>Этот урок расписания действовал только до %s.</source>
            <translation>Этот урок расписания действовал только до %s.</translation>
        </message>
        <message>
            <source>Этот урок уже стоит в расписании: %s (%s).</source>
            <translation>Этот урок уже стоит в расписании: %s (%s).</translation>
        </message>
        <message>
            <source>вс</source>
            <translation>вс</translation>
        </message>
        <message>
            <source>вся школа</source>
            <translation>вся школа</translation>
        </message>
        <message>
            <source>вт</source>
            <translation>вт</translation>
        </message>
        <message>
            <source>замена</source>
            <translation>замена</translation>
        </message>
        <message>
            <source>занят: %s</source>
            <translation>занят: %s</translation>
        </message>
        <message>
            <source>звонок</source>
            <translation>звонок</translation>
        </message>
        <message>
            <source>каникулы</source>
            <translation>каникулы</translation>
        </message>
        <message>
            <source>класс</source>
            <translation>класс</translation>
        </message>
        <message>
            <source>классный руководитель</source>
            <translation>классный руководитель</translation>
        </message>
        <message>
            <source>нагрузка</source>
            <translation>нагрузка</translation>
        </message>
        <message>
            <source>неизвестных учащихся: %d</source>
            <translation>неизвестных учащихся: %d</translation>
        </message>
        <message>
            <source>пн</source>
            <translation>пн</translation>
        </message>
        <message>
            <source>подгруппа</source>
            <translation>подгруппа</translation>
        </message>
        <message>
            <source>предмет</source>
            <translation>предмет</translation>
        </message>
        <message>
            <source>пт</source>
            <translation>пт</translation>
        </message>
        <message>
            <source>сб</source>
            <translation>сб</translation>
        </message>
        <message>
            <source>ср</source>
            <translation>ср</translation>
        </message>
        <message>
            <source>уже на замене</source>
            <translation>уже на замене</translation>
        </message>
        <message>
            <source>урок расписания</source>
            <translation>урок расписания</translation>
        </message>
        <message>
            <source>учебный год</source>
            <translation>учебный год</translation>
        </message>
        <message>
            <source>учебный период</source>
            <translation>учебный период</translation>
        </message>
        <message>
            <source>учитель</source>
            <translation>учитель</translation>
        </message>
        <message>
            <source>чт</source>
            <translation>чт</translation>
        </message>
        <message>
            <source>№ %s от %s</source>
            <translation>№ %s от %s</translation>
        </message>
    </context>
    <context>
        <name>StructurePanel</name>
        <message>
            <source> (кружок)</source>
            <translation> (кружок)</translation>
        </message>
        <message>
            <source>%d мин</source>
            <translation>%d мин</translation>
        </message>
        <message>
            <source>%s — %s, классов: %d</source>
            <translation>%s — %s, классов: %d</translation>
        </message>
        <message>
            <source>; заверено журналов: %d</source>
            <translation>; заверено журналов: %d</translation>
        </message>
        <message>
            <source>В нагрузке</source>
            <translation>В нагрузке</translation>
        </message>
        <message>
            <source>Годы, периоды, каникулы</source>
            <translation>Годы, периоды, каникулы</translation>
        </message>
        <message>
            <source>Группа (кружок)</source>
            <translation>Группа (кружок)</translation>
        </message>
        <message>
            <source>Дней</source>
            <translation>Дней</translation>
        </message>
        <message>
            <source>Добавить год…</source>
            <translation>Добавить год…</translation>
        </message>
        <message>
            <source>Добавить звонок…</source>
            <translation>Добавить звонок…</translation>
        </message>
        <message>
            <source>Добавить каникулы…</source>
            <translation>Добавить каникулы…</translation>
        </message>
        <message>
            <source>Добавить класс…</source>
            <translation>Добавить класс…</translation>
        </message>
        <message>
            <source>Добавить кружок…</source>
            <translation>Добавить кружок…</translation>
        </message>
        <message>
            <source>Добавить нагрузку…</source>
            <translation>Добавить нагрузку…</translation>
        </message>
        <message>
            <source>Добавить период…</source>
            <translation>Добавить период…</translation>
        </message>
        <message>
            <source>Добавить предмет…</source>
            <translation>Добавить предмет…</translation>
        </message>
        <message>
            <source>Заверено</source>
            <translation>Заверено</translation>
        </message>
        <message>
            <source>Звонки</source>
            <translation>Звонки</translation>
        </message>
        <message>
            <source>Звонок</source>
            <translation>Звонок</translation>
        </message>
        <message>
            <source>Изменить…</source>
            <translation>Изменить…</translation>
        </message>
        <message>
            <source>Итого: %s ч в неделю, нагрузок: %d</source>
            <translation>Итого: %s ч в неделю, нагрузок: %d</translation>
        </message>
        <message>
            <source>Каникулы</source>
            <translation>Каникулы</translation>
        </message>
        <message>
            <source>Каникулы и праздники</source>
            <translation>Каникулы и праздники</translation>
        </message>
        <message>
            <source>Класс</source>
            <translation>Класс</translation>
        </message>
        <message>
            <source>Класс:</source>
            <translation>Класс:</translation>
        </message>
        <message>
            <source>Классный руководитель</source>
            <translation>Классный руководитель</translation>
        </message>
        <message>
            <source>Классов</source>
            <translation>Классов</translation>
        </message>
        <message>
            <source>Классы</source>
            <translation>Классы</translation>
        </message>
        <message>
            <source>Классы: %s.
Переведено учащихся: %d, из них оставлены на повторное обучение: %d.
Выпускные классы: %s; выпускников: %d (выбытие оформлено сейчас: %d).
Перенесено нагрузок: %d (проверьте часы и учителей). Периодов: %d, каникул: %d.</source>
            <translation>Классы: %s.
Переведено учащихся: %d, из них оставлены на повторное обучение: %d.
Выпускные классы: %s; выпускников: %d (выбытие оформлено сейчас: %d).
Перенесено нагрузок: %d (проверьте часы и учителей). Периодов: %d, каникул: %d.</translation>
        </message>
        <message>
            <source>Конец</source>
            <translation>Конец</translation>
        </message>
        <message>
            <source>Нагрузка</source>
            <translation>Нагрузка</translation>
        </message>
        <message>
            <source>Название</source>
            <translation>Название</translation>
        </message>
        <message>
            <source>Начало</source>
            <translation>Начало</translation>
        </message>
        <message>
            <source>Начать следующий учебный год</source>
            <translation>Начать следующий учебный год</translation>
        </message>
        <message>
            <source>Начать следующий учебный год…</source>
            <translation>Начать следующий учебный год…</translation>
        </message>
        <message>
            <source>Неделя</source>
            <translation>Неделя</translation>
        </message>
        <message>
            <source>Новый учебный год открыт</source>
            <translation>Новый учебный год открыт</translation>
        </message>
        <message>
            <source>Обновить</source>
            <translation>Обновить</translation>
        </message>
        <message>
            <source>Окончание</source>
            <translation>Окончание</translation>
        </message>
        <message>
            <source>Перемена после</source>
            <translation>Перемена после</translation>
        </message>
        <message>
            <source>Период</source>
            <translation>Период</translation>
        </message>
        <message>
            <source>Периоды</source>
            <translation>Периоды</translation>
        </message>
        <message>
            <source>Подгруппа</source>
            <translation>Подгруппа</translation>
        </message>
        <message>
            <source>Подтверждение</source>
            <translation>Подтверждение</translation>
        </message>
        <message>
            <source>Предмет</source>
            <translation>Предмет</translation>
        </message>
        <message>
            <source>Предметы</source>
            <translation>Предметы</translation>
        </message>
        <message>
            <source>Проведено уроков</source>
            <translation>Проведено уроков</translation>
        </message>
        <message>
            <source>Профиль</source>
            <translation>Профиль</translation>
        </message>
        <message>
            <source>Смена</source>
            <translation>Смена</translation>
        </message>
        <message>
            <source>Смена:</source>
            <translation>Смена:</translation>
        </message>
        <message>
            <source>Сокращение</source>
            <translation>Сокращение</translation>
        </message>
        <message>
            <source>Состояние</source>
            <translation>Состояние</translation>
        </message>
        <message>
            <source>Только просмотр: изменять структуру школы может администратор ЭЖ.</source>
            <translation>Только просмотр: изменять структуру школы может администратор ЭЖ.</translation>
        </message>
        <message>
            <source>Удалить</source>
            <translation>Удалить</translation>
        </message>
        <message>
            <source>Удалить %s вместе с его нагрузкой и расписанием?</source>
            <translation>Удалить %s вместе с его нагрузкой и расписанием?</translation>
        </message>
        <message>
            <source>Удалить «%s»?</source>
            <translation>Удалить «%s»?</translation>
        </message>
        <message>
            <source>Удалить звонок на %d-й урок?</source>
            <translation>Удалить звонок на %d-й урок?</translation>
        </message>
        <message>
            <source>Удалить нагрузку «%s»?</source>
            <translation>Удалить нагрузку «%s»?</translation>
        </message>
        <message>
            <source>Удалить период «%s»?</source>
            <translation>Удалить период «%s»?</translation>
        </message>
        <message>
            <source>Удалить предмет «%s»?</source>
            <translation>Удалить предмет «%s»?</translation>
        </message>
        <message>
            <source>Удалить учебный год %s?</source>
            <translation>Удалить учебный год %s?</translation>
        </message>
        <message>
            <source>Урок</source>
            <translation>Урок</translation>
        </message>
        <message>
            <source>Уроков в расписании</source>
            <translation>Уроков в расписании</translation>
        </message>
        <message>
            <source>Учащихся</source>
            <translation>Учащихся</translation>
        </message>
        <message>
            <source>Учебные периоды</source>
            <translation>Учебные периоды</translation>
        </message>
        <message>
            <source>Учебный год</source>
            <translation>Учебный год</translation>
        </message>
        <message>
            <source>Учебный год:</source>
            <translation>Учебный год:</translation>
        </message>
        <message>
            <source>Учебный период</source>
            <translation>Учебный период</translation>
        </message>
        <message>
            <source>Учебных лет ещё нет: добавьте первый.</source>
            <translation>Учебных лет ещё нет: добавьте первый.</translation>
        </message>
        <message>
            <source>Учитель</source>
            <translation>Учитель</translation>
        </message>
        <message>
            <source>Часов в неделю</source>
            <translation>Часов в неделю</translation>
        </message>
        <message>
            <source>весь класс</source>
            <translation>весь класс</translation>
        </message>
        <message>
            <source>все классы</source>
            <translation>все классы</translation>
        </message>
        <message>
            <source>вторая</source>
            <translation>вторая</translation>
        </message>
        <message>
            <source>закрыт</source>
            <translation>закрыт</translation>
        </message>
        <message>
            <source>нет</source>
            <translation>нет</translation>
        </message>
        <message>
            <source>открыт</source>
            <translation>открыт</translation>
        </message>
        <message>
            <source>первая</source>
            <translation>первая</translation>
        </message>
        <message>
            <source>полугодия</source>
            <translation>полугодия</translation>
        </message>
        <message>
            <source>пятидневная</source>
            <translation>пятидневная</translation>
        </message>
        <message>
            <source>триместры</source>
            <translation>триместры</translation>
        </message>
        <message>
            <source>четверти</source>
            <translation>четверти</translation>
        </message>
        <message>
            <source>шестидневная</source>
            <translation>шестидневная</translation>
        </message>
        <message>
            <source>№</source>
            <translation>№</translation>
        </message>
    </context>
    <context>
        <name>Students</name>
        <message>
            <source>%s изменил другой пользователь, пока вы редактировали. Обновите и повторите.</source>
            <translation>%s изменил другой пользователь, пока вы редактировали. Обновите и повторите.</translation>
        </message>
        <message>
            <source>«Кем приходится» — не длиннее 30 символов.</source>
            <translation>«Кем приходится» — не длиннее 30 символов.</translation>
        </message>
        <message>
            <source>Адрес электронной почты «%s» записан неверно.</source>
            <translation>Адрес электронной почты «%s» записан неверно.</translation>
        </message>
        <message>
            <source>В %s учебном году учащийся не числился ни в одном классе.</source>
            <translation>В %s учебном году учащийся не числился ни в одном классе.</translation>
        </message>
        <message>
            <source>В номере телефона «%s» есть буквы.</source>
            <translation>В номере телефона «%s» есть буквы.</translation>
        </message>
        <message>
            <source>Всего строк: %d; учащихся: %d.</source>
            <translation>Всего строк: %d; учащихся: %d.</translation>
        </message>
        <message>
            <source>Дата выбытия раньше даты зачисления.</source>
            <translation>Дата выбытия раньше даты зачисления.</translation>
        </message>
        <message>
            <source>Дата зачисления вне учебного года %s.</source>
            <translation>Дата зачисления вне учебного года %s.</translation>
        </message>
        <message>
            <source>Дата отзыва раньше даты согласия.</source>
            <translation>Дата отзыва раньше даты согласия.</translation>
        </message>
        <message>
            <source>Дата рождения %s невозможна.</source>
            <translation>Дата рождения %s невозможна.</translation>
        </message>
        <message>
            <source>Дата согласия %s ещё не наступила.</source>
            <translation>Дата согласия %s ещё не наступила.</translation>
        </message>
        <message>
            <source>Дата согласия %s невозможна.</source>
            <translation>Дата согласия %s невозможна.</translation>
        </message>
        <message>
            <source>Класс</source>
            <translation>Класс</translation>
        </message>
        <message>
            <source>Класс не найден.</source>
            <translation>Класс не найден.</translation>
        </message>
        <message>
            <source>Кто без согласия на обработку персональных данных (152-ФЗ)</source>
            <translation>Кто без согласия на обработку персональных данных (152-ФЗ)</translation>
        </message>
        <message>
            <source>Личное дело № %s уже есть у другого учащегося.</source>
            <translation>Личное дело № %s уже есть у другого учащегося.</translation>
        </message>
        <message>
            <source>Личную карточку учащегося</source>
            <translation>Личную карточку учащегося</translation>
        </message>
        <message>
            <source>Не указан номер личного дела.</source>
            <translation>Не указан номер личного дела.</translation>
        </message>
        <message>
            <source>Не указана фамилия учащегося.</source>
            <translation>Не указана фамилия учащегося.</translation>
        </message>
        <message>
            <source>Не указана фамилия.</source>
            <translation>Не указана фамилия.</translation>
        </message>
        <message>
            <source>Не указано имя учащегося.</source>
            <translation>Не указано имя учащегося.</translation>
        </message>
        <message>
            <source>Не указано имя.</source>
            <translation>Не указано имя.</translation>
        </message>
        <message>
            <source>Нет согласия на обработку ПД</source>
            <translation>Нет согласия на обработку ПД</translation>
        </message>
        <message>
            <source>Перевод — между классами одного учебного года. Для нового года оформите выбытие и зачисление.</source>
            <translation>Перевод — между классами одного учебного года. Для нового года оформите выбытие и зачисление.</translation>
        </message>
        <message>
            <source>Пол — «м» или «ж».</source>
            <translation>Пол — «м» или «ж».</translation>
        </message>
        <message>
            <source>Примечание</source>
            <translation>Примечание</translation>
        </message>
        <message>
            <source>Родитель (законный представитель) не найден.</source>
            <translation>Родитель (законный представитель) не найден.</translation>
        </message>
        <message>
            <source>Сведения о родителе</source>
            <translation>Сведения о родителе</translation>
        </message>
        <message>
            <source>Согласие даёт либо учащийся, либо родитель — укажите одного.</source>
            <translation>Согласие даёт либо учащийся, либо родитель — укажите одного.</translation>
        </message>
        <message>
            <source>Согласие не найдено.</source>
            <translation>Согласие не найдено.</translation>
        </message>
        <message>
            <source>Согласие уже отозвано %s.</source>
            <translation>Согласие уже отозвано %s.</translation>
        </message>
        <message>
            <source>Телефон «%s» не похож на номер телефона.</source>
            <translation>Телефон «%s» не похож на номер телефона.</translation>
        </message>
        <message>
            <source>Укажите причину выбытия.</source>
            <translation>Укажите причину выбытия.</translation>
        </message>
        <message>
            <source>Укажите цель обработки персональных данных.</source>
            <translation>Укажите цель обработки персональных данных.</translation>
        </message>
        <message>
            <source>Учащийся</source>
            <translation>Учащийся</translation>
        </message>
        <message>
            <source>Учащийся не найден.</source>
            <translation>Учащийся не найден.</translation>
        </message>
        <message>
            <source>Учащийся не числился в этом классе.</source>
            <translation>Учащийся не числился в этом классе.</translation>
        </message>
        <message>
            <source>Учащийся с %s ещё числится в классе %s%s: сначала оформите выбытие.</source>
            <translation>Учащийся с %s ещё числится в классе %s%s: сначала оформите выбытие.</translation>
        </message>
        <message>
            <source>Учащийся сейчас не числится в этом классе.</source>
            <translation>Учащийся сейчас не числится в этом классе.</translation>
        </message>
        <message>
            <source>Учащийся уже в этом классе.</source>
            <translation>Учащийся уже в этом классе.</translation>
        </message>
        <message>
            <source>Учебный год %s, на %s</source>
            <translation>Учебный год %s, на %s</translation>
        </message>
        <message>
            <source>Учебный год не найден.</source>
            <translation>Учебный год не найден.</translation>
        </message>
        <message>
            <source>ФИО</source>
            <translation>ФИО</translation>
        </message>
        <message>
            <source>Фамилия, имя и отчество — не длиннее 100 символов.</source>
            <translation>Фамилия, имя и отчество — не длиннее 100 символов.</translation>
        </message>
        <message>
            <source>Чьё согласие</source>
            <translation>Чьё согласие</translation>
        </message>
        <message>
            <source>Этот родитель не указан у учащегося.</source>
            <translation>Этот родитель не указан у учащегося.</translation>
        </message>
        <message>
            <source>Этот родитель уже указан у учащегося.</source>
            <translation>Этот родитель уже указан у учащегося.</translation>
        </message>
        <message>
            <source>внесите родителей в карточку</source>
            <translation>внесите родителей в карточку</translation>
        </message>
        <message>
            <source>нет сведений о родителях</source>
            <translation>нет сведений о родителях</translation>
        </message>
        <message>
            <source>отозвано %s</source>
            <translation>отозвано %s</translation>
        </message>
        <message>
            <source>перевод в %s класс</source>
            <translation>перевод в %s класс</translation>
        </message>
        <message>
            <source>перевод из %s класса</source>
            <translation>перевод из %s класса</translation>
        </message>
        <message>
            <source>родитель</source>
            <translation>родитель</translation>
        </message>
        <message>
            <source>учащийся</source>
            <translation>учащийся</translation>
        </message>
        <message>
            <source>учебный год %s</source>
            <translation>учебный год %s</translation>
        </message>
    </context>
    <context>
        <name>StudentsPanel</name>
        <message>
            <source> · только просмотр</source>
            <translation> · только просмотр</translation>
        </message>
        <message>
            <source> по %s — %s</source>
            <translation> по %s — %s</translation>
        </message>
        <message>
            <source>%s (%s): с %s</source>
            <translation>%s (%s): с %s</translation>
        </message>
        <message>
            <source>%s (учащийся)</source>
            <translation>%s (учащийся)</translation>
        </message>
        <message>
            <source>, приказ %s</source>
            <translation>, приказ %s</translation>
        </message>
        <message>
            <source>PDF сохранён</source>
            <translation>PDF сохранён</translation>
        </message>
        <message>
            <source>Адрес</source>
            <translation>Адрес</translation>
        </message>
        <message>
            <source>Бланк согласия на обработку персональных данных (PDF): выбранного родителя или пустой</source>
            <translation>Бланк согласия на обработку персональных данных (PDF): выбранного родителя или пустой</translation>
        </message>
        <message>
            <source>Бланк согласия…</source>
            <translation>Бланк согласия…</translation>
        </message>
        <message>
            <source>В класс</source>
            <translation>В класс</translation>
        </message>
        <message>
            <source>В классе</source>
            <translation>В классе</translation>
        </message>
        <message>
            <source>Ведомость для личного дела…</source>
            <translation>Ведомость для личного дела…</translation>
        </message>
        <message>
            <source>Ведомость отметок %s %s.pdf</source>
            <translation>Ведомость отметок %s %s.pdf</translation>
        </message>
        <message>
            <source>Ведомость отметок за учебный год для личного дела (PDF)</source>
            <translation>Ведомость отметок за учебный год для личного дела (PDF)</translation>
        </message>
        <message>
            <source>Все, кто учился в классе</source>
            <translation>Все, кто учился в классе</translation>
        </message>
        <message>
            <source>Выбытие оформлено. Сохранить выписку отметок для новой школы?</source>
            <translation>Выбытие оформлено. Сохранить выписку отметок для новой школы?</translation>
        </message>
        <message>
            <source>Выбытие: %s</source>
            <translation>Выбытие: %s</translation>
        </message>
        <message>
            <source>Выбытие…</source>
            <translation>Выбытие…</translation>
        </message>
        <message>
            <source>Выписка отметок</source>
            <translation>Выписка отметок</translation>
        </message>
        <message>
            <source>Выписка отметок %s %s.pdf</source>
            <translation>Выписка отметок %s %s.pdf</translation>
        </message>
        <message>
            <source>Выписка отметок…</source>
            <translation>Выписка отметок…</translation>
        </message>
        <message>
            <source>Выписка текущих и итоговых отметок для новой школы (PDF)</source>
            <translation>Выписка текущих и итоговых отметок для новой школы (PDF)</translation>
        </message>
        <message>
            <source>Дано</source>
            <translation>Дано</translation>
        </message>
        <message>
            <source>Дата зачисления</source>
            <translation>Дата зачисления</translation>
        </message>
        <message>
            <source>Дата подписания</source>
            <translation>Дата подписания</translation>
        </message>
        <message>
            <source>Дата проверки</source>
            <translation>Дата проверки</translation>
        </message>
        <message>
            <source>Дата рождения</source>
            <translation>Дата рождения</translation>
        </message>
        <message>
            <source>Дата, с которой согласие отозвано письменным заявлением.</source>
            <translation>Дата, с которой согласие отозвано письменным заявлением.</translation>
        </message>
        <message>
            <source>Движение: </source>
            <translation>Движение: </translation>
        </message>
        <message>
            <source>Добавить…</source>
            <translation>Добавить…</translation>
        </message>
        <message>
            <source>Документ PDF (*.pdf)</source>
            <translation>Документ PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Ежемесячная проверка персональных данных — %s</source>
            <translation>Ежемесячная проверка персональных данных — %s</translation>
        </message>
        <message>
            <source>Записано: %s — листов: %d.</source>
            <translation>Записано: %s — листов: %d.</translation>
        </message>
        <message>
            <source>Записать согласие…</source>
            <translation>Записать согласие…</translation>
        </message>
        <message>
            <source>Зачисление в %s класс</source>
            <translation>Зачисление в %s класс</translation>
        </message>
        <message>
            <source>Зачислить…</source>
            <translation>Зачислить…</translation>
        </message>
        <message>
            <source>Заявление родителей</source>
            <translation>Заявление родителей</translation>
        </message>
        <message>
            <source>Изменить…</source>
            <translation>Изменить…</translation>
        </message>
        <message>
            <source>Изменять сведения может администратор или классный руководитель этого класса.</source>
            <translation>Изменять сведения может администратор или классный руководитель этого класса.</translation>
        </message>
        <message>
            <source>Имя</source>
            <translation>Имя</translation>
        </message>
        <message>
            <source>Кем приходится</source>
            <translation>Кем приходится</translation>
        </message>
        <message>
            <source>Класс %s: обучается %d</source>
            <translation>Класс %s: обучается %d</translation>
        </message>
        <message>
            <source>Кто без согласия на обработку ПД</source>
            <translation>Кто без согласия на обработку ПД</translation>
        </message>
        <message>
            <source>Личная карточка</source>
            <translation>Личная карточка</translation>
        </message>
        <message>
            <source>Личное дело</source>
            <translation>Личное дело</translation>
        </message>
        <message>
            <source>Не удалось записать «%s»: %s</source>
            <translation>Не удалось записать «%s»: %s</translation>
        </message>
        <message>
            <source>Нет классов, сведения об учащихся которых вам доступны.</source>
            <translation>Нет классов, сведения об учащихся которых вам доступны.</translation>
        </message>
        <message>
            <source>Основание</source>
            <translation>Основание</translation>
        </message>
        <message>
            <source>Отзыв согласия</source>
            <translation>Отзыв согласия</translation>
        </message>
        <message>
            <source>Отзыв согласия…</source>
            <translation>Отзыв согласия…</translation>
        </message>
        <message>
            <source>Отметки до последнего дня сохранятся; на страницах журнала после этой даты учащегося не будет.</source>
            <translation>Отметки до последнего дня сохранятся; на страницах журнала после этой даты учащегося не будет.</translation>
        </message>
        <message>
            <source>Отметьте, что сведения об учащихся класса и их родителях сверены и актуальны.</source>
            <translation>Отметьте, что сведения об учащихся класса и их родителях сверены и актуальны.</translation>
        </message>
        <message>
            <source>Отозвано</source>
            <translation>Отозвано</translation>
        </message>
        <message>
            <source>Отчество</source>
            <translation>Отчество</translation>
        </message>
        <message>
            <source>Перевести в другой класс…</source>
            <translation>Перевести в другой класс…</translation>
        </message>
        <message>
            <source>Перевод: %s</source>
            <translation>Перевод: %s</translation>
        </message>
        <message>
            <source>Подтверждение</source>
            <translation>Подтверждение</translation>
        </message>
        <message>
            <source>Пол</source>
            <translation>Пол</translation>
        </message>
        <message>
            <source>Последний день в %s</source>
            <translation>Последний день в %s</translation>
        </message>
        <message>
            <source>Последний день в классе</source>
            <translation>Последний день в классе</translation>
        </message>
        <message>
            <source>Последняя проверка персональных данных: %s (%s)</source>
            <translation>Последняя проверка персональных данных: %s (%s)</translation>
        </message>
        <message>
            <source>Приказ №</source>
            <translation>Приказ №</translation>
        </message>
        <message>
            <source>Примечание</source>
            <translation>Примечание</translation>
        </message>
        <message>
            <source>Причина</source>
            <translation>Причина</translation>
        </message>
        <message>
            <source>Проверка ПД проведена…</source>
            <translation>Проверка ПД проведена…</translation>
        </message>
        <message>
            <source>Проверка персональных данных класса ещё не отмечалась.</source>
            <translation>Проверка персональных данных класса ещё не отмечалась.</translation>
        </message>
        <message>
            <source>Родители (законные представители)</source>
            <translation>Родители (законные представители)</translation>
        </message>
        <message>
            <source>Родитель (законный представитель)</source>
            <translation>Родитель (законный представитель)</translation>
        </message>
        <message>
            <source>Родство</source>
            <translation>Родство</translation>
        </message>
        <message>
            <source>Согласие</source>
            <translation>Согласие</translation>
        </message>
        <message>
            <source>Согласие %s.pdf</source>
            <translation>Согласие %s.pdf</translation>
        </message>
        <message>
            <source>Согласие на обработку персональных данных</source>
            <translation>Согласие на обработку персональных данных</translation>
        </message>
        <message>
            <source>Согласия</source>
            <translation>Согласия</translation>
        </message>
        <message>
            <source>Согласия на обработку персональных данных (152-ФЗ)</source>
            <translation>Согласия на обработку персональных данных (152-ФЗ)</translation>
        </message>
        <message>
            <source>Сохранить PDF</source>
            <translation>Сохранить PDF</translation>
        </message>
        <message>
            <source>Сохранить карточку</source>
            <translation>Сохранить карточку</translation>
        </message>
        <message>
            <source>Телефон</source>
            <translation>Телефон</translation>
        </message>
        <message>
            <source>Только обучающиеся сейчас</source>
            <translation>Только обучающиеся сейчас</translation>
        </message>
        <message>
            <source>Убрать %s из карточки учащегося? Если это не родитель других учащихся, его сведения и согласия будут удалены.</source>
            <translation>Убрать %s из карточки учащегося? Если это не родитель других учащихся, его сведения и согласия будут удалены.</translation>
        </message>
        <message>
            <source>Убрать из карточки</source>
            <translation>Убрать из карточки</translation>
        </message>
        <message>
            <source>Учащийся выбывает из %s после указанного дня и со следующего дня зачисляется в выбранный класс. Отметки остаются на своих уроках.</source>
            <translation>Учащийся выбывает из %s после указанного дня и со следующего дня зачисляется в выбранный класс. Отметки остаются на своих уроках.</translation>
        </message>
        <message>
            <source>Учебный год:</source>
            <translation>Учебный год:</translation>
        </message>
        <message>
            <source>ФИО</source>
            <translation>ФИО</translation>
        </message>
        <message>
            <source>Файл не записан</source>
            <translation>Файл не записан</translation>
        </message>
        <message>
            <source>Фамилия</source>
            <translation>Фамилия</translation>
        </message>
        <message>
            <source>Цель</source>
            <translation>Цель</translation>
        </message>
        <message>
            <source>Цель обработки</source>
            <translation>Цель обработки</translation>
        </message>
        <message>
            <source>Чьё</source>
            <translation>Чьё</translation>
        </message>
        <message>
            <source>Чьё согласие</source>
            <translation>Чьё согласие</translation>
        </message>
        <message>
            <source>Эл. почта</source>
            <translation>Эл. почта</translation>
        </message>
        <message>
            <source>все есть</source>
            <translation>все есть</translation>
        </message>
        <message>
            <source>есть</source>
            <translation>есть</translation>
        </message>
        <message>
            <source>заявление родителей</source>
            <translation>заявление родителей</translation>
        </message>
        <message>
            <source>нет</source>
            <translation>нет</translation>
        </message>
        <message>
            <source>нет согласия</source>
            <translation>нет согласия</translation>
        </message>
        <message>
            <source>нет у %d</source>
            <translation>нет у %d</translation>
        </message>
        <message>
            <source>окончание обучения</source>
            <translation>окончание обучения</translation>
        </message>
        <message>
            <source>перевод в другую образовательную организацию</source>
            <translation>перевод в другую образовательную организацию</translation>
        </message>
        <message>
            <source>переезд в другой населённый пункт</source>
            <translation>переезд в другой населённый пункт</translation>
        </message>
        <message>
            <source>по заявлению родителей</source>
            <translation>по заявлению родителей</translation>
        </message>
        <message>
            <source>родитель</source>
            <translation>родитель</translation>
        </message>
        <message>
            <source>№</source>
            <translation>№</translation>
        </message>
        <message>
            <source>№ личного дела</source>
            <translation>№ личного дела</translation>
        </message>
    </context>
    <context>
        <name>SubjectDialog</name>
        <message>
            <source>Название:</source>
            <translation>Название:</translation>
        </message>
        <message>
            <source>Сокращение:</source>
            <translation>Сокращение:</translation>
        </message>
        <message>
            <source>для расписания, например «Рус. яз.»</source>
            <translation>для расписания, например «Рус. яз.»</translation>
        </message>
    </context>
    <context>
        <name>TemporaryPasswordDialog</name>
        <message>
            <source>Временный пароль</source>
            <translation>Временный пароль</translation>
        </message>
        <message>
            <source>Закрыть</source>
            <translation>Закрыть</translation>
        </message>
        <message>
            <source>Новый временный пароль для &lt;b&gt;%s&lt;/b&gt; (логин &lt;b&gt;%s&lt;/b&gt;). Он показывается только сейчас: передайте его сотруднику лично. При входе программа попросит сменить его.</source>
            <translation>Новый временный пароль для &lt;b&gt;%s&lt;/b&gt; (логин &lt;b&gt;%s&lt;/b&gt;). Он показывается только сейчас: передайте его сотруднику лично. При входе программа попросит сменить его.</translation>
        </message>
        <message>
            <source>Скопировать</source>
            <translation>Скопировать</translation>
        </message>
    </context>
    <context>
        <name>Timetable</name>
        <message>
            <source>Класс не найден.</source>
            <translation>Класс не найден.</translation>
        </message>
        <message>
            <source>Не указан кабинет.</source>
            <translation>Не указан кабинет.</translation>
        </message>
        <message>
            <source>Неизвестный вид расписания «%s».</source>
            <translation>Неизвестный вид расписания «%s».</translation>
        </message>
        <message>
            <source>Учитель не найден.</source>
            <translation>Учитель не найден.</translation>
        </message>
        <message>
            <source>расписание другого учителя</source>
            <translation>расписание другого учителя</translation>
        </message>
        <message>
            <source>расписание кабинета</source>
            <translation>расписание кабинета</translation>
        </message>
        <message>
            <source>расписание класса</source>
            <translation>расписание класса</translation>
        </message>
    </context>
    <context>
        <name>TimetableEditor</name>
        <message>
            <source> по %s</source>
            <translation> по %s</translation>
        </message>
        <message>
            <source>%d-й урок — %s%s (%s)</source>
            <translation>%d-й урок — %s%s (%s)</translation>
        </message>
        <message>
            <source>%s — %s, %s, %d-й урок</source>
            <translation>%s — %s, %s, %d-й урок</translation>
        </message>
        <message>
            <source>%s — %s; сейчас: %s, %d-й урок, каб. %s</source>
            <translation>%s — %s; сейчас: %s, %d-й урок, каб. %s</translation>
        </message>
        <message>
            <source>%s%s — %s
%s ч в неделю, в расписании: %d</source>
            <translation>%s%s — %s
%s ч в неделю, в расписании: %d</translation>
        </message>
        <message>
            <source>Всё равно сохранить?</source>
            <translation>Всё равно сохранить?</translation>
        </message>
        <message>
            <source>Дата</source>
            <translation>Дата</translation>
        </message>
        <message>
            <source>Дата:</source>
            <translation>Дата:</translation>
        </message>
        <message>
            <source>Действует с:</source>
            <translation>Действует с:</translation>
        </message>
        <message>
            <source>День недели:</source>
            <translation>День недели:</translation>
        </message>
        <message>
            <source>Замен за период: %d</source>
            <translation>Замен за период: %d</translation>
        </message>
        <message>
            <source>Замены</source>
            <translation>Замены</translation>
        </message>
        <message>
            <source>Замены с</source>
            <translation>Замены с</translation>
        </message>
        <message>
            <source>Заменяет</source>
            <translation>Заменяет</translation>
        </message>
        <message>
            <source>Заменяет:</source>
            <translation>Заменяет:</translation>
        </message>
        <message>
            <source>Изменение действует с:</source>
            <translation>Изменение действует с:</translation>
        </message>
        <message>
            <source>Изменение расписания действует с выбранной даты: уроки, уже проведённые по прежнему расписанию, остаются в журнале со всеми отметками. Жёлтым — уроки, которые заканчиваются.</source>
            <translation>Изменение расписания действует с выбранной даты: уроки, уже проведённые по прежнему расписанию, остаются в журнале со всеми отметками. Жёлтым — уроки, которые заканчиваются.</translation>
        </message>
        <message>
            <source>Изменить урок в расписании</source>
            <translation>Изменить урок в расписании</translation>
        </message>
        <message>
            <source>Кабинет:</source>
            <translation>Кабинет:</translation>
        </message>
        <message>
            <source>Класс</source>
            <translation>Класс</translation>
        </message>
        <message>
            <source>Класс:</source>
            <translation>Класс:</translation>
        </message>
        <message>
            <source>Нагрузка класса</source>
            <translation>Нагрузка класса</translation>
        </message>
        <message>
            <source>Назначить замену</source>
            <translation>Назначить замену</translation>
        </message>
        <message>
            <source>Назначить замену…</source>
            <translation>Назначить замену…</translation>
        </message>
        <message>
            <source>Отменить замену</source>
            <translation>Отменить замену</translation>
        </message>
        <message>
            <source>Отменить замену %s, %d-й урок, %s (%s)?</source>
            <translation>Отменить замену %s, %d-й урок, %s (%s)?</translation>
        </message>
        <message>
            <source>Перенести или сменить кабинет…</source>
            <translation>Перенести или сменить кабинет…</translation>
        </message>
        <message>
            <source>Пересечения в расписании</source>
            <translation>Пересечения в расписании</translation>
        </message>
        <message>
            <source>Перетащите предмет в клетку расписания или выберите клетку и нажмите «Поставить в расписание…».</source>
            <translation>Перетащите предмет в клетку расписания или выберите клетку и нажмите «Поставить в расписание…».</translation>
        </message>
        <message>
            <source>Подтверждение</source>
            <translation>Подтверждение</translation>
        </message>
        <message>
            <source>Показано расписание, действующее в этот день</source>
            <translation>Показано расписание, действующее в этот день</translation>
        </message>
        <message>
            <source>Последний день урока:</source>
            <translation>Последний день урока:</translation>
        </message>
        <message>
            <source>Поставить в расписание</source>
            <translation>Поставить в расписание</translation>
        </message>
        <message>
            <source>Поставить в расписание…</source>
            <translation>Поставить в расписание…</translation>
        </message>
        <message>
            <source>Предмет</source>
            <translation>Предмет</translation>
        </message>
        <message>
            <source>Предмет и учитель:</source>
            <translation>Предмет и учитель:</translation>
        </message>
        <message>
            <source>Причина</source>
            <translation>Причина</translation>
        </message>
        <message>
            <source>Причина:</source>
            <translation>Причина:</translation>
        </message>
        <message>
            <source>Проведённые уроки сохраняются со всеми отметками: прежняя запись расписания заканчивается накануне этой даты.</source>
            <translation>Проведённые уроки сохраняются со всеми отметками: прежняя запись расписания заканчивается накануне этой даты.</translation>
        </message>
        <message>
            <source>Расписание %s класса на %s</source>
            <translation>Расписание %s класса на %s</translation>
        </message>
        <message>
            <source>Расписание класса</source>
            <translation>Расписание класса</translation>
        </message>
        <message>
            <source>Расписание на дату:</source>
            <translation>Расписание на дату:</translation>
        </message>
        <message>
            <source>Убрать с даты…</source>
            <translation>Убрать с даты…</translation>
        </message>
        <message>
            <source>Убрать урок из расписания</source>
            <translation>Убрать урок из расписания</translation>
        </message>
        <message>
            <source>Удалить запись «%s, %s, %d-й урок» из расписания совсем? Так исправляют ошибку ввода; если урок отменяется с какой-то даты, используйте «Убрать с даты…».</source>
            <translation>Удалить запись «%s, %s, %d-й урок» из расписания совсем? Так исправляют ошибку ввода; если урок отменяется с какой-то даты, используйте «Убрать с даты…».</translation>
        </message>
        <message>
            <source>Удалить ошибочную запись</source>
            <translation>Удалить ошибочную запись</translation>
        </message>
        <message>
            <source>Урок</source>
            <translation>Урок</translation>
        </message>
        <message>
            <source>Урок в журнале</source>
            <translation>Урок в журнале</translation>
        </message>
        <message>
            <source>Урок пересекается с расписанием:</source>
            <translation>Урок пересекается с расписанием:</translation>
        </message>
        <message>
            <source>Урок №:</source>
            <translation>Урок №:</translation>
        </message>
        <message>
            <source>Урок:</source>
            <translation>Урок:</translation>
        </message>
        <message>
            <source>Уроки до этой даты остаются как были.</source>
            <translation>Уроки до этой даты остаются как были.</translation>
        </message>
        <message>
            <source>Уроков в расписании не столько, сколько часов в нагрузке.</source>
            <translation>Уроков в расписании не столько, сколько часов в нагрузке.</translation>
        </message>
        <message>
            <source>Учебный год ещё не создан.</source>
            <translation>Учебный год ещё не создан.</translation>
        </message>
        <message>
            <source>Учитель</source>
            <translation>Учитель</translation>
        </message>
        <message>
            <source>болезнь, курсы, командировка…</source>
            <translation>болезнь, курсы, командировка…</translation>
        </message>
        <message>
            <source>в этот день уроков нет</source>
            <translation>в этот день уроков нет</translation>
        </message>
        <message>
            <source>ещё нет</source>
            <translation>ещё нет</translation>
        </message>
        <message>
            <source>записан</source>
            <translation>записан</translation>
        </message>
        <message>
            <source>каб. %s</source>
            <translation>каб. %s</translation>
        </message>
        <message>
            <source>каб. %s, </source>
            <translation>каб. %s, </translation>
        </message>
        <message>
            <source>по</source>
            <translation>по</translation>
        </message>
        <message>
            <source>с %s</source>
            <translation>с %s</translation>
        </message>
    </context>
    <context>
        <name>TimetableTab</name>
        <message>
            <source> — замена</source>
            <translation> — замена</translation>
        </message>
        <message>
            <source>%d-й урок</source>
            <translation>%d-й урок</translation>
        </message>
        <message>
            <source>%s — неделя %s</source>
            <translation>%s — неделя %s</translation>
        </message>
        <message>
            <source>Двойной щелчок по уроку открывает его в журнале.</source>
            <translation>Двойной щелчок по уроку открывает его в журнале.</translation>
        </message>
        <message>
            <source>Двойной щелчок — открыть урок в журнале.</source>
            <translation>Двойной щелчок — открыть урок в журнале.</translation>
        </message>
        <message>
            <source>Замена</source>
            <translation>Замена</translation>
        </message>
        <message>
            <source>Замена: %s</source>
            <translation>Замена: %s</translation>
        </message>
        <message>
            <source>Замена; по расписанию: %s</source>
            <translation>Замена; по расписанию: %s</translation>
        </message>
        <message>
            <source>Кабинет</source>
            <translation>Кабинет</translation>
        </message>
        <message>
            <source>Кабинет: %s</source>
            <translation>Кабинет: %s</translation>
        </message>
        <message>
            <source>Класс</source>
            <translation>Класс</translation>
        </message>
        <message>
            <source>Любой день нужной недели</source>
            <translation>Любой день нужной недели</translation>
        </message>
        <message>
            <source>Неделя:</source>
            <translation>Неделя:</translation>
        </message>
        <message>
            <source>Нет расписаний, доступных для просмотра.</source>
            <translation>Нет расписаний, доступных для просмотра.</translation>
        </message>
        <message>
            <source>Предыдущая неделя</source>
            <translation>Предыдущая неделя</translation>
        </message>
        <message>
            <source>Расписание:</source>
            <translation>Расписание:</translation>
        </message>
        <message>
            <source>Расписание: %s</source>
            <translation>Расписание: %s</translation>
        </message>
        <message>
            <source>Расписание: %s класс</source>
            <translation>Расписание: %s класс</translation>
        </message>
        <message>
            <source>Расписание: кабинет %s</source>
            <translation>Расписание: кабинет %s</translation>
        </message>
        <message>
            <source>Следующая неделя</source>
            <translation>Следующая неделя</translation>
        </message>
        <message>
            <source>Текущая неделя</source>
            <translation>Текущая неделя</translation>
        </message>
        <message>
            <source>Тема: %s</source>
            <translation>Тема: %s</translation>
        </message>
        <message>
            <source>Учебный год ещё не создан: расписания нет.</source>
            <translation>Учебный год ещё не создан: расписания нет.</translation>
        </message>
        <message>
            <source>Учитель</source>
            <translation>Учитель</translation>
        </message>
        <message>
            <source>Учитель: %s</source>
            <translation>Учитель: %s</translation>
        </message>
        <message>
            <source>каб. %s</source>
            <translation>каб. %s</translation>
        </message>
    </context>
    <context>
        <name>Weekday</name>
        <message>
            <source>Воскресенье</source>
            <translation>Воскресенье</translation>
        </message>
        <message>
            <source>Вторник</source>
            <translation>Вторник</translation>
        </message>
        <message>
            <source>Понедельник</source>
            <translation>Понедельник</translation>
        </message>
        <message>
            <source>Пятница</source>
            <translation>Пятница</translation>
        </message>
        <message>
            <source>Среда</source>
            <translation>Среда</translation>
        </message>
        <message>
            <source>Суббота</source>
            <translation>Суббота</translation>
        </message>
        <message>
            <source>Четверг</source>
            <translation>Четверг</translation>
        </message>
        <message>
            <source>воскресенье</source>
            <translation>воскресенье</translation>
        </message>
        <message>
            <source>вс</source>
            <translation>вс</translation>
        </message>
        <message>
            <source>вт</source>
            <translation>вт</translation>
        </message>
        <message>
            <source>вторник</source>
            <translation>вторник</translation>
        </message>
        <message>
            <source>пн</source>
            <translation>пн</translation>
        </message>
        <message>
            <source>понедельник</source>
            <translation>понедельник</translation>
        </message>
        <message>
            <source>пт</source>
            <translation>пт</translation>
        </message>
        <message>
            <source>пятница</source>
            <translation>пятница</translation>
        </message>
        <message>
            <source>сб</source>
            <translation>сб</translation>
        </message>
        <message>
            <source>ср</source>
            <translation>ср</translation>
        </message>
        <message>
            <source>среда</source>
            <translation>среда</translation>
        </message>
        <message>
            <source>суббота</source>
            <translation>суббота</translation>
        </message>
        <message>
            <source>четверг</source>
            <translation>четверг</translation>
        </message>
        <message>
            <source>чт</source>
            <translation>чт</translation>
        </message>
    </context>
    <context>
        <name>WeeklyCheck</name>
        <message>
            <source>%s – %s</source>
            <translation>%s – %s</translation>
        </message>
        <message>
            <source>Еженедельная проверка журнала</source>
            <translation>Еженедельная проверка журнала</translation>
        </message>
        <message>
            <source>Еженедельную проверку журнала класса видят классный руководитель и администрация школы.</source>
            <translation>Еженедельную проверку журнала класса видят классный руководитель и администрация школы.</translation>
        </message>
        <message>
            <source>Класс не найден.</source>
            <translation>Класс не найден.</translation>
        </message>
        <message>
            <source>Неделя %s ещё не началась.</source>
            <translation>Неделя %s ещё не началась.</translation>
        </message>
        <message>
            <source>Неделя %s не входит в учебный год %s.</source>
            <translation>Неделя %s не входит в учебный год %s.</translation>
        </message>
        <message>
            <source>Неделя начинается с понедельника, а %s — не понедельник.</source>
            <translation>Неделя начинается с понедельника, а %s — не понедельник.</translation>
        </message>
        <message>
            <source>Примечание длиннее %d символов.</source>
            <translation>Примечание длиннее %d символов.</translation>
        </message>
        <message>
            <source>Проверка недели %s не найдена: обновите окно.</source>
            <translation>Проверка недели %s не найдена: обновите окно.</translation>
        </message>
        <message>
            <source>Проверку недели %s только что изменили: обновите окно.</source>
            <translation>Проверку недели %s только что изменили: обновите окно.</translation>
        </message>
        <message>
            <source>Проверку недели %s уже подтвердил(а) %s: обновите окно и подтвердите ещё раз.</source>
            <translation>Проверку недели %s уже подтвердил(а) %s: обновите окно и подтвердите ещё раз.</translation>
        </message>
        <message>
            <source>Укажите неделю.</source>
            <translation>Укажите неделю.</translation>
        </message>
        <message>
            <source>Число последних уроков должно быть от 1 до 50.</source>
            <translation>Число последних уроков должно быть от 1 до 50.</translation>
        </message>
        <message>
            <source>только классный руководитель этого класса</source>
            <translation>только классный руководитель этого класса</translation>
        </message>
    </context>
    <context>
        <name>YearDialog</name>
        <message>
            <source>Начало:</source>
            <translation>Начало:</translation>
        </message>
        <message>
            <source>Окончание:</source>
            <translation>Окончание:</translation>
        </message>
        <message>
            <source>Учебная неделя:</source>
            <translation>Учебная неделя:</translation>
        </message>
        <message>
            <source>Учебные периоды:</source>
            <translation>Учебные периоды:</translation>
        </message>
        <message>
            <source>Учебный год:</source>
            <translation>Учебный год:</translation>
        </message>
        <message>
            <source>полугодия</source>
            <translation>полугодия</translation>
        </message>
        <message>
            <source>пятидневная</source>
            <translation>пятидневная</translation>
        </message>
        <message>
            <source>триместры</source>
            <translation>триместры</translation>
        </message>
        <message>
            <source>четверти</source>
            <translation>четверти</translation>
        </message>
        <message>
            <source>шестидневная</source>
            <translation>шестидневная</translation>
        </message>
    </context>
    <context>
        <name>YearEnd</name>
        <message>
            <source> и ещё %d</source>
            <translation> и ещё %d</translation>
        </message>
        <message>
            <source>Конец %s учебного года: %s. %s</source>
            <translation>Конец %s учебного года: %s. %s</translation>
        </message>
        <message>
            <source>Не заверены журналы: %s (срок — %s)</source>
            <translation>Не заверены журналы: %s (срок — %s)</translation>
        </message>
        <message>
            <source>Срок печати и заверения журналов за %s учебный год — %s (%s).</source>
            <translation>Срок печати и заверения журналов за %s учебный год — %s (%s).</translation>
        </message>
        <message>
            <source>Учебный год не найден.</source>
            <translation>Учебный год не найден.</translation>
        </message>
        <message>
            <source>день</source>
            <translation>день</translation>
        </message>
        <message>
            <source>дней</source>
            <translation>дней</translation>
        </message>
        <message>
            <source>дня</source>
            <translation>дня</translation>
        </message>
        <message>
            <source>журнал не заверен</source>
            <translation>журнал не заверен</translation>
        </message>
        <message>
            <source>журнал не напечатан</source>
            <translation>журнал не напечатан</translation>
        </message>
        <message>
            <source>заверенный журнал изменён: %s</source>
            <translation>заверенный журнал изменён: %s</translation>
        </message>
        <message>
            <source>напечатано листов: %d, при заверении — %d; напечатайте журнал заново</source>
            <translation>напечатано листов: %d, при заверении — %d; напечатайте журнал заново</translation>
        </message>
        <message>
            <source>не заверены журналы: %s</source>
            <translation>не заверены журналы: %s</translation>
        </message>
        <message>
            <source>не напечатаны: %s</source>
            <translation>не напечатаны: %s</translation>
        </message>
        <message>
            <source>осталось %s</source>
            <translation>осталось %s</translation>
        </message>
        <message>
            <source>сегодня последний день</source>
            <translation>сегодня последний день</translation>
        </message>
        <message>
            <source>срок прошёл %s назад</source>
            <translation>срок прошёл %s назад</translation>
        </message>
    </context>
    <context>
        <name>YearEndTab</name>
        <message>
            <source>%s, %s, листов: %d</source>
            <translation>%s, %s, листов: %d</translation>
        </message>
        <message>
            <source>USB-накопитель</source>
            <translation>USB-накопитель</translation>
        </message>
        <message>
            <source>Архив %s учебного года сделан %s (%s). Журналы хранить до %s, сводные ведомости — до %s (Положение об ЭЖ, п. 5.3–5.4; срок считается с 1 января года после окончания учебного года).</source>
            <translation>Архив %s учебного года сделан %s (%s). Журналы хранить до %s, сводные ведомости — до %s (Положение об ЭЖ, п. 5.3–5.4; срок считается с 1 января года после окончания учебного года).</translation>
        </message>
        <message>
            <source>Архив %s: %s, SHA-256 %s
Журналы хранить до %s, сводные ведомости — до %s</source>
            <translation>Архив %s: %s, SHA-256 %s
Журналы хранить до %s, сводные ведомости — до %s</translation>
        </message>
        <message>
            <source>Архив записан и проверен (SHA-256 обеих копий совпадает):</source>
            <translation>Архив записан и проверен (SHA-256 обеих копий совпадает):</translation>
        </message>
        <message>
            <source>Архив не сделан.</source>
            <translation>Архив не сделан.</translation>
        </message>
        <message>
            <source>Архив не сделан: не все журналы заверены.</source>
            <translation>Архив не сделан: не все журналы заверены.</translation>
        </message>
        <message>
            <source>Архив обычно делают, когда журналы всех классов заверены. Сейчас:
%s

Если архив нужен сейчас, укажите причину — она будет записана в архив и в журнал аудита.</source>
            <translation>Архив обычно делают, когда журналы всех классов заверены. Сейчас:
%s

Если архив нужен сейчас, укажите причину — она будет записана в архив и в журнал аудита.</translation>
        </message>
        <message>
            <source>Архив сделан</source>
            <translation>Архив сделан</translation>
        </message>
        <message>
            <source>Архив учебного года</source>
            <translation>Архив учебного года</translation>
        </message>
        <message>
            <source>Архив учебного года (*.zip)</source>
            <translation>Архив учебного года (*.zip)</translation>
        </message>
        <message>
            <source>Архив учебного года (две копии на разных носителях, в разных помещениях)</source>
            <translation>Архив учебного года (две копии на разных носителях, в разных помещениях)</translation>
        </message>
        <message>
            <source>Архив: напоминаний — %d</source>
            <translation>Архив: напоминаний — %d</translation>
        </message>
        <message>
            <source>Архива выбранного учебного года ещё нет.</source>
            <translation>Архива выбранного учебного года ещё нет.</translation>
        </message>
        <message>
            <source>Все заверенные журналы совпадают с базой.</source>
            <translation>Все заверенные журналы совпадают с базой.</translation>
        </message>
        <message>
            <source>Вторая копия:</source>
            <translation>Вторая копия:</translation>
        </message>
        <message>
            <source>Выберите две папки — на разных носителях.</source>
            <translation>Выберите две папки — на разных носителях.</translation>
        </message>
        <message>
            <source>Выбрать…</source>
            <translation>Выбрать…</translation>
        </message>
        <message>
            <source>Где сейчас файл копии № %d (%s, %s)?</source>
            <translation>Где сейчас файл копии № %d (%s, %s)?</translation>
        </message>
        <message>
            <source>Где хранится</source>
            <translation>Где хранится</translation>
        </message>
        <message>
            <source>Делаю архив…</source>
            <translation>Делаю архив…</translation>
        </message>
        <message>
            <source>Добавить копию…</source>
            <translation>Добавить копию…</translation>
        </message>
        <message>
            <source>Журнал напечатан и заверен.</source>
            <translation>Журнал напечатан и заверен.</translation>
        </message>
        <message>
            <source>Журналы хранить до %s, сводные ведомости — до %s.</source>
            <translation>Журналы хранить до %s, сводные ведомости — до %s.</translation>
        </message>
        <message>
            <source>Заверен</source>
            <translation>Заверен</translation>
        </message>
        <message>
            <source>ИЗМЕНЁН</source>
            <translation>ИЗМЕНЁН</translation>
        </message>
        <message>
            <source>Изменены после заверения: %s.</source>
            <translation>Изменены после заверения: %s.</translation>
        </message>
        <message>
            <source>Изменить…</source>
            <translation>Изменить…</translation>
        </message>
        <message>
            <source>Класс</source>
            <translation>Класс</translation>
        </message>
        <message>
            <source>Копия архива № %d</source>
            <translation>Копия архива № %d</translation>
        </message>
        <message>
            <source>Копия базы журнала, журналы и сводные ведомости всех классов в PDF и их контрольные суммы — одним файлом в обе папки; каждая копия проверяется</source>
            <translation>Копия базы журнала, журналы и сводные ведомости всех классов в PDF и их контрольные суммы — одним файлом в обе папки; каждая копия проверяется</translation>
        </message>
        <message>
            <source>Копия повреждена</source>
            <translation>Копия повреждена</translation>
        </message>
        <message>
            <source>Копия проверена</source>
            <translation>Копия проверена</translation>
        </message>
        <message>
            <source>Напечатан</source>
            <translation>Напечатан</translation>
        </message>
        <message>
            <source>Настройки конца года сохранены.</source>
            <translation>Настройки конца года сохранены.</translation>
        </message>
        <message>
            <source>Не все журналы заверены</source>
            <translation>Не все журналы заверены</translation>
        </message>
        <message>
            <source>Новая копия архива %s учебного года</source>
            <translation>Новая копия архива %s учебного года</translation>
        </message>
        <message>
            <source>Носитель</source>
            <translation>Носитель</translation>
        </message>
        <message>
            <source>Обновить</source>
            <translation>Обновить</translation>
        </message>
        <message>
            <source>Папка</source>
            <translation>Папка</translation>
        </message>
        <message>
            <source>Папка для копии архива</source>
            <translation>Папка для копии архива</translation>
        </message>
        <message>
            <source>Первая копия:</source>
            <translation>Первая копия:</translation>
        </message>
        <message>
            <source>Пересчитать контрольные суммы заверенных журналов и сравнить с записанными при заверении (около полсекунды на класс)</source>
            <translation>Пересчитать контрольные суммы заверенных журналов и сравнить с записанными при заверении (около полсекунды на класс)</translation>
        </message>
        <message>
            <source>Проверить копию</source>
            <translation>Проверить копию</translation>
        </message>
        <message>
            <source>Проверка</source>
            <translation>Проверка</translation>
        </message>
        <message>
            <source>Проверять копии архива раз в, мес.:</source>
            <translation>Проверять копии архива раз в, мес.:</translation>
        </message>
        <message>
            <source>Прочитать файл копии и сверить его SHA-256 с записанным при создании</source>
            <translation>Прочитать файл копии и сверить его SHA-256 с записанным при создании</translation>
        </message>
        <message>
            <source>Путь к файлу не указан</source>
            <translation>Путь к файлу не указан</translation>
        </message>
        <message>
            <source>Реестр копий архива</source>
            <translation>Реестр копий архива</translation>
        </message>
        <message>
            <source>Сверить заверенные журналы с базой</source>
            <translation>Сверить заверенные журналы с базой</translation>
        </message>
        <message>
            <source>Сверка с базой</source>
            <translation>Сверка с базой</translation>
        </message>
        <message>
            <source>Сделать архив</source>
            <translation>Сделать архив</translation>
        </message>
        <message>
            <source>Следующая проверка</source>
            <translation>Следующая проверка</translation>
        </message>
        <message>
            <source>Сохранить</source>
            <translation>Сохранить</translation>
        </message>
        <message>
            <source>Срок и напоминания (настройки школы)</source>
            <translation>Срок и напоминания (настройки школы)</translation>
        </message>
        <message>
            <source>Срок печати и заверения:</source>
            <translation>Срок печати и заверения:</translation>
        </message>
        <message>
            <source>Учебный год</source>
            <translation>Учебный год</translation>
        </message>
        <message>
            <source>Учебный год:</source>
            <translation>Учебный год:</translation>
        </message>
        <message>
            <source>Учебных лет нет.</source>
            <translation>Учебных лет нет.</translation>
        </message>
        <message>
            <source>Файл</source>
            <translation>Файл</translation>
        </message>
        <message>
            <source>Чего не хватает</source>
            <translation>Чего не хватает</translation>
        </message>
        <message>
            <source>Щёлкните, чтобы открыть вкладку «Конец года».</source>
            <translation>Щёлкните, чтобы открыть вкладку «Конец года».</translation>
        </message>
        <message>
            <source>августа</source>
            <translation>августа</translation>
        </message>
        <message>
            <source>апреля</source>
            <translation>апреля</translation>
        </message>
        <message>
            <source>архив, шкаф</source>
            <translation>архив, шкаф</translation>
        </message>
        <message>
            <source>внешний диск</source>
            <translation>внешний диск</translation>
        </message>
        <message>
            <source>всё сделано</source>
            <translation>всё сделано</translation>
        </message>
        <message>
            <source>декабря</source>
            <translation>декабря</translation>
        </message>
        <message>
            <source>заверенный журнал изменён: %s</source>
            <translation>заверенный журнал изменён: %s</translation>
        </message>
        <message>
            <source>июля</source>
            <translation>июля</translation>
        </message>
        <message>
            <source>июня</source>
            <translation>июня</translation>
        </message>
        <message>
            <source>кабинет директора, сейф</source>
            <translation>кабинет директора, сейф</translation>
        </message>
        <message>
            <source>марта</source>
            <translation>марта</translation>
        </message>
        <message>
            <source>мая</source>
            <translation>мая</translation>
        </message>
        <message>
            <source>напоминать директору за, дней:</source>
            <translation>напоминать директору за, дней:</translation>
        </message>
        <message>
            <source>не сверялся</source>
            <translation>не сверялся</translation>
        </message>
        <message>
            <source>не указан</source>
            <translation>не указан</translation>
        </message>
        <message>
            <source>нет</source>
            <translation>нет</translation>
        </message>
        <message>
            <source>ноября</source>
            <translation>ноября</translation>
        </message>
        <message>
            <source>октября</source>
            <translation>октября</translation>
        </message>
        <message>
            <source>сентября</source>
            <translation>сентября</translation>
        </message>
        <message>
            <source>совпадает</source>
            <translation>совпадает</translation>
        </message>
        <message>
            <source>февраля</source>
            <translation>февраля</translation>
        </message>
        <message>
            <source>января</source>
            <translation>января</translation>
        </message>
        <message>
            <source>№</source>
            <translation>№</translation>
        </message>
    </context>
</TS>
