<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>studio</name>
    <message>
        <location filename="../app/studio_main.cpp" line="36"/>
        <source>Tessera Studio</source>
        <translation>Tessera Studio</translation>
    </message>
    <message>
        <location filename="../app/studio_main.cpp" line="37"/>
        <source>Tessera did not close properly last time. Start in safe mode, with every plugin turned off?</source>
        <translation>前回 Tessera は正しく終了しませんでした。すべてのプラグインを無効にしたセーフモードで起動しますか?</translation>
    </message>
</context>
<context>
    <name>tessera::ui::MainWindow</name>
    <message>
        <location filename="../ui/src/main_window.cpp" line="55"/>
        <source>Tessera Studio</source>
        <translation>Tessera Studio</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="56"/>
        <source>Preview

Select a clip or a running job to see it here.</source>
        <translation>プレビュー

クリップまたは実行中のジョブを選ぶとここに表示されます。</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="61"/>
        <source>Prompt</source>
        <translation>プロンプト</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="61"/>
        <source>Describe a shot, or drop an image or a clip here.</source>
        <translation>ショットを文章で書くか、画像やクリップをここにドロップしてください。</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="62"/>
        <source>Library</source>
        <translation>ライブラリ</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="62"/>
        <source>No clips yet. Generated clips and imported media appear here.</source>
        <translation>クリップはまだありません。生成したクリップと読み込んだメディアがここに表示されます。</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="63"/>
        <source>Inspector</source>
        <translation>インスペクタ</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="63"/>
        <source>The recipe of the selected clip appears here.</source>
        <translation>選択したクリップのレシピがここに表示されます。</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="64"/>
        <source>Queue</source>
        <translation>キュー</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="64"/>
        <source>No jobs. Generations wait and run here.</source>
        <translation>ジョブはありません。生成はここで待機し、実行されます。</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="65"/>
        <source>Timeline</source>
        <translation>タイムライン</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="65"/>
        <source>Drag clips here to cut a sequence.</source>
        <translation>クリップをここにドラッグしてシーケンスを編集します。</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="77"/>
        <source>Ready: engine %1, LibTorch %2, device %3</source>
        <translation>準備完了: エンジン %1、LibTorch %2、デバイス %3</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="103"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="104"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="107"/>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="108"/>
        <source>&amp;Preferences...</source>
        <translation>設定(&amp;P)...</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="115"/>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="118"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="119"/>
        <source>&amp;About Tessera</source>
        <translation>Tessera について(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="128"/>
        <source>About Tessera</source>
        <translation>Tessera について</translation>
    </message>
</context>
<context>
    <name>tessera::ui::PreferencesDialog</name>
    <message>
        <location filename="../ui/src/preferences.cpp" line="97"/>
        <source>Preferences</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../ui/src/preferences.cpp" line="99"/>
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <location filename="../ui/src/preferences.cpp" line="100"/>
        <source>Plugins</source>
        <translation>プラグイン</translation>
    </message>
    <message>
        <location filename="../ui/src/preferences.cpp" line="101"/>
        <source>System language</source>
        <translation>システムの言語</translation>
    </message>
    <message>
        <location filename="../ui/src/preferences.cpp" line="103"/>
        <source>Language:</source>
        <translation>言語:</translation>
    </message>
    <message>
        <location filename="../ui/src/preferences.cpp" line="104"/>
        <location filename="../ui/src/preferences.cpp" line="133"/>
        <source>Enabled</source>
        <translation>有効</translation>
    </message>
    <message>
        <location filename="../ui/src/preferences.cpp" line="104"/>
        <source>Plugin</source>
        <translation>プラグイン</translation>
    </message>
    <message>
        <location filename="../ui/src/preferences.cpp" line="104"/>
        <source>Kinds</source>
        <translation>種類</translation>
    </message>
    <message>
        <location filename="../ui/src/preferences.cpp" line="104"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../ui/src/preferences.cpp" line="106"/>
        <source>Plugins run in their own process. One that crashes, hangs or misbehaves is turned off here, with the reason; turn it on again when it has been fixed.</source>
        <translation>プラグインはそれぞれ独立したプロセスで動きます。クラッシュ、応答停止、異常な動作をしたプラグインはここで理由とともに無効になります。修正されたら再び有効にしてください。</translation>
    </message>
    <message>
        <location filename="../ui/src/preferences.cpp" line="132"/>
        <source>Cannot be used: %1</source>
        <translation>使用できません: %1</translation>
    </message>
    <message>
        <location filename="../ui/src/preferences.cpp" line="134"/>
        <source>Disabled: %1</source>
        <translation>無効: %1</translation>
    </message>
</context>
</TS>
