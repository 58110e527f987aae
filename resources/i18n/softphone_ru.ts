<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../softphone/ui/help_dialogs.py" line="66"/>
        <source>About Softphone</source>
        <translation>О программе Softphone</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/help_dialogs.py" line="68"/>
        <source>Softphone {0}</source>
        <translation>Softphone {0}</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/help_dialogs.py" line="73"/>
        <source>A softphone for call-centre agents: calls on your headset, the customer&apos;s card beside the call, and support when a caller becomes abusive.</source>
        <translation>Софтфон для операторов колл-центра: звонки через гарнитуру, карточка клиента рядом со звонком и поддержка, когда звонящий ведёт себя оскорбительно.</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/help_dialogs.py" line="81"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../../softphone/ui/account_dialog.py" line="50"/>
        <source>Account</source>
        <translation>Учётная запись</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/account_dialog.py" line="51"/>
        <source>SIP account settings</source>
        <translation>Настройки учётной записи SIP</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/account_dialog.py" line="58"/>
        <source>SIP &amp;domain:</source>
        <translation>&amp;Домен SIP:</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/account_dialog.py" line="59"/>
        <source>&amp;Registrar:</source>
        <translation>&amp;Регистратор:</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/account_dialog.py" line="60"/>
        <source>&amp;User / extension:</source>
        <translation>&amp;Пользователь / добавочный:</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/account_dialog.py" line="61"/>
        <source>&amp;Authentication user:</source>
        <translation>Пользователь для &amp;аутентификации:</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/account_dialog.py" line="62"/>
        <source>Display &amp;name:</source>
        <translation>Отображаемое &amp;имя:</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/account_dialog.py" line="63"/>
        <source>&amp;Transport:</source>
        <translation>&amp;Транспорт:</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/account_dialog.py" line="64"/>
        <source>Outbound &amp;proxy:</source>
        <translation>Исходящий &amp;прокси:</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/account_dialog.py" line="65"/>
        <source>Re&amp;gister with the registrar</source>
        <translation>Ре&amp;гистрироваться на регистраторе</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/account_dialog.py" line="69"/>
        <source>Optional, e.g. sip:pbx.example.com:5060</source>
        <translation>Необязательно, напр. sip:pbx.example.com:5060</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/account_dialog.py" line="71"/>
        <source>Optional: when it differs from the user</source>
        <translation>Необязательно: если отличается от пользователя</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/account_dialog.py" line="72"/>
        <source>Optional: the name people you call see</source>
        <translation>Необязательно: имя, которое видят те, кому вы звоните</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/account_dialog.py" line="73"/>
        <source>Optional, e.g. sip:proxy.example.com;lr</source>
        <translation>Необязательно, напр. sip:proxy.example.com;lr</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/account_dialog.py" line="75"/>
        <source>TLS (encrypted)</source>
        <translation>TLS (шифрование)</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/account_dialog.py" line="89"/>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/account_dialog.py" line="93"/>
        <source>Leave empty to keep the saved password</source>
        <translation>Оставьте пустым, чтобы сохранить текущий пароль</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/account_dialog.py" line="95"/>
        <source>Your SIP password</source>
        <translation>Ваш пароль SIP</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/account_dialog.py" line="98"/>
        <location filename="../../softphone/ui/account_dialog.py" line="100"/>
        <source>Stored in the system keychain, never in a file</source>
        <translation>Хранится в системном хранилище ключей, никогда в файле</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/account_dialog.py" line="101"/>
        <source>Pass&amp;word:</source>
        <translation>Паро&amp;ль:</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/account_dialog.py" line="145"/>
        <source>Enter both the SIP domain and the user, or neither.</source>
        <translation>Укажите и домен SIP, и пользователя, или ни то ни другое.</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/account_dialog.py" line="155"/>
        <source>Not saved: {0}</source>
        <translation>Не сохранено: {0}</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/account_dialog.py" line="161"/>
        <source>Settings can&apos;t be saved: {0}. They apply until you quit.</source>
        <translation>Не удалось сохранить настройки: {0}. Они действуют до выхода из программы.</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/account_dialog.py" line="171"/>
        <source>Password can&apos;t be saved: {0}. It will be used for this session only.</source>
        <translation>Пароль не удаётся сохранить: {0}. Он будет использован только в этом сеансе.</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/account_dialog.py" line="184"/>
        <source>The system keychain is not available: {0}</source>
        <translation>Системное хранилище ключей недоступно: {0}</translation>
    </message>
</context>
<context>
    <name>AudioDialog</name>
    <message>
        <location filename="../../softphone/ui/audio_dialog.py" line="45"/>
        <source>Audio devices</source>
        <translation>Звуковые устройства</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/audio_dialog.py" line="50"/>
        <source>&amp;Microphone:</source>
        <translation>&amp;Микрофон:</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/audio_dialog.py" line="51"/>
        <source>&amp;Headset / speaker:</source>
        <translation>&amp;Гарнитура / динамик:</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/audio_dialog.py" line="52"/>
        <source>&amp;Ringer:</source>
        <translation>&amp;Звонок:</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/audio_dialog.py" line="69"/>
        <source>&amp;No sound device (silent, for testing)</source>
        <translation>&amp;Без звукового устройства (тихо, для тестов)</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/audio_dialog.py" line="77"/>
        <source>Also ring on the head&amp;set</source>
        <translation>Звонить &amp;и в гарнитуру</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/audio_dialog.py" line="82"/>
        <source>&amp;Echo cancellation:</source>
        <translation>&amp;Эхоподавление:</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/audio_dialog.py" line="84"/>
        <source>Automatic (by device)</source>
        <translation>Автоматически (по устройству)</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/audio_dialog.py" line="85"/>
        <source>On</source>
        <translation>Вкл.</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/audio_dialog.py" line="86"/>
        <source>Off</source>
        <translation>Выкл.</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/audio_dialog.py" line="90"/>
        <source>Noise s&amp;uppression</source>
        <translation>&amp;Шумоподавление</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/audio_dialog.py" line="104"/>
        <source>Re&amp;fresh devices</source>
        <translation>О&amp;бновить устройства</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/audio_dialog.py" line="105"/>
        <source>Refresh devices</source>
        <translation>Обновить устройства</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/audio_dialog.py" line="106"/>
        <source>Look again for plugged-in headsets</source>
        <translation>Снова найти подключённые гарнитуры</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/audio_dialog.py" line="109"/>
        <source>&amp;Test audio…</source>
        <translation>&amp;Проверка звука…</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/audio_dialog.py" line="111"/>
        <source>Test audio</source>
        <translation>Проверка звука</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/audio_dialog.py" line="113"/>
        <source>Play a tone or hear your own microphone through the devices in use</source>
        <translation>Воспроизвести сигнал или услышать свой микрофон через используемые устройства</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/audio_dialog.py" line="144"/>
        <source>System default</source>
        <translation>Системное по умолчанию</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/audio_dialog.py" line="152"/>
        <source>{0} (not connected)</source>
        <translation>{0} (не подключено)</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/audio_dialog.py" line="157"/>
        <source>The phone engine has not reported any devices yet.</source>
        <translation>Телефонный модуль ещё не сообщил об устройствах.</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/audio_dialog.py" line="159"/>
        <source>No sound devices were found.</source>
        <translation>Звуковые устройства не найдены.</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/audio_dialog.py" line="175"/>
        <source>Not saved: {0}</source>
        <translation>Не сохранено: {0}</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/audio_dialog.py" line="180"/>
        <source>Settings can&apos;t be saved: {0}. They apply until you quit.</source>
        <translation>Не удалось сохранить настройки: {0}. Они действуют до выхода из программы.</translation>
    </message>
