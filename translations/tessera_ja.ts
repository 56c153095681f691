<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>tessera::ui::MainWindow</name>
    <message>
        <location filename="../ui/src/main_window.cpp" line="54"/>
        <source>Tessera Studio</source>
        <translation>Tessera Studio</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="55"/>
        <source>Preview

Select a clip or a running job to see it here.</source>
        <translation>プレビュー

クリップまたは実行中のジョブを選ぶとここに表示されます。</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="60"/>
        <source>Prompt</source>
        <translation>プロンプト</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="60"/>
        <source>Describe a shot, or drop an image or a clip here.</source>
        <translation>ショットを文章で書くか、画像やクリップをここにドロップしてください。</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="61"/>
        <source>Library</source>
        <translation>ライブラリ</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="61"/>
        <source>No clips yet. Generated clips and imported media appear here.</source>
        <translation>クリップはまだありません。生成したクリップと読み込んだメディアがここに表示されます。</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="62"/>
        <source>Inspector</source>
        <translation>インスペクタ</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="62"/>
        <source>The recipe of the selected clip appears here.</source>
        <translation>選択したクリップのレシピがここに表示されます。</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="63"/>
        <source>Queue</source>
        <translation>キュー</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="63"/>
        <source>No jobs. Generations wait and run here.</source>
        <translation>ジョブはありません。生成はここで待機し、実行されます。</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="64"/>
        <source>Timeline</source>
        <translation>タイムライン</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="64"/>
        <source>Drag clips here to cut a sequence.</source>
        <translation>クリップをここにドラッグしてシーケンスを編集します。</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="76"/>
        <source>Ready: engine %1, LibTorch %2, device %3</source>
        <translation>準備完了: エンジン %1、LibTorch %2、デバイス %3</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="102"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="103"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="106"/>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="109"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="110"/>
        <source>&amp;About Tessera</source>
        <translation>Tessera について(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="119"/>
        <source>About Tessera</source>
        <translation>Tessera について</translation>
    </message>
</context>
</TS>
