<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../softphone/ui/help_dialogs.py" line="66"/>
        <source>About Softphone</source>
        <translation>Informazioni su Softphone</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/help_dialogs.py" line="68"/>
        <source>Softphone {0}</source>
        <translation>Softphone {0}</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/help_dialogs.py" line="73"/>
        <source>A softphone for call-centre agents: calls on your headset, the customer&apos;s card beside the call, and support when a caller becomes abusive.</source>
        <translation>Un softphone per gli operatori di call center: chiamate sulle cuffie, la scheda del cliente accanto alla chiamata e supporto quando un chiamante diventa offensivo.</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/help_dialogs.py" line="81"/>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../../softphone/ui/account_dialog.py" line="50"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/account_dialog.py" line="51"/>
        <source>SIP account settings</source>
        <translation>Impostazioni account SIP</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/account_dialog.py" line="58"/>
        <source>SIP &amp;domain:</source>
        <translation>&amp;Dominio SIP:</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/account_dialog.py" line="59"/>
        <source>&amp;Registrar:</source>
        <translation>&amp;Registrar:</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/account_dialog.py" line="60"/>
        <source>&amp;User / extension:</source>
        <translation>&amp;Utente / interno:</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/account_dialog.py" line="61"/>
        <source>&amp;Authentication user:</source>
        <translation>Utente di &amp;autenticazione:</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/account_dialog.py" line="62"/>
        <source>Display &amp;name:</source>
        <translation>&amp;Nome visualizzato:</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/account_dialog.py" line="63"/>
        <source>&amp;Transport:</source>
        <translation>&amp;Trasporto:</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/account_dialog.py" line="64"/>
        <source>Outbound &amp;proxy:</source>
        <translation>&amp;Proxy in uscita:</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/account_dialog.py" line="65"/>
        <source>Re&amp;gister with the registrar</source>
        <translation>Re&amp;gistrati presso il registrar</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/account_dialog.py" line="69"/>
        <source>Optional, e.g. sip:pbx.example.com:5060</source>
        <translation>Facoltativo, es. sip:pbx.example.com:5060</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/account_dialog.py" line="71"/>
        <source>Optional: when it differs from the user</source>
        <translation>Facoltativo: se diverso dall&apos;utente</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/account_dialog.py" line="72"/>
        <source>Optional: the name people you call see</source>
        <translation>Facoltativo: il nome che vedono le persone che chiami</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/account_dialog.py" line="73"/>
        <source>Optional, e.g. sip:proxy.example.com;lr</source>
        <translation>Facoltativo, es. sip:proxy.example.com;lr</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/account_dialog.py" line="75"/>
        <source>TLS (encrypted)</source>
        <translation>TLS (cifrato)</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/account_dialog.py" line="89"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/account_dialog.py" line="93"/>
        <source>Leave empty to keep the saved password</source>
        <translation>Lascia vuoto per mantenere la password salvata</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/account_dialog.py" line="95"/>
        <source>Your SIP password</source>
        <translation>La tua password SIP</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/account_dialog.py" line="98"/>
        <location filename="../../softphone/ui/account_dialog.py" line="100"/>
        <source>Stored in the system keychain, never in a file</source>
        <translation>Salvata nel portachiavi di sistema, mai in un file</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/account_dialog.py" line="101"/>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/account_dialog.py" line="145"/>
        <source>Enter both the SIP domain and the user, or neither.</source>
        <translation>Inserisci sia il dominio SIP sia l&apos;utente, oppure nessuno dei due.</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/account_dialog.py" line="155"/>
        <source>Not saved: {0}</source>
        <translation>Non salvato: {0}</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/account_dialog.py" line="161"/>
        <source>Settings can&apos;t be saved: {0}. They apply until you quit.</source>
        <translation>Impossibile salvare le impostazioni: {0}. Restano valide fino alla chiusura.</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/account_dialog.py" line="171"/>
        <source>Password can&apos;t be saved: {0}. It will be used for this session only.</source>
        <translation>Impossibile salvare la password: {0}. Verrà usata solo per questa sessione.</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/account_dialog.py" line="184"/>
        <source>The system keychain is not available: {0}</source>
        <translation>Il portachiavi di sistema non è disponibile: {0}</translation>
    </message>
</context>
<context>
    <name>AudioDialog</name>
    <message>
        <location filename="../../softphone/ui/audio_dialog.py" line="45"/>
        <source>Audio devices</source>
        <translation>Dispositivi audio</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/audio_dialog.py" line="50"/>
        <source>&amp;Microphone:</source>
        <translation>&amp;Microfono:</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/audio_dialog.py" line="51"/>
        <source>&amp;Headset / speaker:</source>
        <translation>&amp;Cuffie / altoparlante:</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/audio_dialog.py" line="52"/>
        <source>&amp;Ringer:</source>
        <translation>&amp;Suoneria:</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/audio_dialog.py" line="69"/>
        <source>&amp;No sound device (silent, for testing)</source>
        <translation>&amp;Nessun dispositivo audio (silenzioso, per test)</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/audio_dialog.py" line="77"/>
        <source>Also ring on the head&amp;set</source>
        <translation>Suona anche nelle cuf&amp;fie</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/audio_dialog.py" line="82"/>
        <source>&amp;Echo cancellation:</source>
        <translation>&amp;Eliminazione dell&apos;eco:</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/audio_dialog.py" line="84"/>
        <source>Automatic (by device)</source>
        <translation>Automatica (in base al dispositivo)</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/audio_dialog.py" line="85"/>
        <source>On</source>
        <translation>Attiva</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/audio_dialog.py" line="86"/>
        <source>Off</source>
        <translation>Disattiva</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/audio_dialog.py" line="90"/>
        <source>Noise s&amp;uppression</source>
        <translation>Riduzione del &amp;rumore</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/audio_dialog.py" line="104"/>
        <source>Re&amp;fresh devices</source>
        <translation>A&amp;ggiorna dispositivi</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/audio_dialog.py" line="105"/>
        <source>Refresh devices</source>
        <translation>Aggiorna dispositivi</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/audio_dialog.py" line="106"/>
        <source>Look again for plugged-in headsets</source>
        <translation>Cerca di nuovo le cuffie collegate</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/audio_dialog.py" line="109"/>
        <source>&amp;Test audio…</source>
        <translation>&amp;Test audio…</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/audio_dialog.py" line="111"/>
        <source>Test audio</source>
        <translation>Test audio</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/audio_dialog.py" line="113"/>
        <source>Play a tone or hear your own microphone through the devices in use</source>
        <translation>Riproduci un tono o ascolta il tuo microfono sui dispositivi in uso</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/audio_dialog.py" line="144"/>
        <source>System default</source>
        <translation>Predefinito di sistema</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/audio_dialog.py" line="152"/>
        <source>{0} (not connected)</source>
        <translation>{0} (non collegato)</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/audio_dialog.py" line="157"/>
        <source>The phone engine has not reported any devices yet.</source>
        <translation>Il motore telefonico non ha ancora segnalato dispositivi.</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/audio_dialog.py" line="159"/>
        <source>No sound devices were found.</source>
        <translation>Nessun dispositivo audio trovato.</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/audio_dialog.py" line="175"/>
        <source>Not saved: {0}</source>
        <translation>Non salvato: {0}</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/audio_dialog.py" line="180"/>
        <source>Settings can&apos;t be saved: {0}. They apply until you quit.</source>
        <translation>Impossibile salvare le impostazioni: {0}. Restano valide fino alla chiusura.</translation>
    </message>
</context>
<context>
    <name>AudioTestDialog</name>
    <message>
        <location filename="../../softphone/ui/audio_test_dialog.py" line="55"/>
        <source>Test audio</source>
        <translation>Test audio</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/audio_test_dialog.py" line="63"/>
        <source>Put your headset on. The tone plays in the headset; the microphone test plays back what you say so you can hear yourself.</source>
        <translation>Indossa le cuffie. Il tono viene riprodotto nelle cuffie; la prova del microfono ti fa riascoltare ciò che dici.</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/audio_test_dialog.py" line="77"/>
        <source>Play test &amp;tone</source>
        <translation>Riproduci &amp;tono di prova</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/audio_test_dialog.py" line="78"/>
        <source>Test &amp;microphone (hear yourself)</source>
        <translation>Prova il &amp;microfono (ascoltati)</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/audio_test_dialog.py" line="90"/>
        <source>A steady tone in the headset</source>
        <translation>Un tono continuo nelle cuffie</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/audio_test_dialog.py" line="92"/>
        <source>What the microphone hears is played back in the headset</source>
        <translation>Ciò che sente il microfono viene riprodotto nelle cuffie</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/audio_test_dialog.py" line="95"/>
        <source>Microphone level</source>
        <translation>Livello del microfono</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/audio_test_dialog.py" line="97"/>
        <source>Headset level</source>
        <translation>Livello delle cuffie</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/audio_test_dialog.py" line="101"/>
        <source>Microphone:</source>
        <translation>Microfono:</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/audio_test_dialog.py" line="102"/>
        <source>Headset:</source>
        <translation>Cuffie:</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/audio_test_dialog.py" line="112"/>
        <source>Audio test status</source>
        <translation>Stato del test audio</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/audio_test_dialog.py" line="128"/>
        <location filename="../../softphone/ui/audio_test_dialog.py" line="158"/>
        <source>Choose a test.</source>
        <translation>Scegli una prova.</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/audio_test_dialog.py" line="138"/>
        <source>Test stopped.</source>
        <translation>Prova interrotta.</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/audio_test_dialog.py" line="181"/>
        <source>Stopping…</source>
        <translation>Interruzione…</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/audio_test_dialog.py" line="195"/>
        <source>Playing a test tone. Click the button again to stop.</source>
        <translation>Riproduzione del tono di prova. Fai di nuovo clic sul pulsante per fermarla.</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/audio_test_dialog.py" line="196"/>
        <source>Speak: you should hear yourself. Click the button again to stop.</source>
        <translation>Parla: dovresti sentire la tua voce. Fai di nuovo clic sul pulsante per fermare.</translation>
    </message>
