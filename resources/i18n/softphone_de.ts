<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../softphone/ui/help_dialogs.py" line="66"/>
        <source>About Softphone</source>
        <translation>Über Softphone</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/help_dialogs.py" line="68"/>
        <source>Softphone {0}</source>
        <translation>Softphone {0}</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/help_dialogs.py" line="73"/>
        <source>A softphone for call-centre agents: calls on your headset, the customer&apos;s card beside the call, and support when a caller becomes abusive.</source>
        <translation>Ein Softphone für Callcenter-Mitarbeiter: Anrufe über das Headset, die Kundenkarte neben dem Anruf und Unterstützung, wenn ein Anrufer ausfallend wird.</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/help_dialogs.py" line="81"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../../softphone/ui/account_dialog.py" line="50"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/account_dialog.py" line="51"/>
        <source>SIP account settings</source>
        <translation>SIP-Kontoeinstellungen</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/account_dialog.py" line="58"/>
        <source>SIP &amp;domain:</source>
        <translation>SIP-&amp;Domäne:</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/account_dialog.py" line="59"/>
        <source>&amp;Registrar:</source>
        <translation>&amp;Registrar:</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/account_dialog.py" line="60"/>
        <source>&amp;User / extension:</source>
        <translation>&amp;Benutzer / Durchwahl:</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/account_dialog.py" line="61"/>
        <source>&amp;Authentication user:</source>
        <translation>&amp;Authentifizierungsbenutzer:</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/account_dialog.py" line="62"/>
        <source>Display &amp;name:</source>
        <translation>Anzeige&amp;name:</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/account_dialog.py" line="63"/>
        <source>&amp;Transport:</source>
        <translation>&amp;Transport:</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/account_dialog.py" line="64"/>
        <source>Outbound &amp;proxy:</source>
        <translation>Ausgehender &amp;Proxy:</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/account_dialog.py" line="65"/>
        <source>Re&amp;gister with the registrar</source>
        <translation>Beim Registrar re&amp;gistrieren</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/account_dialog.py" line="69"/>
        <source>Optional, e.g. sip:pbx.example.com:5060</source>
        <translation>Optional, z. B. sip:pbx.example.com:5060</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/account_dialog.py" line="71"/>
        <source>Optional: when it differs from the user</source>
        <translation>Optional: falls abweichend vom Benutzer</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/account_dialog.py" line="72"/>
        <source>Optional: the name people you call see</source>
        <translation>Optional: der Name, den Angerufene sehen</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/account_dialog.py" line="73"/>
        <source>Optional, e.g. sip:proxy.example.com;lr</source>
        <translation>Optional, z. B. sip:proxy.example.com;lr</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/account_dialog.py" line="75"/>
        <source>TLS (encrypted)</source>
        <translation>TLS (verschlüsselt)</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/account_dialog.py" line="89"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/account_dialog.py" line="93"/>
        <source>Leave empty to keep the saved password</source>
        <translation>Leer lassen, um das gespeicherte Passwort zu behalten</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/account_dialog.py" line="95"/>
        <source>Your SIP password</source>
        <translation>Ihr SIP-Passwort</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/account_dialog.py" line="98"/>
        <location filename="../../softphone/ui/account_dialog.py" line="100"/>
        <source>Stored in the system keychain, never in a file</source>
        <translation>Im Schlüsselbund des Systems gespeichert, nie in einer Datei</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/account_dialog.py" line="101"/>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/account_dialog.py" line="145"/>
        <source>Enter both the SIP domain and the user, or neither.</source>
        <translation>Geben Sie SIP-Domäne und Benutzer an, oder keines von beiden.</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/account_dialog.py" line="155"/>
        <source>Not saved: {0}</source>
        <translation>Nicht gespeichert: {0}</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/account_dialog.py" line="161"/>
        <source>Settings can&apos;t be saved: {0}. They apply until you quit.</source>
        <translation>Einstellungen können nicht gespeichert werden: {0}. Sie gelten bis zum Beenden.</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/account_dialog.py" line="171"/>
        <source>Password can&apos;t be saved: {0}. It will be used for this session only.</source>
        <translation>Das Passwort kann nicht gespeichert werden: {0}. Es gilt nur für diese Sitzung.</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/account_dialog.py" line="184"/>
        <source>The system keychain is not available: {0}</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar: {0}</translation>
    </message>
</context>
<context>
    <name>AudioDialog</name>
    <message>
        <location filename="../../softphone/ui/audio_dialog.py" line="45"/>
        <source>Audio devices</source>
        <translation>Audiogeräte</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/audio_dialog.py" line="50"/>
        <source>&amp;Microphone:</source>
        <translation>&amp;Mikrofon:</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/audio_dialog.py" line="51"/>
        <source>&amp;Headset / speaker:</source>
        <translation>&amp;Headset / Lautsprecher:</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/audio_dialog.py" line="52"/>
        <source>&amp;Ringer:</source>
        <translation>&amp;Klingelton:</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/audio_dialog.py" line="69"/>
        <source>&amp;No sound device (silent, for testing)</source>
        <translation>&amp;Kein Audiogerät (stumm, zum Testen)</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/audio_dialog.py" line="77"/>
        <source>Also ring on the head&amp;set</source>
        <translation>Auch im Headset kl&amp;ingeln</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/audio_dialog.py" line="82"/>
        <source>&amp;Echo cancellation:</source>
        <translation>&amp;Echounterdrückung:</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/audio_dialog.py" line="84"/>
        <source>Automatic (by device)</source>
        <translation>Automatisch (je nach Gerät)</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/audio_dialog.py" line="85"/>
        <source>On</source>
        <translation>Ein</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/audio_dialog.py" line="86"/>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/audio_dialog.py" line="90"/>
        <source>Noise s&amp;uppression</source>
        <translation>&amp;Rauschunterdrückung</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/audio_dialog.py" line="104"/>
        <source>Re&amp;fresh devices</source>
        <translation>Geräte a&amp;ktualisieren</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/audio_dialog.py" line="105"/>
        <source>Refresh devices</source>
        <translation>Geräte aktualisieren</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/audio_dialog.py" line="106"/>
        <source>Look again for plugged-in headsets</source>
        <translation>Erneut nach angeschlossenen Headsets suchen</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/audio_dialog.py" line="109"/>
        <source>&amp;Test audio…</source>
        <translation>Audio &amp;testen…</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/audio_dialog.py" line="111"/>
        <source>Test audio</source>
        <translation>Audio testen</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/audio_dialog.py" line="113"/>
        <source>Play a tone or hear your own microphone through the devices in use</source>
        <translation>Einen Ton abspielen oder das eigene Mikrofon über die verwendeten Geräte hören</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/audio_dialog.py" line="144"/>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/audio_dialog.py" line="152"/>
        <source>{0} (not connected)</source>
        <translation>{0} (nicht angeschlossen)</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/audio_dialog.py" line="157"/>
        <source>The phone engine has not reported any devices yet.</source>
        <translation>Die Telefon-Engine hat noch keine Geräte gemeldet.</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/audio_dialog.py" line="159"/>
        <source>No sound devices were found.</source>
        <translation>Es wurden keine Audiogeräte gefunden.</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/audio_dialog.py" line="175"/>
        <source>Not saved: {0}</source>
        <translation>Nicht gespeichert: {0}</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/audio_dialog.py" line="180"/>
        <source>Settings can&apos;t be saved: {0}. They apply until you quit.</source>
        <translation>Einstellungen können nicht gespeichert werden: {0}. Sie gelten bis zum Beenden.</translation>
    </message>
</context>
<context>
    <name>AudioTestDialog</name>
    <message>
        <location filename="../../softphone/ui/audio_test_dialog.py" line="55"/>
        <source>Test audio</source>
        <translation>Audio testen</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/audio_test_dialog.py" line="63"/>
        <source>Put your headset on. The tone plays in the headset; the microphone test plays back what you say so you can hear yourself.</source>
        <translation>Setzen Sie das Headset auf. Der Ton kommt im Headset; beim Mikrofontest hören Sie, was Sie sagen.</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/audio_test_dialog.py" line="77"/>
        <source>Play test &amp;tone</source>
        <translation>&amp;Testton abspielen</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/audio_test_dialog.py" line="78"/>
        <source>Test &amp;microphone (hear yourself)</source>
        <translation>&amp;Mikrofon testen (sich selbst hören)</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/audio_test_dialog.py" line="90"/>
        <source>A steady tone in the headset</source>
        <translation>Ein gleichmäßiger Ton im Headset</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/audio_test_dialog.py" line="92"/>
        <source>What the microphone hears is played back in the headset</source>
        <translation>Was das Mikrofon aufnimmt, wird im Headset wiedergegeben</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/audio_test_dialog.py" line="95"/>
        <source>Microphone level</source>
        <translation>Mikrofonpegel</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/audio_test_dialog.py" line="97"/>
        <source>Headset level</source>
        <translation>Headset-Pegel</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/audio_test_dialog.py" line="101"/>
        <source>Microphone:</source>
        <translation>Mikrofon:</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/audio_test_dialog.py" line="102"/>
        <source>Headset:</source>
        <translation>Headset:</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/audio_test_dialog.py" line="112"/>
        <source>Audio test status</source>
        <translation>Status des Audiotests</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/audio_test_dialog.py" line="128"/>
        <location filename="../../softphone/ui/audio_test_dialog.py" line="158"/>
        <source>Choose a test.</source>
        <translation>Wählen Sie einen Test.</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/audio_test_dialog.py" line="138"/>
        <source>Test stopped.</source>
        <translation>Test beendet.</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/audio_test_dialog.py" line="181"/>
        <source>Stopping…</source>
        <translation>Wird beendet…</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/audio_test_dialog.py" line="195"/>
        <source>Playing a test tone. Click the button again to stop.</source>
        <translation>Testton läuft. Klicken Sie erneut auf die Schaltfläche, um ihn zu beenden.</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/audio_test_dialog.py" line="196"/>
        <source>Speak: you should hear yourself. Click the button again to stop.</source>
        <translation>Sprechen Sie: Sie sollten sich selbst hören. Klicken Sie erneut auf die Schaltfläche, um zu beenden.</translation>
    </message>