</context>
<context>
    <name>AudioTestDialog</name>
    <message>
        <location filename="../../softphone/ui/audio_test_dialog.py" line="55"/>
        <source>Test audio</source>
        <translation>Проверка звука</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/audio_test_dialog.py" line="63"/>
        <source>Put your headset on. The tone plays in the headset; the microphone test plays back what you say so you can hear yourself.</source>
        <translation>Наденьте гарнитуру. Сигнал звучит в гарнитуре; при проверке микрофона вы слышите то, что говорите.</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/audio_test_dialog.py" line="77"/>
        <source>Play test &amp;tone</source>
        <translation>&amp;Тестовый сигнал</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/audio_test_dialog.py" line="78"/>
        <source>Test &amp;microphone (hear yourself)</source>
        <translation>Проверить &amp;микрофон (слышать себя)</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/audio_test_dialog.py" line="90"/>
        <source>A steady tone in the headset</source>
        <translation>Ровный сигнал в гарнитуре</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/audio_test_dialog.py" line="92"/>
        <source>What the microphone hears is played back in the headset</source>
        <translation>То, что слышит микрофон, воспроизводится в гарнитуре</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/audio_test_dialog.py" line="95"/>
        <source>Microphone level</source>
        <translation>Уровень микрофона</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/audio_test_dialog.py" line="97"/>
        <source>Headset level</source>
        <translation>Уровень гарнитуры</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/audio_test_dialog.py" line="101"/>
        <source>Microphone:</source>
        <translation>Микрофон:</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/audio_test_dialog.py" line="102"/>
        <source>Headset:</source>
        <translation>Гарнитура:</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/audio_test_dialog.py" line="112"/>
        <source>Audio test status</source>
        <translation>Состояние проверки звука</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/audio_test_dialog.py" line="128"/>
        <location filename="../../softphone/ui/audio_test_dialog.py" line="158"/>
        <source>Choose a test.</source>
        <translation>Выберите проверку.</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/audio_test_dialog.py" line="138"/>
        <source>Test stopped.</source>
        <translation>Проверка остановлена.</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/audio_test_dialog.py" line="181"/>
        <source>Stopping…</source>
        <translation>Остановка…</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/audio_test_dialog.py" line="195"/>
        <source>Playing a test tone. Click the button again to stop.</source>
        <translation>Звучит тестовый сигнал. Нажмите кнопку ещё раз, чтобы остановить.</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/audio_test_dialog.py" line="196"/>
        <source>Speak: you should hear yourself. Click the button again to stop.</source>
        <translation>Говорите: вы должны слышать себя. Нажмите кнопку ещё раз, чтобы остановить.</translation>
    </message>
</context>
<context>
    <name>CallActions</name>
    <message>
        <location filename="../../softphone/ui/call_actions.py" line="65"/>
        <source>&amp;Answer</source>
        <translation>&amp;Ответить</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_actions.py" line="65"/>
        <source>Answer the ringing call</source>
        <translation>Ответить на входящий звонок</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_actions.py" line="69"/>
        <source>&amp;Reject (busy)</source>
        <translation>От&amp;клонить (занято)</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_actions.py" line="70"/>
        <source>Reject the ringing call: the caller hears busy</source>
        <translation>Отклонить звонок: звонящий услышит «занято»</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_actions.py" line="73"/>
        <source>&amp;Hang up</source>
        <translation>&amp;Завершить</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_actions.py" line="73"/>
        <source>End the current call</source>
        <translation>Завершить текущий звонок</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_actions.py" line="77"/>
        <source>H&amp;old</source>
        <translation>&amp;Удержать</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_actions.py" line="77"/>
        <source>Put the current call on hold</source>
        <translation>Поставить текущий звонок на удержание</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_actions.py" line="81"/>
        <source>&amp;Mute</source>
        <translation>&amp;Выкл. микрофон</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_actions.py" line="82"/>
        <source>Mute your microphone in the current call</source>
        <translation>Выключить микрофон в текущем звонке</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_actions.py" line="85"/>
        <source>&amp;Keypad</source>
        <translation>&amp;Тональный набор</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_actions.py" line="86"/>
        <source>Show the keypad to send tones (DTMF)</source>
        <translation>Показать клавиатуру для тонального набора (DTMF)</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_actions.py" line="89"/>
        <source>&amp;Transfer…</source>
        <translation>&amp;Перевести…</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_actions.py" line="90"/>
        <source>Transfer the current call to another number</source>
        <translation>Перевести текущий звонок на другой номер</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_actions.py" line="93"/>
        <source>&amp;Escalate to supervisor</source>
        <translation>Передать &amp;руководителю</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_actions.py" line="94"/>
        <source>Transfer the caller to your supervisor now</source>
        <translation>Немедленно перевести звонящего на руководителя</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_actions.py" line="97"/>
        <source>&amp;New call…</source>
        <translation>&amp;Новый звонок…</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_actions.py" line="98"/>
        <source>Go to the number field to place a call</source>
        <translation>Перейти к полю номера, чтобы позвонить</translation>
    </message>
</context>
<context>
    <name>CallController</name>
    <message>
        <location filename="../../softphone/ui/call_controller.py" line="109"/>
        <source>The call to transfer has ended.</source>
        <translation>Звонок для перевода уже завершён.</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_controller.py" line="114"/>
        <source>Cannot transfer: {0}</source>
        <translation>Невозможно перевести: {0}</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_controller.py" line="128"/>
        <source>Cannot escalate: {0}</source>
        <translation>Невозможно передать руководителю: {0}</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_controller.py" line="138"/>
        <source>Cannot call: {0}</source>
        <translation>Невозможно позвонить: {0}</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_controller.py" line="172"/>
        <source>Res&amp;ume</source>
        <translation>&amp;Снять удержание</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_controller.py" line="172"/>
        <source>H&amp;old</source>
        <translation>&amp;Удержать</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_controller.py" line="175"/>
        <source>Take the call off hold</source>
        <translation>Снять звонок с удержания</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_controller.py" line="175"/>
        <source>Put the current call on hold</source>
        <translation>Поставить текущий звонок на удержание</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_controller.py" line="177"/>
        <source>Un&amp;mute</source>
        <translation>&amp;Вкл. микрофон</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_controller.py" line="177"/>
        <source>&amp;Mute</source>
        <translation>&amp;Выкл. микрофон</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_controller.py" line="180"/>
        <source>Let the caller hear you again</source>
        <translation>Снова включить микрофон для звонящего</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_controller.py" line="182"/>
        <source>Mute your microphone in the current call</source>
        <translation>Выключить микрофон в текущем звонке</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_controller.py" line="189"/>
        <source>Answer the waiting call; the current call goes on hold</source>
        <translation>Ответить на ожидающий звонок; текущий будет поставлен на удержание</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_controller.py" line="191"/>
        <source>Answer the ringing call</source>
        <translation>Ответить на входящий звонок</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_controller.py" line="202"/>
        <source>Not available: no supervisor number is set. Add it in Settings › Preferences, or ask your IT department.</source>
        <translation>Недоступно: номер руководителя не задан. Укажите его в Настройки › Параметры или обратитесь в ИТ-отдел.</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_controller.py" line="208"/>
        <source>Transfer the caller to your supervisor ({0})</source>
        <translation>Перевести звонящего на руководителя ({0})</translation>
    </message>
</context>
<context>
    <name>CallPanel</name>
    <message>
        <location filename="../../softphone/ui/call_panel.py" line="41"/>
        <source>Current call</source>
        <translation>Текущий звонок</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_panel.py" line="55"/>
        <source>Answer puts the current call on hold.</source>
        <translation>При ответе текущий звонок будет поставлен на удержание.</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_panel.py" line="82"/>
        <source>Call duration</source>
        <translation>Длительность звонка</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_panel.py" line="131"/>
        <source>Calls</source>
        <translation>Звонки</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_panel.py" line="133"/>
        <source>All calls; choose one to show it in the panel</source>
        <translation>Все звонки; выберите один, чтобы показать его</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_panel.py" line="139"/>
        <source>All ca&amp;lls:</source>
        <translation>Все з&amp;вонки:</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_panel.py" line="193"/>
        <location filename="../../softphone/ui/call_panel.py" line="199"/>
        <source>No call</source>
        <translation>Нет звонка</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_panel.py" line="195"/>
        <source>Ready</source>
        <translation>Готов</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_panel.py" line="196"/>
        <source>Type a number above, or wait for a call.</source>
        <translation>Введите номер выше или дождитесь звонка.</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_panel.py" line="205"/>
        <source>Incoming call</source>
        <translation>Входящий звонок</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_panel.py" line="207"/>
        <source>Outgoing call</source>
        <translation>Исходящий звонок</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_panel.py" line="218"/>
        <source>Anonymous caller</source>
        <translation>Анонимный абонент</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_panel.py" line="218"/>
        <source>Number withheld</source>
        <translation>Номер скрыт</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_panel.py" line="222"/>
        <source>Unknown caller</source>
        <translation>Неизвестный абонент</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_panel.py" line="230"/>
        <source>Ringing</source>
        <translation>Звонит</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_panel.py" line="232"/>
        <source>Calling…</source>
        <translation>Вызов…</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_panel.py" line="234"/>
        <source>Ringing at the other end…</source>
        <translation>Идёт вызов абонента…</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_panel.py" line="236"/>
        <source>Connecting…</source>
        <translation>Соединение…</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_panel.py" line="239"/>
        <source>Transferring…</source>
        <translation>Перевод…</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_panel.py" line="241"/>
        <source>On hold</source>
        <translation>На удержании</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_panel.py" line="243"/>
        <source>Held by the caller</source>
        <translation>Удерживается абонентом</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_panel.py" line="244"/>
        <source>Connected</source>
        <translation>Соединено</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_panel.py" line="249"/>
        <source>Transferred</source>
        <translation>Переведён</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_panel.py" line="251"/>
        <source>Call failed: {0}</source>
        <translation>Звонок не удался: {0}</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_panel.py" line="256"/>
        <source>Rejected</source>
        <translation>Отклонён</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_panel.py" line="258"/>
        <source>Missed call</source>
        <translation>Пропущенный звонок</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_panel.py" line="259"/>
        <source>Call ended</source>
        <translation>Звонок завершён</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_panel.py" line="264"/>
        <source>Your microphone is muted</source>
        <translation>Ваш микрофон выключен</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_panel.py" line="266"/>
        <source>Codec {0}</source>
        <translation>Кодек {0}</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_panel.py" line="268"/>
        <source>Transfer failed: {0}</source>
        <translation>Перевод не удался: {0}</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_panel.py" line="274"/>
        <source>Call state: {0}</source>
        <translation>Состояние звонка: {0}</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_panel.py" line="284"/>
        <source>☎ Another call is ringing: {0}</source>
        <translation>☎ Звонит ещё один абонент: {0}</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_panel.py" line="286"/>
        <source>Another call is ringing: {0}</source>
        <translation>Звонит ещё один абонент: {0}</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_panel.py" line="331"/>
        <source>Auto-answer in {0} s</source>
        <translation>Автоответ через {0} с</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_panel.py" line="333"/>
        <source>Answering automatically…</source>
        <translation>Автоматический ответ…</translation>
    </message>
