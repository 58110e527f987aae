<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../softphone/ui/help_dialogs.py" line="66"/>
        <source>About Softphone</source>
        <translation>关于 Softphone</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/help_dialogs.py" line="68"/>
        <source>Softphone {0}</source>
        <translation>Softphone {0}</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/help_dialogs.py" line="73"/>
        <source>A softphone for call-centre agents: calls on your headset, the customer&apos;s card beside the call, and support when a caller becomes abusive.</source>
        <translation>为呼叫中心坐席设计的软电话：通过耳机通话，通话旁显示客户卡片，并在来电者出言辱骂时提供支持。</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/help_dialogs.py" line="81"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../../softphone/ui/account_dialog.py" line="50"/>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/account_dialog.py" line="51"/>
        <source>SIP account settings</source>
        <translation>SIP 账户设置</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/account_dialog.py" line="58"/>
        <source>SIP &amp;domain:</source>
        <translation>SIP 域(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/account_dialog.py" line="59"/>
        <source>&amp;Registrar:</source>
        <translation>注册服务器(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/account_dialog.py" line="60"/>
        <source>&amp;User / extension:</source>
        <translation>用户/分机(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/account_dialog.py" line="61"/>
        <source>&amp;Authentication user:</source>
        <translation>认证用户(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/account_dialog.py" line="62"/>
        <source>Display &amp;name:</source>
        <translation>显示名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/account_dialog.py" line="63"/>
        <source>&amp;Transport:</source>
        <translation>传输(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/account_dialog.py" line="64"/>
        <source>Outbound &amp;proxy:</source>
        <translation>出站代理(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/account_dialog.py" line="65"/>
        <source>Re&amp;gister with the registrar</source>
        <translation>向注册服务器注册(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/account_dialog.py" line="69"/>
        <source>Optional, e.g. sip:pbx.example.com:5060</source>
        <translation>可选，例如 sip:pbx.example.com:5060</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/account_dialog.py" line="71"/>
        <source>Optional: when it differs from the user</source>
        <translation>可选：与用户不同时填写</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/account_dialog.py" line="72"/>
        <source>Optional: the name people you call see</source>
        <translation>可选：被叫方看到的名称</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/account_dialog.py" line="73"/>
        <source>Optional, e.g. sip:proxy.example.com;lr</source>
        <translation>可选，例如 sip:proxy.example.com;lr</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/account_dialog.py" line="75"/>
        <source>TLS (encrypted)</source>
        <translation>TLS（加密）</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/account_dialog.py" line="89"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/account_dialog.py" line="93"/>
        <source>Leave empty to keep the saved password</source>
        <translation>留空则保留已保存的密码</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/account_dialog.py" line="95"/>
        <source>Your SIP password</source>
        <translation>您的 SIP 密码</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/account_dialog.py" line="98"/>
        <location filename="../../softphone/ui/account_dialog.py" line="100"/>
        <source>Stored in the system keychain, never in a file</source>
        <translation>保存在系统钥匙串中，从不写入文件</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/account_dialog.py" line="101"/>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/account_dialog.py" line="145"/>
        <source>Enter both the SIP domain and the user, or neither.</source>
        <translation>请同时填写 SIP 域和用户，或都不填。</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/account_dialog.py" line="155"/>
        <source>Not saved: {0}</source>
        <translation>未保存：{0}</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/account_dialog.py" line="161"/>
        <source>Settings can&apos;t be saved: {0}. They apply until you quit.</source>
        <translation>无法保存设置：{0}。设置在退出前有效。</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/account_dialog.py" line="171"/>
        <source>Password can&apos;t be saved: {0}. It will be used for this session only.</source>
        <translation>无法保存密码：{0}。它仅用于本次会话。</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/account_dialog.py" line="184"/>
        <source>The system keychain is not available: {0}</source>
        <translation>系统钥匙串不可用：{0}</translation>
    </message>
</context>
<context>
    <name>AudioDialog</name>
    <message>
        <location filename="../../softphone/ui/audio_dialog.py" line="45"/>
        <source>Audio devices</source>
        <translation>音频设备</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/audio_dialog.py" line="50"/>
        <source>&amp;Microphone:</source>
        <translation>麦克风(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/audio_dialog.py" line="51"/>
        <source>&amp;Headset / speaker:</source>
        <translation>耳机/扬声器(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/audio_dialog.py" line="52"/>
        <source>&amp;Ringer:</source>
        <translation>铃声(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/audio_dialog.py" line="69"/>
        <source>&amp;No sound device (silent, for testing)</source>
        <translation>不使用声音设备（静音，用于测试）(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/audio_dialog.py" line="77"/>
        <source>Also ring on the head&amp;set</source>
        <translation>同时在耳机上响铃(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/audio_dialog.py" line="82"/>
        <source>&amp;Echo cancellation:</source>
        <translation>回声消除(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/audio_dialog.py" line="84"/>
        <source>Automatic (by device)</source>
        <translation>自动（按设备）</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/audio_dialog.py" line="85"/>
        <source>On</source>
        <translation>开</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/audio_dialog.py" line="86"/>
        <source>Off</source>
        <translation>关</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/audio_dialog.py" line="90"/>
        <source>Noise s&amp;uppression</source>
        <translation>降噪(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/audio_dialog.py" line="104"/>
        <source>Re&amp;fresh devices</source>
        <translation>刷新设备(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/audio_dialog.py" line="105"/>
        <source>Refresh devices</source>
        <translation>刷新设备</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/audio_dialog.py" line="106"/>
        <source>Look again for plugged-in headsets</source>
        <translation>重新查找已插入的耳机</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/audio_dialog.py" line="109"/>
        <source>&amp;Test audio…</source>
        <translation>测试音频(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/audio_dialog.py" line="111"/>
        <source>Test audio</source>
        <translation>测试音频</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/audio_dialog.py" line="113"/>
        <source>Play a tone or hear your own microphone through the devices in use</source>
        <translation>通过当前使用的设备播放提示音或收听自己的麦克风</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/audio_dialog.py" line="144"/>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/audio_dialog.py" line="152"/>
        <source>{0} (not connected)</source>
        <translation>{0}（未连接）</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/audio_dialog.py" line="157"/>
        <source>The phone engine has not reported any devices yet.</source>
        <translation>电话引擎尚未报告任何设备。</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/audio_dialog.py" line="159"/>
        <source>No sound devices were found.</source>
        <translation>未找到声音设备。</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/audio_dialog.py" line="175"/>
        <source>Not saved: {0}</source>
        <translation>未保存：{0}</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/audio_dialog.py" line="180"/>
        <source>Settings can&apos;t be saved: {0}. They apply until you quit.</source>
        <translation>无法保存设置：{0}。设置在退出前有效。</translation>
    </message>
</context>
<context>
    <name>AudioTestDialog</name>
    <message>
        <location filename="../../softphone/ui/audio_test_dialog.py" line="55"/>
        <source>Test audio</source>
        <translation>测试音频</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/audio_test_dialog.py" line="63"/>
        <source>Put your headset on. The tone plays in the headset; the microphone test plays back what you say so you can hear yourself.</source>
        <translation>请戴上耳机。提示音在耳机中播放；麦克风测试会回放您说的话，让您听到自己的声音。</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/audio_test_dialog.py" line="77"/>
        <source>Play test &amp;tone</source>
        <translation>播放测试音(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/audio_test_dialog.py" line="78"/>
        <source>Test &amp;microphone (hear yourself)</source>
        <translation>测试麦克风（听到自己）(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/audio_test_dialog.py" line="90"/>
        <source>A steady tone in the headset</source>
        <translation>耳机中的持续提示音</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/audio_test_dialog.py" line="92"/>
        <source>What the microphone hears is played back in the headset</source>
        <translation>麦克风收到的声音会在耳机中回放</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/audio_test_dialog.py" line="95"/>
        <source>Microphone level</source>
        <translation>麦克风音量</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/audio_test_dialog.py" line="97"/>
        <source>Headset level</source>
        <translation>耳机音量</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/audio_test_dialog.py" line="101"/>
        <source>Microphone:</source>
        <translation>麦克风：</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/audio_test_dialog.py" line="102"/>
        <source>Headset:</source>
        <translation>耳机：</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/audio_test_dialog.py" line="112"/>
        <source>Audio test status</source>
        <translation>音频测试状态</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/audio_test_dialog.py" line="128"/>
        <location filename="../../softphone/ui/audio_test_dialog.py" line="158"/>
        <source>Choose a test.</source>
        <translation>请选择一项测试。</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/audio_test_dialog.py" line="138"/>
        <source>Test stopped.</source>
        <translation>测试已停止。</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/audio_test_dialog.py" line="181"/>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/audio_test_dialog.py" line="195"/>
        <source>Playing a test tone. Click the button again to stop.</source>
        <translation>正在播放测试音。再次点击该按钮可停止。</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/audio_test_dialog.py" line="196"/>
        <source>Speak: you should hear yourself. Click the button again to stop.</source>
        <translation>请说话：您应该能听到自己的声音。再次点击该按钮可停止。</translation>
    </message>
</context>
<context>
    <name>CallActions</name>
    <message>
        <location filename="../../softphone/ui/call_actions.py" line="65"/>
        <source>&amp;Answer</source>
        <translation>接听(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_actions.py" line="65"/>
        <source>Answer the ringing call</source>
        <translation>接听来电</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_actions.py" line="69"/>
        <source>&amp;Reject (busy)</source>
        <translation>拒接（忙）(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_actions.py" line="70"/>
        <source>Reject the ringing call: the caller hears busy</source>
        <translation>拒接来电：对方听到忙音</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_actions.py" line="73"/>
        <source>&amp;Hang up</source>
        <translation>挂断(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_actions.py" line="73"/>
        <source>End the current call</source>
        <translation>结束当前通话</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_actions.py" line="77"/>
        <source>H&amp;old</source>
        <translation>保持(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_actions.py" line="77"/>
        <source>Put the current call on hold</source>
        <translation>保持当前通话</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_actions.py" line="81"/>
        <source>&amp;Mute</source>
        <translation>静音(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_actions.py" line="82"/>
        <source>Mute your microphone in the current call</source>
        <translation>在当前通话中将麦克风静音</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_actions.py" line="85"/>
        <source>&amp;Keypad</source>
        <translation>拨号盘(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_actions.py" line="86"/>
        <source>Show the keypad to send tones (DTMF)</source>
        <translation>显示拨号盘以发送按键音 (DTMF)</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_actions.py" line="89"/>
        <source>&amp;Transfer…</source>
        <translation>转接(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_actions.py" line="90"/>
        <source>Transfer the current call to another number</source>
        <translation>将当前通话转接到其他号码</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_actions.py" line="93"/>
        <source>&amp;Escalate to supervisor</source>
        <translation>升级给主管(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_actions.py" line="94"/>
        <source>Transfer the caller to your supervisor now</source>
        <translation>立即将来电者转接给主管</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_actions.py" line="97"/>
        <source>&amp;New call…</source>
        <translation>新呼叫(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_actions.py" line="98"/>
        <source>Go to the number field to place a call</source>
        <translation>转到号码栏以拨打电话</translation>
    </message>
</context>
<context>
    <name>CallController</name>
    <message>
        <location filename="../../softphone/ui/call_controller.py" line="109"/>
        <source>The call to transfer has ended.</source>
        <translation>要转接的通话已结束。</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_controller.py" line="114"/>
        <source>Cannot transfer: {0}</source>
        <translation>无法转接：{0}</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_controller.py" line="128"/>
        <source>Cannot escalate: {0}</source>
        <translation>无法升级：{0}</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_controller.py" line="138"/>
        <source>Cannot call: {0}</source>
        <translation>无法呼叫：{0}</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_controller.py" line="172"/>
        <source>Res&amp;ume</source>
        <translation>恢复(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_controller.py" line="172"/>
        <source>H&amp;old</source>
        <translation>保持(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_controller.py" line="175"/>
        <source>Take the call off hold</source>
        <translation>恢复保持的通话</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_controller.py" line="175"/>
        <source>Put the current call on hold</source>
        <translation>保持当前通话</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_controller.py" line="177"/>
        <source>Un&amp;mute</source>
        <translation>取消静音(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_controller.py" line="177"/>
        <source>&amp;Mute</source>
        <translation>静音(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_controller.py" line="180"/>
        <source>Let the caller hear you again</source>
        <translation>让对方重新听到您的声音</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_controller.py" line="182"/>
        <source>Mute your microphone in the current call</source>
        <translation>在当前通话中将麦克风静音</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_controller.py" line="189"/>
        <source>Answer the waiting call; the current call goes on hold</source>
        <translation>接听等待中的来电；当前通话将被保持</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_controller.py" line="191"/>
        <source>Answer the ringing call</source>
        <translation>接听来电</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_controller.py" line="202"/>
        <source>Not available: no supervisor number is set. Add it in Settings › Preferences, or ask your IT department.</source>
        <translation>不可用：未设置主管号码。请在 设置 › 首选项 中添加，或联系 IT 部门。</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_controller.py" line="208"/>
        <source>Transfer the caller to your supervisor ({0})</source>
        <translation>将来电者转接给主管（{0}）</translation>
    </message>
</context>
<context>
    <name>CallPanel</name>
    <message>
        <location filename="../../softphone/ui/call_panel.py" line="41"/>
        <source>Current call</source>
        <translation>当前通话</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_panel.py" line="55"/>
        <source>Answer puts the current call on hold.</source>
        <translation>接听会保持当前通话。</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_panel.py" line="82"/>
        <source>Call duration</source>
        <translation>通话时长</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_panel.py" line="131"/>
        <source>Calls</source>
        <translation>通话</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_panel.py" line="133"/>
        <source>All calls; choose one to show it in the panel</source>
        <translation>所有通话；选择一个在面板中显示</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_panel.py" line="139"/>
        <source>All ca&amp;lls:</source>
        <translation>所有通话(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_panel.py" line="193"/>
        <location filename="../../softphone/ui/call_panel.py" line="199"/>
        <source>No call</source>
        <translation>无通话</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_panel.py" line="195"/>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_panel.py" line="196"/>
        <source>Type a number above, or wait for a call.</source>
        <translation>在上方输入号码，或等待来电。</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_panel.py" line="205"/>
        <source>Incoming call</source>
        <translation>来电</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_panel.py" line="207"/>
        <source>Outgoing call</source>
        <translation>去电</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_panel.py" line="218"/>
        <source>Anonymous caller</source>
        <translation>匿名来电</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_panel.py" line="218"/>
        <source>Number withheld</source>
        <translation>号码已隐藏</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_panel.py" line="222"/>
        <source>Unknown caller</source>
        <translation>未知来电者</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_panel.py" line="230"/>
        <source>Ringing</source>
        <translation>响铃中</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_panel.py" line="232"/>
        <source>Calling…</source>
        <translation>正在呼叫…</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_panel.py" line="234"/>
        <source>Ringing at the other end…</source>
        <translation>对方响铃中…</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_panel.py" line="236"/>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_panel.py" line="239"/>
        <source>Transferring…</source>
        <translation>正在转接…</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_panel.py" line="241"/>
        <source>On hold</source>
        <translation>保持中</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_panel.py" line="243"/>
        <source>Held by the caller</source>
        <translation>被对方保持</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_panel.py" line="244"/>
        <source>Connected</source>
        <translation>已接通</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_panel.py" line="249"/>
        <source>Transferred</source>
        <translation>已转接</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_panel.py" line="251"/>
        <source>Call failed: {0}</source>
        <translation>呼叫失败：{0}</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_panel.py" line="256"/>
        <source>Rejected</source>
        <translation>已拒接</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_panel.py" line="258"/>
        <source>Missed call</source>
        <translation>未接来电</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_panel.py" line="259"/>
        <source>Call ended</source>
        <translation>通话已结束</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_panel.py" line="264"/>
        <source>Your microphone is muted</source>
        <translation>您的麦克风已静音</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_panel.py" line="266"/>
        <source>Codec {0}</source>
        <translation>编解码器 {0}</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_panel.py" line="268"/>
        <source>Transfer failed: {0}</source>
        <translation>转接失败：{0}</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_panel.py" line="274"/>
        <source>Call state: {0}</source>
        <translation>通话状态：{0}</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_panel.py" line="284"/>
        <source>☎ Another call is ringing: {0}</source>
        <translation>☎ 另一来电正在响铃：{0}</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_panel.py" line="286"/>
        <source>Another call is ringing: {0}</source>
        <translation>另一来电正在响铃：{0}</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_panel.py" line="331"/>
        <source>Auto-answer in {0} s</source>
        <translation>{0} 秒后自动接听</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/call_panel.py" line="333"/>
        <source>Answering automatically…</source>
        <translation>正在自动接听…</translation>
    </message>
</context>
<context>
    <name>CreateCustomerForm</name>
    <message>
        <location filename="../../softphone/ui/card/create_form.py" line="32"/>
        <source>Customer name (required)</source>
        <translation>客户姓名（必填）</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/create_form.py" line="37"/>
        <source>Language the customer speaks</source>
        <translation>客户使用的语言</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/create_form.py" line="38"/>
        <source>Not known</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/create_form.py" line="43"/>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/create_form.py" line="45"/>
        <source>Create the customer with this number</source>
        <translation>用此号码创建客户</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/create_form.py" line="47"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/create_form.py" line="48"/>
        <source>Cancel creating a customer</source>
        <translation>取消创建客户</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/create_form.py" line="50"/>
        <source>&amp;Full name:</source>
        <translation>全名(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/create_form.py" line="52"/>
        <source>Lan&amp;guage:</source>
        <translation>语言(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/create_form.py" line="92"/>
        <source>Creating…</source>
        <translation>正在创建…</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/create_form.py" line="100"/>
        <source>Could not create the customer: {0}</source>
        <translation>无法创建客户：{0}</translation>
    </message>
</context>
<context>
    <name>CriticalBar</name>
    <message>
        <location filename="../../softphone/ui/critical_bar.py" line="42"/>
        <source>Warning &amp;1: language does not help</source>
        <translation>警告 1：辱骂无助于解决问题(&amp;1)</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/critical_bar.py" line="43"/>
        <source>Warning &amp;2: call will end</source>
        <translation>警告 2：将结束通话(&amp;2)</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/critical_bar.py" line="56"/>
        <source>Plays the scripted warning into the call in the caller&apos;s language</source>
        <translation>用来电者的语言在通话中播放话术规定的警告</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/critical_bar.py" line="62"/>
        <location filename="../../softphone/ui/critical_bar.py" line="70"/>
        <source>Critical situation</source>
        <translation>危急情况</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/critical_bar.py" line="67"/>
        <location filename="../../softphone/ui/critical_bar.py" line="168"/>
        <source>⚠ &amp;Critical situation — say goodbye and hang up</source>
        <translation>⚠ 危急情况 — 道别并挂断(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/critical_bar.py" line="72"/>
        <source>Plays the farewell to the caller, hangs up and writes the note</source>
        <translation>向来电者播放告别语，挂断并写入笔记</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/critical_bar.py" line="102"/>
        <source>End the call with the scripted farewell in the caller&apos;s language ({0})</source>
        <translation>用来电者语言的话术告别语结束通话（{0}）</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/critical_bar.py" line="108"/>
        <source>Play this warning into the call ({0})</source>
        <translation>在通话中播放此警告（{0}）</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/critical_bar.py" line="162"/>
        <source>⚠ Critical situation — available in {0} s</source>
        <translation>⚠ 危急情况 — {0} 秒后可用</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/critical_bar.py" line="166"/>
        <source>Ending the call…</source>
        <translation>正在结束通话…</translation>
    </message>
</context>
<context>
    <name>CriticalPresenter</name>
    <message>
        <location filename="../../softphone/ui/critical_presenter.py" line="108"/>
        <source>The note could not be saved on this computer ({0}). The call is ended anyway.</source>
        <translation>无法在本机保存笔记（{0}）。通话仍已结束。</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/critical_presenter.py" line="119"/>
        <source>No farewell recording was found: the call was ended without it.</source>
        <translation>未找到告别语录音：通话已在未播放告别语的情况下结束。</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/critical_presenter.py" line="132"/>
        <source>The note text could not be saved: {0}</source>
        <translation>无法保存笔记内容：{0}</translation>
    </message>
</context>
<context>
    <name>CustomerCard</name>
    <message>
        <location filename="../../softphone/ui/card/formatting.py" line="47"/>
        <source>Italian</source>
        <translation>意大利语</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/formatting.py" line="48"/>
        <source>German</source>
        <translation>德语</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/formatting.py" line="49"/>
        <source>Russian</source>
        <translation>俄语</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/formatting.py" line="50"/>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/formatting.py" line="51"/>
        <source>English</source>
        <translation>英语</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/formatting.py" line="52"/>
        <source>French</source>
        <translation>法语</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/formatting.py" line="53"/>
        <source>Spanish</source>
        <translation>西班牙语</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/formatting.py" line="67"/>
        <source>Language not known</source>
        <translation>语言未知</translation>
    </message>
</context>
<context>
    <name>CustomerCardView</name>
    <message>
        <location filename="../../softphone/ui/card/card_view.py" line="78"/>
        <source>Phones</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/card_view.py" line="79"/>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/card_view.py" line="80"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/card_view.py" line="81"/>
        <source>Card notes</source>
        <translation>卡片笔记</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/card_view.py" line="91"/>
        <source>Reveal &amp;data…</source>
        <translation>显示数据(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/card_view.py" line="93"/>
        <source>Reveal the masked personal data</source>
        <translation>显示被遮盖的个人数据</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/card_view.py" line="94"/>
        <source>Asks for a reason; the reveal is audited</source>
        <translation>需要填写原因；显示操作会被审计</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/card_view.py" line="129"/>
        <source>(no name on file)</source>
        <translation>（未登记姓名）</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/card_view.py" line="130"/>
        <source>Customer no. {0}</source>
        <translation>客户编号 {0}</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/card_view.py" line="132"/>
        <source>Segment: {0}</source>
        <translation>客户分群：{0}</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/card_view.py" line="144"/>
        <source>Speaks: {0}</source>
        <translation>使用语言：{0}</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/card_view.py" line="191"/>
        <source>★ Personal data masked (VIP / privacy)</source>
        <translation>★ 个人数据已遮盖（VIP / 隐私）</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/card_view.py" line="193"/>
        <source>★ Revealed for this call — the reveal was recorded</source>
        <translation>★ 已为本次通话显示 — 显示操作已记录</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/card_view.py" line="198"/>
        <source>phone numbers</source>
        <translation>电话号码</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/card_view.py" line="199"/>
        <source>email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/card_view.py" line="200"/>
        <source>address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/card_view.py" line="201"/>
        <source>card notes</source>
        <translation>卡片笔记</translation>
    </message>
</context>
<context>
    <name>CustomerList</name>
    <message>
        <location filename="../../softphone/ui/card/customer_list.py" line="16"/>
        <source>(no name on file)</source>
        <translation>（未登记姓名）</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/customer_list.py" line="22"/>
        <source>no. {0}</source>
        <translation>编号 {0}</translation>
    </message>
</context>
<context>
    <name>CustomerSearch</name>
    <message>
        <location filename="../../softphone/ui/card/customer_search.py" line="28"/>
        <source>Find customer by name or number</source>
        <translation>按姓名或号码查找客户</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/customer_search.py" line="29"/>
        <source>Name, phone or customer number</source>
        <translation>姓名、电话或客户编号</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/customer_search.py" line="31"/>
        <source>Fin&amp;d customer:</source>
        <translation>查找客户(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/customer_search.py" line="34"/>
        <source>Matching customers</source>
        <translation>匹配的客户</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/customer_search.py" line="41"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/customer_search.py" line="42"/>
        <source>Cancel the search</source>
        <translation>取消搜索</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/customer_search.py" line="81"/>
        <source>Type at least 2 characters</source>
        <translation>请至少输入 2 个字符</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/customer_search.py" line="84"/>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../softphone/ui/card/customer_search.py" line="99"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n 条匹配</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/customer_search.py" line="102"/>
        <source>No customer matches “{0}”</source>
        <translation>没有与“{0}”匹配的客户</translation>
    </message>
</context>
<context>
    <name>CustomerSimulator</name>
    <message>
        <location filename="../../softphone/demo/customer_simulator.py" line="129"/>
        <source>The demo customer could not start ({0}).</source>
        <translation>演示客户无法启动（{0}）。</translation>
    </message>
    <message>
        <location filename="../../softphone/demo/customer_simulator.py" line="144"/>
        <source>Customer connected.</source>
        <translation>客户已接通。</translation>
    </message>
    <message>
        <location filename="../../softphone/demo/customer_simulator.py" line="148"/>
        <source>The next customer calls in {0} s.</source>
        <translation>下一位客户将在 {0} 秒后来电。</translation>
    </message>
    <message>
        <location filename="../../softphone/demo/customer_simulator.py" line="175"/>
        <source>{0} is calling ({1}).</source>
        <translation>{0} 正在来电（{1}）。</translation>
    </message>
</context>
<context>
    <name>DeviceNotices</name>
    <message>
        <location filename="../../softphone/ui/device_notices.py" line="61"/>
        <source>The call continues.</source>
        <translation>通话继续。</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/device_notices.py" line="74"/>
        <source>Switch &amp;back</source>
        <translation>切换回来(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/device_notices.py" line="76"/>
        <source>Use the devices chosen in Settings › Audio devices again</source>
        <translation>重新使用在“设置 › 音频设备”中选择的设备</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/device_notices.py" line="107"/>
        <source>Ringer “{0}” disconnected — calls now ring on “{1}”.</source>
        <translation>铃声设备“{0}”已断开 — 来电现在在“{1}”上响铃。</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/device_notices.py" line="111"/>
        <source>Ringer “{0}” disconnected — calls now ring on the system default.</source>
        <translation>铃声设备“{0}”已断开 — 来电现在在系统默认设备上响铃。</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/device_notices.py" line="115"/>
        <source>Microphone “{0}” disconnected — now using “{1}”.</source>
        <translation>麦克风“{0}”已断开 — 现在使用“{1}”。</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/device_notices.py" line="119"/>
        <source>Microphone “{0}” disconnected — now using the system default microphone.</source>
        <translation>麦克风“{0}”已断开 — 现在使用系统默认麦克风。</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/device_notices.py" line="122"/>
        <source>Headset “{0}” disconnected — audio moved to “{1}”.</source>
        <translation>耳机“{0}”已断开 — 音频已切换到“{1}”。</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/device_notices.py" line="125"/>
        <source>Headset “{0}” disconnected — audio moved to the system default.</source>
        <translation>耳机“{0}”已断开 — 音频已切换到系统默认设备。</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/device_notices.py" line="133"/>
        <source>Ringer “{0}” is back.</source>
        <translation>铃声设备“{0}”已恢复连接。</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/device_notices.py" line="135"/>
        <source>Microphone “{0}” is back.</source>
        <translation>麦克风“{0}”已恢复连接。</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/device_notices.py" line="136"/>
        <source>Headset “{0}” is back.</source>
        <translation>耳机“{0}”已恢复连接。</translation>
    </message>
</context>
<context>
    <name>DialBar</name>
    <message>
        <location filename="../../softphone/ui/dial_bar.py" line="20"/>
        <source>&amp;Number:</source>
        <translation>号码(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/dial_bar.py" line="23"/>
        <source>Number, extension or sip: address</source>
        <translation>号码、分机或 sip: 地址</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/dial_bar.py" line="24"/>
        <source>Number to call</source>
        <translation>要拨打的号码</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/dial_bar.py" line="26"/>
        <source>Type a phone number, an extension or a sip: address and press Enter</source>
        <translation>输入电话号码、分机或 sip: 地址后按回车</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/dial_bar.py" line="28"/>
        <source>Digits, + * # or sip:user@host; Enter calls</source>
        <translation>数字、+ * # 或 sip:user@host；回车即拨打</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/dial_bar.py" line="35"/>
        <source>&amp;Call</source>
        <translation>呼叫(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/dial_bar.py" line="37"/>
        <source>Call</source>
        <translation>呼叫</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/dial_bar.py" line="38"/>
        <source>Call the number (Enter in the number field)</source>
        <translation>拨打该号码（在号码栏按回车）</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/dial_bar.py" line="42"/>
        <source>Number field hint</source>
        <translation>号码栏提示</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/dial_bar.py" line="76"/>
        <source>Not a number or sip: address yet.</source>
        <translation>还不是有效的号码或 sip: 地址。</translation>
    </message>
</context>
<context>
    <name>DialLinks</name>
    <message>
        <location filename="../../softphone/app/dial_links.py" line="38"/>
        <source>Cannot call this link: {reason}</source>
        <translation>无法呼叫此链接：{reason}</translation>
    </message>
</context>
<context>
    <name>DialTarget</name>
    <message>
        <location filename="../../softphone/ui/dial_target.py" line="41"/>
        <source>Use digits, + * # or a sip: address.</source>
        <translation>请使用数字、+ * # 或 sip: 地址。</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/dial_target.py" line="45"/>
        <source>No SIP domain is set: open Settings › Account.</source>
        <translation>未设置 SIP 域：请打开 设置 › 账户。</translation>
    </message>
</context>
<context>
    <name>Dialpad</name>
    <message>
        <location filename="../../softphone/ui/dialpad.py" line="21"/>
        <source>Keypad</source>
        <translation>拨号盘</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/dialpad.py" line="23"/>
        <source>Sends tones into the call. Digits typed on the keyboard work too.</source>
        <translation>向通话发送按键音。键盘输入数字同样有效。</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/dialpad.py" line="30"/>
        <source>Star</source>
        <translation>星号</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/dialpad.py" line="30"/>
        <source>Hash</source>
        <translation>井号</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/dialpad.py" line="38"/>
        <source>Tone {0}</source>
        <translation>按键音 {0}</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/dialpad.py" line="39"/>
        <source>Send tone {0}</source>
        <translation>发送按键音 {0}</translation>
    </message>
</context>
<context>
    <name>Disposition</name>
    <message>
        <location filename="../../softphone/ui/card/dispositions.py" line="22"/>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/dispositions.py" line="23"/>
        <source>Callback needed</source>
        <translation>需要回电</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/dispositions.py" line="24"/>
        <source>Escalated</source>
        <translation>已升级</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/dispositions.py" line="25"/>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/dispositions.py" line="26"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/dispositions.py" line="34"/>
        <source>Insults</source>
        <translation>辱骂</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/dispositions.py" line="35"/>
        <source>Shouting</source>
        <translation>大喊大叫</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/dispositions.py" line="36"/>
        <source>Refused to cooperate</source>
        <translation>拒绝配合</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/dispositions.py" line="37"/>
        <source>Threats</source>
        <translation>威胁</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/dispositions.py" line="38"/>
        <source>Not completed</source>
        <translation>未完成</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/dispositions.py" line="39"/>
        <source>Interrupted</source>
        <translation>已中断</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/dispositions.py" line="40"/>
        <source>Missed</source>
        <translation>未接</translation>
    </message>
</context>
<context>
    <name>EngineText</name>
    <message>
        <location filename="../../softphone/ui/engine_text.py" line="15"/>
        <source>no audio devices in this pjsua2 build</source>
        <translation>此 pjsua2 版本没有音频设备</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/engine_text.py" line="18"/>
        <source>microphone &apos;{name}&apos; not found, using the system default</source>
        <translation>未找到麦克风“{name}”，改用系统默认设备</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/engine_text.py" line="21"/>
        <source>speaker &apos;{name}&apos; not found, using the system default</source>
        <translation>未找到扬声器“{name}”，改用系统默认设备</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/engine_text.py" line="24"/>
        <source>ringer &apos;{name}&apos; not found, ringing on the speaker</source>
        <translation>未找到铃声设备“{name}”，改在扬声器上响铃</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/engine_text.py" line="27"/>
        <source>no usable microphone/speaker pair; running without sound</source>
        <translation>没有可用的麦克风/扬声器组合；无声音运行</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/engine_text.py" line="30"/>
        <source>cannot open the sound device ({reason}); no audio</source>
        <translation>无法打开音频设备（{reason}）；没有声音</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/engine_text.py" line="33"/>
        <source>No sound device to test</source>
        <translation>没有可测试的音频设备</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/engine_text.py" line="34"/>
        <source>Not during a call</source>
        <translation>通话期间不可用</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/engine_text.py" line="35"/>
        <source>Stopped: a call started</source>
        <translation>已停止：有通话开始</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/engine_text.py" line="38"/>
        <source>The audio test failed: {reason}</source>
        <translation>音频测试失败：{reason}</translation>
    </message>
</context>
<context>
    <name>Features</name>
    <message>
        <location filename="../../softphone/app/features.py" line="157"/>
        <source>{0} critical note(s) from an earlier session were interrupted; they are kept and will be synced.</source>
        <translation>上次会话中有 {0} 条危急情况笔记被中断；它们已保留，并将同步。</translation>
    </message>
</context>
<context>
    <name>FlagBadge</name>
    <message>
        <location filename="../../softphone/ui/card/badges.py" line="44"/>
        <source>BANNED</source>
        <translation>已封禁</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/badges.py" line="45"/>
        <source>ABUSIVE BEFORE</source>
        <translation>曾有辱骂</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/badges.py" line="46"/>
        <source>AT RISK</source>
        <translation>流失风险</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/badges.py" line="47"/>
        <source>ACCESSIBILITY NEEDS</source>
        <translation>无障碍需求</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/badges.py" line="48"/>
        <source>NEEDS INTERPRETER</source>
        <translation>需要口译</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/badges.py" line="49"/>
        <source>VIP / PRIVACY</source>
        <translation>VIP / 隐私</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/badges.py" line="55"/>
        <source>Banned by a supervisor: do not serve by phone.</source>
        <translation>已被主管封禁：不提供电话服务。</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/badges.py" line="58"/>
        <source>Abuse is not acceptable. Warn once; if it goes on, use Critical situation.</source>
        <translation>辱骂不可接受。先警告一次；若仍继续，请使用“危急情况”。</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/badges.py" line="62"/>
        <source>May leave us: take extra care, offer a callback.</source>
        <translation>可能流失：请格外用心，主动提供回电。</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/badges.py" line="65"/>
        <source>Ask how you can help; speak slowly and clearly.</source>
        <translation>询问您能提供什么帮助；说话缓慢、清晰。</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/badges.py" line="68"/>
        <source>Offer the interpreter line before going on.</source>
        <translation>继续之前，请先提供口译专线。</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/badges.py" line="71"/>
        <source>Personal data is masked. Reveal only with a reason: it is audited.</source>
        <translation>个人数据已遮盖。仅在有理由时显示：该操作会被审计。</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/badges.py" line="89"/>
        <source>last on {0}</source>
        <translation>最近一次 {0}</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/badges.py" line="96"/>
        <source>until {0}</source>
        <translation>至 {0}</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/badges.py" line="101"/>
        <source>no end date</source>
        <translation>无截止日期</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/badges.py" line="104"/>
        <source>set by {0}</source>
        <translation>由 {0} 设置</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/badges.py" line="110"/>
        <source>since {0}</source>
        <translation>自 {0} 起</translation>
    </message>
    <message numerus="yes">
        <location filename="../../softphone/ui/card/badges.py" line="137"/>
        <source>%n critical ending(s)</source>
        <translation>
            <numerusform>%n 次危急结束</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Headset</name>
    <message>
        <location filename="../../softphone/app/headset_wiring.py" line="43"/>
        <source>hidapi is not installed</source>
        <translation>未安装 hidapi</translation>
    </message>
    <message>
        <location filename="../../softphone/app/headset_wiring.py" line="44"/>
        <source>cannot list the USB devices</source>
        <translation>无法列出 USB 设备</translation>
    </message>
    <message>
        <location filename="../../softphone/app/headset_wiring.py" line="45"/>
        <source>in use by another program, or no permission (see the README&apos;s udev rule)</source>
        <translation>被其他程序占用或没有权限（见 README 中的 udev 规则）</translation>
    </message>
    <message>
        <location filename="../../softphone/app/headset_wiring.py" line="48"/>
        <source>its description cannot be read</source>
        <translation>无法读取其描述信息</translation>
    </message>
    <message>
        <location filename="../../softphone/app/headset_wiring.py" line="51"/>
        <source>its description is not valid</source>
        <translation>其描述信息无效</translation>
    </message>
    <message>
        <location filename="../../softphone/app/headset_wiring.py" line="54"/>
        <source>it has no call buttons</source>
        <translation>它没有通话按键</translation>
    </message>
    <message>
        <location filename="../../softphone/app/headset_wiring.py" line="55"/>
        <source>internal error (see the log)</source>
        <translation>内部错误（见日志）</translation>
    </message>
    <message>
        <location filename="../../softphone/app/headset_wiring.py" line="58"/>
        <location filename="../../softphone/app/headset_wiring.py" line="60"/>
        <source>unknown problem</source>
        <translation>未知问题</translation>
    </message>
    <message>
        <location filename="../../softphone/app/headset_wiring.py" line="67"/>
        <source>Headset: {0}</source>
        <translation>耳机：{0}</translation>
    </message>
    <message>
        <location filename="../../softphone/app/headset_wiring.py" line="69"/>
        <source>Headset buttons: no headset</source>
        <translation>耳机按键：无耳机</translation>
    </message>
    <message>
        <location filename="../../softphone/app/headset_wiring.py" line="74"/>
        <source>Headset buttons unavailable: {0}</source>
        <translation>耳机按键不可用：{0}</translation>
    </message>
    <message>
        <location filename="../../softphone/app/headset_wiring.py" line="77"/>
        <source>Headset buttons off</source>
        <translation>耳机按键已关闭</translation>
    </message>
    <message>
        <location filename="../../softphone/app/headset_wiring.py" line="109"/>
        <source>Headset buttons</source>
        <translation>耳机按键</translation>
    </message>
    <message>
        <location filename="../../softphone/app/headset_wiring.py" line="184"/>
        <source>Call buttons of the USB headset: answer, hang up, mute, hold</source>
        <translation>USB 耳机的通话按键：接听、挂断、静音、保持</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../softphone/ui/card/history_model.py" line="38"/>
        <source>⚠ CRITICAL</source>
        <translation>⚠ 危急</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/history_model.py" line="41"/>
        <source>↗ Call out</source>
        <translation>↗ 去电</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/history_model.py" line="42"/>
        <source>↙ Call in</source>
        <translation>↙ 来电</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/history_model.py" line="44"/>
        <source>✎ Wrap-up</source>
        <translation>✎ 话后处理</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/history_model.py" line="46"/>
        <source>✎ Note</source>
        <translation>✎ 笔记</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/history_model.py" line="98"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/history_model.py" line="99"/>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/history_model.py" line="100"/>
        <source>Note</source>
        <translation>笔记</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/history_model.py" line="101"/>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/history_model.py" line="102"/>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../../softphone/ui/card/history_view.py" line="89"/>
        <source>History — all agents, newest first</source>
        <translation>历史记录 — 所有坐席，最新在前</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/history_view.py" line="100"/>
        <source>Search this customer&apos;s history</source>
        <translation>搜索此客户的历史记录</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/history_view.py" line="101"/>
        <source>Words in notes, agent, outcome</source>
        <translation>笔记、坐席、结果中的词语</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/history_view.py" line="103"/>
        <source>&amp;Find in history:</source>
        <translation>在历史记录中查找(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/history_view.py" line="114"/>
        <source>Customer history</source>
        <translation>客户历史记录</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/history_view.py" line="143"/>
        <source>Selected history entry, full text</source>
        <translation>所选历史记录条目的全文</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/history_view.py" line="148"/>
        <source>Select an entry to read its whole note</source>
        <translation>选择一个条目以阅读完整笔记</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/history_view.py" line="225"/>
        <source>Loading history…</source>
        <translation>正在加载历史记录…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../softphone/ui/card/history_view.py" line="239"/>
        <source>%n match(es) for “{0}”</source>
        <translation>
            <numerusform>“{0}”共 %n 条匹配</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../softphone/ui/card/history_view.py" line="243"/>
        <source>%n entr(y|ies)</source>
        <translation>
            <numerusform>%n 个条目</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/history_view.py" line="245"/>
        <source>No history yet</source>
        <translation>暂无历史记录</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/history_view.py" line="249"/>
        <source>History could not be loaded: {0}</source>
        <translation>无法加载历史记录：{0}</translation>
    </message>
</context>
<context>
    <name>LookupWorker</name>
    <message>
        <location filename="../../softphone/ui/card/lookup_worker.py" line="57"/>
        <source>unexpected error (details in the log)</source>
        <translation>意外错误（详见日志）</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/lookup_worker.py" line="151"/>
        <source>That customer no longer exists.</source>
        <translation>该客户已不存在。</translation>
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
        <translation>电话引擎</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/main_window.py" line="295"/>
        <source>Engine {0} · {1}</source>
        <translation>引擎 {0} · {1}</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/main_window.py" line="300"/>
        <source>Engine stopped</source>
        <translation>引擎已停止</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/main_window.py" line="316"/>
        <source>The registrar refused your password. Check it in Settings › Account.</source>
        <translation>注册服务器拒绝了您的密码。请在 设置 › 账户 中检查。</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/main_window.py" line="327"/>
        <source>☎ {0} — Softphone</source>
        <translation>☎ {0} — Softphone</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/main_window.py" line="348"/>
        <source>Passing the caller to your supervisor ({0})…</source>
        <translation>正在将来电者转给主管（{0}）…</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/main_window.py" line="353"/>
        <source>Transfer failed ({0}). The caller is still with you.</source>
        <translation>转接失败（{0}）。来电者仍与您通话。</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/main_window.py" line="362"/>
        <source>The saved password can&apos;t be read: {0}</source>
        <translation>无法读取已保存的密码：{0}</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/main_window.py" line="373"/>
        <source>…and {0} more (see the log)</source>
        <translation>…另有 {0} 项（见日志）</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/main_window.py" line="375"/>
        <source>Configuration problems — the app uses defaults for these. Tell IT:</source>
        <translation>配置问题——这些项将使用默认值。请告知 IT：</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/main_window.py" line="401"/>
        <source>A call is in progress. Quit again within 5 seconds to hang up and quit.</source>
        <translation>通话进行中。5 秒内再次退出将挂断并退出。</translation>
    </message>
</context>
<context>
    <name>MatchChooser</name>
    <message>
        <location filename="../../softphone/ui/card/chooser.py" line="31"/>
        <source>Wh&amp;ich of them is calling? Ask, then pick:</source>
        <translation>是其中哪一位来电？请询问后选择(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/chooser.py" line="33"/>
        <source>Customers sharing this number</source>
        <translation>使用此号码的客户</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/chooser.py" line="36"/>
        <source>Show this customer</source>
        <translation>显示此客户</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/chooser.py" line="38"/>
        <source>Show the selected customer&apos;s card</source>
        <translation>显示所选客户的卡片</translation>
    </message>
    <message numerus="yes">
        <location filename="../../softphone/ui/card/chooser.py" line="54"/>
        <source>%n customers share this number</source>
        <translation>
            <numerusform>%n 位客户使用此号码</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Message</name>
    <message>
        <location filename="../../softphone/ui/message_bar.py" line="62"/>
        <source>Dismiss message</source>
        <translation>关闭消息</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/message_bar.py" line="63"/>
        <source>Dismiss this message</source>
        <translation>关闭此消息</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/message_bar.py" line="73"/>
        <source>Information</source>
        <translation>信息</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/message_bar.py" line="74"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/message_bar.py" line="75"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <location filename="../../softphone/ui/note_editor.py" line="33"/>
        <source>Critical situation — describe what happened</source>
        <translation>危急情况 — 请描述发生了什么</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/note_editor.py" line="38"/>
        <source>Persistent &amp;insults</source>
        <translation>持续辱骂(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/note_editor.py" line="39"/>
        <source>&amp;Shouting</source>
        <translation>大喊大叫(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/note_editor.py" line="40"/>
        <source>&amp;Refuses to cooperate, ignores facts</source>
        <translation>拒绝配合，无视事实(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/note_editor.py" line="41"/>
        <source>&amp;Threats of violence</source>
        <translation>暴力威胁(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/note_editor.py" line="42"/>
        <source>&amp;Other</source>
        <translation>其他(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/note_editor.py" line="56"/>
        <source>What happened</source>
        <translation>发生了什么</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/note_editor.py" line="57"/>
        <source>What did the caller say or do? Facts, not feelings.</source>
        <translation>来电者说了什么或做了什么？写事实，不写感受。</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/note_editor.py" line="65"/>
        <source>Don&apos;t &amp;know</source>
        <translation>不知道(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/note_editor.py" line="66"/>
        <source>&amp;Yes</source>
        <translation>是(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/note_editor.py" line="67"/>
        <source>N&amp;o</source>
        <translation>否(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/note_editor.py" line="71"/>
        <source>Medical or disability condition: {0}</source>
        <translation>疾病或残障状况：{0}</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/note_editor.py" line="78"/>
        <source>Could this be a medical or disability condition (e.g. Tourette&apos;s)?</source>
        <translation>这是否可能是疾病或残障状况（例如妥瑞氏症）？</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/note_editor.py" line="82"/>
        <source>Sa&amp;ve note</source>
        <translation>保存笔记(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/note_editor.py" line="83"/>
        <source>Save note</source>
        <translation>保存笔记</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/note_editor.py" line="86"/>
        <source>&amp;Later</source>
        <translation>稍后(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/note_editor.py" line="87"/>
        <source>Close the editor, keep the note as is</source>
        <translation>关闭编辑器，笔记保持原样</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/note_editor.py" line="91"/>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/note_editor.py" line="92"/>
        <source>Note:</source>
        <translation>笔记：</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/note_editor.py" line="112"/>
        <source>Critical situation with {0} — what happened?</source>
        <translation>与 {0} 的危急情况 — 发生了什么？</translation>
    </message>
</context>
<context>
    <name>OptionField</name>
    <message>
        <location filename="../../softphone/ui/option_fields.py" line="26"/>
        <source>Set by your IT department</source>
        <translation>由 IT 部门设置</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/option_fields.py" line="57"/>
        <source>{0} (locked)</source>
        <translation>{0}（已锁定）</translation>
    </message>
</context>
<context>
    <name>RecoveryBanner</name>
    <message>
        <location filename="../../softphone/ui/recovery.py" line="26"/>
        <source>Recovery time</source>
        <translation>恢复时间</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/recovery.py" line="27"/>
        <source>I&apos;m &amp;ready</source>
        <translation>我准备好了(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/recovery.py" line="28"/>
        <source>End recovery time now and take calls</source>
        <translation>立即结束恢复时间并接听来电</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/recovery.py" line="29"/>
        <source>End the recovery time now and take calls again</source>
        <translation>立即结束恢复时间，重新接听来电</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/recovery.py" line="71"/>
        <source>Not ready — recovery time. New calls get &apos;busy&apos; for {0}:{1:02d}. Take a breath.</source>
        <translation>未就绪 — 恢复时间。接下来 {0}:{1:02d} 内新来电将听到忙音。请稍作休息。</translation>
    </message>
</context>
<context>
    <name>RegistrationStatus</name>
    <message>
        <location filename="../../softphone/ui/registration_status.py" line="41"/>
        <source>Registration state symbol</source>
        <translation>注册状态符号</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/registration_status.py" line="91"/>
        <source>Registered as {0}</source>
        <translation>已注册为 {0}</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/registration_status.py" line="91"/>
        <source>Registered</source>
        <translation>已注册</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/registration_status.py" line="93"/>
        <source>Registering as {0}…</source>
        <translation>正在注册为 {0}…</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/registration_status.py" line="93"/>
        <source>Registering…</source>
        <translation>正在注册…</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/registration_status.py" line="96"/>
        <source>Registrar unreachable</source>
        <translation>注册服务器无法访问</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/registration_status.py" line="98"/>
        <source>Registration failed ({0})</source>
        <translation>注册失败（{0}）</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/registration_status.py" line="101"/>
        <source>{0} — will retry</source>
        <translation>{0} — 将重试</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/registration_status.py" line="103"/>
        <source>{0} — retrying now…</source>
        <translation>{0} — 正在重试…</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/registration_status.py" line="104"/>
        <source>{0} — retrying in {1} s</source>
        <translation>{0} — {1} 秒后重试</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/registration_status.py" line="106"/>
        <source>Authentication failed — check your password</source>
        <translation>认证失败——请检查密码</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/registration_status.py" line="109"/>
        <source>Registration refused{0} — check the account settings</source>
        <translation>注册被拒绝{0}——请检查账户设置</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/registration_status.py" line="111"/>
        <source>Direct mode (no registrar)</source>
        <translation>直连模式（无注册服务器）</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/registration_status.py" line="113"/>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/registration_status.py" line="114"/>
        <source>Not configured — Settings › Account</source>
        <translation>未配置——设置 › 账户</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/registration_status.py" line="122"/>
        <source>Registration: {0}</source>
        <translation>注册：{0}</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/registration_status.py" line="123"/>
        <source>Registration state. Click to open the account settings.</source>
        <translation>注册状态。点击打开账户设置。</translation>
    </message>
</context>
<context>
    <name>RevealPrompt</name>
    <message>
        <location filename="../../softphone/ui/card/reveal.py" line="32"/>
        <source>Reason for revealing personal data (required)</source>
        <translation>显示个人数据的原因（必填）</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/reveal.py" line="33"/>
        <source>e.g. caller asks to update their address</source>
        <translation>例如：来电者要求更新地址</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/reveal.py" line="36"/>
        <source>Reason (re&amp;quired):</source>
        <translation>原因（必填）(&amp;Q)：</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/reveal.py" line="40"/>
        <source>Reveal</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/reveal.py" line="42"/>
        <source>Reveal now and record the reason</source>
        <translation>立即显示并记录原因</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/reveal.py" line="44"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/reveal.py" line="45"/>
        <source>Cancel: keep the data masked</source>
        <translation>取消：数据保持遮盖</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/reveal.py" line="68"/>
        <source>Reveal {0}? Your name, the time and your reason are recorded for the privacy audit.</source>
        <translation>显示{0}？您的姓名、时间和原因将被记录，用于隐私审计。</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/reveal.py" line="86"/>
        <source>Recording…</source>
        <translation>正在记录…</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/reveal.py" line="93"/>
        <source>Could not record the reveal, so the data stays masked: {0}</source>
        <translation>无法记录显示操作，因此数据保持遮盖：{0}</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/reveal.py" line="107"/>
        <source>A reason of at least 4 characters is required</source>
        <translation>原因至少需要 4 个字符</translation>
    </message>
</context>
<context>
    <name>ScreenPop</name>
    <message>
        <location filename="../../softphone/ui/card/screen_pop.py" line="78"/>
        <source>Caller card and history</source>
        <translation>来电者卡片和历史记录</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../softphone/ui/settings_dialog.py" line="31"/>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/settings_dialog.py" line="44"/>
        <source>Calls</source>
        <translation>通话</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/settings_dialog.py" line="47"/>
        <source>&amp;Answer calls automatically</source>
        <translation>自动接听来电(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/settings_dialog.py" line="50"/>
        <source>Auto-answer &amp;delay (s):</source>
        <translation>自动接听延迟（秒）(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/settings_dialog.py" line="55"/>
        <source>&amp;Supervisor number:</source>
        <translation>主管号码(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/settings_dialog.py" line="56"/>
        <source>Extension, number or sip: address</source>
        <translation>分机、号码或 sip: 地址</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/settings_dialog.py" line="61"/>
        <source>Default &amp;region:</source>
        <translation>默认地区(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/settings_dialog.py" line="67"/>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/settings_dialog.py" line="70"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/settings_dialog.py" line="72"/>
        <source>Your &amp;name in notes:</source>
        <translation>笔记中的您的姓名(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/settings_dialog.py" line="73"/>
        <source>S&amp;ync server:</source>
        <translation>同步服务器(&amp;Y)：</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/settings_dialog.py" line="77"/>
        <source>Diagnostics</source>
        <translation>诊断</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/settings_dialog.py" line="78"/>
        <source>Write a SIP &amp;trace for IT</source>
        <translation>为 IT 记录 SIP 跟踪(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/settings_dialog.py" line="121"/>
        <source>Not saved: {0}</source>
        <translation>未保存：{0}</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/settings_dialog.py" line="128"/>
        <source>Settings can&apos;t be saved: {0}. They apply until you quit.</source>
        <translation>无法保存设置：{0}。设置在退出前有效。</translation>
    </message>
</context>
<context>
    <name>SettingsFlows</name>
    <message>
        <location filename="../../softphone/ui/settings_flows.py" line="80"/>
        <source>You chose other devices but have not saved them: the test uses the devices in use now. Press OK in Audio devices first to test the new ones.</source>
        <translation>您选择了其他设备但尚未保存：测试使用当前正在使用的设备。要测试新设备，请先在“音频设备”中按“确定”。</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/settings_flows.py" line="113"/>
        <source>No sound devices: this pjsua2 build has none, so calls connect without audio. Install the softphone&apos;s own pjsua2 build for headset audio.</source>
        <translation>没有音频设备：此 pjsua2 版本不含音频设备，因此通话将在无声音的情况下接通。请安装软电话自带的 pjsua2 版本以使用耳机音频。</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/settings_flows.py" line="144"/>
        <source>The new language is used from the next start.</source>
        <translation>新语言将在下次启动时生效。</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/settings_flows.py" line="169"/>
        <source>The audio test is not available during a call.</source>
        <translation>通话期间无法进行音频测试。</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/settings_flows.py" line="177"/>
        <source>No sound devices were found, so there is nothing to test.</source>
        <translation>未找到声音设备，因此无可测试。</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/settings_flows.py" line="182"/>
        <source>The phone uses no sound device (“No sound device” in Audio devices), so there is nothing to test.</source>
        <translation>电话未使用任何声音设备（“音频设备”中的“不使用声音设备”），因此无可测试。</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../softphone/ui/help_dialogs.py" line="29"/>
        <location filename="../../softphone/ui/help_dialogs.py" line="33"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/help_dialogs.py" line="34"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/help_dialogs.py" line="34"/>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/help_dialogs.py" line="47"/>
        <source>Digits, * and # typed while a call is connected send keypad tones, unless you are typing in a text field. Tab moves between controls.</source>
        <translation>通话接通时，输入的数字、* 和 # 会发送按键音（在文本框中输入时除外）。Tab 键在控件间切换。</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/help_dialogs.py" line="54"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>SidePlaceholder</name>
    <message>
        <location filename="../../softphone/ui/side_panel.py" line="16"/>
        <source>Customer card</source>
        <translation>客户卡片</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/side_panel.py" line="30"/>
        <source>No customer card for this call.</source>
        <translation>此通话没有客户卡片。</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/side_panel.py" line="32"/>
        <source>No call

The customer&apos;s card and history appear here.</source>
        <translation>无通话

客户卡片和历史记录将显示在这里。</translation>
    </message>
</context>
<context>
    <name>StatusView</name>
    <message>
        <location filename="../../softphone/ui/card/status_view.py" line="28"/>
        <source>Try a&amp;gain</source>
        <translation>重试(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/status_view.py" line="29"/>
        <source>Look the caller up again</source>
        <translation>重新查找来电者</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/status_view.py" line="54"/>
        <source>No call</source>
        <translation>无通话</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/status_view.py" line="55"/>
        <source>When a call rings, the caller&apos;s card and history appear here.</source>
        <translation>有来电时，来电者的卡片和历史记录将显示在这里。</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/status_view.py" line="59"/>
        <source>Looking up {0}…</source>
        <translation>正在查找 {0}…</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/status_view.py" line="63"/>
        <source>Could not look up {0}</source>
        <translation>无法查找 {0}</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/status_view.py" line="64"/>
        <source>{0}. You can still answer the call as usual.</source>
        <translation>{0}。您仍可照常接听来电。</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <location filename="../../softphone/app/sync_wiring.py" line="41"/>
        <source>Sync status</source>
        <translation>同步状态</translation>
    </message>
    <message>
        <location filename="../../softphone/app/sync_wiring.py" line="47"/>
        <source>Sync server &amp;token…</source>
        <translation>同步服务器令牌(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../softphone/app/sync_wiring.py" line="59"/>
        <source>This desk could not enrol with the sync server: {0}</source>
        <translation>此工作站未能在同步服务器上注册：{0}</translation>
    </message>
    <message>
        <location filename="../../softphone/app/sync_wiring.py" line="68"/>
        <source>Sync server token</source>
        <translation>同步服务器令牌</translation>
    </message>
    <message>
        <location filename="../../softphone/app/sync_wiring.py" line="69"/>
        <source>Agent token for {0} (from your supervisor or IT):</source>
        <translation>{0} 的坐席令牌（向主管或 IT 索取）：</translation>
    </message>
    <message>
        <location filename="../../softphone/app/sync_wiring.py" line="88"/>
        <source>Sync token saved; connecting to the server.</source>
        <translation>同步令牌已保存；正在连接服务器。</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <location filename="../../softphone/ui/transfer_dialog.py" line="26"/>
        <source>Transfer call</source>
        <translation>转接通话</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/transfer_dialog.py" line="28"/>
        <source>Transfer {0} to:</source>
        <translation>将 {0} 转接到：</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/transfer_dialog.py" line="34"/>
        <source>Transfer to</source>
        <translation>转接到</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/transfer_dialog.py" line="36"/>
        <source>Number, extension or sip: address to pass the caller to</source>
        <translation>要将来电者转给的号码、分机或 sip: 地址</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/transfer_dialog.py" line="38"/>
        <source>Number, extension or sip: address</source>
        <translation>号码、分机或 sip: 地址</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/transfer_dialog.py" line="43"/>
        <source>The caller is passed on at once; you leave the call.</source>
        <translation>来电者将立即被转接；您将退出通话。</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/transfer_dialog.py" line="49"/>
        <source>&amp;Transfer</source>
        <translation>转接(&amp;T)</translation>
    </message>
</context>
<context>
    <name>UnknownCallerView</name>
    <message>
        <location filename="../../softphone/ui/card/unknown_view.py" line="50"/>
        <source>Re&amp;gister new customer…</source>
        <translation>登记新客户(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/unknown_view.py" line="52"/>
        <source>Create a customer with this number</source>
        <translation>用此号码创建客户</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/unknown_view.py" line="54"/>
        <source>Link to e&amp;xisting customer…</source>
        <translation>关联到现有客户(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/unknown_view.py" line="56"/>
        <source>Link this number to an existing customer</source>
        <translation>将此号码关联到现有客户</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/unknown_view.py" line="58"/>
        <source>&amp;Find customer…</source>
        <translation>查找客户(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/unknown_view.py" line="60"/>
        <source>Find the caller&apos;s card by name</source>
        <translation>按姓名查找来电者的卡片</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/unknown_view.py" line="65"/>
        <source>Use this customer</source>
        <translation>使用此客户</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/unknown_view.py" line="90"/>
        <source>Unknown caller</source>
        <translation>未知来电者</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/unknown_view.py" line="92"/>
        <source>No customer has this number. Ask for their details.</source>
        <translation>没有客户使用此号码。请询问对方的信息。</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/unknown_view.py" line="97"/>
        <source>Caller withheld their number</source>
        <translation>来电者隐藏了号码</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/unknown_view.py" line="100"/>
        <source>No number to look up. If the caller says who they are, find their card.</source>
        <translation>没有可查找的号码。如果来电者说明了身份，请查找其卡片。</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/unknown_view.py" line="106"/>
        <source>Number not recognised</source>
        <translation>无法识别的号码</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/unknown_view.py" line="109"/>
        <source>This is not a phone number we can look up. Find the card by name instead.</source>
        <translation>无法按此电话号码查找。请改为按姓名查找卡片。</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/unknown_view.py" line="138"/>
        <source>Link to this customer</source>
        <translation>关联到此客户</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/unknown_view.py" line="140"/>
        <source>Link this number to the selected customer</source>
        <translation>将此号码关联到所选客户</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/unknown_view.py" line="147"/>
        <source>Show this customer</source>
        <translation>显示此客户</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/unknown_view.py" line="148"/>
        <source>Show the selected customer&apos;s card</source>
        <translation>显示所选客户的卡片</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/unknown_view.py" line="161"/>
        <source>Failed: {0}</source>
        <translation>失败：{0}</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <location filename="../../softphone/ui/menus.py" line="17"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/menus.py" line="17"/>
        <source>Quit Softphone</source>
        <translation>退出 Softphone</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/menus.py" line="19"/>
        <source>&amp;Account…</source>
        <translation>账户(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/menus.py" line="19"/>
        <source>SIP account and password</source>
        <translation>SIP 账户和密码</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/menus.py" line="22"/>
        <source>A&amp;udio devices…</source>
        <translation>音频设备(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/menus.py" line="22"/>
        <source>Headset, speaker, ringer</source>
        <translation>耳机、扬声器、铃声</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/menus.py" line="25"/>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/menus.py" line="25"/>
        <source>Auto-answer, supervisor, language</source>
        <translation>自动接听、主管、语言</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/menus.py" line="28"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/menus.py" line="28"/>
        <source>List every keyboard shortcut</source>
        <translation>列出所有键盘快捷键</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/menus.py" line="31"/>
        <source>&amp;About Softphone</source>
        <translation>关于 Softphone(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/menus.py" line="31"/>
        <source>Version and purpose</source>
        <translation>版本与用途</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/menus.py" line="38"/>
        <source>&amp;Phone</source>
        <translation>电话(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/menus.py" line="48"/>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/menus.py" line="52"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
</context>
<context>
    <name>WrapUpPanel</name>
    <message>
        <location filename="../../softphone/ui/card/wrapup.py" line="52"/>
        <source>Disposition: {0}</source>
        <translation>处理结果：{0}</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/wrapup.py" line="59"/>
        <source>Wrap-up note</source>
        <translation>话后小结</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/wrapup.py" line="60"/>
        <source>What was agreed, what happens next</source>
        <translation>达成了什么约定，接下来做什么</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/wrapup.py" line="64"/>
        <source>&amp;Wrap-up note:</source>
        <translation>话后小结(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/wrapup.py" line="66"/>
        <source>Pick a disposition (Alt+1…5) to save</source>
        <translation>选择处理结果（Alt+1…5）即可保存</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/wrapup.py" line="68"/>
        <source>Save wrap-&amp;up</source>
        <translation>保存话后处理(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/wrapup.py" line="70"/>
        <source>Save the wrap-up</source>
        <translation>保存话后处理</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/wrapup.py" line="90"/>
        <location filename="../../softphone/ui/card/wrapup.py" line="103"/>
        <source>Wrap-up — {0}</source>
        <translation>话后处理 — {0}</translation>
    </message>
    <message>
        <location filename="../../softphone/ui/card/wrapup.py" line="90"/>
        <source>Wrap-up</source>
        <translation>话后处理</translation>
    </message>
</context>
</TS>