</context>
<context>
    <name>CallActions</name>
    <message>
        <location filename="../../softphone/ui/call_actions.py" line="65"/>
        <source>&amp;Answer</source>
        <translation>&amp;Annehmen</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_actions.py" line="65"/>
        <source>Answer the ringing call</source>
        <translation>Klingelnden Anruf annehmen</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_actions.py" line="69"/>
        <source>&amp;Reject (busy)</source>
        <translation>Abl&amp;ehnen (besetzt)</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_actions.py" line="70"/>
        <source>Reject the ringing call: the caller hears busy</source>
        <translation>Anruf ablehnen: der Anrufer hört besetzt</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_actions.py" line="73"/>
        <source>&amp;Hang up</source>
        <translation>Auf&amp;legen</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_actions.py" line="73"/>
        <source>End the current call</source>
        <translation>Aktuellen Anruf beenden</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_actions.py" line="77"/>
        <source>H&amp;old</source>
        <translation>&amp;Halten</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_actions.py" line="77"/>
        <source>Put the current call on hold</source>
        <translation>Aktuellen Anruf halten</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_actions.py" line="81"/>
        <source>&amp;Mute</source>
        <translation>Stu&amp;mm</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_actions.py" line="82"/>
        <source>Mute your microphone in the current call</source>
        <translation>Mikrofon im aktuellen Anruf stummschalten</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_actions.py" line="85"/>
        <source>&amp;Keypad</source>
        <translation>&amp;Tastenfeld</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_actions.py" line="86"/>
        <source>Show the keypad to send tones (DTMF)</source>
        <translation>Tastenfeld zum Senden von Tönen (DTMF) anzeigen</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_actions.py" line="89"/>
        <source>&amp;Transfer…</source>
        <translation>Übe&amp;rgeben…</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_actions.py" line="90"/>
        <source>Transfer the current call to another number</source>
        <translation>Aktuellen Anruf an eine andere Nummer übergeben</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_actions.py" line="93"/>
        <source>&amp;Escalate to supervisor</source>
        <translation>An &amp;Supervisor übergeben</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_actions.py" line="94"/>
        <source>Transfer the caller to your supervisor now</source>
        <translation>Anrufer sofort an Ihren Supervisor übergeben</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_actions.py" line="97"/>
        <source>&amp;New call…</source>
        <translation>&amp;Neuer Anruf…</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_actions.py" line="98"/>
        <source>Go to the number field to place a call</source>
        <translation>Zum Nummernfeld springen, um anzurufen</translation>
    </message>
</context>
<context>
    <name>CallController</name>
    <message>
        <location filename="../../softphone/ui/call_controller.py" line="109"/>
        <source>The call to transfer has ended.</source>
        <translation>Der zu übergebende Anruf ist beendet.</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_controller.py" line="114"/>
        <source>Cannot transfer: {0}</source>
        <translation>Übergabe nicht möglich: {0}</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_controller.py" line="128"/>
        <source>Cannot escalate: {0}</source>
        <translation>Übergabe an Supervisor nicht möglich: {0}</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_controller.py" line="138"/>
        <source>Cannot call: {0}</source>
        <translation>Anruf nicht möglich: {0}</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_controller.py" line="172"/>
        <source>Res&amp;ume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_controller.py" line="172"/>
        <source>H&amp;old</source>
        <translation>&amp;Halten</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_controller.py" line="175"/>
        <source>Take the call off hold</source>
        <translation>Gehaltenen Anruf fortsetzen</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_controller.py" line="175"/>
        <source>Put the current call on hold</source>
        <translation>Aktuellen Anruf halten</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_controller.py" line="177"/>
        <source>Un&amp;mute</source>
        <translation>Stumm a&amp;us</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_controller.py" line="177"/>
        <source>&amp;Mute</source>
        <translation>Stu&amp;mm</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_controller.py" line="180"/>
        <source>Let the caller hear you again</source>
        <translation>Der Anrufer hört Sie wieder</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_controller.py" line="182"/>
        <source>Mute your microphone in the current call</source>
        <translation>Mikrofon im aktuellen Anruf stummschalten</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_controller.py" line="189"/>
        <source>Answer the waiting call; the current call goes on hold</source>
        <translation>Wartenden Anruf annehmen; der aktuelle Anruf wird gehalten</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_controller.py" line="191"/>
        <source>Answer the ringing call</source>
        <translation>Klingelnden Anruf annehmen</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_controller.py" line="202"/>
        <source>Not available: no supervisor number is set. Add it in Settings › Preferences, or ask your IT department.</source>
        <translation>Nicht verfügbar: keine Supervisor-Nummer festgelegt. Tragen Sie sie unter Einstellungen › Einstellungen ein oder fragen Sie Ihre IT-Abteilung.</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_controller.py" line="208"/>
        <source>Transfer the caller to your supervisor ({0})</source>
        <translation>Anrufer an Ihren Supervisor übergeben ({0})</translation>
    </message>
</context>
<context>
    <name>CallPanel</name>
    <message>
        <location filename="../../softphone/ui/call_panel.py" line="41"/>
        <source>Current call</source>
        <translation>Aktueller Anruf</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_panel.py" line="55"/>
        <source>Answer puts the current call on hold.</source>
        <translation>Annehmen hält den aktuellen Anruf.</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_panel.py" line="82"/>
        <source>Call duration</source>
        <translation>Anrufdauer</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_panel.py" line="131"/>
        <source>Calls</source>
        <translation>Anrufe</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_panel.py" line="133"/>
        <source>All calls; choose one to show it in the panel</source>
        <translation>Alle Anrufe; wählen Sie einen zur Anzeige aus</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_panel.py" line="139"/>
        <source>All ca&amp;lls:</source>
        <translation>A&amp;lle Anrufe:</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_panel.py" line="193"/>
        <location filename="../../softphone/ui/call_panel.py" line="199"/>
        <source>No call</source>
        <translation>Kein Anruf</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_panel.py" line="195"/>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_panel.py" line="196"/>
        <source>Type a number above, or wait for a call.</source>
        <translation>Geben Sie oben eine Nummer ein oder warten Sie auf einen Anruf.</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_panel.py" line="205"/>
        <source>Incoming call</source>
        <translation>Eingehender Anruf</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_panel.py" line="207"/>
        <source>Outgoing call</source>
        <translation>Ausgehender Anruf</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_panel.py" line="218"/>
        <source>Anonymous caller</source>
        <translation>Anonymer Anrufer</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_panel.py" line="218"/>
        <source>Number withheld</source>
        <translation>Rufnummer unterdrückt</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_panel.py" line="222"/>
        <source>Unknown caller</source>
        <translation>Unbekannter Anrufer</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_panel.py" line="230"/>
        <source>Ringing</source>
        <translation>Klingelt</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_panel.py" line="232"/>
        <source>Calling…</source>
        <translation>Wähle…</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_panel.py" line="234"/>
        <source>Ringing at the other end…</source>
        <translation>Klingelt beim Angerufenen…</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_panel.py" line="236"/>
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_panel.py" line="239"/>
        <source>Transferring…</source>
        <translation>Übergabe…</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_panel.py" line="241"/>
        <source>On hold</source>
        <translation>Gehalten</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_panel.py" line="243"/>
        <source>Held by the caller</source>
        <translation>Vom Anrufer gehalten</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_panel.py" line="244"/>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_panel.py" line="249"/>
        <source>Transferred</source>
        <translation>Übergeben</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_panel.py" line="251"/>
        <source>Call failed: {0}</source>
        <translation>Anruf fehlgeschlagen: {0}</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_panel.py" line="256"/>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_panel.py" line="258"/>
        <source>Missed call</source>
        <translation>Verpasster Anruf</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_panel.py" line="259"/>
        <source>Call ended</source>
        <translation>Anruf beendet</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_panel.py" line="264"/>
        <source>Your microphone is muted</source>
        <translation>Ihr Mikrofon ist stumm</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_panel.py" line="266"/>
        <source>Codec {0}</source>
        <translation>Codec {0}</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_panel.py" line="268"/>
        <source>Transfer failed: {0}</source>
        <translation>Übergabe fehlgeschlagen: {0}</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_panel.py" line="274"/>
        <source>Call state: {0}</source>
        <translation>Anrufstatus: {0}</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_panel.py" line="284"/>
        <source>☎ Another call is ringing: {0}</source>
        <translation>☎ Ein weiterer Anruf klingelt: {0}</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_panel.py" line="286"/>
        <source>Another call is ringing: {0}</source>
        <translation>Ein weiterer Anruf klingelt: {0}</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_panel.py" line="331"/>
        <source>Auto-answer in {0} s</source>
        <translation>Automatische Annahme in {0} s</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_panel.py" line="333"/>
        <source>Answering automatically…</source>
        <translation>Wird automatisch angenommen…</translation>
    </message>
