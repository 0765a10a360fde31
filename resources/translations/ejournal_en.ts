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
            <translation type="unfinished" />
        </message>
        <message>
            <source>Логин «%s» недопустим: латинские буквы, цифры, точка, дефис, от 2 символов.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Логин «%s» уже занят.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Не заполнено поле «%s».</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Неизвестная роль «%s».</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Нельзя заблокировать самого себя.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Нельзя снять роль администратора с самого себя.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Поле «%s» длиннее 100 символов.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Роль классного руководителя назначается через класс, а не учётную запись.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Учётная запись не найдена.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Фамилия</source>
            <translation type="unfinished" />
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
            <translation type="unfinished" />
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
            <translation type="unfinished" />
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
            <translation type="unfinished" />
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
            <translation type="unfinished" />
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
        <name>AssignmentDialog</name>
        <message>
            <source>Класс:</source>
            <translation>Class:</translation>
        </message>
        <message>
            <source>Подгруппа:</source>
            <translation type="unfinished" />
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
            <translation type="unfinished" />
        </message>
        <message>
            <source>весь класс</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Attendance</name>
        <message>
            <source>Дата окончания раньше даты начала.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Класс не найден.</source>
            <translation>Class not found.</translation>
        </message>
        <message>
            <source>Посещаемость показывается не больше чем за %d дней.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Посещаемость этого урока отмечает учитель, ведущий урок.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Урок ещё не проведён.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>посещаемость класса</source>
            <translation type="unfinished" />
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
            <source>Входы в программу</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Дата «по» раньше даты «с».</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Движение учащихся</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Закрытие и открытие периодов</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Замены</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Исправления по запросам</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Классный руководитель видит в журнале аудита только записи своего класса.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Классы</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Нагрузка</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Настройки школы</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Отметки</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Отметки за период и год</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Посещаемость</source>
            <translation>Attendance</translation>
        </message>
        <message>
            <source>Предметы</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Расписание</source>
            <translation>Timetable</translation>
        </message>
        <message>
            <source>Резервные копии</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Урок не найден.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Уроки: темы и домашние задания</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Учащиеся</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Учебные годы</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Учитель видит в журнале аудита только свои записи.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Учётные записи</source>
            <translation>Accounts</translation>
        </message>
        <message>
            <source>ФИО</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>в исправлении отказано</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>вес</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>вид</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>вид работы</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>вход в программу</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>вход закрыт после неудачных попыток</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>выдан временный пароль</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>выставлена отметка</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>выставлена отметка за период</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>д/з</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>да</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>дата</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>день недели</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>добавлен учащийся</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>журнал восстановлен из резервной копии</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>заблокирован</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>задан пароль</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>закрыт</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>запрошено исправление</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>изменена настройка</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>изменена отметка</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>изменена отметка за период</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>изменена отметка посещаемости</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>изменены роли</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>изменены тема, задание или вид работы урока</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>исправление внесено</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>исправление одобрено</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>кабинет</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>конец</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>логин</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>название</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>начало</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>нет</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>неудачная попытка входа</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>неудачных попыток</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>отмечено отсутствие</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>пароль изменён</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>период</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>период закрыт</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>период открыт</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>по</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>приказ</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>программа</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>роли</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>с</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>сделана резервная копия</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>снята отметка посещаемости</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>создан период</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>создана учётная запись</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>тема</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>тема КТП</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>тип урока</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>удалена отметка</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>удалена отметка за период</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>урок</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>урок внесён в журнал</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>учащийся выбыл из класса</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>учащийся зачислен в класс</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>учётная запись заблокирована</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>учётная запись разблокирована</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>часов</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AuditModel</name>
        <message>
            <source>%s, %d-й урок</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%s: %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Было → стало</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Класс</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Когда</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Кто</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Предмет</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Причина</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Учащийся</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Что сделано</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AuditTab</name>
        <message>
            <source>Все</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Все изменения</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Даты:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Записей нет.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Записей: %d.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Класс:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Кто:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Обновить</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Показаны ваши собственные действия, сначала новые.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Показаны все записи журнала аудита школы, сначала новые.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Показаны записи о вашем классе и ваши собственные действия, сначала новые.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Показаны записи о вашем классе, сначала новые.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Показаны последние %d записей.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Показать ещё</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Предмет:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Сбросить фильтры</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Что изменено:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>по</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>с</source>
            <translation type="unfinished" />
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
    </context>
    <context>
        <name>Backup</name>
        <message>
            <source>SHA-256 содержимого: %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>«%s» — это папка, а не файл резервной копии.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>В базе данных уже есть данные другой программы: восстановите копию в пустую базу данных или в файл журнала.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>В базе данных уже есть журнал%s. Чтобы заменить его содержимым копии, добавьте --force (всё, что в нём есть, будет удалено).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>В базе найдено двоичное значение, которое журнал не хранит.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Версия программы: %s, версия схемы: %d</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Восстанавливаю %d записей…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Восстановление не выполнено, база данных не изменена: %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Всего записей: %d в %d таблицах</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Данные копии «%s» не подходят к схеме журнала, восстановление отменено: %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Заменить существующий журнал копией может только администратор ЭЖ: войдите под его учётной записью.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Записанная копия не совпала с прочитанными данными.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Источник: %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Копия «%s» записалась с ошибкой.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Копия «%s» записана более новой версией программы (формат %d, эта программа читает формат до %d). Обновите ЭЖ-Десктоп.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Копия «%s» сделана более новой версией программы (схема %d, эта программа знает схему до %d). Обновите ЭЖ-Десктоп и повторите восстановление.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Копия «%s» сделана более старой версией программы (схема %d, нужна %d), и таблицы с тех пор изменились. Восстановите её той версией ЭЖ-Десктоп, которой она сделана, затем обновите базу командой «ejournal migrate».</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Копия сделана: %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Не удалось записать резервную копию «%s»: %s.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Не удалось прочитать файл «%s»: %s.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Не указана папка для резервных копий.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Папка «%s» не найдена (не подключён носитель?).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Папка для резервных копий «%s» недоступна (не подключён носитель?).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>После восстановления в таблице %s %d записей вместо %d: восстановление отменено.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Резервная копия не записана ни в одну папку: %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Резервных копий журнала нет: попросите администратора ЭЖ настроить их.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Файл «%s» не является резервной копией ЭЖ-Десктоп.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Файл «%s» повреждён и не может быть восстановлен: %s.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Файл «%s» уже существует: укажите другое имя файла копии.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Файл резервной копии «%s» не найден.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Школа: %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>архив обрезан или испорчен</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>в таблице %s больше строк, чем указано</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>в таблице %s не хватает строк</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>испорчена строка таблицы %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>испорчены данные %s (%s)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>контрольная сумма содержимого не совпадает</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>контрольная сумма таблицы %s не совпадает</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>не указана</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>недопустимое значение в %s.%s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>неизвестные таблицы: %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>нет второй копии на другом носителе</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>нет данных таблицы %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>нет таблицы %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>описание копии (manifest.json) испорчено</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>описание копии (manifest.json) неполное</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>описание копии слишком велико</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>последняя резервная копия сделана %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>пустое значение %s.%s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>сервер PostgreSQL</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>столбцы таблицы %s не совпадают со схемой %d</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>файл SQLite</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>файл обрезан</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BackupUi</name>
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
    </context>
    <context>
        <name>BellDialog</name>
        <message>
            <source>Конец:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Начало:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Урок №:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Boundary</name>
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
            <translation type="unfinished" />
        </message>
        <message>
            <source>Изменений этой клетки в журнале аудита нет.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>История клетки</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Certify</name>
        <message>
            <source>Внимание: учебный год ещё не закончился (последний день — %s).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Журнал класса %s за %s учебный год не заверен: проверять нечего.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Журнал класса %s за %s учебный год уже заверен (%s, %s).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Заверить журнал класса %s за %s учебный год?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Исправить запись сможет только администратор ЭЖ с указанием причины; такое исправление и любое изменение данных в обход программы покажет проверка журнала.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Класс %s относится к другому учебному году, не к %s.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Класс не найден.</source>
            <translation>Class not found.</translation>
        </message>
        <message>
            <source>Отменить заверение нельзя.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>После заверения весь %s учебный год класса %s станет только для чтения: текущие отметки, посещаемость, темы уроков и домашние задания, отметки за четверти (полугодия), годовые, экзаменационные и итоговые отметки всех предметов. Учителя и классный руководитель больше не смогут их менять.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Учебный год не найден.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>данные журнала (какие именно — не определить: запись о заверении в журнале аудита не найдена)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>данные журнала (контрольная сумма не совпадает)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>причина: %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>сама запись о заверении (контрольная сумма изменена в базе данных)</source>
            <translation type="unfinished" />
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
            <translation type="unfinished" />
        </message>
        <message>
            <source>%s: %s и %s с %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>, %d-й урок</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Домашние задания в 1-х классах и группах внеурочной деятельности</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Заверения журнала</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Замены</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Записи движения учащихся</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Записи журнала аудита</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Записи посещаемости</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Записи посещаемости без записи в журнале аудита</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Запросы на исправление</source>
            <translation>Correction requests</translation>
        </message>
        <message>
            <source>КТП</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Каникулы</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Классы</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Нагрузка</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Не удалось выполнить проверку «%s»: %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Недопустимые значения отметок</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Недопустимые значения отметок за период</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Недопустимые коды посещаемости</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Отметки</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Отметки без записи в журнале аудита</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Отметки в 1-х классах</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Отметки в группах внеурочной деятельности</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Отметки за период</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Отметки за период без записи в журнале аудита</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Отметки за период в 1-х классах и группах внеурочной деятельности</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Отметки на уроках вне учебных периодов</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Подгруппы</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Роли пользователей</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Связи «учащийся — родитель»</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Согласия на обработку данных</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Сообщения</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Составы подгрупп</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Строки таблицы %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Схема базы данных устарела: версия %d, нужна %d (выполните «ejournal migrate»).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Темы КТП</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Уроки</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Уроки без записи в журнале аудита</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Уроки в каникулы и праздничные дни</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Уроки вне учебных периодов</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Уроки не по расписанию (нет урока в расписании и нет замены)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Уроки расписания</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Учащиеся, числящиеся сразу в двух классах</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Учебные периоды</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Файл базы данных повреждён (PRAGMA integrity_check), ошибок: %s (%s). Восстановите журнал из резервной копии.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>движение учащихся</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>журнал аудита</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>значения отметок</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>не менее %d</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>несуществующего пользователя</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>несуществующего родителя</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>несуществующего учащегося</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>несуществующий КТП</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>несуществующий вид работы</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>несуществующий класс</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>несуществующий период</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>несуществующий предмет</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>несуществующий урок</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>несуществующий учебный год</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>несуществующую нагрузку</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>несуществующую отметку за период</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>несуществующую подгруппу</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>несуществующую строку таблицы %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>несуществующую тему КТП</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>отметки в 1-х классах и группах</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>подсчёт записей</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>список классов</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ссылки между таблицами</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>уроки вне периодов</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>уроки не по расписанию</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>учащийся № %d</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>целостность файла</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>№ %d</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ClassDialog</name>
        <message>
            <source>А</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Буква:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Классный руководитель:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Название:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Параллель:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Профиль:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Руководитель:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Смена:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>вторая</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>первая</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>— не назначен —</source>
            <translation type="unfinished" />
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
        <name>Contacts</name>
        <message>
            <source>SMS</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Дата контакта %s ещё не наступила.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Запись длиннее %d символов.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Коротко запишите, о чём был разговор.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Неизвестный вид документа «%s».</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Неизвестный вид контакта «%s».</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Тема длиннее %d символов.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Укажите дату контакта.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Укажите, что было передано родителям.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Учащийся не найден.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Этот родитель не указан в карточке учащегося.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>встреча</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>другое</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>записка / электронное письмо</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>информационное письмо</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>отчёт-дневник</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>семья</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>телефонный разговор</source>
            <translation type="unfinished" />
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
            <translation type="unfinished" />
        </message>
        <message>
            <source>%s просит исправить ячейку: %s, учащийся %s.
