<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="ru_RU">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>База данных: %s</source>
            <translation>Database: %s</translation>
        </message>
        <message>
            <source>Библиотека</source>
            <translation>Library</translation>
        </message>
        <message>
            <source>Библиотеки под LGPL поставляются отдельными файлами и могут быть заменены на совместимые версии.</source>
            <translation>LGPL libraries are shipped as separate files and may be replaced by compatible versions.</translation>
        </message>
        <message>
            <source>Версия: %s</source>
            <translation>Version: %s</translation>
        </message>
        <message>
            <source>Лицензия</source>
            <translation>Licence</translation>
        </message>
        <message>
            <source>Назначение</source>
            <translation>Purpose</translation>
        </message>
        <message>
            <source>О программе</source>
            <translation>About</translation>
        </message>
        <message>
            <source>Пользователь: %s</source>
            <translation>User: %s</translation>
        </message>
        <message>
            <source>Программа распространяется по лицензии MIT.</source>
            <translation>The program is distributed under the MIT licence.</translation>
        </message>
        <message>
            <source>Текст лицензии</source>
            <translation>Licence text</translation>
        </message>
        <message>
            <source>Шрифты печатных форм: DejaVu Sans 2.37 — свободная лицензия (Bitstream Vera, Arev).</source>
            <translation>Fonts of the printed forms: DejaVu Sans 2.37 — free licence (Bitstream Vera, Arev).</translation>
        </message>
        <message>
            <source>Электронный классный журнал школы.</source>
            <translation>The school's electronic class journal.</translation>
        </message>
        <message>
            <source>библиотека интерфейса</source>
            <translation>user interface library</translation>
        </message>
        <message>
            <source>выгрузка в Excel</source>
            <translation>Excel export</translation>
        </message>
        <message>
            <source>интерфейс программы</source>
            <translation>user interface</translation>
        </message>
        <message>
            <source>папки данных и журнала работы</source>
            <translation>data and log folders</translation>
        </message>
        <message>
            <source>пароль сервера в хранилище системы</source>
            <translation>server password in the system store</translation>
        </message>
        <message>
            <source>печатные формы PDF</source>
            <translation>printed PDF forms</translation>
        </message>
        <message>
            <source>подключение к PostgreSQL</source>
            <translation>PostgreSQL connection</translation>
        </message>
        <message>
            <source>работа с базой данных</source>
            <translation>database access</translation>
        </message>
        <message>
            <source>хранение паролей</source>
            <translation>password hashing</translation>
        </message>
    </context>
    <context>
        <name>Access</name>
        <message>
            <source>Нет прав на действие «%s»%s.</source>
            <translation>Not permitted: «%s»%s.</translation>
        </message>
        <message>
            <source>Пользователь «%s» не найден.</source>
            <translation>User «%s» not found.</translation>
        </message>
        <message>
            <source>Учётная запись «%s» заблокирована.</source>
            <translation>The account «%s» is blocked.</translation>
        </message>
        <message>
            <source>Учётная запись «%s» не найдена.</source>
            <translation>The account «%s» was not found.</translation>
        </message>
    </context>
    <context>
        <name>Accounts</name>
        <message>
            <source>Имя</source>
            <translation>First name</translation>
        </message>
        <message>
            <source>Логин «%s» недопустим: латинские буквы, цифры, точка, дефис, от 2 символов.</source>
            <translation>The login «%s» is not allowed: Latin letters, digits, dots and hyphens, at least 2 characters.</translation>
        </message>
        <message>
            <source>Логин «%s» уже занят.</source>
            <translation>The login «%s» is already taken.</translation>
        </message>
        <message>
            <source>Не заполнено поле «%s».</source>
            <translation>The field «%s» is empty.</translation>
        </message>
        <message>
            <source>Неизвестная роль «%s».</source>
            <translation>Unknown role «%s».</translation>
        </message>
        <message>
            <source>Нельзя заблокировать самого себя.</source>
            <translation>You cannot block yourself.</translation>
        </message>
        <message>
            <source>Нельзя снять роль администратора с самого себя.</source>
            <translation>You cannot take the administrator role away from yourself.</translation>
        </message>
        <message>
            <source>Поле «%s» длиннее 100 символов.</source>
            <translation>The field «%s» is longer than 100 characters.</translation>
        </message>
        <message>
            <source>Роль классного руководителя назначается через класс, а не учётную запись.</source>
            <translation>The homeroom teacher role is assigned through the class, not the account.</translation>
        </message>
        <message>
            <source>Учётная запись не найдена.</source>
            <translation>Account not found.</translation>
        </message>
        <message>
            <source>Учётной записи с логином «%s» в журнале нет.</source>
            <translation>There is no account with the login "%s" in the journal.</translation>
        </message>
        <message>
            <source>Фамилия</source>
            <translation>Surname</translation>
        </message>
        <message>
            <source>Это подключение к базе данных не может задавать пароли: команду выполняет владелец журнала (для сервера — адрес postgresql://владелец@сервер/база, а не роль сотрудника). Пароль не изменён.</source>
            <translation>This database connection cannot set passwords: the command is run by the journal's owner (for a server, the address postgresql://owner@server/db, not a staff member's role). The password has not been changed.</translation>
        </message>
    </context>
    <context>
        <name>AccountsModel</name>
        <message>
            <source>Логин</source>
            <translation>Login</translation>
        </message>
        <message>
            <source>Роли</source>
            <translation>Roles</translation>
        </message>
        <message>
            <source>Состояние</source>
            <translation>State</translation>
        </message>
        <message>
            <source>ФИО</source>
            <translation>Full name</translation>
        </message>
        <message>
            <source>активна</source>
            <translation>active</translation>
        </message>
        <message>
            <source>вход закрыт до %s</source>
            <translation>login closed until %s</translation>
        </message>
        <message>
            <source>ждёт смены временного пароля</source>
            <translation>awaiting change of temporary password</translation>
        </message>
        <message>
            <source>заблокирована</source>
            <translation>blocked</translation>
        </message>
    </context>
    <context>
        <name>AccountsPanel</name>
        <message>
            <source>Временный пароль показывается один раз; при входе сотрудник сменит его на свой. После пяти неверных паролей подряд вход закрывается на 15 минут — «Снять блокировку входа» открывает его сразу.</source>
            <translation>A temporary password is shown once; the person changes it at login. After five wrong passwords in a row login is closed for 15 minutes — «Clear login lockout» opens it at once.</translation>
        </message>
        <message>
            <source>Для всех выделенных сотрудников: новые временные пароли и листки приглашений с подписью о получении</source>
            <translation>For all selected staff: new temporary passwords and invitation slips with a signature of receipt</translation>
        </message>
        <message>
            <source>Заблокировать</source>
            <translation>Block</translation>
        </message>
        <message>
            <source>Заблокировать учётную запись %s (%s)? Сотрудник не сможет войти, пока её не разблокируют.</source>
            <translation>Block the account of %s (%s)? The person cannot log in until it is unblocked.</translation>
        </message>
        <message>
            <source>Загрузить из Excel…</source>
            <translation>Load from Excel…</translation>
        </message>
        <message>
            <source>Обновить</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <source>Подтверждение</source>
            <translation>Confirmation</translation>
        </message>
        <message>
            <source>Разблокировать</source>
            <translation>Unblock</translation>
        </message>
        <message>
            <source>Сбросить пароли выбранных сотрудников (%d)? Прежние пароли перестанут действовать; каждый получит приглашение с временным паролем.</source>
            <translation>Reset the passwords of the selected staff (%d)? The old passwords stop working; each person gets an invitation with a temporary password.</translation>
        </message>
        <message>
            <source>Сбросить пароли и напечатать приглашения…</source>
            <translation>Reset passwords and print invitations…</translation>
        </message>
        <message>
            <source>Сбросить пароль</source>
            <translation>Reset password</translation>
        </message>
        <message>
            <source>Сбросить пароль сотрудника %s (%s)? Прежний пароль перестанет действовать.</source>
            <translation>Reset the password of %s (%s)? The old password stops working.</translation>
        </message>
        <message>
            <source>Снять блокировку входа</source>
            <translation>Clear login lockout</translation>
        </message>
        <message>
            <source>Учётные записи сотрудников</source>
            <translation>Staff accounts</translation>
        </message>
    </context>
    <context>
        <name>Action</name>
        <message>
            <source>архив учебного года и учёт его копий</source>
            <translation>school year archive and a record of its copies</translation>
        </message>
        <message>
            <source>ведение КТП</source>
            <translation>keeping lesson plans</translation>
        </message>
        <message>
            <source>выставление отметок</source>
            <translation>giving marks</translation>
        </message>
        <message>
            <source>выставление отметок за период и год</source>
            <translation>giving period and year marks</translation>
        </message>
        <message>
            <source>деление класса на подгруппы</source>
            <translation>dividing a class into subgroups</translation>
        </message>
        <message>
            <source>еженедельная проверка заполнения журнала класса</source>
            <translation>weekly check of a class journal</translation>
        </message>
        <message>
            <source>заверение журнала за год</source>
            <translation>certifying the year's journal</translation>
        </message>
        <message>
            <source>закрытие и открытие периода</source>
            <translation>closing and opening a period</translation>
        </message>
        <message>
            <source>запись контактов с родителями</source>
            <translation>recording contacts with parents</translation>
        </message>
        <message>
            <source>запись темы и домашнего задания урока</source>
            <translation>recording a lesson's topic and homework</translation>
        </message>
        <message>
            <source>запрос на исправление</source>
            <translation>requesting a correction</translation>
        </message>
        <message>
            <source>изменение настроек школы</source>
            <translation>changing school settings</translation>
        </message>
        <message>
            <source>изменение сведений об учащихся и родителях</source>
            <translation>changing pupil and parent records</translation>
        </message>
        <message>
            <source>изменение структуры школы, нагрузки и расписания</source>
            <translation>changing the school structure, teaching load and timetable</translation>
        </message>
        <message>
            <source>назначение замен</source>
            <translation>assigning substitutions</translation>
        </message>
        <message>
            <source>отметка посещаемости</source>
            <translation>recording attendance</translation>
        </message>
        <message>
            <source>отправка сообщений</source>
            <translation>sending messages</translation>
        </message>
        <message>
            <source>отчёты для родителей: дневник, информационные письма, SMS</source>
            <translation>reports for parents: diary reports, information letters, text messages</translation>
        </message>
        <message>
            <source>печать журнала</source>
            <translation>printing the journal</translation>
        </message>
        <message>
            <source>просмотр журнала аудита</source>
            <translation>viewing the audit log</translation>
        </message>
        <message>
            <source>просмотр отчётов</source>
            <translation>viewing reports</translation>
        </message>
        <message>
            <source>просмотр сведений об учащихся</source>
            <translation>viewing pupil records</translation>
        </message>
        <message>
            <source>просмотр страниц журнала</source>
            <translation>viewing journal pages</translation>
        </message>
        <message>
            <source>просмотр структуры школы и расписания</source>
            <translation>viewing the school structure and timetable</translation>
        </message>
        <message>
            <source>рассмотрение запросов на исправление</source>
            <translation>deciding correction requests</translation>
        </message>
        <message>
            <source>резервное копирование и восстановление</source>
            <translation>backup and restore</translation>
        </message>
        <message>
            <source>управление учётными записями</source>
            <translation>managing accounts</translation>
        </message>
    </context>
    <context>
        <name>AddContactDialog</name>
        <message>
            <source>Вид:</source>
            <translation>Kind:</translation>
        </message>
        <message>
            <source>Дата:</source>
            <translation>Date:</translation>
        </message>
        <message>
            <source>Записать</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Запись о контакте с родителями</source>
            <translation>Record of a contact with parents</translation>
        </message>
        <message>
            <source>О чём говорили, о чём договорились</source>
            <translation>What was discussed and what was agreed</translation>
        </message>
        <message>
            <source>Отмена</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>С кем:</source>
            <translation>With whom:</translation>
        </message>
        <message>
            <source>Содержание:</source>
            <translation>Details:</translation>
        </message>
        <message>
            <source>Тема:</source>
            <translation>Subject:</translation>
        </message>
        <message>
            <source>Учащийся:</source>
            <translation>Pupil:</translation>
        </message>
        <message>
            <source>например: успеваемость по математике</source>
            <translation>e.g. progress in maths</translation>
        </message>
        <message>
            <source>семья (без указания родителя)</source>
            <translation>family (no particular parent)</translation>
        </message>
    </context>
    <context>
        <name>AdminTab</name>
        <message>
            <source>Обмен с Excel</source>
            <translation>Excel exchange</translation>
        </message>
        <message>
            <source>Расписание и замены</source>
            <translation>Timetable and substitutions</translation>
        </message>
        <message>
            <source>Структура школы</source>
            <translation>School structure</translation>
        </message>
        <message>
            <source>Учётные записи</source>
            <translation>Accounts</translation>
        </message>
    </context>
    <context>
        <name>Archive</name>
        <message>
            <source>%s — журнал не заверен</source>
            <translation>%s — journal not certified</translation>
        </message>
        <message>
            <source>%s — заверенный журнал изменён (%s)</source>
            <translation>%s — certified journal changed (%s)</translation>
        </message>
        <message>
            <source>, срок был %s</source>
            <translation>, it was due on %s</translation>
        </message>
        <message>
            <source>Архив %s учебного года не сделан (срок печати журналов — %s).</source>
            <translation>The archive of the school year %s has not been made (journal printing deadline: %s).</translation>
        </message>
        <message>
            <source>Архив %s учебного года не сделан: не все журналы заверены.
%s
Заверьте журналы (вкладка «Печать») или укажите причину, по которой архив нужен сейчас.</source>
            <translation>The archive of the school year %s has not been made: not all journals are certified.
%s
Certify the journals (the «Print» tab) or give the reason why the archive is needed now.</translation>
        </message>
        <message>
            <source>Архив записывается в две папки на разных носителях: укажите ровно две папки.</source>
            <translation>The archive is written to two folders on different media: give exactly two folders.</translation>
        </message>
        <message>
            <source>Архив не записан: %s</source>
            <translation>Archive not written: %s</translation>
        </message>
        <message>
            <source>Архив не записан: %s.</source>
            <translation>Archive not written: %s.</translation>
        </message>
        <message>
            <source>Архив не найден.</source>
            <translation>Archive not found.</translation>
        </message>
        <message>
            <source>В %s учебном году нет ни одного класса: архивировать нечего.</source>
            <translation>The school year %s has no classes: there is nothing to archive.</translation>
        </message>
        <message>
            <source>Запись о копии уже изменил другой пользователь: обновите реестр.</source>
            <translation>Another user has already changed this copy entry: refresh the register.</translation>
        </message>
        <message>
            <source>Копия ПОВРЕЖДЕНА: %s. Сделайте новую копию с исправной.</source>
            <translation>The copy is DAMAGED: %s. Make a new copy from a sound one.</translation>
        </message>
        <message>
            <source>Копия архива %s учебного года (%s) не прошла проверку: сделайте новую копию.</source>
            <translation>The copy of the school year %s archive (%s) failed the check: make a new copy.</translation>
        </message>
        <message>
            <source>Копия архива № %d не найдена в реестре.</source>
            <translation>Archive copy No. %d not found in the register.</translation>
        </message>
        <message>
            <source>Копия цела: контрольная сумма SHA-256 совпадает, все файлы архива на месте. Следующая проверка — %s.</source>
            <translation>The copy is intact: the SHA-256 checksum matches and all the archive files are present. Next check: %s.</translation>
        </message>
        <message>
            <source>НЕ прошла проверку</source>
            <translation>FAILED the check</translation>
        </message>
        <message>
            <source>НЕ прошла проверку %s</source>
            <translation>FAILED the check on %s</translation>
        </message>
        <message>
            <source>Не удалось прочитать «%s»: %s.</source>
            <translation>Could not read «%s»: %s.</translation>
        </message>
        <message>
            <source>Обе копии архива нельзя записывать в одну и ту же папку: выберите папки на разных носителях.</source>
            <translation>The two archive copies cannot be written to the same folder: choose folders on different media.</translation>
        </message>
        <message>
            <source>Обе копии хранятся в одном месте, а Положение требует хранить их в разных помещениях.</source>
            <translation>Both copies are kept in the same place, but the Regulations require them to be kept in different rooms.</translation>
        </message>
        <message>
            <source>Обе папки находятся на одном диске: для сохранности вторую копию держите на другом носителе (внешний диск, флеш-накопитель).</source>
            <translation>Both folders are on the same disk: to keep it safe, store the second copy on another medium (external drive, USB flash drive).</translation>
        </message>
        <message>
            <source>Папка «%s» не найдена (не подключён носитель?).</source>
            <translation>Folder «%s» not found (is the drive connected?).</translation>
        </message>
        <message>
            <source>Пора проверить копию архива %s учебного года (%s)%s.</source>
            <translation>It is time to check the copy of the school year %s archive (%s)%s.</translation>
        </message>
        <message>
            <source>Слишком длинное значение: «%s…».</source>
            <translation>The value is too long: «%s…».</translation>
        </message>
        <message>
            <source>Слишком длинное название носителя или места хранения.</source>
            <translation>The name of the medium or storage place is too long.</translation>
        </message>
        <message>
            <source>У архива %s учебного года меньше двух копий.</source>
            <translation>The archive of the school year %s has fewer than two copies.</translation>
        </message>
        <message>
            <source>Укажите %s для каждой из двух копий архива.</source>
            <translation>Give the %s for each of the two archive copies.</translation>
        </message>
        <message>
            <source>Укажите носитель копии (например, «внешний диск»).</source>
            <translation>Give the medium of the copy (for example, «external drive»).</translation>
        </message>
        <message>
            <source>Укажите, где хранится копия (например, «кабинет директора, сейф»).</source>
            <translation>Say where the copy is kept (for example, «head teacher's office, safe»).</translation>
        </message>
        <message>
            <source>Учебный год не найден.</source>
            <translation>School year not found.</translation>
        </message>
        <message>
            <source>Файл «%s» не является архивом учебного года ЭЖ-Десктоп.</source>
            <translation>The file «%s» is not an EJ Desktop school year archive.</translation>
        </message>
        <message>
            <source>Файл «%s» повреждён: %s.</source>
            <translation>The file «%s» is damaged: %s.</translation>
        </message>
        <message>
            <source>Файл «%s» уже существует: повторите через секунду.</source>
            <translation>The file «%s» already exists: try again in a second.</translation>
        </message>
        <message>
            <source>Файл архива «%s» не найден.</source>
            <translation>Archive file «%s» not found.</translation>
        </message>
        <message>
            <source>Файл копии «%s» не найден: подключите носитель (%s, %s) или укажите, где файл сейчас.</source>
            <translation>Copy file «%s» not found: connect the medium (%s, %s) or say where the file is now.</translation>
        </message>
        <message>
            <source>контрольная сумма файла не совпадает с записанной при создании архива</source>
            <translation>the file checksum does not match the one recorded when the archive was made</translation>
        </message>
        <message>
            <source>место хранения</source>
            <translation>storage place</translation>
        </message>
        <message>
            <source>не проверялась</source>
            <translation>not checked</translation>
        </message>
        <message>
            <source>не совпадает контрольная сумма файла «%s»</source>
            <translation>the checksum of the file «%s» does not match</translation>
        </message>
        <message>
            <source>нет файла «%s»</source>
            <translation>the file «%s» is missing</translation>
        </message>
        <message>
            <source>носитель</source>
            <translation>medium</translation>
        </message>
        <message>
            <source>пора проверить</source>
            <translation>check due</translation>
        </message>
        <message>
            <source>проверена %s</source>
            <translation>checked on %s</translation>
        </message>
    </context>
    <context>
        <name>AssignmentDialog</name>
        <message>
            <source>Класс:</source>
            <translation>Class:</translation>
        </message>
        <message>
            <source>Подгруппа:</source>
            <translation>Subgroup:</translation>
        </message>
        <message>
            <source>Предмет:</source>
            <translation>Subject:</translation>
        </message>
        <message>
            <source>Учитель:</source>
            <translation>Teacher:</translation>
        </message>
        <message>
            <source>Часов в неделю:</source>
            <translation>Hours a week:</translation>
        </message>
        <message>
            <source>весь класс</source>
            <translation>whole class</translation>
        </message>
    </context>
    <context>
        <name>Attendance</name>
        <message>
            <source>Дата окончания раньше даты начала.</source>
            <translation>The end date is before the start date.</translation>
        </message>
        <message>
            <source>Класс не найден.</source>
            <translation>Class not found.</translation>
        </message>
        <message>
            <source>Посещаемость показывается не больше чем за %d дней.</source>
            <translation>Attendance is shown for at most %d days.</translation>
        </message>
        <message>
            <source>Посещаемость этого урока отмечает учитель, ведущий урок.</source>
            <translation>The attendance of this lesson is recorded by the teacher who gives it.</translation>
        </message>
        <message>
            <source>Урок ещё не проведён.</source>
            <translation>The lesson has not taken place yet.</translation>
        </message>
        <message>
            <source>посещаемость класса</source>
            <translation>class attendance</translation>
        </message>
    </context>
    <context>
        <name>AttendanceTab</name>
        <message>
            <source>%s не на этом уроке.</source>
            <translation>%s is not at this lesson.</translation>
        </message>
        <message>
            <source>%s, %s, %d-й урок</source>
            <translation>%s, %s, lesson %d</translation>
        </message>
        <message>
            <source>%s: %s — %s</source>
            <translation>%s: %s — %s</translation>
        </message>
        <message>
            <source>В эти дни уроков нет.</source>
            <translation>No lessons on these days.</translation>
        </message>
        <message>
            <source>Вперёд</source>
            <translation>Forward</translation>
        </message>
        <message>
            <source>Двойной щелчок или клавиши н, б, у, о — отметить; Delete — снять.</source>
            <translation>Double click or keys н, б, у, о to mark; Delete to remove.</translation>
        </message>
        <message>
            <source>Замена: %s</source>
            <translation>Substitution: %s</translation>
        </message>
        <message>
            <source>Из них по болезни («б»)</source>
            <translation>Of them ill («б»)</translation>
        </message>
        <message>
            <source>Из них по уважительной причине («у»)</source>
            <translation>Of them excused («у»)</translation>
        </message>
        <message>
            <source>Исправление отметок посещаемости чужих уроков — с указанием причины.</source>
            <translation>Attendance of other teachers' lessons is corrected with a reason.</translation>
        </message>
        <message>
            <source>Исправление — с указанием причины.</source>
            <translation>Corrections need a reason.</translation>
        </message>
        <message>
            <source>Класс:</source>
            <translation>Class:</translation>
        </message>
        <message>
            <source>Комментарий:</source>
            <translation>Comment:</translation>
        </message>
        <message>
            <source>Месяц</source>
            <translation>Month</translation>
        </message>
        <message>
            <source>Назад</source>
            <translation>Back</translation>
        </message>
        <message>
            <source>Неделя</source>
            <translation>Week</translation>
        </message>
        <message>
            <source>Нет классов, посещаемость которых вам доступна.</source>
            <translation>There are no classes whose attendance you can see.</translation>
        </message>
        <message>
            <source>Опозданий («оп»): в пропуски не входят</source>
            <translation>Late arrivals («оп»): not counted as absences</translation>
        </message>
        <message>
            <source>Отмена</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Отметка:</source>
            <translation>Mark:</translation>
        </message>
        <message>
            <source>Отсутствовали: %d</source>
            <translation>Absent: %d</translation>
        </message>
        <message>
            <source>Показаны только ваши уроки в этом классе.</source>
            <translation>Only your lessons in this class are shown.</translation>
        </message>
        <message>
            <source>Показать:</source>
            <translation>Show:</translation>
        </message>
        <message>
            <source>Посещаемость</source>
            <translation>Attendance</translation>
        </message>
        <message>
            <source>Посещаемость %s: %s</source>
            <translation>Attendance %s: %s</translation>
        </message>
        <message>
            <source>Причина исправления:</source>
            <translation>Reason for the correction:</translation>
        </message>
        <message>
            <source>Причина исправления: %s</source>
            <translation>Reason for the correction: %s</translation>
        </message>
        <message>
            <source>Пропущено
уроков</source>
            <translation>Lessons
missed</translation>
        </message>
        <message>
            <source>Пропущено уроков за показанные дни (н, б, у)</source>
            <translation>Lessons missed on the days shown (н, б, у)</translation>
        </message>
        <message>
            <source>Сегодня</source>
            <translation>Today</translation>
        </message>
        <message>
            <source>Сохранено: %s: «%s».</source>
            <translation>Saved: %s: “%s”.</translation>
        </message>
        <message>
            <source>Сохранено: %s: пропуск снят.</source>
            <translation>Saved: %s: absence cleared.</translation>
        </message>
        <message>
            <source>Сохранить</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Только просмотр.</source>
            <translation>Read-only.</translation>
        </message>
        <message>
            <source>Учащиеся класса</source>
            <translation>Pupils of the class</translation>
        </message>
        <message>
            <source>Учащийся не на этом уроке (не числится в классе или в подгруппе).</source>
            <translation>The pupil is not at this lesson (not in the class or the subgroup).</translation>
        </message>
        <message>
            <source>Учебный год ещё не создан.</source>
            <translation>The school year has not been created yet.</translation>
        </message>
        <message>
            <source>ФИО</source>
            <translation>Full name</translation>
        </message>
        <message>
            <source>Это исправление чужого урока: причина попадёт в журнал аудита.</source>
            <translation>This corrects another teacher's lesson: the reason goes to the audit log.</translation>
        </message>
        <message>
            <source>болел</source>
            <translation>ill</translation>
        </message>
        <message>
            <source>в классе с %s</source>
            <translation>in the class since %s</translation>
        </message>
        <message>
            <source>выбыл(а) %s</source>
            <translation>left %s</translation>
        </message>
        <message>
            <source>из них
«б»</source>
            <translation>of them
«б»</translation>
        </message>
        <message>
            <source>из них
«у»</source>
            <translation>of them
«у»</translation>
        </message>
        <message>
            <source>например: справка из поликлиники</source>
            <translation>for example: a doctor's note</translation>
        </message>
        <message>
            <source>не был на уроке</source>
            <translation>absent</translation>
        </message>
        <message>
            <source>необязательно</source>
            <translation>optional</translation>
        </message>
        <message>
            <source>опоз-
даний</source>
            <translation>Times
late</translation>
        </message>
        <message>
            <source>опоздал</source>
            <translation>late</translation>
        </message>
        <message>
            <source>отсутствовал по уважительной причине</source>
            <translation>absent for a good reason</translation>
        </message>
        <message>
            <source>— был на уроке</source>
            <translation>— present</translation>
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
            <translation>content SHA-256</translation>
        </message>
        <message>
            <source>Входы в программу</source>
            <translation>Logins</translation>
        </message>
        <message>
            <source>Дата «по» раньше даты «с».</source>
            <translation>The «to» date is before the «from» date.</translation>
        </message>
        <message>
            <source>Движение учащихся</source>
            <translation>Pupil movements</translation>
        </message>
        <message>
            <source>Закрытие и открытие периодов</source>
            <translation>Closing and opening periods</translation>
        </message>
        <message>
            <source>Замены</source>
            <translation>Substitutions</translation>
        </message>
        <message>
            <source>Исправления по запросам</source>
            <translation>Corrections on request</translation>
        </message>
        <message>
            <source>КТП</source>
            <translation>work programme plan</translation>
        </message>
        <message>
            <source>КТП переименована</source>
            <translation>lesson plan renamed</translation>
        </message>
        <message>
            <source>КТП принята для нагрузки</source>
            <translation>lesson plan adopted for a teaching load</translation>
        </message>
        <message>
            <source>Классный руководитель видит в журнале аудита только записи своего класса.</source>
            <translation>A homeroom teacher sees only the entries of their own class in the audit log.</translation>
        </message>
        <message>
            <source>Классы</source>
            <translation>Classes</translation>
        </message>
        <message>
            <source>Нагрузка</source>
            <translation>Teaching load</translation>
        </message>
        <message>
            <source>Настройки школы</source>
            <translation>School settings</translation>
        </message>
        <message>
            <source>Отметки</source>
            <translation>Marks</translation>
        </message>
        <message>
            <source>Отметки за период и год</source>
            <translation>Period and year marks</translation>
        </message>
        <message>
            <source>Посещаемость</source>
            <translation>Attendance</translation>
        </message>
        <message>
            <source>Предметы</source>
            <translation>Subjects</translation>
        </message>
        <message>
            <source>Расписание</source>
            <translation>Timetable</translation>
        </message>
        <message>
            <source>Резервные копии</source>
            <translation>Backups</translation>
        </message>
        <message>
            <source>Урок не найден.</source>
            <translation>Lesson not found.</translation>
        </message>
        <message>
            <source>Уроки: темы и домашние задания</source>
            <translation>Lessons: topics and homework</translation>
        </message>
        <message>
            <source>Учащиеся</source>
            <translation>Pupils</translation>
        </message>
        <message>
            <source>Учебные годы</source>
            <translation>School years</translation>
        </message>
        <message>
            <source>Учитель видит в журнале аудита только свои записи.</source>
            <translation>A teacher sees only their own entries in the audit log.</translation>
        </message>
        <message>
            <source>Учётные записи</source>
            <translation>Accounts</translation>
        </message>
        <message>
            <source>ФИО</source>
            <translation>Full name</translation>
        </message>
        <message>
            <source>архив</source>
            <translation>archive</translation>
        </message>
        <message>
            <source>в КТП добавлена тема</source>
            <translation>topic added to a lesson plan</translation>
        </message>
        <message>
            <source>в КТП расставлены даты</source>
            <translation>dates filled in a lesson plan</translation>
        </message>
        <message>
            <source>в исправлении отказано</source>
            <translation>correction refused</translation>
        </message>
        <message>
            <source>версия</source>
            <translation>version</translation>
        </message>
        <message>
            <source>вес</source>
            <translation>weight</translation>
        </message>
        <message>
            <source>вид</source>
            <translation>kind</translation>
        </message>
        <message>
            <source>вид работы</source>
            <translation>kind of work</translation>
        </message>
        <message>
            <source>вход в программу</source>
            <translation>login</translation>
        </message>
        <message>
            <source>вход закрыт после неудачных попыток</source>
            <translation>login closed after failed attempts</translation>
        </message>
        <message>
            <source>выдан временный пароль</source>
            <translation>temporary password issued</translation>
        </message>
        <message>
            <source>выпускники</source>
            <translation>graduates</translation>
        </message>
        <message>
            <source>выпущено</source>
            <translation>graduated</translation>
        </message>
        <message>
            <source>выставлена отметка</source>
            <translation>mark given</translation>
        </message>
        <message>
            <source>выставлена отметка за период</source>
            <translation>period mark given</translation>
        </message>
        <message>
            <source>д/з</source>
            <translation>homework</translation>
        </message>
        <message>
            <source>да</source>
            <translation>yes</translation>
        </message>
        <message>
            <source>дайджест</source>
            <translation>digest</translation>
        </message>
        <message>
            <source>дата</source>
            <translation>date</translation>
        </message>
        <message>
            <source>дата выпуска</source>
            <translation>graduation date</translation>
        </message>
        <message>
            <source>день недели</source>
            <translation>day of the week</translation>
        </message>
        <message>
            <source>дней в неделе</source>
            <translation>days a week</translation>
        </message>
        <message>
            <source>добавлен звонок</source>
            <translation>bell added</translation>
        </message>
        <message>
            <source>добавлен предмет</source>
            <translation>subject added</translation>
        </message>
        <message>
            <source>добавлен родитель</source>
            <translation>parent added</translation>
        </message>
        <message>
            <source>добавлен учащийся</source>
            <translation>pupil added</translation>
        </message>
        <message>
            <source>добавлена нагрузка</source>
            <translation>teaching load added</translation>
        </message>
        <message>
            <source>добавлено</source>
            <translation>added</translation>
        </message>
        <message>
            <source>добавлены каникулы</source>
            <translation>holidays added</translation>
        </message>
        <message>
            <source>журнал восстановлен из резервной копии</source>
            <translation>journal restored from a backup</translation>
        </message>
        <message>
            <source>журнал заверен директором</source>
            <translation>journal certified by the head teacher</translation>
        </message>
        <message>
            <source>заблокирован</source>
            <translation>blocked</translation>
        </message>
        <message>
            <source>загружены данные из Excel</source>
            <translation>data imported from Excel</translation>
        </message>
        <message>
            <source>задан пароль</source>
            <translation>password set</translation>
        </message>
        <message>
            <source>закрыт</source>
            <translation>closed</translation>
        </message>
        <message>
            <source>замена отменена</source>
            <translation>substitution cancelled</translation>
        </message>
        <message>
            <source>заменяющий</source>
            <translation>substitute</translation>
        </message>
        <message>
            <source>записан контакт с родителями</source>
            <translation>contact with parents recorded</translation>
        </message>
        <message>
            <source>записано согласие на обработку ПД</source>
            <translation>consent to personal-data processing recorded</translation>
        </message>
        <message>
            <source>записей</source>
            <translation>records</translation>
        </message>
        <message>
            <source>запрошено исправление</source>
            <translation>correction requested</translation>
        </message>
        <message>
            <source>значение</source>
            <translation>value</translation>
        </message>
        <message>
            <source>изменена нагрузка</source>
            <translation>teaching load changed</translation>
        </message>
        <message>
            <source>изменена настройка</source>
            <translation>setting changed</translation>
        </message>
        <message>
            <source>изменена отметка</source>
            <translation>mark changed</translation>
        </message>
        <message>
            <source>изменена отметка за период</source>
            <translation>period mark changed</translation>
        </message>
        <message>
            <source>изменена отметка посещаемости</source>
            <translation>attendance changed</translation>
        </message>
        <message>
            <source>изменена тема КТП</source>
            <translation>lesson plan topic changed</translation>
        </message>
        <message>
            <source>изменено</source>
            <translation>changed</translation>
        </message>
        <message>
            <source>изменено место хранения копии архива</source>
            <translation>archive copy location changed</translation>
        </message>
        <message>
            <source>изменено расписание звонков</source>
            <translation>bell schedule changed</translation>
        </message>
        <message>
            <source>изменены каникулы</source>
            <translation>holidays changed</translation>
        </message>
        <message>
            <source>изменены роли</source>
            <translation>roles changed</translation>
        </message>
        <message>
            <source>изменены сведения о зачислении</source>
            <translation>enrolment details changed</translation>
        </message>
        <message>
            <source>изменены сведения о родителе</source>
            <translation>parent details changed</translation>
        </message>
        <message>
            <source>изменены сведения о сотруднике</source>
            <translation>staff member details changed</translation>
        </message>
        <message>
            <source>изменены сведения об учащемся</source>
            <translation>pupil details changed</translation>
        </message>
        <message>
            <source>изменены тема, задание или вид работы урока</source>
            <translation>lesson topic, homework or kind of work changed</translation>
        </message>
        <message>
            <source>изменён кабинет в расписании</source>
            <translation>timetable room changed</translation>
        </message>
        <message>
            <source>изменён класс</source>
            <translation>class changed</translation>
        </message>
        <message>
            <source>изменён период</source>
            <translation>period changed</translation>
        </message>
        <message>
            <source>изменён предмет</source>
            <translation>subject changed</translation>
        </message>
        <message>
            <source>изменён учебный год</source>
            <translation>school year changed</translation>
        </message>
        <message>
            <source>исправление внесено</source>
            <translation>correction made</translation>
        </message>
        <message>
            <source>исправление одобрено</source>
            <translation>correction approved</translation>
        </message>
        <message>
            <source>к нагрузке привязана КТП</source>
            <translation>lesson plan linked to a teaching load</translation>
        </message>
        <message>
            <source>кабинет</source>
            <translation>room</translation>
        </message>
        <message>
            <source>кем приходится</source>
            <translation>relationship</translation>
        </message>
        <message>
            <source>класс</source>
            <translation>class</translation>
        </message>
        <message>
            <source>классный руководитель</source>
            <translation>homeroom teacher</translation>
        </message>
        <message>
            <source>классный руководитель подтвердил проверку недели</source>
            <translation>homeroom teacher confirmed the weekly check</translation>
        </message>
        <message>
            <source>классы</source>
            <translation>classes</translation>
        </message>
        <message>
            <source>код</source>
            <translation>code</translation>
        </message>
        <message>
            <source>количество</source>
            <translation>count</translation>
        </message>
        <message>
            <source>конец</source>
            <translation>end</translation>
        </message>
        <message>
            <source>копии</source>
            <translation>copies</translation>
        </message>
        <message>
            <source>копия архива внесена в реестр</source>
            <translation>archive copy added to the register</translation>
        </message>
        <message>
            <source>кто</source>
            <translation>by</translation>
        </message>
        <message>
            <source>лист</source>
            <translation>sheet</translation>
        </message>
        <message>
            <source>листов</source>
            <translation>sheets</translation>
        </message>
        <message>
            <source>логин</source>
            <translation>login name</translation>
        </message>
        <message>
            <source>место хранения</source>
            <translation>kept at</translation>
        </message>
        <message>
            <source>нагрузка</source>
            <translation>teaching load</translation>
        </message>
        <message>
            <source>название</source>
            <translation>title</translation>
        </message>
        <message>
            <source>назначен классный руководитель</source>
            <translation>homeroom teacher assigned</translation>
        </message>
        <message>
            <source>назначена замена</source>
            <translation>substitution assigned</translation>
        </message>
        <message>
            <source>напечатан документ</source>
            <translation>document printed</translation>
        </message>
        <message>
            <source>начало</source>
            <translation>start</translation>
        </message>
        <message>
            <source>начат следующий учебный год</source>
            <translation>next school year started</translation>
        </message>
        <message>
            <source>не заверены</source>
            <translation>not certified</translation>
        </message>
        <message>
            <source>неделя с</source>
            <translation>week from</translation>
        </message>
        <message>
            <source>неполадка</source>
            <translation>problem</translation>
        </message>
        <message>
            <source>нет</source>
            <translation>no</translation>
        </message>
        <message>
            <source>неудачная попытка входа</source>
            <translation>failed login attempt</translation>
        </message>
        <message>
            <source>неудачных попыток</source>
            <translation>failed attempts</translation>
        </message>
        <message>
            <source>номер</source>
            <translation>number</translation>
        </message>
        <message>
            <source>носитель</source>
            <translation>medium</translation>
        </message>
        <message>
            <source>оставлено</source>
            <translation>kept</translation>
        </message>
        <message>
            <source>оставлены на повторное обучение</source>
            <translation>kept back a year</translation>
        </message>
        <message>
            <source>отмечено отсутствие</source>
            <translation>absence recorded</translation>
        </message>
        <message>
            <source>отозвано</source>
            <translation>withdrawn on</translation>
        </message>
        <message>
            <source>отправлено сообщение</source>
            <translation>message sent</translation>
        </message>
        <message>
            <source>параллель</source>
            <translation>year level</translation>
        </message>
        <message>
            <source>пароль задан владельцем базы данных (ejournal set-password)</source>
            <translation>password set by the database owner (ejournal set-password)</translation>
        </message>
        <message>
            <source>пароль изменён</source>
            <translation>password changed</translation>
        </message>
        <message>
            <source>период</source>
            <translation>period</translation>
        </message>
        <message>
            <source>период закрыт</source>
            <translation>period closed</translation>
        </message>
        <message>
            <source>период открыт</source>
            <translation>period opened</translation>
        </message>
        <message>
            <source>по</source>
            <translation>to</translation>
        </message>
        <message>
            <source>подгруппа</source>
            <translation>subgroup</translation>
        </message>
        <message>
            <source>показатели</source>
            <translation>figures</translation>
        </message>
        <message>
            <source>предмет</source>
            <translation>subject</translation>
        </message>
        <message>
            <source>прежняя дата окончания</source>
            <translation>previous end date</translation>
        </message>
        <message>
            <source>приказ</source>
            <translation>order</translation>
        </message>
        <message>
            <source>приказ о выпуске</source>
            <translation>graduation order</translation>
        </message>
        <message>
            <source>примечание</source>
            <translation>note</translation>
        </message>
        <message>
            <source>проверена копия архива</source>
            <translation>archive copy checked</translation>
        </message>
        <message>
            <source>проверено</source>
            <translation>checked on</translation>
        </message>
        <message>
            <source>проверены персональные данные класса</source>
            <translation>class's personal data checked</translation>
        </message>
        <message>
            <source>проверка недели подтверждена заново</source>
            <translation>weekly check confirmed again</translation>
        </message>
        <message>
            <source>проверка пройдена</source>
            <translation>check passed</translation>
        </message>
        <message>
            <source>программа</source>
            <translation>programme</translation>
        </message>
        <message>
            <source>путь</source>
            <translation>path</translation>
        </message>
        <message>
            <source>раздел</source>
            <translation>section</translation>
        </message>
        <message>
            <source>разделы</source>
            <translation>sections</translation>
        </message>
        <message>
            <source>размер, байт</source>
            <translation>size, bytes</translation>
        </message>
        <message>
            <source>родитель</source>
            <translation>parent</translation>
        </message>
        <message>
            <source>родитель убран из карточки учащегося</source>
            <translation>parent removed from the pupil's record</translation>
        </message>
        <message>
            <source>родитель указан в карточке учащегося</source>
            <translation>parent added to the pupil's record</translation>
        </message>
        <message>
            <source>родителям выданы документы</source>
            <translation>documents issued to parents</translation>
        </message>
        <message>
            <source>роли</source>
            <translation>roles</translation>
        </message>
        <message>
            <source>роль на сервере</source>
            <translation>server role</translation>
        </message>
        <message>
            <source>с</source>
            <translation>from</translation>
        </message>
        <message>
            <source>сделан архив учебного года</source>
            <translation>school year archive made</translation>
        </message>
        <message>
            <source>сделана</source>
            <translation>made</translation>
        </message>
        <message>
            <source>сделана резервная копия</source>
            <translation>backup made</translation>
        </message>
        <message>
            <source>смена</source>
            <translation>shift</translation>
        </message>
        <message>
            <source>снята отметка посещаемости</source>
            <translation>attendance mark removed</translation>
        </message>
        <message>
            <source>согласие на обработку ПД отозвано</source>
            <translation>consent to personal-data processing withdrawn</translation>
        </message>
        <message>
            <source>создан класс</source>
            <translation>class created</translation>
        </message>
        <message>
            <source>создан период</source>
            <translation>period created</translation>
        </message>
        <message>
            <source>создан учебный год</source>
            <translation>school year created</translation>
        </message>
        <message>
            <source>создана КТП</source>
            <translation>lesson plan created</translation>
        </message>
        <message>
            <source>создана подгруппа</source>
            <translation>subgroup created</translation>
        </message>
        <message>
            <source>создана учётная запись</source>
            <translation>account created</translation>
        </message>
        <message>
            <source>сокращённое название</source>
            <translation>short name</translation>
        </message>
        <message>
            <source>состояние</source>
            <translation>status</translation>
        </message>
        <message>
            <source>страниц</source>
            <translation>pages</translation>
        </message>
        <message>
            <source>телефон</source>
            <translation>phone</translation>
        </message>
        <message>
            <source>тема</source>
            <translation>topic</translation>
        </message>
        <message>
            <source>тема КТП</source>
            <translation>lesson plan topic</translation>
        </message>
        <message>
            <source>тема КТП перемещена</source>
            <translation>lesson plan topic moved</translation>
        </message>
        <message>
            <source>тема КТП удалена</source>
            <translation>lesson plan topic removed</translation>
        </message>
        <message>
            <source>тип урока</source>
            <translation>lesson type</translation>
        </message>
        <message>
            <source>удалена нагрузка</source>
            <translation>teaching load removed</translation>
        </message>
        <message>
            <source>удалена отметка</source>
            <translation>mark deleted</translation>
        </message>
        <message>
            <source>удалена отметка за период</source>
            <translation>period mark deleted</translation>
        </message>
        <message>
            <source>удалено</source>
            <translation>removed</translation>
        </message>
        <message>
            <source>удалены каникулы</source>
            <translation>holidays removed</translation>
        </message>
        <message>
            <source>удалён звонок</source>
            <translation>bell removed</translation>
        </message>
        <message>
            <source>удалён класс</source>
            <translation>class removed</translation>
        </message>
        <message>
            <source>удалён период</source>
            <translation>period removed</translation>
        </message>
        <message>
            <source>удалён предмет</source>
            <translation>subject removed</translation>
        </message>
        <message>
            <source>удалён учебный год</source>
            <translation>school year removed</translation>
        </message>
        <message>
            <source>урок</source>
            <translation>lesson</translation>
        </message>
        <message>
            <source>урок внесён в журнал</source>
            <translation>lesson entered in the journal</translation>
        </message>
        <message>
            <source>урок добавлен в расписание</source>
            <translation>lesson added to the timetable</translation>
        </message>
        <message>
            <source>урок перенесён в расписании</source>
            <translation>lesson moved in the timetable</translation>
        </message>
        <message>
            <source>урок расписания</source>
            <translation>timetable lesson</translation>
        </message>
        <message>
            <source>урок расписания действует до даты</source>
            <translation>timetable lesson ends on a date</translation>
        </message>
        <message>
            <source>урок удалён из расписания</source>
            <translation>lesson removed from the timetable</translation>
        </message>
        <message>
            <source>уроков</source>
            <translation>lessons</translation>
        </message>
        <message>
            <source>учащиеся</source>
            <translation>pupils</translation>
        </message>
        <message>
            <source>учащийся</source>
            <translation>pupil</translation>
        </message>
        <message>
            <source>учащийся выбыл из класса</source>
            <translation>pupil left the class</translation>
        </message>
        <message>
            <source>учащийся зачислен в класс</source>
            <translation>pupil enrolled in the class</translation>
        </message>
        <message>
            <source>учащийся переведён в другой класс</source>
            <translation>pupil transferred to another class</translation>
        </message>
        <message>
            <source>учебный год</source>
            <translation>school year</translation>
        </message>
        <message>
            <source>учитель</source>
            <translation>teacher</translation>
        </message>
        <message>
            <source>учётная запись заблокирована</source>
            <translation>account blocked</translation>
        </message>
        <message>
            <source>учётная запись разблокирована</source>
            <translation>account unblocked</translation>
        </message>
        <message>
            <source>файл</source>
            <translation>file</translation>
        </message>
        <message>
            <source>формат</source>
            <translation>format</translation>
        </message>
        <message>
            <source>хранить журналы до</source>
            <translation>keep the journals until</translation>
        </message>
        <message>
            <source>хранить сводные ведомости до</source>
            <translation>keep the summary sheets until</translation>
        </message>
        <message>
            <source>цель</source>
            <translation>purpose</translation>
        </message>
        <message>
            <source>часов</source>
            <translation>hours</translation>
        </message>
        <message>
            <source>эл. почта</source>
            <translation>e-mail</translation>
        </message>
    </context>
    <context>
        <name>AuditModel</name>
        <message>
            <source>%s, %d-й урок</source>
            <translation>%s, lesson %d</translation>
        </message>
        <message>
            <source>%s: %s</source>
            <translation>%s: %s</translation>
        </message>
        <message>
            <source>Было → стало</source>
            <translation>Before → after</translation>
        </message>
        <message>
            <source>Виды работ</source>
            <translation>Kinds of work</translation>
        </message>
        <message>
            <source>Группы</source>
            <translation>Groups</translation>
        </message>
        <message>
            <source>Звонки</source>
            <translation>Bells</translation>
        </message>
        <message>
            <source>КТП</source>
            <translation>Lesson plans</translation>
        </message>
        <message>
            <source>Каникулы</source>
            <translation>Holidays</translation>
        </message>
        <message>
            <source>Класс</source>
            <translation>Class</translation>
        </message>
        <message>
            <source>Когда</source>
            <translation>When</translation>
        </message>
        <message>
            <source>Кто</source>
            <translation>Who</translation>
        </message>
        <message>
            <source>Подгруппы</source>
            <translation>Subgroups</translation>
        </message>
        <message>
            <source>Предмет</source>
            <translation>Subject</translation>
        </message>
        <message>
            <source>Причина</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Учащийся</source>
            <translation>Pupil</translation>
        </message>
        <message>
            <source>Что сделано</source>
            <translation>What was done</translation>
        </message>
        <message>
            <source>добавление</source>
            <translation>added</translation>
        </message>
        <message>
            <source>изменение</source>
            <translation>changed</translation>
        </message>
        <message>
            <source>окончание действия</source>
            <translation>ended</translation>
        </message>
        <message>
            <source>удаление</source>
            <translation>deleted</translation>
        </message>
    </context>
    <context>
        <name>AuditTab</name>
        <message>
            <source>Все</source>
            <translation>All</translation>
        </message>
        <message>
            <source>Все изменения</source>
            <translation>All changes</translation>
        </message>
        <message>
            <source>Даты:</source>
            <translation>Dates:</translation>
        </message>
        <message>
            <source>Записей нет.</source>
            <translation>No entries.</translation>
        </message>
        <message>
            <source>Записей: %d.</source>
            <translation>Entries: %d.</translation>
        </message>
        <message>
            <source>Класс:</source>
            <translation>Class:</translation>
        </message>
        <message>
            <source>Кто:</source>
            <translation>Who:</translation>
        </message>
        <message>
            <source>Обновить</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <source>Показаны ваши собственные действия, сначала новые.</source>
            <translation>Your own actions are shown, newest first.</translation>
        </message>
        <message>
            <source>Показаны все записи журнала аудита школы, сначала новые.</source>
            <translation>All entries of the school's audit log are shown, newest first.</translation>
        </message>
        <message>
            <source>Показаны записи о вашем классе и ваши собственные действия, сначала новые.</source>
            <translation>Entries about your class and your own actions are shown, newest first.</translation>
        </message>
        <message>
            <source>Показаны записи о вашем классе, сначала новые.</source>
            <translation>Entries about your class are shown, newest first.</translation>
        </message>
        <message>
            <source>Показаны последние %d записей.</source>
            <translation>The last %d entries are shown.</translation>
        </message>
        <message>
            <source>Показать ещё</source>
            <translation>Show more</translation>
        </message>
        <message>
            <source>Предмет:</source>
            <translation>Subject:</translation>
        </message>
        <message>
            <source>Сбросить фильтры</source>
            <translation>Clear filters</translation>
        </message>
        <message>
            <source>Что изменено:</source>
            <translation>What changed:</translation>
        </message>
        <message>
            <source>по</source>
            <translation>to</translation>
        </message>
        <message>
            <source>с</source>
            <translation>from</translation>
        </message>
    </context>
    <context>
        <name>Auth</name>
        <message>
            <source>Вход временно закрыт после %d неудачных попыток. Попробуйте через %d мин. или обратитесь к администратору ЭЖ.</source>
            <translation>Login is closed for a while after %d failed attempts. Try again in %d min. or contact the e-journal administrator.</translation>
        </message>
        <message>
            <source>Неверный логин или пароль.</source>
            <translation>Wrong login or password.</translation>
        </message>
        <message>
            <source>Неверный пароль введён %d раз подряд: вход закрыт на %d минут. Разблокировать может администратор ЭЖ.</source>
            <translation>A wrong password was entered %d times in a row: login is closed for %d minutes. The e-journal administrator can unlock it.</translation>
        </message>
        <message>
            <source>Новый пароль должен отличаться от прежнего.</source>
            <translation>The new password must differ from the old one.</translation>
        </message>
        <message>
            <source>Пароль не должен совпадать с логином.</source>
            <translation>The password must not be the same as the login.</translation>
        </message>
        <message>
            <source>Пароль слишком короткий: нужно не меньше %d символов.</source>
            <translation>The password is too short: at least %d characters are needed.</translation>
        </message>
        <message>
            <source>Текущий пароль введён неверно.</source>
            <translation>The current password is wrong.</translation>
        </message>
        <message>
            <source>Учётная запись заблокирована. Обратитесь к администратору ЭЖ.</source>
            <translation>The account is blocked. Contact the e-journal administrator.</translation>
        </message>
        <message>
            <source>Учётная запись не найдена.</source>
            <translation>Account not found.</translation>
        </message>
    </context>
    <context>
        <name>Backup</name>
        <message>
            <source>SHA-256 содержимого: %s</source>
            <translation>SHA-256 of the contents: %s</translation>
        </message>
        <message>
            <source>«%s» — это папка, а не файл резервной копии.</source>
            <translation>«%s» is a folder, not a backup file.</translation>
        </message>
        <message>
            <source>В базе данных уже есть данные другой программы: восстановите копию в пустую базу данных или в файл журнала.</source>
            <translation>The database already holds another program's data: restore the backup into an empty database or into a journal file.</translation>
        </message>
        <message>
            <source>В базе данных уже есть журнал%s. Чтобы заменить его содержимым копии, добавьте --force (всё, что в нём есть, будет удалено).</source>
            <translation>The database already holds a journal%s. To replace it with the contents of the backup, add --force (everything in it will be deleted).</translation>
        </message>
        <message>
            <source>В базе найдено двоичное значение, которое журнал не хранит.</source>
            <translation>The database holds a binary value that the journal does not store.</translation>
        </message>
        <message>
            <source>В копии нет паролей сотрудников (архив учебного года): после восстановления задайте пароль администратора командой ejournal set-password.</source>
            <translation>The copy holds no staff passwords (school year archive): after restoring it, set the administrator's password with ejournal set-password.</translation>
        </message>
        <message>
            <source>Версия программы: %s, версия схемы: %d</source>
            <translation>Program version: %s, schema version: %d</translation>
        </message>
        <message>
            <source>Восстанавливаю %d записей…</source>
            <translation>Restoring %d records…</translation>
        </message>
        <message>
            <source>Восстановление не выполнено, база данных не изменена: %s</source>
            <translation>Restore failed, the database is unchanged: %s</translation>
        </message>
        <message>
            <source>Всего записей: %d в %d таблицах</source>
            <translation>Records in all: %d in %d tables</translation>
        </message>
        <message>
            <source>Данные копии «%s» не подходят к схеме журнала, восстановление отменено: %s</source>
            <translation>The data of the backup «%s» do not fit the journal's schema, restore cancelled: %s</translation>
        </message>
        <message>
            <source>Заменить существующий журнал копией может только администратор ЭЖ: войдите под его учётной записью.</source>
            <translation>Only the e-journal administrator can replace an existing journal with a backup: log in with that account.</translation>
        </message>
        <message>
            <source>Записанная копия не совпала с прочитанными данными.</source>
            <translation>The written backup does not match the data that were read.</translation>
        </message>
        <message>
            <source>Записей журнала аудита</source>
            <translation>Audit log entries</translation>
        </message>
        <message>
            <source>Записей посещаемости</source>
            <translation>Attendance entries</translation>
        </message>
        <message>
            <source>Источник: %s</source>
            <translation>Source: %s</translation>
        </message>
        <message>
            <source>Классов и групп</source>
            <translation>Classes and groups</translation>
        </message>
        <message>
            <source>Копия «%s» записалась с ошибкой.</source>
            <translation>The backup «%s» was written with an error.</translation>
        </message>
        <message>
            <source>Копия «%s» записана более новой версией программы (формат %d, эта программа читает формат до %d). Обновите ЭЖ-Десктоп.</source>
            <translation>The backup «%s» was written by a newer version of the program (format %d; this program reads formats up to %d). Update EJ Desktop.</translation>
        </message>
        <message>
            <source>Копия «%s» сделана более новой версией программы (схема %d, эта программа знает схему до %d). Обновите ЭЖ-Десктоп и повторите восстановление.</source>
            <translation>The backup «%s» was made by a newer version of the program (schema %d; this program knows schemas up to %d). Update EJ Desktop and restore again.</translation>
        </message>
        <message>
            <source>Копия «%s» сделана более старой версией программы (схема %d, нужна %d), и таблицы с тех пор изменились. Восстановите её той версией ЭЖ-Десктоп, которой она сделана, затем обновите базу командой «ejournal migrate».</source>
            <translation>The backup «%s» was made by an older version of the program (schema %d, %d is needed), and the tables have changed since. Restore it with the version of EJ Desktop that made it, then upgrade the database with the command «ejournal migrate».</translation>
        </message>
        <message>
            <source>Копия сделана: %s</source>
            <translation>Backup made: %s</translation>
        </message>
        <message>
            <source>Не удалось записать резервную копию «%s»: %s.</source>
            <translation>Could not write the backup «%s»: %s.</translation>
        </message>
        <message>
            <source>Не удалось прочитать файл «%s»: %s.</source>
            <translation>Could not read the file «%s»: %s.</translation>
        </message>
        <message>
            <source>Не указана папка для резервных копий.</source>
            <translation>No backup folder is set.</translation>
        </message>
        <message>
            <source>Отметок</source>
            <translation>Marks</translation>
        </message>
        <message>
            <source>Отметок за периоды</source>
            <translation>Period marks</translation>
        </message>
        <message>
            <source>Папка «%s» не найдена (не подключён носитель?).</source>
            <translation>Folder «%s» not found (is the drive connected?).</translation>
        </message>
        <message>
            <source>Папка для резервных копий «%s» недоступна (не подключён носитель?).</source>
            <translation>The backup folder «%s» is not available (is the drive connected?).</translation>
        </message>
        <message>
            <source>После восстановления в таблице %s %d записей вместо %d: восстановление отменено.</source>
            <translation>After the restore the table %s has %d records instead of %d: restore cancelled.</translation>
        </message>
        <message>
            <source>Резервная копия не записана ни в одну папку: %s</source>
            <translation>The backup was not written to any folder: %s</translation>
        </message>
        <message>
            <source>Резервных копий журнала нет: попросите администратора ЭЖ настроить их.</source>
            <translation>There are no journal backups: ask the e-journal administrator to set them up.</translation>
        </message>
        <message>
            <source>Сотрудников</source>
            <translation>Staff</translation>
        </message>
        <message>
            <source>Строк нагрузки</source>
            <translation>Teaching load rows</translation>
        </message>
        <message>
            <source>Уроков</source>
            <translation>Lessons</translation>
        </message>
        <message>
            <source>Учащихся</source>
            <translation>Pupils</translation>
        </message>
        <message>
            <source>Файл «%s» не является резервной копией ЭЖ-Десктоп.</source>
            <translation>The file «%s» is not an EJ Desktop backup.</translation>
        </message>
        <message>
            <source>Файл «%s» повреждён и не может быть восстановлен: %s.</source>
            <translation>The file «%s» is damaged and cannot be restored: %s.</translation>
        </message>
        <message>
            <source>Файл «%s» уже существует: укажите другое имя файла копии.</source>
            <translation>The file «%s» already exists: give the backup another file name.</translation>
        </message>
        <message>
            <source>Файл резервной копии «%s» не найден.</source>
            <translation>Backup file «%s» not found.</translation>
        </message>
        <message>
            <source>Школа: %s</source>
            <translation>School: %s</translation>
        </message>
        <message>
            <source>архив обрезан или испорчен</source>
            <translation>the archive is truncated or damaged</translation>
        </message>
        <message>
            <source>в таблице %s больше строк, чем указано</source>
            <translation>the table %s has more rows than stated</translation>
        </message>
        <message>
            <source>в таблице %s заполнен столбец, которого в копии нет</source>
            <translation>table %s has values in a column the copy does not hold</translation>
        </message>
        <message>
            <source>в таблице %s не хватает строк</source>
            <translation>the table %s is missing rows</translation>
        </message>
        <message>
            <source>испорчена строка таблицы %s</source>
            <translation>a damaged row in the table %s</translation>
        </message>
        <message>
            <source>испорчены данные %s (%s)</source>
            <translation>damaged data %s (%s)</translation>
        </message>
        <message>
            <source>контрольная сумма содержимого не совпадает</source>
            <translation>the checksum of the contents does not match</translation>
        </message>
        <message>
            <source>контрольная сумма таблицы %s не совпадает</source>
            <translation>the checksum of the table %s does not match</translation>
        </message>
        <message>
            <source>не указана</source>
            <translation>not set</translation>
        </message>
        <message>
            <source>недопустимое значение в %s.%s</source>
            <translation>invalid value in %s.%s</translation>
        </message>
        <message>
            <source>неизвестные таблицы: %s</source>
            <translation>unknown tables: %s</translation>
        </message>
        <message>
            <source>нет второй копии на другом носителе</source>
            <translation>no second copy on another drive</translation>
        </message>
        <message>
            <source>нет данных таблицы %s</source>
            <translation>no data for the table %s</translation>
        </message>
        <message>
            <source>нет таблицы %s</source>
            <translation>no table %s</translation>
        </message>
        <message>
            <source>описание копии (manifest.json) испорчено</source>
            <translation>the backup description (manifest.json) is damaged</translation>
        </message>
        <message>
            <source>описание копии (manifest.json) неполное</source>
            <translation>the backup description (manifest.json) is incomplete</translation>
        </message>
        <message>
            <source>описание копии слишком велико</source>
            <translation>the backup description is too large</translation>
        </message>
        <message>
            <source>отметок: %d</source>
            <translation>marks: %d</translation>
        </message>
        <message>
            <source>последняя резервная копия сделана %s</source>
            <translation>the last backup was made %s</translation>
        </message>
        <message>
            <source>пустое значение %s.%s</source>
            <translation>empty value %s.%s</translation>
        </message>
        <message>
            <source>сервер PostgreSQL</source>
            <translation>PostgreSQL server</translation>
        </message>
        <message>
            <source>столбцы таблицы %s не совпадают со схемой %d</source>
            <translation>the columns of the table %s do not match schema %d</translation>
        </message>
        <message>
            <source>учащихся: %d</source>
            <translation>pupils: %d</translation>
        </message>
        <message>
            <source>файл SQLite</source>
            <translation>SQLite file</translation>
        </message>
        <message>
            <source>файл обрезан</source>
            <translation>the file is truncated</translation>
        </message>
    </context>
    <context>
        <name>BackupUi</name>
        <message>
            <source>В копии не было паролей сотрудников (архив учебного года): войти в журнал сейчас не может никто. Владелец базы данных задаёт пароль администратора ЭЖ командой
ejournal set-password --db "%s" --login %s --password-file ФАЙЛ_С_ПАРОЛЕМ
Пароли остальных сотрудников администратор затем сбрасывает (листки приглашений).</source>
            <translation>The copy held no staff passwords (school year archive): nobody can log in to the journal now. The database owner sets the journal administrator's password with
ejournal set-password --db "%s" --login %s --password-file PASSWORD_FILE
The administrator then resets the other staff members' passwords (invitation sheets).</translation>
        </message>
        <message>
            <source>Восстановить из резервной копии</source>
            <translation>Restore from a backup</translation>
        </message>
        <message>
            <source>Делаю резервную копию журнала перед выходом…</source>
            <translation>Backing up the journal before exit…</translation>
        </message>
        <message>
            <source>Делаю резервную копию журнала…</source>
            <translation>Backing up the journal…</translation>
        </message>
        <message>
            <source>Журнал восстановлен</source>
            <translation>Journal restored</translation>
        </message>
        <message>
            <source>Журнал восстановлен из копии от %s (записей: %d). %s

Войдите в программу заново.</source>
            <translation>The journal was restored from the backup of %s (records: %d). %s

Please log in again.</translation>
        </message>
        <message>
            <source>Прежнее содержимое журнала сохранено в файл %s.</source>
            <translation>The previous contents of the journal were saved to %s.</translation>
        </message>
        <message>
            <source>Резервная копия журнала сделана.</source>
            <translation>The journal was backed up.</translation>
        </message>
        <message>
            <source>Резервная копия не сделана: %s</source>
            <translation>Backup failed: %s</translation>
        </message>
        <message>
            <source>Резервные копии ЭЖ (*%s)</source>
            <translation>E-journal backups (*%s)</translation>
        </message>
        <message>
            <source>Резервных копий журнала нет: укажите папки в «Файл → Настройки… → Этот компьютер».</source>
            <translation>No backups of the journal: set the folders in “File → Settings… → This computer”.</translation>
        </message>
    </context>
    <context>
        <name>BarChart</name>
        <message>
            <source>Нет данных для диаграммы.</source>
            <translation>No data for the chart.</translation>
        </message>
    </context>
    <context>
        <name>BellDialog</name>
        <message>
            <source>Конец:</source>
            <translation>End:</translation>
        </message>
        <message>
            <source>Начало:</source>
            <translation>Start:</translation>
        </message>
        <message>
            <source>Урок №:</source>
            <translation>Lesson no.:</translation>
        </message>
    </context>
    <context>
        <name>Boundary</name>
        <message>
            <source>Архив не прошёл проверку</source>
            <translation>The archive failed the check</translation>
        </message>
        <message>
            <source>Вход не выполнен</source>
            <translation>Login failed</translation>
        </message>
        <message>
            <source>Данные изменены другим пользователем</source>
            <translation>The data was changed by another user</translation>
        </message>
        <message>
            <source>Действие не выполнено</source>
            <translation>Action not done</translation>
        </message>
        <message>
            <source>Запись закрыта для изменений</source>
            <translation>The record is closed for changes</translation>
        </message>
        <message>
            <source>Не найдено</source>
            <translation>Not found</translation>
        </message>
        <message>
            <source>Не удалось сохранить: нет связи с базой данных журнала. Введённое значение не записано — повторите, когда связь восстановится.</source>
            <translation>Could not save: no connection to the journal database. The value entered is not saved — repeat when the connection is back.</translation>
        </message>
        <message>
            <source>Неверные данные</source>
            <translation>Invalid data</translation>
        </message>
        <message>
            <source>Нет прав</source>
            <translation>Not permitted</translation>
        </message>
        <message>
            <source>Нет связи с базой данных</source>
            <translation>No connection to the database</translation>
        </message>
        <message>
            <source>Нужна причина исправления</source>
            <translation>A reason for the correction is needed</translation>
        </message>
        <message>
            <source>Ошибка базы данных</source>
            <translation>Database error</translation>
        </message>
        <message>
            <source>Подпись не выполнена</source>
            <translation>Signing failed</translation>
        </message>
        <message>
            <source>Файл не прочитан</source>
            <translation>File not read</translation>
        </message>
    </context>
    <context>
        <name>CellHistoryDialog</name>
        <message>
            <source>Закрыть</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Изменений этой клетки в журнале аудита нет.</source>
            <translation>The audit log has no changes of this cell.</translation>
        </message>
        <message>
            <source>История клетки</source>
            <translation>Cell history</translation>
        </message>
    </context>
    <context>
        <name>Certify</name>
        <message>
            <source>Внимание: учебный год ещё не закончился (последний день — %s).</source>
            <translation>Note: the school year has not ended yet (its last day is %s).</translation>
        </message>
        <message>
            <source>Журнал класса %s за %s учебный год не заверен: проверять нечего.</source>
            <translation>The journal of class %s for the school year %s is not certified: there is nothing to check.</translation>
        </message>
        <message>
            <source>Журнал класса %s за %s учебный год уже заверен (%s, %s).</source>
            <translation>The journal of class %s for the school year %s is already certified (%s, %s).</translation>
        </message>
        <message>
            <source>Заверить журнал класса %s за %s учебный год?</source>
            <translation>Certify the journal of class %s for the school year %s?</translation>
        </message>
        <message>
            <source>Исправить запись сможет только администратор ЭЖ с указанием причины; такое исправление и любое изменение данных в обход программы покажет проверка журнала.</source>
            <translation>Only the e-journal administrator will be able to correct an entry, giving a reason; such a correction, and any change of data made outside the program, will show up in the journal check.</translation>
        </message>
        <message>
            <source>Класс %s относится к другому учебному году, не к %s.</source>
            <translation>Class %s belongs to another school year, not to %s.</translation>
        </message>
        <message>
            <source>Класс не найден.</source>
            <translation>Class not found.</translation>
        </message>
        <message>
            <source>Отменить заверение нельзя.</source>
            <translation>Certification cannot be undone.</translation>
        </message>
        <message>
            <source>После заверения весь %s учебный год класса %s станет только для чтения: текущие отметки, посещаемость, темы уроков и домашние задания, отметки за четверти (полугодия), годовые, экзаменационные и итоговые отметки всех предметов. Учителя и классный руководитель больше не смогут их менять.</source>
            <translation>After certification the whole %s school year of class %s becomes read-only: everyday marks, attendance, lesson topics and homework, quarter (half-year) marks, year, exam and final marks in all subjects. Teachers and the homeroom teacher will no longer be able to change them.</translation>
        </message>
        <message>
            <source>Учебный год не найден.</source>
            <translation>School year not found.</translation>
        </message>
        <message>
            <source>данные журнала (какие именно — не определить: запись о заверении в журнале аудита не найдена)</source>
            <translation>journal data (which ones cannot be told: the certification entry was not found in the audit log)</translation>
        </message>
        <message>
            <source>данные журнала (контрольная сумма не совпадает)</source>
            <translation>journal data (the checksum does not match)</translation>
        </message>
        <message>
            <source>замены уроков</source>
            <translation>lesson substitutions</translation>
        </message>
        <message>
            <source>отметки за четверти (полугодия), годовые, экзаменационные и итоговые</source>
            <translation>quarter (half-year), year, exam and final marks</translation>
        </message>
        <message>
            <source>посещаемость (пропуски уроков)</source>
            <translation>attendance (missed lessons)</translation>
        </message>
        <message>
            <source>причина: %s</source>
            <translation>reason: %s</translation>
        </message>
        <message>
            <source>сама запись о заверении (контрольная сумма изменена в базе данных)</source>
            <translation>the certification entry itself (its checksum was changed in the database)</translation>
        </message>
        <message>
            <source>список класса и движение учащихся (зачисление, выбытие, подгруппы)</source>
            <translation>class list and pupil movements (enrolment, leaving, subgroups)</translation>
        </message>
        <message>
            <source>текущие отметки</source>
            <translation>everyday marks</translation>
        </message>
        <message>
            <source>уроки: нагрузка, даты, темы, домашние задания</source>
            <translation>lessons: teaching load, dates, topics, homework</translation>
        </message>
    </context>
    <context>
        <name>ChangePasswordDialog</name>
        <message>
            <source>Вы вошли с временным паролем. Придумайте свой пароль: его будете знать только вы.</source>
            <translation>You logged in with a temporary password. Choose your own password: only you will know it.</translation>
        </message>
        <message>
            <source>Не короче %d символов и не совпадает с логином.</source>
            <translation>At least %d characters and not the same as the login.</translation>
        </message>
        <message>
            <source>Новый пароль и повтор не совпадают.</source>
            <translation>The new password and its repetition differ.</translation>
        </message>
        <message>
            <source>Новый пароль:</source>
            <translation>New password:</translation>
        </message>
        <message>
            <source>Отмена</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Повторите новый пароль:</source>
            <translation>Repeat the new password:</translation>
        </message>
        <message>
            <source>Смена пароля</source>
            <translation>Change password</translation>
        </message>
        <message>
            <source>Сменить пароль</source>
            <translation>Change password</translation>
        </message>
        <message>
            <source>Текущий пароль:</source>
            <translation>Current password:</translation>
        </message>
    </context>
    <context>
        <name>Check</name>
        <message>
            <source>%s со ссылкой на %s</source>
            <translation>%s referring to %s</translation>
        </message>
        <message>
            <source>%s: %s и %s с %s</source>
            <translation>%s: %s and %s since %s</translation>
        </message>
        <message>
            <source>, %d-й урок</source>
            <translation>, lesson %d</translation>
        </message>
        <message>
            <source>Домашние задания в 1-х классах и группах внеурочной деятельности</source>
            <translation>Homework in year 1 classes and extracurricular groups</translation>
        </message>
        <message>
            <source>Заверения журнала</source>
            <translation>Journal certifications</translation>
        </message>
        <message>
            <source>Замены</source>
            <translation>Substitutions</translation>
        </message>
        <message>
            <source>Записи движения учащихся</source>
            <translation>Pupil movement entries</translation>
        </message>
        <message>
            <source>Записи журнала аудита</source>
            <translation>Audit log entries</translation>
        </message>
        <message>
            <source>Записи посещаемости</source>
            <translation>Attendance entries</translation>
        </message>
        <message>
            <source>Записи посещаемости без записи в журнале аудита</source>
            <translation>Attendance entries without an audit log entry</translation>
        </message>
        <message>
            <source>Запросы на исправление</source>
            <translation>Correction requests</translation>
        </message>
        <message>
            <source>КТП</source>
            <translation>Lesson plans</translation>
        </message>
        <message>
            <source>Каникулы</source>
            <translation>Holidays</translation>
        </message>
        <message>
            <source>Классы</source>
            <translation>Classes</translation>
        </message>
        <message>
            <source>Нагрузка</source>
            <translation>Teaching load</translation>
        </message>
        <message>
            <source>Не удалось выполнить проверку «%s»: %s</source>
            <translation>Could not run the check «%s»: %s</translation>
        </message>
        <message>
            <source>Недопустимые значения отметок</source>
            <translation>Invalid mark values</translation>
        </message>
        <message>
            <source>Недопустимые значения отметок за период</source>
            <translation>Invalid period mark values</translation>
        </message>
        <message>
            <source>Недопустимые коды посещаемости</source>
            <translation>Invalid attendance codes</translation>
        </message>
        <message>
            <source>Отметки</source>
            <translation>Marks</translation>
        </message>
        <message>
            <source>Отметки без записи в журнале аудита</source>
            <translation>Marks without an audit log entry</translation>
        </message>
        <message>
            <source>Отметки в 1-х классах</source>
            <translation>Marks in year 1 classes</translation>
        </message>
        <message>
            <source>Отметки в группах внеурочной деятельности</source>
            <translation>Marks in extracurricular groups</translation>
        </message>
        <message>
            <source>Отметки за период</source>
            <translation>Period marks</translation>
        </message>
        <message>
            <source>Отметки за период без записи в журнале аудита</source>
            <translation>Period marks without an audit log entry</translation>
        </message>
        <message>
            <source>Отметки за период в 1-х классах и группах внеурочной деятельности</source>
            <translation>Period marks in year 1 classes and extracurricular groups</translation>
        </message>
        <message>
            <source>Отметки на уроках вне учебных периодов</source>
            <translation>Marks at lessons outside the school periods</translation>
        </message>
        <message>
            <source>Подгруппы</source>
            <translation>Subgroups</translation>
        </message>
        <message>
            <source>Роли пользователей</source>
            <translation>User roles</translation>
        </message>
        <message>
            <source>Связи «учащийся — родитель»</source>
            <translation>Pupil–parent links</translation>
        </message>
        <message>
            <source>Согласия на обработку данных</source>
            <translation>Consents to data processing</translation>
        </message>
        <message>
            <source>Сообщения</source>
            <translation>Messages</translation>
        </message>
        <message>
            <source>Составы подгрупп</source>
            <translation>Subgroup members</translation>
        </message>
        <message>
            <source>Строки таблицы %s</source>
            <translation>Rows of the table %s</translation>
        </message>
        <message>
            <source>Схема базы данных устарела: версия %d, нужна %d (выполните «ejournal migrate»).</source>
            <translation>The database schema is out of date: version %d, %d is needed (run «ejournal migrate»).</translation>
        </message>
        <message>
            <source>Темы КТП</source>
            <translation>Lesson plan topics</translation>
        </message>
        <message>
            <source>Уроки</source>
            <translation>Lessons</translation>
        </message>
        <message>
            <source>Уроки без записи в журнале аудита</source>
            <translation>Lessons without an audit log entry</translation>
        </message>
        <message>
            <source>Уроки в каникулы и праздничные дни</source>
            <translation>Lessons in holidays and on public holidays</translation>
        </message>
        <message>
            <source>Уроки вне учебных периодов</source>
            <translation>Lessons outside the school periods</translation>
        </message>
        <message>
            <source>Уроки не по расписанию (нет урока в расписании и нет замены)</source>
            <translation>Lessons not in the timetable (no timetabled lesson and no substitution)</translation>
        </message>
        <message>
            <source>Уроки расписания</source>
            <translation>Timetabled lessons</translation>
        </message>
        <message>
            <source>Учащиеся, числящиеся сразу в двух классах</source>
            <translation>Pupils on the roll of two classes at once</translation>
        </message>
        <message>
            <source>Учебные периоды</source>
            <translation>School periods</translation>
        </message>
        <message>
            <source>Файл базы данных повреждён (PRAGMA integrity_check), ошибок: %s (%s). Восстановите журнал из резервной копии.</source>
            <translation>The database file is damaged (PRAGMA integrity_check), errors: %s (%s). Restore the journal from a backup.</translation>
        </message>
        <message>
            <source>движение учащихся</source>
            <translation>pupil movements</translation>
        </message>
        <message>
            <source>журнал аудита</source>
            <translation>audit log</translation>
        </message>
        <message>
            <source>значения отметок</source>
            <translation>mark values</translation>
        </message>
        <message>
            <source>не менее %d</source>
            <translation>at least %d</translation>
        </message>
        <message>
            <source>несуществующего пользователя</source>
            <translation>a missing user</translation>
        </message>
        <message>
            <source>несуществующего родителя</source>
            <translation>a missing parent</translation>
        </message>
        <message>
            <source>несуществующего учащегося</source>
            <translation>a missing pupil</translation>
        </message>
        <message>
            <source>несуществующий КТП</source>
            <translation>a missing lesson plan</translation>
        </message>
        <message>
            <source>несуществующий вид работы</source>
            <translation>a missing kind of work</translation>
        </message>
        <message>
            <source>несуществующий класс</source>
            <translation>a missing class</translation>
        </message>
        <message>
            <source>несуществующий период</source>
            <translation>a missing period</translation>
        </message>
        <message>
            <source>несуществующий предмет</source>
            <translation>a missing subject</translation>
        </message>
        <message>
            <source>несуществующий урок</source>
            <translation>a missing lesson</translation>
        </message>
        <message>
            <source>несуществующий учебный год</source>
            <translation>a missing school year</translation>
        </message>
        <message>
            <source>несуществующую нагрузку</source>
            <translation>a missing teaching load entry</translation>
        </message>
        <message>
            <source>несуществующую отметку за период</source>
            <translation>a missing period mark</translation>
        </message>
        <message>
            <source>несуществующую подгруппу</source>
            <translation>a missing subgroup</translation>
        </message>
        <message>
            <source>несуществующую строку таблицы %s</source>
            <translation>a missing row of the table %s</translation>
        </message>
        <message>
            <source>несуществующую тему КТП</source>
            <translation>a missing lesson plan topic</translation>
        </message>
        <message>
            <source>отметки в 1-х классах и группах</source>
            <translation>marks in year 1 classes and groups</translation>
        </message>
        <message>
            <source>подсчёт записей</source>
            <translation>counting records</translation>
        </message>
        <message>
            <source>список классов</source>
            <translation>class list</translation>
        </message>
        <message>
            <source>ссылки между таблицами</source>
            <translation>links between tables</translation>
        </message>
        <message>
            <source>уроки вне периодов</source>
            <translation>lessons outside periods</translation>
        </message>
        <message>
            <source>уроки не по расписанию</source>
            <translation>lessons not in the timetable</translation>
        </message>
        <message>
            <source>учащийся № %d</source>
            <translation>pupil no. %d</translation>
        </message>
        <message>
            <source>целостность файла</source>
            <translation>file integrity</translation>
        </message>
        <message>
            <source>№ %d</source>
            <translation>no. %d</translation>
        </message>
    </context>
    <context>
        <name>ClassDialog</name>
        <message>
            <source>А</source>
            <translation>A</translation>
        </message>
        <message>
            <source>Буква:</source>
            <translation>Letter:</translation>
        </message>
        <message>
            <source>Классный руководитель:</source>
            <translation>Homeroom teacher:</translation>
        </message>
        <message>
            <source>Название:</source>
            <translation>Name:</translation>
        </message>
        <message>
            <source>Параллель:</source>
            <translation>Year group:</translation>
        </message>
        <message>
            <source>Профиль:</source>
            <translation>Specialism:</translation>
        </message>
        <message>
            <source>Руководитель:</source>
            <translation>Homeroom teacher:</translation>
        </message>
        <message>
            <source>Смена:</source>
            <translation>Shift:</translation>
        </message>
        <message>
            <source>вторая</source>
            <translation>second</translation>
        </message>
        <message>
            <source>первая</source>
            <translation>first</translation>
        </message>
        <message>
            <source>— не назначен —</source>
            <translation>— not assigned —</translation>
        </message>
    </context>
    <context>
        <name>ComposeDialog</name>
        <message>
            <source>Всем с ролью:</source>
            <translation>Everyone with the role:</translation>
        </message>
        <message>
            <source>Всем сотрудникам</source>
            <translation>All staff</translation>
        </message>
        <message>
            <source>Новое сообщение</source>
            <translation>New message</translation>
        </message>
        <message>
            <source>Отмена</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Отправить</source>
            <translation>Send</translation>
        </message>
        <message>
            <source>Сотруднику:</source>
            <translation>To a staff member:</translation>
        </message>
        <message>
            <source>Текст сообщения</source>
            <translation>Message text</translation>
        </message>
        <message>
            <source>Тема:</source>
            <translation>Subject:</translation>
        </message>
    </context>
    <context>
        <name>ConflictDialog</name>
        <message>
            <source>Вы вводили: «%s»</source>
            <translation>You entered: «%s»</translation>
        </message>
        <message>
            <source>Записать ваше значение поверх нового (с записью в аудит)</source>
            <translation>Write your value over the new one (recorded in the audit log)</translation>
        </message>
        <message>
            <source>Какое значение оставить?</source>
            <translation>Which value should stay?</translation>
        </message>
        <message>
            <source>Оставить их</source>
            <translation>Keep theirs</translation>
        </message>
        <message>
            <source>Оставить моё</source>
            <translation>Keep mine</translation>
        </message>
        <message>
            <source>Оставить то, что уже записано, и показать это в журнале</source>
            <translation>Keep what is already saved and show it in the journal</translation>
        </message>
        <message>
            <source>Пока вы вводили значение, эту ячейку изменил другой пользователь. Ничего не перезаписано.</source>
            <translation>While you were entering a value, another user changed this cell. Nothing was overwritten.</translation>
        </message>
        <message>
            <source>Сейчас в ячейке: «%s»</source>
            <translation>Now in the cell: «%s»</translation>
        </message>
        <message>
            <source>Ячейку изменил другой пользователь</source>
            <translation>Another user changed the cell</translation>
        </message>
        <message>
            <source>пусто</source>
            <translation>empty</translation>
        </message>
    </context>
    <context>
        <name>ContactLog</name>
        <message>
            <source>Вид</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Дата</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Дата «по» раньше даты «с».</source>
            <translation>The «to» date is before the «from» date.</translation>
        </message>
        <message>
            <source>Добавить запись…</source>
            <translation>Add an entry…</translation>
        </message>
        <message>
            <source>Записал(а)</source>
            <translation>Recorded by</translation>
        </message>
        <message>
            <source>Записей: %d; семей: %d</source>
            <translation>Entries: %d; families: %d</translation>
        </message>
        <message>
            <source>Родитель</source>
            <translation>Parent</translation>
        </message>
        <message>
            <source>С:</source>
            <translation>From:</translation>
        </message>
        <message>
            <source>Тема и содержание</source>
            <translation>Subject and details</translation>
        </message>
        <message>
            <source>Учащийся</source>
            <translation>Pupil</translation>
        </message>
        <message>
            <source>Учащийся:</source>
            <translation>Pupil:</translation>
        </message>
        <message>
            <source>все учащиеся</source>
            <translation>all pupils</translation>
        </message>
        <message>
            <source>по:</source>
            <translation>to:</translation>
        </message>
    </context>
    <context>
        <name>Contacts</name>
        <message>
            <source>SMS</source>
            <translation>Text message</translation>
        </message>
        <message>
            <source>Дата контакта %s ещё не наступила.</source>
            <translation>The contact date %s has not come yet.</translation>
        </message>
        <message>
            <source>Запись длиннее %d символов.</source>
            <translation>The note is longer than %d characters.</translation>
        </message>
        <message>
            <source>Коротко запишите, о чём был разговор.</source>
            <translation>Briefly write down what the conversation was about.</translation>
        </message>
        <message>
            <source>Неизвестный вид документа «%s».</source>
            <translation>Unknown kind of document «%s».</translation>
        </message>
        <message>
            <source>Неизвестный вид контакта «%s».</source>
            <translation>Unknown kind of contact «%s».</translation>
        </message>
        <message>
            <source>Тема длиннее %d символов.</source>
            <translation>The subject is longer than %d characters.</translation>
        </message>
        <message>
            <source>Укажите дату контакта.</source>
            <translation>Give the date of the contact.</translation>
        </message>
        <message>
            <source>Укажите, что было передано родителям.</source>
            <translation>Say what was handed to the parents.</translation>
        </message>
        <message>
            <source>Учащийся не найден.</source>
            <translation>Pupil not found.</translation>
        </message>
        <message>
            <source>Этот родитель не указан в карточке учащегося.</source>
            <translation>This parent is not listed in the pupil's record.</translation>
        </message>
        <message>
            <source>встреча</source>
            <translation>meeting</translation>
        </message>
        <message>
            <source>другое</source>
            <translation>other</translation>
        </message>
        <message>
            <source>записка / электронное письмо</source>
            <translation>note / e-mail</translation>
        </message>
        <message>
            <source>информационное письмо</source>
            <translation>information letter</translation>
        </message>
        <message>
            <source>отчёт-дневник</source>
            <translation>diary report</translation>
        </message>
        <message>
            <source>семья</source>
            <translation>family</translation>
        </message>
        <message>
            <source>телефонный разговор</source>
            <translation>phone call</translation>
        </message>
    </context>
    <context>
        <name>CopyDialog</name>
        <message>
            <source>Архив учебного года (*.zip)</source>
            <translation>School year archive (*.zip)</translation>
        </message>
        <message>
            <source>Выбрать…</source>
            <translation>Choose…</translation>
        </message>
        <message>
            <source>Где хранится:</source>
            <translation>Storage place:</translation>
        </message>
        <message>
            <source>Носитель:</source>
            <translation>Medium:</translation>
        </message>
        <message>
            <source>Примечание:</source>
            <translation>Note:</translation>
        </message>
        <message>
            <source>Файл копии архива</source>
            <translation>Archive copy file</translation>
        </message>
        <message>
            <source>Файл копии:</source>
            <translation>Copy file:</translation>
        </message>
        <message>
            <source>внешний диск, USB-накопитель, DVD-R…</source>
            <translation>external drive, USB flash drive, DVD-R…</translation>
        </message>
        <message>
            <source>кабинет директора, сейф</source>
            <translation>head teacher's office, safe</translation>
        </message>
    </context>
    <context>
        <name>CorrectionRequestDialog</name>
        <message>
            <source>&lt;b&gt;%s&lt;/b&gt;&lt;br&gt;Сейчас в ячейке: «%s»</source>
            <translation>&lt;b&gt;%s&lt;/b&gt;&lt;br&gt;Now in the cell: «%s»</translation>
        </message>
        <message>
            <source>Запрос на исправление</source>
            <translation>Correction request</translation>
        </message>
        <message>
            <source>Запрос получат заместитель директора по УВР и администратор ЭЖ. Исправление вносит администратор ЭЖ.</source>
            <translation>The request goes to the deputy head and the e-journal administrator. The administrator makes the correction.</translation>
        </message>
        <message>
            <source>Нужно:</source>
            <translation>Should be:</translation>
        </message>
        <message>
            <source>Отмена</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Отправить</source>
            <translation>Send</translation>
        </message>
        <message>
            <source>Почему нужно исправить (обязательно)</source>
            <translation>Why it must be corrected (required)</translation>
        </message>
        <message>
            <source>Причина:</source>
            <translation>Reason:</translation>
        </message>
        <message>
            <source>например: 5 4 или н</source>
            <translation>for example: 5 4 or н</translation>
        </message>
        <message>
            <source>пусто</source>
            <translation>empty</translation>
        </message>
    </context>
    <context>
        <name>Corrections</name>
        <message>
            <source>%s одобряет исправление (%s): «%s». Внесите его в журнал: «Запросы на исправление» → «Применить».</source>
            <translation>%s approves the correction (%s): «%s». Make it in the journal: «Correction requests» → «Apply».</translation>
        </message>
        <message>
            <source>%s просит исправить ячейку: %s, учащийся %s.
Сейчас: «%s». Нужно: «%s».
Причина: %s
Рассмотрите запрос в журнале: «Запросы на исправление».</source>
            <translation>%s asks to correct a cell: %s, pupil %s.
Now: «%s». Should be: «%s».
Reason: %s
Decide on the request in the journal: «Correction requests».</translation>
        </message>
        <message>
            <source>%s, %s, %d-й урок</source>
            <translation>%s, %s, lesson %d</translation>
        </message>
        <message>
            <source>%s, %s, %s, %d-й урок</source>
            <translation>%s, %s, %s, lesson %d</translation>
        </message>
        <message>
            <source>В %s отметки не выставляются: ведётся только посещаемость и темы.</source>
            <translation>No marks are given in %s: only attendance and topics are kept.</translation>
        </message>
        <message>
            <source>В ячейку (%s) внесено «%s».</source>
            <translation>«%s» was entered in the cell (%s).</translation>
        </message>
        <message>
            <source>Ваш запрос (%s) одобрен; исправление внесёт администратор ЭЖ.</source>
            <translation>Your request (%s) is approved; the e-journal administrator will make the correction.</translation>
        </message>
        <message>
            <source>Ваш запрос на исправление (%s, %s) отклонён: %s</source>
            <translation>Your correction request (%s, %s) is refused: %s</translation>
        </message>
        <message>
            <source>Дата %s вне учебного года.</source>
            <translation>The date %s is outside the school year.</translation>
        </message>
        <message>
            <source>Дата %s не входит ни в один учебный период.</source>
            <translation>The date %s is not in any school period.</translation>
        </message>
        <message>
            <source>Запрос на исправление №%d</source>
            <translation>Correction request No. %d</translation>
        </message>
        <message>
            <source>Запрос на исправление №%d не найден.</source>
            <translation>Correction request No. %d not found.</translation>
        </message>
        <message>
            <source>Запрос №%d одобрен</source>
            <translation>Request No. %d approved</translation>
        </message>
        <message>
            <source>Запрос №%d отклонён</source>
            <translation>Request No. %d refused</translation>
        </message>
        <message>
            <source>Запрос №%d только что рассмотрел другой пользователь. Обновите список.</source>
            <translation>Request No. %d has just been decided by another user. Refresh the list.</translation>
        </message>
        <message>
            <source>Запрос №%d уже одобрен: его применит администратор ЭЖ.</source>
            <translation>Request No. %d is already approved: the e-journal administrator will apply it.</translation>
        </message>
        <message>
            <source>Запрос №%d уже рассмотрен: %s.</source>
            <translation>Request No. %d has already been decided: %s.</translation>
        </message>
        <message>
            <source>Исправление по запросу №%d внесено</source>
            <translation>Correction on request No. %d made</translation>
        </message>
        <message>
            <source>Одобрен запрос на исправление №%d</source>
            <translation>Correction request No. %d approved</translation>
        </message>
        <message>
            <source>По этой ячейке уже есть нерассмотренный запрос №%d.</source>
            <translation>There is already an undecided request No. %d for this cell.</translation>
        </message>
        <message>
            <source>Укажите причину исправления: без неё запрос не отправляется.</source>
            <translation>Give the reason for the correction: the request is not sent without it.</translation>
        </message>
        <message>
            <source>Укажите, почему запрос отклонён.</source>
            <translation>Say why the request is refused.</translation>
        </message>
        <message>
            <source>Урок %s ещё не проведён.</source>
            <translation>The lesson %s has not taken place yet.</translation>
        </message>
        <message>
            <source>Урок %s не закрыт для изменений: исправьте ячейку сами.</source>
            <translation>The lesson %s is not closed for changes: correct the cell yourself.</translation>
        </message>
        <message>
            <source>исправление внесено</source>
            <translation>correction made</translation>
        </message>
        <message>
            <source>одобрен, ждёт администратора</source>
            <translation>approved, waiting for the administrator</translation>
        </message>
        <message>
            <source>ожидает рассмотрения</source>
            <translation>waiting for a decision</translation>
        </message>
        <message>
            <source>отклонён</source>
            <translation>refused</translation>
        </message>
        <message>
            <source>по запросу №%d: %s</source>
            <translation>on request No. %d: %s</translation>
        </message>
        <message>
            <source>пусто</source>
            <translation>empty</translation>
        </message>
    </context>
    <context>
        <name>CorrectionsDialog</name>
        <message>
            <source>%s, %s, %s, %d-й</source>
            <translation>%s, %s, %s, no. %d</translation>
        </message>
        <message>
            <source>Внести нужное значение в журнал (исправление администратора ЭЖ)</source>
            <translation>Enter the value in the journal (a correction by the e-journal administrator)</translation>
        </message>
        <message>
            <source>Закрыть</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Запросов нет.</source>
            <translation>No requests.</translation>
        </message>
        <message>
            <source>Запросы на исправление</source>
            <translation>Correction requests</translation>
        </message>
        <message>
            <source>Мои запросы на исправление</source>
            <translation>My correction requests</translation>
        </message>
        <message>
            <source>Нужно</source>
            <translation>Should be</translation>
        </message>
        <message>
            <source>Обновить</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <source>Одобрить</source>
            <translation>Approve</translation>
        </message>
        <message>
            <source>Одобрить: исправление внесёт администратор ЭЖ</source>
            <translation>Approve: the e-journal administrator will make the correction</translation>
        </message>
        <message>
            <source>Ответ (%s): %s</source>
            <translation>Answer (%s): %s</translation>
        </message>
        <message>
            <source>Отклонить</source>
            <translation>Decline</translation>
        </message>
        <message>
            <source>Отклонить запрос №%d</source>
            <translation>Decline request No. %d</translation>
        </message>
        <message>
            <source>Отклонить…</source>
            <translation>Decline…</translation>
        </message>
        <message>
            <source>Отмена</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Поступил</source>
            <translation>Received</translation>
        </message>
        <message>
            <source>Почему запрос отклонён (это увидит учитель):</source>
            <translation>Why the request is declined (the teacher will see this):</translation>
        </message>
        <message>
            <source>Применить</source>
            <translation>Apply</translation>
        </message>
        <message>
            <source>Причина: %s</source>
            <translation>Reason: %s</translation>
        </message>
        <message>
            <source>Сейчас</source>
            <translation>Now</translation>
        </message>
        <message>
            <source>Состояние</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Урок</source>
            <translation>Lesson</translation>
        </message>
        <message>
            <source>Учащийся</source>
            <translation>Pupil</translation>
        </message>
        <message>
            <source>Учитель</source>
            <translation>Teacher</translation>
        </message>
        <message>
            <source>пусто</source>
            <translation>empty</translation>
        </message>
        <message>
            <source>№</source>
            <translation>No.</translation>
        </message>
    </context>
    <context>
        <name>Domain</name>
        <message>
            <source>«%s» (%s) и «%s» (%s) пересекаются.</source>
            <translation>«%s» (%s) and «%s» (%s) overlap.</translation>
        </message>
        <message>
            <source>В клетке может быть только один код посещаемости (%s).</source>
            <translation>A cell may hold only one attendance code (%s).</translation>
        </message>
        <message>
            <source>В одной клетке может быть не больше %d отметок (введено %d).</source>
            <translation>One cell may hold at most %d marks (%d entered).</translation>
        </message>
        <message>
            <source>Вес отметки должен быть больше нуля (указан вес %s).</source>
            <translation>The weight of a mark must be greater than zero (the weight given is %s).</translation>
        </message>
        <message>
            <source>Дата окончания раньше даты начала.</source>
            <translation>The end date is before the start date.</translation>
        </message>
        <message>
            <source>День недели должен быть от 1 (понедельник) до 7 (воскресенье), указано %s.</source>
            <translation>The day of the week must be from 1 (Monday) to 7 (Sunday); %s was given.</translation>
        </message>
        <message>
            <source>Дробных отметок не бывает: несколько отметок разделяйте пробелом, запятой или «/».</source>
            <translation>There are no fractional marks: separate several marks with a space, a comma or «/».</translation>
        </message>
        <message>
            <source>Знак «%s» должен стоять сразу после отметки.</source>
            <translation>The sign «%s» must come right after a mark.</translation>
        </message>
        <message>
            <source>Код «%s» не распознан: коды посещаемости — %s, их вводят русскими буквами.</source>
            <translation>The code «%s» is not recognised: the attendance codes are %s, typed in Russian (Cyrillic) letters.</translation>
        </message>
        <message>
            <source>Код «%s» не распознан: коды посещаемости — %s.</source>
            <translation>The code «%s» is not recognised: the attendance codes are %s.</translation>
        </message>
        <message>
            <source>Код посещаемости не указан.</source>
            <translation>No attendance code given.</translation>
        </message>
        <message>
            <source>Наименьшая отметка шкалы должна быть от %d до %d (указано %d).</source>
            <translation>The lowest mark of the scale must be from %d to %d (%d given).</translation>
        </message>
        <message>
            <source>Не удалось прочитать число «%r».</source>
            <translation>Cannot read the number «%r».</translation>
        </message>
        <message>
            <source>Не удалось прочитать число «%s».</source>
            <translation>Cannot read the number «%s».</translation>
        </message>
        <message>
            <source>Не число: «%s».</source>
            <translation>Not a number: «%s».</translation>
        </message>
        <message>
            <source>Отметка «%s» не соответствует значению %s.</source>
            <translation>The mark «%s» does not match the value %s.</translation>
        </message>
        <message>
            <source>Отметка «%s» недопустима: введите цифру от %d до %d.</source>
            <translation>The mark «%s» is not allowed: enter a digit from %d to %d.</translation>
        </message>
        <message>
            <source>Отметка «%s» недопустима: допустимы отметки от %d до %d.</source>
            <translation>The mark «%s» is not allowed: marks from %d to %d are allowed.</translation>
        </message>
        <message>
            <source>Отметка «%s» недопустима: дробных отметок не бывает, допустимы отметки от %d до %d.</source>
            <translation>The mark «%s» is not allowed: there are no fractional marks; marks from %d to %d are allowed.</translation>
        </message>
        <message>
            <source>Отметка за период «%s» не соответствует значению %s.</source>
            <translation>The period mark «%s» does not match the value %s.</translation>
        </message>
        <message>
            <source>Отметка за период «%s» недопустима: допустимы 2, 3, 4, 5, «н/а», «зач», «незач» и «осв».</source>
            <translation>The period mark «%s» is not allowed: 2, 3, 4, 5, «н/а», «зач», «незач» and «осв» are allowed.</translation>
        </message>
        <message>
            <source>Отметка за период «%s» недопустима: отметки с «+» и «−» за период не ставятся.</source>
            <translation>The period mark «%s» is not allowed: period marks are given without «+» and «−».</translation>
        </message>
        <message>
            <source>Отметка за период не указана.</source>
            <translation>No period mark given.</translation>
        </message>
        <message>
            <source>Отметка не указана.</source>
            <translation>No mark given.</translation>
        </message>
        <message>
            <source>Отметки «%s» не бывает: %d — высшая отметка.</source>
            <translation>There is no mark «%s»: %d is the highest mark.</translation>
        </message>
        <message>
            <source>Отметки «%s» не бывает: %d — наименьшая отметка.</source>
            <translation>There is no mark «%s»: %d is the lowest mark.</translation>
        </message>
        <message>
            <source>Отметки с «+» и «−» в этой школе не используются.</source>
            <translation>This school does not use marks with «+» and «−».</translation>
        </message>
        <message>
            <source>Порог для отметки %d должен быть больше %d и меньше %d (указано %s).</source>
            <translation>The threshold for the mark %d must be greater than %d and less than %d (%s given).</translation>
        </message>
        <message>
            <source>Порог округления должен быть больше 0 и меньше 1 (указано %s).</source>
            <translation>The rounding threshold must be greater than 0 and less than 1 (%s given).</translation>
        </message>
        <message>
            <source>Порог округления должен быть числом (указано «%r»).</source>
            <translation>The rounding threshold must be a number («%r» given).</translation>
        </message>
        <message>
            <source>Порог округления должен быть числом (указано «%s»).</source>
            <translation>The rounding threshold must be a number («%s» given).</translation>
        </message>
        <message>
            <source>Правило округления должно задавать пороги для отметок 5, 4 и 3 (именно в этом порядке).</source>
            <translation>The rounding rule must give thresholds for the marks 5, 4 and 3 (in exactly this order).</translation>
        </message>
        <message>
            <source>Правило округления записано неверно.</source>
            <translation>The rounding rule is written incorrectly.</translation>
        </message>
        <message>
            <source>Символ «%s» недопустим: в клетку вводят отметки от %d до %d и коды посещаемости %s.</source>
            <translation>The character «%s» is not allowed: a cell takes marks from %d to %d and the attendance codes %s.</translation>
        </message>
        <message>
            <source>Учебная неделя бывает пятидневной или шестидневной, указано %s.</source>
            <translation>A school week has five or six days; %s was given.</translation>
        </message>
        <message>
            <source>Число %s нельзя записать словами: допустимо от 0 до 9999.</source>
            <translation>The number %s cannot be written in words: from 0 to 9999 is allowed.</translation>
        </message>
    </context>
    <context>
        <name>ErrorDialog</name>
        <message>
            <source>В программе произошла непредвиденная ошибка. Введённые и сохранённые данные журнала не потеряны; последнее действие могло не выполниться.</source>
            <translation>An unexpected error occurred in the program. The journal data entered and saved is not lost; the last action may not have been done.</translation>
        </message>
        <message>
            <source>Копировать подробности</source>
            <translation>Copy details</translation>
        </message>
        <message>
            <source>Непредвиденная ошибка</source>
            <translation>Unexpected error</translation>
        </message>
        <message>
            <source>Подробности записаны в журнал работы программы:
%s

Сообщите об ошибке администратору ЭЖ: нажмите «Копировать подробности» и вставьте их в письмо.</source>
            <translation>The details are written to the program log:
%s

Report the error to the e-journal administrator: press «Copy details» and paste them into an e-mail.</translation>
        </message>
        <message>
            <source>Скопировано</source>
            <translation>Copied</translation>
        </message>
    </context>
    <context>
        <name>ExchangePanel</name>
        <message>
            <source>Выгрузить в Excel</source>
            <translation>Export to Excel</translation>
        </message>
        <message>
            <source>Выгрузить в Excel…</source>
            <translation>Export to Excel…</translation>
        </message>
        <message>
            <source>Выгрузка</source>
            <translation>Export</translation>
        </message>
        <message>
            <source>Загрузить из Excel…</source>
            <translation>Import from Excel…</translation>
        </message>
        <message>
            <source>Загрузка сначала показывает, что будет добавлено, изменено и что отклонено (с номерами строк и причинами); применяется всё или ничего. Выгруженный файл можно исправить и загрузить обратно.</source>
            <translation>An import first shows what will be added, changed and rejected (with row numbers and reasons); it is applied all or nothing. An exported file can be corrected and imported back.</translation>
        </message>
        <message>
            <source>Записано строк: %1 — %2</source>
            <translation>Rows written: %1 — %2</translation>
        </message>
        <message>
            <source>КТП (тематическое планирование)</source>
            <translation>Lesson plans (schemes of work)</translation>
        </message>
        <message>
            <source>Книга Excel (*.xlsx)</source>
            <translation>Excel workbook (*.xlsx)</translation>
        </message>
        <message>
            <source>Расписание</source>
            <translation>Timetable</translation>
        </message>
        <message>
            <source>Сотрудники</source>
            <translation>Staff</translation>
        </message>
        <message>
            <source>Учащиеся (списки классов)</source>
            <translation>Pupils (class lists)</translation>
        </message>
    </context>
    <context>
        <name>FormDialog</name>
        <message>
            <source>Отмена</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Сохранить</source>
            <translation>Save</translation>
        </message>
    </context>
    <context>
        <name>HelpWindow</name>
        <message>
            <source>Руководство не найдено: %s</source>
            <translation>Guide not found: %s</translation>
        </message>
        <message>
            <source>Руководство:</source>
            <translation>Guide:</translation>
        </message>
        <message>
            <source>Справка — ЭЖ-Десктоп</source>
            <translation>Help — EJ Desktop</translation>
        </message>
    </context>
    <context>
        <name>HolidayDialog</name>
        <message>
            <source>Название:</source>
            <translation>Name:</translation>
        </message>
        <message>
            <source>Начало:</source>
            <translation>Start:</translation>
        </message>
        <message>
            <source>Окончание:</source>
            <translation>End:</translation>
        </message>
        <message>
            <source>Осенние каникулы</source>
            <translation>Autumn holidays</translation>
        </message>
    </context>
    <context>
        <name>HomeroomTab</name>
        <message>
            <source>«Без учёта посещаемости» — записанные уроки без единого пропуска и без единой отметки (журнал не хранит «все присутствовали»). «Без отметок» — учащиеся без отметок за последние %d уроков предмета. «Не заполнено» — уроки по расписанию до вчерашнего дня без записей.</source>
            <translation>«No attendance taken» means recorded lessons with not a single absence and not a single mark (the journal does not store «all present»). «No marks» means pupils with no marks in the last %d lessons of the subject. «Not filled in» means timetabled lessons up to yesterday with no entries.</translation>
        </message>
        <message>
            <source>Без
д/з</source>
            <translation>No
homework</translation>
        </message>
        <message>
            <source>Без
отметок</source>
            <translation>No
marks</translation>
        </message>
        <message>
            <source>Без
темы</source>
            <translation>No
topic</translation>
        </message>
        <message>
            <source>Без отметок за
последние уроки</source>
            <translation>No marks in
last lessons</translation>
        </message>
        <message>
            <source>Без учёта
посещаемости</source>
            <translation>No attendance
taken</translation>
        </message>
        <message>
            <source>Выгрузить SMS…</source>
            <translation>Export text messages…</translation>
        </message>
        <message>
            <source>Записано</source>
            <translation>Recorded</translation>
        </message>
        <message>
            <source>Кем</source>
            <translation>By</translation>
        </message>
        <message>
            <source>Класс:</source>
            <translation>Class:</translation>
        </message>
        <message>
            <source>Любой день недели: берётся неделя с понедельника по воскресенье</source>
            <translation>Any day of the week: the week from Monday to Sunday is taken</translation>
        </message>
        <message>
            <source>Не
заполнено</source>
            <translation>Not
filled in</translation>
        </message>
        <message>
            <source>Неделя</source>
            <translation>Week</translation>
        </message>
        <message>
            <source>Неделя %s не подтверждена.</source>
            <translation>Week %s is not confirmed.</translation>
        </message>
        <message>
            <source>Неделя ещё идёт: показано по %s.</source>
            <translation>The week is still in progress: shown up to %s.</translation>
        </message>
        <message>
            <source>Неделя:</source>
            <translation>Week:</translation>
        </message>
        <message>
            <source>Нет класса, который вы можете проверять.</source>
            <translation>There is no class that you can check.</translation>
        </message>
        <message>
            <source>Открытых
запросов</source>
            <translation>Open
requests</translation>
        </message>
        <message>
            <source>Переписка с родителями</source>
            <translation>Contact log with parents</translation>
        </message>
        <message>
            <source>По
расписанию</source>
            <translation>Per
timetable</translation>
        </message>
        <message>
            <source>Подтвердить заново</source>
            <translation>Confirm again</translation>
        </message>
        <message>
            <source>Подтвердить проверку</source>
            <translation>Confirm the check</translation>
        </message>
        <message>
            <source>Подтверждена</source>
            <translation>Confirmed</translation>
        </message>
        <message>
            <source>Подтверждённые недели</source>
            <translation>Confirmed weeks</translation>
        </message>
        <message>
            <source>Предмет</source>
            <translation>Subject</translation>
        </message>
        <message>
            <source>Предыдущая неделя</source>
            <translation>Previous week</translation>
        </message>
        <message>
            <source>Примечание</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Примечание к проверке (необязательно)</source>
            <translation>Note on the check (optional)</translation>
        </message>
        <message>
            <source>Примечание: %s</source>
            <translation>Note: %s</translation>
        </message>
        <message>
            <source>Проверка недели</source>
            <translation>Week check</translation>
        </message>
        <message>
            <source>Проверка подтверждена %s в %s (%s).</source>
            <translation>Check confirmed on %s at %s (%s).</translation>
        </message>
        <message>
            <source>Проверку уже подтвердили</source>
            <translation>The check has already been confirmed</translation>
        </message>
        <message>
            <source>Проверку этой недели показать нельзя.</source>
            <translation>This week's check cannot be shown.</translation>
        </message>
        <message>
            <source>Пропусков</source>
            <translation>Absences</translation>
        </message>
        <message>
            <source>Пропусков
(б / у)</source>
            <translation>Absences
(б / у)</translation>
        </message>
        <message>
            <source>Следующая неделя</source>
            <translation>Next week</translation>
        </message>
        <message>
            <source>Учитель</source>
            <translation>Teacher</translation>
        </message>
    </context>
    <context>
        <name>Import</name>
        <message>
            <source> (%s, %d класс: не ваша нагрузка)</source>
            <translation> (%s, year %d: not your teaching load)</translation>
        </message>
        <message>
            <source> (класс %s)</source>
            <translation> (class %s)</translation>
        </message>
        <message>
            <source> (новый план)</source>
            <translation> (new plan)</translation>
        </message>
        <message>
            <source> или </source>
            <translation> or </translation>
        </message>
        <message>
            <source>%s: в школе %d-дневная учебная неделя</source>
            <translation>%s: the school has a %d-day week</translation>
        </message>
        <message>
            <source>(без фамилии)</source>
            <translation>(no surname)</translation>
        </message>
        <message>
            <source>; удалить тем КТП: %d, оставить (по ним уже проведены уроки): %d</source>
            <translation>; lesson plan topics to delete: %d, to keep (lessons already given on them): %d</translation>
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
            <translation>«%s» is longer than %d characters</translation>
        </message>
        <message>
            <source>«%s» — не дата</source>
            <translation>«%s» is not a date</translation>
        </message>
        <message>
            <source>«%s» — не дата (нужно ДД.ММ.ГГГГ)</source>
            <translation>«%s» is not a date (DD.MM.YYYY is needed)</translation>
        </message>
        <message>
            <source>«%s» — нет в файле: будет удалено</source>
            <translation>«%s» — not in the file: will be deleted</translation>
        </message>
        <message>
            <source>«%s» — нет в файле; оставлено: по теме уже проведён урок (%s)</source>
            <translation>«%s» — not in the file; kept: a lesson has already been given on this topic (%s)</translation>
        </message>
        <message>
            <source>«%s» — это папка, а не файл Excel.</source>
            <translation>«%s» is a folder, not an Excel file.</translation>
        </message>
        <message>
            <source>«%s»: «%s» — не похоже на имя</source>
            <translation>«%s»: «%s» does not look like a name</translation>
        </message>
        <message>
            <source>«%s»: нужно целое число</source>
            <translation>«%s»: a whole number is needed</translation>
        </message>
        <message>
            <source>«%s»: нужно целое число, а не %s</source>
            <translation>«%s»: a whole number is needed, not %s</translation>
        </message>
        <message>
            <source>«%s»: нужно целое число, а не «%s»</source>
            <translation>«%s»: a whole number is needed, not «%s»</translation>
        </message>
        <message>
            <source>В журнале нет ни одного учебного года: сначала создайте учебный год.</source>
            <translation>The journal has no school year: create a school year first.</translation>
        </message>
        <message>
            <source>В файле «%s» не найден лист «%s»: ни на одном листе нет строки заголовка с колонками %s. Листы в файле: %s.</source>
            <translation>The file «%s» has no sheet «%s»: no sheet has a header row with the columns %s. Sheets in the file: %s.</translation>
        </message>
        <message>
            <source>В файле «%s» нет ни одного листа.</source>
            <translation>The file «%s» has no sheets.</translation>
        </message>
        <message>
            <source>В файле больше %d строк: разделите его на части.</source>
            <translation>The file has more than %d rows: split it into parts.</translation>
        </message>
        <message>
            <source>Должность</source>
            <translation>Post</translation>
        </message>
        <message>
            <source>Если это CSV, откройте его в Excel и сохраните как .xlsx.</source>
            <translation>If it is a CSV file, open it in Excel and save it as .xlsx.</translation>
        </message>
        <message>
            <source>Зачисление</source>
            <translation>Enrolment</translation>
        </message>
        <message>
            <source>Зачисление (импорт из Excel)</source>
            <translation>Enrolment (import from Excel)</translation>
        </message>
        <message>
            <source>Импорт не выполнен: строк с ошибками — %d. Ничего не изменено; исправьте файл и повторите.</source>
            <translation>Import not done: rows with errors — %d. Nothing was changed; correct the file and try again.</translation>
        </message>
        <message>
            <source>Имя</source>
            <translation>First name</translation>
        </message>
        <message>
            <source>КТП: %s, %d класс</source>
            <translation>Lesson plan: %s, year %d</translation>
        </message>
        <message>
            <source>Кабинет</source>
            <translation>Room</translation>
        </message>
        <message>
            <source>Календарно-тематическое планирование, %s учебный год</source>
            <translation>Scheme of work, school year %s</translation>
        </message>
        <message>
            <source>Класс</source>
            <translation>Class</translation>
        </message>
        <message>
            <source>Класс «%s» не найден в учебном году %s (есть: %s).</source>
            <translation>Class «%s» not found in the school year %s (there are: %s).</translation>
        </message>
        <message>
            <source>Класс «%s» не найден в учебном году %s.</source>
            <translation>Class «%s» not found in the school year %s.</translation>
        </message>
        <message>
            <source>Логин</source>
            <translation>Login</translation>
        </message>
        <message>
            <source>На листе «%s» (строка заголовка %d) нет обязательной колонки %s. Нужны колонки: %s.</source>
            <translation>The sheet «%s» (header row %d) lacks the required column %s. The columns needed: %s.</translation>
        </message>
        <message>
            <source>На листе «%s» (строка заголовка %d) нет обязательных колонок %s. Нужны колонки: %s.</source>
            <translation>The sheet «%s» (header row %d) lacks the required columns %s. The columns needed: %s.</translation>
        </message>
        <message>
            <source>Не удалось прочитать файл «%s»: %s.</source>
            <translation>Cannot read the file «%s»: %s.</translation>
        </message>
        <message>
            <source>Неизвестный вид данных «%s».</source>
            <translation>Unknown kind of data «%s».</translation>
        </message>
        <message>
            <source>Нет доступа к файлу «%s» (возможно, он открыт в другой программе).</source>
            <translation>No access to the file «%s» (it may be open in another program).</translation>
        </message>
        <message>
            <source>Нет прав на действие «%s».</source>
            <translation>You have no right to «%s».</translation>
        </message>
        <message>
            <source>Отчество</source>
            <translation>Patronymic</translation>
        </message>
        <message>
            <source>Параллель</source>
            <translation>Year group</translation>
        </message>
        <message>
            <source>Подгруппа</source>
            <translation>Subgroup</translation>
        </message>
        <message>
            <source>Пол</source>
            <translation>Sex</translation>
        </message>
        <message>
            <source>Похоже, это веб-страница или XML, сохранённые с расширением .xlsx.</source>
            <translation>It looks like a web page or XML saved with the .xlsx extension.</translation>
        </message>
        <message>
            <source>Предмет</source>
            <translation>Subject</translation>
        </message>
        <message>
            <source>Приказ</source>
            <translation>Order</translation>
        </message>
        <message>
            <source>Раздел</source>
            <translation>Section</translation>
        </message>
        <message>
            <source>Расписание уроков, %s учебный год</source>
            <translation>Lesson timetable, school year %s</translation>
        </message>
        <message>
            <source>Роли</source>
            <translation>Roles</translation>
        </message>
        <message>
            <source>Сотрудники</source>
            <translation>Staff</translation>
        </message>
        <message>
            <source>Список учащихся, %s учебный год</source>
            <translation>Pupil list, school year %s</translation>
        </message>
        <message>
            <source>Телефон</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Тема</source>
            <translation>Topic</translation>
        </message>
        <message>
            <source>Урок №</source>
            <translation>Lesson no.</translation>
        </message>
        <message>
            <source>Учитель</source>
            <translation>Teacher</translation>
        </message>
        <message>
            <source>Файл «%s» не найден.</source>
            <translation>The file «%s» was not found.</translation>
        </message>
        <message>
            <source>Файл «%s» не является книгой Excel (.xlsx).</source>
            <translation>The file «%s» is not an Excel workbook (.xlsx).</translation>
        </message>
        <message>
            <source>Файл «%s» повреждён или не является книгой Excel (.xlsx). Откройте его в Excel и сохраните заново.</source>
            <translation>The file «%s» is damaged or is not an Excel workbook (.xlsx). Open it in Excel and save it again.</translation>
        </message>
        <message>
            <source>Файл «%s» повреждён: не удалось прочитать его содержимое. Откройте его в Excel и сохраните заново.</source>
            <translation>The file «%s» is damaged: its contents cannot be read. Open it in Excel and save it again.</translation>
        </message>
        <message>
            <source>Файл «%s» пуст.</source>
            <translation>The file «%s» is empty.</translation>
        </message>
        <message>
            <source>Файл «%s» слишком большой (больше 100 МБ).</source>
            <translation>The file «%s» is too large (over 100 MB).</translation>
        </message>
        <message>
            <source>Файл «%s» слишком большой после распаковки.</source>
            <translation>The file «%s» is too large once unpacked.</translation>
        </message>
        <message>
            <source>Файл «%s» — в старом формате Excel 97–2003 (.xls) или зашифрован паролем. Откройте его в Excel или LibreOffice и сохраните как «Книга Excel (.xlsx)» без пароля.</source>
            <translation>The file «%s» is in the old Excel 97–2003 format (.xls) or encrypted with a password. Open it in Excel or LibreOffice and save it as «Excel Workbook (.xlsx)» without a password.</translation>
        </message>
        <message>
            <source>Файл «%s» — документ Word, а не книга Excel (.xlsx).</source>
            <translation>The file «%s» is a Word document, not an Excel workbook (.xlsx).</translation>
        </message>
        <message>
            <source>Файл «%s» — таблица OpenDocument (.ods). Сохраните его как «Книга Excel (.xlsx)».</source>
            <translation>The file «%s» is an OpenDocument spreadsheet (.ods). Save it as «Excel Workbook (.xlsx)».</translation>
        </message>
        <message>
            <source>Фамилия</source>
            <translation>Surname</translation>
        </message>
        <message>
            <source>Часы</source>
            <translation>Hours</translation>
        </message>
        <message>
            <source>адрес электронной почты «%s» недопустим</source>
            <translation>the e-mail address «%s» is not valid</translation>
        </message>
        <message>
            <source>в журнале несколько сотрудников с таким ФИО (%s): укажите логин</source>
            <translation>the journal has several staff with this full name (%s): give the login</translation>
        </message>
        <message>
            <source>в нагрузке несколько строк «%s» в %s: укажите учителя и подгруппу</source>
            <translation>the teaching load has several rows «%s» in %s: give the teacher and the subgroup</translation>
        </message>
        <message>
            <source>в нагрузке нет предмета «%s» в %s%s: сначала внесите нагрузку</source>
            <translation>the teaching load has no subject «%s» in %s%s: enter the teaching load first</translation>
        </message>
        <message>
            <source>да</source>
            <translation>yes</translation>
        </message>
        <message>
            <source>дата</source>
            <translation>date</translation>
        </message>
        <message>
            <source>дата «действует с» %s вне учебного года %s</source>
            <translation>the «valid from» date %s is outside the school year %s</translation>
        </message>
        <message>
            <source>дата зачисления</source>
            <translation>enrolment date</translation>
        </message>
        <message>
            <source>дата зачисления %s вне учебного года %s</source>
            <translation>the enrolment date %s is outside the school year %s</translation>
        </message>
        <message>
            <source>дата по плану %s вне учебного года %s</source>
            <translation>the planned date %s is outside the school year %s</translation>
        </message>
        <message>
            <source>дата рождения</source>
            <translation>date of birth</translation>
        </message>
        <message>
            <source>дата рождения %s невозможна</source>
            <translation>the date of birth %s is impossible</translation>
        </message>
        <message>
            <source>даты «%s» не существует</source>
            <translation>the date «%s» does not exist</translation>
        </message>
        <message>
            <source>день недели «%s» не понят (пишите «понедельник», «вторник»…)</source>
            <translation>day of the week «%s» not understood (write it in Russian: «понедельник», «вторник»…)</translation>
        </message>
        <message>
            <source>добавить: %d, изменить: %d, без изменений: %d, отклонено строк: %d</source>
            <translation>add: %d, change: %d, unchanged: %d, rows rejected: %d</translation>
        </message>
        <message>
            <source>должность</source>
            <translation>post</translation>
        </message>
        <message>
            <source>зачисление</source>
            <translation>enrolment</translation>
        </message>
        <message>
            <source>импорт из Excel</source>
            <translation>import from Excel</translation>
        </message>
        <message>
            <source>импорт из Excel: темы нет в файле</source>
            <translation>import from Excel: the topic is not in the file</translation>
        </message>
        <message>
            <source>имя</source>
            <translation>first name</translation>
        </message>
        <message>
            <source>кабинет %s, с %s</source>
            <translation>room %s, from %s</translation>
        </message>
        <message>
            <source>кабинет: %s → %s с %s</source>
            <translation>room: %s → %s from %s</translation>
        </message>
        <message>
            <source>логин «%s» недопустим: латинские буквы, цифры, точка, дефис, от 2 символов</source>
            <translation>the login «%s» is not allowed: Latin letters, digits, dots and hyphens, at least 2 characters</translation>
        </message>
        <message>
            <source>логин «%s» повторяется в файле (строка %d)</source>
            <translation>the login «%s» appears twice in the file (row %d)</translation>
        </message>
        <message>
            <source>накладка: кабинет %s %s занят (%s, %s — по расписанию в журнале)</source>
            <translation>clash: room %s %s is taken (%s, %s — by the timetable in the journal)</translation>
        </message>
        <message>
            <source>накладка: кабинет %s %s занят (%s, строка %d)</source>
            <translation>clash: room %s %s is taken (%s, row %d)</translation>
        </message>
        <message>
            <source>накладка: у %s %s уже стоит «%s» (строка %d)</source>
            <translation>clash: %s %s already has «%s» (row %d)</translation>
        </message>
        <message>
            <source>накладка: учитель %s %s ведёт урок в %s (по расписанию в журнале)</source>
            <translation>clash: teacher %s %s teaches in %s (by the timetable in the journal)</translation>
        </message>
        <message>
            <source>накладка: учитель %s %s ведёт урок в %s (строка %d)</source>
            <translation>clash: teacher %s %s teaches in %s (row %d)</translation>
        </message>
        <message>
            <source>не указан день недели</source>
            <translation>no day of the week</translation>
        </message>
        <message>
            <source>не указан класс</source>
            <translation>no class</translation>
        </message>
        <message>
            <source>не указан номер урока</source>
            <translation>no lesson number</translation>
        </message>
        <message>
            <source>не указан номер урока (темы)</source>
            <translation>no lesson (topic) number</translation>
        </message>
        <message>
            <source>не указан предмет</source>
            <translation>no subject</translation>
        </message>
        <message>
            <source>не указан № личного дела</source>
            <translation>no admission number</translation>
        </message>
        <message>
            <source>не указана параллель</source>
            <translation>no year group</translation>
        </message>
        <message>
            <source>не указана тема</source>
            <translation>no topic</translation>
        </message>
        <message>
            <source>не указана фамилия</source>
            <translation>no surname</translation>
        </message>
        <message>
            <source>не указано имя</source>
            <translation>no first name</translation>
        </message>
        <message>
            <source>неизвестная роль «%s» (возможны: администратор ЭЖ, директор, заместитель директора по УВР, учитель)</source>
            <translation>unknown role «%s» (possible: admin, director, deputy, teacher)</translation>
        </message>
        <message>
            <source>неизвестный класс «%s»</source>
            <translation>unknown class «%s»</translation>
        </message>
        <message>
            <source>неизвестный предмет «%s»</source>
            <translation>unknown subject «%s»</translation>
        </message>
        <message>
            <source>неизвестный учитель «%s»</source>
            <translation>unknown teacher «%s»</translation>
        </message>
        <message>
            <source>нельзя снять роль администратора с самого себя</source>
            <translation>you cannot take the administrator role away from yourself</translation>
        </message>
        <message>
            <source>нет</source>
            <translation>no</translation>
        </message>
        <message>
            <source>нет прав на действие «%s»</source>
            <translation>no right to «%s»</translation>
        </message>
        <message>
            <source>новая учётная запись: %s; временный пароль выдаётся при применении</source>
            <translation>new account: %s; the temporary password is issued when the import is applied</translation>
        </message>
        <message>
            <source>новый учащийся, № л. д. %s, зачисление с %s</source>
            <translation>new pupil, admission no. %s, enrolled from %s</translation>
        </message>
        <message>
            <source>номер %d повторяется в плане (строка %d)</source>
            <translation>number %d appears twice in the plan (row %d)</translation>
        </message>
        <message>
            <source>номер %d: от 1 до 1000</source>
            <translation>number %d: from 1 to 1000</translation>
        </message>
        <message>
            <source>номер урока %d: от 1 до 12</source>
            <translation>lesson number %d: from 1 to 12</translation>
        </message>
        <message>
            <source>отчество</source>
            <translation>patronymic</translation>
        </message>
        <message>
            <source>параллель %d: от 1 до 11</source>
            <translation>year group %d: from 1 to 11</translation>
        </message>
        <message>
            <source>пол</source>
            <translation>sex</translation>
        </message>
        <message>
            <source>пол «%s»: пишите «м» или «ж»</source>
            <translation>sex «%s»: write «m» or «f»</translation>
        </message>
        <message>
            <source>приказ</source>
            <translation>order</translation>
        </message>
        <message>
            <source>раздел</source>
            <translation>section</translation>
        </message>
        <message>
            <source>роли</source>
            <translation>roles</translation>
        </message>
        <message>
            <source>строка %d: %s</source>
            <translation>row %d: %s</translation>
        </message>
        <message>
            <source>такой учащийся уже есть в журнале (ФИО и дата рождения совпадают; № личного дела %s)</source>
            <translation>this pupil is already in the journal (the full name and date of birth match; admission no. %s)</translation>
        </message>
        <message>
            <source>телефон</source>
            <translation>phone</translation>
        </message>
        <message>
            <source>тема</source>
            <translation>topic</translation>
        </message>
        <message>
            <source>урока нет в файле: снимается с расписания с %s (проведённые уроки остаются)</source>
            <translation>the lesson is not in the file: it is taken off the timetable from %s (lessons already given remain)</translation>
        </message>
        <message>
            <source>учащийся выбыл из класса %s %s; повторное зачисление оформляется в карточке учащегося</source>
            <translation>the pupil left class %s %s; re-enrolment is done in the pupil's record</translation>
        </message>
        <message>
            <source>учащийся числится в классе %s: перевод в другой класс оформляется в карточке учащегося (движение учащихся)</source>
            <translation>the pupil is on the roll of class %s: a transfer to another class is done in the pupil's record (pupil movements)</translation>
        </message>
        <message>
            <source>учитель «%s» неоднозначен (%s): укажите логин или полное ФИО</source>
            <translation>the teacher «%s» is ambiguous (%s): give the login or the full name</translation>
        </message>
        <message>
            <source>файл</source>
            <translation>file</translation>
        </message>
        <message>
            <source>фамилия</source>
            <translation>surname</translation>
        </message>
        <message>
            <source>часов %d: от 1 до 20</source>
            <translation>hours %d: from 1 to 20</translation>
        </message>
        <message>
            <source>часы</source>
            <translation>hours</translation>
        </message>
        <message>
            <source>этот учащийся уже есть в файле (строка %d)</source>
            <translation>this pupil is already in the file (row %d)</translation>
        </message>
        <message>
            <source>… и ещё %d</source>
            <translation>… and %d more</translation>
        </message>
        <message>
            <source>№ личного дела</source>
            <translation>admission no.</translation>
        </message>
        <message>
            <source>№ личного дела %s повторяется в файле (строка %d)</source>
            <translation>admission no. %s appears twice in the file (row %d)</translation>
        </message>
        <message>
            <source>№ личного дела %s уже есть у другого учащегося: %s</source>
            <translation>admission no. %s already belongs to another pupil: %s</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>, удалено тем КТП — %d</source>
            <translation>, lesson plan topics deleted — %d</translation>
        </message>
        <message>
            <source>, удалить тем КТП (нет в файле) — &lt;b&gt;%d&lt;/b&gt;, оставить (по ним уже проведены уроки) — %d</source>
            <translation>, delete lesson plan topics (not in the file) — &lt;b&gt;%d&lt;/b&gt;, keep (lessons already given on them) — %d</translation>
        </message>
        <message>
            <source>, учебный год %s</source>
            <translation>, school year %s</translation>
        </message>
        <message>
            <source>&lt;span style='color:#b3261e'&gt;Есть отклонённые строки: исправьте файл и загрузите его снова. Пока ничего не будет изменено.&lt;/span&gt;</source>
            <translation>&lt;span style='color:#b3261e'&gt;Some rows are rejected: correct the file and import it again. Nothing will be changed yet.&lt;/span&gt;</translation>
        </message>
        <message>
            <source>Внесение изменений…</source>
            <translation>Applying the changes…</translation>
        </message>
        <message>
            <source>Всё в файле уже есть в журнале — изменять нечего.</source>
            <translation>Everything in the file is already in the journal — there is nothing to change.</translation>
        </message>
        <message>
            <source>Выбрать файл…</source>
            <translation>Choose a file…</translation>
        </message>
        <message>
            <source>Готово: добавлено — %d, изменено — %d</source>
            <translation>Done: added — %d, changed — %d</translation>
        </message>
        <message>
            <source>Загрузка КТП из Excel</source>
            <translation>Import lesson plans from Excel</translation>
        </message>
        <message>
            <source>Загрузка расписания из Excel</source>
            <translation>Import the timetable from Excel</translation>
        </message>
        <message>
            <source>Загрузка сотрудников из Excel</source>
            <translation>Import staff from Excel</translation>
        </message>
        <message>
            <source>Загрузка списков классов из Excel</source>
            <translation>Import class lists from Excel</translation>
        </message>
        <message>
            <source>Закрыть</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Книги Excel (*.xlsx);;Все файлы (*)</source>
            <translation>Excel workbooks (*.xlsx);;All files (*)</translation>
        </message>
        <message>
            <source>Лист Excel (.xlsx) с колонками: %s. Жирным — обязательные; порядок колонок и лишние колонки не важны, строка заголовка может быть ниже названия. Сначала файл проверяется; изменения вносятся, только если нет ни одной отклонённой строки.</source>
            <translation>An Excel sheet (.xlsx) with the columns: %s. Required ones are in bold; the order of the columns and extra columns do not matter, and the header row may be below a title. The file is checked first; the changes are made only if no row is rejected.</translation>
        </message>
        <message>
            <source>Лист «%s»</source>
            <translation>Sheet «%s»</translation>
        </message>
        <message>
            <source>Отмена</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Ошибок нет. «Применить» внесёт все изменения разом.</source>
            <translation>No errors. «Apply» makes all the changes at once.</translation>
        </message>
        <message>
            <source>Показать только отклонённые строки</source>
            <translation>Show only the rejected rows</translation>
        </message>
        <message>
            <source>Применить</source>
            <translation>Apply</translation>
        </message>
        <message>
            <source>Проверка строк…</source>
            <translation>Checking the rows…</translation>
        </message>
        <message>
            <source>Файл Excel для загрузки</source>
            <translation>Excel file to import</translation>
        </message>
        <message>
            <source>Файл не выбран</source>
            <translation>No file chosen</translation>
        </message>
        <message>
            <source>Файл не проверен.</source>
            <translation>The file has not been checked.</translation>
        </message>
        <message>
            <source>Файл не прочитан</source>
            <translation>File not read</translation>
        </message>
        <message>
            <source>Чтение файла %s…</source>
            <translation>Reading the file %s…</translation>
        </message>
        <message>
            <source>Чтение файла отменено.</source>
            <translation>Reading the file was cancelled.</translation>
        </message>
        <message>
            <source>Чтение файла: строк прочитано — %d</source>
            <translation>Reading the file: rows read — %d</translation>
        </message>
        <message>
            <source>Чтение файла…</source>
            <translation>Reading the file…</translation>
        </message>
        <message>
            <source>добавить — &lt;b&gt;%d&lt;/b&gt;, изменить — &lt;b&gt;%d&lt;/b&gt;, без изменений — %d, отклонено — &lt;b&gt;%d&lt;/b&gt;</source>
            <translation>add — &lt;b&gt;%d&lt;/b&gt;, change — &lt;b&gt;%d&lt;/b&gt;, unchanged — %d, rejected — &lt;b&gt;%d&lt;/b&gt;</translation>
        </message>
    </context>
    <context>
        <name>InboxDialog</name>
        <message>
            <source>(без темы)</source>
            <translation>(no subject)</translation>
        </message>
        <message>
            <source>Закрыть</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Написать…</source>
            <translation>Write…</translation>
        </message>
        <message>
            <source>От кого</source>
            <translation>From</translation>
        </message>
        <message>
            <source>От: %s
Тема: %s
Получено: %s</source>
            <translation>From: %s
Subject: %s
Received: %s</translation>
        </message>
        <message>
            <source>Ответить…</source>
            <translation>Reply…</translation>
        </message>
        <message>
            <source>Отметить все прочитанными</source>
            <translation>Mark all as read</translation>
        </message>
        <message>
            <source>Получено</source>
            <translation>Received</translation>
        </message>
        <message>
            <source>Сообщений нет.</source>
            <translation>No messages.</translation>
        </message>
        <message>
            <source>Сообщений: %d, непрочитанных: %d</source>
            <translation>Messages: %d, unread: %d</translation>
        </message>
        <message>
            <source>Сообщения</source>
            <translation>Messages</translation>
        </message>
        <message>
            <source>Тема</source>
            <translation>Subject</translation>
        </message>
    </context>
    <context>
        <name>Init</name>
        <message>
            <source>База данных не пуста: новый журнал создаётся только в пустой базе.</source>
            <translation>The database is not empty: a new journal is created only in an empty database.</translation>
        </message>
    </context>
    <context>
        <name>Journal</name>
        <message>
            <source>%s длиннее %d символов.</source>
            <translation>%s is longer than %d characters.</translation>
        </message>
        <message>
            <source>В %s домашние задания не задаются.</source>
            <translation>No homework is set in %s.</translation>
        </message>
        <message>
            <source>В %s отметки не выставляются: ведётся только посещаемость и темы.</source>
            <translation>No marks are given in %s: only attendance and topics are kept.</translation>
        </message>
        <message>
            <source>В расписании нет %d-го урока «%s» на %s, и замены на него нет.</source>
            <translation>The timetable has no lesson %d «%s» on %s, and there is no substitution for it.</translation>
        </message>
        <message>
            <source>Вы ведёте на этой странице только уроки замены.</source>
            <translation>On this page you teach only substitution lessons.</translation>
        </message>
        <message>
            <source>Дата %s вне учебного года.</source>
            <translation>The date %s is outside the school year.</translation>
        </message>
        <message>
            <source>Дата %s не входит ни в один учебный период.</source>
            <translation>The date %s is not in any school period.</translation>
        </message>
        <message>
            <source>Домашнее задание</source>
            <translation>Homework</translation>
        </message>
        <message>
            <source>Журнал класса %s за учебный год заверен директором.</source>
            <translation>The journal of class %s for the school year is certified by the head teacher.</translation>
        </message>
        <message>
            <source>Неизвестный вид работы «%s».</source>
            <translation>Unknown kind of work «%s».</translation>
        </message>
        <message>
            <source>Отметка не найдена (возможно, её уже удалили).</source>
            <translation>Mark not found (it may have been deleted already).</translation>
        </message>
        <message>
            <source>Период «%s» закрыт для редактирования.</source>
            <translation>The period «%s» is closed for editing.</translation>
        </message>
        <message>
            <source>Период относится к другому учебному году.</source>
            <translation>The period belongs to another school year.</translation>
        </message>
        <message>
            <source>Прошло больше %d дн. после урока: ячейки закрыты.</source>
            <translation>More than %d days have passed since the lesson: the cells are closed.</translation>
        </message>
        <message>
            <source>Разблокировать может: %s.</source>
            <translation>Can be unlocked by: %s.</translation>
        </message>
        <message>
            <source>Страница журнала не найдена (нагрузка №%d).</source>
            <translation>Journal page not found (teaching load No. %d).</translation>
        </message>
        <message>
            <source>Тема КТП не найдена.</source>
            <translation>Lesson plan topic not found.</translation>
        </message>
        <message>
            <source>Тема урока</source>
            <translation>Lesson topic</translation>
        </message>
        <message>
            <source>Тип урока</source>
            <translation>Lesson type</translation>
        </message>
        <message>
            <source>Только просмотр.</source>
            <translation>Read-only.</translation>
        </message>
        <message>
            <source>Урок %s ещё не проведён: заполнять будущие уроки нельзя.</source>
            <translation>The lesson %s has not taken place yet: future lessons cannot be filled in.</translation>
        </message>
        <message>
            <source>Урок %s только что изменил другой пользователь: тема сейчас «%s». Обновите страницу и повторите.</source>
            <translation>The lesson %s has just been changed by another user: its topic is now «%s». Refresh the page and try again.</translation>
        </message>
        <message>
            <source>Урок ещё не проведён.</source>
            <translation>The lesson has not taken place yet.</translation>
        </message>
        <message>
            <source>Урок не найден.</source>
            <translation>Lesson not found.</translation>
        </message>
        <message>
            <source>Учащийся не входит в эту подгруппу.</source>
            <translation>The pupil is not in this subgroup.</translation>
        </message>
        <message>
            <source>Учащийся не числится в классе %s на %s.</source>
            <translation>The pupil is not on the roll of class %s on %s.</translation>
        </message>
        <message>
            <source>Учебный период не найден.</source>
            <translation>School period not found.</translation>
        </message>
        <message>
            <source>Это исправление: укажите причину (%s).</source>
            <translation>This is a correction: give the reason (%s).</translation>
        </message>
        <message>
            <source>Это не ваша страница журнала: только просмотр.</source>
            <translation>This is not your journal page: view only.</translation>
        </message>
        <message>
            <source>Эту ячейку только что изменил другой пользователь: сейчас в ней «%s», вы вводили «%s». Выберите, какое значение оставить.</source>
            <translation>This cell has just been changed by another user: it now holds «%s», you entered «%s». Choose which value to keep.</translation>
        </message>
        <message>
            <source>администратор ЭЖ (настройка периодов)</source>
            <translation>the e-journal administrator (period settings)</translation>
        </message>
        <message>
            <source>заместитель директора по УВР или администратор ЭЖ</source>
            <translation>the deputy head or the e-journal administrator</translation>
        </message>
        <message>
            <source>заместитель директора по УВР или администратор ЭЖ (по запросу на исправление)</source>
            <translation>the deputy head or the e-journal administrator (on a correction request)</translation>
        </message>
        <message>
            <source>исправление вносит только администратор ЭЖ с указанием причины</source>
            <translation>only the e-journal administrator makes a correction, giving a reason</translation>
        </message>
        <message>
            <source>пусто</source>
            <translation>empty</translation>
        </message>
        <message>
            <source>учитель, ведущий предмет</source>
            <translation>the subject teacher</translation>
        </message>
    </context>
    <context>
        <name>JournalModel</name>
        <message>
            <source>%s не числится в классе на %s.</source>
            <translation>%s is not in the class on %s.</translation>
        </message>
        <message>
            <source>%s отметка за «%s».
В скобках — предлагаемая по средневзвешенному баллу (%s); сама она не выставляется.</source>
            <translation>%s mark for «%s».
In brackets: the mark suggested by the weighted average (%s); it is not given automatically.</translation>
        </message>
        <message>
            <source>%s — %s, %d-й урок</source>
            <translation>%s — %s, lesson %d</translation>
        </message>
        <message>
            <source>%s, %s</source>
            <translation>%s, %s</translation>
        </message>
        <message>
            <source>%s, %s (%d-й урок), %s</source>
            <translation>%s, %s (lesson %d), %s</translation>
        </message>
        <message>
            <source>%s, %s, %d-й урок</source>
            <translation>%s, %s, lesson %d</translation>
        </message>
        <message>
            <source>%s: отметка за «%s» не выставлена.</source>
            <translation>%s: no mark for «%s».</translation>
        </message>
        <message>
            <source>%s: отметка за «%s» — %s</source>
            <translation>%s: mark for «%s» — %s</translation>
        </message>
        <message>
            <source>%s: средневзвешенный балл %s</source>
            <translation>%s: weighted average %s</translation>
        </message>
        <message>
            <source>%s: средний балл %s (отметок: %d)</source>
            <translation>%s: average %s (marks: %d)</translation>
        </message>
        <message>
            <source>; изменена %s</source>
            <translation>; changed %s</translation>
        </message>
        <message>
            <source>{mark} — от {threshold}</source>
            <translation>{mark} from {threshold}</translation>
        </message>
        <message>
            <source>«%s» — %s, вес %s; поставил(а) %s</source>
            <translation>«%s» — %s, weight %s; given by %s</translation>
        </message>
        <message>
            <source>«%s» — %s; отметил(а) %s</source>
            <translation>«%s» — %s; recorded by %s</translation>
        </message>
        <message>
            <source>«%s» → «%s»: %s</source>
            <translation>«%s» → «%s»: %s</translation>
        </message>
        <message>
            <source>В %s отметки не выставляются.</source>
            <translation>No marks are given in %s.</translation>
        </message>
        <message>
            <source>В %s отметки не выставляются: только посещаемость.</source>
            <translation>No marks are given in %s: attendance only.</translation>
        </message>
        <message>
            <source>Вид работы: %s (вес %s)</source>
            <translation>Kind of work: %s (weight %s)</translation>
        </message>
        <message>
            <source>Годовая</source>
            <translation>Year</translation>
        </message>
        <message>
            <source>ДР</source>
            <translation>HW</translation>
        </message>
        <message>
            <source>Дикт</source>
            <translation>Dict</translation>
        </message>
        <message>
            <source>Домашнее задание: %s</source>
            <translation>Homework: %s</translation>
        </message>
        <message>
            <source>Здесь можно исправить только посещаемость.</source>
            <translation>Only attendance can be corrected here.</translation>
        </message>
        <message>
            <source>Изменение — исправление: понадобится письменная причина.</source>
            <translation>This change is a correction: a written reason is needed.</translation>
        </message>
        <message>
            <source>Итоговая</source>
            <translation>Final</translation>
        </message>
        <message>
            <source>КР</source>
            <translation>Test</translation>
        </message>
        <message>
            <source>ЛР</source>
            <translation>Lab</translation>
        </message>
        <message>
            <source>Оставлено значение другого пользователя: «%s».</source>
            <translation>The other user's value was kept: «%s».</translation>
        </message>
        <message>
            <source>Отметку за период выставляет учитель, ведущий предмет.</source>
            <translation>The period mark is given by the subject teacher.</translation>
        </message>
        <message>
            <source>ПР</source>
            <translation>Quiz</translation>
        </message>
        <message>
            <source>Период «%s» закрыт для редактирования. Исправить может администратор ЭЖ с указанием причины.</source>
            <translation>The period «%s» is closed for editing. The e-journal administrator can correct it, giving a reason.</translation>
        </message>
        <message>
            <source>По правилу округления: %d</source>
            <translation>By the rounding rule: %d</translation>
        </message>
        <message>
            <source>Полугодовая</source>
            <translation>Half-year</translation>
        </message>
        <message>
            <source>Пр</source>
            <translation>Proj</translation>
        </message>
        <message>
            <source>Предлагается %d (средневзвешенный балл %s; %s). Выставляется только вручную.</source>
            <translation>Suggested: %d (weighted average %s; %s). Given by hand only.</translation>
        </message>
        <message>
            <source>Разблокировать может: %s.</source>
            <translation>Can be unlocked by: %s.</translation>
        </message>
        <message>
            <source>СР</source>
            <translation>IW</translation>
        </message>
        <message>
            <source>Сохранено: %s — «%s».</source>
            <translation>Saved: %s — «%s».</translation>
        </message>
        <message>
            <source>Соч</source>
            <translation>Ess</translation>
        </message>
        <message>
            <source>Ср.
балл</source>
            <translation>Avg.
mark</translation>
        </message>
        <message>
            <source>Ср.
взв.</source>
            <translation>Wtd.
avg.</translation>
        </message>
        <message>
            <source>Средневзвешенный балл: отметки с весами по видам работ.</source>
            <translation>Weighted average: marks weighted by kind of work.</translation>
        </message>
        <message>
            <source>Средние баллы считаются сами.</source>
            <translation>Averages are calculated automatically.</translation>
        </message>
        <message>
            <source>Средний балл: среднее арифметическое текущих отметок за период.</source>
            <translation>Average mark: the arithmetic mean of the period's marks.</translation>
        </message>
        <message>
            <source>Тема: %s</source>
            <translation>Topic: %s</translation>
        </message>
        <message>
            <source>Тип урока: %s</source>
            <translation>Lesson type: %s</translation>
        </message>
        <message>
            <source>Только просмотр.</source>
            <translation>Read-only.</translation>
        </message>
        <message>
            <source>Триместровая</source>
            <translation>Trimester</translation>
        </message>
        <message>
            <source>Урок по замене.</source>
            <translation>Substitution lesson.</translation>
        </message>
        <message>
            <source>Урока нет в текущем расписании: проведённый урок сохранён.</source>
            <translation>The lesson is not in the current timetable: the lesson given is kept.</translation>
        </message>
        <message>
            <source>Четвертная</source>
            <translation>Quarter</translation>
        </message>
        <message>
            <source>Эта ячейка больше не показана: откройте её страницу.</source>
            <translation>This cell is no longer shown: open its page.</translation>
        </message>
        <message>
            <source>болел</source>
            <translation>ill</translation>
        </message>
        <message>
            <source>в классе с %s</source>
            <translation>in the class since %s</translation>
        </message>
        <message>
            <source>вид работы не указан</source>
            <translation>kind of work not given</translation>
        </message>
        <message>
            <source>выбыл(а) после %s</source>
            <translation>left after %s</translation>
        </message>
        <message>
            <source>иначе 2</source>
            <translation>otherwise 2</translation>
        </message>
        <message>
            <source>опоздал</source>
            <translation>late</translation>
        </message>
        <message>
            <source>отсутствовал</source>
            <translation>absent</translation>
        </message>
        <message>
            <source>отсутствовал по уважительной причине</source>
            <translation>absent for a good reason</translation>
        </message>
        <message>
            <source>полуг.</source>
            <translation>half</translation>
        </message>
        <message>
            <source>пусто</source>
            <translation>empty</translation>
        </message>
        <message>
            <source>трим.</source>
            <translation>trim.</translation>
        </message>
        <message>
            <source>четв.</source>
            <translation>qtr.</translation>
        </message>
    </context>
    <context>
        <name>JournalTab</name>
        <message>
            <source> (закрыт)</source>
            <translation> (closed)</translation>
        </message>
        <message>
            <source>%s — %s, %s, %d-й урок</source>
            <translation>%s — %s, %s, lesson %d</translation>
        </message>
        <message>
            <source>В %s отметки не выставляются: ведутся посещаемость и темы уроков.</source>
            <translation>No marks are given in %s: only attendance and lesson topics are kept.</translation>
        </message>
        <message>
            <source>В журнале ещё нет учебного года.</source>
            <translation>The journal has no school year yet.</translation>
        </message>
        <message>
            <source>В этой клетке ещё ничего не записывали.</source>
            <translation>Nothing has been entered in this cell yet.</translation>
        </message>
        <message>
            <source>В этом периоде таких уроков нет.</source>
            <translation>There are no such lessons in this period.</translation>
        </message>
        <message>
            <source>Вернуть</source>
            <translation>Redo</translation>
        </message>
        <message>
            <source>Вы ведёте на этой странице только уроки замены (%s): заполняются только они, остальные уроки и отметки за период — только просмотр.</source>
            <translation>On this page you teach substitution lessons only (%s): only those are filled in; the other lessons and the period marks are view-only.</translation>
        </message>
        <message>
            <source>Год:</source>
            <translation>Year:</translation>
        </message>
        <message>
            <source>Записать</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Запрос на исправление делается по клетке урока.</source>
            <translation>A correction request is made for a lesson cell.</translation>
        </message>
        <message>
            <source>Запрос на исправление №%d отправлен заместителю директора и администратору ЭЖ.</source>
            <translation>Correction request No. %d was sent to the deputy head and the e-journal administrator.</translation>
        </message>
        <message>
            <source>Запросить исправление…</source>
            <translation>Request a correction…</translation>
        </message>
        <message>
            <source>Запросы на исправление</source>
            <translation>Correction requests</translation>
        </message>
        <message>
            <source>Запросы на исправление (%d)</source>
            <translation>Correction requests (%d)</translation>
        </message>
        <message>
            <source>История показывается по клетке урока.</source>
            <translation>History is shown for a lesson cell.</translation>
        </message>
        <message>
            <source>История…</source>
            <translation>History…</translation>
        </message>
        <message>
            <source>Класс:</source>
            <translation>Class:</translation>
        </message>
        <message>
            <source>Кто, когда и как менял эту клетку</source>
            <translation>Who changed this cell, when and how</translation>
        </message>
        <message>
            <source>Мои запросы</source>
            <translation>My requests</translation>
        </message>
        <message>
            <source>Отмена</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Отменить</source>
            <translation>Undo</translation>
        </message>
        <message>
            <source>Отметки и темы уроков на этой странице ведёт учитель (%s); вам доступно только исправление посещаемости с указанием причины.</source>
            <translation>Marks and lesson topics on this page are kept by the teacher (%s); you may only correct attendance, giving a reason.</translation>
        </message>
        <message>
            <source>Период:</source>
            <translation>Period:</translation>
        </message>
        <message>
            <source>Попросить заместителя директора и администратора ЭЖ исправить закрытую ячейку</source>
            <translation>Ask the deputy head and the e-journal administrator to correct a closed cell</translation>
        </message>
        <message>
            <source>Предмет:</source>
            <translation>Subject:</translation>
        </message>
        <message>
            <source>Причина исправления</source>
            <translation>Reason for the correction</translation>
        </message>
        <message>
            <source>Разблокировать может: %s.</source>
            <translation>Can be unlocked by: %s.</translation>
        </message>
        <message>
            <source>Только просмотр: %s</source>
            <translation>Read-only: %s</translation>
        </message>
        <message>
            <source>Урока %s (%d-й) нет на этой странице журнала.</source>
            <translation>Lesson %s (no. %d) is not on this journal page.</translation>
        </message>
        <message>
            <source>Цифра 2–5 — добавить отметку (в клетке может быть несколько) · н, б, у — пропуск, о — опоздание (повторно — снять) · Delete — очистить · F2 или двойной щелчок — изменить клетку · Enter — вниз, Tab — вправо · Ctrl+Z / Ctrl+Y — отменить / вернуть. Всё сохраняется сразу.</source>
            <translation>Digits 2–5 add a mark (a cell may hold several) · н, б, у mark an absence, о a late arrival (again to remove it) · Delete clears · F2 or double click edits the cell · Enter moves down, Tab right · Ctrl+Z / Ctrl+Y undo / redo. Everything is saved at once.</translation>
        </message>
        <message>
            <source>Эта страница журнала вам недоступна.</source>
            <translation>You have no access to this journal page.</translation>
        </message>
        <message>
            <source>Это исправление записи журнала (%s).
Укажите причину — она попадёт в журнал аудита:</source>
            <translation>This corrects a journal entry (%s).
Give the reason — it goes to the audit log:</translation>
        </message>
    </context>
    <context>
        <name>JournalView</name>
        <message>
            <source> №   Учащийся</source>
            <translation> No.  Pupil</translation>
        </message>
        <message>
            <source>В одной клетке не больше четырёх отметок.</source>
            <translation>A cell holds at most four marks.</translation>
        </message>
        <message>
            <source>Запросить исправление…</source>
            <translation>Request a correction…</translation>
        </message>
        <message>
            <source>Изменить ячейку	F2</source>
            <translation>Edit cell	F2</translation>
        </message>
        <message>
            <source>Отметки — цифры от 2 до 5.</source>
            <translation>Marks are digits from 2 to 5.</translation>
        </message>
        <message>
            <source>Очистить	Delete</source>
            <translation>Clear	Delete</translation>
        </message>
        <message>
            <source>Ячейка только для просмотра.</source>
            <translation>The cell is read-only.</translation>
        </message>
    </context>
    <context>
        <name>LessonPane</name>
        <message>
            <source> (замена)</source>
            <translation> (substitution)</translation>
        </message>
        <message>
            <source>%s — вес %s</source>
            <translation>%s — weight %s</translation>
        </message>
        <message>
            <source>%s, %s, %d-й урок</source>
            <translation>%s, %s, lesson %d</translation>
        </message>
        <message>
            <source>В %s домашние задания не задаются</source>
            <translation>No homework is set in %s</translation>
        </message>
        <message>
            <source>Вид работы:</source>
            <translation>Kind of work:</translation>
        </message>
        <message>
            <source>Выберите урок — столбец журнала.</source>
            <translation>Choose a lesson — a column of the journal.</translation>
        </message>
        <message>
            <source>Д/з:</source>
            <translation>Homework:</translation>
        </message>
        <message>
            <source>Домашнее задание</source>
            <translation>Homework</translation>
        </message>
        <message>
            <source>Запросить исправление…</source>
            <translation>Request a correction…</translation>
        </message>
        <message>
            <source>Изменения — исправление с указанием причины.</source>
            <translation>Changes are corrections with a reason.</translation>
        </message>
        <message>
            <source>Отметок: %d · отсутствующих: %d · учащихся: %d</source>
            <translation>Marks: %d · absent: %d · pupils: %d</translation>
        </message>
        <message>
            <source>Разблокировать может: %s.</source>
            <translation>Can be unlocked by: %s.</translation>
        </message>
        <message>
            <source>Следующая тема КТП: «%s»</source>
            <translation>Next topic of the lesson plan: «%s»</translation>
        </message>
        <message>
            <source>Тема урока</source>
            <translation>Lesson topic</translation>
        </message>
        <message>
            <source>Тема:</source>
            <translation>Topic:</translation>
        </message>
        <message>
            <source>Тип урока:</source>
            <translation>Lesson type:</translation>
        </message>
        <message>
            <source>Только просмотр.</source>
            <translation>Read-only.</translation>
        </message>
        <message>
            <source>Урок %s сохранён.</source>
            <translation>Lesson %s saved.</translation>
        </message>
        <message>
            <source>Урок %s, %s, %d-й урок</source>
            <translation>Lesson %s, %s, lesson %d</translation>
        </message>
    </context>
    <context>
        <name>LockDialog</name>
        <message>
            <source>Пароль</source>
            <translation>Password</translation>
        </message>
        <message>
            <source>Программа заблокирована</source>
            <translation>The program is locked</translation>
        </message>
        <message>
            <source>Программа заблокирована после %d мин. без действий — чтобы никто не увидел и не изменил журнал, пока вас нет за компьютером. Всё введённое сохранено.

Чтобы продолжить, введите пароль пользователя %s.</source>
            <translation>The program was locked after %d min. without input, so that nobody sees or changes the journal while you are away. Everything you entered is kept.

To continue, enter the password of %s.</translation>
        </message>
        <message>
            <source>Разблокировать</source>
            <translation>Unlock</translation>
        </message>
        <message>
            <source>Сменить пользователя</source>
            <translation>Switch user</translation>
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <source>postgresql://сервер:5432/база</source>
            <translation>postgresql://server:5432/database</translation>
        </message>
        <message>
            <source>Адрес сервера записывается так: postgresql://пользователь@сервер:5432/база.</source>
            <translation>Write the server address like this: postgresql://user@server:5432/database.</translation>
        </message>
        <message>
            <source>База данных журнала</source>
            <translation>Journal database</translation>
        </message>
        <message>
            <source>Введите логин и пароль.</source>
            <translation>Enter your login and password.</translation>
        </message>
        <message>
            <source>Войти</source>
            <translation>Log in</translation>
        </message>
        <message>
            <source>Вход на сервер — под вашим логином и паролем,
сервер сам проверяет ваши права.</source>
            <translation>You log in to the server with your own login and password;
the server itself checks your rights.</translation>
        </message>
        <message>
            <source>Вход отменён: сначала нужно сменить временный пароль.</source>
            <translation>Login cancelled: the temporary password must be changed first.</translation>
        </message>
        <message>
            <source>Вход — %s</source>
            <translation>Login — %s</translation>
        </message>
        <message>
            <source>Другой файл:</source>
            <translation>Other file:</translation>
        </message>
        <message>
            <source>Журнал ЭЖ-Десктоп (*.sqlite3 *.sqlite *.db);;Все файлы (*)</source>
            <translation>EJ Desktop journal (*.sqlite3 *.sqlite *.db);;All files (*)</translation>
        </message>
        <message>
            <source>Журнал на этом компьютере</source>
            <translation>Journal on this computer</translation>
        </message>
        <message>
            <source>Запомнить пароль сервера</source>
            <translation>Remember the server password</translation>
        </message>
        <message>
            <source>Логин:</source>
            <translation>Login:</translation>
        </message>
        <message>
            <source>Нет связи с базой данных журнала. Проверьте подключение и повторите вход; если не помогает, обратитесь к администратору ЭЖ.</source>
            <translation>No connection to the journal database. Check the connection and log in again; if that does not help, contact the e-journal administrator.</translation>
        </message>
        <message>
            <source>Обзор…</source>
            <translation>Browse…</translation>
        </message>
        <message>
            <source>Отмена</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Пароль сервера:</source>
            <translation>Server password:</translation>
        </message>
        <message>
            <source>Пароль хранится в защищённом хранилище паролей системы, а не в файле.</source>
            <translation>The password is kept in the system's secure password store, not in a file.</translation>
        </message>
        <message>
            <source>Пароль:</source>
            <translation>Password:</translation>
        </message>
        <message>
            <source>Пользователь</source>
            <translation>User</translation>
        </message>
        <message>
            <source>Сервер школы:</source>
            <translation>School server:</translation>
        </message>
        <message>
            <source>Укажите файл журнала.</source>
            <translation>Choose the journal file.</translation>
        </message>
        <message>
            <source>Учётной записи не назначена ни одна роль. Обратитесь к администратору ЭЖ.</source>
            <translation>This account has no role. Contact the e-journal administrator.</translation>
        </message>
        <message>
            <source>Файл журнала</source>
            <translation>Journal file</translation>
        </message>
        <message>
            <source>Хранилище паролей системы недоступно: пароль сервера нужно вводить при каждом входе.</source>
            <translation>The system password store is not available: enter the server password at every login.</translation>
        </message>
        <message>
            <source>Электронный классный журнал</source>
            <translation>Electronic class journal</translation>
        </message>
        <message>
            <source>путь к файлу журнала</source>
            <translation>path to the journal file</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;Вид</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <source>&amp;Заблокировать</source>
            <translation>&amp;Lock</translation>
        </message>
        <message>
            <source>&amp;Настройки…</source>
            <translation>&amp;Settings…</translation>
        </message>
        <message>
            <source>&amp;О программе</source>
            <translation>&amp;About</translation>
        </message>
        <message>
            <source>&amp;Руководство пользователя</source>
            <translation>User &amp;guide</translation>
        </message>
        <message>
            <source>&amp;Справка</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>&amp;Файл</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>Администрирование</source>
            <translation>Administration</translation>
        </message>
        <message>
            <source>Аудит</source>
            <translation>Audit</translation>
        </message>
        <message>
            <source>База: %s</source>
            <translation>Database: %s</translation>
        </message>
        <message>
            <source>В&amp;ыход</source>
            <translation>E&amp;xit</translation>
        </message>
        <message>
            <source>Восстановить из резервной копии…</source>
            <translation>Restore from a backup…</translation>
        </message>
        <message>
            <source>Журнал</source>
            <translation>Journal</translation>
        </message>
        <message>
            <source>Журнал в этой версии программы недоступен.</source>
            <translation>The journal is not available in this version of the program.</translation>
        </message>
        <message>
            <source>Журнал работы программы: %s</source>
            <translation>Program log: %s</translation>
        </message>
        <message>
            <source>КТП</source>
            <translation>Lesson plans</translation>
        </message>
        <message>
            <source>Конец года</source>
            <translation>End of year</translation>
        </message>
        <message>
            <source>Мой класс</source>
            <translation>My class</translation>
        </message>
        <message>
            <source>Отчёты</source>
            <translation>Reports</translation>
        </message>
        <message>
            <source>Папка &amp;журнала работы программы</source>
            <translation>Program &amp;log folder</translation>
        </message>
        <message>
            <source>Печать</source>
            <translation>Print</translation>
        </message>
        <message>
            <source>Посещаемость</source>
            <translation>Attendance</translation>
        </message>
        <message>
            <source>Расписание</source>
            <translation>Timetable</translation>
        </message>
        <message>
            <source>Сменить &amp;пользователя…</source>
            <translation>Switch &amp;user…</translation>
        </message>
        <message>
            <source>Сообщения…</source>
            <translation>Messages…</translation>
        </message>
        <message>
            <source>Учащиеся</source>
            <translation>Pupils</translation>
        </message>
        <message>
            <source>ЭЖ-Десктоп</source>
            <translation>EJ Desktop</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <source>Выберите получателя: человека, роль или всех.</source>
            <translation>Choose a recipient: a person, a role or everyone.</translation>
        </message>
        <message>
            <source>Кроме вас, в журнале никого нет.</source>
            <translation>Nobody but you is in the journal.</translation>
        </message>
        <message>
            <source>Напишите текст сообщения.</source>
            <translation>Write the text of the message.</translation>
        </message>
        <message>
            <source>Неизвестная роль «%s».</source>
            <translation>Unknown role «%s».</translation>
        </message>
        <message>
            <source>Нет получателей с ролью «%s».</source>
            <translation>There are no recipients with the role «%s».</translation>
        </message>
        <message>
            <source>Получатель не найден или его учётная запись заблокирована.</source>
            <translation>The recipient was not found or their account is blocked.</translation>
        </message>
        <message>
            <source>Сообщение длиннее %d символов.</source>
            <translation>The message is longer than %d characters.</translation>
        </message>
        <message>
            <source>Сообщение не найдено.</source>
            <translation>Message not found.</translation>
        </message>
        <message>
            <source>Тема длиннее %d символов.</source>
            <translation>The subject is longer than %d characters.</translation>
        </message>
    </context>
    <context>
        <name>MessagesUi</name>
        <message>
            <source>Непрочитанные сообщения — щёлкните, чтобы открыть</source>
            <translation>Unread messages — click to open</translation>
        </message>
        <message>
            <source>Сообщений: %d</source>
            <translation>Messages: %d</translation>
        </message>
    </context>
    <context>
        <name>MissingConsentsDialog</name>
        <message>
            <source>%s — без согласия: %d</source>
            <translation>%s — without consent: %d</translation>
        </message>
        <message>
            <source>Без согласия на обработку ПД %s.xlsx</source>
            <translation>Without consent to personal-data processing %s.xlsx</translation>
        </message>
        <message>
            <source>Бланки для показанных строк: по одному на каждого родителя без согласия, пустой бланк — учащемуся без сведений о родителях. Каждый бланк — отдельный PDF в выбранной папке.</source>
            <translation>Forms for the rows shown: one for each parent without consent, and a blank form for a pupil with no details of the parents. Each form is a separate PDF in the chosen folder.</translation>
        </message>
        <message>
            <source>Бланки согласия</source>
            <translation>Consent forms</translation>
        </message>
        <message>
            <source>Бланки согласия на обработку ПД %s</source>
            <translation>Consent forms for personal-data processing %s</translation>
        </message>
        <message>
            <source>Бланков: %d (листов: %d) в файле «%s». Откройте его и распечатайте.</source>
            <translation>Forms: %d (sheets: %d) in the file «%s». Open it and print it.</translation>
        </message>
        <message>
            <source>В Excel…</source>
            <translation>To Excel…</translation>
        </message>
        <message>
            <source>Документ PDF (*.pdf)</source>
            <translation>PDF document (*.pdf)</translation>
        </message>
        <message>
            <source>Закрыть</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Записано: %s — строк: %d.</source>
            <translation>Written: %s — rows: %d.</translation>
        </message>
        <message>
            <source>Класс:</source>
            <translation>Class:</translation>
        </message>
        <message>
            <source>Книга Excel (*.xlsx)</source>
            <translation>Excel workbook (*.xlsx)</translation>
        </message>
        <message>
            <source>Кто без согласия на обработку персональных данных — %s</source>
            <translation>Who has no consent to personal-data processing — %s</translation>
        </message>
        <message>
            <source>На %s без действующего согласия — строк: %d (учащихся: %d) во всех доступных вам классах. Двойной щелчок открывает карточку учащегося.</source>
            <translation>Without valid consent as of %s — rows: %d (pupils: %d) in all the classes available to you. A double click opens the pupil's record.</translation>
        </message>
        <message>
            <source>Не удалось записать «%s»: %s</source>
            <translation>Could not write «%s»: %s</translation>
        </message>
        <message>
            <source>Печать бланков согласия…</source>
            <translation>Print consent forms…</translation>
        </message>
        <message>
            <source>Поиск по ФИО</source>
            <translation>Search by full name</translation>
        </message>
        <message>
            <source>Показано строк: %d, учащихся: %d (всего строк: %d).</source>
            <translation>Rows shown: %d, pupils: %d (rows in all: %d).</translation>
        </message>
        <message>
            <source>Примечание</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Сохранено</source>
            <translation>Saved</translation>
        </message>
        <message>
            <source>Сохранить бланки согласия</source>
            <translation>Save consent forms</translation>
        </message>
        <message>
            <source>Сохранить в Excel</source>
            <translation>Save as Excel</translation>
        </message>
        <message>
            <source>Учащийся</source>
            <translation>Pupil</translation>
        </message>
        <message>
            <source>ФИО</source>
            <translation>Full name</translation>
        </message>
        <message>
            <source>Файл не записан</source>
            <translation>File not written</translation>
        </message>
        <message>
            <source>Чьё согласие</source>
            <translation>Whose consent</translation>
        </message>
        <message>
            <source>Чьё согласие:</source>
            <translation>Whose consent:</translation>
        </message>
        <message>
            <source>все</source>
            <translation>all</translation>
        </message>
        <message>
            <source>все классы</source>
            <translation>all classes</translation>
        </message>
        <message>
            <source>нет сведений о родителях</source>
            <translation>no details of the parents</translation>
        </message>
        <message>
            <source>родителей</source>
            <translation>parents'</translation>
        </message>
        <message>
            <source>учащихся</source>
            <translation>pupils'</translation>
        </message>
    </context>
    <context>
        <name>NewAccountsDialog</name>
        <message>
            <source>Временные пароли показываются ОДИН раз и нигде не хранятся в открытом виде. Распечатайте листки приглашений или скопируйте список сейчас; при первом входе сотрудник сменит пароль.</source>
            <translation>Temporary passwords are shown ONCE and are not stored in readable form anywhere. Print the invitation slips or copy the list now; at first login each person changes the password.</translation>
        </message>
        <message>
            <source>Закрыть</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Листки приглашений…</source>
            <translation>Invitation slips…</translation>
        </message>
        <message>
            <source>Новые учётные записи</source>
            <translation>New accounts</translation>
        </message>
        <message>
            <source>Скопировать</source>
            <translation>Copy</translation>
        </message>
    </context>
    <context>
        <name>NextYearDialog</name>
        <message>
            <source>(последний день в школе; по умолчанию — конец учебного года)</source>
            <translation>(last day at school; by default, the end of the school year)</translation>
        </message>
        <message>
            <source>В 9 и 11 классах нет учащихся: выпуска нет.</source>
            <translation>Years 9 and 11 have no pupils: there is no graduation.</translation>
        </message>
        <message>
            <source>Выпуск</source>
            <translation>Graduation</translation>
        </message>
        <message>
            <source>Выпускается учащихся: %d (основание: окончание основного или среднего общего образования); остаются на повторное обучение: %d.</source>
            <translation>Pupils graduating: %d (grounds: completion of basic or secondary general education); repeating the year: %d.</translation>
        </message>
        <message>
            <source>Дата выбытия:</source>
            <translation>Leaving date:</translation>
        </message>
        <message>
            <source>Даты:</source>
            <translation>Dates:</translation>
        </message>
        <message>
            <source>Класс</source>
            <translation>Class</translation>
        </message>
        <message>
            <source>Классы 1–10 переходят в следующую параллель (5А → 6А) вместе с учащимися, классным руководителем и нагрузкой (проверьте её потом). Четверти и каникулы переносятся с датами на год вперёд. В учебном году %s записывается только выбытие выпускников.</source>
            <translation>Classes in years 1–10 move up to the next year group («5А» → «6А») together with their pupils, homeroom teacher and teaching load (check it afterwards). Quarters and holidays are carried over with their dates moved one year ahead. In the school year %s only the leaving of graduates is recorded.</translation>
        </message>
        <message>
            <source>Начать учебный год</source>
            <translation>Start the school year</translation>
        </message>
        <message>
            <source>Новый учебный год:</source>
            <translation>New school year:</translation>
        </message>
        <message>
            <source>Приказ о выпуске:</source>
            <translation>Graduation order:</translation>
        </message>
        <message>
            <source>Приказ о переводе:</source>
            <translation>Order on moving up:</translation>
        </message>
        <message>
            <source>Решение</source>
            <translation>Decision</translation>
        </message>
        <message>
            <source>Учащиеся 9 и 11 классов:</source>
            <translation>Pupils in years 9 and 11:</translation>
        </message>
        <message>
            <source>Учащийся</source>
            <translation>Pupil</translation>
        </message>
        <message>
            <source>выпускается (окончил(а) школу)</source>
            <translation>graduates (has completed school)</translation>
        </message>
        <message>
            <source>выпускается (уходит из школы)</source>
            <translation>graduates (leaves the school)</translation>
        </message>
        <message>
            <source>например, № 45 от 30.05</source>
            <translation>e.g. No. 45 of 30.05</translation>
        </message>
        <message>
            <source>номер, например 112-у</source>
            <translation>number, e.g. 112-у</translation>
        </message>
        <message>
            <source>оставлен(а) на повторное обучение</source>
            <translation>repeats the year</translation>
        </message>
        <message>
            <source>от</source>
            <translation>dated</translation>
        </message>
        <message>
            <source>переходит в 10 класс</source>
            <translation>moves up to year 10</translation>
        </message>
        <message>
            <source>по</source>
            <translation>to</translation>
        </message>
        <message>
            <source>с</source>
            <translation>from</translation>
        </message>
        <message>
            <source>№</source>
            <translation>No.</translation>
        </message>
    </context>
    <context>
        <name>ParentDocs</name>
        <message>
            <source>Даты %s – %s не относятся к %s учебному году.</source>
            <translation>The dates %s – %s do not belong to the school year %s.</translation>
        </message>
        <message>
            <source>Замечания классного руководителя длиннее %d символов.</source>
            <translation>The homeroom teacher's remarks are longer than %d characters.</translation>
        </message>
        <message>
            <source>Информационное письмо: %s, %s учебный год</source>
            <translation>Information letter: %s, school year %s</translation>
        </message>
        <message>
            <source>Начало периода (%s) позже его конца (%s).</source>
            <translation>The start of the period (%s) is after its end (%s).</translation>
        </message>
        <message>
            <source>Отчёт-дневник %s</source>
            <translation>Diary report %s</translation>
        </message>
        <message>
            <source>Отчёт-дневник печатается не больше чем за учебный год.</source>
            <translation>A diary report can be printed for one school year at most.</translation>
        </message>
        <message>
            <source>Укажите учащегося: фамилию и имя.</source>
            <translation>Give the pupil's surname and first name.</translation>
        </message>
        <message>
            <source>Учащегося «%s» в этом классе нет (есть: %s).</source>
            <translation>There is no pupil «%s» in this class (there are: %s).</translation>
        </message>
        <message>
            <source>Учащийся «%s» неоднозначен (подходят: %s): укажите фамилию, имя и отчество.</source>
            <translation>The pupil «%s» is ambiguous (matching: %s): give the surname, first name and patronymic.</translation>
        </message>
        <message>
            <source>Этот учащийся не учится в классе %s.</source>
            <translation>This pupil is not in class %s.</translation>
        </message>
        <message>
            <source>Этот учебный период не относится к %s учебному году.</source>
            <translation>This school period does not belong to the school year %s.</translation>
        </message>
        <message>
            <source>нет</source>
            <translation>none</translation>
        </message>
        <message>
            <source>с %s по %s</source>
            <translation>from %s to %s</translation>
        </message>
    </context>
    <context>
        <name>PeriodDialog</name>
        <message>
            <source>%d период</source>
            <translation>Period %d</translation>
        </message>
        <message>
            <source>%d полугодие</source>
            <translation>Half-year %d</translation>
        </message>
        <message>
            <source>%d триместр</source>
            <translation>Trimester %d</translation>
        </message>
        <message>
            <source>%d четверть</source>
            <translation>Quarter %d</translation>
        </message>
        <message>
            <source>Название:</source>
            <translation>Name:</translation>
        </message>
        <message>
            <source>Начало:</source>
            <translation>Start:</translation>
        </message>
        <message>
            <source>Номер:</source>
            <translation>Number:</translation>
        </message>
        <message>
            <source>Окончание:</source>
            <translation>End:</translation>
        </message>
    </context>
    <context>
        <name>Periods</name>
        <message>
            <source>В %s отметки не выставляются.</source>
            <translation>No marks are given in %s.</translation>
        </message>
        <message>
            <source>Годовая, экзаменационная и итоговая отметки ставятся без периода.</source>
            <translation>Year, exam and final marks are given without a period.</translation>
        </message>
        <message>
            <source>Для отметки за период укажите период.</source>
            <translation>Give the period for a period mark.</translation>
        </message>
        <message>
            <source>Журнал класса %s за учебный год заверен директором.</source>
            <translation>The journal of class %s for the school year is certified by the head teacher.</translation>
        </message>
        <message>
            <source>Исправить может администратор ЭЖ с указанием причины.</source>
            <translation>The e-journal administrator can correct it, giving a reason.</translation>
        </message>
        <message>
            <source>Неизвестный вид итоговой отметки.</source>
            <translation>Unknown kind of final mark.</translation>
        </message>
        <message>
            <source>Отметку только что изменил другой пользователь: сейчас «%s», вы вводили «%s».</source>
            <translation>The mark has just been changed by another user: it is now «%s», you entered «%s».</translation>
        </message>
        <message>
            <source>Период «%s» закрыт для редактирования.</source>
            <translation>The period «%s» is closed for editing.</translation>
        </message>
        <message>
            <source>Период относится к другому учебному году.</source>
            <translation>The period belongs to another school year.</translation>
        </message>
        <message>
            <source>Укажите, зачем открывается закрытый период.</source>
            <translation>Say why the closed period is being opened.</translation>
        </message>
        <message>
            <source>Учащийся не числится в классе %s на %s.</source>
            <translation>The pupil is not on the roll of class %s on %s.</translation>
        </message>
        <message>
            <source>Учебный период не найден.</source>
            <translation>School period not found.</translation>
        </message>
        <message>
            <source>Это исправление: укажите причину (%s).</source>
            <translation>This is a correction: give the reason (%s).</translation>
        </message>
        <message>
            <source>пусто</source>
            <translation>empty</translation>
        </message>
    </context>
    <context>
        <name>PlanEditor</name>
        <message>
            <source>%s — тем: %d, часов: %d (%s)</source>
            <translation>%s — topics: %d, hours: %d (%s)</translation>
        </message>
        <message>
            <source>«%s» — не число часов.</source>
            <translation>«%s» is not a number of hours.</translation>
        </message>
        <message>
            <source>Выполнение программы: </source>
            <translation>Programme completion: </translation>
        </message>
        <message>
            <source>Выше</source>
            <translation>Up</translation>
        </message>
        <message>
            <source>Данные изменены другим пользователем</source>
            <translation>The data was changed by another user</translation>
        </message>
        <message>
            <source>Дата «%s» не распознана: пишите «15.09.2025».</source>
            <translation>Date «%s» not recognised: write «15.09.2025».</translation>
        </message>
        <message>
            <source>Дата по плану</source>
            <translation>Planned date</translation>
        </message>
        <message>
            <source>Даты по расписанию</source>
            <translation>Dates by the timetable</translation>
        </message>
        <message>
            <source>Для «%s» (%s класс) КТП ещё нет: создайте его — он будет общим для всех классов параллели.</source>
            <translation>There is no lesson plan for «%s» (year %s) yet: create it — it will be shared by all classes of the year group.</translation>
        </message>
        <message>
            <source>Добавить тему</source>
            <translation>Add a topic</translation>
        </message>
        <message>
            <source>КТП параллели</source>
            <translation>Year group lesson plan</translation>
        </message>
        <message>
            <source>Нагрузка:</source>
            <translation>Teaching load:</translation>
        </message>
        <message>
            <source>Неверные данные</source>
            <translation>Invalid data</translation>
        </message>
        <message>
            <source>Нет учебной нагрузки, КТП которой вам доступны.</source>
            <translation>There is no teaching load whose lesson plans you can see.</translation>
        </message>
        <message>
            <source>Ниже</source>
            <translation>Down</translation>
        </message>
        <message>
            <source>Новая тема</source>
            <translation>New topic</translation>
        </message>
        <message>
            <source>Обновить</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <source>Один КТП на предмет и параллель: его используют все классы параллели. Ячейки редактируются в таблице и сохраняются сразу; дата — в виде «15.09.2025».</source>
            <translation>One lesson plan per subject and year group: all classes of the year group use it. Cells are edited in the table and saved at once; dates as «15.09.2025».</translation>
        </message>
        <message>
            <source>Принять для нагрузки</source>
            <translation>Adopt for the teaching load</translation>
        </message>
        <message>
            <source>Проведено</source>
            <translation>Given</translation>
        </message>
        <message>
            <source>Раздел</source>
            <translation>Section</translation>
        </message>
        <message>
            <source>Создать КТП параллели</source>
            <translation>Create a year group lesson plan</translation>
        </message>
        <message>
            <source>Тема урока</source>
            <translation>Lesson topic</translation>
        </message>
        <message>
            <source>Тема урока:</source>
            <translation>Lesson topic:</translation>
        </message>
        <message>
            <source>Удалить тему</source>
            <translation>Delete the topic</translation>
        </message>
        <message>
            <source>Учебный год:</source>
            <translation>School year:</translation>
        </message>
        <message>
            <source>Часы</source>
            <translation>Hours</translation>
        </message>
        <message>
            <source>принят для нагрузки</source>
            <translation>adopted for the teaching load</translation>
        </message>
        <message>
            <source>№</source>
            <translation>No.</translation>
        </message>
    </context>
    <context>
        <name>Plans</name>
        <message>
            <source>, выполнение %d%%</source>
            <translation>, %d%% done</translation>
        </message>
        <message>
            <source>, отставание %d ч</source>
            <translation>, %d h behind</translation>
        </message>
        <message>
            <source>В КТП не больше %d тем.</source>
            <translation>A lesson plan has at most %d topics.</translation>
        </message>
        <message>
            <source>Дата %s вне учебного года %s.</source>
            <translation>The date %s is outside the school year %s.</translation>
        </message>
        <message>
            <source>Даты расставляются по расписанию своей нагрузки.</source>
            <translation>Dates are set by the timetable of the teaching load.</translation>
        </message>
        <message>
            <source>КТП «%s» другого предмета или учебного года.</source>
            <translation>The lesson plan «%s» is for another subject or school year.</translation>
        </message>
        <message>
            <source>КТП «%s» изменил другой пользователь. Обновите и повторите.</source>
            <translation>The lesson plan «%s» was changed by another user. Refresh and try again.</translation>
        </message>
        <message>
            <source>КТП «%s» составлен для %d класса, а нагрузка — в %d классе.</source>
            <translation>The lesson plan «%s» is made for year %d, but the teaching load is in year %d.</translation>
        </message>
        <message>
            <source>КТП «%s» этой параллели уже есть: один план на предмет и параллель, его используют все классы параллели.</source>
            <translation>The year group already has the lesson plan «%s»: one plan per subject and year group, used by all classes of the year group.</translation>
        </message>
        <message>
            <source>КТП не выбран: проведено уроков — %d.</source>
            <translation>No lesson plan chosen: lessons given — %d.</translation>
        </message>
        <message>
            <source>КТП не найден.</source>
            <translation>Lesson plan not found.</translation>
        </message>
        <message>
            <source>На %s: по плану %d ч из %d, проведено %d%s%s.</source>
            <translation>On %s: planned %d h of %d, given %d%s%s.</translation>
        </message>
        <message>
            <source>Нагрузка не найдена.</source>
            <translation>Teaching load not found.</translation>
        </message>
        <message>
            <source>Название КТП длиннее 200 символов.</source>
            <translation>The lesson plan title is longer than 200 characters.</translation>
        </message>
        <message>
            <source>Название раздела длиннее 200 символов.</source>
            <translation>The section title is longer than 200 characters.</translation>
        </message>
        <message>
            <source>Не указана тема урока.</source>
            <translation>No lesson topic given.</translation>
        </message>
        <message>
            <source>Не указано название КТП.</source>
            <translation>No lesson plan title given.</translation>
        </message>
        <message>
            <source>Параллель — от 1 до 11.</source>
            <translation>Year group: from 1 to 11.</translation>
        </message>
        <message>
            <source>Предмет не найден.</source>
            <translation>Subject not found.</translation>
        </message>
        <message>
            <source>Тема КТП не найдена.</source>
            <translation>Lesson plan topic not found.</translation>
        </message>
        <message>
            <source>У нагрузки нет уроков в расписании: даты не из чего взять.</source>
            <translation>The teaching load has no lessons in the timetable: there is nowhere to take the dates from.</translation>
        </message>
        <message>
            <source>Учебный год не найден.</source>
            <translation>School year not found.</translation>
        </message>
        <message>
            <source>Часов на тему — от 1 до %d.</source>
            <translation>Hours per topic: from 1 to %d.</translation>
        </message>
        <message>
            <source>чужая нагрузка</source>
            <translation>someone else's teaching load</translation>
        </message>
    </context>
    <context>
        <name>PreviewModel</name>
        <message>
            <source>Кто / что</source>
            <translation>Who / what</translation>
        </message>
        <message>
            <source>Результат</source>
            <translation>Result</translation>
        </message>
        <message>
            <source>Строка</source>
            <translation>Row</translation>
        </message>
        <message>
            <source>Что изменится / причина отказа</source>
            <translation>What will change / reason for rejection</translation>
        </message>
        <message>
            <source>добавить</source>
            <translation>add</translation>
        </message>
        <message>
            <source>изменить</source>
            <translation>change</translation>
        </message>
        <message>
            <source>оставить</source>
            <translation>keep</translation>
        </message>
        <message>
            <source>отклонено</source>
            <translation>rejected</translation>
        </message>
        <message>
            <source>удалить</source>
            <translation>delete</translation>
        </message>
    </context>
    <context>
        <name>Print</name>
        <message>
            <source>В журнале нет ни одного учебного года.</source>
            <translation>The journal has no school year.</translation>
        </message>
        <message>
            <source>Годовые отметки</source>
            <translation>Year marks</translation>
        </message>
        <message>
            <source>Итоговые отметки</source>
            <translation>Final marks</translation>
        </message>
        <message>
            <source>Класс «%s» в %s учебном году не найден (есть: %s).</source>
            <translation>Class «%s» not found in the school year %s (there are: %s).</translation>
        </message>
        <message>
            <source>Класс не найден.</source>
            <translation>Class not found.</translation>
        </message>
        <message>
            <source>Период относится к другому учебному году.</source>
            <translation>The period belongs to another school year.</translation>
        </message>
        <message>
            <source>Предмет «%s» в этом классе не преподаётся (есть: %s).</source>
            <translation>The subject «%s» is not taught in this class (there are: %s).</translation>
        </message>
        <message>
            <source>Предмет «%s» неоднозначен (подходят: %s).</source>
            <translation>The subject «%s» is ambiguous (matching: %s).</translation>
        </message>
        <message>
            <source>Учебного периода № %d в этом году нет.</source>
            <translation>There is no school period No. %d this year.</translation>
        </message>
        <message>
            <source>Учебный год «%s» не найден (есть: %s).</source>
            <translation>School year «%s» not found (there are: %s).</translation>
        </message>
        <message>
            <source>Экзаменационные отметки</source>
            <translation>Exam marks</translation>
        </message>
        <message>
            <source>Этот предмет в классе %s не преподаётся.</source>
            <translation>This subject is not taught in class %s.</translation>
        </message>
        <message>
            <source>нет</source>
            <translation>no</translation>
        </message>
    </context>
    <context>
        <name>PrintLog</name>
        <message>
            <source>Для журнала класса нужно указать учебный год.</source>
            <translation>A class journal needs a school year.</translation>
        </message>
        <message>
            <source>Для этого вида печати нужно указать класс.</source>
            <translation>This kind of print needs a class.</translation>
        </message>
        <message>
            <source>Класс не найден.</source>
            <translation>Class not found.</translation>
        </message>
        <message>
            <source>Контрольная сумма файла должна быть SHA-256 (64 шестнадцатеричные цифры).</source>
            <translation>The file checksum must be SHA-256 (64 hexadecimal digits).</translation>
        </message>
        <message>
            <source>Не указано имя записанного файла.</source>
            <translation>The name of the written file is not given.</translation>
        </message>
        <message>
            <source>Неизвестный вид печати «%s».</source>
            <translation>Unknown kind of print «%s».</translation>
        </message>
        <message>
            <source>Учебный год не найден.</source>
            <translation>School year not found.</translation>
        </message>
        <message>
            <source>Число листов должно быть целым и не меньше нуля.</source>
            <translation>The number of sheets must be a whole number, zero or more.</translation>
        </message>
        <message>
            <source>журнал класса</source>
            <translation>class journal</translation>
        </message>
        <message>
            <source>информационные письма</source>
            <translation>information letters</translation>
        </message>
        <message>
            <source>отчёт-дневник</source>
            <translation>diary report</translation>
        </message>
        <message>
            <source>сводная ведомость</source>
            <translation>summary sheet</translation>
        </message>
        <message>
            <source>страницы журнала за период</source>
            <translation>journal pages for a period</translation>
        </message>
        <message>
            <source>страницы предмета</source>
            <translation>subject pages</translation>
        </message>
        <message>
            <source>том сводных ведомостей</source>
            <translation>volume of summary sheets</translation>
        </message>
    </context>
    <context>
        <name>PrintTab</name>
        <message>
            <source>PDF сохранён</source>
            <translation>PDF saved</translation>
        </message>
        <message>
            <source>SHA-256 файла: %s</source>
            <translation>SHA-256 of the file: %s</translation>
        </message>
        <message>
            <source>В журнале нет учебных лет.</source>
            <translation>The journal has no school years.</translation>
        </message>
        <message>
            <source>В папку %s записаны журналы %d классов, всего листов: %d.</source>
            <translation>Written to the folder %s: journals of %d classes, %d sheets in all.</translation>
        </message>
        <message>
            <source>Весь учебный год</source>
            <translation>Whole school year</translation>
        </message>
        <message>
            <source>Все учащиеся класса</source>
            <translation>All pupils of the class</translation>
        </message>
        <message>
            <source>Документ PDF (*.pdf)</source>
            <translation>PDF document (*.pdf)</translation>
        </message>
        <message>
            <source>Журнал заверен</source>
            <translation>Journal certified</translation>
        </message>
        <message>
            <source>Журнал заверен %s (%s), листов: %d. Год этого класса только для чтения.</source>
            <translation>Journal certified %s (%s), sheets: %d. This class's year is read-only.</translation>
        </message>
        <message>
            <source>Журнал изменён после заверения. Отличаются:
%s

%s</source>
            <translation>The journal was changed after certification. Differences:
%s

%s</translation>
        </message>
        <message>
            <source>Журнал класса %s за %s учебный год заверен. Листов: %d.
Контрольная сумма SHA-256: %s
Напечатайте журнал ещё раз: на титульном листе будет отметка о заверении.</source>
            <translation>The journal of class %s for the school year %s is certified. Sheets: %d.
SHA-256 checksum: %s
Print the journal again: the title page will show the certification.</translation>
        </message>
        <message>
            <source>Журнал класса за учебный год (для брошюровки, с титульным листом)</source>
            <translation>Class journal for the school year (for binding, with a title page)</translation>
        </message>
        <message>
            <source>Журнал класса за этот учебный год не заверен.</source>
            <translation>The class journal for this school year is not certified.</translation>
        </message>
        <message>
            <source>Журнал печати</source>
            <translation>Print log</translation>
        </message>
        <message>
            <source>Журнал совпадает с заверенным: данные не менялись.</source>
            <translation>The journal matches the certified one: the data has not changed.</translation>
        </message>
        <message>
            <source>Журналы всех классов — каждый в свой файл</source>
            <translation>Journals of all classes — each in its own file</translation>
        </message>
        <message>
            <source>Журналы сохранены</source>
            <translation>Journals saved</translation>
        </message>
        <message>
            <source>Заверить журнал</source>
            <translation>Certify the journal</translation>
        </message>
        <message>
            <source>Заверить журнал класса за учебный год: после этого год класса станет только для чтения</source>
            <translation>Certify the class journal for the school year: the class's year then becomes read-only</translation>
        </message>
        <message>
            <source>Заверить…</source>
            <translation>Certify…</translation>
        </message>
        <message>
            <source>Замечания и пожелания классного руководителя — одинаковые во всех письмах (необязательно)</source>
            <translation>The homeroom teacher's remarks and suggestions — the same in all letters (optional)</translation>
        </message>
        <message>
            <source>Записано контактов с родителями: %d.</source>
            <translation>Contacts with parents recorded: %d.</translation>
        </message>
        <message>
            <source>Записано: %s — листов: %d.</source>
            <translation>Written: %s — sheets: %d.</translation>
        </message>
        <message>
            <source>Изменения через программу после заверения: %d.</source>
            <translation>Changes through the program after certification: %d.</translation>
        </message>
        <message>
            <source>Информационные письма родителям за период — по письму на страницу</source>
            <translation>Information letters to parents for a period — one letter per page</translation>
        </message>
        <message>
            <source>Класс</source>
            <translation>Class</translation>
        </message>
        <message>
            <source>Класс:</source>
            <translation>Class:</translation>
        </message>
        <message>
            <source>Когда</source>
            <translation>When</translation>
        </message>
        <message>
            <source>Кто</source>
            <translation>Who</translation>
        </message>
        <message>
            <source>Листов</source>
            <translation>Sheets</translation>
        </message>
        <message>
            <source>Листов: %d</source>
            <translation>Sheets: %d</translation>
        </message>
        <message>
            <source>Не удалось записать PDF: %s</source>
            <translation>Could not write the PDF: %s</translation>
        </message>
        <message>
            <source>Не удалось записать «%s»: %s</source>
            <translation>Could not write «%s»: %s</translation>
        </message>
        <message>
            <source>Не удалось прочитать «%s»: %s</source>
            <translation>Could not read «%s»: %s</translation>
        </message>
        <message>
            <source>Нет классов, журналы которых вы можете печатать в этом учебном году.</source>
            <translation>There are no classes whose journals you can print this school year.</translation>
        </message>
        <message>
            <source>Нет классов, страницы журналов которых вы можете напечатать за этот период.</source>
            <translation>There are no classes whose journal pages you can print for this period.</translation>
        </message>
        <message>
            <source>Открыть PDF</source>
            <translation>Open PDF</translation>
        </message>
        <message>
            <source>Открыть напечатанный файл в программе просмотра PDF</source>
            <translation>Open the printed file in a PDF viewer</translation>
        </message>
        <message>
            <source>Отчёт-дневник учащегося для родителей (отметки, посещаемость, темы, задания)</source>
            <translation>Pupil's diary report for parents (marks, attendance, topics, homework)</translation>
        </message>
        <message>
            <source>Папка для журналов всех классов</source>
            <translation>Folder for the journals of all classes</translation>
        </message>
        <message>
            <source>Период:</source>
            <translation>Period:</translation>
        </message>
        <message>
            <source>Предмет:</source>
            <translation>Subject:</translation>
        </message>
        <message>
            <source>Предпросмотр страниц недоступен (нет программы pdftoppm). Откройте PDF кнопкой «Открыть PDF» или сохраните его.</source>
            <translation>Page preview is not available (no pdftoppm program). Open the PDF with «Open PDF» or save it.</translation>
        </message>
        <message>
            <source>Проверить заверенный журнал</source>
            <translation>Verify the certified journal</translation>
        </message>
        <message>
            <source>Проверка журнала</source>
            <translation>Journal check</translation>
        </message>
        <message>
            <source>Просмотр</source>
            <translation>Preview</translation>
        </message>
        <message>
            <source>Сводная ведомость итоговых отметок класса (хранится 25 лет)</source>
            <translation>Summary sheet of the class's final marks (kept 25 years)</translation>
        </message>
        <message>
            <source>Сводные ведомости всех классов одним томом</source>
            <translation>Summary sheets of all classes in one volume</translation>
        </message>
        <message>
            <source>Сохранить PDF</source>
            <translation>Save PDF</translation>
        </message>
        <message>
            <source>Сохранить PDF…</source>
            <translation>Save PDF…</translation>
        </message>
        <message>
            <source>Сохранённый PDF записывается в журнал печати и как контакт с родителями каждого учащегося; просмотр ничего не записывает.</source>
            <translation>A saved PDF is recorded in the print log and as a contact with each pupil's parents; previewing records nothing.</translation>
        </message>
        <message>
            <source>Страницы журнала одного предмета</source>
            <translation>Journal pages of one subject</translation>
        </message>
        <message>
            <source>Страницы журналов всех классов за период — одним файлом с содержанием</source>
            <translation>Journal pages of all classes for a period — in one file with a table of contents</translation>
        </message>
        <message>
            <source>Учащийся:</source>
            <translation>Pupil:</translation>
        </message>
        <message>
            <source>Учебный год:</source>
            <translation>School year:</translation>
        </message>
        <message>
            <source>Файл</source>
            <translation>File</translation>
        </message>
        <message>
            <source>Файл не записан</source>
            <translation>File not written</translation>
        </message>
        <message>
            <source>Через программу ничего не менялось: данные изменены в обход программы.</source>
            <translation>Nothing was changed through the program: the data was changed bypassing it.</translation>
        </message>
        <message>
            <source>Что</source>
            <translation>What</translation>
        </message>
        <message>
            <source>Что напечатать</source>
            <translation>What to print</translation>
        </message>
        <message>
            <source>все классы</source>
            <translation>all classes</translation>
        </message>
        <message>
            <source>по</source>
            <translation>to</translation>
        </message>
        <message>
            <source>с</source>
            <translation>from</translation>
        </message>
        <message>
            <source>… и ещё %d</source>
            <translation>… and %d more</translation>
        </message>
    </context>
    <context>
        <name>Reports</name>
        <message>
            <source>%d дн. %d ч</source>
            <translation>%d d %d h</translation>
        </message>
        <message>
            <source>%d мин</source>
            <translation>%d min</translation>
        </message>
        <message>
            <source>%d ч %d мин</source>
            <translation>%d h %d min</translation>
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
            <translation>«Filled in on time» is the share of lessons entered in the journal without delay; «not filled in» are timetabled lessons without a single journal entry.</translation>
        </message>
        <message>
            <source>«Учащихся» — числились в классе хотя бы один день с %s по %s; «на учащегося» — пропущенные уроки, делённые на это число.</source>
            <translation>«Pupils» were on the roll of the class for at least one day from %s to %s; «per pupil» is missed lessons divided by that number.</translation>
        </message>
        <message>
            <source>Активность работы в журнале</source>
            <translation>Journal activity</translation>
        </message>
        <message>
            <source>Аттестовано</source>
            <translation>Assessed</translation>
        </message>
        <message>
            <source>Без д/з</source>
            <translation>No homework</translation>
        </message>
        <message>
            <source>Без отметок</source>
            <translation>No marks</translation>
        </message>
        <message>
            <source>Без отметок за период</source>
            <translation>No period marks</translation>
        </message>
        <message>
            <source>Без отметок, с одной отметкой, ниже минимума — число учащихся за период.</source>
            <translation>No marks, a single mark, below the minimum — numbers of pupils for the period.</translation>
        </message>
        <message>
            <source>Без темы</source>
            <translation>No topic</translation>
        </message>
        <message>
            <source>Без учёта посещаемости</source>
            <translation>No attendance taken</translation>
        </message>
        <message>
            <source>В %s отметки не выставляются.</source>
            <translation>No marks are given in %s.</translation>
        </message>
        <message>
            <source>В группе риска учащихся: %d.</source>
            <translation>Pupils at risk: %d.</translation>
        </message>
        <message>
            <source>В журнале нет ни одного учебного года.</source>
            <translation>The journal has no school year.</translation>
        </message>
        <message>
            <source>В срок</source>
            <translation>On time</translation>
        </message>
        <message>
            <source>В срок — в последнюю неделю периода, с %s по %s; досрочно — раньше, с опозданием — позже (дата первого выставления по журналу аудита).</source>
            <translation>On time means in the last week of the period, from %s to %s; early means before that, late means after it (the date first given, from the audit log).</translation>
        </message>
        <message>
            <source>В учебном году %s не заданы учебные периоды.</source>
            <translation>The school year %s has no school periods.</translation>
        </message>
        <message>
            <source>Ведение журнала</source>
            <translation>Journal keeping</translation>
        </message>
        <message>
            <source>Внесено</source>
            <translation>Entered</translation>
        </message>
        <message>
            <source>Время внесения — по журналу аудита (первое внесение темы и д/з, каждое выставление отметки).</source>
            <translation>Entry time is taken from the audit log (the first entry of the topic and homework, every mark given).</translation>
        </message>
        <message>
            <source>Всего с отметками за период</source>
            <translation>All with period marks</translation>
        </message>
        <message>
            <source>Вся школа</source>
            <translation>Whole school</translation>
        </message>
        <message>
            <source>Выберите класс: отчёт «%s» строится по одному классу.</source>
            <translation>Choose a class: the report «%s» is built for one class.</translation>
        </message>
        <message>
            <source>Выполнение</source>
            <translation>Completion</translation>
        </message>
        <message>
            <source>Выполнение программы</source>
            <translation>Programme completion</translation>
        </message>
        <message>
            <source>Выставлено</source>
            <translation>Given</translation>
        </message>
        <message>
            <source>Группа риска</source>
            <translation>At risk</translation>
        </message>
        <message>
            <source>Д/з с опозданием</source>
            <translation>Homework late</translation>
        </message>
        <message>
            <source>Дата</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Дата выставления</source>
            <translation>Date given</translation>
        </message>
        <message>
            <source>Дата окончания раньше даты начала.</source>
            <translation>The end date is before the start date.</translation>
        </message>
        <message>
            <source>Дата урока</source>
            <translation>Lesson date</translation>
        </message>
        <message>
            <source>Динамика по предметам</source>
            <translation>Trend by subject</translation>
        </message>
        <message>
            <source>Дней без записей</source>
            <translation>Days without entries</translation>
        </message>
        <message>
            <source>Доли — от числа в столбце «Из»; «по предметам» — учащийся считается по каждому предмету.</source>
            <translation>Shares are of the number in the column «Of»; «by subject» counts a pupil once in every subject.</translation>
        </message>
        <message>
            <source>Доли — от числа учащихся класса (подгруппы), изучающих предмет (столбец «Учащихся»); в итоговой строке — от суммы по всем предметам (учащийся считается по каждому предмету).</source>
            <translation>Shares are of the number of pupils of the class (subgroup) who study the subject (column «Pupils»); in the total row, of the sum over all subjects (a pupil is counted in every subject).</translation>
        </message>
        <message>
            <source>Доли — от числа учащихся, имеющих хотя бы одну отметку за период (%d); учащиеся без отметок в знаменатель не входят.</source>
            <translation>Shares are of the number of pupils with at least one period mark (%d); pupils without marks are not in the denominator.</translation>
        </message>
        <message>
            <source>Доля</source>
            <translation>Share</translation>
        </message>
        <message>
            <source>Доля без отметок</source>
            <translation>Share without marks</translation>
        </message>
        <message>
            <source>Доля в срок</source>
            <translation>Share on time</translation>
        </message>
        <message>
            <source>Доля в срок — от числа учащихся, которым нужна отметка (столбец «Учащихся»).</source>
            <translation>Share on time is of the number of pupils who need a mark (column «Pupils»).</translation>
        </message>
        <message>
            <source>Доля ниже минимума</source>
            <translation>Share below the minimum</translation>
        </message>
        <message>
            <source>Доля с одной отметкой</source>
            <translation>Share with a single mark</translation>
        </message>
        <message>
            <source>Доля учителей, работавших в журнале за неделю, и учителя, не заполнявшие журнал N дней (настройка школы).</source>
            <translation>The share of teachers who worked in the journal during the week, and the teachers who have not filled in the journal for N days (a school setting).</translation>
        </message>
        <message>
            <source>Досрочно</source>
            <translation>Early</translation>
        </message>
        <message>
            <source>Ежемесячный отчёт о ведении журнала</source>
            <translation>Monthly report on journal keeping</translation>
        </message>
        <message>
            <source>Еженедельные проверки журнала классными руководителями</source>
            <translation>Weekly journal checks by homeroom teachers</translation>
        </message>
        <message>
            <source>За прошлый период</source>
            <translation>For the previous period</translation>
        </message>
        <message>
            <source>Замечание</source>
            <translation>Remark</translation>
        </message>
        <message>
            <source>Записано</source>
            <translation>Recorded</translation>
        </message>
        <message>
            <source>Записей за период</source>
            <translation>Entries in the period</translation>
        </message>
        <message>
            <source>Запланированные (КТП или часы по нагрузке) и проведённые уроки по каждой нагрузке.</source>
            <translation>Planned (lesson plan or hours of the teaching load) and given lessons for each teaching load.</translation>
        </message>
        <message>
            <source>Заполнено в срок</source>
            <translation>Filled in on time</translation>
        </message>
        <message>
            <source>Заполнено с опозданием</source>
            <translation>Filled in late</translation>
        </message>
        <message>
            <source>Запросов на исправление</source>
            <translation>Correction requests</translation>
        </message>
        <message>
            <source>Значение</source>
            <translation>Value</translation>
        </message>
        <message>
            <source>Из</source>
            <translation>Of</translation>
        </message>
        <message>
            <source>Изменение</source>
            <translation>Change</translation>
        </message>
        <message>
            <source>Изменение балла</source>
            <translation>Change of average</translation>
        </message>
        <message>
            <source>Итог</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Итоги периода по классу</source>
            <translation>Period results of the class</translation>
        </message>
        <message>
            <source>Итоги по классу</source>
            <translation>Class results</translation>
        </message>
        <message>
            <source>Итого</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Итого по классу</source>
            <translation>Class total</translation>
        </message>
        <message>
            <source>Итого по школе</source>
            <translation>School total</translation>
        </message>
        <message>
            <source>Итоговые отметки в срок</source>
            <translation>Period marks on time</translation>
        </message>
        <message>
            <source>КТП</source>
            <translation>Lesson plan</translation>
        </message>
        <message>
            <source>Категория</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Качество</source>
            <translation>Quality</translation>
        </message>
        <message>
            <source>Качество знаний</source>
            <translation>Quality rate</translation>
        </message>
        <message>
            <source>Качество знаний по классам</source>
            <translation>Quality rate by class</translation>
        </message>
        <message>
            <source>Качество по предметам</source>
            <translation>Quality by subject</translation>
        </message>
        <message>
            <source>Качество: прогноз</source>
            <translation>Quality: forecast</translation>
        </message>
        <message>
            <source>Качество: прогноз и прошлый период</source>
            <translation>Quality: forecast and previous period</translation>
        </message>
        <message>
            <source>Качество: прошлый период</source>
            <translation>Quality: previous period</translation>
        </message>
        <message>
            <source>Кем</source>
            <translation>By</translation>
        </message>
        <message>
            <source>Класс</source>
            <translation>Class</translation>
        </message>
        <message>
            <source>Класс %s</source>
            <translation>Class %s</translation>
        </message>
        <message>
            <source>Класс «%s» не найден (есть: %s).</source>
            <translation>Class «%s» not found (there are: %s).</translation>
        </message>
        <message>
            <source>Класс не найден.</source>
            <translation>Class not found.</translation>
        </message>
        <message>
            <source>Классный руководитель</source>
            <translation>Homeroom teacher</translation>
        </message>
        <message>
            <source>Клетка</source>
            <translation>Cell</translation>
        </message>
        <message>
            <source>Клеток с отметкой и пропуском урока</source>
            <translation>Cells with a mark and an absence</translation>
        </message>
        <message>
            <source>Контрольные показатели ведения электронного журнала за месяц для директора: заполнение, своевременность, накопляемость, отметка и «н» в одной клетке, активность учителей.</source>
            <translation>Monthly indicators of e-journal keeping for the head teacher: completeness, timeliness, accumulation of marks, a mark and «н» in the same cell, teacher activity.</translation>
        </message>
        <message>
            <source>Месяц</source>
            <translation>Month</translation>
        </message>
        <message>
            <source>Минимум</source>
            <translation>Minimum</translation>
        </message>
        <message>
            <source>Минимум отметок за период: 2 × часов в неделю + %d (настройка школы).</source>
            <translation>Minimum marks per period: 2 × weekly hours + %d (a school setting).</translation>
        </message>
        <message>
            <source>На «4» и «5»</source>
            <translation>With «4» and «5»</translation>
        </message>
        <message>
            <source>Накопляемость отметок</source>
            <translation>Accumulation of marks</translation>
        </message>
        <message>
            <source>Не аттестован</source>
            <translation>Not assessed</translation>
        </message>
        <message>
            <source>Не аттестованы (н/а)</source>
            <translation>Not assessed («н/а»)</translation>
        </message>
        <message>
            <source>Не выставлено</source>
            <translation>Not given</translation>
        </message>
        <message>
            <source>Не заполнено</source>
            <translation>Not filled in</translation>
        </message>
        <message>
            <source>Не заполнено уроков</source>
            <translation>Lessons not filled in</translation>
        </message>
        <message>
            <source>Не заполняют журнал %d и более дней</source>
            <translation>Have not filled in the journal for %d days or more</translation>
        </message>
        <message>
            <source>Не работали в журнале в эти дни</source>
            <translation>Did not work in the journal on these days</translation>
        </message>
        <message>
            <source>Недели — с понедельника по воскресенье, начавшиеся к %s; доля — от числа недель класса.</source>
            <translation>Weeks run from Monday to Sunday and count if they started by %s; the share is of the number of the class's weeks.</translation>
        </message>
        <message>
            <source>Недель</source>
            <translation>Weeks</translation>
        </message>
        <message>
            <source>Неделя</source>
            <translation>Week</translation>
        </message>
        <message>
            <source>Нет отметок</source>
            <translation>No marks</translation>
        </message>
        <message>
            <source>Нет прав на действие «%s» (%s).</source>
            <translation>You have no right to «%s» (%s).</translation>
        </message>
        <message>
            <source>Неуспевающий</source>
            <translation>Failing</translation>
        </message>
        <message>
            <source>Ниже минимума</source>
            <translation>Below the minimum</translation>
        </message>
        <message>
            <source>Опоздание</source>
            <translation>Delay</translation>
        </message>
        <message>
            <source>Опозданий</source>
            <translation>Late arrivals</translation>
        </message>
        <message>
            <source>Основа плана</source>
            <translation>Plan basis</translation>
        </message>
        <message>
            <source>Отличник</source>
            <translation>Top pupil</translation>
        </message>
        <message>
            <source>Отличники</source>
            <translation>Top pupils</translation>
        </message>
        <message>
            <source>Отметка</source>
            <translation>Mark</translation>
        </message>
        <message>
            <source>Отметка и пропуск</source>
            <translation>Mark and absence</translation>
        </message>
        <message>
            <source>Отметка и пропуск в одной клетке</source>
            <translation>Mark and absence in the same cell</translation>
        </message>
        <message>
            <source>Отметки за период</source>
            <translation>Period marks</translation>
        </message>
        <message>
            <source>Отметки за период каждого учащегося, отличники, хорошисты, с одной «3», с «2», н/а.</source>
            <translation>Period marks of every pupil, top pupils (all «5»), good pupils (all «4» and «5»), with a single «3», with «2», «н/а».</translation>
        </message>
        <message>
            <source>Отметки за период, выставленные досрочно, в последнюю неделю перед каникулами (в срок), с опозданием, и не выставленные.</source>
            <translation>Period marks given early, in the last week before the holidays (on time), late, and not given.</translation>
        </message>
        <message>
            <source>Отметки за письменные и контрольные работы — до конца дня по истечении срока: %s.</source>
            <translation>Marks for written work and tests: by the end of the day after the deadline: %s.</translation>
        </message>
        <message>
            <source>Отметки не в срок и не выставленные</source>
            <translation>Marks late and not given</translation>
        </message>
        <message>
            <source>Отметки с опозданием</source>
            <translation>Marks late</translation>
        </message>
        <message>
            <source>Отметок</source>
            <translation>Marks</translation>
        </message>
        <message>
            <source>Отметок выставлено</source>
            <translation>Marks given</translation>
        </message>
        <message>
            <source>Отставание</source>
            <translation>Behind</translation>
        </message>
        <message>
            <source>Отчёт «%s» не найден. Список отчётов: ejournal report --list.</source>
            <translation>Report «%s» not found. List of reports: ejournal report --list.</translation>
        </message>
        <message>
            <source>Отчёт строится не больше чем за учебный год.</source>
            <translation>A report covers at most one school year.</translation>
        </message>
        <message>
            <source>Отчёт учителя-предметника</source>
            <translation>Subject teacher's report</translation>
        </message>
        <message>
            <source>Охвачено</source>
            <translation>Reached</translation>
        </message>
        <message>
            <source>Период ещё не закончился: минимум отметок будет проверен после %s.</source>
            <translation>The period has not ended yet: the minimum of marks will be checked after %s.</translation>
        </message>
        <message>
            <source>Период ещё не закончился: невыставленные отметки ещё могут быть выставлены в срок.</source>
            <translation>The period has not ended yet: the missing marks can still be given on time.</translation>
        </message>
        <message>
            <source>Период относится к другому учебному году, чем класс.</source>
            <translation>The period belongs to a school year other than the class's.</translation>
        </message>
        <message>
            <source>План на год</source>
            <translation>Plan for the year</translation>
        </message>
        <message>
            <source>План на дату</source>
            <translation>Plan to date</translation>
        </message>
        <message>
            <source>План на дату — по %s.</source>
            <translation>Plan to date: up to %s.</translation>
        </message>
        <message>
            <source>План на период</source>
            <translation>Plan for the period</translation>
        </message>
        <message>
            <source>План — часы тем КТП с плановыми датами в периоде; если у предмета нет КТП с датами — часы в неделю × число учебных недель (учебные дни без каникул / дней в учебной неделе).</source>
            <translation>The plan is the hours of lesson plan topics with planned dates in the period; if the subject has no lesson plan with dates, weekly hours × the number of school weeks (school days without holidays / days in the school week).</translation>
        </message>
        <message>
            <source>По каждому классу и каждой неделе: подтвердил ли классный руководитель проверку заполнения журнала, когда и кто, и показатели на момент подтверждения.</source>
            <translation>For each class and each week: whether the homeroom teacher confirmed the check of how the journal was filled in, when and by whom, and the indicators at the time of confirmation.</translation>
        </message>
        <message>
            <source>По классам</source>
            <translation>By class</translation>
        </message>
        <message>
            <source>По классам и предметам</source>
            <translation>By class and subject</translation>
        </message>
        <message>
            <source>По месяцам</source>
            <translation>By month</translation>
        </message>
        <message>
            <source>По нагрузке</source>
            <translation>By teaching load</translation>
        </message>
        <message>
            <source>По неделям</source>
            <translation>By week</translation>
        </message>
        <message>
            <source>По расписанию</source>
            <translation>Per timetable</translation>
        </message>
        <message>
            <source>По учащимся</source>
            <translation>By pupil</translation>
        </message>
        <message>
            <source>По учителям</source>
            <translation>By teacher</translation>
        </message>
        <message>
            <source>Подтверждена</source>
            <translation>Confirmed</translation>
        </message>
        <message>
            <source>Подтверждено</source>
            <translation>Confirmed</translation>
        </message>
        <message>
            <source>Показатели</source>
            <translation>Indicators</translation>
        </message>
        <message>
            <source>Показатели — на момент подтверждения. «Без учёта посещаемости» — записанные уроки, где нет ни одного пропуска и ни одной отметки; «Без отметок» — учащиеся без отметок за последние уроки предмета (по каждому предмету).</source>
            <translation>The indicators are as at the time of confirmation. «No attendance taken» means recorded lessons with not a single absence and not a single mark; «No marks» means pupils with no marks in the last lessons of the subject (counted for each subject).</translation>
        </message>
        <message>
            <source>Показатель</source>
            <translation>Indicator</translation>
        </message>
        <message>
            <source>Пользователь «%s» не найден.</source>
            <translation>User «%s» not found.</translation>
        </message>
        <message>
            <source>Посещаемость</source>
            <translation>Attendance</translation>
        </message>
        <message>
            <source>Последняя запись</source>
            <translation>Last entry</translation>
        </message>
        <message>
            <source>Последняя проверка</source>
            <translation>Last check</translation>
        </message>
        <message>
            <source>Предмет</source>
            <translation>Subject</translation>
        </message>
        <message>
            <source>Примечание</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Проведено</source>
            <translation>Given</translation>
        </message>
        <message>
            <source>Проведено — уроки, записанные в журнале; выполнение — проведено / план на дату.</source>
            <translation>Given means the lessons entered in the journal; completion is given / plan to date.</translation>
        </message>
        <message>
            <source>Прогноз</source>
            <translation>Forecast</translation>
        </message>
        <message>
            <source>Прогноз и динамика</source>
            <translation>Forecast and trend</translation>
        </message>
        <message>
            <source>Прогноз отметок за период по средневзвешенному баллу на сегодня, группа риска «2» и «н/а», изменение против прошлого периода.</source>
            <translation>Forecast of period marks from today's weighted average, the «2» and «н/а» risk group, change against the previous period.</translation>
        </message>
        <message>
            <source>Прогноз по учащимся</source>
            <translation>Forecast by pupil</translation>
        </message>
        <message>
            <source>Прогноз — отметка, которую даёт средневзвешенный балл текущих отметок с %s по %s по правилу округления школы (или предмета).</source>
            <translation>The forecast is the mark that the weighted average of the marks from %s to %s gives by the rounding rule of the school (or of the subject).</translation>
        </message>
        <message>
            <source>Пропусков</source>
            <translation>Absences</translation>
        </message>
        <message>
            <source>Пропущенные уроки по учащимся и классам, из них по болезни и по уважительной причине.</source>
            <translation>Missed lessons by pupil and class, of which for illness and for a valid reason.</translation>
        </message>
        <message>
            <source>Пропущенный урок — клетка с «н», «б» или «у»; «б» — по болезни, «у» — по уважительной причине, «н» — без уважительной причины; опоздания («оп») считаются отдельно и в пропуски не входят.</source>
            <translation>A missed lesson is a cell with «н», «б» or «у»: «б» for illness, «у» for a valid reason, «н» without a valid reason; late arrivals («оп») are counted separately and are not absences.</translation>
        </message>
        <message>
            <source>Пропущено на учащегося</source>
            <translation>Missed per pupil</translation>
        </message>
        <message>
            <source>Пропущено уроков</source>
            <translation>Lessons missed</translation>
        </message>
        <message>
            <source>Пропущено уроков по классам</source>
            <translation>Lessons missed by class</translation>
        </message>
        <message>
            <source>Пропущено уроков по неделям</source>
            <translation>Lessons missed by week</translation>
        </message>
        <message>
            <source>Пропущено уроков учащимися</source>
            <translation>Lessons missed by pupils</translation>
        </message>
        <message>
            <source>Проценты — доля учащихся, имеющих хотя бы одну отметку за период (столбец «С отметками»).</source>
            <translation>Percentages are the share of pupils with at least one period mark (column «With marks»).</translation>
        </message>
        <message>
            <source>Проценты — доля учащихся, получивших отметку за период (2–5 или «н/а»); знаменатель — столбец «Аттестовано». Успеваемость — без «2» и «н/а», качество — только «4» и «5»; «зач» и «осв» в проценты не входят.</source>
            <translation>Percentages are the share of pupils who received a period mark (2–5 or «н/а»); the denominator is the column «Assessed». Pass rate is without «2» and «н/а», quality is «4» and «5» only; «зач» and «осв» are not in the percentages.</translation>
        </message>
        <message>
            <source>Прошлого периода в этом году нет.</source>
            <translation>There is no previous period this year.</translation>
        </message>
        <message>
            <source>Прошлый период: %s.</source>
            <translation>Previous period: %s.</translation>
        </message>
        <message>
            <source>Работа в журнале — любая запись учителя: отметка, посещаемость, тема, домашнее задание, отметка за период (по журналу аудита). Доли — от числа учителей (%d).</source>
            <translation>Working in the journal means any entry by a teacher: a mark, attendance, a topic, homework, a period mark (from the audit log). Shares are of the number of teachers (%d).</translation>
        </message>
        <message>
            <source>Работа с родителями</source>
            <translation>Work with parents</translation>
        </message>
        <message>
            <source>Работали в журнале с %s по %s</source>
            <translation>Worked in the journal from %s to %s</translation>
        </message>
        <message>
            <source>Риск</source>
            <translation>Risk</translation>
        </message>
        <message>
            <source>Риск «н/а»: меньше %d отметок или пропущено больше половины проведённых уроков; риск «2»: прогноз «2».</source>
            <translation>Risk of «н/а»: fewer than %d marks or more than half of the given lessons missed; risk of «2»: a forecast of «2».</translation>
        </message>
        <message>
            <source>С «2»</source>
            <translation>With «2»</translation>
        </message>
        <message>
            <source>С «2» (неуспевающие)</source>
            <translation>With «2» (failing)</translation>
        </message>
        <message>
            <source>С «3»</source>
            <translation>With «3»</translation>
        </message>
        <message>
            <source>С «н/а»</source>
            <translation>With «н/а»</translation>
        </message>
        <message>
            <source>С двумя и более «3»</source>
            <translation>With two or more «3»</translation>
        </message>
        <message>
            <source>С одной «3»</source>
            <translation>With a single «3»</translation>
        </message>
        <message>
            <source>С одной отметкой</source>
            <translation>With a single mark</translation>
        </message>
        <message>
            <source>С опозданием</source>
            <translation>Late</translation>
        </message>
        <message>
            <source>С отметками</source>
            <translation>With marks</translation>
        </message>
        <message>
            <source>С прогнозом</source>
            <translation>With a forecast</translation>
        </message>
        <message>
            <source>СОУ</source>
            <translation>DLA</translation>
        </message>
        <message>
            <source>СОУ = (1,00·n5 + 0,64·n4 + 0,36·n3 + 0,16·n2) / число аттестованных («н/а» входит в знаменатель).</source>
            <translation>DLA = (1.00·n5 + 0.64·n4 + 0.36·n3 + 0.16·n2) / number assessed («н/а» is in the denominator).</translation>
        </message>
        <message>
            <source>Сводка</source>
            <translation>Summary</translation>
        </message>
        <message>
            <source>Сводка по классам</source>
            <translation>Summary by class</translation>
        </message>
        <message>
            <source>Сводка по предметам</source>
            <translation>Summary by subject</translation>
        </message>
        <message>
            <source>Своевременность заполнения журнала</source>
            <translation>Timeliness of journal keeping</translation>
        </message>
        <message>
            <source>Семей</source>
            <translation>Families</translation>
        </message>
        <message>
            <source>Семей, с которыми был контакт</source>
            <translation>Families contacted</translation>
        </message>
        <message>
            <source>Семья охвачена, если за эти дни в журнале записан хотя бы один контакт с её родителями: письмо, дневник, SMS, разговор, встреча. Семей — учащихся класса в эти дни; доля — от числа семей.</source>
            <translation>A family counts as reached if at least one contact with its parents is recorded in the journal for these days: a letter, a diary report, a text message, a conversation, a meeting. Families means the pupils of the class on these days; the share is of the number of families.</translation>
        </message>
        <message>
            <source>Состояние</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Средний балл</source>
            <translation>Average mark</translation>
        </message>
        <message>
            <source>Средний балл по предмету</source>
            <translation>Subject average</translation>
        </message>
        <message>
            <source>Средний балл — по всем отметкам за период; СОУ — по всем отметкам за период (2–5 и «н/а»).</source>
            <translation>The average mark is over all period marks; DLA (degree of learning attainment) is over all period marks (2–5 and «н/а»).</translation>
        </message>
        <message>
            <source>Средний балл, успеваемость, качество и СОУ по классам и предметам за период; без класса — сводка по школе.</source>
            <translation>Average mark, pass rate, quality and DLA by class and subject for the period; without a class, a summary for the school.</translation>
        </message>
        <message>
            <source>Средний взвешенный</source>
            <translation>Weighted average</translation>
        </message>
        <message>
            <source>Средний за прошлый период</source>
            <translation>Average for the previous period</translation>
        </message>
        <message>
            <source>Средний прогноз</source>
            <translation>Average forecast</translation>
        </message>
        <message>
            <source>Срок</source>
            <translation>Deadline</translation>
        </message>
        <message>
            <source>Срок: в день урока, не позднее %d мин. после окончания последнего урока смены (по звонкам).</source>
            <translation>Deadline: on the day of the lesson, at most %d min after the end of the last lesson of the shift (by the bell times).</translation>
        </message>
        <message>
            <source>Строка «Итого» считает все отметки за период по всем предметам вместе.</source>
            <translation>The «Total» row counts all period marks in all subjects together.</translation>
        </message>
        <message>
            <source>Считаются отметки за последние %d проведённых уроков каждого предмета (столбец «Уроков»).</source>
            <translation>The marks of the last %d lessons given in each subject are counted (column «Lessons»).</translation>
        </message>
        <message>
            <source>Тема с опозданием</source>
            <translation>Topic late</translation>
        </message>
        <message>
            <source>Только «зач» / «осв»</source>
            <translation>Only «зач» / «осв»</translation>
        </message>
        <message>
            <source>У учителя %s нет учебной нагрузки в %s учебном году.</source>
            <translation>Teacher %s has no teaching load in the school year %s.</translation>
        </message>
        <message>
            <source>Урок</source>
            <translation>Lesson</translation>
        </message>
        <message>
            <source>Уроки по расписанию без записей</source>
            <translation>Timetabled lessons without entries</translation>
        </message>
        <message>
            <source>Уроки, отметки, темы и домашние задания которых внесены позже срока, по журналу аудита; по учителям.</source>
            <translation>Lessons whose marks, topics and homework were entered after the deadline, from the audit log; by teacher.</translation>
        </message>
        <message>
            <source>Уроков</source>
            <translation>Lessons</translation>
        </message>
        <message>
            <source>Уроков без домашнего задания</source>
            <translation>Lessons without homework</translation>
        </message>
        <message>
            <source>Уроков без темы</source>
            <translation>Lessons without a topic</translation>
        </message>
        <message>
            <source>Уроков в журнале</source>
            <translation>Lessons in the journal</translation>
        </message>
        <message>
            <source>Уроков по расписанию без записей</source>
            <translation>Timetabled lessons without entries</translation>
        </message>
        <message>
            <source>Уроков с записями в журнале</source>
            <translation>Lessons with journal entries</translation>
        </message>
        <message>
            <source>Уроков с опозданием</source>
            <translation>Lessons late</translation>
        </message>
        <message>
            <source>Уроков, заполненных с опозданием</source>
            <translation>Lessons filled in late</translation>
        </message>
        <message>
            <source>Успеваемость</source>
            <translation>Pass rate</translation>
        </message>
        <message>
            <source>Успеваемость и качество знаний</source>
            <translation>Pass rate and quality rate</translation>
        </message>
        <message>
            <source>Успеваемость и качество по классам</source>
            <translation>Pass rate and quality by class</translation>
        </message>
        <message>
            <source>Успеваемость и качество по предметам</source>
            <translation>Pass rate and quality by subject</translation>
        </message>
        <message>
            <source>Успеваемость по классам и ведение журнала (программа, темы, своевременность, накопляемость) одного учителя за период.</source>
            <translation>One teacher's results by class and journal keeping (programme, topics, timeliness, accumulation of marks) for the period.</translation>
        </message>
        <message>
            <source>Успеваемость по предметам</source>
            <translation>Pass rate by subject</translation>
        </message>
        <message>
            <source>Успеваемость — по отметкам за период: проценты от числа аттестованных (2–5 и «н/а»).</source>
            <translation>Pass rate is by period marks: percentages of the number assessed (2–5 and «н/а»).</translation>
        </message>
        <message>
            <source>Успеваемость: %s (%d из %d), качество: %s (%d из %d).</source>
            <translation>Pass rate: %s (%d of %d), quality: %s (%d of %d).</translation>
        </message>
        <message>
            <source>Успеваемость: прогноз</source>
            <translation>Pass rate: forecast</translation>
        </message>
        <message>
            <source>Успеваемость: прошлый период</source>
            <translation>Pass rate: previous period</translation>
        </message>
        <message>
            <source>Учащиеся</source>
            <translation>Pupils</translation>
        </message>
        <message>
            <source>Учащиеся без отметок и с одной отметкой по предметам за период или за последние N уроков; учащиеся с числом отметок ниже минимума школы.</source>
            <translation>Pupils without marks and with a single mark by subject for the period or for the last N lessons; pupils with fewer marks than the school minimum.</translation>
        </message>
        <message>
            <source>Учащиеся считаются по всем предметам: успевающий — без «2» и «н/а» ни по одному предмету; качество — отличники и учащиеся на «4» и «5».</source>
            <translation>Pupils are counted over all subjects: a passing pupil has no «2» and no «н/а» in any subject; quality counts top pupils and pupils with «4» and «5».</translation>
        </message>
        <message>
            <source>Учащийся</source>
            <translation>Pupil</translation>
        </message>
        <message>
            <source>Учащихся</source>
            <translation>Pupils</translation>
        </message>
        <message>
            <source>Учащихся без отметок (по предметам)</source>
            <translation>Pupils without marks (by subject)</translation>
        </message>
        <message>
            <source>Учащихся с одной отметкой (по предметам)</source>
            <translation>Pupils with a single mark (by subject)</translation>
        </message>
        <message>
            <source>Учебного периода № %d в этом году нет (есть: %s).</source>
            <translation>There is no school period No. %d this year (there are: %s).</translation>
        </message>
        <message>
            <source>Учебный год «%s» не найден (есть: %s).</source>
            <translation>School year «%s» not found (there are: %s).</translation>
        </message>
        <message>
            <source>Учебный период не найден.</source>
            <translation>School period not found.</translation>
        </message>
        <message>
            <source>Учителей</source>
            <translation>Teachers</translation>
        </message>
        <message>
            <source>Учителей всего</source>
            <translation>Teachers in all</translation>
        </message>
        <message>
            <source>Учителей, работавших в журнале</source>
            <translation>Teachers who worked in the journal</translation>
        </message>
        <message>
            <source>Учитель</source>
            <translation>Teacher</translation>
        </message>
        <message>
            <source>Учитель не найден.</source>
            <translation>Teacher not found.</translation>
        </message>
        <message>
            <source>Учитель: %s</source>
            <translation>Teacher: %s</translation>
        </message>
        <message>
            <source>Хорошист</source>
            <translation>Good pupil</translation>
        </message>
        <message>
            <source>Хорошисты (на «4» и «5»)</source>
            <translation>Good pupils (all «4» and «5»)</translation>
        </message>
        <message>
            <source>Часов в неделю</source>
            <translation>Hours a week</translation>
        </message>
        <message>
            <source>Число последних уроков должно быть от 1 до 200.</source>
            <translation>The number of last lessons must be from 1 to 200.</translation>
        </message>
        <message>
            <source>Что внесено</source>
            <translation>What was entered</translation>
        </message>
        <message>
            <source>август</source>
            <translation>August</translation>
        </message>
        <message>
            <source>апрель</source>
            <translation>April</translation>
        </message>
        <message>
            <source>без уважительной причины</source>
            <translation>without a valid reason</translation>
        </message>
        <message>
            <source>декабрь</source>
            <translation>December</translation>
        </message>
        <message>
            <source>день</source>
            <translation>day</translation>
        </message>
        <message>
            <source>дней</source>
            <translation>days</translation>
        </message>
        <message>
            <source>дня</source>
            <translation>days</translation>
        </message>
        <message>
            <source>домашнее задание</source>
            <translation>homework</translation>
        </message>
        <message>
            <source>досрочно</source>
            <translation>early</translation>
        </message>
        <message>
            <source>из них по болезни</source>
            <translation>of which for illness</translation>
        </message>
        <message>
            <source>из них по уважительной причине</source>
            <translation>of which for a valid reason</translation>
        </message>
        <message>
            <source>из них рассмотрено</source>
            <translation>of which decided</translation>
        </message>
        <message>
            <source>из них рассмотрено в течение суток</source>
            <translation>of which decided within a day</translation>
        </message>
        <message>
            <source>июль</source>
            <translation>July</translation>
        </message>
        <message>
            <source>июнь</source>
            <translation>June</translation>
        </message>
        <message>
            <source>май</source>
            <translation>May</translation>
        </message>
        <message>
            <source>мало отметок — риск «н/а»</source>
            <translation>few marks — risk of «н/а»</translation>
        </message>
        <message>
            <source>март</source>
            <translation>March</translation>
        </message>
        <message>
            <source>меньше минимума</source>
            <translation>below the minimum</translation>
        </message>
        <message>
            <source>н/а</source>
            <translation>«н/а»</translation>
        </message>
        <message>
            <source>не выставлена</source>
            <translation>not given</translation>
        </message>
        <message>
            <source>не заполняет журнал %d и более дней</source>
            <translation>has not filled in the journal for %d days or more</translation>
        </message>
        <message>
            <source>не назначен</source>
            <translation>not assigned</translation>
        </message>
        <message>
            <source>не подтверждена</source>
            <translation>not confirmed</translation>
        </message>
        <message>
            <source>не работал(а) в журнале</source>
            <translation>did not work in the journal</translation>
        </message>
        <message>
            <source>нет</source>
            <translation>no</translation>
        </message>
        <message>
            <source>нет отметок</source>
            <translation>no marks</translation>
        </message>
        <message>
            <source>нет отметок — риск «н/а»</source>
            <translation>no marks — risk of «н/а»</translation>
        </message>
        <message>
            <source>ни разу не заполнял(а) журнал</source>
            <translation>has never filled in the journal</translation>
        </message>
        <message>
            <source>ноябрь</source>
            <translation>November</translation>
        </message>
        <message>
            <source>одна отметка</source>
            <translation>a single mark</translation>
        </message>
        <message>
            <source>октябрь</source>
            <translation>October</translation>
        </message>
        <message>
            <source>отметки</source>
            <translation>marks</translation>
        </message>
        <message>
            <source>отчёт другого учителя</source>
            <translation>another teacher's report</translation>
        </message>
        <message>
            <source>отчёт по классу</source>
            <translation>class report</translation>
        </message>
        <message>
            <source>по нагрузке</source>
            <translation>by teaching load</translation>
        </message>
        <message>
            <source>по уважительной причине</source>
            <translation>for a valid reason</translation>
        </message>
        <message>
            <source>последние %d уроков на %s</source>
            <translation>the last %d lessons to %s</translation>
        </message>
        <message>
            <source>прогноз «2»</source>
            <translation>forecast «2»</translation>
        </message>
        <message>
            <source>пропущено %d из %d уроков — риск «н/а»</source>
            <translation>%d of %d lessons missed — risk of «н/а»</translation>
        </message>
        <message>
            <source>просмотр отчётов</source>
            <translation>viewing reports</translation>
        </message>
        <message>
            <source>работал(а) в журнале</source>
            <translation>worked in the journal</translation>
        </message>
        <message>
            <source>с %s по %s</source>
            <translation>from %s to %s</translation>
        </message>
        <message>
            <source>с опозданием</source>
            <translation>late</translation>
        </message>
        <message>
            <source>сентябрь</source>
            <translation>September</translation>
        </message>
        <message>
            <source>тема</source>
            <translation>topic</translation>
        </message>
        <message>
            <source>только ваши классы и предметы</source>
            <translation>only your classes and subjects</translation>
        </message>
        <message>
            <source>только вы и учителя вашего класса</source>
            <translation>only you and the teachers of your class</translation>
        </message>
        <message>
            <source>учебный год %s</source>
            <translation>school year %s</translation>
        </message>
        <message>
            <source>февраль</source>
            <translation>February</translation>
        </message>
        <message>
            <source>январь</source>
            <translation>January</translation>
        </message>
        <message>
            <source>№</source>
            <translation>No.</translation>
        </message>
    </context>
    <context>
        <name>ReportsTab</name>
        <message>
            <source>Все мои классы</source>
            <translation>All my classes</translation>
        </message>
        <message>
            <source>Вся школа</source>
            <translation>Whole school</translation>
        </message>
        <message>
            <source>Выберите отчёт и нажмите «Построить».</source>
            <translation>Choose a report and press «Build».</translation>
        </message>
        <message>
            <source>Даты:</source>
            <translation>Dates:</translation>
        </message>
        <message>
            <source>Документ PDF (*.pdf)</source>
            <translation>PDF document (*.pdf)</translation>
        </message>
        <message>
            <source>Класс:</source>
            <translation>Class:</translation>
        </message>
        <message>
            <source>Книга Excel (*.xlsx)</source>
            <translation>Excel workbook (*.xlsx)</translation>
        </message>
        <message>
            <source>Отчёт «%s» построен.</source>
            <translation>Report «%s» built.</translation>
        </message>
        <message>
            <source>Отчёт сохранён: %s</source>
            <translation>Report saved: %s</translation>
        </message>
        <message>
            <source>Отчёт:</source>
            <translation>Report:</translation>
        </message>
        <message>
            <source>Период:</source>
            <translation>Period:</translation>
        </message>
        <message>
            <source>Последние уроки:</source>
            <translation>Last lessons:</translation>
        </message>
        <message>
            <source>Построить</source>
            <translation>Build</translation>
        </message>
        <message>
            <source>Сохранить в Excel…</source>
            <translation>Save as Excel…</translation>
        </message>
        <message>
            <source>Сохранить в PDF…</source>
            <translation>Save as PDF…</translation>
        </message>
        <message>
            <source>Сохранить отчёт в Excel</source>
            <translation>Save the report as Excel</translation>
        </message>
        <message>
            <source>Сохранить отчёт в PDF</source>
            <translation>Save the report as PDF</translation>
        </message>
        <message>
            <source>Считать отметки за последние N проведённых уроков каждого предмета</source>
            <translation>Count the marks of the last N lessons given in each subject</translation>
        </message>
        <message>
            <source>Учебный год:</source>
            <translation>School year:</translation>
        </message>
        <message>
            <source>Учитель:</source>
            <translation>Teacher:</translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <source>В этой копии нет паролей сотрудников: после восстановления не сможет войти никто, в том числе вы, пока владелец базы данных не задаст пароль администратора командой ejournal set-password.</source>
            <translation>This copy holds no staff passwords: after restoring it nobody, including you, can log in until the database owner sets the administrator's password with ejournal set-password.</translation>
        </message>
        <message>
            <source>Восстановление из резервной копии</source>
            <translation>Restore from a backup</translation>
        </message>
        <message>
            <source>Всё, что сейчас есть в журнале, будет заменено содержимым этой копии: отметки, уроки, учётные записи, настройки. %s После восстановления нужно будет войти в программу заново.</source>
            <translation>Everything now in the journal will be replaced by the contents of this backup: marks, lessons, accounts, settings. %s After the restore you will have to log in again.</translation>
        </message>
        <message>
            <source>Заменить журнал копией</source>
            <translation>Replace the journal with the backup</translation>
        </message>
        <message>
            <source>Отмена</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Перед восстановлением текущий журнал будет сохранён в папку %s.</source>
            <translation>Before the restore the current journal will be saved to the folder %s.</translation>
        </message>
        <message>
            <source>Перед восстановлением текущий журнал будет сохранён в резервную копию.</source>
            <translation>Before the restore the current journal will be saved to a backup.</translation>
        </message>
        <message>
            <source>Файл: %s</source>
            <translation>File: %s</translation>
        </message>
    </context>
    <context>
        <name>Role</name>
        <message>
            <source>администратор ЭЖ</source>
            <translation>e-journal administrator</translation>
        </message>
        <message>
            <source>директор</source>
            <translation>head teacher</translation>
        </message>
        <message>
            <source>заместитель директора по УВР</source>
            <translation>deputy head (academic)</translation>
        </message>
        <message>
            <source>классный руководитель</source>
            <translation>homeroom teacher</translation>
        </message>
        <message>
            <source>учитель</source>
            <translation>teacher</translation>
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <source>Блокировка при бездействии, минут</source>
            <translation>Lock after inactivity, minutes</translation>
        </message>
        <message>
            <source>Директор (ФИО)</source>
            <translation>Head teacher (full name)</translation>
        </message>
        <message>
            <source>Классный руководитель может исправлять отметки своего класса</source>
            <translation>Homeroom teachers may correct the marks of their class</translation>
        </message>
        <message>
            <source>Краткое название школы</source>
            <translation>Short school name</translation>
        </message>
        <message>
            <source>Минимум отметок за период: 2 × часов в неделю + N</source>
            <translation>Minimum marks per period: 2 × weekly hours + N</translation>
        </message>
        <message>
            <source>Название школы</source>
            <translation>School name</translation>
        </message>
        <message>
            <source>Наименьшая текущая отметка</source>
            <translation>Lowest current mark</translation>
        </message>
        <message>
            <source>Напоминать директору о незаверенных журналах за столько дней до срока</source>
            <translation>Days before the deadline to remind the head teacher of uncertified journals</translation>
        </message>
        <message>
            <source>Напоминать учителю, не заполнявшему журнал, дней</source>
            <translation>Remind a teacher who has not filled in the journal after, days</translation>
        </message>
        <message>
            <source>Недопустимое значение настройки «%s».</source>
            <translation>Invalid value of the setting «%s».</translation>
        </message>
        <message>
            <source>Неизвестная настройка «%s».</source>
            <translation>Unknown setting «%s».</translation>
        </message>
        <message>
            <source>Отметки с «+» и «−»</source>
            <translation>Marks with «+» and «−»</translation>
        </message>
        <message>
            <source>Правило округления отметки за период</source>
            <translation>Rounding threshold of the period mark</translation>
        </message>
        <message>
            <source>Проверять копии архива учебного года раз в столько месяцев</source>
            <translation>How often to check the school year archive copies, in months</translation>
        </message>
        <message>
            <source>Срок заполнения после последнего урока, минут</source>
            <translation>Time to fill in after the last lesson, minutes</translation>
        </message>
        <message>
            <source>Срок печати и заверения журналов за год (ММ-ДД)</source>
            <translation>Deadline for printing and certifying the year's journals (MM-DD)</translation>
        </message>
        <message>
            <source>Через сколько дней после урока ячейки закрываются (0 — не закрываются)</source>
            <translation>Days after the lesson when cells close (0 — never)</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Добавить папку…</source>
            <translation>Add folder…</translation>
        </message>
        <message>
            <source>Изменения записываются в журнал аудита.</source>
            <translation>Changes are written to the audit log.</translation>
        </message>
        <message>
            <source>Настройки</source>
            <translation>Settings</translation>
        </message>
        <message>
            <source>Настройки школы изменяет администратор ЭЖ. Здесь они показаны только для просмотра.</source>
            <translation>School settings are changed by the e-journal administrator. They are shown here read-only.</translation>
        </message>
        <message>
            <source>Новый язык будет показан после перезапуска программы (или после «Файл → Сменить пользователя»).</source>
            <translation>The new language is shown after the program is restarted (or after File → Switch user).</translation>
        </message>
        <message>
            <source>Папка для резервных копий</source>
            <translation>Backup folder</translation>
        </message>
        <message>
            <source>Папки для резервных копий на этом компьютере</source>
            <translation>Backup folders on this computer</translation>
        </message>
        <message>
            <source>Средний балл 4,5 при пороге 0,50 даёт «5», 4,49 — «4».</source>
            <translation>With the threshold 0.50 an average of 4.5 gives «5», 4.49 gives «4».</translation>
        </message>
        <message>
            <source>Убрать</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>Школа</source>
            <translation>School</translation>
        </message>
        <message>
            <source>Этот компьютер</source>
            <translation>This computer</translation>
        </message>
        <message>
            <source>Язык интерфейса</source>
            <translation>Interface language</translation>
        </message>
    </context>
    <context>
        <name>SlipsDialog</name>
        <message>
            <source>PDF с приглашениями не сохранён: временные пароли будут потеряны. Закрыть?</source>
            <translation>The PDF with the invitations has not been saved: the temporary passwords will be lost. Close?</translation>
        </message>
        <message>
            <source>PDF сохранён</source>
            <translation>PDF saved</translation>
        </message>
        <message>
            <source>Временные пароли есть только в этом PDF: в журнале хранятся их хэши. Если закрыть окно, не сохранив PDF, пароли придётся сбросить ещё раз. Приглашения выдаются лично под подпись в ведомости; при первом входе сотрудник сменит пароль.</source>
            <translation>The temporary passwords exist only in this PDF: the journal stores only their hashes. If you close the window without saving the PDF, the passwords will have to be reset again. Invitations are handed over in person against a signature on the issue sheet; at first login each person changes the password.</translation>
        </message>
        <message>
            <source>Документ PDF (*.pdf)</source>
            <translation>PDF document (*.pdf)</translation>
        </message>
        <message>
            <source>Закрыть</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Закрыть без PDF?</source>
            <translation>Close without the PDF?</translation>
        </message>
        <message>
            <source>Записано: %s — листов: %d. Распечатайте и выдайте лично.</source>
            <translation>Written: %s — sheets: %d. Print them and hand them over in person.</translation>
        </message>
        <message>
            <source>Логин</source>
            <translation>Login</translation>
        </message>
        <message>
            <source>Не удалось записать «%s»: %s</source>
            <translation>Could not write «%s»: %s</translation>
        </message>
        <message>
            <source>Приглашений: %d. В PDF — листов с приглашениями: %d (по 10 на листе, разрезать по пунктиру) и ведомость выдачи: %d.</source>
            <translation>Invitations: %d. In the PDF: sheets with invitations — %d (10 to a sheet, cut along the dotted lines) and the issue sheet — %d.</translation>
        </message>
        <message>
            <source>Приглашения в электронный журнал</source>
            <translation>Invitations to the electronic journal</translation>
        </message>
        <message>
            <source>Роли</source>
            <translation>Roles</translation>
        </message>
        <message>
            <source>Сохранить PDF…</source>
            <translation>Save PDF…</translation>
        </message>
        <message>
            <source>Сохранить приглашения</source>
            <translation>Save the invitations</translation>
        </message>
        <message>
            <source>ФИО</source>
            <translation>Full name</translation>
        </message>
        <message>
            <source>Файл не записан</source>
            <translation>File not written</translation>
        </message>
    </context>
    <context>
        <name>Sms</name>
        <message>
            <source>SMS составляется не больше чем за учебный год.</source>
            <translation>A text message can cover one school year at most.</translation>
        </message>
        <message>
            <source>SMS: отметки и пропуски с %s по %s</source>
            <translation>Text message: marks and absences from %s to %s</translation>
        </message>
        <message>
            <source>Дата окончания раньше даты начала.</source>
            <translation>The end date is before the start date.</translation>
        </message>
        <message>
            <source>Класс не найден.</source>
            <translation>Class not found.</translation>
        </message>
        <message>
            <source>Ни у одного учащегося класса %s не указан телефон родителя: отправлять некому.</source>
            <translation>No pupil in class %s has a parent's phone number: there is nobody to send to.</translation>
        </message>
        <message>
            <source>Укажите даты: с какого и по какое число.</source>
            <translation>Give the dates: from which day to which day.</translation>
        </message>
        <message>
            <source>отметок и пропусков нет</source>
            <translation>no marks or absences</translation>
        </message>
    </context>
    <context>
        <name>SmsDialog</name>
        <message>
            <source> — нет телефона</source>
            <translation> — no phone</translation>
        </message>
        <message>
            <source>CSV для рассылки (*.csv);;Excel (*.xlsx)</source>
            <translation>CSV for bulk sending (*.csv);;Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>SMS выгружены</source>
            <translation>Text messages exported</translation>
        </message>
        <message>
            <source>SMS родителям — класс %s</source>
            <translation>Text messages to parents — class %s</translation>
        </message>
        <message>
            <source>Выгрузить…</source>
            <translation>Export…</translation>
        </message>
        <message>
            <source>Для каждого учащегося — отметки по предметам и пропуски за эти дни, не длиннее 160 знаков (длинный текст делится на пронумерованные части). Файл для службы рассылки: CSV или Excel; каждому родителю с телефоном в журнал контактов записывается SMS.</source>
            <translation>For each pupil: marks by subject and absences for these days, at most 160 characters (a longer text is split into numbered parts). The file for the messaging service is CSV or Excel; a text message is recorded in the contact log for each parent with a phone.</translation>
        </message>
        <message>
            <source>Закрыть</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Записано сообщений: %d (учащихся: %d) в файл %s.
В журнал контактов с родителями записано: %d.</source>
            <translation>Messages written: %d (pupils: %d) to the file %s.
Entries made in the contact log with parents: %d.</translation>
        </message>
        <message>
            <source>Нет телефона ни одного родителя: %s.</source>
            <translation>No phone number for any parent: %s.</translation>
        </message>
        <message>
            <source>По:</source>
            <translation>To:</translation>
        </message>
        <message>
            <source>Показать тексты</source>
            <translation>Show texts</translation>
        </message>
        <message>
            <source>С:</source>
            <translation>From:</translation>
        </message>
        <message>
            <source>Файл для службы рассылки</source>
            <translation>File for the messaging service</translation>
        </message>
        <message>
            <source>… ещё %d</source>
            <translation>… %d more</translation>
        </message>
    </context>
    <context>
        <name>SmsExport</name>
        <message>
            <source>Текст</source>
            <translation>Text</translation>
        </message>
        <message>
            <source>Телефон</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Учащийся</source>
            <translation>Pupil</translation>
        </message>
        <message>
            <source>Часть</source>
            <translation>Part</translation>
        </message>
    </context>
    <context>
        <name>Store</name>
        <message>
            <source>«%s» — база данных другой программы, а не электронного журнала.</source>
            <translation>«%s» is a database of another program, not of the electronic journal.</translation>
        </message>
        <message>
            <source>«%s» — это папка, а не файл журнала.</source>
            <translation>«%s» is a folder, not a journal file.</translation>
        </message>
        <message>
            <source>База данных «%s» пуста. Создайте журнал командой «ejournal init» или демонстрационную школу командой «ejournal demo».</source>
            <translation>The database «%s» is empty. Create a journal with the command «ejournal init» or a demonstration school with «ejournal demo».</translation>
        </message>
        <message>
            <source>База данных создана более новой версией программы (схема %d, эта программа знает схему до %d). Обновите ЭЖ-Десктоп.</source>
            <translation>The database was created by a newer version of the program (schema %d; this program knows schemas up to %d). Update EJ Desktop.</translation>
        </message>
        <message>
            <source>Базу данных нужно обновить (схема %d, нужна %d): выполните «ejournal migrate --db …» (сначала сделайте резервную копию).</source>
            <translation>The database needs updating (schema %d, %d needed): run «ejournal migrate --db …» (make a backup first).</translation>
        </message>
        <message>
            <source>Не понимаю адрес базы данных «%s»: укажите путь к файлу или адрес вида postgresql://пользователь@сервер/база.</source>
            <translation>Cannot understand the database address «%s»: give the path to a file or an address like postgresql://user@server/database.</translation>
        </message>
        <message>
            <source>Не удалось обновить схему базы данных: %s</source>
            <translation>Cannot update the database schema: %s</translation>
        </message>
        <message>
            <source>Не удалось открыть «%s»: %s</source>
            <translation>Cannot open «%s»: %s</translation>
        </message>
        <message>
            <source>Не удалось подключиться к серверу журнала %s: %s. Проверьте сеть, адрес и пароль; если сервер недоступен, обратитесь к администратору ЭЖ.</source>
            <translation>Cannot connect to the journal server %s: %s. Check the network, the address and the password; if the server is unavailable, contact the e-journal administrator.</translation>
        </message>
        <message>
            <source>Сервер журнала не принял вход «%s»: неверный логин или пароль, либо учётная запись заблокирована или ещё не получила пароль на сервере. Обратитесь к администратору ЭЖ.</source>
            <translation>The journal server did not accept the login «%s»: wrong login or password, or the account is blocked or has no password on the server yet. Contact the e-journal administrator.</translation>
        </message>
        <message>
            <source>Файл «%s» не является базой данных журнала.</source>
            <translation>The file «%s» is not a journal database.</translation>
        </message>
        <message>
            <source>Файл базы данных «%s» не найден. Создайте журнал командой «ejournal init» или демонстрационную школу командой «ejournal demo».</source>
            <translation>The database file «%s» was not found. Create a journal with the command «ejournal init» or a demonstration school with «ejournal demo».</translation>
        </message>
    </context>
    <context>
        <name>StoredValues</name>
        <message>
            <source>Диктант</source>
            <translation>Dictation</translation>
        </message>
        <message>
            <source>Домашняя работа</source>
            <translation>Homework</translation>
        </message>
        <message>
            <source>Контрольная работа</source>
            <translation>Test</translation>
        </message>
        <message>
            <source>Лабораторная, практическая работа</source>
            <translation>Laboratory or practical work</translation>
        </message>
        <message>
            <source>Ответ на уроке</source>
            <translation>Answer in class</translation>
        </message>
        <message>
            <source>Проверочная работа</source>
            <translation>Quiz</translation>
        </message>
        <message>
            <source>Проект, доклад</source>
            <translation>Project, presentation</translation>
        </message>
        <message>
            <source>Самостоятельная работа</source>
            <translation>Independent work</translation>
        </message>
        <message>
            <source>Сочинение, изложение</source>
            <translation>Essay, summary</translation>
        </message>
        <message>
            <source>бабушка</source>
            <translation>grandmother</translation>
        </message>
        <message>
            <source>дедушка</source>
            <translation>grandfather</translation>
        </message>
        <message>
            <source>ж</source>
            <translation>F</translation>
        </message>
        <message>
            <source>иной законный представитель</source>
            <translation>other legal representative</translation>
        </message>
        <message>
            <source>комбинированный урок</source>
            <translation>combined lesson</translation>
        </message>
        <message>
            <source>м</source>
            <translation>M</translation>
        </message>
        <message>
            <source>мать</source>
            <translation>mother</translation>
        </message>
        <message>
            <source>опекун</source>
            <translation>guardian</translation>
        </message>
        <message>
            <source>отец</source>
            <translation>father</translation>
        </message>
        <message>
            <source>попечитель</source>
            <translation>custodian</translation>
        </message>
        <message>
            <source>урок закрепления</source>
            <translation>consolidation lesson</translation>
        </message>
        <message>
            <source>урок контроля знаний</source>
            <translation>assessment lesson</translation>
        </message>
        <message>
            <source>урок обобщения и систематизации</source>
            <translation>lesson of generalisation and systematisation</translation>
        </message>
        <message>
            <source>урок открытия нового знания</source>
            <translation>lesson introducing new knowledge</translation>
        </message>
        <message>
            <source>урок повторения</source>
            <translation>revision lesson</translation>
        </message>
        <message>
            <source>урок развивающего контроля</source>
            <translation>formative assessment lesson</translation>
        </message>
        <message>
            <source>урок-практикум</source>
            <translation>practical lesson</translation>
        </message>
    </context>
    <context>
        <name>Structure</name>
        <message>
            <source>Буква класса — одна-две русские буквы, например «А».</source>
            <translation>The class letter is one or two Russian letters, e.g. «А».</translation>
        </message>
        <message>
            <source>Время звонка записывается как «08:30», конец позже начала.</source>
            <translation>A bell time is written as «08:30», the end after the start.</translation>
        </message>
        <message>
            <source>Дата окончания раньше начала действия урока.</source>
            <translation>The end date is before the lesson's start date.</translation>
        </message>
        <message>
            <source>Даты пересекаются с учебным годом %s.</source>
            <translation>The dates overlap the school year %s.</translation>
        </message>
        <message>
            <source>День недели — от понедельника до субботы.</source>
            <translation>The day of the week is from Monday to Saturday.</translation>
        </message>
        <message>
            <source>Заменяющий учитель совпадает с учителем по нагрузке.</source>
            <translation>The substitute teacher is the same as the teacher of the teaching load.</translation>
        </message>
        <message>
            <source>Каникулы далеко за пределами учебного года.</source>
            <translation>The holidays are far outside the school year.</translation>
        </message>
        <message>
            <source>Класс %d%s уже есть.</source>
            <translation>Class %d%s already exists.</translation>
        </message>
        <message>
            <source>Не найдено: %s.</source>
            <translation>Not found: %s.</translation>
        </message>
        <message>
            <source>Не указано название группы.</source>
            <translation>No group name given.</translation>
        </message>
        <message>
            <source>Не указано название подгруппы.</source>
            <translation>No subgroup name given.</translation>
        </message>
        <message>
            <source>Не указано название предмета.</source>
            <translation>No subject name given.</translation>
        </message>
        <message>
            <source>Неизвестный вид учебных периодов.</source>
            <translation>Unknown kind of school periods.</translation>
        </message>
        <message>
            <source>Номер урока — от 1 до 12.</source>
            <translation>The lesson number is from 1 to 12.</translation>
        </message>
        <message>
            <source>Параллель класса — от 1 до 11.</source>
            <translation>The class year group is from 1 to 11.</translation>
        </message>
        <message>
            <source>Период должен лежать внутри учебного года %s (%s — %s).</source>
            <translation>The period must lie within the school year %s (%s — %s).</translation>
        </message>
        <message>
            <source>Период №%d уже есть.</source>
            <translation>Period No. %d already exists.</translation>
        </message>
        <message>
            <source>Предмет «%s» уже есть.</source>
            <translation>The subject «%s» already exists.</translation>
        </message>
        <message>
            <source>Учебная неделя — пять или шесть дней.</source>
            <translation>The school week is five or six days.</translation>
        </message>
        <message>
            <source>Учебный год %s уже есть.</source>
            <translation>The school year %s already exists.</translation>
        </message>
        <message>
            <source>Учебный год записывается как «2025/2026».</source>
            <translation>A school year is written as «2025/2026».</translation>
        </message>
        <message>
            <source>Часы в неделю — от 0,5 до 12.</source>
            <translation>Hours a week: from 0.5 to 12.</translation>
        </message>
        <message>
            <source>Часы в неделю — число.</source>
            <translation>Hours a week must be a number.</translation>
        </message>
        <message>
            <source>класс</source>
            <translation>class</translation>
        </message>
        <message>
            <source>классный руководитель</source>
            <translation>homeroom teacher</translation>
        </message>
        <message>
            <source>нагрузка</source>
            <translation>teaching load</translation>
        </message>
        <message>
            <source>предмет</source>
            <translation>subject</translation>
        </message>
        <message>
            <source>урок расписания</source>
            <translation>timetabled lesson</translation>
        </message>
        <message>
            <source>учебный год</source>
            <translation>school year</translation>
        </message>
        <message>
            <source>учитель</source>
            <translation>teacher</translation>
        </message>
        <message>
            <source>учитель на замену</source>
            <translation>substitute teacher</translation>
        </message>
    </context>
    <context>
        <name>StructureAdmin</name>
        <message>
            <source>%s зачислен(а) в %s %s — позже даты выбытия выпускников %s.</source>
            <translation>%s was enrolled in %s on %s — after the graduates' leaving date %s.</translation>
        </message>
        <message>
            <source>%s, %d-й урок</source>
            <translation>%s, lesson %d</translation>
        </message>
        <message>
            <source>Буква класса — одна-две русские буквы, например «А».</source>
            <translation>The class letter is one or two Russian letters, e.g. «А».</translation>
        </message>
        <message>
            <source>В классе %s выставлены итоговые отметки.</source>
            <translation>Class %s has final marks.</translation>
        </message>
        <message>
            <source>В классе %s уже проведены уроки (%d): удалить его нельзя.</source>
            <translation>Class %s has already had lessons (%d): it cannot be deleted.</translation>
        </message>
        <message>
            <source>В классе %s числятся учащиеся: сначала оформите их выбытие или перевод.</source>
            <translation>Class %s has pupils on its roll: first record their leaving or transfer.</translation>
        </message>
        <message>
            <source>В классе уже проведены уроки: параллель изменить нельзя.</source>
            <translation>The class has already had lessons: its year group cannot be changed.</translation>
        </message>
        <message>
            <source>В периоде «%s» уже проведено уроков: %d. Удалить его нельзя.</source>
            <translation>Lessons have already been given in the period «%s»: %d. It cannot be deleted.</translation>
        </message>
        <message>
            <source>В расписании есть уроки в субботу (%d): перенесите их на другие дни, потом переходите на пятидневную неделю.</source>
            <translation>The timetable has lessons on Saturday (%d): move them to other days, then switch to a five-day week.</translation>
        </message>
        <message>
            <source>В учебном году %s есть итоговые отметки.</source>
            <translation>The school year %s has final marks.</translation>
        </message>
        <message>
            <source>В учебном году %s есть классы: удалить можно только пустой год.</source>
            <translation>The school year %s has classes: only an empty year can be deleted.</translation>
        </message>
        <message>
            <source>В учебном году %s пятидневная неделя: суббота не учебный день.</source>
            <translation>The school year %s has a five-day week: Saturday is not a school day.</translation>
        </message>
        <message>
            <source>Дата %s вне учебного года %s.</source>
            <translation>The date %s is outside the school year %s.</translation>
        </message>
        <message>
            <source>Дата выбытия выпускников (%s) вне учебного года %s (%s).</source>
            <translation>The graduates' leaving date (%s) is outside the school year %s (%s).</translation>
        </message>
        <message>
            <source>Дата приказа о выпуске (%s) должна быть не раньше начала учебного года %s и раньше начала нового года.</source>
            <translation>The date of the graduation order (%s) must be no earlier than the start of the school year %s and before the start of the new year.</translation>
        </message>
        <message>
            <source>Даты пересекаются с учебным годом %s.</source>
            <translation>The dates overlap the school year %s.</translation>
        </message>
        <message>
            <source>День недели — от понедельника до субботы.</source>
            <translation>The day of the week is from Monday to Saturday.</translation>
        </message>
        <message>
            <source>Журнал класса %s за %s уже заверен, а выпуск в нём не оформлен: заверенный журнал не меняется. Выпуск оформляется до заверения.</source>
            <translation>The journal of class %s for %s is already certified, but graduation has not been recorded in it: a certified journal cannot be changed. Graduation is recorded before certification.</translation>
        </message>
        <message>
            <source>За период «%s» выставлены отметки. Удалить его нельзя.</source>
            <translation>Marks have been given for the period «%s». It cannot be deleted.</translation>
        </message>
        <message>
            <source>Кабинет %s в это время занят: %s, %s (%s).</source>
            <translation>Room %s is taken at this time: %s, %s (%s).</translation>
        </message>
        <message>
            <source>Класс %d%s уже есть.</source>
            <translation>Class %d%s already exists.</translation>
        </message>
        <message>
            <source>Не найдено: %s.</source>
            <translation>Not found: %s.</translation>
        </message>
        <message>
            <source>Не указано название группы.</source>
            <translation>No group name given.</translation>
        </message>
        <message>
            <source>Не указано название каникул.</source>
            <translation>No name of the holidays given.</translation>
        </message>
        <message>
            <source>Не указано название периода.</source>
            <translation>No period name given.</translation>
        </message>
        <message>
            <source>Не указано название предмета.</source>
            <translation>No subject name given.</translation>
        </message>
        <message>
            <source>Не числятся в классах учебного года %s на его конец: %s.</source>
            <translation>Not on the roll of any class of the school year %s at its end: %s.</translation>
        </message>
        <message>
            <source>Новый день, урок и кабинет совпадают с прежними.</source>
            <translation>The new day, lesson and room are the same as before.</translation>
        </message>
        <message>
            <source>Новый учебный год должен начинаться после %s.</source>
            <translation>The new school year must start after %s.</translation>
        </message>
        <message>
            <source>Номер приказа о выпуске слишком длинный (не более 30 знаков).</source>
            <translation>The graduation order number is too long (30 characters at most).</translation>
        </message>
        <message>
            <source>Номер урока — от 1 до 12.</source>
            <translation>The lesson number is from 1 to 12.</translation>
        </message>
        <message>
            <source>Окончание основного общего образования</source>
            <translation>Completion of basic general education</translation>
        </message>
        <message>
            <source>Окончание среднего общего образования</source>
            <translation>Completion of secondary general education</translation>
        </message>
        <message>
            <source>Оставлен на повторное обучение</source>
            <translation>Repeating the year</translation>
        </message>
        <message>
            <source>Параллель класса — от 1 до 11.</source>
            <translation>The class year group is from 1 to 11.</translation>
        </message>
        <message>
            <source>Перевод в следующий класс</source>
            <translation>Moving up to the next year</translation>
        </message>
        <message>
            <source>Период «%s» (%s) выходит за новые даты года.</source>
            <translation>The period «%s» (%s) goes beyond the new dates of the year.</translation>
        </message>
        <message>
            <source>Период должен лежать внутри учебного года %s (%s — %s).</source>
            <translation>The period must lie within the school year %s (%s — %s).</translation>
        </message>
        <message>
            <source>По нагрузке уже проведены уроки: подгруппу изменить нельзя.</source>
            <translation>Lessons have already been given for the teaching load: its subgroup cannot be changed.</translation>
        </message>
        <message>
            <source>По окончании года уходят только выпускники 9 классов; остальным оформите выбытие в карточке учащегося: %s.</source>
            <translation>At the end of the year only year 9 graduates leave; record the leaving of the others in the pupil's record: %s.</translation>
        </message>
        <message>
            <source>По предмету «%s» выставлены итоговые отметки: удалить его нельзя.</source>
            <translation>Final marks have been given in the subject «%s»: it cannot be deleted.</translation>
        </message>
        <message>
            <source>По предмету «%s» уже проведены уроки (%d): удалить его нельзя.</source>
            <translation>Lessons have already been given in the subject «%s» (%d): it cannot be deleted.</translation>
        </message>
        <message>
            <source>По этой нагрузке уже проведены уроки (%d): удалить её нельзя. Передайте её другому учителю или уберите из расписания с нужной даты.</source>
            <translation>Lessons have already been given for this teaching load (%d): it cannot be deleted. Hand it over to another teacher or take it off the timetable from the date you need.</translation>
        </message>
        <message>
            <source>По этому уроку расписания уже проведены уроки (%d): удалить его нельзя — уберите его из расписания с нужной даты, проведённые уроки сохранятся.</source>
            <translation>Lessons have already been given for this timetabled lesson (%d): it cannot be deleted — take it off the timetable from the date you need, and the lessons given will be kept.</translation>
        </message>
        <message>
            <source>Подгруппа из другого класса.</source>
            <translation>The subgroup belongs to another class.</translation>
        </message>
        <message>
            <source>Предмет «%s» стоит в нагрузке (%d): сначала удалите нагрузку.</source>
            <translation>The subject «%s» is in the teaching load (%d): delete the teaching load first.</translation>
        </message>
        <message>
            <source>Предмет «%s» уже есть.</source>
            <translation>The subject «%s» already exists.</translation>
        </message>
        <message>
            <source>Смена — первая или вторая.</source>
            <translation>The shift is the first or the second.</translation>
        </message>
        <message>
            <source>У класса в это время уже есть урок: %s, %s (%s).</source>
            <translation>The class already has a lesson at this time: %s, %s (%s).</translation>
        </message>
        <message>
            <source>Укажите номер приказа о выпуске (окончании 9 и 11 классов).</source>
            <translation>Give the number of the graduation order (completion of years 9 and 11).</translation>
        </message>
        <message>
            <source>Урок по этой замене уже записан в журнал: отменить замену нельзя.</source>
            <translation>The lesson of this substitution is already entered in the journal: the substitution cannot be cancelled.</translation>
        </message>
        <message>
            <source>Уроки, уже записанные в журнал (%d), оказались бы вне учебного года.</source>
            <translation>Lessons already entered in the journal (%d) would fall outside the school year.</translation>
        </message>
        <message>
            <source>Уроки, уже записанные в журнал (%d), оказались бы вне учебных периодов.</source>
            <translation>Lessons already entered in the journal (%d) would fall outside the school periods.</translation>
        </message>
        <message>
            <source>Учащийся не может одновременно выпускаться и остаться на повторное обучение (%s).</source>
            <translation>A pupil cannot both graduate and repeat the year (%s).</translation>
        </message>
        <message>
            <source>Учебная неделя — пять или шесть дней.</source>
            <translation>The school week is five or six days.</translation>
        </message>
        <message>
            <source>Учебный год %s уже есть.</source>
            <translation>The school year %s already exists.</translation>
        </message>
        <message>
            <source>Учебный год записывается как «2025/2026».</source>
            <translation>A school year is written as «2025/2026».</translation>
        </message>
        <message>
            <source>Учитель %s в это время ведёт другой урок: %s (%s).</source>
            <translation>Teacher %s is giving another lesson at this time: %s (%s).</translation>
        </message>
        <message>
            <source>Часы в неделю — от 0,5 до 12.</source>
            <translation>Hours a week: from 0.5 to 12.</translation>
        </message>
        <message>
            <source>Часы в неделю — число.</source>
            <translation>Hours a week must be a number.</translation>
        </message>
        <message>
            <source>Этот урок расписания действовал только до %s.</source>
            <translation>This timetabled lesson was in force only until %s.</translation>
        </message>
        <message>
            <source>Этот урок уже стоит в расписании: %s (%s).</source>
            <translation>This lesson is already in the timetable: %s (%s).</translation>
        </message>
        <message>
            <source>вс</source>
            <translation>Sun</translation>
        </message>
        <message>
            <source>вся школа</source>
            <translation>whole school</translation>
        </message>
        <message>
            <source>вт</source>
            <translation>Tue</translation>
        </message>
        <message>
            <source>замена</source>
            <translation>substitution</translation>
        </message>
        <message>
            <source>занят: %s</source>
            <translation>taken: %s</translation>
        </message>
        <message>
            <source>звонок</source>
            <translation>bell</translation>
        </message>
        <message>
            <source>каникулы</source>
            <translation>holidays</translation>
        </message>
        <message>
            <source>класс</source>
            <translation>class</translation>
        </message>
        <message>
            <source>классный руководитель</source>
            <translation>homeroom teacher</translation>
        </message>
        <message>
            <source>нагрузка</source>
            <translation>teaching load</translation>
        </message>
        <message>
            <source>неизвестных учащихся: %d</source>
            <translation>unknown pupils: %d</translation>
        </message>
        <message>
            <source>пн</source>
            <translation>Mon</translation>
        </message>
        <message>
            <source>подгруппа</source>
            <translation>subgroup</translation>
        </message>
        <message>
            <source>предмет</source>
            <translation>subject</translation>
        </message>
        <message>
            <source>пт</source>
            <translation>Fri</translation>
        </message>
        <message>
            <source>сб</source>
            <translation>Sat</translation>
        </message>
        <message>
            <source>ср</source>
            <translation>Wed</translation>
        </message>
        <message>
            <source>уже на замене</source>
            <translation>already substituting</translation>
        </message>
        <message>
            <source>урок расписания</source>
            <translation>timetabled lesson</translation>
        </message>
        <message>
            <source>учебный год</source>
            <translation>school year</translation>
        </message>
        <message>
            <source>учебный период</source>
            <translation>school period</translation>
        </message>
        <message>
            <source>учитель</source>
            <translation>teacher</translation>
        </message>
        <message>
            <source>чт</source>
            <translation>Thu</translation>
        </message>
        <message>
            <source>№ %s от %s</source>
            <translation>No. %s dated %s</translation>
        </message>
    </context>
    <context>
        <name>StructurePanel</name>
        <message>
            <source> (кружок)</source>
            <translation> (club)</translation>
        </message>
        <message>
            <source>%d мин</source>
            <translation>%d min</translation>
        </message>
        <message>
            <source>%s — %s, классов: %d</source>
            <translation>%s — %s, classes: %d</translation>
        </message>
        <message>
            <source>; заверено журналов: %d</source>
            <translation>; journals certified: %d</translation>
        </message>
        <message>
            <source>В нагрузке</source>
            <translation>In the teaching load</translation>
        </message>
        <message>
            <source>Годы, периоды, каникулы</source>
            <translation>Years, periods, holidays</translation>
        </message>
        <message>
            <source>Группа (кружок)</source>
            <translation>Group (club)</translation>
        </message>
        <message>
            <source>Дней</source>
            <translation>Days</translation>
        </message>
        <message>
            <source>Добавить год…</source>
            <translation>Add a year…</translation>
        </message>
        <message>
            <source>Добавить звонок…</source>
            <translation>Add a bell…</translation>
        </message>
        <message>
            <source>Добавить каникулы…</source>
            <translation>Add holidays…</translation>
        </message>
        <message>
            <source>Добавить класс…</source>
            <translation>Add a class…</translation>
        </message>
        <message>
            <source>Добавить кружок…</source>
            <translation>Add a club…</translation>
        </message>
        <message>
            <source>Добавить нагрузку…</source>
            <translation>Add teaching load…</translation>
        </message>
        <message>
            <source>Добавить период…</source>
            <translation>Add a period…</translation>
        </message>
        <message>
            <source>Добавить предмет…</source>
            <translation>Add a subject…</translation>
        </message>
        <message>
            <source>Заверено</source>
            <translation>Certified</translation>
        </message>
        <message>
            <source>Звонки</source>
            <translation>Bells</translation>
        </message>
        <message>
            <source>Звонок</source>
            <translation>Bell</translation>
        </message>
        <message>
            <source>Изменить…</source>
            <translation>Edit…</translation>
        </message>
        <message>
            <source>Итого: %s ч в неделю, нагрузок: %d</source>
            <translation>Total: %s h a week, teaching load entries: %d</translation>
        </message>
        <message>
            <source>Каникулы</source>
            <translation>Holidays</translation>
        </message>
        <message>
            <source>Каникулы и праздники</source>
            <translation>Holidays and public holidays</translation>
        </message>
        <message>
            <source>Класс</source>
            <translation>Class</translation>
        </message>
        <message>
            <source>Класс:</source>
            <translation>Class:</translation>
        </message>
        <message>
            <source>Классный руководитель</source>
            <translation>Homeroom teacher</translation>
        </message>
        <message>
            <source>Классов</source>
            <translation>Classes</translation>
        </message>
        <message>
            <source>Классы</source>
            <translation>Classes</translation>
        </message>
        <message>
            <source>Классы: %s.
Переведено учащихся: %d, из них оставлены на повторное обучение: %d.
Выпускные классы: %s; выпускников: %d (выбытие оформлено сейчас: %d).
Перенесено нагрузок: %d (проверьте часы и учителей). Периодов: %d, каникул: %d.</source>
            <translation>Classes: %s.
Pupils carried over: %d, of whom repeating the year: %d.
Graduating classes: %s; graduates: %d (leaving recorded now: %d).
Teaching load entries carried over: %d (check the hours and teachers). Periods: %d, holidays: %d.</translation>
        </message>
        <message>
            <source>Конец</source>
            <translation>End</translation>
        </message>
        <message>
            <source>Нагрузка</source>
            <translation>Teaching load</translation>
        </message>
        <message>
            <source>Название</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Начало</source>
            <translation>Start</translation>
        </message>
        <message>
            <source>Начать следующий учебный год</source>
            <translation>Start the next school year</translation>
        </message>
        <message>
            <source>Начать следующий учебный год…</source>
            <translation>Start the next school year…</translation>
        </message>
        <message>
            <source>Неделя</source>
            <translation>Week</translation>
        </message>
        <message>
            <source>Новый учебный год открыт</source>
            <translation>New school year opened</translation>
        </message>
        <message>
            <source>Обновить</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <source>Окончание</source>
            <translation>End</translation>
        </message>
        <message>
            <source>Перемена после</source>
            <translation>Break after</translation>
        </message>
        <message>
            <source>Период</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>Периоды</source>
            <translation>Periods</translation>
        </message>
        <message>
            <source>Подгруппа</source>
            <translation>Subgroup</translation>
        </message>
        <message>
            <source>Подтверждение</source>
            <translation>Confirmation</translation>
        </message>
        <message>
            <source>Предмет</source>
            <translation>Subject</translation>
        </message>
        <message>
            <source>Предметы</source>
            <translation>Subjects</translation>
        </message>
        <message>
            <source>Проведено уроков</source>
            <translation>Lessons given</translation>
        </message>
        <message>
            <source>Профиль</source>
            <translation>Specialism</translation>
        </message>
        <message>
            <source>Смена</source>
            <translation>Shift</translation>
        </message>
        <message>
            <source>Смена:</source>
            <translation>Shift:</translation>
        </message>
        <message>
            <source>Сокращение</source>
            <translation>Short name</translation>
        </message>
        <message>
            <source>Состояние</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Только просмотр: изменять структуру школы может администратор ЭЖ.</source>
            <translation>View only: the school structure can be changed by the e-journal administrator.</translation>
        </message>
        <message>
            <source>Удалить</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Удалить %s вместе с его нагрузкой и расписанием?</source>
            <translation>Delete %s together with its teaching load and timetable?</translation>
        </message>
        <message>
            <source>Удалить «%s»?</source>
            <translation>Delete «%s»?</translation>
        </message>
        <message>
            <source>Удалить звонок на %d-й урок?</source>
            <translation>Delete the bell for lesson %d?</translation>
        </message>
        <message>
            <source>Удалить нагрузку «%s»?</source>
            <translation>Delete the teaching load «%s»?</translation>
        </message>
        <message>
            <source>Удалить период «%s»?</source>
            <translation>Delete the period «%s»?</translation>
        </message>
        <message>
            <source>Удалить предмет «%s»?</source>
            <translation>Delete the subject «%s»?</translation>
        </message>
        <message>
            <source>Удалить учебный год %s?</source>
            <translation>Delete the school year %s?</translation>
        </message>
        <message>
            <source>Урок</source>
            <translation>Lesson</translation>
        </message>
        <message>
            <source>Уроков в расписании</source>
            <translation>Lessons in the timetable</translation>
        </message>
        <message>
            <source>Учащихся</source>
            <translation>Pupils</translation>
        </message>
        <message>
            <source>Учебные периоды</source>
            <translation>School periods</translation>
        </message>
        <message>
            <source>Учебный год</source>
            <translation>School year</translation>
        </message>
        <message>
            <source>Учебный год:</source>
            <translation>School year:</translation>
        </message>
        <message>
            <source>Учебный период</source>
            <translation>School period</translation>
        </message>
        <message>
            <source>Учебных лет ещё нет: добавьте первый.</source>
            <translation>There are no school years yet: add the first one.</translation>
        </message>
        <message>
            <source>Учитель</source>
            <translation>Teacher</translation>
        </message>
        <message>
            <source>Часов в неделю</source>
            <translation>Hours a week</translation>
        </message>
        <message>
            <source>весь класс</source>
            <translation>whole class</translation>
        </message>
        <message>
            <source>все классы</source>
            <translation>all classes</translation>
        </message>
        <message>
            <source>вторая</source>
            <translation>second</translation>
        </message>
        <message>
            <source>закрыт</source>
            <translation>closed</translation>
        </message>
        <message>
            <source>нет</source>
            <translation>no</translation>
        </message>
        <message>
            <source>открыт</source>
            <translation>open</translation>
        </message>
        <message>
            <source>первая</source>
            <translation>first</translation>
        </message>
        <message>
            <source>полугодия</source>
            <translation>half-years</translation>
        </message>
        <message>
            <source>пятидневная</source>
            <translation>five-day</translation>
        </message>
        <message>
            <source>триместры</source>
            <translation>trimesters</translation>
        </message>
        <message>
            <source>четверти</source>
            <translation>quarters</translation>
        </message>
        <message>
            <source>шестидневная</source>
            <translation>six-day</translation>
        </message>
        <message>
            <source>№</source>
            <translation>No.</translation>
        </message>
    </context>
    <context>
        <name>Students</name>
        <message>
            <source>%s изменил другой пользователь, пока вы редактировали. Обновите и повторите.</source>
            <translation>%s was changed by another user while you were editing. Refresh and try again.</translation>
        </message>
        <message>
            <source>«Кем приходится» — не длиннее 30 символов.</source>
            <translation>«Relationship» must be at most 30 characters.</translation>
        </message>
        <message>
            <source>Адрес электронной почты «%s» записан неверно.</source>
            <translation>The e-mail address «%s» is written incorrectly.</translation>
        </message>
        <message>
            <source>В %s учебном году учащийся не числился ни в одном классе.</source>
            <translation>In the school year %s the pupil was not on the roll of any class.</translation>
        </message>
        <message>
            <source>В номере телефона «%s» есть буквы.</source>
            <translation>The phone number «%s» contains letters.</translation>
        </message>
        <message>
            <source>Всего строк: %d; учащихся: %d.</source>
            <translation>Rows in all: %d; pupils: %d.</translation>
        </message>
        <message>
            <source>Дата выбытия раньше даты зачисления.</source>
            <translation>The leaving date is before the enrolment date.</translation>
        </message>
        <message>
            <source>Дата зачисления вне учебного года %s.</source>
            <translation>The enrolment date is outside the school year %s.</translation>
        </message>
        <message>
            <source>Дата отзыва раньше даты согласия.</source>
            <translation>The withdrawal date is before the date of consent.</translation>
        </message>
        <message>
            <source>Дата рождения %s невозможна.</source>
            <translation>The date of birth %s is impossible.</translation>
        </message>
        <message>
            <source>Дата согласия %s ещё не наступила.</source>
            <translation>The date of consent %s has not come yet.</translation>
        </message>
        <message>
            <source>Дата согласия %s невозможна.</source>
            <translation>The date of consent %s is impossible.</translation>
        </message>
        <message>
            <source>Класс</source>
            <translation>Class</translation>
        </message>
        <message>
            <source>Класс не найден.</source>
            <translation>Class not found.</translation>
        </message>
        <message>
            <source>Кто без согласия на обработку персональных данных (152-ФЗ)</source>
            <translation>Who has no consent to personal-data processing (Federal Law 152-FZ)</translation>
        </message>
        <message>
            <source>Личное дело № %s уже есть у другого учащегося.</source>
            <translation>Admission no. %s already belongs to another pupil.</translation>
        </message>
        <message>
            <source>Личную карточку учащегося</source>
            <translation>The pupil's record</translation>
        </message>
        <message>
            <source>Не указан номер личного дела.</source>
            <translation>No admission number given.</translation>
        </message>
        <message>
            <source>Не указана фамилия учащегося.</source>
            <translation>No surname of the pupil given.</translation>
        </message>
        <message>
            <source>Не указана фамилия.</source>
            <translation>No surname given.</translation>
        </message>
        <message>
            <source>Не указано имя учащегося.</source>
            <translation>No first name of the pupil given.</translation>
        </message>
        <message>
            <source>Не указано имя.</source>
            <translation>No first name given.</translation>
        </message>
        <message>
            <source>Нет согласия на обработку ПД</source>
            <translation>No consent to personal-data processing</translation>
        </message>
        <message>
            <source>Перевод — между классами одного учебного года. Для нового года оформите выбытие и зачисление.</source>
            <translation>A transfer is between classes of the same school year. For a new year, record leaving and enrolment.</translation>
        </message>
        <message>
            <source>Пол — «м» или «ж».</source>
            <translation>Sex: «м» or «ж».</translation>
        </message>
        <message>
            <source>Примечание</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Родитель (законный представитель) не найден.</source>
            <translation>Parent (legal guardian) not found.</translation>
        </message>
        <message>
            <source>Сведения о родителе</source>
            <translation>The parent's details</translation>
        </message>
        <message>
            <source>Согласие даёт либо учащийся, либо родитель — укажите одного.</source>
            <translation>Consent is given either by the pupil or by a parent — give one of them.</translation>
        </message>
        <message>
            <source>Согласие не найдено.</source>
            <translation>Consent not found.</translation>
        </message>
        <message>
            <source>Согласие уже отозвано %s.</source>
            <translation>The consent was already withdrawn on %s.</translation>
        </message>
        <message>
            <source>Телефон «%s» не похож на номер телефона.</source>
            <translation>The phone «%s» does not look like a phone number.</translation>
        </message>
        <message>
            <source>Укажите причину выбытия.</source>
            <translation>Give the reason for leaving.</translation>
        </message>
        <message>
            <source>Укажите цель обработки персональных данных.</source>
            <translation>Give the purpose of processing the personal data.</translation>
        </message>
        <message>
            <source>Учащийся</source>
            <translation>Pupil</translation>
        </message>
        <message>
            <source>Учащийся не найден.</source>
            <translation>Pupil not found.</translation>
        </message>
        <message>
            <source>Учащийся не числился в этом классе.</source>
            <translation>The pupil was not on the roll of this class.</translation>
        </message>
        <message>
            <source>Учащийся с %s ещё числится в классе %s%s: сначала оформите выбытие.</source>
            <translation>From %s the pupil is still on the roll of class %s%s: record the leaving first.</translation>
        </message>
        <message>
            <source>Учащийся сейчас не числится в этом классе.</source>
            <translation>The pupil is not on the roll of this class now.</translation>
        </message>
        <message>
            <source>Учащийся уже в этом классе.</source>
            <translation>The pupil is already in this class.</translation>
        </message>
        <message>
            <source>Учебный год %s, на %s</source>
            <translation>School year %s, as of %s</translation>
        </message>
        <message>
            <source>Учебный год не найден.</source>
            <translation>School year not found.</translation>
        </message>
        <message>
            <source>ФИО</source>
            <translation>Full name</translation>
        </message>
        <message>
            <source>Фамилия, имя и отчество — не длиннее 100 символов.</source>
            <translation>Surname, first name and patronymic: at most 100 characters each.</translation>
        </message>
        <message>
            <source>Чьё согласие</source>
            <translation>Whose consent</translation>
        </message>
        <message>
            <source>Этот родитель не указан у учащегося.</source>
            <translation>This parent is not listed for the pupil.</translation>
        </message>
        <message>
            <source>Этот родитель уже указан у учащегося.</source>
            <translation>This parent is already listed for the pupil.</translation>
        </message>
        <message>
            <source>внесите родителей в карточку</source>
            <translation>add the parents to the record</translation>
        </message>
        <message>
            <source>нет сведений о родителях</source>
            <translation>no details of the parents</translation>
        </message>
        <message>
            <source>отозвано %s</source>
            <translation>withdrawn %s</translation>
        </message>
        <message>
            <source>перевод в %s класс</source>
            <translation>transfer to class %s</translation>
        </message>
        <message>
            <source>перевод из %s класса</source>
            <translation>transfer from class %s</translation>
        </message>
        <message>
            <source>родитель</source>
            <translation>parent</translation>
        </message>
        <message>
            <source>учащийся</source>
            <translation>pupil</translation>
        </message>
        <message>
            <source>учебный год %s</source>
            <translation>school year %s</translation>
        </message>
    </context>
    <context>
        <name>StudentsPanel</name>
        <message>
            <source> · только просмотр</source>
            <translation> · view only</translation>
        </message>
        <message>
            <source> по %s — %s</source>
            <translation> to %s — %s</translation>
        </message>
        <message>
            <source>%s (%s): с %s</source>
            <translation>%s (%s): from %s</translation>
        </message>
        <message>
            <source>%s (учащийся)</source>
            <translation>%s (pupil)</translation>
        </message>
        <message>
            <source>, приказ %s</source>
            <translation>, order %s</translation>
        </message>
        <message>
            <source>PDF сохранён</source>
            <translation>PDF saved</translation>
        </message>
        <message>
            <source>Адрес</source>
            <translation>Address</translation>
        </message>
        <message>
            <source>Бланк согласия на обработку персональных данных (PDF): выбранного родителя или пустой</source>
            <translation>Consent form for personal-data processing (PDF): for the selected parent, or blank</translation>
        </message>
        <message>
            <source>Бланк согласия…</source>
            <translation>Consent form…</translation>
        </message>
        <message>
            <source>В класс</source>
            <translation>To class</translation>
        </message>
        <message>
            <source>В классе</source>
            <translation>In the class</translation>
        </message>
        <message>
            <source>Ведомость для личного дела…</source>
            <translation>Sheet for the personal file…</translation>
        </message>
        <message>
            <source>Ведомость отметок %s %s.pdf</source>
            <translation>Mark sheet %s %s.pdf</translation>
        </message>
        <message>
            <source>Ведомость отметок за учебный год для личного дела (PDF)</source>
            <translation>The school year's mark sheet for the personal file (PDF)</translation>
        </message>
        <message>
            <source>Все, кто учился в классе</source>
            <translation>Everyone who studied in the class</translation>
        </message>
        <message>
            <source>Выбытие оформлено. Сохранить выписку отметок для новой школы?</source>
            <translation>Leaving recorded. Save a transcript of marks for the new school?</translation>
        </message>
        <message>
            <source>Выбытие: %s</source>
            <translation>Leaving: %s</translation>
        </message>
        <message>
            <source>Выбытие…</source>
            <translation>Leaving…</translation>
        </message>
        <message>
            <source>Выписка отметок</source>
            <translation>Transcript of marks</translation>
        </message>
        <message>
            <source>Выписка отметок %s %s.pdf</source>
            <translation>Transcript of marks %s %s.pdf</translation>
        </message>
        <message>
            <source>Выписка отметок…</source>
            <translation>Transcript of marks…</translation>
        </message>
        <message>
            <source>Выписка текущих и итоговых отметок для новой школы (PDF)</source>
            <translation>Transcript of everyday and final marks for the new school (PDF)</translation>
        </message>
        <message>
            <source>Дано</source>
            <translation>Given</translation>
        </message>
        <message>
            <source>Дата зачисления</source>
            <translation>Enrolment date</translation>
        </message>
        <message>
            <source>Дата подписания</source>
            <translation>Date signed</translation>
        </message>
        <message>
            <source>Дата проверки</source>
            <translation>Date of check</translation>
        </message>
        <message>
            <source>Дата рождения</source>
            <translation>Date of birth</translation>
        </message>
        <message>
            <source>Дата, с которой согласие отозвано письменным заявлением.</source>
            <translation>The date from which the consent is withdrawn by a written statement.</translation>
        </message>
        <message>
            <source>Движение: </source>
            <translation>Movements: </translation>
        </message>
        <message>
            <source>Добавить…</source>
            <translation>Add…</translation>
        </message>
        <message>
            <source>Документ PDF (*.pdf)</source>
            <translation>PDF document (*.pdf)</translation>
        </message>
        <message>
            <source>Ежемесячная проверка персональных данных — %s</source>
            <translation>Monthly check of personal data — %s</translation>
        </message>
        <message>
            <source>Записано: %s — листов: %d.</source>
            <translation>Written: %s — sheets: %d.</translation>
        </message>
        <message>
            <source>Записать согласие…</source>
            <translation>Record a consent…</translation>
        </message>
        <message>
            <source>Зачисление в %s класс</source>
            <translation>Enrolment in class %s</translation>
        </message>
        <message>
            <source>Зачислить…</source>
            <translation>Enrol…</translation>
        </message>
        <message>
            <source>Заявление родителей</source>
            <translation>Parents' application</translation>
        </message>
        <message>
            <source>Изменить…</source>
            <translation>Edit…</translation>
        </message>
        <message>
            <source>Изменять сведения может администратор или классный руководитель этого класса.</source>
            <translation>The details can be changed by the administrator or by the homeroom teacher of this class.</translation>
        </message>
        <message>
            <source>Имя</source>
            <translation>First name</translation>
        </message>
        <message>
            <source>Кем приходится</source>
            <translation>Relationship</translation>
        </message>
        <message>
            <source>Класс %s: обучается %d</source>
            <translation>Class %s: %d pupils on the roll</translation>
        </message>
        <message>
            <source>Кто без согласия на обработку ПД</source>
            <translation>Who has no consent to personal data processing</translation>
        </message>
        <message>
            <source>Личная карточка</source>
            <translation>Pupil record</translation>
        </message>
        <message>
            <source>Личное дело</source>
            <translation>Pupil's file</translation>
        </message>
        <message>
            <source>Не удалось записать «%s»: %s</source>
            <translation>Could not write «%s»: %s</translation>
        </message>
        <message>
            <source>Нет классов, сведения об учащихся которых вам доступны.</source>
            <translation>There are no classes whose pupil details you can see.</translation>
        </message>
        <message>
            <source>Основание</source>
            <translation>Grounds</translation>
        </message>
        <message>
            <source>Отзыв согласия</source>
            <translation>Withdrawal of consent</translation>
        </message>
        <message>
            <source>Отзыв согласия…</source>
            <translation>Withdraw consent…</translation>
        </message>
        <message>
            <source>Отметки до последнего дня сохранятся; на страницах журнала после этой даты учащегося не будет.</source>
            <translation>Marks up to the last day are kept; after this date the pupil will not be on the journal pages.</translation>
        </message>
        <message>
            <source>Отметьте, что сведения об учащихся класса и их родителях сверены и актуальны.</source>
            <translation>Confirm that the details of the class's pupils and their parents have been checked and are up to date.</translation>
        </message>
        <message>
            <source>Отозвано</source>
            <translation>Withdrawn</translation>
        </message>
        <message>
            <source>Отчество</source>
            <translation>Patronymic</translation>
        </message>
        <message>
            <source>Перевести в другой класс…</source>
            <translation>Transfer to another class…</translation>
        </message>
        <message>
            <source>Перевод: %s</source>
            <translation>Transfer: %s</translation>
        </message>
        <message>
            <source>Подтверждение</source>
            <translation>Confirmation</translation>
        </message>
        <message>
            <source>Пол</source>
            <translation>Sex</translation>
        </message>
        <message>
            <source>Последний день в %s</source>
            <translation>Last day in %s</translation>
        </message>
        <message>
            <source>Последний день в классе</source>
            <translation>Last day in the class</translation>
        </message>
        <message>
            <source>Последняя проверка персональных данных: %s (%s)</source>
            <translation>Last check of personal data: %s (%s)</translation>
        </message>
        <message>
            <source>Приказ №</source>
            <translation>Order No.</translation>
        </message>
        <message>
            <source>Примечание</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Причина</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Проверка ПД проведена…</source>
            <translation>Personal data checked…</translation>
        </message>
        <message>
            <source>Проверка персональных данных класса ещё не отмечалась.</source>
            <translation>The check of the class's personal data has not been recorded yet.</translation>
        </message>
        <message>
            <source>Родители (законные представители)</source>
            <translation>Parents (legal guardians)</translation>
        </message>
        <message>
            <source>Родитель (законный представитель)</source>
            <translation>Parent (legal guardian)</translation>
        </message>
        <message>
            <source>Родство</source>
            <translation>Relationship</translation>
        </message>
        <message>
            <source>Согласие</source>
            <translation>Consent</translation>
        </message>
        <message>
            <source>Согласие %s.pdf</source>
            <translation>Consent %s.pdf</translation>
        </message>
        <message>
            <source>Согласие на обработку персональных данных</source>
            <translation>Consent to personal data processing</translation>
        </message>
        <message>
            <source>Согласия</source>
            <translation>Consents</translation>
        </message>
        <message>
            <source>Согласия на обработку персональных данных (152-ФЗ)</source>
            <translation>Consents to personal data processing (Federal Law 152-FZ)</translation>
        </message>
        <message>
            <source>Сохранить PDF</source>
            <translation>Save PDF</translation>
        </message>
        <message>
            <source>Сохранить карточку</source>
            <translation>Save the record</translation>
        </message>
        <message>
            <source>Телефон</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Только обучающиеся сейчас</source>
            <translation>Current pupils only</translation>
        </message>
        <message>
            <source>Убрать %s из карточки учащегося? Если это не родитель других учащихся, его сведения и согласия будут удалены.</source>
            <translation>Remove %s from the pupil's record? If this is not a parent of other pupils, their details and consents will be deleted.</translation>
        </message>
        <message>
            <source>Убрать из карточки</source>
            <translation>Remove from the record</translation>
        </message>
        <message>
            <source>Учащийся выбывает из %s после указанного дня и со следующего дня зачисляется в выбранный класс. Отметки остаются на своих уроках.</source>
            <translation>The pupil leaves %s after the given day and is enrolled in the chosen class from the next day. Marks stay with their lessons.</translation>
        </message>
        <message>
            <source>Учебный год:</source>
            <translation>School year:</translation>
        </message>
        <message>
            <source>ФИО</source>
            <translation>Full name</translation>
        </message>
        <message>
            <source>Файл не записан</source>
            <translation>File not written</translation>
        </message>
        <message>
            <source>Фамилия</source>
            <translation>Surname</translation>
        </message>
        <message>
            <source>Цель</source>
            <translation>Purpose</translation>
        </message>
        <message>
            <source>Цель обработки</source>
            <translation>Purpose of processing</translation>
        </message>
        <message>
            <source>Чьё</source>
            <translation>Whose</translation>
        </message>
        <message>
            <source>Чьё согласие</source>
            <translation>Whose consent</translation>
        </message>
        <message>
            <source>Эл. почта</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>все есть</source>
            <translation>all present</translation>
        </message>
        <message>
            <source>есть</source>
            <translation>yes</translation>
        </message>
        <message>
            <source>заявление родителей</source>
            <translation>parents' application</translation>
        </message>
        <message>
            <source>нет</source>
            <translation>no</translation>
        </message>
        <message>
            <source>нет согласия</source>
            <translation>no consent</translation>
        </message>
        <message>
            <source>нет у %d</source>
            <translation>%d missing</translation>
        </message>
        <message>
            <source>окончание обучения</source>
            <translation>completed education</translation>
        </message>
        <message>
            <source>перевод в другую образовательную организацию</source>
            <translation>transfer to another school</translation>
        </message>
        <message>
            <source>переезд в другой населённый пункт</source>
            <translation>moving to another town</translation>
        </message>
        <message>
            <source>по заявлению родителей</source>
            <translation>at the parents' request</translation>
        </message>
        <message>
            <source>родитель</source>
            <translation>parent</translation>
        </message>
        <message>
            <source>№</source>
            <translation>No.</translation>
        </message>
        <message>
            <source>№ личного дела</source>
            <translation>Admission no.</translation>
        </message>
    </context>
    <context>
        <name>SubjectDialog</name>
        <message>
            <source>Название:</source>
            <translation>Name:</translation>
        </message>
        <message>
            <source>Сокращение:</source>
            <translation>Short name:</translation>
        </message>
        <message>
            <source>для расписания, например «Рус. яз.»</source>
            <translation>for the timetable, e.g. «Rus. lang.»</translation>
        </message>
    </context>
    <context>
        <name>TemporaryPasswordDialog</name>
        <message>
            <source>Временный пароль</source>
            <translation>Temporary password</translation>
        </message>
        <message>
            <source>Закрыть</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Новый временный пароль для &lt;b&gt;%s&lt;/b&gt; (логин &lt;b&gt;%s&lt;/b&gt;). Он показывается только сейчас: передайте его сотруднику лично. При входе программа попросит сменить его.</source>
            <translation>New temporary password for &lt;b&gt;%s&lt;/b&gt; (login &lt;b&gt;%s&lt;/b&gt;). It is shown only now: give it to the person in person. At login the program asks to change it.</translation>
        </message>
        <message>
            <source>Скопировать</source>
            <translation>Copy</translation>
        </message>
    </context>
    <context>
        <name>Timetable</name>
        <message>
            <source>Класс не найден.</source>
            <translation>Class not found.</translation>
        </message>
        <message>
            <source>Не указан кабинет.</source>
            <translation>No room given.</translation>
        </message>
        <message>
            <source>Неизвестный вид расписания «%s».</source>
            <translation>Unknown kind of timetable «%s».</translation>
        </message>
        <message>
            <source>Учитель не найден.</source>
            <translation>Teacher not found.</translation>
        </message>
        <message>
            <source>расписание другого учителя</source>
            <translation>another teacher's timetable</translation>
        </message>
        <message>
            <source>расписание кабинета</source>
            <translation>a room's timetable</translation>
        </message>
        <message>
            <source>расписание класса</source>
            <translation>a class timetable</translation>
        </message>
    </context>
    <context>
        <name>TimetableEditor</name>
        <message>
            <source> по %s</source>
            <translation> to %s</translation>
        </message>
        <message>
            <source>%d-й урок — %s%s (%s)</source>
            <translation>Lesson %d — %s%s (%s)</translation>
        </message>
        <message>
            <source>%s — %s, %s, %d-й урок</source>
            <translation>%s — %s, %s, lesson %d</translation>
        </message>
        <message>
            <source>%s — %s; сейчас: %s, %d-й урок, каб. %s</source>
            <translation>%s — %s; now: %s, lesson %d, room %s</translation>
        </message>
        <message>
            <source>%s%s — %s
%s ч в неделю, в расписании: %d</source>
            <translation>%s%s — %s
%s h a week, in the timetable: %d</translation>
        </message>
        <message>
            <source>Всё равно сохранить?</source>
            <translation>Save anyway?</translation>
        </message>
        <message>
            <source>Дата</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Дата:</source>
            <translation>Date:</translation>
        </message>
        <message>
            <source>Действует с:</source>
            <translation>In force from:</translation>
        </message>
        <message>
            <source>День недели:</source>
            <translation>Day of the week:</translation>
        </message>
        <message>
            <source>Замен за период: %d</source>
            <translation>Substitutions in the period: %d</translation>
        </message>
        <message>
            <source>Замены</source>
            <translation>Substitutions</translation>
        </message>
        <message>
            <source>Замены с</source>
            <translation>Substitutions from</translation>
        </message>
        <message>
            <source>Заменяет</source>
            <translation>Substitutes</translation>
        </message>
        <message>
            <source>Заменяет:</source>
            <translation>Substitute:</translation>
        </message>
        <message>
            <source>Изменение действует с:</source>
            <translation>The change is in force from:</translation>
        </message>
        <message>
            <source>Изменение расписания действует с выбранной даты: уроки, уже проведённые по прежнему расписанию, остаются в журнале со всеми отметками. Жёлтым — уроки, которые заканчиваются.</source>
            <translation>A timetable change is in force from the chosen date: lessons already given under the old timetable stay in the journal with all their marks. Lessons that come to an end are in yellow.</translation>
        </message>
        <message>
            <source>Изменить урок в расписании</source>
            <translation>Change a lesson in the timetable</translation>
        </message>
        <message>
            <source>Кабинет:</source>
            <translation>Room:</translation>
        </message>
        <message>
            <source>Класс</source>
            <translation>Class</translation>
        </message>
        <message>
            <source>Класс:</source>
            <translation>Class:</translation>
        </message>
        <message>
            <source>Нагрузка класса</source>
            <translation>Class teaching load</translation>
        </message>
        <message>
            <source>Назначить замену</source>
            <translation>Assign a substitution</translation>
        </message>
        <message>
            <source>Назначить замену…</source>
            <translation>Assign a substitution…</translation>
        </message>
        <message>
            <source>Отменить замену</source>
            <translation>Cancel the substitution</translation>
        </message>
        <message>
            <source>Отменить замену %s, %d-й урок, %s (%s)?</source>
            <translation>Cancel the substitution %s, lesson %d, %s (%s)?</translation>
        </message>
        <message>
            <source>Перенести или сменить кабинет…</source>
            <translation>Move or change the room…</translation>
        </message>
        <message>
            <source>Пересечения в расписании</source>
            <translation>Timetable clashes</translation>
        </message>
        <message>
            <source>Перетащите предмет в клетку расписания или выберите клетку и нажмите «Поставить в расписание…».</source>
            <translation>Drag a subject into a timetable cell, or select a cell and press «Put in the timetable…».</translation>
        </message>
        <message>
            <source>Подтверждение</source>
            <translation>Confirmation</translation>
        </message>
        <message>
            <source>Показано расписание, действующее в этот день</source>
            <translation>The timetable in force on this day is shown</translation>
        </message>
        <message>
            <source>Последний день урока:</source>
            <translation>Last day of the lesson:</translation>
        </message>
        <message>
            <source>Поставить в расписание</source>
            <translation>Put in the timetable</translation>
        </message>
        <message>
            <source>Поставить в расписание…</source>
            <translation>Put in the timetable…</translation>
        </message>
        <message>
            <source>Предмет</source>
            <translation>Subject</translation>
        </message>
        <message>
            <source>Предмет и учитель:</source>
            <translation>Subject and teacher:</translation>
        </message>
        <message>
            <source>Причина</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Причина:</source>
            <translation>Reason:</translation>
        </message>
        <message>
            <source>Проведённые уроки сохраняются со всеми отметками: прежняя запись расписания заканчивается накануне этой даты.</source>
            <translation>Lessons already given are kept with all their marks: the old timetable entry ends on the day before this date.</translation>
        </message>
        <message>
            <source>Расписание %s класса на %s</source>
            <translation>Timetable of class %s for %s</translation>
        </message>
        <message>
            <source>Расписание класса</source>
            <translation>Class timetable</translation>
        </message>
        <message>
            <source>Расписание на дату:</source>
            <translation>Timetable on the date:</translation>
        </message>
        <message>
            <source>Убрать с даты…</source>
            <translation>Take off from a date…</translation>
        </message>
        <message>
            <source>Убрать урок из расписания</source>
            <translation>Take a lesson off the timetable</translation>
        </message>
        <message>
            <source>Удалить запись «%s, %s, %d-й урок» из расписания совсем? Так исправляют ошибку ввода; если урок отменяется с какой-то даты, используйте «Убрать с даты…».</source>
            <translation>Delete the entry «%s, %s, lesson %d» from the timetable altogether? This is how an input mistake is corrected; if a lesson is cancelled from some date, use «Take off from a date…».</translation>
        </message>
        <message>
            <source>Удалить ошибочную запись</source>
            <translation>Delete a mistaken entry</translation>
        </message>
        <message>
            <source>Урок</source>
            <translation>Lesson</translation>
        </message>
        <message>
            <source>Урок в журнале</source>
            <translation>Lesson in the journal</translation>
        </message>
        <message>
            <source>Урок пересекается с расписанием:</source>
            <translation>The lesson clashes with the timetable:</translation>
        </message>
        <message>
            <source>Урок №:</source>
            <translation>Lesson no.:</translation>
        </message>
        <message>
            <source>Урок:</source>
            <translation>Lesson:</translation>
        </message>
        <message>
            <source>Уроки до этой даты остаются как были.</source>
            <translation>Lessons before this date stay as they were.</translation>
        </message>
        <message>
            <source>Уроков в расписании не столько, сколько часов в нагрузке.</source>
            <translation>The number of lessons in the timetable differs from the hours of the teaching load.</translation>
        </message>
        <message>
            <source>Учебный год ещё не создан.</source>
            <translation>The school year has not been created yet.</translation>
        </message>
        <message>
            <source>Учитель</source>
            <translation>Teacher</translation>
        </message>
        <message>
            <source>болезнь, курсы, командировка…</source>
            <translation>illness, training course, business trip…</translation>
        </message>
        <message>
            <source>в этот день уроков нет</source>
            <translation>no lessons on this day</translation>
        </message>
        <message>
            <source>ещё нет</source>
            <translation>not yet</translation>
        </message>
        <message>
            <source>записан</source>
            <translation>entered</translation>
        </message>
        <message>
            <source>каб. %s</source>
            <translation>rm %s</translation>
        </message>
        <message>
            <source>каб. %s, </source>
            <translation>room %s, </translation>
        </message>
        <message>
            <source>по</source>
            <translation>to</translation>
        </message>
        <message>
            <source>с %s</source>
            <translation>from %s</translation>
        </message>
    </context>
    <context>
        <name>TimetableTab</name>
        <message>
            <source> — замена</source>
            <translation> — substitution</translation>
        </message>
        <message>
            <source>%d-й урок</source>
            <translation>lesson %d</translation>
        </message>
        <message>
            <source>%s — неделя %s</source>
            <translation>%s — week %s</translation>
        </message>
        <message>
            <source>Двойной щелчок по уроку открывает его в журнале.</source>
            <translation>A double click on a lesson opens it in the journal.</translation>
        </message>
        <message>
            <source>Двойной щелчок — открыть урок в журнале.</source>
            <translation>Double click — open the lesson in the journal.</translation>
        </message>
        <message>
            <source>Замена</source>
            <translation>Substitution</translation>
        </message>
        <message>
            <source>Замена: %s</source>
            <translation>Substitution: %s</translation>
        </message>
        <message>
            <source>Замена; по расписанию: %s</source>
            <translation>Substitution; timetabled: %s</translation>
        </message>
        <message>
            <source>Кабинет</source>
            <translation>Room</translation>
        </message>
        <message>
            <source>Кабинет: %s</source>
            <translation>Room: %s</translation>
        </message>
        <message>
            <source>Класс</source>
            <translation>Class</translation>
        </message>
        <message>
            <source>Любой день нужной недели</source>
            <translation>Any day of the week wanted</translation>
        </message>
        <message>
            <source>Неделя:</source>
            <translation>Week:</translation>
        </message>
        <message>
            <source>Нет расписаний, доступных для просмотра.</source>
            <translation>There are no timetables you can view.</translation>
        </message>
        <message>
            <source>Предыдущая неделя</source>
            <translation>Previous week</translation>
        </message>
        <message>
            <source>Расписание:</source>
            <translation>Timetable:</translation>
        </message>
        <message>
            <source>Расписание: %s</source>
            <translation>Timetable: %s</translation>
        </message>
        <message>
            <source>Расписание: %s класс</source>
            <translation>Timetable: class %s</translation>
        </message>
        <message>
            <source>Расписание: кабинет %s</source>
            <translation>Timetable: room %s</translation>
        </message>
        <message>
            <source>Следующая неделя</source>
            <translation>Next week</translation>
        </message>
        <message>
            <source>Текущая неделя</source>
            <translation>This week</translation>
        </message>
        <message>
            <source>Тема: %s</source>
            <translation>Topic: %s</translation>
        </message>
        <message>
            <source>Учебный год ещё не создан: расписания нет.</source>
            <translation>The school year has not been created: there is no timetable.</translation>
        </message>
        <message>
            <source>Учитель</source>
            <translation>Teacher</translation>
        </message>
        <message>
            <source>Учитель: %s</source>
            <translation>Teacher: %s</translation>
        </message>
        <message>
            <source>каб. %s</source>
            <translation>rm %s</translation>
        </message>
    </context>
    <context>
        <name>Weekday</name>
        <message>
            <source>Воскресенье</source>
            <translation>Sunday</translation>
        </message>
        <message>
            <source>Вторник</source>
            <translation>Tuesday</translation>
        </message>
        <message>
            <source>Понедельник</source>
            <translation>Monday</translation>
        </message>
        <message>
            <source>Пятница</source>
            <translation>Friday</translation>
        </message>
        <message>
            <source>Среда</source>
            <translation>Wednesday</translation>
        </message>
        <message>
            <source>Суббота</source>
            <translation>Saturday</translation>
        </message>
        <message>
            <source>Четверг</source>
            <translation>Thursday</translation>
        </message>
        <message>
            <source>воскресенье</source>
            <translation>Sunday</translation>
        </message>
        <message>
            <source>вс</source>
            <translation>Sun</translation>
        </message>
        <message>
            <source>вт</source>
            <translation>Tue</translation>
        </message>
        <message>
            <source>вторник</source>
            <translation>Tuesday</translation>
        </message>
        <message>
            <source>пн</source>
            <translation>Mon</translation>
        </message>
        <message>
            <source>понедельник</source>
            <translation>Monday</translation>
        </message>
        <message>
            <source>пт</source>
            <translation>Fri</translation>
        </message>
        <message>
            <source>пятница</source>
            <translation>Friday</translation>
        </message>
        <message>
            <source>сб</source>
            <translation>Sat</translation>
        </message>
        <message>
            <source>ср</source>
            <translation>Wed</translation>
        </message>
        <message>
            <source>среда</source>
            <translation>Wednesday</translation>
        </message>
        <message>
            <source>суббота</source>
            <translation>Saturday</translation>
        </message>
        <message>
            <source>четверг</source>
            <translation>Thursday</translation>
        </message>
        <message>
            <source>чт</source>
            <translation>Thu</translation>
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
            <translation>Weekly journal check</translation>
        </message>
        <message>
            <source>Еженедельную проверку журнала класса видят классный руководитель и администрация школы.</source>
            <translation>A class journal's weekly check is seen by the homeroom teacher and the school management.</translation>
        </message>
        <message>
            <source>Класс не найден.</source>
            <translation>Class not found.</translation>
        </message>
        <message>
            <source>Неделя %s ещё не началась.</source>
            <translation>Week %s has not started yet.</translation>
        </message>
        <message>
            <source>Неделя %s не входит в учебный год %s.</source>
            <translation>Week %s is not in the school year %s.</translation>
        </message>
        <message>
            <source>Неделя начинается с понедельника, а %s — не понедельник.</source>
            <translation>A week starts on Monday, and %s is not a Monday.</translation>
        </message>
        <message>
            <source>Примечание длиннее %d символов.</source>
            <translation>The note is longer than %d characters.</translation>
        </message>
        <message>
            <source>Проверка недели %s не найдена: обновите окно.</source>
            <translation>The check of week %s was not found: refresh the window.</translation>
        </message>
        <message>
            <source>Проверку недели %s только что изменили: обновите окно.</source>
            <translation>The check of week %s has just been changed: refresh the window.</translation>
        </message>
        <message>
            <source>Проверку недели %s уже подтвердил(а) %s: обновите окно и подтвердите ещё раз.</source>
            <translation>The check of week %s has already been confirmed by %s: refresh the window and confirm again.</translation>
        </message>
        <message>
            <source>Укажите неделю.</source>
            <translation>Give the week.</translation>
        </message>
        <message>
            <source>Число последних уроков должно быть от 1 до 50.</source>
            <translation>The number of last lessons must be from 1 to 50.</translation>
        </message>
        <message>
            <source>только классный руководитель этого класса</source>
            <translation>only the homeroom teacher of this class</translation>
        </message>
    </context>
    <context>
        <name>YearDialog</name>
        <message>
            <source>Начало:</source>
            <translation>Start:</translation>
        </message>
        <message>
            <source>Окончание:</source>
            <translation>End:</translation>
        </message>
        <message>
            <source>Учебная неделя:</source>
            <translation>School week:</translation>
        </message>
        <message>
            <source>Учебные периоды:</source>
            <translation>School periods:</translation>
        </message>
        <message>
            <source>Учебный год:</source>
            <translation>School year:</translation>
        </message>
        <message>
            <source>полугодия</source>
            <translation>half-years</translation>
        </message>
        <message>
            <source>пятидневная</source>
            <translation>five-day</translation>
        </message>
        <message>
            <source>триместры</source>
            <translation>trimesters</translation>
        </message>
        <message>
            <source>четверти</source>
            <translation>quarters</translation>
        </message>
        <message>
            <source>шестидневная</source>
            <translation>six-day</translation>
        </message>
    </context>
    <context>
        <name>YearEnd</name>
        <message>
            <source> и ещё %d</source>
            <translation> and %d more</translation>
        </message>
        <message>
            <source>Конец %s учебного года: %s. %s</source>
            <translation>End of the school year %s: %s. %s</translation>
        </message>
        <message>
            <source>Не заверены журналы: %s (срок — %s)</source>
            <translation>Journals not certified: %s (deadline %s)</translation>
        </message>
        <message>
            <source>Срок печати и заверения журналов за %s учебный год — %s (%s).</source>
            <translation>Deadline for printing and certifying the journals for the school year %s: %s (%s).</translation>
        </message>
        <message>
            <source>Учебный год не найден.</source>
            <translation>School year not found.</translation>
        </message>
        <message>
            <source>день</source>
            <translation>day</translation>
        </message>
        <message>
            <source>дней</source>
            <translation>days</translation>
        </message>
        <message>
            <source>дня</source>
            <translation>days</translation>
        </message>
        <message>
            <source>журнал не заверен</source>
            <translation>journal not certified</translation>
        </message>
        <message>
            <source>журнал не напечатан</source>
            <translation>journal not printed</translation>
        </message>
        <message>
            <source>заверенный журнал изменён: %s</source>
            <translation>certified journal changed: %s</translation>
        </message>
        <message>
            <source>напечатано листов: %d, при заверении — %d; напечатайте журнал заново</source>
            <translation>sheets printed: %d, at certification: %d; print the journal again</translation>
        </message>
        <message>
            <source>не заверены журналы: %s</source>
            <translation>journals not certified: %s</translation>
        </message>
        <message>
            <source>не напечатаны: %s</source>
            <translation>not printed: %s</translation>
        </message>
        <message>
            <source>осталось %s</source>
            <translation>%s left</translation>
        </message>
        <message>
            <source>сегодня последний день</source>
            <translation>today is the last day</translation>
        </message>
        <message>
            <source>срок прошёл %s назад</source>
            <translation>the deadline passed %s ago</translation>
        </message>
    </context>
    <context>
        <name>YearEndTab</name>
        <message>
            <source>%s, %s, листов: %d</source>
            <translation>%s, %s, sheets: %d</translation>
        </message>
        <message>
            <source>USB-накопитель</source>
            <translation>USB flash drive</translation>
        </message>
        <message>
            <source>Архив %s учебного года сделан %s (%s). Журналы хранить до %s, сводные ведомости — до %s (Положение об ЭЖ, п. 5.3–5.4; срок считается с 1 января года после окончания учебного года).</source>
            <translation>The archive of the school year %s was made on %s (%s). Keep the journals until %s and the summary sheets until %s (e-journal Regulations, cl. 5.3–5.4; the period runs from 1 January of the year after the school year ends).</translation>
        </message>
        <message>
            <source>Архив %s: %s, SHA-256 %s
Журналы хранить до %s, сводные ведомости — до %s</source>
            <translation>Archive %s: %s, SHA-256 %s
Keep the journals until %s, the summary sheets until %s</translation>
        </message>
        <message>
            <source>Архив записан и проверен (SHA-256 обеих копий совпадает):</source>
            <translation>Archive written and verified (the SHA-256 of both copies matches):</translation>
        </message>
        <message>
            <source>Архив не сделан.</source>
            <translation>Archive not made.</translation>
        </message>
        <message>
            <source>Архив не сделан: не все журналы заверены.</source>
            <translation>Archive not made: not all journals are certified.</translation>
        </message>
        <message>
            <source>Архив обычно делают, когда журналы всех классов заверены. Сейчас:
%s

Если архив нужен сейчас, укажите причину — она будет записана в архив и в журнал аудита.</source>
            <translation>The archive is usually made when the journals of all classes are certified. At present:
%s

If the archive is needed now, give the reason — it will be recorded in the archive and in the audit log.</translation>
        </message>
        <message>
            <source>Архив сделан</source>
            <translation>Archive made</translation>
        </message>
        <message>
            <source>Архив учебного года</source>
            <translation>School year archive</translation>
        </message>
        <message>
            <source>Архив учебного года (*.zip)</source>
            <translation>School year archive (*.zip)</translation>
        </message>
        <message>
            <source>Архив учебного года (две копии на разных носителях, в разных помещениях)</source>
            <translation>School year archive (two copies on different media, in different rooms)</translation>
        </message>
        <message>
            <source>Архив: напоминаний — %d</source>
            <translation>Archive: reminders — %d</translation>
        </message>
        <message>
            <source>Архива выбранного учебного года ещё нет.</source>
            <translation>There is no archive of the selected school year yet.</translation>
        </message>
        <message>
            <source>Все заверенные журналы совпадают с базой.</source>
            <translation>All certified journals match the database.</translation>
        </message>
        <message>
            <source>Вторая копия:</source>
            <translation>Second copy:</translation>
        </message>
        <message>
            <source>Выберите две папки — на разных носителях.</source>
            <translation>Choose two folders — on different media.</translation>
        </message>
        <message>
            <source>Выбрать…</source>
            <translation>Choose…</translation>
        </message>
        <message>
            <source>Где сейчас файл копии № %d (%s, %s)?</source>
            <translation>Where is the file of copy No. %d (%s, %s) now?</translation>
        </message>
        <message>
            <source>Где хранится</source>
            <translation>Storage place</translation>
        </message>
        <message>
            <source>Делаю архив…</source>
            <translation>Making the archive…</translation>
        </message>
        <message>
            <source>Добавить копию…</source>
            <translation>Add a copy…</translation>
        </message>
        <message>
            <source>Журнал напечатан и заверен.</source>
            <translation>Journal printed and certified.</translation>
        </message>
        <message>
            <source>Журналы хранить до %s, сводные ведомости — до %s.</source>
            <translation>Keep the journals until %s, the summary sheets until %s.</translation>
        </message>
        <message>
            <source>Заверен</source>
            <translation>Certified</translation>
        </message>
        <message>
            <source>ИЗМЕНЁН</source>
            <translation>CHANGED</translation>
        </message>
        <message>
            <source>Изменены после заверения: %s.</source>
            <translation>Changed after certification: %s.</translation>
        </message>
        <message>
            <source>Изменить…</source>
            <translation>Edit…</translation>
        </message>
        <message>
            <source>Класс</source>
            <translation>Class</translation>
        </message>
        <message>
            <source>Копия архива № %d</source>
            <translation>Archive copy No. %d</translation>
        </message>
        <message>
            <source>Копия базы журнала, журналы и сводные ведомости всех классов в PDF и их контрольные суммы — одним файлом в обе папки; каждая копия проверяется</source>
            <translation>A copy of the journal database, the journals and summary sheets of all classes as PDF, and their checksums — in one file, in both folders; each copy is verified</translation>
        </message>
        <message>
            <source>Копия повреждена</source>
            <translation>Copy damaged</translation>
        </message>
        <message>
            <source>Копия проверена</source>
            <translation>Copy checked</translation>
        </message>
        <message>
            <source>Напечатан</source>
            <translation>Printed</translation>
        </message>
        <message>
            <source>Настройки конца года сохранены.</source>
            <translation>End-of-year settings saved.</translation>
        </message>
        <message>
            <source>Не все журналы заверены</source>
            <translation>Not all journals are certified</translation>
        </message>
        <message>
            <source>Новая копия архива %s учебного года</source>
            <translation>New copy of the school year %s archive</translation>
        </message>
        <message>
            <source>Носитель</source>
            <translation>Medium</translation>
        </message>
        <message>
            <source>Обновить</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <source>Папка</source>
            <translation>Folder</translation>
        </message>
        <message>
            <source>Папка для копии архива</source>
            <translation>Folder for the archive copy</translation>
        </message>
        <message>
            <source>Первая копия:</source>
            <translation>First copy:</translation>
        </message>
        <message>
            <source>Пересчитать контрольные суммы заверенных журналов и сравнить с записанными при заверении (около полсекунды на класс)</source>
            <translation>Recalculate the checksums of the certified journals and compare them with those recorded at certification (about half a second per class)</translation>
        </message>
        <message>
            <source>Проверить копию</source>
            <translation>Check copy</translation>
        </message>
        <message>
            <source>Проверка</source>
            <translation>Check</translation>
        </message>
        <message>
            <source>Проверять копии архива раз в, мес.:</source>
            <translation>Check the archive copies every, months:</translation>
        </message>
        <message>
            <source>Прочитать файл копии и сверить его SHA-256 с записанным при создании</source>
            <translation>Read the copy file and compare its SHA-256 with the one recorded when it was made</translation>
        </message>
        <message>
            <source>Путь к файлу не указан</source>
            <translation>No file path given</translation>
        </message>
        <message>
            <source>Реестр копий архива</source>
            <translation>Register of archive copies</translation>
        </message>
        <message>
            <source>Сверить заверенные журналы с базой</source>
            <translation>Check certified journals against the database</translation>
        </message>
        <message>
            <source>Сверка с базой</source>
            <translation>Database check</translation>
        </message>
        <message>
            <source>Сделать архив</source>
            <translation>Make archive</translation>
        </message>
        <message>
            <source>Следующая проверка</source>
            <translation>Next check</translation>
        </message>
        <message>
            <source>Сохранить</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Срок и напоминания (настройки школы)</source>
            <translation>Deadline and reminders (school settings)</translation>
        </message>
        <message>
            <source>Срок печати и заверения:</source>
            <translation>Printing and certification deadline:</translation>
        </message>
        <message>
            <source>Учебный год</source>
            <translation>School year</translation>
        </message>
        <message>
            <source>Учебный год:</source>
            <translation>School year:</translation>
        </message>
        <message>
            <source>Учебных лет нет.</source>
            <translation>There are no school years.</translation>
        </message>
        <message>
            <source>Файл</source>
            <translation>File</translation>
        </message>
        <message>
            <source>Чего не хватает</source>
            <translation>What is missing</translation>
        </message>
        <message>
            <source>Щёлкните, чтобы открыть вкладку «Конец года».</source>
            <translation>Click to open the «End of year» tab.</translation>
        </message>
        <message>
            <source>августа</source>
            <translation>August</translation>
        </message>
        <message>
            <source>апреля</source>
            <translation>April</translation>
        </message>
        <message>
            <source>архив, шкаф</source>
            <translation>archive room, cupboard</translation>
        </message>
        <message>
            <source>внешний диск</source>
            <translation>external drive</translation>
        </message>
        <message>
            <source>всё сделано</source>
            <translation>all done</translation>
        </message>
        <message>
            <source>декабря</source>
            <translation>December</translation>
        </message>
        <message>
            <source>заверенный журнал изменён: %s</source>
            <translation>certified journal changed: %s</translation>
        </message>
        <message>
            <source>июля</source>
            <translation>July</translation>
        </message>
        <message>
            <source>июня</source>
            <translation>June</translation>
        </message>
        <message>
            <source>кабинет директора, сейф</source>
            <translation>head teacher's office, safe</translation>
        </message>
        <message>
            <source>марта</source>
            <translation>March</translation>
        </message>
        <message>
            <source>мая</source>
            <translation>May</translation>
        </message>
        <message>
            <source>напоминать директору за, дней:</source>
            <translation>remind the head teacher (days before):</translation>
        </message>
        <message>
            <source>не сверялся</source>
            <translation>not checked</translation>
        </message>
        <message>
            <source>не указан</source>
            <translation>not given</translation>
        </message>
        <message>
            <source>нет</source>
            <translation>no</translation>
        </message>
        <message>
            <source>ноября</source>
            <translation>November</translation>
        </message>
        <message>
            <source>октября</source>
            <translation>October</translation>
        </message>
        <message>
            <source>сентября</source>
            <translation>September</translation>
        </message>
        <message>
            <source>совпадает</source>
            <translation>matches</translation>
        </message>
        <message>
            <source>февраля</source>
            <translation>February</translation>
        </message>
        <message>
            <source>января</source>
            <translation>January</translation>
        </message>
        <message>
            <source>№</source>
            <translation>No.</translation>
        </message>
    </context>
</TS>