</context>
<context>
    <name>CreateCustomerForm</name>
    <message>
        <location filename="../../softphone/ui/card/create_form.py" line="32"/>
        <source>Customer name (required)</source>
        <translation>Name des Kunden (Pflichtfeld)</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/create_form.py" line="37"/>
        <source>Language the customer speaks</source>
        <translation>Sprache des Kunden</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/create_form.py" line="38"/>
        <source>Not known</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/create_form.py" line="43"/>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/create_form.py" line="45"/>
        <source>Create the customer with this number</source>
        <translation>Kunden mit dieser Nummer anlegen</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/create_form.py" line="47"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/create_form.py" line="48"/>
        <source>Cancel creating a customer</source>
        <translation>Anlegen des Kunden abbrechen</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/create_form.py" line="50"/>
        <source>&amp;Full name:</source>
        <translation>&amp;Vollständiger Name:</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/create_form.py" line="52"/>
        <source>Lan&amp;guage:</source>
        <translation>S&amp;prache:</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/create_form.py" line="92"/>
        <source>Creating…</source>
        <translation>Wird angelegt…</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/create_form.py" line="100"/>
        <source>Could not create the customer: {0}</source>
        <translation>Der Kunde konnte nicht angelegt werden: {0}</translation>
    </message>
</context>
<context>
    <name>CriticalBar</name>
    <message>
        <location filename="../../softphone/ui/critical_bar.py" line="42"/>
        <source>Warning &amp;1: language does not help</source>
        <translation>Warnung &amp;1: Beleidigungen helfen nicht</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/critical_bar.py" line="43"/>
        <source>Warning &amp;2: call will end</source>
        <translation>Warnung &amp;2: Anruf wird beendet</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/critical_bar.py" line="56"/>
        <source>Plays the scripted warning into the call in the caller&apos;s language</source>
        <translation>Spielt die vorgegebene Warnung in der Sprache des Anrufers in den Anruf ein</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/critical_bar.py" line="62"/>
        <location filename="../../softphone/ui/critical_bar.py" line="70"/>
        <source>Critical situation</source>
        <translation>Kritische Situation</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/critical_bar.py" line="67"/>
        <location filename="../../softphone/ui/critical_bar.py" line="168"/>
        <source>⚠ &amp;Critical situation — say goodbye and hang up</source>
        <translation>⚠ &amp;Kritische Situation — verabschieden und auflegen</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/critical_bar.py" line="72"/>
        <source>Plays the farewell to the caller, hangs up and writes the note</source>
        <translation>Spielt dem Anrufer die Verabschiedung vor, legt auf und schreibt die Notiz</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/critical_bar.py" line="102"/>
        <source>End the call with the scripted farewell in the caller&apos;s language ({0})</source>
        <translation>Anruf mit der vorgegebenen Verabschiedung in der Sprache des Anrufers beenden ({0})</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/critical_bar.py" line="108"/>
        <source>Play this warning into the call ({0})</source>
        <translation>Diese Warnung in den Anruf einspielen ({0})</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/critical_bar.py" line="162"/>
        <source>⚠ Critical situation — available in {0} s</source>
        <translation>⚠ Kritische Situation — verfügbar in {0} s</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/critical_bar.py" line="166"/>
        <source>Ending the call…</source>
        <translation>Anruf wird beendet…</translation>
    </message>
</context>
<context>
    <name>CriticalPresenter</name>
    <message>
        <location filename="../../softphone/ui/critical_presenter.py" line="108"/>
        <source>The note could not be saved on this computer ({0}). The call is ended anyway.</source>
        <translation>Die Notiz konnte auf diesem Computer nicht gespeichert werden ({0}). Der Anruf wird trotzdem beendet.</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/critical_presenter.py" line="119"/>
        <source>No farewell recording was found: the call was ended without it.</source>
        <translation>Keine Aufnahme der Verabschiedung gefunden: Der Anruf wurde ohne sie beendet.</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/critical_presenter.py" line="132"/>
        <source>The note text could not be saved: {0}</source>
        <translation>Der Text der Notiz konnte nicht gespeichert werden: {0}</translation>
    </message>
</context>
<context>
    <name>CustomerCard</name>
    <message>
        <location filename="../../softphone/ui/card/formatting.py" line="47"/>
        <source>Italian</source>
        <translation>Italienisch</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/formatting.py" line="48"/>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/formatting.py" line="49"/>
        <source>Russian</source>
        <translation>Russisch</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/formatting.py" line="50"/>
        <source>Chinese</source>
        <translation>Chinesisch</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/formatting.py" line="51"/>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/formatting.py" line="52"/>
        <source>French</source>
        <translation>Französisch</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/formatting.py" line="53"/>
        <source>Spanish</source>
        <translation>Spanisch</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/formatting.py" line="67"/>
        <source>Language not known</source>
        <translation>Sprache unbekannt</translation>
    </message>
</context>
<context>
    <name>CustomerCardView</name>
    <message>
        <location filename="../../softphone/ui/card/card_view.py" line="78"/>
        <source>Phones</source>
        <translation>Telefonnummern</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/card_view.py" line="79"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/card_view.py" line="80"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/card_view.py" line="81"/>
        <source>Card notes</source>
        <translation>Notizen zur Karte</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/card_view.py" line="91"/>
        <source>Reveal &amp;data…</source>
        <translation>&amp;Daten anzeigen…</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/card_view.py" line="93"/>
        <source>Reveal the masked personal data</source>
        <translation>Die maskierten persönlichen Daten anzeigen</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/card_view.py" line="94"/>
        <source>Asks for a reason; the reveal is audited</source>
        <translation>Fragt nach einem Grund; das Anzeigen wird protokolliert</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/card_view.py" line="129"/>
        <source>(no name on file)</source>
        <translation>(kein Name hinterlegt)</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/card_view.py" line="130"/>
        <source>Customer no. {0}</source>
        <translation>Kunden-Nr. {0}</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/card_view.py" line="132"/>
        <source>Segment: {0}</source>
        <translation>Segment: {0}</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/card_view.py" line="144"/>
        <source>Speaks: {0}</source>
        <translation>Spricht: {0}</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/card_view.py" line="191"/>
        <source>★ Personal data masked (VIP / privacy)</source>
        <translation>★ Persönliche Daten maskiert (VIP / Datenschutz)</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/card_view.py" line="193"/>
        <source>★ Revealed for this call — the reveal was recorded</source>
        <translation>★ Für diesen Anruf angezeigt — das Anzeigen wurde protokolliert</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/card_view.py" line="198"/>
        <source>phone numbers</source>
        <translation>die Telefonnummern</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/card_view.py" line="199"/>
        <source>email</source>
        <translation>die E-Mail-Adresse</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/card_view.py" line="200"/>
        <source>address</source>
        <translation>die Adresse</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/card_view.py" line="201"/>
        <source>card notes</source>
        <translation>die Notizen zur Karte</translation>
    </message>
</context>
<context>
    <name>CustomerList</name>
    <message>
        <location filename="../../softphone/ui/card/customer_list.py" line="16"/>
        <source>(no name on file)</source>
        <translation>(kein Name hinterlegt)</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/customer_list.py" line="22"/>
        <source>no. {0}</source>
        <translation>Nr. {0}</translation>
    </message>
</context>
<context>
    <name>CustomerSearch</name>
    <message>
        <location filename="../../softphone/ui/card/customer_search.py" line="28"/>
        <source>Find customer by name or number</source>
        <translation>Kunden nach Name oder Nummer suchen</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/customer_search.py" line="29"/>
        <source>Name, phone or customer number</source>
        <translation>Name, Telefon oder Kundennummer</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/customer_search.py" line="31"/>
        <source>Fin&amp;d customer:</source>
        <translation>Kunden s&amp;uchen:</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/customer_search.py" line="34"/>
        <source>Matching customers</source>
        <translation>Passende Kunden</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/customer_search.py" line="41"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/customer_search.py" line="42"/>
        <source>Cancel the search</source>
        <translation>Suche abbrechen</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/customer_search.py" line="81"/>
        <source>Type at least 2 characters</source>
        <translation>Mindestens 2 Zeichen eingeben</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/customer_search.py" line="84"/>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../softphone/ui/card/customer_search.py" line="99"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/customer_search.py" line="102"/>
        <source>No customer matches “{0}”</source>
        <translation>Kein Kunde passt zu „{0}“</translation>
    </message>