Сейчас: «%s». Нужно: «%s».
Причина: %s
Рассмотрите запрос в журнале: «Запросы на исправление».</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%s, %s, %d-й урок</source>
            <translation>%s, %s, lesson %d</translation>
        </message>
        <message>
            <source>%s, %s, %s, %d-й урок</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>В %s отметки не выставляются: ведётся только посещаемость и темы.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>В ячейку (%s) внесено «%s».</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ваш запрос (%s) одобрен; исправление внесёт администратор ЭЖ.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ваш запрос на исправление (%s, %s) отклонён: %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Дата %s вне учебного года.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Дата %s не входит ни в один учебный период.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Запрос на исправление №%d</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Запрос на исправление №%d не найден.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Запрос №%d одобрен</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Запрос №%d отклонён</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Запрос №%d только что рассмотрел другой пользователь. Обновите список.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Запрос №%d уже одобрен: его применит администратор ЭЖ.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Запрос №%d уже рассмотрен: %s.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Исправление по запросу №%d внесено</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Одобрен запрос на исправление №%d</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>По этой ячейке уже есть нерассмотренный запрос №%d.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Укажите причину исправления: без неё запрос не отправляется.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Укажите, почему запрос отклонён.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Урок %s ещё не проведён.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Урок %s не закрыт для изменений: исправьте ячейку сами.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>по запросу №%d: %s</source>
            <translation type="unfinished" />
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
            <source>пусто</source>
            <translation>empty</translation>
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
            <translation type="unfinished" />
        </message>
        <message>
            <source>Выгрузить в Excel…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Выгрузка</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Загрузить из Excel…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Загрузка сначала показывает, что будет добавлено, изменено и что отклонено (с номерами строк и причинами); применяется всё или ничего. Выгруженный файл можно исправить и загрузить обратно.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Записано строк: %1 — %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>КТП (тематическое планирование)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Книга Excel (*.xlsx)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Расписание</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Сотрудники</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Учащиеся (списки классов)</source>
            <translation type="unfinished" />
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
            <translation type="unfinished" />
        </message>
        <message>
            <source>Начало:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Окончание:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Осенние каникулы</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Import</name>
        <message>
            <source> (%s, %d класс: не ваша нагрузка)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> (класс %s)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> (новый план)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%s: в школе %d-дневная учебная неделя</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(без фамилии)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>E-mail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e-mail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>«%s» длиннее %d символов</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>«%s» — не дата</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>«%s» — не дата (нужно ДД.ММ.ГГГГ)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>«%s»: «%s» — не похоже на имя</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>«%s»: нужно целое число</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>«%s»: нужно целое число, а не %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>«%s»: нужно целое число, а не «%s»</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>В журнале нет ни одного учебного года: сначала создайте учебный год.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>В файле больше %d строк: разделите его на части.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Должность</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Зачисление</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Зачисление (импорт из Excel)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Импорт не выполнен: строк с ошибками — %d. Ничего не изменено; исправьте файл и повторите.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Имя</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>КТП: %s, %d класс</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Кабинет</source>
            <translation>Room</translation>
        </message>
        <message>
            <source>Календарно-тематическое планирование, %s учебный год</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Класс</source>
            <translation>Class</translation>
        </message>
        <message>
            <source>Класс «%s» не найден в учебном году %s (есть: %s).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Класс «%s» не найден в учебном году %s.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Логин</source>
            <translation>Login</translation>
        </message>
        <message>
            <source>Неизвестный вид данных «%s».</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Нет прав на действие «%s».</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Отчество</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Параллель</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Подгруппа</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Пол</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Предмет</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Приказ</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Раздел</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Расписание уроков, %s учебный год</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Роли</source>
            <translation>Roles</translation>
        </message>
        <message>
            <source>Сотрудники</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Список учащихся, %s учебный год</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Телефон</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Тема</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Урок №</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Учитель</source>
            <translation>Teacher</translation>
        </message>
        <message>
            <source>Фамилия</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Часы</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>адрес электронной почты «%s» недопустим</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>в журнале несколько сотрудников с таким ФИО (%s): укажите логин</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>в нагрузке несколько строк «%s» в %s: укажите учителя и подгруппу</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>в нагрузке нет предмета «%s» в %s%s: сначала внесите нагрузку</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>да</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>дата</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>дата «действует с» %s вне учебного года %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>дата зачисления</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>дата зачисления %s вне учебного года %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>дата по плану %s вне учебного года %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>дата рождения</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>дата рождения %s невозможна</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>даты «%s» не существует</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>день недели «%s» не понят (пишите «понедельник», «вторник»…)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>добавить: %d, изменить: %d, без изменений: %d, отклонено строк: %d</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>должность</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>зачисление</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>импорт из Excel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>имя</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>кабинет %s, с %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>кабинет: %s → %s с %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>логин «%s» недопустим: латинские буквы, цифры, точка, дефис, от 2 символов</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>логин «%s» повторяется в файле (строка %d)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>накладка: кабинет %s %s занят (%s, %s — по расписанию в журнале)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>накладка: кабинет %s %s занят (%s, строка %d)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>накладка: у %s %s уже стоит «%s» (строка %d)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>накладка: учитель %s %s ведёт урок в %s (по расписанию в журнале)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>накладка: учитель %s %s ведёт урок в %s (строка %d)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>не указан день недели</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>не указан класс</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>не указан номер урока</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>не указан номер урока (темы)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>не указан предмет</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>не указан № личного дела</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>не указана параллель</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>не указана тема</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>не указана фамилия</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>не указано имя</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>неизвестная роль «%s» (возможны: администратор ЭЖ, директор, заместитель директора по УВР, учитель)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>неизвестный класс «%s»</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>неизвестный предмет «%s»</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>неизвестный учитель «%s»</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>нельзя снять роль администратора с самого себя</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>нет</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>нет прав на действие «%s»</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>новая учётная запись: %s; временный пароль выдаётся при применении</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>новый учащийся, № л. д. %s, зачисление с %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>номер %d повторяется в плане (строка %d)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>номер %d: от 1 до 1000</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>номер урока %d: от 1 до 12</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>отчество</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>параллель %d: от 1 до 11</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>пол</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>пол «%s»: пишите «м» или «ж»</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>приказ</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>раздел</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>роли</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>строка %d: %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>такой учащийся уже есть в журнале (ФИО и дата рождения совпадают; № личного дела %s)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>телефон</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>тема</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>урока нет в файле: снимается с расписания с %s (проведённые уроки остаются)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>учащийся выбыл из класса %s %s; повторное зачисление оформляется в карточке учащегося</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>учащийся числится в классе %s: перевод в другой класс оформляется в карточке учащегося (движение учащихся)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>учитель «%s» неоднозначен (%s): укажите логин или полное ФИО</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>фамилия</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>часов %d: от 1 до 20</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>часы</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>этот учащийся уже есть в файле (строка %d)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>… и ещё %d</source>
            <translation>… and %d more</translation>
        </message>
        <message>
            <source>№ личного дела</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>№ личного дела %s повторяется в файле (строка %d)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>№ личного дела %s уже есть у другого учащегося: %s</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>, учебный год %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;span style='color:#b3261e'&gt;Есть отклонённые строки: исправьте файл и загрузите его снова. Пока ничего не будет изменено.&lt;/span&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Внесение изменений…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Всё в файле уже есть в журнале — изменять нечего.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Выбрать файл…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Готово: добавлено — %d, изменено — %d.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Закрыть</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Книги Excel (*.xlsx);;Все файлы (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Лист Excel (.xlsx) с колонками: %s. Жирным — обязательные; порядок колонок и лишние колонки не важны, строка заголовка может быть ниже названия. Сначала файл проверяется; изменения вносятся, только если нет ни одной отклонённой строки.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Лист «%s»</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Отмена</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Ошибок нет. «Применить» внесёт все изменения разом.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Показать только отклонённые строки</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Применить</source>
            <translation>Apply</translation>
        </message>
        <message>
            <source>Проверка строк…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Файл Excel для загрузки</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Файл не выбран</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Файл не проверен.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Файл не прочитан</source>
            <translation>File not read</translation>
        </message>
        <message>
            <source>Чтение файла %s…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Чтение файла отменено.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Чтение файла: строк прочитано — %d</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Чтение файла…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>добавить — &lt;b&gt;%d&lt;/b&gt;, изменить — &lt;b&gt;%d&lt;/b&gt;, без изменений — %d, отклонено — &lt;b&gt;%d&lt;/b&gt;</source>
            <translation type="unfinished" />
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
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Journal</name>
        <message>
            <source>%s длиннее %d символов.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>В %s домашние задания не задаются.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>В %s отметки не выставляются: ведётся только посещаемость и темы.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>В расписании нет %d-го урока «%s» на %s, и замены на него нет.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Вы ведёте на этой странице только уроки замены.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Дата %s вне учебного года.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Дата %s не входит ни в один учебный период.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Домашнее задание</source>
            <translation>Homework</translation>
        </message>
        <message>
            <source>Журнал класса %s за учебный год заверен директором.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Неизвестный вид работы «%s».</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Отметка не найдена (возможно, её уже удалили).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Период «%s» закрыт для редактирования.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Период относится к другому учебному году.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Прошло больше %d дн. после урока: ячейки закрыты.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Разблокировать может: %s.</source>
            <translation>Can be unlocked by: %s.</translation>
        </message>
        <message>
            <source>Страница журнала не найдена (нагрузка №%d).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Тема КТП не найдена.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Тема урока</source>
            <translation>Lesson topic</translation>
        </message>
        <message>
            <source>Тип урока</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Только просмотр.</source>
            <translation>Read-only.</translation>
        </message>
        <message>
            <source>Урок %s ещё не проведён: заполнять будущие уроки нельзя.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Урок %s только что изменил другой пользователь: тема сейчас «%s». Обновите страницу и повторите.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Урок ещё не проведён.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Урок не найден.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Учащийся не входит в эту подгруппу.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Учащийся не числится в классе %s на %s.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Учебный период не найден.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Это исправление: укажите причину (%s).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Это не ваша страница журнала: только просмотр.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Эту ячейку только что изменил другой пользователь: сейчас в ней «%s», вы вводили «%s». Выберите, какое значение оставить.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>администратор ЭЖ (настройка периодов)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>заместитель директора по УВР или администратор ЭЖ</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>заместитель директора по УВР или администратор ЭЖ (по запросу на исправление)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>исправление вносит только администратор ЭЖ с указанием причины</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>пусто</source>
            <translation>empty</translation>
        </message>
        <message>
            <source>учитель, ведущий предмет</source>
            <translation type="unfinished" />
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
            <source>Оставлено значение другого пользователя: «%s».</source>
            <translation>The other user's value was kept: «%s».</translation>
        </message>
        <message>
            <source>Отметку за период выставляет учитель, ведущий предмет.</source>
            <translation>The period mark is given by the subject teacher.</translation>
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
            <source>Предлагается %d (средневзвешенный балл %s; %s). Выставляется только вручную.</source>
            <translation>Suggested: %d (weighted average %s; %s). Given by hand only.</translation>
        </message>
        <message>
            <source>Разблокировать может: %s.</source>
            <translation>Can be unlocked by: %s.</translation>
        </message>
        <message>
            <source>Сохранено: %s — «%s».</source>
            <translation>Saved: %s — «%s».</translation>
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
            <source>Урок по замене.</source>
            <translation>Substitution lesson.</translation>
        </message>
        <message>
            <source>Урока нет в текущем расписании: проведённый урок сохранён.</source>
            <translation>The lesson is not in the current timetable: the lesson given is kept.</translation>
        </message>
        <message>
            <source>Эта ячейка больше не показана: откройте её страницу.</source>
            <translation>This cell is no longer shown: open its page.</translation>
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
            <source>пусто</source>
            <translation>empty</translation>
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
            <source>Вернуть</source>
            <translation>Redo</translation>
        </message>
        <message>
            <source>Год:</source>
            <translation>Year:</translation>
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
            <source>Эта страница журнала вам недоступна.</source>
            <translation>You have no access to this journal page.</translation>
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
            <source>postgresql://пользователь@сервер:5432/база</source>
            <translation>postgresql://user@server:5432/database</translation>
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
            <translation type="unfinished" />
        </message>
        <message>
            <source>Кроме вас, в журнале никого нет.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Напишите текст сообщения.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Неизвестная роль «%s».</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Нет получателей с ролью «%s».</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Получатель не найден или его учётная запись заблокирована.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Сообщение длиннее %d символов.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Сообщение не найдено.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Тема длиннее %d символов.</source>
            <translation type="unfinished" />
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
        <name>NewAccountsDialog</name>
        <message>
            <source>Временные пароли показываются ОДИН раз и нигде не хранятся в открытом виде. Распечатайте листки приглашений или скопируйте список сейчас; при первом входе сотрудник сменит пароль.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Закрыть</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Листки приглашений…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Новые учётные записи</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Скопировать</source>
            <translation>Copy</translation>
        </message>
    </context>
    <context>
        <name>NextYearDialog</name>
        <message>
            <source>В 9 классах нет учащихся.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Классы 1–10 переходят в следующую параллель (5А → 6А) вместе с учащимися, классным руководителем и нагрузкой (проверьте её потом). 11 классы выпускаются. Четверти и каникулы переносятся с датами на год вперёд. Учебный год %s не изменяется.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Начало:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Начать учебный год</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Новый учебный год:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Окончание:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Приказ о переводе:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Уходят после 9 класса:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>например, № 45 от 30.05</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PeriodDialog</name>
        <message>
            <source>%d период</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%d полугодие</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%d триместр</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%d четверть</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Название:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Начало:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Номер:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Окончание:</source>
            <translation type="unfinished" />
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
            <translation type="unfinished" />
        </message>
        <message>
            <source>Для отметки за период укажите период.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Журнал класса %s за учебный год заверен директором.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Исправить может администратор ЭЖ с указанием причины.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Неизвестный вид итоговой отметки.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Отметку только что изменил другой пользователь: сейчас «%s», вы вводили «%s».</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Период «%s» закрыт для редактирования.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Период относится к другому учебному году.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Укажите, зачем открывается закрытый период.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Учащийся не числится в классе %s на %s.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Учебный период не найден.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Это исправление: укажите причину (%s).</source>
            <translation type="unfinished" />
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
            <translation type="unfinished" />
        </message>
        <message>
            <source>«%s» — не число часов.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Выполнение программы: </source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Выше</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Данные изменены другим пользователем</source>
            <translation>The data was changed by another user</translation>
        </message>
        <message>
            <source>Дата «%s» не распознана: пишите «15.09.2025».</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Дата по плану</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Даты по расписанию</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Для «%s» (%s класс) КТП ещё нет: создайте его — он будет общим для всех классов параллели.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Добавить тему</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>КТП параллели</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Нагрузка:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Неверные данные</source>
            <translation>Invalid data</translation>
        </message>
        <message>
            <source>Нет учебной нагрузки, КТП которой вам доступны.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ниже</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Новая тема</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Обновить</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <source>Один КТП на предмет и параллель: его используют все классы параллели. Ячейки редактируются в таблице и сохраняются сразу; дата — в виде «15.09.2025».</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Принять для нагрузки</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Проведено</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Раздел</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Создать КТП параллели</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Тема урока</source>
            <translation>Lesson topic</translation>
        </message>
        <message>
            <source>Тема урока:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Удалить тему</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Учебный год:</source>
            <translation>School year:</translation>
        </message>
        <message>
            <source>Часы</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>принят для нагрузки</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>№</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Plans</name>
        <message>
            <source>, выполнение %d%%</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>, отставание %d ч</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>В КТП не больше %d тем.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Дата %s вне учебного года %s.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Даты расставляются по расписанию своей нагрузки.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>КТП «%s» другого предмета или учебного года.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>КТП «%s» изменил другой пользователь. Обновите и повторите.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>КТП «%s» составлен для %d класса, а нагрузка — в %d классе.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>КТП «%s» этой параллели уже есть: один план на предмет и параллель, его используют все классы параллели.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>КТП не выбран: проведено уроков — %d.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>КТП не найден.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>На %s: по плану %d ч из %d, проведено %d%s%s.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Нагрузка не найдена.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Название КТП длиннее 200 символов.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Название раздела длиннее 200 символов.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Не указана тема урока.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Не указано название КТП.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Параллель — от 1 до 11.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Предмет не найден.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Тема КТП не найдена.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>У нагрузки нет уроков в расписании: даты не из чего взять.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Учебный год не найден.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Часов на тему — от 1 до %d.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>чужая нагрузка</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Print</name>
        <message>
            <source>В журнале нет ни одного учебного года.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Годовые отметки</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Итоговые отметки</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Класс «%s» в %s учебном году не найден (есть: %s).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Класс не найден.</source>
            <translation>Class not found.</translation>
        </message>
        <message>
            <source>Период относится к другому учебному году.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Предмет «%s» в этом классе не преподаётся (есть: %s).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Предмет «%s» неоднозначен (подходят: %s).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Учебного периода № %d в этом году нет.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Учебный год «%s» не найден (есть: %s).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Экзаменационные отметки</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Этот предмет в классе %s не преподаётся.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>нет</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PrintTab</name>
        <message>
            <source>PDF сохранён</source>
            <translation>PDF saved</translation>
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
            <source>Записано: %s — листов: %d.</source>
            <translation>Written: %s — sheets: %d.</translation>
        </message>
        <message>
            <source>Изменения через программу после заверения: %d.</source>
            <translation>Changes through the program after certification: %d.</translation>
        </message>
        <message>
            <source>Класс:</source>
            <translation>Class:</translation>
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
            <source>Нет классов, журналы которых вы можете печатать в этом учебном году.</source>
            <translation>There are no classes whose journals you can print this school year.</translation>
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
            <source>Страницы журнала одного предмета</source>
            <translation>Journal pages of one subject</translation>
        </message>
        <message>
            <source>Учебный год:</source>
            <translation>School year:</translation>
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
            <source>Что напечатать</source>
            <translation>What to print</translation>
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
            <translation type="unfinished" />
        </message>
        <message>
            <source>%d мин</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%d ч %d мин</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>«2»</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>«3»</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>«4»</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>«5»</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>«Заполнено в срок» — доля уроков в журнале без опозданий; «не заполнено» — уроки по расписанию без единой записи в журнале.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>«Учащихся» — числились в классе хотя бы один день с %s по %s; «на учащегося» — пропущенные уроки, делённые на это число.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Активность работы в журнале</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Аттестовано</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Без д/з</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Без отметок</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Без отметок за период</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Без отметок, с одной отметкой, ниже минимума — число учащихся за период.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Без темы</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>В %s отметки не выставляются.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>В группе риска учащихся: %d.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>В журнале нет ни одного учебного года.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>В срок</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>В срок — в последнюю неделю периода, с %s по %s; досрочно — раньше, с опозданием — позже (дата первого выставления по журналу аудита).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>В учебном году %s не заданы учебные периоды.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ведение журнала</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Внесено</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Время внесения — по журналу аудита (первое внесение темы и д/з, каждое выставление отметки).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Всего с отметками за период</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Вся школа</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Выберите класс: отчёт «%s» строится по одному классу.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Выполнение</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Выполнение программы</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Выставлено</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Группа риска</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Д/з с опозданием</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Дата</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Дата выставления</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Дата окончания раньше даты начала.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Дата урока</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Динамика по предметам</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Дней без записей</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Доли — от числа в столбце «Из»; «по предметам» — учащийся считается по каждому предмету.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Доли — от числа учащихся класса (подгруппы), изучающих предмет (столбец «Учащихся»); в итоговой строке — от суммы по всем предметам (учащийся считается по каждому предмету).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Доли — от числа учащихся, имеющих хотя бы одну отметку за период (%d); учащиеся без отметок в знаменатель не входят.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Доля</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Доля без отметок</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Доля в срок</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Доля в срок — от числа учащихся, которым нужна отметка (столбец «Учащихся»).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Доля ниже минимума</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Доля с одной отметкой</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Доля учителей, работавших в журнале за неделю, и учителя, не заполнявшие журнал N дней (настройка школы).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Досрочно</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ежемесячный отчёт о ведении журнала</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>За прошлый период</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Замечание</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Записей за период</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Запланированные (КТП или часы по нагрузке) и проведённые уроки по каждой нагрузке.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Заполнено в срок</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Заполнено с опозданием</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Запросов на исправление</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Значение</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Из</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Изменение</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Изменение балла</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Итог</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Итоги периода по классу</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Итоги по классу</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Итого</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Итого по классу</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Итого по школе</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Итоговые отметки в срок</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>КТП</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Категория</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Качество</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Качество знаний</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Качество знаний по классам</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Качество по предметам</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Качество: прогноз</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Качество: прогноз и прошлый период</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Качество: прошлый период</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Класс</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Класс %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Класс «%s» не найден (есть: %s).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Класс не найден.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Клетка</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Клеток с отметкой и пропуском урока</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Контрольные показатели ведения электронного журнала за месяц для директора: заполнение, своевременность, накопляемость, отметка и «н» в одной клетке, активность учителей.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Месяц</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Минимум</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Минимум отметок за период: 2 × часов в неделю + %d (настройка школы).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>На «4» и «5»</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Накопляемость отметок</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Не аттестованы (н/а)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Не выставлено</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Не заполнено</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Не заполнено уроков</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Не заполняют журнал %d и более дней</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Не работали в журнале в эти дни</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Неделя</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Нет отметок</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Нет прав на действие «%s» (%s).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ниже минимума</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Опоздание</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Опозданий</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Основа плана</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Отличники</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Отметка</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Отметка и пропуск</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Отметка и пропуск в одной клетке</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Отметки за период</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Отметки за период каждого учащегося, отличники, хорошисты, с одной «3», с «2», н/а.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Отметки за период, выставленные досрочно, в последнюю неделю перед каникулами (в срок), с опозданием, и не выставленные.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Отметки за письменные и контрольные работы — до конца дня по истечении срока: %s.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Отметки не в срок и не выставленные</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Отметки с опозданием</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Отметок</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Отметок выставлено</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Отставание</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Отчёт «%s» не найден. Список отчётов: ejournal report --list.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Отчёт строится не больше чем за учебный год.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Отчёт учителя-предметника</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Период ещё не закончился: минимум отметок будет проверен после %s.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Период ещё не закончился: невыставленные отметки ещё могут быть выставлены в срок.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Период относится к другому учебному году, чем класс.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>План на год</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>План на дату</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>План на дату — по %s.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>План на период</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>План — часы тем КТП с плановыми датами в периоде; если у предмета нет КТП с датами — часы в неделю × число учебных недель (учебные дни без каникул / дней в учебной неделе).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>По классам</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>По классам и предметам</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>По месяцам</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>По нагрузке</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>По неделям</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>По учащимся</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>По учителям</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Показатели</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Показатель</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Пользователь «%s» не найден.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Посещаемость</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Последняя запись</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Предмет</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Проведено</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Проведено — уроки, записанные в журнале; выполнение — проведено / план на дату.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Прогноз</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Прогноз и динамика</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Прогноз отметок за период по средневзвешенному баллу на сегодня, группа риска «2» и «н/а», изменение против прошлого периода.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Прогноз по учащимся</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Прогноз — отметка, которую даёт средневзвешенный балл текущих отметок с %s по %s по правилу округления школы (или предмета).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Пропущенные уроки по учащимся и классам, из них по болезни и по уважительной причине.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Пропущенный урок — клетка с «н», «б» или «у»; «б» — по болезни, «у» — по уважительной причине, «н» — без уважительной причины; опоздания («оп») считаются отдельно и в пропуски не входят.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Пропущено на учащегося</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Пропущено уроков</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Пропущено уроков по классам</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Пропущено уроков по неделям</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Пропущено уроков учащимися</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Проценты — доля учащихся, имеющих хотя бы одну отметку за период (столбец «С отметками»).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Проценты — доля учащихся, получивших отметку за период (2–5 или «н/а»); знаменатель — столбец «Аттестовано». Успеваемость — без «2» и «н/а», качество — только «4» и «5»; «зач» и «осв» в проценты не входят.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Прошлого периода в этом году нет.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Прошлый период: %s.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Работа в журнале — любая запись учителя: отметка, посещаемость, тема, домашнее задание, отметка за период (по журналу аудита). Доли — от числа учителей (%d).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Работали в журнале с %s по %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Риск</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Риск «н/а»: меньше %d отметок или пропущено больше половины проведённых уроков; риск «2»: прогноз «2».</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>С «2»</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>С «2» (неуспевающие)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>С «3»</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>С «н/а»</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>С двумя и более «3»</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>С одной «3»</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>С одной отметкой</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>С опозданием</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>С отметками</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>С прогнозом</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>СОУ</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>СОУ = (1,00·n5 + 0,64·n4 + 0,36·n3 + 0,16·n2) / число аттестованных («н/а» входит в знаменатель).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Сводка</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Сводка по классам</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Сводка по предметам</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Своевременность заполнения журнала</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Состояние</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Средний балл</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Средний балл по предмету</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Средний балл — по всем отметкам за период; СОУ — по всем отметкам за период (2–5 и «н/а»).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Средний балл, успеваемость, качество и СОУ по классам и предметам за период; без класса — сводка по школе.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Средний взвешенный</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Средний за прошлый период</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Средний прогноз</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Срок</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Срок: в день урока, не позднее %d мин. после окончания последнего урока смены (по звонкам).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Строка «Итого» считает все отметки за период по всем предметам вместе.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Считаются отметки за последние %d проведённых уроков каждого предмета (столбец «Уроков»).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Тема с опозданием</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Только «зач» / «осв»</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>У учителя %s нет учебной нагрузки в %s учебном году.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Урок</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Уроки по расписанию без записей</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Уроки, отметки, темы и домашние задания которых внесены позже срока, по журналу аудита; по учителям.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Уроков</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Уроков без домашнего задания</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Уроков без темы</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Уроков в журнале</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Уроков по расписанию без записей</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Уроков с записями в журнале</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Уроков с опозданием</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Уроков, заполненных с опозданием</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Успеваемость</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Успеваемость и качество знаний</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Успеваемость и качество по классам</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Успеваемость и качество по предметам</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Успеваемость по классам и ведение журнала (программа, темы, своевременность, накопляемость) одного учителя за период.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Успеваемость по предметам</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Успеваемость — по отметкам за период: проценты от числа аттестованных (2–5 и «н/а»).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Успеваемость: %s (%d из %d), качество: %s (%d из %d).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Успеваемость: прогноз</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Успеваемость: прошлый период</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Учащиеся</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Учащиеся без отметок и с одной отметкой по предметам за период или за последние N уроков; учащиеся с числом отметок ниже минимума школы.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Учащиеся считаются по всем предметам: успевающий — без «2» и «н/а» ни по одному предмету; качество — отличники и учащиеся на «4» и «5».</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Учащийся</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Учащихся</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Учащихся без отметок (по предметам)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Учащихся с одной отметкой (по предметам)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Учебного периода № %d в этом году нет (есть: %s).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Учебный год «%s» не найден (есть: %s).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Учебный период не найден.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Учителей</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Учителей всего</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Учителей, работавших в журнале</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Учитель</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Учитель не найден.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Учитель: %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Хорошисты (на «4» и «5»)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Часов в неделю</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Число последних уроков должно быть от 1 до 200.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Что внесено</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>без уважительной причины</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>день</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>дней</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>дня</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>домашнее задание</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>досрочно</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>из них по болезни</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>из них по уважительной причине</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>из них рассмотрено</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>из них рассмотрено в течение суток</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>мало отметок — риск «н/а»</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>меньше минимума</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>н/а</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>не выставлена</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>не заполняет журнал %d и более дней</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>не работал(а) в журнале</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>нет</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>нет отметок</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>нет отметок — риск «н/а»</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ни разу не заполнял(а) журнал</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>одна отметка</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>отметки</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>отчёт другого учителя</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>отчёт по классу</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>по нагрузке</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>по уважительной причине</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>последние %d уроков на %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>прогноз «2»</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>пропущено %d из %d уроков — риск «н/а»</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>просмотр отчётов</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>работал(а) в журнале</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>с %s по %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>с опозданием</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>тема</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>только ваши классы и предметы</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>только вы и учителя вашего класса</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>учебный год %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>№</source>
            <translation type="unfinished" />
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
            <source>Срок заполнения после последнего урока, минут</source>
            <translation>Time to fill in after the last lesson, minutes</translation>
        </message>
        <message>
            <source>Срок печати журналов (ММ-ДД)</source>
            <translation>Journal printing deadline (MM-DD)</translation>
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
            <translation type="unfinished" />
        </message>
        <message>
            <source>PDF сохранён</source>
            <translation>PDF saved</translation>
        </message>
        <message>
            <source>Временные пароли есть только в этом PDF: в журнале хранятся их хэши. Если закрыть окно, не сохранив PDF, пароли придётся сбросить ещё раз. Приглашения выдаются лично под подпись в ведомости; при первом входе сотрудник сменит пароль.</source>
            <translation type="unfinished" />
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
            <translation type="unfinished" />
        </message>
        <message>
            <source>Записано: %s — листов: %d. Распечатайте и выдайте лично.</source>
            <translation type="unfinished" />
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
            <translation type="unfinished" />
        </message>
        <message>
            <source>Приглашения в электронный журнал</source>
            <translation type="unfinished" />
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
            <translation type="unfinished" />
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
        <name>Structure</name>
        <message>
            <source>Буква класса — одна-две русские буквы, например «А».</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Время звонка записывается как «08:30», конец позже начала.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Дата окончания раньше начала действия урока.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Даты пересекаются с учебным годом %s.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>День недели — от понедельника до субботы.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Заменяющий учитель совпадает с учителем по нагрузке.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Каникулы далеко за пределами учебного года.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Класс %d%s уже есть.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Не найдено: %s.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Не указано название группы.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Не указано название подгруппы.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Не указано название предмета.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Неизвестный вид учебных периодов.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Номер урока — от 1 до 12.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Параллель класса — от 1 до 11.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Период должен лежать внутри учебного года %s (%s — %s).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Период №%d уже есть.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Предмет «%s» уже есть.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Учебная неделя — пять или шесть дней.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Учебный год %s уже есть.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Учебный год записывается как «2025/2026».</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Часы в неделю — от 0,5 до 12.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Часы в неделю — число.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>класс</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>классный руководитель</source>
            <translation>homeroom teacher</translation>
        </message>
        <message>
            <source>нагрузка</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>предмет</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>урок расписания</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>учебный год</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>учитель</source>
            <translation>teacher</translation>
        </message>
        <message>
            <source>учитель на замену</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StructureAdmin</name>
        <message>
            <source>%s, %d-й урок</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Буква класса — одна-две русские буквы, например «А».</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>В классе %s выставлены итоговые отметки.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>В классе %s уже проведены уроки (%d): удалить его нельзя.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>В классе %s числятся учащиеся: сначала оформите их выбытие или перевод.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>В классе уже проведены уроки: параллель изменить нельзя.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>В периоде «%s» уже проведено уроков: %d. Удалить его нельзя.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>В учебном году %s есть итоговые отметки.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>В учебном году %s есть классы: удалить можно только пустой год.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>В учебном году %s пятидневная неделя: суббота не учебный день.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Дата %s вне учебного года %s.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Даты пересекаются с учебным годом %s.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>День недели — от понедельника до субботы.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>За период «%s» выставлены отметки. Удалить его нельзя.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Кабинет %s в это время занят: %s, %s (%s).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Класс %d%s уже есть.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Не найдено: %s.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Не указано название группы.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Не указано название каникул.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Не указано название периода.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Не указано название предмета.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Новый день, урок и кабинет совпадают с прежними.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Новый учебный год должен начинаться после %s.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Номер урока — от 1 до 12.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Параллель класса — от 1 до 11.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Перевод в следующий класс</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Период «%s» (%s) выходит за новые даты года.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Период должен лежать внутри учебного года %s (%s — %s).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>По нагрузке уже проведены уроки: подгруппу изменить нельзя.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>По предмету «%s» выставлены итоговые отметки: удалить его нельзя.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>По предмету «%s» уже проведены уроки (%d): удалить его нельзя.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>По этой нагрузке уже проведены уроки (%d): удалить её нельзя. Передайте её другому учителю или уберите из расписания с нужной даты.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>По этому уроку расписания уже проведены уроки (%d): удалить его нельзя — уберите его из расписания с нужной даты, проведённые уроки сохранятся.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Подгруппа из другого класса.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Предмет «%s» стоит в нагрузке (%d): сначала удалите нагрузку.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Предмет «%s» уже есть.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Смена — первая или вторая.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>У класса в это время уже есть урок: %s, %s (%s).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Урок по этой замене уже записан в журнал: отменить замену нельзя.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Уроки, уже записанные в журнал (%d), оказались бы вне учебного года.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Уроки, уже записанные в журнал (%d), оказались бы вне учебных периодов.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Учебная неделя — пять или шесть дней.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Учебный год %s уже есть.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Учебный год записывается как «2025/2026».</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Учитель %s в это время ведёт другой урок: %s (%s).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Часы в неделю — от 0,5 до 12.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Часы в неделю — число.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Этот урок расписания действовал только до %s.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Этот урок уже стоит в расписании: %s (%s).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>вся школа</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>замена</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>занят: %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>звонок</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>каникулы</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>класс</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>классный руководитель</source>
            <translation>homeroom teacher</translation>
        </message>
        <message>
            <source>нагрузка</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>подгруппа</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>предмет</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>уже на замене</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>урок расписания</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>учебный год</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>учебный период</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>учитель</source>
            <translation>teacher</translation>
        </message>
    </context>
    <context>
        <name>StructurePanel</name>
        <message>
            <source> (кружок)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%d мин</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%s — %s, классов: %d</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>; заверено журналов: %d</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>В нагрузке</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Годы, периоды, каникулы</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Группа (кружок)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Дней</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Добавить год…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Добавить звонок…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Добавить каникулы…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Добавить класс…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Добавить кружок…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Добавить нагрузку…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Добавить период…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Добавить предмет…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Заверено</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Звонки</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Звонок</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Изменить…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Итого: %s ч в неделю, нагрузок: %d</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Каникулы</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Каникулы и праздники</source>
            <translation type="unfinished" />
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
            <translation type="unfinished" />
        </message>
        <message>
            <source>Классов</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Классы</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Классы: %s.
Переведено учащихся: %d. Выпущены: %s; не переведено учащихся: %d.
Перенесено нагрузок: %d (проверьте часы и учителей). Периодов: %d, каникул: %d.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Конец</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Нагрузка</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Название</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Начало</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Начать следующий учебный год</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Начать следующий учебный год…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Неделя</source>
            <translation>Week</translation>
        </message>
        <message>
            <source>Новый учебный год открыт</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Обновить</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <source>Окончание</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Перемена после</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Период</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Периоды</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Подгруппа</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Подтверждение</source>
            <translation>Confirmation</translation>
        </message>
        <message>
            <source>Предмет</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Предметы</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Проведено уроков</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Профиль</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Смена</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Смена:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Сокращение</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Состояние</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Только просмотр: изменять структуру школы может администратор ЭЖ.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Удалить</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Удалить %s вместе с его нагрузкой и расписанием?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Удалить «%s»?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Удалить звонок на %d-й урок?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Удалить нагрузку «%s»?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Удалить период «%s»?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Удалить предмет «%s»?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Удалить учебный год %s?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Урок</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Уроков в расписании</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Учащихся</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Учебные периоды</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Учебный год</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Учебный год:</source>
            <translation>School year:</translation>
        </message>
        <message>
            <source>Учебный период</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Учебных лет ещё нет: добавьте первый.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Учитель</source>
            <translation>Teacher</translation>
        </message>
        <message>
            <source>Часов в неделю</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>весь класс</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>все классы</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>вторая</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>закрыт</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>нет</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>открыт</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>первая</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>полугодия</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>пятидневная</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>триместры</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>четверти</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>шестидневная</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>№</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Students</name>
        <message>
            <source>%s изменил другой пользователь, пока вы редактировали. Обновите и повторите.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>«Кем приходится» — не длиннее 30 символов.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Адрес электронной почты «%s» записан неверно.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>В %s учебном году учащийся не числился ни в одном классе.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>В номере телефона «%s» есть буквы.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Дата выбытия раньше даты зачисления.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Дата зачисления вне учебного года %s.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Дата отзыва раньше даты согласия.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Дата рождения %s невозможна.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Дата согласия %s ещё не наступила.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Дата согласия %s невозможна.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Класс не найден.</source>
            <translation>Class not found.</translation>
        </message>
        <message>
            <source>Личное дело № %s уже есть у другого учащегося.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Личную карточку учащегося</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Не указан номер личного дела.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Не указана фамилия учащегося.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Не указана фамилия.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Не указано имя учащегося.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Не указано имя.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Перевод — между классами одного учебного года. Для нового года оформите выбытие и зачисление.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Пол — «м» или «ж».</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Родитель (законный представитель) не найден.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Сведения о родителе</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Согласие даёт либо учащийся, либо родитель — укажите одного.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Согласие не найдено.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Согласие уже отозвано %s.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Телефон «%s» не похож на номер телефона.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Укажите причину выбытия.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Укажите цель обработки персональных данных.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Учащийся не найден.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Учащийся не числился в этом классе.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Учащийся с %s ещё числится в классе %s%s: сначала оформите выбытие.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Учащийся сейчас не числится в этом классе.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Учащийся уже в этом классе.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Учебный год не найден.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Фамилия, имя и отчество — не длиннее 100 символов.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Этот родитель не указан у учащегося.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Этот родитель уже указан у учащегося.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>внесите родителей в карточку</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>нет сведений о родителях</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>отозвано %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>перевод в %s класс</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>перевод из %s класса</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>родитель</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>учащийся</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>учебный год %s</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StudentsPanel</name>
        <message>
            <source> · только просмотр</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> по %s — %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%s (%s): с %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%s (учащийся)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>, приказ %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PDF сохранён</source>
            <translation>PDF saved</translation>
        </message>
        <message>
            <source>Адрес</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Бланк согласия (PDF)…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>В класс</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>В классе</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ведомость для личного дела (PDF)…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ведомость отметок %s %s.pdf</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Все, кто учился в классе</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Выбытие оформлено. Сохранить выписку отметок для новой школы?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Выбытие: %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Выбытие…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Выписка отметок</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Выписка отметок %s %s.pdf</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Выписка отметок (PDF)…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Дано</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Дата зачисления</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Дата подписания</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Дата проверки</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Дата рождения</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Дата, с которой согласие отозвано письменным заявлением.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Движение: </source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Добавить…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Документ PDF (*.pdf)</source>
            <translation>PDF document (*.pdf)</translation>
        </message>
        <message>
            <source>Ежемесячная проверка персональных данных — %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Записано: %s — листов: %d.</source>
            <translation>Written: %s — sheets: %d.</translation>
        </message>
        <message>
            <source>Записать согласие…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Зачисление в %s класс</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Зачислить…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Заявление родителей</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Изменить…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Изменять сведения может администратор или классный руководитель этого класса.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Имя</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Кем приходится</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Класс %s: обучается %d</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Кто</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Кто без согласия на обработку ПД</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Личная карточка</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Личное дело</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>На %s без действующего согласия: %d</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Не удалось записать «%s»: %s</source>
            <translation>Could not write «%s»: %s</translation>
        </message>
        <message>
            <source>Нет классов, сведения об учащихся которых вам доступны.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Нет согласия на обработку персональных данных — %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Основание</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Отзыв согласия</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Отзыв согласия…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Отметки до последнего дня сохранятся; на страницах журнала после этой даты учащегося не будет.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Отметьте, что сведения об учащихся класса и их родителях сверены и актуальны.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Отозвано</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Отчество</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Перевести в другой класс…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Перевод: %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Подтверждение</source>
            <translation>Confirmation</translation>
        </message>
        <message>
            <source>Пол</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Последний день в %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Последний день в классе</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Последняя проверка персональных данных: %s (%s)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Приказ №</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Примечание</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Причина</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Проверка ПД проведена…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Проверка персональных данных класса ещё не отмечалась.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Родители (законные представители)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Родитель (законный представитель)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Согласие</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Согласие %s.pdf</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Согласие на обработку персональных данных</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Согласия</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Согласия на обработку персональных данных (152-ФЗ)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Сохранить PDF</source>
            <translation>Save PDF</translation>
        </message>
        <message>
            <source>Сохранить карточку</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Телефон</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Только обучающиеся сейчас</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Убрать %s из карточки учащегося? Если это не родитель других учащихся, его сведения и согласия будут удалены.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Убрать из карточки</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Учащийся</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Учащийся выбывает из %s после указанного дня и со следующего дня зачисляется в выбранный класс. Отметки остаются на своих уроках.</source>
            <translation type="unfinished" />
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
            <translation type="unfinished" />
        </message>
        <message>
            <source>Цель</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Цель обработки</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Чьё</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Чьё согласие</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Эл. почта</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>все есть</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>есть</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>заявление родителей</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>нет</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>нет согласия</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>нет у %d</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>окончание обучения</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>перевод в другую образовательную организацию</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>переезд в другой населённый пункт</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>по заявлению родителей</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>родитель</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>№</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>№ личного дела</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SubjectDialog</name>
        <message>
            <source>Название:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Сокращение:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>для расписания, например «Рус. яз.»</source>
            <translation type="unfinished" />
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
            <translation type="unfinished" />
        </message>
        <message>
            <source>%d-й урок — %s%s (%s)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%s — %s, %s, %d-й урок</source>
            <translation>%s — %s, %s, lesson %d</translation>
        </message>
        <message>
            <source>%s — %s; сейчас: %s, %d-й урок, каб. %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%s%s — %s
%s ч в неделю, в расписании: %d</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Всё равно сохранить?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Дата</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Дата:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Действует с:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>День недели:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Замен за период: %d</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Замены</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Замены с</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Заменяет</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Заменяет:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Изменение действует с:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Изменение расписания действует с выбранной даты: уроки, уже проведённые по прежнему расписанию, остаются в журнале со всеми отметками. Жёлтым — уроки, которые заканчиваются.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Изменить урок в расписании</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Кабинет:</source>
            <translation type="unfinished" />
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
            <translation type="unfinished" />
        </message>
        <message>
            <source>Назначить замену</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Назначить замену…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Отменить замену</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Отменить замену %s, %d-й урок, %s (%s)?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Перенести или сменить кабинет…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Пересечения в расписании</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Перетащите предмет в клетку расписания или выберите клетку и нажмите «Поставить в расписание…».</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Подтверждение</source>
            <translation>Confirmation</translation>
        </message>
        <message>
            <source>Показано расписание, действующее в этот день</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Последний день урока:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Поставить в расписание</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Поставить в расписание…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Предмет</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Предмет и учитель:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Причина</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Причина:</source>
            <translation>Reason:</translation>
        </message>
        <message>
            <source>Проведённые уроки сохраняются со всеми отметками: прежняя запись расписания заканчивается накануне этой даты.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Расписание %s класса на %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Расписание класса</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Расписание на дату:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Убрать с даты…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Убрать урок из расписания</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Удалить запись «%s, %s, %d-й урок» из расписания совсем? Так исправляют ошибку ввода; если урок отменяется с какой-то даты, используйте «Убрать с даты…».</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Удалить ошибочную запись</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Урок</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Урок в журнале</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Урок пересекается с расписанием:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Урок №:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Урок:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Уроки до этой даты остаются как были.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Уроков в расписании не столько, сколько часов в нагрузке.</source>
            <translation type="unfinished" />
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
            <translation type="unfinished" />
        </message>
        <message>
            <source>в этот день уроков нет</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ещё нет</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>записан</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>каб. %s</source>
            <translation>rm %s</translation>
        </message>
        <message>
            <source>каб. %s, </source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>по</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>с %s</source>
            <translation type="unfinished" />
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
            <source>Воскресенье</source>
            <translation>Sunday</translation>
        </message>
        <message>
            <source>Вторник</source>
            <translation>Tuesday</translation>
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
            <source>Понедельник</source>
            <translation>Monday</translation>
        </message>
        <message>
            <source>Предыдущая неделя</source>
            <translation>Previous week</translation>
        </message>
        <message>
            <source>Пятница</source>
            <translation>Friday</translation>
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
            <source>Среда</source>
            <translation>Wednesday</translation>
        </message>
        <message>
            <source>Суббота</source>
            <translation>Saturday</translation>
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
            <source>Четверг</source>
            <translation>Thursday</translation>
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
            <source>каб. %s</source>
            <translation>rm %s</translation>
        </message>
        <message>
            <source>пн</source>
            <translation>Mon</translation>
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
            <source>чт</source>
            <translation>Thu</translation>
        </message>
    </context>
    <context>
        <name>YearDialog</name>
        <message>
            <source>Начало:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Окончание:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Учебная неделя:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Учебные периоды:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Учебный год:</source>
            <translation>School year:</translation>
        </message>
        <message>
            <source>полугодия</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>пятидневная</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>триместры</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>четверти</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>шестидневная</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