</context>
<context>
    <name>CreateCustomerForm</name>
    <message>
        <location filename="../../softphone/ui/card/create_form.py" line="32"/>
        <source>Customer name (required)</source>
        <translation>Имя клиента (обязательно)</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/create_form.py" line="37"/>
        <source>Language the customer speaks</source>
        <translation>Язык, на котором говорит клиент</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/create_form.py" line="38"/>
        <source>Not known</source>
        <translation>Неизвестен</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/create_form.py" line="43"/>
        <source>Create</source>
        <translation>Создать</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/create_form.py" line="45"/>
        <source>Create the customer with this number</source>
        <translation>Создать клиента с этим номером</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/create_form.py" line="47"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/create_form.py" line="48"/>
        <source>Cancel creating a customer</source>
        <translation>Отменить создание клиента</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/create_form.py" line="50"/>
        <source>&amp;Full name:</source>
        <translation>Полное &amp;имя:</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/create_form.py" line="52"/>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/create_form.py" line="92"/>
        <source>Creating…</source>
        <translation>Создание…</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/create_form.py" line="100"/>
        <source>Could not create the customer: {0}</source>
        <translation>Не удалось создать клиента: {0}</translation>
    </message>
</context>
<context>
    <name>CriticalBar</name>
    <message>
        <location filename="../../softphone/ui/critical_bar.py" line="42"/>
        <source>Warning &amp;1: language does not help</source>
        <translation>Предупр. &amp;1: грубость не поможет</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/critical_bar.py" line="43"/>
        <source>Warning &amp;2: call will end</source>
        <translation>Предупр. &amp;2: звонок завершится</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/critical_bar.py" line="56"/>
        <source>Plays the scripted warning into the call in the caller&apos;s language</source>
        <translation>Воспроизводит в звонке предупреждение по скрипту на языке звонящего</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/critical_bar.py" line="62"/>
        <location filename="../../softphone/ui/critical_bar.py" line="70"/>
        <source>Critical situation</source>
        <translation>Критическая ситуация</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/critical_bar.py" line="67"/>
        <location filename="../../softphone/ui/critical_bar.py" line="168"/>
        <source>⚠ &amp;Critical situation — say goodbye and hang up</source>
        <translation>⚠ Крити&amp;ческая ситуация — попрощаться и завершить</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/critical_bar.py" line="72"/>
        <source>Plays the farewell to the caller, hangs up and writes the note</source>
        <translation>Воспроизводит звонящему прощание, завершает звонок и создаёт заметку</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/critical_bar.py" line="102"/>
        <source>End the call with the scripted farewell in the caller&apos;s language ({0})</source>
        <translation>Завершить звонок прощанием по скрипту на языке звонящего ({0})</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/critical_bar.py" line="108"/>
        <source>Play this warning into the call ({0})</source>
        <translation>Воспроизвести это предупреждение в звонке ({0})</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/critical_bar.py" line="162"/>
        <source>⚠ Critical situation — available in {0} s</source>
        <translation>⚠ Критическая ситуация — доступно через {0} с</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/critical_bar.py" line="166"/>
        <source>Ending the call…</source>
        <translation>Завершение звонка…</translation>
    </message>
</context>
<context>
    <name>CriticalPresenter</name>
    <message>
        <location filename="../../softphone/ui/critical_presenter.py" line="108"/>
        <source>The note could not be saved on this computer ({0}). The call is ended anyway.</source>
        <translation>Не удалось сохранить заметку на этом компьютере ({0}). Звонок всё равно завершён.</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/critical_presenter.py" line="119"/>
        <source>No farewell recording was found: the call was ended without it.</source>
        <translation>Запись прощания не найдена: звонок завершён без неё.</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/critical_presenter.py" line="132"/>
        <source>The note text could not be saved: {0}</source>
        <translation>Не удалось сохранить текст заметки: {0}</translation>
    </message>
</context>
<context>
    <name>CustomerCard</name>
    <message>
        <location filename="../../softphone/ui/card/formatting.py" line="47"/>
        <source>Italian</source>
        <translation>Итальянский</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/formatting.py" line="48"/>
        <source>German</source>
        <translation>Немецкий</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/formatting.py" line="49"/>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/formatting.py" line="50"/>
        <source>Chinese</source>
        <translation>Китайский</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/formatting.py" line="51"/>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/formatting.py" line="52"/>
        <source>French</source>
        <translation>Французский</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/formatting.py" line="53"/>
        <source>Spanish</source>
        <translation>Испанский</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/formatting.py" line="67"/>
        <source>Language not known</source>
        <translation>Язык неизвестен</translation>
    </message>
</context>
<context>
    <name>CustomerCardView</name>
    <message>
        <location filename="../../softphone/ui/card/card_view.py" line="78"/>
        <source>Phones</source>
        <translation>Телефоны</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/card_view.py" line="79"/>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/card_view.py" line="80"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/card_view.py" line="81"/>
        <source>Card notes</source>
        <translation>Заметки в карточке</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/card_view.py" line="91"/>
        <source>Reveal &amp;data…</source>
        <translation>Показать &amp;данные…</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/card_view.py" line="93"/>
        <source>Reveal the masked personal data</source>
        <translation>Показать скрытые персональные данные</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/card_view.py" line="94"/>
        <source>Asks for a reason; the reveal is audited</source>
        <translation>Запрашивает причину; просмотр фиксируется для аудита</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/card_view.py" line="129"/>
        <source>(no name on file)</source>
        <translation>(имя не указано)</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/card_view.py" line="130"/>
        <source>Customer no. {0}</source>
        <translation>Клиент № {0}</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/card_view.py" line="132"/>
        <source>Segment: {0}</source>
        <translation>Сегмент: {0}</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/card_view.py" line="144"/>
        <source>Speaks: {0}</source>
        <translation>Язык: {0}</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/card_view.py" line="191"/>
        <source>★ Personal data masked (VIP / privacy)</source>
        <translation>★ Персональные данные скрыты (VIP / конфиденциальность)</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/card_view.py" line="193"/>
        <source>★ Revealed for this call — the reveal was recorded</source>
        <translation>★ Показаны для этого звонка — просмотр зафиксирован</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/card_view.py" line="198"/>
        <source>phone numbers</source>
        <translation>номера телефонов</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/card_view.py" line="199"/>
        <source>email</source>
        <translation>адрес эл. почты</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/card_view.py" line="200"/>
        <source>address</source>
        <translation>адрес</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/card_view.py" line="201"/>
        <source>card notes</source>
        <translation>заметки в карточке</translation>
    </message>
</context>
<context>
    <name>CustomerList</name>
    <message>
        <location filename="../../softphone/ui/card/customer_list.py" line="16"/>
        <source>(no name on file)</source>
        <translation>(имя не указано)</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/customer_list.py" line="22"/>
        <source>no. {0}</source>
        <translation>№ {0}</translation>
    </message>