</context>
<context>
    <name>CustomerSimulator</name>
    <message>
        <location filename="../../softphone/demo/customer_simulator.py" line="129"/>
        <source>The demo customer could not start ({0}).</source>
        <translation>Der Demo-Kunde konnte nicht gestartet werden ({0}).</translation>
    </message>
    <message>
        <location filename="../../softphone/demo/customer_simulator.py" line="144"/>
        <source>Customer connected.</source>
        <translation>Kunde verbunden.</translation>
    </message>
    <message>
        <location filename="../../softphone/demo/customer_simulator.py" line="148"/>
        <source>The next customer calls in {0} s.</source>
        <translation>Der nächste Kunde ruft in {0} s an.</translation>
    </message>
    <message>
        <location filename="../../softphone/demo/customer_simulator.py" line="175"/>
        <source>{0} is calling ({1}).</source>
        <translation>{0} ruft an ({1}).</translation>
    </message>
</context>
<context>
    <name>DeviceNotices</name>
    <message>
        <location filename="../../softphone/ui/device_notices.py" line="61"/>
        <source>The call continues.</source>
        <translation>Das Gespräch geht weiter.</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/device_notices.py" line="74"/>
        <source>Switch &amp;back</source>
        <translation>&amp;Zurückwechseln</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/device_notices.py" line="76"/>
        <source>Use the devices chosen in Settings › Audio devices again</source>
        <translation>Wieder die unter Einstellungen › Audiogeräte gewählten Geräte verwenden</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/device_notices.py" line="107"/>
        <source>Ringer “{0}” disconnected — calls now ring on “{1}”.</source>
        <translation>Klingelgerät „{0}“ getrennt — Anrufe klingeln jetzt auf „{1}“.</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/device_notices.py" line="111"/>
        <source>Ringer “{0}” disconnected — calls now ring on the system default.</source>
        <translation>Klingelgerät „{0}“ getrennt — Anrufe klingeln jetzt auf dem Systemstandard.</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/device_notices.py" line="115"/>
        <source>Microphone “{0}” disconnected — now using “{1}”.</source>
        <translation>Mikrofon „{0}“ getrennt — jetzt wird „{1}“ verwendet.</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/device_notices.py" line="119"/>
        <source>Microphone “{0}” disconnected — now using the system default microphone.</source>
        <translation>Mikrofon „{0}“ getrennt — jetzt wird das Standardmikrofon des Systems verwendet.</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/device_notices.py" line="122"/>
        <source>Headset “{0}” disconnected — audio moved to “{1}”.</source>
        <translation>Headset „{0}“ getrennt — der Ton wurde auf „{1}“ umgeleitet.</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/device_notices.py" line="125"/>
        <source>Headset “{0}” disconnected — audio moved to the system default.</source>
        <translation>Headset „{0}“ getrennt — der Ton wurde auf den Systemstandard umgeleitet.</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/device_notices.py" line="133"/>
        <source>Ringer “{0}” is back.</source>
        <translation>Klingelgerät „{0}“ ist wieder da.</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/device_notices.py" line="135"/>
        <source>Microphone “{0}” is back.</source>
        <translation>Mikrofon „{0}“ ist wieder da.</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/device_notices.py" line="136"/>
        <source>Headset “{0}” is back.</source>
        <translation>Headset „{0}“ ist wieder da.</translation>
    </message>
</context>
<context>
    <name>DialBar</name>
    <message>
        <location filename="../../softphone/ui/dial_bar.py" line="20"/>
        <source>&amp;Number:</source>
        <translation>&amp;Nummer:</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/dial_bar.py" line="23"/>
        <source>Number, extension or sip: address</source>
        <translation>Nummer, Durchwahl oder sip:-Adresse</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/dial_bar.py" line="24"/>
        <source>Number to call</source>
        <translation>Anzurufende Nummer</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/dial_bar.py" line="26"/>
        <source>Type a phone number, an extension or a sip: address and press Enter</source>
        <translation>Geben Sie eine Nummer, Durchwahl oder sip:-Adresse ein und drücken Sie Enter</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/dial_bar.py" line="28"/>
        <source>Digits, + * # or sip:user@host; Enter calls</source>
        <translation>Ziffern, + * # oder sip:benutzer@host; Enter ruft an</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/dial_bar.py" line="35"/>
        <source>&amp;Call</source>
        <translation>An&amp;rufen</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/dial_bar.py" line="37"/>
        <source>Call</source>
        <translation>Anrufen</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/dial_bar.py" line="38"/>
        <source>Call the number (Enter in the number field)</source>
        <translation>Nummer anrufen (Enter im Nummernfeld)</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/dial_bar.py" line="42"/>
        <source>Number field hint</source>
        <translation>Hinweis zum Nummernfeld</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/dial_bar.py" line="76"/>
        <source>Not a number or sip: address yet.</source>
        <translation>Noch keine Nummer oder sip:-Adresse.</translation>
    </message>
</context>
<context>
    <name>DialLinks</name>
    <message>
        <location filename="../../softphone/app/dial_links.py" line="38"/>
        <source>Cannot call this link: {reason}</source>
        <translation>Dieser Link kann nicht angerufen werden: {reason}</translation>
    </message>
</context>
<context>
    <name>DialTarget</name>
    <message>
        <location filename="../../softphone/ui/dial_target.py" line="41"/>
        <source>Use digits, + * # or a sip: address.</source>
        <translation>Verwenden Sie Ziffern, + * # oder eine sip:-Adresse.</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/dial_target.py" line="45"/>
        <source>No SIP domain is set: open Settings › Account.</source>
        <translation>Keine SIP-Domäne festgelegt: öffnen Sie Einstellungen › Konto.</translation>
    </message>
</context>
<context>
    <name>Dialpad</name>
    <message>
        <location filename="../../softphone/ui/dialpad.py" line="21"/>
        <source>Keypad</source>
        <translation>Tastenfeld</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/dialpad.py" line="23"/>
        <source>Sends tones into the call. Digits typed on the keyboard work too.</source>
        <translation>Sendet Töne in den Anruf. Auf der Tastatur getippte Ziffern funktionieren auch.</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/dialpad.py" line="30"/>
        <source>Star</source>
        <translation>Stern</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/dialpad.py" line="30"/>
        <source>Hash</source>
        <translation>Raute</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/dialpad.py" line="38"/>
        <source>Tone {0}</source>
        <translation>Ton {0}</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/dialpad.py" line="39"/>
        <source>Send tone {0}</source>
        <translation>Ton {0} senden</translation>
    </message>
</context>
<context>
    <name>Disposition</name>
    <message>
        <location filename="../../softphone/ui/card/dispositions.py" line="22"/>
        <source>Resolved</source>
        <translation>Gelöst</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/dispositions.py" line="23"/>
        <source>Callback needed</source>
        <translation>Rückruf nötig</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/dispositions.py" line="24"/>
        <source>Escalated</source>
        <translation>An Supervisor übergeben</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/dispositions.py" line="25"/>
        <source>Complaint</source>
        <translation>Beschwerde</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/dispositions.py" line="26"/>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/dispositions.py" line="34"/>
        <source>Insults</source>
        <translation>Beleidigungen</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/dispositions.py" line="35"/>
        <source>Shouting</source>
        <translation>Schreien</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/dispositions.py" line="36"/>
        <source>Refused to cooperate</source>
        <translation>Mitarbeit verweigert</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/dispositions.py" line="37"/>
        <source>Threats</source>
        <translation>Drohungen</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/dispositions.py" line="38"/>
        <source>Not completed</source>
        <translation>Nicht abgeschlossen</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/dispositions.py" line="39"/>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/dispositions.py" line="40"/>
        <source>Missed</source>
        <translation>Verpasst</translation>
    </message>