</context>
<context>
    <name>CallActions</name>
    <message>
        <location filename="../../softphone/ui/call_actions.py" line="65"/>
        <source>&amp;Answer</source>
        <translation>&amp;Rispondi</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_actions.py" line="65"/>
        <source>Answer the ringing call</source>
        <translation>Rispondi alla chiamata in arrivo</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_actions.py" line="69"/>
        <source>&amp;Reject (busy)</source>
        <translation>Ri&amp;fiuta (occupato)</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_actions.py" line="70"/>
        <source>Reject the ringing call: the caller hears busy</source>
        <translation>Rifiuta la chiamata: il chiamante sente occupato</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_actions.py" line="73"/>
        <source>&amp;Hang up</source>
        <translation>R&amp;iaggancia</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_actions.py" line="73"/>
        <source>End the current call</source>
        <translation>Termina la chiamata in corso</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_actions.py" line="77"/>
        <source>H&amp;old</source>
        <translation>&amp;Attesa</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_actions.py" line="77"/>
        <source>Put the current call on hold</source>
        <translation>Metti in attesa la chiamata in corso</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_actions.py" line="81"/>
        <source>&amp;Mute</source>
        <translation>&amp;Muto</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_actions.py" line="82"/>
        <source>Mute your microphone in the current call</source>
        <translation>Disattiva il microfono nella chiamata in corso</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_actions.py" line="85"/>
        <source>&amp;Keypad</source>
        <translation>Tastiera &amp;DTMF</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_actions.py" line="86"/>
        <source>Show the keypad to send tones (DTMF)</source>
        <translation>Mostra la tastiera per inviare toni (DTMF)</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_actions.py" line="89"/>
        <source>&amp;Transfer…</source>
        <translation>&amp;Trasferisci…</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_actions.py" line="90"/>
        <source>Transfer the current call to another number</source>
        <translation>Trasferisci la chiamata a un altro numero</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_actions.py" line="93"/>
        <source>&amp;Escalate to supervisor</source>
        <translation>Passa al &amp;supervisore</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_actions.py" line="94"/>
        <source>Transfer the caller to your supervisor now</source>
        <translation>Trasferisci subito il chiamante al supervisore</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_actions.py" line="97"/>
        <source>&amp;New call…</source>
        <translation>&amp;Nuova chiamata…</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_actions.py" line="98"/>
        <source>Go to the number field to place a call</source>
        <translation>Vai al campo numero per chiamare</translation>
    </message>
</context>
<context>
    <name>CallController</name>
    <message>
        <location filename="../../softphone/ui/call_controller.py" line="109"/>
        <source>The call to transfer has ended.</source>
        <translation>La chiamata da trasferire è terminata.</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_controller.py" line="114"/>
        <source>Cannot transfer: {0}</source>
        <translation>Impossibile trasferire: {0}</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_controller.py" line="128"/>
        <source>Cannot escalate: {0}</source>
        <translation>Impossibile passare al supervisore: {0}</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_controller.py" line="138"/>
        <source>Cannot call: {0}</source>
        <translation>Impossibile chiamare: {0}</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_controller.py" line="172"/>
        <source>Res&amp;ume</source>
        <translation>Ri&amp;prendi</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_controller.py" line="172"/>
        <source>H&amp;old</source>
        <translation>&amp;Attesa</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_controller.py" line="175"/>
        <source>Take the call off hold</source>
        <translation>Riprendi la chiamata in attesa</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_controller.py" line="175"/>
        <source>Put the current call on hold</source>
        <translation>Metti in attesa la chiamata in corso</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_controller.py" line="177"/>
        <source>Un&amp;mute</source>
        <translation>Riattiva &amp;microfono</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_controller.py" line="177"/>
        <source>&amp;Mute</source>
        <translation>&amp;Muto</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_controller.py" line="180"/>
        <source>Let the caller hear you again</source>
        <translation>Fatti sentire di nuovo dal chiamante</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_controller.py" line="182"/>
        <source>Mute your microphone in the current call</source>
        <translation>Disattiva il microfono nella chiamata in corso</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_controller.py" line="189"/>
        <source>Answer the waiting call; the current call goes on hold</source>
        <translation>Rispondi alla chiamata in attesa; quella in corso va in attesa</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_controller.py" line="191"/>
        <source>Answer the ringing call</source>
        <translation>Rispondi alla chiamata in arrivo</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_controller.py" line="202"/>
        <source>Not available: no supervisor number is set. Add it in Settings › Preferences, or ask your IT department.</source>
        <translation>Non disponibile: nessun numero del supervisore impostato. Aggiungilo in Impostazioni › Preferenze o chiedi al reparto IT.</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_controller.py" line="208"/>
        <source>Transfer the caller to your supervisor ({0})</source>
        <translation>Trasferisci il chiamante al supervisore ({0})</translation>
    </message>
</context>
<context>
    <name>CallPanel</name>
    <message>
        <location filename="../../softphone/ui/call_panel.py" line="41"/>
        <source>Current call</source>
        <translation>Chiamata in corso</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_panel.py" line="55"/>
        <source>Answer puts the current call on hold.</source>
        <translation>Rispondere mette in attesa la chiamata in corso.</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_panel.py" line="82"/>
        <source>Call duration</source>
        <translation>Durata chiamata</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_panel.py" line="131"/>
        <source>Calls</source>
        <translation>Chiamate</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_panel.py" line="133"/>
        <source>All calls; choose one to show it in the panel</source>
        <translation>Tutte le chiamate; scegline una per mostrarla nel pannello</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_panel.py" line="139"/>
        <source>All ca&amp;lls:</source>
        <translation>Tutte le chiama&amp;te:</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_panel.py" line="193"/>
        <location filename="../../softphone/ui/call_panel.py" line="199"/>
        <source>No call</source>
        <translation>Nessuna chiamata</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_panel.py" line="195"/>
        <source>Ready</source>
        <translation>Pronto</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_panel.py" line="196"/>
        <source>Type a number above, or wait for a call.</source>
        <translation>Digita un numero sopra o attendi una chiamata.</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_panel.py" line="205"/>
        <source>Incoming call</source>
        <translation>Chiamata in arrivo</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_panel.py" line="207"/>
        <source>Outgoing call</source>
        <translation>Chiamata in uscita</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_panel.py" line="218"/>
        <source>Anonymous caller</source>
        <translation>Chiamante anonimo</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_panel.py" line="218"/>
        <source>Number withheld</source>
        <translation>Numero nascosto</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_panel.py" line="222"/>
        <source>Unknown caller</source>
        <translation>Chiamante sconosciuto</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_panel.py" line="230"/>
        <source>Ringing</source>
        <translation>Squilla</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_panel.py" line="232"/>
        <source>Calling…</source>
        <translation>Chiamata in corso…</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_panel.py" line="234"/>
        <source>Ringing at the other end…</source>
        <translation>Squilla dall&apos;altra parte…</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_panel.py" line="236"/>
        <source>Connecting…</source>
        <translation>Connessione…</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_panel.py" line="239"/>
        <source>Transferring…</source>
        <translation>Trasferimento…</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_panel.py" line="241"/>
        <source>On hold</source>
        <translation>In attesa</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_panel.py" line="243"/>
        <source>Held by the caller</source>
        <translation>Messa in attesa dal chiamante</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_panel.py" line="244"/>
        <source>Connected</source>
        <translation>Connesso</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_panel.py" line="249"/>
        <source>Transferred</source>
        <translation>Trasferita</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_panel.py" line="251"/>
        <source>Call failed: {0}</source>
        <translation>Chiamata non riuscita: {0}</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_panel.py" line="256"/>
        <source>Rejected</source>
        <translation>Rifiutata</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_panel.py" line="258"/>
        <source>Missed call</source>
        <translation>Chiamata persa</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_panel.py" line="259"/>
        <source>Call ended</source>
        <translation>Chiamata terminata</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_panel.py" line="264"/>
        <source>Your microphone is muted</source>
        <translation>Il tuo microfono è disattivato</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_panel.py" line="266"/>
        <source>Codec {0}</source>
        <translation>Codec {0}</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_panel.py" line="268"/>
        <source>Transfer failed: {0}</source>
        <translation>Trasferimento non riuscito: {0}</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_panel.py" line="274"/>
        <source>Call state: {0}</source>
        <translation>Stato chiamata: {0}</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_panel.py" line="284"/>
        <source>☎ Another call is ringing: {0}</source>
        <translation>☎ Un&apos;altra chiamata in arrivo: {0}</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_panel.py" line="286"/>
        <source>Another call is ringing: {0}</source>
        <translation>Un&apos;altra chiamata in arrivo: {0}</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_panel.py" line="331"/>
        <source>Auto-answer in {0} s</source>
        <translation>Risposta automatica tra {0} s</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_panel.py" line="333"/>
        <source>Answering automatically…</source>
        <translation>Risposta automatica…</translation>
    </message>