</context>
<context>
    <name>CustomerSearch</name>
    <message>
        <location filename="../../softphone/ui/card/customer_search.py" line="28"/>
        <source>Find customer by name or number</source>
        <translation>Найти клиента по имени или номеру</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/customer_search.py" line="29"/>
        <source>Name, phone or customer number</source>
        <translation>Имя, телефон или номер клиента</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/customer_search.py" line="31"/>
        <source>Fin&amp;d customer:</source>
        <translation>Н&amp;айти клиента:</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/customer_search.py" line="34"/>
        <source>Matching customers</source>
        <translation>Найденные клиенты</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/customer_search.py" line="41"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/customer_search.py" line="42"/>
        <source>Cancel the search</source>
        <translation>Отменить поиск</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/customer_search.py" line="81"/>
        <source>Type at least 2 characters</source>
        <translation>Введите не менее 2 символов</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/customer_search.py" line="84"/>
        <source>Searching…</source>
        <translation>Поиск…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../softphone/ui/card/customer_search.py" line="99"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n совпадение</numerusform>
            <numerusform>%n совпадения</numerusform>
            <numerusform>%n совпадений</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/customer_search.py" line="102"/>
        <source>No customer matches “{0}”</source>
        <translation>Нет клиентов по запросу «{0}»</translation>
    </message>
</context>
<context>
    <name>CustomerSimulator</name>
    <message>
        <location filename="../../softphone/demo/customer_simulator.py" line="129"/>
        <source>The demo customer could not start ({0}).</source>
        <translation>Не удалось запустить демо-клиента ({0}).</translation>
    </message>
    <message>
        <location filename="../../softphone/demo/customer_simulator.py" line="144"/>
        <source>Customer connected.</source>
        <translation>Клиент подключился.</translation>
    </message>
    <message>
        <location filename="../../softphone/demo/customer_simulator.py" line="148"/>
        <source>The next customer calls in {0} s.</source>
        <translation>Следующий клиент позвонит через {0} с.</translation>
    </message>
    <message>
        <location filename="../../softphone/demo/customer_simulator.py" line="175"/>
        <source>{0} is calling ({1}).</source>
        <translation>Звонит {0} ({1}).</translation>
    </message>
</context>
<context>
    <name>DeviceNotices</name>
    <message>
        <location filename="../../softphone/ui/device_notices.py" line="61"/>
        <source>The call continues.</source>
        <translation>Звонок продолжается.</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/device_notices.py" line="74"/>
        <source>Switch &amp;back</source>
        <translation>Переключ&amp;ить обратно</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/device_notices.py" line="76"/>
        <source>Use the devices chosen in Settings › Audio devices again</source>
        <translation>Снова использовать устройства, выбранные в «Настройки › Звуковые устройства»</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/device_notices.py" line="107"/>
        <source>Ringer “{0}” disconnected — calls now ring on “{1}”.</source>
        <translation>Устройство звонка «{0}» отключено — звонки теперь звучат на «{1}».</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/device_notices.py" line="111"/>
        <source>Ringer “{0}” disconnected — calls now ring on the system default.</source>
        <translation>Устройство звонка «{0}» отключено — звонки теперь звучат на системном устройстве по умолчанию.</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/device_notices.py" line="115"/>
        <source>Microphone “{0}” disconnected — now using “{1}”.</source>
        <translation>Микрофон «{0}» отключён — теперь используется «{1}».</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/device_notices.py" line="119"/>
        <source>Microphone “{0}” disconnected — now using the system default microphone.</source>
        <translation>Микрофон «{0}» отключён — теперь используется системный микрофон по умолчанию.</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/device_notices.py" line="122"/>
        <source>Headset “{0}” disconnected — audio moved to “{1}”.</source>
        <translation>Гарнитура «{0}» отключена — звук переведён на «{1}».</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/device_notices.py" line="125"/>
        <source>Headset “{0}” disconnected — audio moved to the system default.</source>
        <translation>Гарнитура «{0}» отключена — звук переведён на системное устройство по умолчанию.</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/device_notices.py" line="133"/>
        <source>Ringer “{0}” is back.</source>
        <translation>Устройство звонка «{0}» снова подключено.</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/device_notices.py" line="135"/>
        <source>Microphone “{0}” is back.</source>
        <translation>Микрофон «{0}» снова подключён.</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/device_notices.py" line="136"/>
        <source>Headset “{0}” is back.</source>
        <translation>Гарнитура «{0}» снова подключена.</translation>
    </message>
</context>
<context>
    <name>DialBar</name>
    <message>
        <location filename="../../softphone/ui/dial_bar.py" line="20"/>
        <source>&amp;Number:</source>
        <translation>&amp;Номер:</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/dial_bar.py" line="23"/>
        <source>Number, extension or sip: address</source>
        <translation>Номер, добавочный или адрес sip:</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/dial_bar.py" line="24"/>
        <source>Number to call</source>
        <translation>Номер для звонка</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/dial_bar.py" line="26"/>
        <source>Type a phone number, an extension or a sip: address and press Enter</source>
        <translation>Введите номер, добавочный или адрес sip: и нажмите Enter</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/dial_bar.py" line="28"/>
        <source>Digits, + * # or sip:user@host; Enter calls</source>
        <translation>Цифры, + * # или sip:user@host; Enter — позвонить</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/dial_bar.py" line="35"/>
        <source>&amp;Call</source>
        <translation>По&amp;звонить</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/dial_bar.py" line="37"/>
        <source>Call</source>
        <translation>Позвонить</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/dial_bar.py" line="38"/>
        <source>Call the number (Enter in the number field)</source>
        <translation>Позвонить по номеру (Enter в поле номера)</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/dial_bar.py" line="42"/>
        <source>Number field hint</source>
        <translation>Подсказка поля номера</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/dial_bar.py" line="76"/>
        <source>Not a number or sip: address yet.</source>
        <translation>Пока это не номер и не адрес sip:.</translation>
    </message>
</context>
<context>
    <name>DialLinks</name>
    <message>
        <location filename="../../softphone/app/dial_links.py" line="38"/>
        <source>Cannot call this link: {reason}</source>
        <translation>Невозможно позвонить по этой ссылке: {reason}</translation>
    </message>
</context>
<context>
    <name>DialTarget</name>
    <message>
        <location filename="../../softphone/ui/dial_target.py" line="41"/>
        <source>Use digits, + * # or a sip: address.</source>
        <translation>Используйте цифры, + * # или адрес sip:.</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/dial_target.py" line="45"/>
        <source>No SIP domain is set: open Settings › Account.</source>
        <translation>Домен SIP не задан: откройте Настройки › Учётная запись.</translation>
    </message>
</context>
<context>
    <name>Dialpad</name>
    <message>
        <location filename="../../softphone/ui/dialpad.py" line="21"/>
        <source>Keypad</source>
        <translation>Клавиатура</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/dialpad.py" line="23"/>
        <source>Sends tones into the call. Digits typed on the keyboard work too.</source>
        <translation>Отправляет тоны в звонок. Цифры с клавиатуры тоже работают.</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/dialpad.py" line="30"/>
        <source>Star</source>
        <translation>Звёздочка</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/dialpad.py" line="30"/>
        <source>Hash</source>
        <translation>Решётка</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/dialpad.py" line="38"/>
        <source>Tone {0}</source>
        <translation>Тон {0}</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/dialpad.py" line="39"/>
        <source>Send tone {0}</source>
        <translation>Отправить тон {0}</translation>
    </message>
</context>
<context>
    <name>Disposition</name>
    <message>
        <location filename="../../softphone/ui/card/dispositions.py" line="22"/>
        <source>Resolved</source>
        <translation>Решено</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/dispositions.py" line="23"/>
        <source>Callback needed</source>
        <translation>Нужен обратный звонок</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/dispositions.py" line="24"/>
        <source>Escalated</source>
        <translation>Передано руководителю</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/dispositions.py" line="25"/>
        <source>Complaint</source>
        <translation>Жалоба</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/dispositions.py" line="26"/>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/dispositions.py" line="34"/>
        <source>Insults</source>
        <translation>Оскорбления</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/dispositions.py" line="35"/>
        <source>Shouting</source>
        <translation>Крик</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/dispositions.py" line="36"/>
        <source>Refused to cooperate</source>
        <translation>Отказ сотрудничать</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/dispositions.py" line="37"/>
        <source>Threats</source>
        <translation>Угрозы</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/dispositions.py" line="38"/>
        <source>Not completed</source>
        <translation>Не завершено</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/dispositions.py" line="39"/>
        <source>Interrupted</source>
        <translation>Прервано</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/dispositions.py" line="40"/>
        <source>Missed</source>
        <translation>Пропущен</translation>
    </message>