</context>
<context>
    <name>EngineText</name>
    <message>
        <location filename="../../softphone/ui/engine_text.py" line="15"/>
        <source>no audio devices in this pjsua2 build</source>
        <translation>keine Audiogeräte in diesem pjsua2-Build</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/engine_text.py" line="18"/>
        <source>microphone &apos;{name}&apos; not found, using the system default</source>
        <translation>Mikrofon „{name}“ nicht gefunden, das Systemgerät wird verwendet</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/engine_text.py" line="21"/>
        <source>speaker &apos;{name}&apos; not found, using the system default</source>
        <translation>Lautsprecher „{name}“ nicht gefunden, das Systemgerät wird verwendet</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/engine_text.py" line="24"/>
        <source>ringer &apos;{name}&apos; not found, ringing on the speaker</source>
        <translation>Klingelgerät „{name}“ nicht gefunden, es klingelt im Lautsprecher</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/engine_text.py" line="27"/>
        <source>no usable microphone/speaker pair; running without sound</source>
        <translation>kein nutzbares Paar aus Mikrofon und Lautsprecher; ohne Ton</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/engine_text.py" line="30"/>
        <source>cannot open the sound device ({reason}); no audio</source>
        <translation>das Audiogerät kann nicht geöffnet werden ({reason}); kein Ton</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/engine_text.py" line="33"/>
        <source>No sound device to test</source>
        <translation>Kein Audiogerät zum Testen</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/engine_text.py" line="34"/>
        <source>Not during a call</source>
        <translation>Nicht während eines Anrufs</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/engine_text.py" line="35"/>
        <source>Stopped: a call started</source>
        <translation>Beendet: ein Anruf hat begonnen</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/engine_text.py" line="38"/>
        <source>The audio test failed: {reason}</source>
        <translation>Der Audiotest ist fehlgeschlagen: {reason}</translation>
    </message>
</context>
<context>
    <name>Features</name>
    <message>
        <location filename="../../softphone/app/features.py" line="157"/>
        <source>{0} critical note(s) from an earlier session were interrupted; they are kept and will be synced.</source>
        <translation>Unterbrochene Notizen zu kritischen Situationen aus einer früheren Sitzung: {0}. Sie bleiben erhalten und werden synchronisiert.</translation>
    </message>