</context>
<context>
    <name>CreateCustomerForm</name>
    <message>
        <location filename="../../softphone/ui/card/create_form.py" line="32"/>
        <source>Customer name (required)</source>
        <translation>Nome del cliente (obbligatorio)</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/create_form.py" line="37"/>
        <source>Language the customer speaks</source>
        <translation>Lingua parlata dal cliente</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/create_form.py" line="38"/>
        <source>Not known</source>
        <translation>Non nota</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/create_form.py" line="43"/>
        <source>Create</source>
        <translation>Crea</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/create_form.py" line="45"/>
        <source>Create the customer with this number</source>
        <translation>Crea il cliente con questo numero</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/create_form.py" line="47"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/create_form.py" line="48"/>
        <source>Cancel creating a customer</source>
        <translation>Annulla la creazione del cliente</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/create_form.py" line="50"/>
        <source>&amp;Full name:</source>
        <translation>N&amp;ome completo:</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/create_form.py" line="52"/>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Lingua:</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/create_form.py" line="92"/>
        <source>Creating…</source>
        <translation>Creazione…</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/create_form.py" line="100"/>
        <source>Could not create the customer: {0}</source>
        <translation>Impossibile creare il cliente: {0}</translation>
    </message>
</context>
<context>
    <name>CriticalBar</name>
    <message>
        <location filename="../../softphone/ui/critical_bar.py" line="42"/>
        <source>Warning &amp;1: language does not help</source>
        <translation>Avviso &amp;1: gli insulti non aiutano</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/critical_bar.py" line="43"/>
        <source>Warning &amp;2: call will end</source>
        <translation>Avviso &amp;2: la chiamata verrà chiusa</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/critical_bar.py" line="56"/>
        <source>Plays the scripted warning into the call in the caller&apos;s language</source>
        <translation>Riproduce nella chiamata l&apos;avviso previsto dallo script, nella lingua del chiamante</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/critical_bar.py" line="62"/>
        <location filename="../../softphone/ui/critical_bar.py" line="70"/>
        <source>Critical situation</source>
        <translation>Situazione critica</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/critical_bar.py" line="67"/>
        <location filename="../../softphone/ui/critical_bar.py" line="168"/>
        <source>⚠ &amp;Critical situation — say goodbye and hang up</source>
        <translation>⚠ Sit&amp;uazione critica — saluta e riaggancia</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/critical_bar.py" line="72"/>
        <source>Plays the farewell to the caller, hangs up and writes the note</source>
        <translation>Riproduce il congedo al chiamante, riaggancia e scrive la nota</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/critical_bar.py" line="102"/>
        <source>End the call with the scripted farewell in the caller&apos;s language ({0})</source>
        <translation>Termina la chiamata con il congedo previsto dallo script nella lingua del chiamante ({0})</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/critical_bar.py" line="108"/>
        <source>Play this warning into the call ({0})</source>
        <translation>Riproduci questo avviso nella chiamata ({0})</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/critical_bar.py" line="162"/>
        <source>⚠ Critical situation — available in {0} s</source>
        <translation>⚠ Situazione critica — disponibile tra {0} s</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/critical_bar.py" line="166"/>
        <source>Ending the call…</source>
        <translation>Chiusura della chiamata…</translation>
    </message>
</context>
<context>
    <name>CriticalPresenter</name>
    <message>
        <location filename="../../softphone/ui/critical_presenter.py" line="108"/>
        <source>The note could not be saved on this computer ({0}). The call is ended anyway.</source>
        <translation>Impossibile salvare la nota su questo computer ({0}). La chiamata viene comunque terminata.</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/critical_presenter.py" line="119"/>
        <source>No farewell recording was found: the call was ended without it.</source>
        <translation>Nessuna registrazione del congedo trovata: la chiamata è stata terminata senza.</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/critical_presenter.py" line="132"/>
        <source>The note text could not be saved: {0}</source>
        <translation>Impossibile salvare il testo della nota: {0}</translation>
    </message>
</context>
<context>
    <name>CustomerCard</name>
    <message>
        <location filename="../../softphone/ui/card/formatting.py" line="47"/>
        <source>Italian</source>
        <translation>Italiano</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/formatting.py" line="48"/>
        <source>German</source>
        <translation>Tedesco</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/formatting.py" line="49"/>
        <source>Russian</source>
        <translation>Russo</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/formatting.py" line="50"/>
        <source>Chinese</source>
        <translation>Cinese</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/formatting.py" line="51"/>
        <source>English</source>
        <translation>Inglese</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/formatting.py" line="52"/>
        <source>French</source>
        <translation>Francese</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/formatting.py" line="53"/>
        <source>Spanish</source>
        <translation>Spagnolo</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/formatting.py" line="67"/>
        <source>Language not known</source>
        <translation>Lingua non nota</translation>
    </message>
</context>
<context>
    <name>CustomerCardView</name>
    <message>
        <location filename="../../softphone/ui/card/card_view.py" line="78"/>
        <source>Phones</source>
        <translation>Telefoni</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/card_view.py" line="79"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/card_view.py" line="80"/>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/card_view.py" line="81"/>
        <source>Card notes</source>
        <translation>Note della scheda</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/card_view.py" line="91"/>
        <source>Reveal &amp;data…</source>
        <translation>M&amp;ostra dati…</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/card_view.py" line="93"/>
        <source>Reveal the masked personal data</source>
        <translation>Mostra i dati personali mascherati</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/card_view.py" line="94"/>
        <source>Asks for a reason; the reveal is audited</source>
        <translation>Chiede un motivo; la visualizzazione viene registrata per l&apos;audit</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/card_view.py" line="129"/>
        <source>(no name on file)</source>
        <translation>(nessun nome registrato)</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/card_view.py" line="130"/>
        <source>Customer no. {0}</source>
        <translation>Cliente n. {0}</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/card_view.py" line="132"/>
        <source>Segment: {0}</source>
        <translation>Segmento: {0}</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/card_view.py" line="144"/>
        <source>Speaks: {0}</source>
        <translation>Parla: {0}</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/card_view.py" line="191"/>
        <source>★ Personal data masked (VIP / privacy)</source>
        <translation>★ Dati personali mascherati (VIP / riservatezza)</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/card_view.py" line="193"/>
        <source>★ Revealed for this call — the reveal was recorded</source>
        <translation>★ Mostrati per questa chiamata — la visualizzazione è stata registrata</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/card_view.py" line="198"/>
        <source>phone numbers</source>
        <translation>i numeri di telefono</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/card_view.py" line="199"/>
        <source>email</source>
        <translation>l&apos;e-mail</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/card_view.py" line="200"/>
        <source>address</source>
        <translation>l&apos;indirizzo</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/card_view.py" line="201"/>
        <source>card notes</source>
        <translation>le note della scheda</translation>
    </message>
</context>
<context>
    <name>CustomerList</name>
    <message>
        <location filename="../../softphone/ui/card/customer_list.py" line="16"/>
        <source>(no name on file)</source>
        <translation>(nessun nome registrato)</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/customer_list.py" line="22"/>
        <source>no. {0}</source>
        <translation>n. {0}</translation>
    </message>