</context>
<context>
    <name>EngineText</name>
    <message>
        <location filename="../../softphone/ui/engine_text.py" line="15"/>
        <source>no audio devices in this pjsua2 build</source>
        <translation>в этой сборке pjsua2 нет звуковых устройств</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/engine_text.py" line="18"/>
        <source>microphone &apos;{name}&apos; not found, using the system default</source>
        <translation>микрофон «{name}» не найден, используется системное устройство</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/engine_text.py" line="21"/>
        <source>speaker &apos;{name}&apos; not found, using the system default</source>
        <translation>динамик «{name}» не найден, используется системное устройство</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/engine_text.py" line="24"/>
        <source>ringer &apos;{name}&apos; not found, ringing on the speaker</source>
        <translation>устройство звонка «{name}» не найдено, звонок звучит в динамике</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/engine_text.py" line="27"/>
        <source>no usable microphone/speaker pair; running without sound</source>
        <translation>нет пригодной пары микрофон/динамик; работа без звука</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/engine_text.py" line="30"/>
        <source>cannot open the sound device ({reason}); no audio</source>
        <translation>не удаётся открыть звуковое устройство ({reason}); звука нет</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/engine_text.py" line="33"/>
        <source>No sound device to test</source>
        <translation>Нет звукового устройства для проверки</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/engine_text.py" line="34"/>
        <source>Not during a call</source>
        <translation>Не во время звонка</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/engine_text.py" line="35"/>
        <source>Stopped: a call started</source>
        <translation>Остановлено: начался звонок</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/engine_text.py" line="38"/>
        <source>The audio test failed: {reason}</source>
        <translation>Проверка звука не удалась: {reason}</translation>
    </message>
</context>
<context>
    <name>Features</name>
    <message>
        <location filename="../../softphone/app/features.py" line="157"/>
        <source>{0} critical note(s) from an earlier session were interrupted; they are kept and will be synced.</source>
        <translation>Прерванных заметок о критических ситуациях из прошлого сеанса: {0}. Они сохранены и будут синхронизированы.</translation>
    </message>