</context>
<context>
    <name>FlagBadge</name>
    <message>
        <location filename="../../softphone/ui/card/badges.py" line="44"/>
        <source>BANNED</source>
        <translation>GESPERRT</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/badges.py" line="45"/>
        <source>ABUSIVE BEFORE</source>
        <translation>FRÜHER AUSFALLEND</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/badges.py" line="46"/>
        <source>AT RISK</source>
        <translation>ABWANDERUNGSGEFAHR</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/badges.py" line="47"/>
        <source>ACCESSIBILITY NEEDS</source>
        <translation>BARRIEREFREIHEIT</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/badges.py" line="48"/>
        <source>NEEDS INTERPRETER</source>
        <translation>DOLMETSCHER NÖTIG</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/badges.py" line="49"/>
        <source>VIP / PRIVACY</source>
        <translation>VIP / DATENSCHUTZ</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/badges.py" line="55"/>
        <source>Banned by a supervisor: do not serve by phone.</source>
        <translation>Von einem Supervisor gesperrt: nicht telefonisch bedienen.</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/badges.py" line="58"/>
        <source>Abuse is not acceptable. Warn once; if it goes on, use Critical situation.</source>
        <translation>Beleidigungen sind nicht hinnehmbar. Einmal warnen; geht es weiter, Kritische Situation verwenden.</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/badges.py" line="62"/>
        <source>May leave us: take extra care, offer a callback.</source>
        <translation>Könnte abwandern: besonders sorgfältig sein, einen Rückruf anbieten.</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/badges.py" line="65"/>
        <source>Ask how you can help; speak slowly and clearly.</source>
        <translation>Fragen Sie, wie Sie helfen können; sprechen Sie langsam und deutlich.</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/badges.py" line="68"/>
        <source>Offer the interpreter line before going on.</source>
        <translation>Bieten Sie die Dolmetscherleitung an, bevor Sie fortfahren.</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/badges.py" line="71"/>
        <source>Personal data is masked. Reveal only with a reason: it is audited.</source>
        <translation>Persönliche Daten sind maskiert. Nur mit Grund anzeigen: Es wird protokolliert.</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/badges.py" line="89"/>
        <source>last on {0}</source>
        <translation>zuletzt am {0}</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/badges.py" line="96"/>
        <source>until {0}</source>
        <translation>bis {0}</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/badges.py" line="101"/>
        <source>no end date</source>
        <translation>unbefristet</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/badges.py" line="104"/>
        <source>set by {0}</source>
        <translation>gesetzt von {0}</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/badges.py" line="110"/>
        <source>since {0}</source>
        <translation>seit {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../softphone/ui/card/badges.py" line="137"/>
        <source>%n critical ending(s)</source>
        <translation>
            <numerusform>%n kritischer Abbruch</numerusform>
            <numerusform>%n kritische Abbrüche</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Headset</name>
    <message>
        <location filename="../../softphone/app/headset_wiring.py" line="43"/>
        <source>hidapi is not installed</source>
        <translation>hidapi ist nicht installiert</translation>
    </message>
    <message>
        <location filename="../../softphone/app/headset_wiring.py" line="44"/>
        <source>cannot list the USB devices</source>
        <translation>die USB-Geräte können nicht aufgelistet werden</translation>
    </message>
    <message>
        <location filename="../../softphone/app/headset_wiring.py" line="45"/>
        <source>in use by another program, or no permission (see the README&apos;s udev rule)</source>
        <translation>von einem anderen Programm belegt oder keine Berechtigung (siehe udev-Regel im README)</translation>
    </message>
    <message>
        <location filename="../../softphone/app/headset_wiring.py" line="48"/>
        <source>its description cannot be read</source>
        <translation>seine Beschreibung kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../../softphone/app/headset_wiring.py" line="51"/>
        <source>its description is not valid</source>
        <translation>seine Beschreibung ist ungültig</translation>
    </message>
    <message>
        <location filename="../../softphone/app/headset_wiring.py" line="54"/>
        <source>it has no call buttons</source>
        <translation>es hat keine Anruftasten</translation>
    </message>
    <message>
        <location filename="../../softphone/app/headset_wiring.py" line="55"/>
        <source>internal error (see the log)</source>
        <translation>interner Fehler (siehe Protokoll)</translation>
    </message>
    <message>
        <location filename="../../softphone/app/headset_wiring.py" line="58"/>
        <location filename="../../softphone/app/headset_wiring.py" line="60"/>
        <source>unknown problem</source>
        <translation>unbekanntes Problem</translation>
    </message>
    <message>
        <location filename="../../softphone/app/headset_wiring.py" line="67"/>
        <source>Headset: {0}</source>
        <translation>Headset: {0}</translation>
    </message>
    <message>
        <location filename="../../softphone/app/headset_wiring.py" line="69"/>
        <source>Headset buttons: no headset</source>
        <translation>Headset-Tasten: kein Headset</translation>
    </message>
    <message>
        <location filename="../../softphone/app/headset_wiring.py" line="74"/>
        <source>Headset buttons unavailable: {0}</source>
        <translation>Headset-Tasten nicht verfügbar: {0}</translation>
    </message>
    <message>
        <location filename="../../softphone/app/headset_wiring.py" line="77"/>
        <source>Headset buttons off</source>
        <translation>Headset-Tasten aus</translation>
    </message>
    <message>
        <location filename="../../softphone/app/headset_wiring.py" line="109"/>
        <source>Headset buttons</source>
        <translation>Headset-Tasten</translation>
    </message>
    <message>
        <location filename="../../softphone/app/headset_wiring.py" line="184"/>
        <source>Call buttons of the USB headset: answer, hang up, mute, hold</source>
        <translation>Anruftasten des USB-Headsets: annehmen, auflegen, stumm, halten</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../softphone/ui/card/history_model.py" line="38"/>
        <source>⚠ CRITICAL</source>
        <translation>⚠ KRITISCH</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/history_model.py" line="41"/>
        <source>↗ Call out</source>
        <translation>↗ Ausgehend</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/history_model.py" line="42"/>
        <source>↙ Call in</source>
        <translation>↙ Eingehend</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/history_model.py" line="44"/>
        <source>✎ Wrap-up</source>
        <translation>✎ Nachbearbeitung</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/history_model.py" line="46"/>
        <source>✎ Note</source>
        <translation>✎ Notiz</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/history_model.py" line="98"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/history_model.py" line="99"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/history_model.py" line="100"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/history_model.py" line="101"/>
        <source>Agent</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/history_model.py" line="102"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../../softphone/ui/card/history_view.py" line="89"/>
        <source>History — all agents, newest first</source>
        <translation>Verlauf — alle Mitarbeiter, neueste zuerst</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/history_view.py" line="100"/>
        <source>Search this customer&apos;s history</source>
        <translation>Verlauf dieses Kunden durchsuchen</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/history_view.py" line="101"/>
        <source>Words in notes, agent, outcome</source>
        <translation>Wörter in Notizen, Mitarbeiter, Ergebnis</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/history_view.py" line="103"/>
        <source>&amp;Find in history:</source>
        <translation>Im &amp;Verlauf suchen:</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/history_view.py" line="114"/>
        <source>Customer history</source>
        <translation>Kundenverlauf</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/history_view.py" line="143"/>
        <source>Selected history entry, full text</source>
        <translation>Ausgewählter Verlaufseintrag, vollständiger Text</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/history_view.py" line="148"/>
        <source>Select an entry to read its whole note</source>
        <translation>Wählen Sie einen Eintrag, um die ganze Notiz zu lesen</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/history_view.py" line="225"/>
        <source>Loading history…</source>
        <translation>Verlauf wird geladen…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../softphone/ui/card/history_view.py" line="239"/>
        <source>%n match(es) for “{0}”</source>
        <translation>
            <numerusform>%n Treffer für „{0}“</numerusform>
            <numerusform>%n Treffer für „{0}“</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../softphone/ui/card/history_view.py" line="243"/>
        <source>%n entr(y|ies)</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/history_view.py" line="245"/>
        <source>No history yet</source>
        <translation>Noch kein Verlauf</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/history_view.py" line="249"/>
        <source>History could not be loaded: {0}</source>
        <translation>Der Verlauf konnte nicht geladen werden: {0}</translation>
    </message>
</context>
<context>
    <name>LookupWorker</name>
    <message>
        <location filename="../../softphone/ui/card/lookup_worker.py" line="57"/>
        <source>unexpected error (details in the log)</source>
        <translation>unerwarteter Fehler (Details im Protokoll)</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/lookup_worker.py" line="151"/>
        <source>That customer no longer exists.</source>
        <translation>Diesen Kunden gibt es nicht mehr.</translation>
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
        <translation>Telefon-Engine</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/main_window.py" line="295"/>
        <source>Engine {0} · {1}</source>
        <translation>Engine {0} · {1}</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/main_window.py" line="300"/>
        <source>Engine stopped</source>
        <translation>Engine gestoppt</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/main_window.py" line="316"/>
        <source>The registrar refused your password. Check it in Settings › Account.</source>
        <translation>Der Registrar hat Ihr Passwort abgelehnt. Prüfen Sie es unter Einstellungen › Konto.</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/main_window.py" line="327"/>
        <source>☎ {0} — Softphone</source>
        <translation>☎ {0} — Softphone</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/main_window.py" line="348"/>
        <source>Passing the caller to your supervisor ({0})…</source>
        <translation>Anrufer wird an Ihren Supervisor übergeben ({0})…</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/main_window.py" line="353"/>
        <source>Transfer failed ({0}). The caller is still with you.</source>
        <translation>Übergabe fehlgeschlagen ({0}). Der Anrufer ist noch bei Ihnen.</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/main_window.py" line="362"/>
        <source>The saved password can&apos;t be read: {0}</source>
        <translation>Das gespeicherte Passwort kann nicht gelesen werden: {0}</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/main_window.py" line="373"/>
        <source>…and {0} more (see the log)</source>
        <translation>…und {0} weitere (siehe Protokoll)</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/main_window.py" line="375"/>
        <source>Configuration problems — the app uses defaults for these. Tell IT:</source>
        <translation>Konfigurationsprobleme – hierfür gelten die Standardwerte. Bitte an die IT melden:</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/main_window.py" line="401"/>
        <source>A call is in progress. Quit again within 5 seconds to hang up and quit.</source>
        <translation>Ein Anruf läuft. Erneut innerhalb von 5 Sekunden beenden, um aufzulegen und zu beenden.</translation>
    </message>
</context>
<context>
    <name>MatchChooser</name>
    <message>
        <location filename="../../softphone/ui/card/chooser.py" line="31"/>
        <source>Wh&amp;ich of them is calling? Ask, then pick:</source>
        <translation>&amp;Wer von ihnen ruft an? Fragen, dann auswählen:</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/chooser.py" line="33"/>
        <source>Customers sharing this number</source>
        <translation>Kunden mit dieser Nummer</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/chooser.py" line="36"/>
        <source>Show this customer</source>
        <translation>Diesen Kunden anzeigen</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/chooser.py" line="38"/>
        <source>Show the selected customer&apos;s card</source>
        <translation>Karte des ausgewählten Kunden anzeigen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../softphone/ui/card/chooser.py" line="54"/>
        <source>%n customers share this number</source>
        <translation>
            <numerusform>%n Kunde hat diese Nummer</numerusform>
            <numerusform>%n Kunden haben diese Nummer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Message</name>
    <message>
        <location filename="../../softphone/ui/message_bar.py" line="62"/>
        <source>Dismiss message</source>
        <translation>Meldung schließen</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/message_bar.py" line="63"/>
        <source>Dismiss this message</source>
        <translation>Diese Meldung schließen</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/message_bar.py" line="73"/>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/message_bar.py" line="74"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/message_bar.py" line="75"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <location filename="../../softphone/ui/note_editor.py" line="33"/>
        <source>Critical situation — describe what happened</source>
        <translation>Kritische Situation — beschreiben Sie, was passiert ist</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/note_editor.py" line="38"/>
        <source>Persistent &amp;insults</source>
        <translation>Wiederholte &amp;Beleidigungen</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/note_editor.py" line="39"/>
        <source>&amp;Shouting</source>
        <translation>&amp;Schreien</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/note_editor.py" line="40"/>
        <source>&amp;Refuses to cooperate, ignores facts</source>
        <translation>&amp;Verweigert die Mitarbeit, ignoriert Fakten</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/note_editor.py" line="41"/>
        <source>&amp;Threats of violence</source>
        <translation>&amp;Gewaltandrohung</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/note_editor.py" line="42"/>
        <source>&amp;Other</source>
        <translation>&amp;Anderes</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/note_editor.py" line="56"/>
        <source>What happened</source>
        <translation>Was passiert ist</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/note_editor.py" line="57"/>
        <source>What did the caller say or do? Facts, not feelings.</source>
        <translation>Was hat der Anrufer gesagt oder getan? Fakten, keine Gefühle.</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/note_editor.py" line="65"/>
        <source>Don&apos;t &amp;know</source>
        <translation>&amp;Weiß nicht</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/note_editor.py" line="66"/>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/note_editor.py" line="67"/>
        <source>N&amp;o</source>
        <translation>&amp;Nein</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/note_editor.py" line="71"/>
        <source>Medical or disability condition: {0}</source>
        <translation>Krankheit oder Behinderung: {0}</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/note_editor.py" line="78"/>
        <source>Could this be a medical or disability condition (e.g. Tourette&apos;s)?</source>
        <translation>Könnte eine Krankheit oder Behinderung dahinterstecken (z. B. Tourette-Syndrom)?</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/note_editor.py" line="82"/>
        <source>Sa&amp;ve note</source>
        <translation>Notiz s&amp;peichern</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/note_editor.py" line="83"/>
        <source>Save note</source>
        <translation>Notiz speichern</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/note_editor.py" line="86"/>
        <source>&amp;Later</source>
        <translation>Spä&amp;ter</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/note_editor.py" line="87"/>
        <source>Close the editor, keep the note as is</source>
        <translation>Editor schließen, Notiz so belassen</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/note_editor.py" line="91"/>
        <source>Reason:</source>
        <translation>Grund:</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/note_editor.py" line="92"/>
        <source>Note:</source>
        <translation>Notiz:</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/note_editor.py" line="112"/>
        <source>Critical situation with {0} — what happened?</source>
        <translation>Kritische Situation mit {0} — was ist passiert?</translation>
    </message>
</context>
<context>
    <name>OptionField</name>
    <message>
        <location filename="../../softphone/ui/option_fields.py" line="26"/>
        <source>Set by your IT department</source>
        <translation>Von Ihrer IT-Abteilung festgelegt</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/option_fields.py" line="57"/>
        <source>{0} (locked)</source>
        <translation>{0} (gesperrt)</translation>
    </message>
</context>
<context>
    <name>RecoveryBanner</name>
    <message>
        <location filename="../../softphone/ui/recovery.py" line="26"/>
        <source>Recovery time</source>
        <translation>Erholungspause</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/recovery.py" line="27"/>
        <source>I&apos;m &amp;ready</source>
        <translation>Ich bin &amp;bereit</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/recovery.py" line="28"/>
        <source>End recovery time now and take calls</source>
        <translation>Erholungspause jetzt beenden und Anrufe annehmen</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/recovery.py" line="29"/>
        <source>End the recovery time now and take calls again</source>
        <translation>Die Erholungspause jetzt beenden und wieder Anrufe annehmen</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/recovery.py" line="71"/>
        <source>Not ready — recovery time. New calls get &apos;busy&apos; for {0}:{1:02d}. Take a breath.</source>
        <translation>Nicht bereit — Erholungspause. Neue Anrufe hören noch {0}:{1:02d} lang &apos;besetzt&apos;. Atmen Sie durch.</translation>
    </message>
</context>
<context>
    <name>RegistrationStatus</name>
    <message>
        <location filename="../../softphone/ui/registration_status.py" line="41"/>
        <source>Registration state symbol</source>
        <translation>Symbol für Registrierungsstatus</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/registration_status.py" line="91"/>
        <source>Registered as {0}</source>
        <translation>Registriert als {0}</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/registration_status.py" line="91"/>
        <source>Registered</source>
        <translation>Registriert</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/registration_status.py" line="93"/>
        <source>Registering as {0}…</source>
        <translation>Registriere als {0}…</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/registration_status.py" line="93"/>
        <source>Registering…</source>
        <translation>Registriere…</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/registration_status.py" line="96"/>
        <source>Registrar unreachable</source>
        <translation>Registrar nicht erreichbar</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/registration_status.py" line="98"/>
        <source>Registration failed ({0})</source>
        <translation>Registrierung fehlgeschlagen ({0})</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/registration_status.py" line="101"/>
        <source>{0} — will retry</source>
        <translation>{0} — neuer Versuch folgt</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/registration_status.py" line="103"/>
        <source>{0} — retrying now…</source>
        <translation>{0} — neuer Versuch läuft…</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/registration_status.py" line="104"/>
        <source>{0} — retrying in {1} s</source>
        <translation>{0} — neuer Versuch in {1} s</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/registration_status.py" line="106"/>
        <source>Authentication failed — check your password</source>
        <translation>Authentifizierung fehlgeschlagen — prüfen Sie Ihr Passwort</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/registration_status.py" line="109"/>
        <source>Registration refused{0} — check the account settings</source>
        <translation>Registrierung abgelehnt{0} — prüfen Sie die Kontoeinstellungen</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/registration_status.py" line="111"/>
        <source>Direct mode (no registrar)</source>
        <translation>Direktmodus (ohne Registrar)</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/registration_status.py" line="113"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/registration_status.py" line="114"/>
        <source>Not configured — Settings › Account</source>
        <translation>Nicht eingerichtet — Einstellungen › Konto</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/registration_status.py" line="122"/>
        <source>Registration: {0}</source>
        <translation>Registrierung: {0}</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/registration_status.py" line="123"/>
        <source>Registration state. Click to open the account settings.</source>
        <translation>Registrierungsstatus. Klicken, um die Kontoeinstellungen zu öffnen.</translation>
    </message>
</context>
<context>
    <name>RevealPrompt</name>
    <message>
        <location filename="../../softphone/ui/card/reveal.py" line="32"/>
        <source>Reason for revealing personal data (required)</source>
        <translation>Grund für das Anzeigen persönlicher Daten (Pflichtfeld)</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/reveal.py" line="33"/>
        <source>e.g. caller asks to update their address</source>
        <translation>z. B. Anrufer möchte seine Adresse ändern</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/reveal.py" line="36"/>
        <source>Reason (re&amp;quired):</source>
        <translation>&amp;Grund (Pflichtfeld):</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/reveal.py" line="40"/>
        <source>Reveal</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/reveal.py" line="42"/>
        <source>Reveal now and record the reason</source>
        <translation>Jetzt anzeigen und den Grund protokollieren</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/reveal.py" line="44"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/reveal.py" line="45"/>
        <source>Cancel: keep the data masked</source>
        <translation>Abbrechen: Daten bleiben maskiert</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/reveal.py" line="68"/>
        <source>Reveal {0}? Your name, the time and your reason are recorded for the privacy audit.</source>
        <translation>{0} anzeigen? Ihr Name, die Uhrzeit und Ihr Grund werden für die Datenschutzprüfung protokolliert.</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/reveal.py" line="86"/>
        <source>Recording…</source>
        <translation>Wird protokolliert…</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/reveal.py" line="93"/>
        <source>Could not record the reveal, so the data stays masked: {0}</source>
        <translation>Das Anzeigen konnte nicht protokolliert werden, daher bleiben die Daten maskiert: {0}</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/reveal.py" line="107"/>
        <source>A reason of at least 4 characters is required</source>
        <translation>Ein Grund mit mindestens 4 Zeichen ist erforderlich</translation>
    </message>
</context>
<context>
    <name>ScreenPop</name>
    <message>
        <location filename="../../softphone/ui/card/screen_pop.py" line="78"/>
        <source>Caller card and history</source>
        <translation>Karte und Verlauf des Anrufers</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../softphone/ui/settings_dialog.py" line="31"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/settings_dialog.py" line="44"/>
        <source>Calls</source>
        <translation>Anrufe</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/settings_dialog.py" line="47"/>
        <source>&amp;Answer calls automatically</source>
        <translation>Anrufe &amp;automatisch annehmen</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/settings_dialog.py" line="50"/>
        <source>Auto-answer &amp;delay (s):</source>
        <translation>&amp;Verzögerung der automatischen Annahme (s):</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/settings_dialog.py" line="55"/>
        <source>&amp;Supervisor number:</source>
        <translation>&amp;Supervisor-Nummer:</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/settings_dialog.py" line="56"/>
        <source>Extension, number or sip: address</source>
        <translation>Durchwahl, Nummer oder sip:-Adresse</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/settings_dialog.py" line="61"/>
        <source>Default &amp;region:</source>
        <translation>Standard&amp;region:</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/settings_dialog.py" line="67"/>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/settings_dialog.py" line="70"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/settings_dialog.py" line="72"/>
        <source>Your &amp;name in notes:</source>
        <translation>Ihr &amp;Name in Notizen:</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/settings_dialog.py" line="73"/>
        <source>S&amp;ync server:</source>
        <translation>S&amp;ynchronisierungsserver:</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/settings_dialog.py" line="77"/>
        <source>Diagnostics</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/settings_dialog.py" line="78"/>
        <source>Write a SIP &amp;trace for IT</source>
        <translation>SIP-&amp;Trace für die IT schreiben</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/settings_dialog.py" line="121"/>
        <source>Not saved: {0}</source>
        <translation>Nicht gespeichert: {0}</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/settings_dialog.py" line="128"/>
        <source>Settings can&apos;t be saved: {0}. They apply until you quit.</source>
        <translation>Einstellungen können nicht gespeichert werden: {0}. Sie gelten bis zum Beenden.</translation>
    </message>
</context>
<context>
    <name>SettingsFlows</name>
    <message>
        <location filename="../../softphone/ui/settings_flows.py" line="80"/>
        <source>You chose other devices but have not saved them: the test uses the devices in use now. Press OK in Audio devices first to test the new ones.</source>
        <translation>Sie haben andere Geräte gewählt, aber nicht gespeichert: Der Test verwendet die aktuell genutzten Geräte. Drücken Sie zuerst OK in Audiogeräte, um die neuen zu testen.</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/settings_flows.py" line="113"/>
        <source>No sound devices: this pjsua2 build has none, so calls connect without audio. Install the softphone&apos;s own pjsua2 build for headset audio.</source>
        <translation>Keine Audiogeräte: Dieser pjsua2-Build hat keine, Anrufe werden daher ohne Ton verbunden. Installieren Sie den eigenen pjsua2-Build des Softphones für Headset-Audio.</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/settings_flows.py" line="144"/>
        <source>The new language is used from the next start.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start.</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/settings_flows.py" line="169"/>
        <source>The audio test is not available during a call.</source>
        <translation>Der Audiotest ist während eines Gesprächs nicht verfügbar.</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/settings_flows.py" line="177"/>
        <source>No sound devices were found, so there is nothing to test.</source>
        <translation>Es wurden keine Audiogeräte gefunden, daher gibt es nichts zu testen.</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/settings_flows.py" line="182"/>
        <source>The phone uses no sound device (“No sound device” in Audio devices), so there is nothing to test.</source>
        <translation>Das Telefon verwendet kein Audiogerät („Kein Audiogerät“ in Audiogeräte), daher gibt es nichts zu testen.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../softphone/ui/help_dialogs.py" line="29"/>
        <location filename="../../softphone/ui/help_dialogs.py" line="33"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/help_dialogs.py" line="34"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/help_dialogs.py" line="34"/>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/help_dialogs.py" line="47"/>
        <source>Digits, * and # typed while a call is connected send keypad tones, unless you are typing in a text field. Tab moves between controls.</source>
        <translation>Während eines Anrufs senden getippte Ziffern, * und # Töne, außer Sie tippen in ein Textfeld. Tab wechselt zwischen den Bedienelementen.</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/help_dialogs.py" line="54"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>SidePlaceholder</name>
    <message>
        <location filename="../../softphone/ui/side_panel.py" line="16"/>
        <source>Customer card</source>
        <translation>Kundenkarte</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/side_panel.py" line="30"/>
        <source>No customer card for this call.</source>
        <translation>Keine Kundenkarte für diesen Anruf.</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/side_panel.py" line="32"/>
        <source>No call

The customer&apos;s card and history appear here.</source>
        <translation>Kein Anruf

Hier erscheinen Kundenkarte und Verlauf.</translation>
    </message>
</context>
<context>
    <name>StatusView</name>
    <message>
        <location filename="../../softphone/ui/card/status_view.py" line="28"/>
        <source>Try a&amp;gain</source>
        <translation>Erneut &amp;versuchen</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/status_view.py" line="29"/>
        <source>Look the caller up again</source>
        <translation>Anrufer erneut nachschlagen</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/status_view.py" line="54"/>
        <source>No call</source>
        <translation>Kein Anruf</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/status_view.py" line="55"/>
        <source>When a call rings, the caller&apos;s card and history appear here.</source>
        <translation>Wenn ein Anruf klingelt, erscheinen hier Karte und Verlauf des Anrufers.</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/status_view.py" line="59"/>
        <source>Looking up {0}…</source>
        <translation>{0} wird nachgeschlagen…</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/status_view.py" line="63"/>
        <source>Could not look up {0}</source>
        <translation>{0} konnte nicht nachgeschlagen werden</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/status_view.py" line="64"/>
        <source>{0}. You can still answer the call as usual.</source>
        <translation>{0}. Sie können den Anruf trotzdem wie gewohnt annehmen.</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <location filename="../../softphone/app/sync_wiring.py" line="41"/>
        <source>Sync status</source>
        <translation>Synchronisierungsstatus</translation>
    </message>
    <message>
        <location filename="../../softphone/app/sync_wiring.py" line="47"/>
        <source>Sync server &amp;token…</source>
        <translation>&amp;Token für den Synchronisierungsserver…</translation>
    </message>
    <message>
        <location filename="../../softphone/app/sync_wiring.py" line="59"/>
        <source>This desk could not enrol with the sync server: {0}</source>
        <translation>Dieser Arbeitsplatz konnte sich nicht beim Synchronisierungsserver registrieren: {0}</translation>
    </message>
    <message>
        <location filename="../../softphone/app/sync_wiring.py" line="68"/>
        <source>Sync server token</source>
        <translation>Token für den Synchronisierungsserver</translation>
    </message>
    <message>
        <location filename="../../softphone/app/sync_wiring.py" line="69"/>
        <source>Agent token for {0} (from your supervisor or IT):</source>
        <translation>Mitarbeiter-Token für {0} (von Ihrem Supervisor oder der IT):</translation>
    </message>
    <message>
        <location filename="../../softphone/app/sync_wiring.py" line="88"/>
        <source>Sync token saved; connecting to the server.</source>
        <translation>Sync-Token gespeichert; Verbindung zum Server wird hergestellt.</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <location filename="../../softphone/ui/transfer_dialog.py" line="26"/>
        <source>Transfer call</source>
        <translation>Anruf übergeben</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/transfer_dialog.py" line="28"/>
        <source>Transfer {0} to:</source>
        <translation>{0} übergeben an:</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/transfer_dialog.py" line="34"/>
        <source>Transfer to</source>
        <translation>Übergeben an</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/transfer_dialog.py" line="36"/>
        <source>Number, extension or sip: address to pass the caller to</source>
        <translation>Nummer, Durchwahl oder sip:-Adresse, an die der Anrufer geht</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/transfer_dialog.py" line="38"/>
        <source>Number, extension or sip: address</source>
        <translation>Nummer, Durchwahl oder sip:-Adresse</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/transfer_dialog.py" line="43"/>
        <source>The caller is passed on at once; you leave the call.</source>
        <translation>Der Anrufer wird sofort weitergegeben; Sie verlassen den Anruf.</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/transfer_dialog.py" line="49"/>
        <source>&amp;Transfer</source>
        <translation>Ü&amp;bergeben</translation>
    </message>
</context>
<context>
    <name>UnknownCallerView</name>
    <message>
        <location filename="../../softphone/ui/card/unknown_view.py" line="50"/>
        <source>Re&amp;gister new customer…</source>
        <translation>Neuen Kunden re&amp;gistrieren…</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/unknown_view.py" line="52"/>
        <source>Create a customer with this number</source>
        <translation>Kunden mit dieser Nummer anlegen</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/unknown_view.py" line="54"/>
        <source>Link to e&amp;xisting customer…</source>
        <translation>Mit &amp;bestehendem Kunden verknüpfen…</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/unknown_view.py" line="56"/>
        <source>Link this number to an existing customer</source>
        <translation>Diese Nummer mit einem bestehenden Kunden verknüpfen</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/unknown_view.py" line="58"/>
        <source>&amp;Find customer…</source>
        <translation>Kunden s&amp;uchen…</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/unknown_view.py" line="60"/>
        <source>Find the caller&apos;s card by name</source>
        <translation>Karte des Anrufers nach Namen suchen</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/unknown_view.py" line="65"/>
        <source>Use this customer</source>
        <translation>Diesen Kunden verwenden</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/unknown_view.py" line="90"/>
        <source>Unknown caller</source>
        <translation>Unbekannter Anrufer</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/unknown_view.py" line="92"/>
        <source>No customer has this number. Ask for their details.</source>
        <translation>Kein Kunde hat diese Nummer. Fragen Sie nach den Kundendaten.</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/unknown_view.py" line="97"/>
        <source>Caller withheld their number</source>
        <translation>Anrufer hat die Rufnummer unterdrückt</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/unknown_view.py" line="100"/>
        <source>No number to look up. If the caller says who they are, find their card.</source>
        <translation>Keine Nummer zum Nachschlagen. Wenn der Anrufer sagt, wer er ist, suchen Sie seine Karte.</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/unknown_view.py" line="106"/>
        <source>Number not recognised</source>
        <translation>Nummer nicht erkannt</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/unknown_view.py" line="109"/>
        <source>This is not a phone number we can look up. Find the card by name instead.</source>
        <translation>Diese Telefonnummer lässt sich nicht nachschlagen. Suchen Sie die Karte stattdessen nach Namen.</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/unknown_view.py" line="138"/>
        <source>Link to this customer</source>
        <translation>Mit diesem Kunden verknüpfen</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/unknown_view.py" line="140"/>
        <source>Link this number to the selected customer</source>
        <translation>Diese Nummer mit dem ausgewählten Kunden verknüpfen</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/unknown_view.py" line="147"/>
        <source>Show this customer</source>
        <translation>Diesen Kunden anzeigen</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/unknown_view.py" line="148"/>
        <source>Show the selected customer&apos;s card</source>
        <translation>Karte des ausgewählten Kunden anzeigen</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/unknown_view.py" line="161"/>
        <source>Failed: {0}</source>
        <translation>Fehlgeschlagen: {0}</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <location filename="../../softphone/ui/menus.py" line="17"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/menus.py" line="17"/>
        <source>Quit Softphone</source>
        <translation>Softphone beenden</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/menus.py" line="19"/>
        <source>&amp;Account…</source>
        <translation>&amp;Konto…</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/menus.py" line="19"/>
        <source>SIP account and password</source>
        <translation>SIP-Konto und Passwort</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/menus.py" line="22"/>
        <source>A&amp;udio devices…</source>
        <translation>A&amp;udiogeräte…</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/menus.py" line="22"/>
        <source>Headset, speaker, ringer</source>
        <translation>Headset, Lautsprecher, Klingelton</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/menus.py" line="25"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/menus.py" line="25"/>
        <source>Auto-answer, supervisor, language</source>
        <translation>Automatische Annahme, Supervisor, Sprache</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/menus.py" line="28"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/menus.py" line="28"/>
        <source>List every keyboard shortcut</source>
        <translation>Alle Tastenkürzel anzeigen</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/menus.py" line="31"/>
        <source>&amp;About Softphone</source>
        <translation>Ü&amp;ber Softphone</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/menus.py" line="31"/>
        <source>Version and purpose</source>
        <translation>Version und Zweck</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/menus.py" line="38"/>
        <source>&amp;Phone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/menus.py" line="48"/>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/menus.py" line="52"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
</context>
<context>
    <name>WrapUpPanel</name>
    <message>
        <location filename="../../softphone/ui/card/wrapup.py" line="52"/>
        <source>Disposition: {0}</source>
        <translation>Ergebnis: {0}</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/wrapup.py" line="59"/>
        <source>Wrap-up note</source>
        <translation>Notiz zur Nachbearbeitung</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/wrapup.py" line="60"/>
        <source>What was agreed, what happens next</source>
        <translation>Was vereinbart wurde, wie es weitergeht</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/wrapup.py" line="64"/>
        <source>&amp;Wrap-up note:</source>
        <translation>Notiz zur Nach&amp;bearbeitung:</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/wrapup.py" line="66"/>
        <source>Pick a disposition (Alt+1…5) to save</source>
        <translation>Wählen Sie ein Ergebnis (Alt+1…5), um zu speichern</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/wrapup.py" line="68"/>
        <source>Save wrap-&amp;up</source>
        <translation>Nachbearbeitung s&amp;peichern</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/wrapup.py" line="70"/>
        <source>Save the wrap-up</source>
        <translation>Nachbearbeitung speichern</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/wrapup.py" line="90"/>
        <location filename="../../softphone/ui/card/wrapup.py" line="103"/>
        <source>Wrap-up — {0}</source>
        <translation>Nachbearbeitung — {0}</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/wrapup.py" line="90"/>
        <source>Wrap-up</source>
        <translation>Nachbearbeitung</translation>
    </message>
</context>
</TS>