</context>
<context>
    <name>CustomerSearch</name>
    <message>
        <location filename="../../softphone/ui/card/customer_search.py" line="28"/>
        <source>Find customer by name or number</source>
        <translation>Cerca il cliente per nome o numero</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/customer_search.py" line="29"/>
        <source>Name, phone or customer number</source>
        <translation>Nome, telefono o numero cliente</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/customer_search.py" line="31"/>
        <source>Fin&amp;d customer:</source>
        <translation>Cerca c&amp;liente:</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/customer_search.py" line="34"/>
        <source>Matching customers</source>
        <translation>Clienti trovati</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/customer_search.py" line="41"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/customer_search.py" line="42"/>
        <source>Cancel the search</source>
        <translation>Annulla la ricerca</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/customer_search.py" line="81"/>
        <source>Type at least 2 characters</source>
        <translation>Digita almeno 2 caratteri</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/customer_search.py" line="84"/>
        <source>Searching…</source>
        <translation>Ricerca…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../softphone/ui/card/customer_search.py" line="99"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n risultato</numerusform>
            <numerusform>%n risultati</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/customer_search.py" line="102"/>
        <source>No customer matches “{0}”</source>
        <translation>Nessun cliente corrisponde a “{0}”</translation>
    </message>
</context>
<context>
    <name>CustomerSimulator</name>
    <message>
        <location filename="../../softphone/demo/customer_simulator.py" line="129"/>
        <source>The demo customer could not start ({0}).</source>
        <translation>Impossibile avviare il cliente demo ({0}).</translation>
    </message>
    <message>
        <location filename="../../softphone/demo/customer_simulator.py" line="144"/>
        <source>Customer connected.</source>
        <translation>Cliente collegato.</translation>
    </message>
    <message>
        <location filename="../../softphone/demo/customer_simulator.py" line="148"/>
        <source>The next customer calls in {0} s.</source>
        <translation>Il prossimo cliente chiama tra {0} s.</translation>
    </message>
    <message>
        <location filename="../../softphone/demo/customer_simulator.py" line="175"/>
        <source>{0} is calling ({1}).</source>
        <translation>{0} sta chiamando ({1}).</translation>
    </message>
</context>
<context>
    <name>DeviceNotices</name>
    <message>
        <location filename="../../softphone/ui/device_notices.py" line="61"/>
        <source>The call continues.</source>
        <translation>La chiamata continua.</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/device_notices.py" line="74"/>
        <source>Switch &amp;back</source>
        <translation>Usa di nuo&amp;vo</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/device_notices.py" line="76"/>
        <source>Use the devices chosen in Settings › Audio devices again</source>
        <translation>Usa di nuovo i dispositivi scelti in Impostazioni › Dispositivi audio</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/device_notices.py" line="107"/>
        <source>Ringer “{0}” disconnected — calls now ring on “{1}”.</source>
        <translation>Suoneria “{0}” scollegata — ora le chiamate suonano su “{1}”.</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/device_notices.py" line="111"/>
        <source>Ringer “{0}” disconnected — calls now ring on the system default.</source>
        <translation>Suoneria “{0}” scollegata — ora le chiamate suonano sul dispositivo predefinito di sistema.</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/device_notices.py" line="115"/>
        <source>Microphone “{0}” disconnected — now using “{1}”.</source>
        <translation>Microfono “{0}” scollegato — ora si usa “{1}”.</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/device_notices.py" line="119"/>
        <source>Microphone “{0}” disconnected — now using the system default microphone.</source>
        <translation>Microfono “{0}” scollegato — ora si usa il microfono predefinito di sistema.</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/device_notices.py" line="122"/>
        <source>Headset “{0}” disconnected — audio moved to “{1}”.</source>
        <translation>Cuffie “{0}” scollegate — l&apos;audio è passato a “{1}”.</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/device_notices.py" line="125"/>
        <source>Headset “{0}” disconnected — audio moved to the system default.</source>
        <translation>Cuffie “{0}” scollegate — l&apos;audio è passato al dispositivo predefinito di sistema.</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/device_notices.py" line="133"/>
        <source>Ringer “{0}” is back.</source>
        <translation>La suoneria “{0}” è di nuovo disponibile.</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/device_notices.py" line="135"/>
        <source>Microphone “{0}” is back.</source>
        <translation>Il microfono “{0}” è di nuovo disponibile.</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/device_notices.py" line="136"/>
        <source>Headset “{0}” is back.</source>
        <translation>Le cuffie “{0}” sono di nuovo disponibili.</translation>
    </message>
</context>
<context>
    <name>DialBar</name>
    <message>
        <location filename="../../softphone/ui/dial_bar.py" line="20"/>
        <source>&amp;Number:</source>
        <translation>&amp;Numero:</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/dial_bar.py" line="23"/>
        <source>Number, extension or sip: address</source>
        <translation>Numero, interno o indirizzo sip:</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/dial_bar.py" line="24"/>
        <source>Number to call</source>
        <translation>Numero da chiamare</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/dial_bar.py" line="26"/>
        <source>Type a phone number, an extension or a sip: address and press Enter</source>
        <translation>Digita un numero, un interno o un indirizzo sip: e premi Invio</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/dial_bar.py" line="28"/>
        <source>Digits, + * # or sip:user@host; Enter calls</source>
        <translation>Cifre, + * # o sip:utente@host; Invio chiama</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/dial_bar.py" line="35"/>
        <source>&amp;Call</source>
        <translation>&amp;Chiama</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/dial_bar.py" line="37"/>
        <source>Call</source>
        <translation>Chiama</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/dial_bar.py" line="38"/>
        <source>Call the number (Enter in the number field)</source>
        <translation>Chiama il numero (Invio nel campo numero)</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/dial_bar.py" line="42"/>
        <source>Number field hint</source>
        <translation>Suggerimento campo numero</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/dial_bar.py" line="76"/>
        <source>Not a number or sip: address yet.</source>
        <translation>Non è ancora un numero o un indirizzo sip:.</translation>
    </message>
</context>
<context>
    <name>DialLinks</name>
    <message>
        <location filename="../../softphone/app/dial_links.py" line="38"/>
        <source>Cannot call this link: {reason}</source>
        <translation>Impossibile chiamare questo link: {reason}</translation>
    </message>
</context>
<context>
    <name>DialTarget</name>
    <message>
        <location filename="../../softphone/ui/dial_target.py" line="41"/>
        <source>Use digits, + * # or a sip: address.</source>
        <translation>Usa cifre, + * # o un indirizzo sip:.</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/dial_target.py" line="45"/>
        <source>No SIP domain is set: open Settings › Account.</source>
        <translation>Nessun dominio SIP impostato: apri Impostazioni › Account.</translation>
    </message>
</context>
<context>
    <name>Dialpad</name>
    <message>
        <location filename="../../softphone/ui/dialpad.py" line="21"/>
        <source>Keypad</source>
        <translation>Tastiera</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/dialpad.py" line="23"/>
        <source>Sends tones into the call. Digits typed on the keyboard work too.</source>
        <translation>Invia toni nella chiamata. Funzionano anche le cifre digitate sulla tastiera.</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/dialpad.py" line="30"/>
        <source>Star</source>
        <translation>Asterisco</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/dialpad.py" line="30"/>
        <source>Hash</source>
        <translation>Cancelletto</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/dialpad.py" line="38"/>
        <source>Tone {0}</source>
        <translation>Tono {0}</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/dialpad.py" line="39"/>
        <source>Send tone {0}</source>
        <translation>Invia tono {0}</translation>
    </message>
</context>
<context>
    <name>Disposition</name>
    <message>
        <location filename="../../softphone/ui/card/dispositions.py" line="22"/>
        <source>Resolved</source>
        <translation>Risolto</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/dispositions.py" line="23"/>
        <source>Callback needed</source>
        <translation>Da richiamare</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/dispositions.py" line="24"/>
        <source>Escalated</source>
        <translation>Passato al supervisore</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/dispositions.py" line="25"/>
        <source>Complaint</source>
        <translation>Reclamo</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/dispositions.py" line="26"/>
        <source>Other</source>
        <translation>Altro</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/dispositions.py" line="34"/>
        <source>Insults</source>
        <translation>Insulti</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/dispositions.py" line="35"/>
        <source>Shouting</source>
        <translation>Urla</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/dispositions.py" line="36"/>
        <source>Refused to cooperate</source>
        <translation>Rifiuto di collaborare</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/dispositions.py" line="37"/>
        <source>Threats</source>
        <translation>Minacce</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/dispositions.py" line="38"/>
        <source>Not completed</source>
        <translation>Non completata</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/dispositions.py" line="39"/>
        <source>Interrupted</source>
        <translation>Interrotta</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/dispositions.py" line="40"/>
        <source>Missed</source>
        <translation>Persa</translation>
    </message>