</context>
<context>
    <name>FlagBadge</name>
    <message>
        <location filename="../../softphone/ui/card/badges.py" line="44"/>
        <source>BANNED</source>
        <translation>ЗАБЛОКИРОВАН</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/badges.py" line="45"/>
        <source>ABUSIVE BEFORE</source>
        <translation>РАНЕЕ ОСКОРБЛЯЛ</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/badges.py" line="46"/>
        <source>AT RISK</source>
        <translation>РИСК УХОДА</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/badges.py" line="47"/>
        <source>ACCESSIBILITY NEEDS</source>
        <translation>ОСОБЫЕ ПОТРЕБНОСТИ</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/badges.py" line="48"/>
        <source>NEEDS INTERPRETER</source>
        <translation>НУЖЕН ПЕРЕВОДЧИК</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/badges.py" line="49"/>
        <source>VIP / PRIVACY</source>
        <translation>VIP / КОНФИДЕНЦИАЛЬНОСТЬ</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/badges.py" line="55"/>
        <source>Banned by a supervisor: do not serve by phone.</source>
        <translation>Заблокирован руководителем: не обслуживать по телефону.</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/badges.py" line="58"/>
        <source>Abuse is not acceptable. Warn once; if it goes on, use Critical situation.</source>
        <translation>Оскорбления недопустимы. Предупредите один раз; если продолжается — используйте «Критическая ситуация».</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/badges.py" line="62"/>
        <source>May leave us: take extra care, offer a callback.</source>
        <translation>Может уйти от нас: будьте особенно внимательны, предложите обратный звонок.</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/badges.py" line="65"/>
        <source>Ask how you can help; speak slowly and clearly.</source>
        <translation>Спросите, чем можно помочь; говорите медленно и чётко.</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/badges.py" line="68"/>
        <source>Offer the interpreter line before going on.</source>
        <translation>Прежде чем продолжить, предложите линию переводчика.</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/badges.py" line="71"/>
        <source>Personal data is masked. Reveal only with a reason: it is audited.</source>
        <translation>Персональные данные скрыты. Показывайте их только с указанием причины: это фиксируется для аудита.</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/badges.py" line="89"/>
        <source>last on {0}</source>
        <translation>последнее {0}</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/badges.py" line="96"/>
        <source>until {0}</source>
        <translation>до {0}</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/badges.py" line="101"/>
        <source>no end date</source>
        <translation>бессрочно</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/badges.py" line="104"/>
        <source>set by {0}</source>
        <translation>установил(а) {0}</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/badges.py" line="110"/>
        <source>since {0}</source>
        <translation>с {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../softphone/ui/card/badges.py" line="137"/>
        <source>%n critical ending(s)</source>
        <translation>
            <numerusform>%n критическое завершение</numerusform>
            <numerusform>%n критических завершения</numerusform>
            <numerusform>%n критических завершений</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Headset</name>
    <message>
        <location filename="../../softphone/app/headset_wiring.py" line="43"/>
        <source>hidapi is not installed</source>
        <translation>hidapi не установлен</translation>
    </message>
    <message>
        <location filename="../../softphone/app/headset_wiring.py" line="44"/>
        <source>cannot list the USB devices</source>
        <translation>не удаётся получить список USB-устройств</translation>
    </message>
    <message>
        <location filename="../../softphone/app/headset_wiring.py" line="45"/>
        <source>in use by another program, or no permission (see the README&apos;s udev rule)</source>
        <translation>занята другой программой или нет прав доступа (см. правило udev в README)</translation>
    </message>
    <message>
        <location filename="../../softphone/app/headset_wiring.py" line="48"/>
        <source>its description cannot be read</source>
        <translation>не удаётся прочитать её описание</translation>
    </message>
    <message>
        <location filename="../../softphone/app/headset_wiring.py" line="51"/>
        <source>its description is not valid</source>
        <translation>её описание некорректно</translation>
    </message>
    <message>
        <location filename="../../softphone/app/headset_wiring.py" line="54"/>
        <source>it has no call buttons</source>
        <translation>у неё нет кнопок управления звонком</translation>
    </message>
    <message>
        <location filename="../../softphone/app/headset_wiring.py" line="55"/>
        <source>internal error (see the log)</source>
        <translation>внутренняя ошибка (см. журнал)</translation>
    </message>
    <message>
        <location filename="../../softphone/app/headset_wiring.py" line="58"/>
        <location filename="../../softphone/app/headset_wiring.py" line="60"/>
        <source>unknown problem</source>
        <translation>неизвестная проблема</translation>
    </message>
    <message>
        <location filename="../../softphone/app/headset_wiring.py" line="67"/>
        <source>Headset: {0}</source>
        <translation>Гарнитура: {0}</translation>
    </message>
    <message>
        <location filename="../../softphone/app/headset_wiring.py" line="69"/>
        <source>Headset buttons: no headset</source>
        <translation>Кнопки гарнитуры: гарнитуры нет</translation>
    </message>
    <message>
        <location filename="../../softphone/app/headset_wiring.py" line="74"/>
        <source>Headset buttons unavailable: {0}</source>
        <translation>Кнопки гарнитуры недоступны: {0}</translation>
    </message>
    <message>
        <location filename="../../softphone/app/headset_wiring.py" line="77"/>
        <source>Headset buttons off</source>
        <translation>Кнопки гарнитуры выключены</translation>
    </message>
    <message>
        <location filename="../../softphone/app/headset_wiring.py" line="109"/>
        <source>Headset buttons</source>
        <translation>Кнопки гарнитуры</translation>
    </message>
    <message>
        <location filename="../../softphone/app/headset_wiring.py" line="184"/>
        <source>Call buttons of the USB headset: answer, hang up, mute, hold</source>
        <translation>Кнопки звонка на USB-гарнитуре: ответить, завершить, выключить микрофон, удержать</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../softphone/ui/card/history_model.py" line="38"/>
        <source>⚠ CRITICAL</source>
        <translation>⚠ КРИТИЧЕСКАЯ</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/history_model.py" line="41"/>
        <source>↗ Call out</source>
        <translation>↗ Исходящий</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/history_model.py" line="42"/>
        <source>↙ Call in</source>
        <translation>↙ Входящий</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/history_model.py" line="44"/>
        <source>✎ Wrap-up</source>
        <translation>✎ Итоги звонка</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/history_model.py" line="46"/>
        <source>✎ Note</source>
        <translation>✎ Заметка</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/history_model.py" line="98"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/history_model.py" line="99"/>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/history_model.py" line="100"/>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/history_model.py" line="101"/>
        <source>Agent</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/history_model.py" line="102"/>
        <source>Duration</source>
        <translation>Длительность</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../../softphone/ui/card/history_view.py" line="89"/>
        <source>History — all agents, newest first</source>
        <translation>История — все операторы, сначала новые</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/history_view.py" line="100"/>
        <source>Search this customer&apos;s history</source>
        <translation>Поиск по истории этого клиента</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/history_view.py" line="101"/>
        <source>Words in notes, agent, outcome</source>
        <translation>Слова в заметках, оператор, результат</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/history_view.py" line="103"/>
        <source>&amp;Find in history:</source>
        <translation>Поиск по &amp;истории:</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/history_view.py" line="114"/>
        <source>Customer history</source>
        <translation>История клиента</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/history_view.py" line="143"/>
        <source>Selected history entry, full text</source>
        <translation>Выбранная запись истории, полный текст</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/history_view.py" line="148"/>
        <source>Select an entry to read its whole note</source>
        <translation>Выберите запись, чтобы прочитать заметку целиком</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/history_view.py" line="225"/>
        <source>Loading history…</source>
        <translation>Загрузка истории…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../softphone/ui/card/history_view.py" line="239"/>
        <source>%n match(es) for “{0}”</source>
        <translation>
            <numerusform>%n совпадение по запросу «{0}»</numerusform>
            <numerusform>%n совпадения по запросу «{0}»</numerusform>
            <numerusform>%n совпадений по запросу «{0}»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../softphone/ui/card/history_view.py" line="243"/>
        <source>%n entr(y|ies)</source>
        <translation>
            <numerusform>%n запись</numerusform>
            <numerusform>%n записи</numerusform>
            <numerusform>%n записей</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/history_view.py" line="245"/>
        <source>No history yet</source>
        <translation>Истории пока нет</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/history_view.py" line="249"/>
        <source>History could not be loaded: {0}</source>
        <translation>Не удалось загрузить историю: {0}</translation>
    </message>
</context>
<context>
    <name>LookupWorker</name>
    <message>
        <location filename="../../softphone/ui/card/lookup_worker.py" line="57"/>
        <source>unexpected error (details in the log)</source>
        <translation>непредвиденная ошибка (подробности в журнале)</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/lookup_worker.py" line="151"/>
        <source>That customer no longer exists.</source>
        <translation>Этого клиента больше нет.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../softphone/ui/main_window.py" line="96"/>
        <location filename="../../softphone/ui/main_window.py" line="324"/>
        <source>Softphone</source>
        <translation>Softphone</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/main_window.py" line="229"/>
        <source>Phone engine</source>
        <translation>Телефонный модуль</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/main_window.py" line="295"/>
        <source>Engine {0} · {1}</source>
        <translation>Модуль {0} · {1}</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/main_window.py" line="300"/>
        <source>Engine stopped</source>
        <translation>Модуль остановлен</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/main_window.py" line="316"/>
        <source>The registrar refused your password. Check it in Settings › Account.</source>
        <translation>Регистратор отклонил пароль. Проверьте его в Настройки › Учётная запись.</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/main_window.py" line="327"/>
        <source>☎ {0} — Softphone</source>
        <translation>☎ {0} — Softphone</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/main_window.py" line="348"/>
        <source>Passing the caller to your supervisor ({0})…</source>
        <translation>Звонящий передаётся руководителю ({0})…</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/main_window.py" line="353"/>
        <source>Transfer failed ({0}). The caller is still with you.</source>
        <translation>Перевод не удался ({0}). Звонящий всё ещё на линии с вами.</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/main_window.py" line="362"/>
        <source>The saved password can&apos;t be read: {0}</source>
        <translation>Не удаётся прочитать сохранённый пароль: {0}</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/main_window.py" line="373"/>
        <source>…and {0} more (see the log)</source>
        <translation>…и ещё {0} (см. журнал)</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/main_window.py" line="375"/>
        <source>Configuration problems — the app uses defaults for these. Tell IT:</source>
        <translation>Ошибки конфигурации — для них используются значения по умолчанию. Сообщите в ИТ:</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/main_window.py" line="401"/>
        <source>A call is in progress. Quit again within 5 seconds to hang up and quit.</source>
        <translation>Идёт звонок. Повторите выход в течение 5 секунд, чтобы завершить звонок и выйти.</translation>
    </message>
</context>
<context>
    <name>MatchChooser</name>
    <message>
        <location filename="../../softphone/ui/card/chooser.py" line="31"/>
        <source>Wh&amp;ich of them is calling? Ask, then pick:</source>
        <translation>Кто &amp;из них звонит? Спросите и выберите:</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/chooser.py" line="33"/>
        <source>Customers sharing this number</source>
        <translation>Клиенты с этим номером</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/chooser.py" line="36"/>
        <source>Show this customer</source>
        <translation>Показать этого клиента</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/chooser.py" line="38"/>
        <source>Show the selected customer&apos;s card</source>
        <translation>Показать карточку выбранного клиента</translation>
    </message>
    <message numerus="yes">
        <location filename="../../softphone/ui/card/chooser.py" line="54"/>
        <source>%n customers share this number</source>
        <translation>
            <numerusform>Этот номер у %n клиента</numerusform>
            <numerusform>Этот номер у %n клиентов</numerusform>
            <numerusform>Этот номер у %n клиентов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Message</name>
    <message>
        <location filename="../../softphone/ui/message_bar.py" line="62"/>
        <source>Dismiss message</source>
        <translation>Закрыть сообщение</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/message_bar.py" line="63"/>
        <source>Dismiss this message</source>
        <translation>Закрыть это сообщение</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/message_bar.py" line="73"/>
        <source>Information</source>
        <translation>Информация</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/message_bar.py" line="74"/>
        <source>Warning</source>
        <translation>Предупреждение</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/message_bar.py" line="75"/>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <location filename="../../softphone/ui/note_editor.py" line="33"/>
        <source>Critical situation — describe what happened</source>
        <translation>Критическая ситуация — опишите, что произошло</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/note_editor.py" line="38"/>
        <source>Persistent &amp;insults</source>
        <translation>Постоянные &amp;оскорбления</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/note_editor.py" line="39"/>
        <source>&amp;Shouting</source>
        <translation>&amp;Крики</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/note_editor.py" line="40"/>
        <source>&amp;Refuses to cooperate, ignores facts</source>
        <translation>Отказывается со&amp;трудничать, игнорирует факты</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/note_editor.py" line="41"/>
        <source>&amp;Threats of violence</source>
        <translation>&amp;Угрозы насилием</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/note_editor.py" line="42"/>
        <source>&amp;Other</source>
        <translation>&amp;Другое</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/note_editor.py" line="56"/>
        <source>What happened</source>
        <translation>Что произошло</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/note_editor.py" line="57"/>
        <source>What did the caller say or do? Facts, not feelings.</source>
        <translation>Что сказал или сделал звонящий? Факты, а не впечатления.</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/note_editor.py" line="65"/>
        <source>Don&apos;t &amp;know</source>
        <translation>Не &amp;знаю</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/note_editor.py" line="66"/>
        <source>&amp;Yes</source>
        <translation>Д&amp;а</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/note_editor.py" line="67"/>
        <source>N&amp;o</source>
        <translation>&amp;Нет</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/note_editor.py" line="71"/>
        <source>Medical or disability condition: {0}</source>
        <translation>Заболевание или инвалидность: {0}</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/note_editor.py" line="78"/>
        <source>Could this be a medical or disability condition (e.g. Tourette&apos;s)?</source>
        <translation>Может ли это быть связано с заболеванием или инвалидностью (например, синдромом Туретта)?</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/note_editor.py" line="82"/>
        <source>Sa&amp;ve note</source>
        <translation>Со&amp;хранить заметку</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/note_editor.py" line="83"/>
        <source>Save note</source>
        <translation>Сохранить заметку</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/note_editor.py" line="86"/>
        <source>&amp;Later</source>
        <translation>&amp;Позже</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/note_editor.py" line="87"/>
        <source>Close the editor, keep the note as is</source>
        <translation>Закрыть редактор, оставить заметку как есть</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/note_editor.py" line="91"/>
        <source>Reason:</source>
        <translation>Причина:</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/note_editor.py" line="92"/>
        <source>Note:</source>
        <translation>Заметка:</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/note_editor.py" line="112"/>
        <source>Critical situation with {0} — what happened?</source>
        <translation>Критическая ситуация ({0}): что произошло?</translation>
    </message>
</context>
<context>
    <name>OptionField</name>
    <message>
        <location filename="../../softphone/ui/option_fields.py" line="26"/>
        <source>Set by your IT department</source>
        <translation>Задано ИТ-отделом</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/option_fields.py" line="57"/>
        <source>{0} (locked)</source>
        <translation>{0} (заблокировано)</translation>
    </message>
</context>
<context>
    <name>RecoveryBanner</name>
    <message>
        <location filename="../../softphone/ui/recovery.py" line="26"/>
        <source>Recovery time</source>
        <translation>Время на восстановление</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/recovery.py" line="27"/>
        <source>I&apos;m &amp;ready</source>
        <translation>&amp;Готов(а)</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/recovery.py" line="28"/>
        <source>End recovery time now and take calls</source>
        <translation>Завершить восстановление и принимать звонки</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/recovery.py" line="29"/>
        <source>End the recovery time now and take calls again</source>
        <translation>Завершить время на восстановление и снова принимать звонки</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/recovery.py" line="71"/>
        <source>Not ready — recovery time. New calls get &apos;busy&apos; for {0}:{1:02d}. Take a breath.</source>
        <translation>Не готов(а) — время на восстановление. Новые звонки ещё {0}:{1:02d} получают «занято». Переведите дух.</translation>
    </message>
</context>
<context>
    <name>RegistrationStatus</name>
    <message>
        <location filename="../../softphone/ui/registration_status.py" line="41"/>
        <source>Registration state symbol</source>
        <translation>Значок состояния регистрации</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/registration_status.py" line="91"/>
        <source>Registered as {0}</source>
        <translation>Зарегистрирован как {0}</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/registration_status.py" line="91"/>
        <source>Registered</source>
        <translation>Зарегистрирован</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/registration_status.py" line="93"/>
        <source>Registering as {0}…</source>
        <translation>Регистрация как {0}…</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/registration_status.py" line="93"/>
        <source>Registering…</source>
        <translation>Регистрация…</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/registration_status.py" line="96"/>
        <source>Registrar unreachable</source>
        <translation>Регистратор недоступен</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/registration_status.py" line="98"/>
        <source>Registration failed ({0})</source>
        <translation>Ошибка регистрации ({0})</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/registration_status.py" line="101"/>
        <source>{0} — will retry</source>
        <translation>{0} — будет повторная попытка</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/registration_status.py" line="103"/>
        <source>{0} — retrying now…</source>
        <translation>{0} — повторная попытка…</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/registration_status.py" line="104"/>
        <source>{0} — retrying in {1} s</source>
        <translation>{0} — повтор через {1} с</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/registration_status.py" line="106"/>
        <source>Authentication failed — check your password</source>
        <translation>Ошибка аутентификации — проверьте пароль</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/registration_status.py" line="109"/>
        <source>Registration refused{0} — check the account settings</source>
        <translation>Регистрация отклонена{0} — проверьте настройки учётной записи</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/registration_status.py" line="111"/>
        <source>Direct mode (no registrar)</source>
        <translation>Прямой режим (без регистратора)</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/registration_status.py" line="113"/>
        <source>Offline</source>
        <translation>Не в сети</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/registration_status.py" line="114"/>
        <source>Not configured — Settings › Account</source>
        <translation>Не настроено — Настройки › Учётная запись</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/registration_status.py" line="122"/>
        <source>Registration: {0}</source>
        <translation>Регистрация: {0}</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/registration_status.py" line="123"/>
        <source>Registration state. Click to open the account settings.</source>
        <translation>Состояние регистрации. Щёлкните, чтобы открыть настройки учётной записи.</translation>
    </message>
</context>
<context>
    <name>RevealPrompt</name>
    <message>
        <location filename="../../softphone/ui/card/reveal.py" line="32"/>
        <source>Reason for revealing personal data (required)</source>
        <translation>Причина просмотра персональных данных (обязательно)</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/reveal.py" line="33"/>
        <source>e.g. caller asks to update their address</source>
        <translation>напр. звонящий просит обновить адрес</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/reveal.py" line="36"/>
        <source>Reason (re&amp;quired):</source>
        <translation>Пр&amp;ичина (обязательно):</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/reveal.py" line="40"/>
        <source>Reveal</source>
        <translation>Показать</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/reveal.py" line="42"/>
        <source>Reveal now and record the reason</source>
        <translation>Показать сейчас и зафиксировать причину</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/reveal.py" line="44"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/reveal.py" line="45"/>
        <source>Cancel: keep the data masked</source>
        <translation>Отмена: данные останутся скрытыми</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/reveal.py" line="68"/>
        <source>Reveal {0}? Your name, the time and your reason are recorded for the privacy audit.</source>
        <translation>Показать {0}? Ваше имя, время и причина фиксируются для аудита конфиденциальности.</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/reveal.py" line="86"/>
        <source>Recording…</source>
        <translation>Фиксация…</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/reveal.py" line="93"/>
        <source>Could not record the reveal, so the data stays masked: {0}</source>
        <translation>Не удалось зафиксировать просмотр, поэтому данные остаются скрытыми: {0}</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/reveal.py" line="107"/>
        <source>A reason of at least 4 characters is required</source>
        <translation>Нужна причина длиной не менее 4 символов</translation>
    </message>
</context>
<context>
    <name>ScreenPop</name>
    <message>
        <location filename="../../softphone/ui/card/screen_pop.py" line="78"/>
        <source>Caller card and history</source>
        <translation>Карточка и история звонящего</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../softphone/ui/settings_dialog.py" line="31"/>
        <source>Preferences</source>
        <translation>Параметры</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/settings_dialog.py" line="44"/>
        <source>Calls</source>
        <translation>Звонки</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/settings_dialog.py" line="47"/>
        <source>&amp;Answer calls automatically</source>
        <translation>&amp;Автоматически отвечать на звонки</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/settings_dialog.py" line="50"/>
        <source>Auto-answer &amp;delay (s):</source>
        <translation>&amp;Задержка автоответа (с):</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/settings_dialog.py" line="55"/>
        <source>&amp;Supervisor number:</source>
        <translation>Номер &amp;руководителя:</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/settings_dialog.py" line="56"/>
        <source>Extension, number or sip: address</source>
        <translation>Добавочный, номер или адрес sip:</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/settings_dialog.py" line="61"/>
        <source>Default &amp;region:</source>
        <translation>&amp;Регион по умолчанию:</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/settings_dialog.py" line="67"/>
        <source>General</source>
        <translation>Общие</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/settings_dialog.py" line="70"/>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/settings_dialog.py" line="72"/>
        <source>Your &amp;name in notes:</source>
        <translation>Ваше &amp;имя в заметках:</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/settings_dialog.py" line="73"/>
        <source>S&amp;ync server:</source>
        <translation>Сервер с&amp;инхронизации:</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/settings_dialog.py" line="77"/>
        <source>Diagnostics</source>
        <translation>Диагностика</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/settings_dialog.py" line="78"/>
        <source>Write a SIP &amp;trace for IT</source>
        <translation>Записывать &amp;трассировку SIP для ИТ</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/settings_dialog.py" line="121"/>
        <source>Not saved: {0}</source>
        <translation>Не сохранено: {0}</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/settings_dialog.py" line="128"/>
        <source>Settings can&apos;t be saved: {0}. They apply until you quit.</source>
        <translation>Не удалось сохранить настройки: {0}. Они действуют до выхода из программы.</translation>
    </message>
</context>
<context>
    <name>SettingsFlows</name>
    <message>
        <location filename="../../softphone/ui/settings_flows.py" line="80"/>
        <source>You chose other devices but have not saved them: the test uses the devices in use now. Press OK in Audio devices first to test the new ones.</source>
        <translation>Вы выбрали другие устройства, но не сохранили их: проверка использует текущие устройства. Чтобы проверить новые, сначала нажмите OK в окне «Звуковые устройства».</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/settings_flows.py" line="113"/>
        <source>No sound devices: this pjsua2 build has none, so calls connect without audio. Install the softphone&apos;s own pjsua2 build for headset audio.</source>
        <translation>Нет звуковых устройств: в этой сборке pjsua2 их нет, поэтому звонки соединяются без звука. Установите собственную сборку pjsua2 софтфона для звука в гарнитуре.</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/settings_flows.py" line="144"/>
        <source>The new language is used from the next start.</source>
        <translation>Новый язык будет применён при следующем запуске.</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/settings_flows.py" line="169"/>
        <source>The audio test is not available during a call.</source>
        <translation>Проверка звука недоступна во время звонка.</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/settings_flows.py" line="177"/>
        <source>No sound devices were found, so there is nothing to test.</source>
        <translation>Звуковые устройства не найдены, проверять нечего.</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/settings_flows.py" line="182"/>
        <source>The phone uses no sound device (“No sound device” in Audio devices), so there is nothing to test.</source>
        <translation>Телефон работает без звукового устройства («Без звукового устройства» в окне «Звуковые устройства»), проверять нечего.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../softphone/ui/help_dialogs.py" line="29"/>
        <location filename="../../softphone/ui/help_dialogs.py" line="33"/>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/help_dialogs.py" line="34"/>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/help_dialogs.py" line="34"/>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/help_dialogs.py" line="47"/>
        <source>Digits, * and # typed while a call is connected send keypad tones, unless you are typing in a text field. Tab moves between controls.</source>
        <translation>Во время звонка цифры, * и # отправляют тоны, если вы не печатаете в текстовом поле. Tab переключает между элементами.</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/help_dialogs.py" line="54"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>SidePlaceholder</name>
    <message>
        <location filename="../../softphone/ui/side_panel.py" line="16"/>
        <source>Customer card</source>
        <translation>Карточка клиента</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/side_panel.py" line="30"/>
        <source>No customer card for this call.</source>
        <translation>Для этого звонка нет карточки клиента.</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/side_panel.py" line="32"/>
        <source>No call

The customer&apos;s card and history appear here.</source>
        <translation>Нет звонка

Здесь появятся карточка и история клиента.</translation>
    </message>
</context>
<context>
    <name>StatusView</name>
    <message>
        <location filename="../../softphone/ui/card/status_view.py" line="28"/>
        <source>Try a&amp;gain</source>
        <translation>Попробовать &amp;ещё раз</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/status_view.py" line="29"/>
        <source>Look the caller up again</source>
        <translation>Снова найти звонящего</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/status_view.py" line="54"/>
        <source>No call</source>
        <translation>Нет звонка</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/status_view.py" line="55"/>
        <source>When a call rings, the caller&apos;s card and history appear here.</source>
        <translation>Когда поступит звонок, здесь появятся карточка и история звонящего.</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/status_view.py" line="59"/>
        <source>Looking up {0}…</source>
        <translation>Поиск: {0}…</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/status_view.py" line="63"/>
        <source>Could not look up {0}</source>
        <translation>Не удалось найти {0}</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/status_view.py" line="64"/>
        <source>{0}. You can still answer the call as usual.</source>
        <translation>{0}. Вы можете ответить на звонок как обычно.</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <location filename="../../softphone/app/sync_wiring.py" line="41"/>
        <source>Sync status</source>
        <translation>Состояние синхронизации</translation>
    </message>
    <message>
        <location filename="../../softphone/app/sync_wiring.py" line="47"/>
        <source>Sync server &amp;token…</source>
        <translation>&amp;Токен сервера синхронизации…</translation>
    </message>
    <message>
        <location filename="../../softphone/app/sync_wiring.py" line="59"/>
        <source>This desk could not enrol with the sync server: {0}</source>
        <translation>Не удалось зарегистрировать это рабочее место на сервере синхронизации: {0}</translation>
    </message>
    <message>
        <location filename="../../softphone/app/sync_wiring.py" line="68"/>
        <source>Sync server token</source>
        <translation>Токен сервера синхронизации</translation>
    </message>
    <message>
        <location filename="../../softphone/app/sync_wiring.py" line="69"/>
        <source>Agent token for {0} (from your supervisor or IT):</source>
        <translation>Токен оператора для {0} (выдаёт руководитель или ИТ-отдел):</translation>
    </message>
    <message>
        <location filename="../../softphone/app/sync_wiring.py" line="88"/>
        <source>Sync token saved; connecting to the server.</source>
        <translation>Токен синхронизации сохранён; подключение к серверу.</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <location filename="../../softphone/ui/transfer_dialog.py" line="26"/>
        <source>Transfer call</source>
        <translation>Перевод звонка</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/transfer_dialog.py" line="28"/>
        <source>Transfer {0} to:</source>
        <translation>Перевести {0} на:</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/transfer_dialog.py" line="34"/>
        <source>Transfer to</source>
        <translation>Перевести на</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/transfer_dialog.py" line="36"/>
        <source>Number, extension or sip: address to pass the caller to</source>
        <translation>Номер, добавочный или адрес sip:, куда перевести звонящего</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/transfer_dialog.py" line="38"/>
        <source>Number, extension or sip: address</source>
        <translation>Номер, добавочный или адрес sip:</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/transfer_dialog.py" line="43"/>
        <source>The caller is passed on at once; you leave the call.</source>
        <translation>Звонящий будет сразу переведён; вы выйдете из разговора.</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/transfer_dialog.py" line="49"/>
        <source>&amp;Transfer</source>
        <translation>&amp;Перевести</translation>
    </message>
</context>
<context>
    <name>UnknownCallerView</name>
    <message>
        <location filename="../../softphone/ui/card/unknown_view.py" line="50"/>
        <source>Re&amp;gister new customer…</source>
        <translation>Заре&amp;гистрировать нового клиента…</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/unknown_view.py" line="52"/>
        <source>Create a customer with this number</source>
        <translation>Создать клиента с этим номером</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/unknown_view.py" line="54"/>
        <source>Link to e&amp;xisting customer…</source>
        <translation>Прив&amp;язать к существующему клиенту…</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/unknown_view.py" line="56"/>
        <source>Link this number to an existing customer</source>
        <translation>Привязать этот номер к существующему клиенту</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/unknown_view.py" line="58"/>
        <source>&amp;Find customer…</source>
        <translation>Н&amp;айти клиента…</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/unknown_view.py" line="60"/>
        <source>Find the caller&apos;s card by name</source>
        <translation>Найти карточку звонящего по имени</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/unknown_view.py" line="65"/>
        <source>Use this customer</source>
        <translation>Выбрать этого клиента</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/unknown_view.py" line="90"/>
        <source>Unknown caller</source>
        <translation>Неизвестный абонент</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/unknown_view.py" line="92"/>
        <source>No customer has this number. Ask for their details.</source>
        <translation>Ни у одного клиента нет этого номера. Спросите данные звонящего.</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/unknown_view.py" line="97"/>
        <source>Caller withheld their number</source>
        <translation>Звонящий скрыл номер</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/unknown_view.py" line="100"/>
        <source>No number to look up. If the caller says who they are, find their card.</source>
        <translation>Нет номера для поиска. Если звонящий представится, найдите его карточку.</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/unknown_view.py" line="106"/>
        <source>Number not recognised</source>
        <translation>Номер не распознан</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/unknown_view.py" line="109"/>
        <source>This is not a phone number we can look up. Find the card by name instead.</source>
        <translation>По такому номеру искать нельзя. Найдите карточку по имени.</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/unknown_view.py" line="138"/>
        <source>Link to this customer</source>
        <translation>Привязать к этому клиенту</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/unknown_view.py" line="140"/>
        <source>Link this number to the selected customer</source>
        <translation>Привязать этот номер к выбранному клиенту</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/unknown_view.py" line="147"/>
        <source>Show this customer</source>
        <translation>Показать этого клиента</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/unknown_view.py" line="148"/>
        <source>Show the selected customer&apos;s card</source>
        <translation>Показать карточку выбранного клиента</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/unknown_view.py" line="161"/>
        <source>Failed: {0}</source>
        <translation>Ошибка: {0}</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <location filename="../../softphone/ui/menus.py" line="17"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/menus.py" line="17"/>
        <source>Quit Softphone</source>
        <translation>Выйти из Softphone</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/menus.py" line="19"/>
        <source>&amp;Account…</source>
        <translation>&amp;Учётная запись…</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/menus.py" line="19"/>
        <source>SIP account and password</source>
        <translation>Учётная запись SIP и пароль</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/menus.py" line="22"/>
        <source>A&amp;udio devices…</source>
        <translation>&amp;Звуковые устройства…</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/menus.py" line="22"/>
        <source>Headset, speaker, ringer</source>
        <translation>Гарнитура, динамик, звонок</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/menus.py" line="25"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Параметры…</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/menus.py" line="25"/>
        <source>Auto-answer, supervisor, language</source>
        <translation>Автоответ, руководитель, язык</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/menus.py" line="28"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/menus.py" line="28"/>
        <source>List every keyboard shortcut</source>
        <translation>Показать все сочетания клавиш</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/menus.py" line="31"/>
        <source>&amp;About Softphone</source>
        <translation>&amp;О программе</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/menus.py" line="31"/>
        <source>Version and purpose</source>
        <translation>Версия и назначение</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/menus.py" line="38"/>
        <source>&amp;Phone</source>
        <translation>&amp;Телефон</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/menus.py" line="48"/>
        <source>&amp;Settings</source>
        <translation>&amp;Настройки</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/menus.py" line="52"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
</context>
<context>
    <name>WrapUpPanel</name>
    <message>
        <location filename="../../softphone/ui/card/wrapup.py" line="52"/>
        <source>Disposition: {0}</source>
        <translation>Результат: {0}</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/wrapup.py" line="59"/>
        <source>Wrap-up note</source>
        <translation>Заметка по итогам звонка</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/wrapup.py" line="60"/>
        <source>What was agreed, what happens next</source>
        <translation>О чём договорились, что будет дальше</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/wrapup.py" line="64"/>
        <source>&amp;Wrap-up note:</source>
        <translation>За&amp;метка по итогам:</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/wrapup.py" line="66"/>
        <source>Pick a disposition (Alt+1…5) to save</source>
        <translation>Выберите результат (Alt+1…5), чтобы сохранить</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/wrapup.py" line="68"/>
        <source>Save wrap-&amp;up</source>
        <translation>Со&amp;хранить итоги</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/wrapup.py" line="70"/>
        <source>Save the wrap-up</source>
        <translation>Сохранить итоги звонка</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/wrapup.py" line="90"/>
        <location filename="../../softphone/ui/card/wrapup.py" line="103"/>
        <source>Wrap-up — {0}</source>
        <translation>Итоги звонка — {0}</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/wrapup.py" line="90"/>
        <source>Wrap-up</source>
        <translation>Итоги звонка</translation>
    </message>
</context>
</TS>