</context>
<context>
    <name>EngineText</name>
    <message>
        <location filename="../../softphone/ui/engine_text.py" line="15"/>
        <source>no audio devices in this pjsua2 build</source>
        <translation>nessun dispositivo audio in questa build di pjsua2</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/engine_text.py" line="18"/>
        <source>microphone &apos;{name}&apos; not found, using the system default</source>
        <translation>microfono «{name}» non trovato, si usa il dispositivo di sistema</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/engine_text.py" line="21"/>
        <source>speaker &apos;{name}&apos; not found, using the system default</source>
        <translation>altoparlante «{name}» non trovato, si usa il dispositivo di sistema</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/engine_text.py" line="24"/>
        <source>ringer &apos;{name}&apos; not found, ringing on the speaker</source>
        <translation>suoneria «{name}» non trovata, squilla sull&apos;altoparlante</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/engine_text.py" line="27"/>
        <source>no usable microphone/speaker pair; running without sound</source>
        <translation>nessuna coppia microfono/altoparlante utilizzabile; senza audio</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/engine_text.py" line="30"/>
        <source>cannot open the sound device ({reason}); no audio</source>
        <translation>impossibile aprire il dispositivo audio ({reason}); nessun audio</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/engine_text.py" line="33"/>
        <source>No sound device to test</source>
        <translation>Nessun dispositivo audio da provare</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/engine_text.py" line="34"/>
        <source>Not during a call</source>
        <translation>Non durante una chiamata</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/engine_text.py" line="35"/>
        <source>Stopped: a call started</source>
        <translation>Interrotto: è iniziata una chiamata</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/engine_text.py" line="38"/>
        <source>The audio test failed: {reason}</source>
        <translation>La prova audio non è riuscita: {reason}</translation>
    </message>
</context>
<context>
    <name>Features</name>
    <message>
        <location filename="../../softphone/app/features.py" line="157"/>
        <source>{0} critical note(s) from an earlier session were interrupted; they are kept and will be synced.</source>
        <translation>Note di situazione critica interrotte in una sessione precedente: {0}. Sono conservate e verranno sincronizzate.</translation>
    </message>
</context>
<context>
    <name>FlagBadge</name>
    <message>
        <location filename="../../softphone/ui/card/badges.py" line="44"/>
        <source>BANNED</source>
        <translation>BLOCCATO</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/badges.py" line="45"/>
        <source>ABUSIVE BEFORE</source>
        <translation>GIÀ OFFENSIVO</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/badges.py" line="46"/>
        <source>AT RISK</source>
        <translation>A RISCHIO</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/badges.py" line="47"/>
        <source>ACCESSIBILITY NEEDS</source>
        <translation>ESIGENZE DI ACCESSIBILITÀ</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/badges.py" line="48"/>
        <source>NEEDS INTERPRETER</source>
        <translation>SERVE UN INTERPRETE</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/badges.py" line="49"/>
        <source>VIP / PRIVACY</source>
        <translation>VIP / RISERVATEZZA</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/badges.py" line="55"/>
        <source>Banned by a supervisor: do not serve by phone.</source>
        <translation>Bloccato da un supervisore: non servirlo al telefono.</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/badges.py" line="58"/>
        <source>Abuse is not acceptable. Warn once; if it goes on, use Critical situation.</source>
        <translation>Gli abusi non sono accettabili. Avvisa una volta; se continua, usa Situazione critica.</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/badges.py" line="62"/>
        <source>May leave us: take extra care, offer a callback.</source>
        <translation>Potrebbe lasciarci: presta particolare attenzione, offri una richiamata.</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/badges.py" line="65"/>
        <source>Ask how you can help; speak slowly and clearly.</source>
        <translation>Chiedi come puoi aiutare; parla lentamente e chiaramente.</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/badges.py" line="68"/>
        <source>Offer the interpreter line before going on.</source>
        <translation>Offri la linea con l&apos;interprete prima di proseguire.</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/badges.py" line="71"/>
        <source>Personal data is masked. Reveal only with a reason: it is audited.</source>
        <translation>I dati personali sono mascherati. Mostrali solo con un motivo: viene registrato per l&apos;audit.</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/badges.py" line="89"/>
        <source>last on {0}</source>
        <translation>l&apos;ultima il {0}</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/badges.py" line="96"/>
        <source>until {0}</source>
        <translation>fino al {0}</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/badges.py" line="101"/>
        <source>no end date</source>
        <translation>senza scadenza</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/badges.py" line="104"/>
        <source>set by {0}</source>
        <translation>impostato da {0}</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/badges.py" line="110"/>
        <source>since {0}</source>
        <translation>dal {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../softphone/ui/card/badges.py" line="137"/>
        <source>%n critical ending(s)</source>
        <translation>
            <numerusform>%n chiusura critica</numerusform>
            <numerusform>%n chiusure critiche</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Headset</name>
    <message>
        <location filename="../../softphone/app/headset_wiring.py" line="43"/>
        <source>hidapi is not installed</source>
        <translation>hidapi non è installato</translation>
    </message>
    <message>
        <location filename="../../softphone/app/headset_wiring.py" line="44"/>
        <source>cannot list the USB devices</source>
        <translation>impossibile elencare i dispositivi USB</translation>
    </message>
    <message>
        <location filename="../../softphone/app/headset_wiring.py" line="45"/>
        <source>in use by another program, or no permission (see the README&apos;s udev rule)</source>
        <translation>in uso da un altro programma o permessi mancanti (vedi la regola udev nel README)</translation>
    </message>
    <message>
        <location filename="../../softphone/app/headset_wiring.py" line="48"/>
        <source>its description cannot be read</source>
        <translation>impossibile leggerne la descrizione</translation>
    </message>
    <message>
        <location filename="../../softphone/app/headset_wiring.py" line="51"/>
        <source>its description is not valid</source>
        <translation>la sua descrizione non è valida</translation>
    </message>
    <message>
        <location filename="../../softphone/app/headset_wiring.py" line="54"/>
        <source>it has no call buttons</source>
        <translation>non ha tasti di chiamata</translation>
    </message>
    <message>
        <location filename="../../softphone/app/headset_wiring.py" line="55"/>
        <source>internal error (see the log)</source>
        <translation>errore interno (vedi il log)</translation>
    </message>
    <message>
        <location filename="../../softphone/app/headset_wiring.py" line="58"/>
        <location filename="../../softphone/app/headset_wiring.py" line="60"/>
        <source>unknown problem</source>
        <translation>problema sconosciuto</translation>
    </message>
    <message>
        <location filename="../../softphone/app/headset_wiring.py" line="67"/>
        <source>Headset: {0}</source>
        <translation>Cuffie: {0}</translation>
    </message>
    <message>
        <location filename="../../softphone/app/headset_wiring.py" line="69"/>
        <source>Headset buttons: no headset</source>
        <translation>Tasti delle cuffie: nessuna cuffia</translation>
    </message>
    <message>
        <location filename="../../softphone/app/headset_wiring.py" line="74"/>
        <source>Headset buttons unavailable: {0}</source>
        <translation>Tasti delle cuffie non disponibili: {0}</translation>
    </message>
    <message>
        <location filename="../../softphone/app/headset_wiring.py" line="77"/>
        <source>Headset buttons off</source>
        <translation>Tasti delle cuffie disattivati</translation>
    </message>
    <message>
        <location filename="../../softphone/app/headset_wiring.py" line="109"/>
        <source>Headset buttons</source>
        <translation>Tasti delle cuffie</translation>
    </message>
    <message>
        <location filename="../../softphone/app/headset_wiring.py" line="184"/>
        <source>Call buttons of the USB headset: answer, hang up, mute, hold</source>
        <translation>Tasti di chiamata delle cuffie USB: rispondi, riaggancia, muto, attesa</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../softphone/ui/card/history_model.py" line="38"/>
        <source>⚠ CRITICAL</source>
        <translation>⚠ CRITICA</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/history_model.py" line="41"/>
        <source>↗ Call out</source>
        <translation>↗ In uscita</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/history_model.py" line="42"/>
        <source>↙ Call in</source>
        <translation>↙ In arrivo</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/history_model.py" line="44"/>
        <source>✎ Wrap-up</source>
        <translation>✎ Chiusura</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/history_model.py" line="46"/>
        <source>✎ Note</source>
        <translation>✎ Nota</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/history_model.py" line="98"/>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/history_model.py" line="99"/>
        <source>What</source>
        <translation>Cosa</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/history_model.py" line="100"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/history_model.py" line="101"/>
        <source>Agent</source>
        <translation>Operatore</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/history_model.py" line="102"/>
        <source>Duration</source>
        <translation>Durata</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../../softphone/ui/card/history_view.py" line="89"/>
        <source>History — all agents, newest first</source>
        <translation>Storico — tutti gli operatori, dal più recente</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/history_view.py" line="100"/>
        <source>Search this customer&apos;s history</source>
        <translation>Cerca nello storico di questo cliente</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/history_view.py" line="101"/>
        <source>Words in notes, agent, outcome</source>
        <translation>Parole in note, operatore, esito</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/history_view.py" line="103"/>
        <source>&amp;Find in history:</source>
        <translation>Cerca nello st&amp;orico:</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/history_view.py" line="114"/>
        <source>Customer history</source>
        <translation>Storico del cliente</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/history_view.py" line="143"/>
        <source>Selected history entry, full text</source>
        <translation>Voce dello storico selezionata, testo completo</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/history_view.py" line="148"/>
        <source>Select an entry to read its whole note</source>
        <translation>Seleziona una voce per leggerne la nota completa</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/history_view.py" line="225"/>
        <source>Loading history…</source>
        <translation>Caricamento dello storico…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../softphone/ui/card/history_view.py" line="239"/>
        <source>%n match(es) for “{0}”</source>
        <translation>
            <numerusform>%n risultato per “{0}”</numerusform>
            <numerusform>%n risultati per “{0}”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../softphone/ui/card/history_view.py" line="243"/>
        <source>%n entr(y|ies)</source>
        <translation>
            <numerusform>%n voce</numerusform>
            <numerusform>%n voci</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/history_view.py" line="245"/>
        <source>No history yet</source>
        <translation>Ancora nessuno storico</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/history_view.py" line="249"/>
        <source>History could not be loaded: {0}</source>
        <translation>Impossibile caricare lo storico: {0}</translation>
    </message>
</context>
<context>
    <name>LookupWorker</name>
    <message>
        <location filename="../../softphone/ui/card/lookup_worker.py" line="57"/>
        <source>unexpected error (details in the log)</source>
        <translation>errore imprevisto (dettagli nel log)</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/lookup_worker.py" line="151"/>
        <source>That customer no longer exists.</source>
        <translation>Quel cliente non esiste più.</translation>
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
        <translation>Motore telefonico</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/main_window.py" line="295"/>
        <source>Engine {0} · {1}</source>
        <translation>Motore {0} · {1}</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/main_window.py" line="300"/>
        <source>Engine stopped</source>
        <translation>Motore fermo</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/main_window.py" line="316"/>
        <source>The registrar refused your password. Check it in Settings › Account.</source>
        <translation>Il registrar ha rifiutato la password. Verificala in Impostazioni › Account.</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/main_window.py" line="327"/>
        <source>☎ {0} — Softphone</source>
        <translation>☎ {0} — Softphone</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/main_window.py" line="348"/>
        <source>Passing the caller to your supervisor ({0})…</source>
        <translation>Trasferimento del chiamante al supervisore ({0})…</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/main_window.py" line="353"/>
        <source>Transfer failed ({0}). The caller is still with you.</source>
        <translation>Trasferimento non riuscito ({0}). Il chiamante è ancora in linea con te.</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/main_window.py" line="362"/>
        <source>The saved password can&apos;t be read: {0}</source>
        <translation>Impossibile leggere la password salvata: {0}</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/main_window.py" line="373"/>
        <source>…and {0} more (see the log)</source>
        <translation>…e altri {0} (vedi il log)</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/main_window.py" line="375"/>
        <source>Configuration problems — the app uses defaults for these. Tell IT:</source>
        <translation>Problemi di configurazione: per questi valori si usano i predefiniti. Avvisa l&apos;IT:</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/main_window.py" line="401"/>
        <source>A call is in progress. Quit again within 5 seconds to hang up and quit.</source>
        <translation>Una chiamata è in corso. Esci di nuovo entro 5 secondi per riagganciare e uscire.</translation>
    </message>
</context>
<context>
    <name>MatchChooser</name>
    <message>
        <location filename="../../softphone/ui/card/chooser.py" line="31"/>
        <source>Wh&amp;ich of them is calling? Ask, then pick:</source>
        <translation>&amp;Quale di loro sta chiamando? Chiedi, poi scegli:</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/chooser.py" line="33"/>
        <source>Customers sharing this number</source>
        <translation>Clienti con questo numero</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/chooser.py" line="36"/>
        <source>Show this customer</source>
        <translation>Mostra questo cliente</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/chooser.py" line="38"/>
        <source>Show the selected customer&apos;s card</source>
        <translation>Mostra la scheda del cliente selezionato</translation>
    </message>
    <message numerus="yes">
        <location filename="../../softphone/ui/card/chooser.py" line="54"/>
        <source>%n customers share this number</source>
        <translation>
            <numerusform>%n cliente ha questo numero</numerusform>
            <numerusform>%n clienti hanno questo numero</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Message</name>
    <message>
        <location filename="../../softphone/ui/message_bar.py" line="62"/>
        <source>Dismiss message</source>
        <translation>Chiudi messaggio</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/message_bar.py" line="63"/>
        <source>Dismiss this message</source>
        <translation>Chiudi questo messaggio</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/message_bar.py" line="73"/>
        <source>Information</source>
        <translation>Informazione</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/message_bar.py" line="74"/>
        <source>Warning</source>
        <translation>Avviso</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/message_bar.py" line="75"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <location filename="../../softphone/ui/note_editor.py" line="33"/>
        <source>Critical situation — describe what happened</source>
        <translation>Situazione critica — descrivi cosa è successo</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/note_editor.py" line="38"/>
        <source>Persistent &amp;insults</source>
        <translation>&amp;Insulti ripetuti</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/note_editor.py" line="39"/>
        <source>&amp;Shouting</source>
        <translation>&amp;Urla</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/note_editor.py" line="40"/>
        <source>&amp;Refuses to cooperate, ignores facts</source>
        <translation>&amp;Rifiuta di collaborare, ignora i fatti</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/note_editor.py" line="41"/>
        <source>&amp;Threats of violence</source>
        <translation>&amp;Minacce di violenza</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/note_editor.py" line="42"/>
        <source>&amp;Other</source>
        <translation>&amp;Altro</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/note_editor.py" line="56"/>
        <source>What happened</source>
        <translation>Cosa è successo</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/note_editor.py" line="57"/>
        <source>What did the caller say or do? Facts, not feelings.</source>
        <translation>Che cosa ha detto o fatto il chiamante? Fatti, non impressioni.</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/note_editor.py" line="65"/>
        <source>Don&apos;t &amp;know</source>
        <translation>&amp;Non so</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/note_editor.py" line="66"/>
        <source>&amp;Yes</source>
        <translation>&amp;Sì</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/note_editor.py" line="67"/>
        <source>N&amp;o</source>
        <translation>N&amp;o</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/note_editor.py" line="71"/>
        <source>Medical or disability condition: {0}</source>
        <translation>Condizione medica o disabilità: {0}</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/note_editor.py" line="78"/>
        <source>Could this be a medical or disability condition (e.g. Tourette&apos;s)?</source>
        <translation>Potrebbe trattarsi di una condizione medica o di una disabilità (es. sindrome di Tourette)?</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/note_editor.py" line="82"/>
        <source>Sa&amp;ve note</source>
        <translation>Sal&amp;va nota</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/note_editor.py" line="83"/>
        <source>Save note</source>
        <translation>Salva nota</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/note_editor.py" line="86"/>
        <source>&amp;Later</source>
        <translation>&amp;Più tardi</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/note_editor.py" line="87"/>
        <source>Close the editor, keep the note as is</source>
        <translation>Chiudi l&apos;editor e lascia la nota com&apos;è</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/note_editor.py" line="91"/>
        <source>Reason:</source>
        <translation>Motivo:</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/note_editor.py" line="92"/>
        <source>Note:</source>
        <translation>Nota:</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/note_editor.py" line="112"/>
        <source>Critical situation with {0} — what happened?</source>
        <translation>Situazione critica con {0} — cosa è successo?</translation>
    </message>
</context>
<context>
    <name>OptionField</name>
    <message>
        <location filename="../../softphone/ui/option_fields.py" line="26"/>
        <source>Set by your IT department</source>
        <translation>Impostato dal reparto IT</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/option_fields.py" line="57"/>
        <source>{0} (locked)</source>
        <translation>{0} (bloccato)</translation>
    </message>
</context>
<context>
    <name>RecoveryBanner</name>
    <message>
        <location filename="../../softphone/ui/recovery.py" line="26"/>
        <source>Recovery time</source>
        <translation>Pausa di recupero</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/recovery.py" line="27"/>
        <source>I&apos;m &amp;ready</source>
        <translation>&amp;Pronto</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/recovery.py" line="28"/>
        <source>End recovery time now and take calls</source>
        <translation>Termina ora la pausa di recupero e ricevi chiamate</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/recovery.py" line="29"/>
        <source>End the recovery time now and take calls again</source>
        <translation>Termina ora la pausa di recupero e torna a ricevere chiamate</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/recovery.py" line="71"/>
        <source>Not ready — recovery time. New calls get &apos;busy&apos; for {0}:{1:02d}. Take a breath.</source>
        <translation>Non disponibile — pausa di recupero. Le nuove chiamate ricevono &apos;occupato&apos; per {0}:{1:02d}. Prenditi un respiro.</translation>
    </message>
</context>
<context>
    <name>RegistrationStatus</name>
    <message>
        <location filename="../../softphone/ui/registration_status.py" line="41"/>
        <source>Registration state symbol</source>
        <translation>Simbolo stato registrazione</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/registration_status.py" line="91"/>
        <source>Registered as {0}</source>
        <translation>Registrato come {0}</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/registration_status.py" line="91"/>
        <source>Registered</source>
        <translation>Registrato</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/registration_status.py" line="93"/>
        <source>Registering as {0}…</source>
        <translation>Registrazione come {0}…</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/registration_status.py" line="93"/>
        <source>Registering…</source>
        <translation>Registrazione…</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/registration_status.py" line="96"/>
        <source>Registrar unreachable</source>
        <translation>Registrar non raggiungibile</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/registration_status.py" line="98"/>
        <source>Registration failed ({0})</source>
        <translation>Registrazione non riuscita ({0})</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/registration_status.py" line="101"/>
        <source>{0} — will retry</source>
        <translation>{0} — nuovo tentativo in seguito</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/registration_status.py" line="103"/>
        <source>{0} — retrying now…</source>
        <translation>{0} — nuovo tentativo in corso…</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/registration_status.py" line="104"/>
        <source>{0} — retrying in {1} s</source>
        <translation>{0} — nuovo tentativo tra {1} s</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/registration_status.py" line="106"/>
        <source>Authentication failed — check your password</source>
        <translation>Autenticazione non riuscita — controlla la password</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/registration_status.py" line="109"/>
        <source>Registration refused{0} — check the account settings</source>
        <translation>Registrazione rifiutata{0} — controlla le impostazioni dell&apos;account</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/registration_status.py" line="111"/>
        <source>Direct mode (no registrar)</source>
        <translation>Modalità diretta (senza registrar)</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/registration_status.py" line="113"/>
        <source>Offline</source>
        <translation>Non in linea</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/registration_status.py" line="114"/>
        <source>Not configured — Settings › Account</source>
        <translation>Non configurato — Impostazioni › Account</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/registration_status.py" line="122"/>
        <source>Registration: {0}</source>
        <translation>Registrazione: {0}</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/registration_status.py" line="123"/>
        <source>Registration state. Click to open the account settings.</source>
        <translation>Stato della registrazione. Fai clic per aprire le impostazioni dell&apos;account.</translation>
    </message>
</context>
<context>
    <name>RevealPrompt</name>
    <message>
        <location filename="../../softphone/ui/card/reveal.py" line="32"/>
        <source>Reason for revealing personal data (required)</source>
        <translation>Motivo per mostrare i dati personali (obbligatorio)</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/reveal.py" line="33"/>
        <source>e.g. caller asks to update their address</source>
        <translation>es. il chiamante chiede di aggiornare l&apos;indirizzo</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/reveal.py" line="36"/>
        <source>Reason (re&amp;quired):</source>
        <translation>Motivo (&amp;obbligatorio):</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/reveal.py" line="40"/>
        <source>Reveal</source>
        <translation>Mostra</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/reveal.py" line="42"/>
        <source>Reveal now and record the reason</source>
        <translation>Mostra ora e registra il motivo</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/reveal.py" line="44"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/reveal.py" line="45"/>
        <source>Cancel: keep the data masked</source>
        <translation>Annulla: i dati restano mascherati</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/reveal.py" line="68"/>
        <source>Reveal {0}? Your name, the time and your reason are recorded for the privacy audit.</source>
        <translation>Mostrare {0}? Il tuo nome, l&apos;ora e il motivo vengono registrati per l&apos;audit sulla privacy.</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/reveal.py" line="86"/>
        <source>Recording…</source>
        <translation>Registrazione…</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/reveal.py" line="93"/>
        <source>Could not record the reveal, so the data stays masked: {0}</source>
        <translation>Impossibile registrare la visualizzazione, quindi i dati restano mascherati: {0}</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/reveal.py" line="107"/>
        <source>A reason of at least 4 characters is required</source>
        <translation>Serve un motivo di almeno 4 caratteri</translation>
    </message>
</context>
<context>
    <name>ScreenPop</name>
    <message>
        <location filename="../../softphone/ui/card/screen_pop.py" line="78"/>
        <source>Caller card and history</source>
        <translation>Scheda e storico del chiamante</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../softphone/ui/settings_dialog.py" line="31"/>
        <source>Preferences</source>
        <translation>Preferenze</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/settings_dialog.py" line="44"/>
        <source>Calls</source>
        <translation>Chiamate</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/settings_dialog.py" line="47"/>
        <source>&amp;Answer calls automatically</source>
        <translation>&amp;Rispondi automaticamente alle chiamate</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/settings_dialog.py" line="50"/>
        <source>Auto-answer &amp;delay (s):</source>
        <translation>&amp;Ritardo risposta automatica (s):</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/settings_dialog.py" line="55"/>
        <source>&amp;Supervisor number:</source>
        <translation>Numero del &amp;supervisore:</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/settings_dialog.py" line="56"/>
        <source>Extension, number or sip: address</source>
        <translation>Interno, numero o indirizzo sip:</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/settings_dialog.py" line="61"/>
        <source>Default &amp;region:</source>
        <translation>Re&amp;gione predefinita:</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/settings_dialog.py" line="67"/>
        <source>General</source>
        <translation>Generale</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/settings_dialog.py" line="70"/>
        <source>&amp;Language:</source>
        <translation>&amp;Lingua:</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/settings_dialog.py" line="72"/>
        <source>Your &amp;name in notes:</source>
        <translation>Il tuo &amp;nome nelle note:</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/settings_dialog.py" line="73"/>
        <source>S&amp;ync server:</source>
        <translation>Server di s&amp;incronizzazione:</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/settings_dialog.py" line="77"/>
        <source>Diagnostics</source>
        <translation>Diagnostica</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/settings_dialog.py" line="78"/>
        <source>Write a SIP &amp;trace for IT</source>
        <translation>Scrivi una &amp;traccia SIP per l&apos;IT</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/settings_dialog.py" line="121"/>
        <source>Not saved: {0}</source>
        <translation>Non salvato: {0}</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/settings_dialog.py" line="128"/>
        <source>Settings can&apos;t be saved: {0}. They apply until you quit.</source>
        <translation>Impossibile salvare le impostazioni: {0}. Restano valide fino alla chiusura.</translation>
    </message>
</context>
<context>
    <name>SettingsFlows</name>
    <message>
        <location filename="../../softphone/ui/settings_flows.py" line="80"/>
        <source>You chose other devices but have not saved them: the test uses the devices in use now. Press OK in Audio devices first to test the new ones.</source>
        <translation>Hai scelto altri dispositivi ma non li hai salvati: la prova usa i dispositivi in uso ora. Premi prima OK in Dispositivi audio per provare quelli nuovi.</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/settings_flows.py" line="113"/>
        <source>No sound devices: this pjsua2 build has none, so calls connect without audio. Install the softphone&apos;s own pjsua2 build for headset audio.</source>
        <translation>Nessun dispositivo audio: questa build di pjsua2 non ne ha, quindi le chiamate si collegano senza audio. Installa la build pjsua2 del softphone per l&apos;audio della cuffia.</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/settings_flows.py" line="144"/>
        <source>The new language is used from the next start.</source>
        <translation>La nuova lingua verrà usata dal prossimo avvio.</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/settings_flows.py" line="169"/>
        <source>The audio test is not available during a call.</source>
        <translation>La prova audio non è disponibile durante una chiamata.</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/settings_flows.py" line="177"/>
        <source>No sound devices were found, so there is nothing to test.</source>
        <translation>Nessun dispositivo audio trovato, quindi non c&apos;è nulla da provare.</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/settings_flows.py" line="182"/>
        <source>The phone uses no sound device (“No sound device” in Audio devices), so there is nothing to test.</source>
        <translation>Il telefono non usa alcun dispositivo audio (“Nessun dispositivo audio” in Dispositivi audio), quindi non c&apos;è nulla da provare.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../softphone/ui/help_dialogs.py" line="29"/>
        <location filename="../../softphone/ui/help_dialogs.py" line="33"/>
        <source>Keyboard shortcuts</source>
        <translation>Scorciatoie da tastiera</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/help_dialogs.py" line="34"/>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/help_dialogs.py" line="34"/>
        <source>Keys</source>
        <translation>Tasti</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/help_dialogs.py" line="47"/>
        <source>Digits, * and # typed while a call is connected send keypad tones, unless you are typing in a text field. Tab moves between controls.</source>
        <translation>Durante una chiamata, cifre, * e # digitati inviano toni, a meno che tu non stia scrivendo in un campo di testo. Tab sposta tra i controlli.</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/help_dialogs.py" line="54"/>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
</context>
<context>
    <name>SidePlaceholder</name>
    <message>
        <location filename="../../softphone/ui/side_panel.py" line="16"/>
        <source>Customer card</source>
        <translation>Scheda cliente</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/side_panel.py" line="30"/>
        <source>No customer card for this call.</source>
        <translation>Nessuna scheda cliente per questa chiamata.</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/side_panel.py" line="32"/>
        <source>No call

The customer&apos;s card and history appear here.</source>
        <translation>Nessuna chiamata

Qui compaiono la scheda e lo storico del cliente.</translation>
    </message>
</context>
<context>
    <name>StatusView</name>
    <message>
        <location filename="../../softphone/ui/card/status_view.py" line="28"/>
        <source>Try a&amp;gain</source>
        <translation>Ripro&amp;va</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/status_view.py" line="29"/>
        <source>Look the caller up again</source>
        <translation>Cerca di nuovo il chiamante</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/status_view.py" line="54"/>
        <source>No call</source>
        <translation>Nessuna chiamata</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/status_view.py" line="55"/>
        <source>When a call rings, the caller&apos;s card and history appear here.</source>
        <translation>Quando arriva una chiamata, qui compaiono la scheda e lo storico del chiamante.</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/status_view.py" line="59"/>
        <source>Looking up {0}…</source>
        <translation>Ricerca di {0}…</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/status_view.py" line="63"/>
        <source>Could not look up {0}</source>
        <translation>Impossibile cercare {0}</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/status_view.py" line="64"/>
        <source>{0}. You can still answer the call as usual.</source>
        <translation>{0}. Puoi comunque rispondere alla chiamata come sempre.</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <location filename="../../softphone/app/sync_wiring.py" line="41"/>
        <source>Sync status</source>
        <translation>Stato della sincronizzazione</translation>
    </message>
    <message>
        <location filename="../../softphone/app/sync_wiring.py" line="47"/>
        <source>Sync server &amp;token…</source>
        <translation>&amp;Token del server di sincronizzazione…</translation>
    </message>
    <message>
        <location filename="../../softphone/app/sync_wiring.py" line="59"/>
        <source>This desk could not enrol with the sync server: {0}</source>
        <translation>Questa postazione non è riuscita a registrarsi presso il server di sincronizzazione: {0}</translation>
    </message>
    <message>
        <location filename="../../softphone/app/sync_wiring.py" line="68"/>
        <source>Sync server token</source>
        <translation>Token del server di sincronizzazione</translation>
    </message>
    <message>
        <location filename="../../softphone/app/sync_wiring.py" line="69"/>
        <source>Agent token for {0} (from your supervisor or IT):</source>
        <translation>Token operatore per {0} (dal supervisore o dall&apos;IT):</translation>
    </message>
    <message>
        <location filename="../../softphone/app/sync_wiring.py" line="88"/>
        <source>Sync token saved; connecting to the server.</source>
        <translation>Token di sincronizzazione salvato; connessione al server.</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <location filename="../../softphone/ui/transfer_dialog.py" line="26"/>
        <source>Transfer call</source>
        <translation>Trasferisci chiamata</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/transfer_dialog.py" line="28"/>
        <source>Transfer {0} to:</source>
        <translation>Trasferisci {0} a:</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/transfer_dialog.py" line="34"/>
        <source>Transfer to</source>
        <translation>Trasferisci a</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/transfer_dialog.py" line="36"/>
        <source>Number, extension or sip: address to pass the caller to</source>
        <translation>Numero, interno o indirizzo sip: a cui passare il chiamante</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/transfer_dialog.py" line="38"/>
        <source>Number, extension or sip: address</source>
        <translation>Numero, interno o indirizzo sip:</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/transfer_dialog.py" line="43"/>
        <source>The caller is passed on at once; you leave the call.</source>
        <translation>Il chiamante viene passato subito; tu esci dalla chiamata.</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/transfer_dialog.py" line="49"/>
        <source>&amp;Transfer</source>
        <translation>&amp;Trasferisci</translation>
    </message>
</context>
<context>
    <name>UnknownCallerView</name>
    <message>
        <location filename="../../softphone/ui/card/unknown_view.py" line="50"/>
        <source>Re&amp;gister new customer…</source>
        <translation>Re&amp;gistra nuovo cliente…</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/unknown_view.py" line="52"/>
        <source>Create a customer with this number</source>
        <translation>Crea un cliente con questo numero</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/unknown_view.py" line="54"/>
        <source>Link to e&amp;xisting customer…</source>
        <translation>Collega a cliente esistent&amp;e…</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/unknown_view.py" line="56"/>
        <source>Link this number to an existing customer</source>
        <translation>Collega questo numero a un cliente esistente</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/unknown_view.py" line="58"/>
        <source>&amp;Find customer…</source>
        <translation>Cerca c&amp;liente…</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/unknown_view.py" line="60"/>
        <source>Find the caller&apos;s card by name</source>
        <translation>Cerca per nome la scheda del chiamante</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/unknown_view.py" line="65"/>
        <source>Use this customer</source>
        <translation>Usa questo cliente</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/unknown_view.py" line="90"/>
        <source>Unknown caller</source>
        <translation>Chiamante sconosciuto</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/unknown_view.py" line="92"/>
        <source>No customer has this number. Ask for their details.</source>
        <translation>Nessun cliente ha questo numero. Chiedi i suoi dati.</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/unknown_view.py" line="97"/>
        <source>Caller withheld their number</source>
        <translation>Il chiamante ha nascosto il numero</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/unknown_view.py" line="100"/>
        <source>No number to look up. If the caller says who they are, find their card.</source>
        <translation>Nessun numero da cercare. Se il chiamante dice chi è, cerca la sua scheda.</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/unknown_view.py" line="106"/>
        <source>Number not recognised</source>
        <translation>Numero non riconosciuto</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/unknown_view.py" line="109"/>
        <source>This is not a phone number we can look up. Find the card by name instead.</source>
        <translation>Questo non è un numero di telefono che possiamo cercare. Cerca invece la scheda per nome.</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/unknown_view.py" line="138"/>
        <source>Link to this customer</source>
        <translation>Collega a questo cliente</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/unknown_view.py" line="140"/>
        <source>Link this number to the selected customer</source>
        <translation>Collega questo numero al cliente selezionato</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/unknown_view.py" line="147"/>
        <source>Show this customer</source>
        <translation>Mostra questo cliente</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/unknown_view.py" line="148"/>
        <source>Show the selected customer&apos;s card</source>
        <translation>Mostra la scheda del cliente selezionato</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/unknown_view.py" line="161"/>
        <source>Failed: {0}</source>
        <translation>Non riuscito: {0}</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <location filename="../../softphone/ui/menus.py" line="17"/>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/menus.py" line="17"/>
        <source>Quit Softphone</source>
        <translation>Esci da Softphone</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/menus.py" line="19"/>
        <source>&amp;Account…</source>
        <translation>&amp;Account…</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/menus.py" line="19"/>
        <source>SIP account and password</source>
        <translation>Account SIP e password</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/menus.py" line="22"/>
        <source>A&amp;udio devices…</source>
        <translation>Dispositivi a&amp;udio…</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/menus.py" line="22"/>
        <source>Headset, speaker, ringer</source>
        <translation>Cuffie, altoparlante, suoneria</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/menus.py" line="25"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferenze…</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/menus.py" line="25"/>
        <source>Auto-answer, supervisor, language</source>
        <translation>Risposta automatica, supervisore, lingua</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/menus.py" line="28"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Scorciatoie da tastiera</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/menus.py" line="28"/>
        <source>List every keyboard shortcut</source>
        <translation>Elenca tutte le scorciatoie</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/menus.py" line="31"/>
        <source>&amp;About Softphone</source>
        <translation>&amp;Informazioni su Softphone</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/menus.py" line="31"/>
        <source>Version and purpose</source>
        <translation>Versione e scopo</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/menus.py" line="38"/>
        <source>&amp;Phone</source>
        <translation>&amp;Telefono</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/menus.py" line="48"/>
        <source>&amp;Settings</source>
        <translation>&amp;Impostazioni</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/menus.py" line="52"/>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
</context>
<context>
    <name>WrapUpPanel</name>
    <message>
        <location filename="../../softphone/ui/card/wrapup.py" line="52"/>
        <source>Disposition: {0}</source>
        <translation>Esito: {0}</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/wrapup.py" line="59"/>
        <source>Wrap-up note</source>
        <translation>Nota di chiusura</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/wrapup.py" line="60"/>
        <source>What was agreed, what happens next</source>
        <translation>Cosa è stato concordato, cosa succede ora</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/wrapup.py" line="64"/>
        <source>&amp;Wrap-up note:</source>
        <translation>Nota di c&amp;hiusura:</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/wrapup.py" line="66"/>
        <source>Pick a disposition (Alt+1…5) to save</source>
        <translation>Scegli un esito (Alt+1…5) per salvare</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/wrapup.py" line="68"/>
        <source>Save wrap-&amp;up</source>
        <translation>Sal&amp;va chiusura</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/wrapup.py" line="70"/>
        <source>Save the wrap-up</source>
        <translation>Salva la chiusura</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/wrapup.py" line="90"/>
        <location filename="../../softphone/ui/card/wrapup.py" line="103"/>
        <source>Wrap-up — {0}</source>
        <translation>Chiusura — {0}</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/wrapup.py" line="90"/>
        <source>Wrap-up</source>
        <translation>Chiusura chiamata</translation>
    </message>
</context>
</TS>
