<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>PromptPanel</name>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="49"/>
        <source>Text to video</source>
        <translation>テキストから動画</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="50"/>
        <source>Image to video (first frame)</source>
        <translation>画像から動画 (最初のフレーム)</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="51"/>
        <source>First and last frame</source>
        <translation>最初と最後のフレーム</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="52"/>
        <source>Remix a clip</source>
        <translation>クリップをリミックス</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="53"/>
        <source>Extend forward</source>
        <translation>末尾を延長</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="54"/>
        <source>Extend backward</source>
        <translation>先頭を延長</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="55"/>
        <source>Make a loop</source>
        <translation>ループを作成</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="56"/>
        <source>Connect two clips</source>
        <translation>2 つのクリップをつなぐ</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="57"/>
        <source>Inpaint with a mask</source>
        <translation>マスクでインペイント</translation>
    </message>
</context>
<context>
    <name>studio</name>
    <message>
        <location filename="../app/studio_main.cpp" line="48"/>
        <source>Tessera Studio</source>
        <translation>Tessera Studio</translation>
    </message>
    <message>
        <location filename="../app/studio_main.cpp" line="49"/>
        <source>Tessera did not close properly last time. Start in safe mode, with every plugin turned off?</source>
        <translation>前回 Tessera は正しく終了しませんでした。すべてのプラグインを無効にしたセーフモードで起動しますか?</translation>
    </message>
</context>
<context>
    <name>tessera::ui::InspectorPanel</name>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="55"/>
        <source>Text to video</source>
        <translation>テキストから動画</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="56"/>
        <source>Image to video</source>
        <translation>画像から動画</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="57"/>
        <source>First and last frame</source>
        <translation>最初と最後のフレーム</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="58"/>
        <source>Remix</source>
        <translation>リミックス</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="59"/>
        <source>Extend forward</source>
        <translation>末尾を延長</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="60"/>
        <source>Extend backward</source>
        <translation>先頭を延長</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="61"/>
        <source>Loop</source>
        <translation>ループ</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="62"/>
        <source>Connect</source>
        <translation>接続</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="63"/>
        <source>Inpaint</source>
        <translation>インペイント</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="288"/>
        <source>Select a clip in the library or on the timeline to see its recipe here.</source>
        <translation>ライブラリまたはタイムラインでクリップを選ぶと、ここにレシピが表示されます。</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="289"/>
        <source>Prompt</source>
        <translation>プロンプト</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="289"/>
        <source>Model got</source>
        <translation>モデル入力</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="289"/>
        <source>Negative</source>
        <translation>ネガティブ</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="289"/>
        <source>Seed</source>
        <translation>シード</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="289"/>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="290"/>
        <source>Task</source>
        <translation>タスク</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="290"/>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="290"/>
        <source>Sampling</source>
        <translation>サンプリング</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="290"/>
        <source>Device</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="290"/>
        <source>Timings</source>
        <translation>処理時間</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="291"/>
        <source>Parent</source>
        <translation>元クリップ</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="291"/>
        <source>Inputs</source>
        <translation>入力</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="291"/>
        <source>Created</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="293"/>
        <source>The prompt after the prompt enhancer: what the model was given</source>
        <translation>エンハンサー適用後のプロンプト: モデルに渡された内容</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="298"/>
        <source>&amp;Regenerate</source>
        <translation>再生成(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="298"/>
        <source>Queue this recipe again with the same seed (Ctrl+R)</source>
        <translation>同じシードでこのレシピを再びキューに追加 (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="299"/>
        <source>&amp;Vary seed</source>
        <translation>シードを変更(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="299"/>
        <source>Queue this recipe with a new random seed (Ctrl+Shift+R)</source>
        <translation>新しいランダムなシードでこのレシピをキューに追加 (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="300"/>
        <source>&amp;Use as prompt</source>
        <translation>プロンプトに使用(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="300"/>
        <source>Load this clip&apos;s prompt and settings into the prompt editor (Ctrl+U)</source>
        <translation>このクリップのプロンプトと設定をプロンプトエディターに読み込む (Ctrl+U)</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="301"/>
        <source>Extend &amp;forward</source>
        <translation>末尾を延長(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="301"/>
        <source>Generate what happens after this clip</source>
        <translation>このクリップの後に続く場面を生成</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="302"/>
        <source>Extend &amp;backward</source>
        <translation>先頭を延長(&amp;B)</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="302"/>
        <source>Generate what happened before this clip</source>
        <translation>このクリップより前の場面を生成</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="303"/>
        <source>Make &amp;loop</source>
        <translation>ループにする(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="303"/>
        <source>Make this clip loop seamlessly</source>
        <translation>このクリップを継ぎ目なくループさせる</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="304"/>
        <source>Re&amp;mix</source>
        <translation>リミックス(&amp;M)</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="304"/>
        <source>Generate a variation of this clip with a changed prompt</source>
        <translation>プロンプトを変えてこのクリップのバリエーションを生成</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="305"/>
        <source>&amp;Connect with...</source>
        <translation>別のクリップと接続(&amp;C)...</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="305"/>
        <source>Generate a transition from this clip into another</source>
        <translation>このクリップから別のクリップへのトランジションを生成</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="306"/>
        <source>Reveal &amp;file</source>
        <translation>ファイルを表示(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="306"/>
        <source>Open the folder holding this clip&apos;s video file (Ctrl+Shift+E)</source>
        <translation>このクリップの動画ファイルがあるフォルダーを開く (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="307"/>
        <source>Copy &amp;seed</source>
        <translation>シードをコピー(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="307"/>
        <source>Copy the seed to the clipboard (Ctrl+Shift+C)</source>
        <translation>シードをクリップボードにコピー (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="313"/>
        <source>More</source>
        <translation>その他</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="314"/>
        <source>Extend, loop, remix or connect this clip; reveal its file</source>
        <translation>このクリップの延長、ループ、リミックス、接続、ファイルの表示</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="315"/>
        <source>Select the clip this one was made from</source>
        <translation>このクリップの元になったクリップを選択</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="358"/>
        <source>No preview</source>
        <translation>プレビューなし</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="359"/>
        <location filename="../ui/src/inspector_panel.cpp" line="361"/>
        <location filename="../ui/src/inspector_panel.cpp" line="443"/>
        <source>Clip %1</source>
        <translation>クリップ %1</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="362"/>
        <source>Favourite</source>
        <translation>お気に入り</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="367"/>
        <source>Tags: %1</source>
        <translation>タグ: %1</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="377"/>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="388"/>
        <source>Hash %1
Bundle %2</source>
        <translation>ハッシュ %1
バンドル %2</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="394"/>
        <source>%1 × %2 · a still image</source>
        <translation>%1 × %2 · 静止画</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="395"/>
        <source>%1 × %2 · %3 frames at %4 fps (%5 s)</source>
        <translation>%1 × %2 · %3 フレーム、%4 fps (%5 秒)</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="403"/>
        <source>steps %1 · guidance %2 · shift %3</source>
        <translation>ステップ %1 · ガイダンス %2 · シフト %3</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="409"/>
        <source>(σ %1 – %2)</source>
        <translation>（σ %1 – %2）</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="411"/>
        <source>strength %1</source>
        <translation>強度 %1</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="416"/>
        <source>refined ×2</source>
        <translation>精細化 ×2</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="417"/>
        <source>prompt as typed</source>
        <translation>入力どおりのプロンプト</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="424"/>
        <source>image first</source>
        <translation>画像を先に</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="425"/>
        <source>backward by reversal</source>
        <translation>逆再生で後方へ</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="426"/>
        <source>backward native</source>
        <translation>後方へネイティブ</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="427"/>
        <source>loop as one ring</source>
        <translation>ひとつのリングのループ</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="428"/>
        <source>loop as clip and bridge</source>
        <translation>クリップとブリッジのループ</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="434"/>
        <source>engine %1</source>
        <translation>エンジン %1</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="438"/>
        <source>%1 %2 s</source>
        <translation>%1 %2 秒</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="451"/>
        <source>Clip %1 (deleted)</source>
        <translation>クリップ %1 (削除済み)</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="466"/>
        <source>%1: clip %2</source>
        <translation>%1: クリップ %2</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="467"/>
        <source>Select the input clip</source>
        <translation>入力クリップを選択</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="476"/>
        <source>deleted</source>
        <translation>削除済み</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="480"/>
        <source>%1: %2 (asset %3)</source>
        <translation>%1: %2 (アセット %3)</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="512"/>
        <source>Clip %1 has no stored request to run again.</source>
        <translation>クリップ %1 には再実行できる保存済みのリクエストがありません。</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="524"/>
        <source>Queued a variation of clip %1.</source>
        <translation>クリップ %1 のバリエーションをキューに追加しました。</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="525"/>
        <source>Queued clip %1 again with seed %2.</source>
        <translation>クリップ %1 をシード %2 で再びキューに追加しました。</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="528"/>
        <source>Could not queue clip %1 again: %2</source>
        <translation>クリップ %1 を再びキューに追加できませんでした: %2</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="536"/>
        <source>Copied seed %1.</source>
        <translation>シード %1 をコピーしました。</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="546"/>
        <source>Could not open the folder %1 in the file manager.</source>
        <translation>ファイルマネージャーでフォルダー %1 を開けませんでした。</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="548"/>
        <source>Could not reveal the file: %1</source>
        <translation>ファイルを表示できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>tessera::ui::LibraryPanel</name>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="88"/>
        <source>Image</source>
        <translation>画像</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="89"/>
        <source>Still</source>
        <translation>静止画</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="90"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="116"/>
        <source>Tag for the selected clip:</source>
        <translation>選択したクリップのタグ:</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="117"/>
        <source>Tag for %1 clips:</source>
        <translation>%1 個のクリップのタグ:</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="121"/>
        <source>Delete the selected clip and its file? This cannot be undone.</source>
        <translation>選択したクリップとそのファイルを削除しますか? この操作は元に戻せません。</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="122"/>
        <source>Delete %1 clips and their files? This cannot be undone.</source>
        <translation>%1 個のクリップとそのファイルを削除しますか? この操作は元に戻せません。</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="354"/>
        <source>Imported %1, %2</source>
        <translation>読み込み済み (%1)、%2</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="356"/>
        <source>Clip %1 · %2 · frames: %3</source>
        <translation>クリップ %1 · %2 · フレーム数: %3</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="357"/>
        <source>Model: %1</source>
        <translation>モデル: %1</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="358"/>
        <source>Rating: %1 of 5</source>
        <translation>評価: %1 / 5</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="359"/>
        <source>Tags: %1</source>
        <translation>タグ: %1</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="360"/>
        <source>Move the mouse across the picture to scrub through the clip.</source>
        <translation>画像の上でマウスを動かすとクリップをスクラブできます。</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="446"/>
        <source>No preview</source>
        <translation>プレビューなし</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="466"/>
        <source>Imported</source>
        <translation>読み込み</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="691"/>
        <source>Search prompts (Ctrl+F)</source>
        <translation>プロンプトを検索 (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="692"/>
        <source>Shows the clips whose prompt contains all these words (Ctrl+F; Enter goes to the grid)</source>
        <translation>これらの語をすべて含むプロンプトのクリップを表示します (Ctrl+F、Enter でグリッドへ移動)</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="693"/>
        <source>Show favourites only</source>
        <translation>お気に入りのみ表示</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="694"/>
        <source>Order of the clips</source>
        <translation>クリップの並び順</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="695"/>
        <source>Newest first</source>
        <translation>新しい順</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="695"/>
        <source>Oldest first</source>
        <translation>古い順</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="695"/>
        <source>Highest rated</source>
        <translation>評価の高い順</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="695"/>
        <source>Longest first</source>
        <translation>長い順</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="697"/>
        <source>Show only clips with this tag</source>
        <translation>このタグのクリップのみ表示</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="698"/>
        <source>Show only clips rated at least this</source>
        <translation>この評価以上のクリップのみ表示</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="699"/>
        <source>Any rating</source>
        <translation>すべての評価</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="700"/>
        <source>%1 or more</source>
        <translation>%1 以上</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="701"/>
        <source>Show only clips made by this model</source>
        <translation>このモデルで作成したクリップのみ表示</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="704"/>
        <source>&amp;Favourite</source>
        <translation>お気に入り(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="705"/>
        <source>Mark or unmark the selected clips as favourites (Ctrl+D)</source>
        <translation>選択したクリップをお気に入りに設定/解除 (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="706"/>
        <source>&amp;No rating</source>
        <translation>評価なし(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="707"/>
        <source>%1  (%2)</source>
        <translation>%1  (%2)</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="708"/>
        <source>Add &amp;tag...</source>
        <translation>タグを追加(&amp;T)...</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="709"/>
        <source>Add a tag to the selected clips (Ctrl+T)</source>
        <translation>選択したクリップにタグを追加 (Ctrl+T)</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="710"/>
        <source>&amp;Reveal file</source>
        <translation>ファイルを表示(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="711"/>
        <source>Open the folder holding the media file (Ctrl+Shift+E)</source>
        <translation>メディアファイルがあるフォルダーを開く (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="712"/>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="713"/>
        <source>Delete the selected clips and their files (Del)</source>
        <translation>選択したクリップとそのファイルを削除 (Del)</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="714"/>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="715"/>
        <location filename="../ui/src/library_panel.cpp" line="720"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="717"/>
        <source>tag</source>
        <translation>タグ</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="718"/>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="719"/>
        <source>Add the tag (Enter)</source>
        <translation>タグを追加 (Enter)</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="721"/>
        <source>Cancel (Esc)</source>
        <translation>キャンセル (Esc)</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="723"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="724"/>
        <source>Delete them now; this cannot be undone</source>
        <translation>今すぐ削除します。元に戻せません</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="725"/>
        <source>Keep</source>
        <translation>残す</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="726"/>
        <source>Keep the clips (Esc)</source>
        <translation>クリップを残す (Esc)</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="753"/>
        <source>Any tag</source>
        <translation>すべてのタグ</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="754"/>
        <source>Any model</source>
        <translation>すべてのモデル</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="769"/>
        <source>Clip %1</source>
        <translation>クリップ %1</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="799"/>
        <source>Could not read the library: %1</source>
        <translation>ライブラリを読み込めませんでした: %1</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="828"/>
        <source>Search failed: %1</source>
        <translation>検索に失敗しました: %1</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="918"/>
        <source>Open or create a project to see its clips here.</source>
        <translation>プロジェクトを開くか作成すると、ここにクリップが表示されます。</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="921"/>
        <source>No clips yet. Generated clips and imported media appear here.

Drop image, video or audio files here to import them.</source>
        <translation>クリップはまだありません。生成したクリップと読み込んだメディアがここに表示されます。

画像、動画、音声ファイルをここにドロップすると読み込めます。</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="924"/>
        <source>No clip matches the search and filters.</source>
        <translation>検索とフィルターに一致するクリップはありません。</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="926"/>
        <source>Items: %1</source>
        <translation>件数: %1</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="927"/>
        <source>Showing %1 of %2 items</source>
        <translation>%2 件中 %1 件を表示</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="1073"/>
        <source>&amp;Rate</source>
        <translation>評価(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="1082"/>
        <source>Remove ta&amp;g</source>
        <translation>タグを削除(&amp;G)</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="1105"/>
        <source>Could not change the favourites: %1</source>
        <translation>お気に入りを変更できませんでした: %1</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="1120"/>
        <source>Could not rate the clips: %1</source>
        <translation>クリップを評価できませんでした: %1</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="1152"/>
        <source>Could not add the tag: %1</source>
        <translation>タグを追加できませんでした: %1</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="1169"/>
        <source>Could not remove the tag: %1</source>
        <translation>タグを削除できませんでした: %1</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="1181"/>
        <source>Could not open the folder %1 in the file manager.</source>
        <translation>ファイルマネージャーでフォルダー %1 を開けませんでした。</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="1201"/>
        <source>Nothing was deleted: %1</source>
        <translation>何も削除されませんでした: %1</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="1204"/>
        <source>Deleted clip %1.</source>
        <translation>クリップ %1 を削除しました。</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="1205"/>
        <source>Deleted %1 clips.</source>
        <translation>%1 個のクリップを削除しました。</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="1224"/>
        <source>Only local files can be imported, not %1.</source>
        <translation>読み込めるのはローカルファイルのみです (%1 は読み込めません)。</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="1234"/>
        <source>Nothing was imported: %1</source>
        <translation>何も読み込まれませんでした: %1</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="1237"/>
        <source>Imported %1.</source>
        <translation>%1 を読み込みました。</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="1238"/>
        <source>Imported %1 files.</source>
        <translation>%1 個のファイルを読み込みました。</translation>
    </message>
</context>
<context>
    <name>tessera::ui::MainWindow</name>
    <message>
        <location filename="../ui/src/main_window.cpp" line="159"/>
        <source>Tessera Studio</source>
        <translation>Tessera Studio</translation>
    </message>
    <message>
        <source>Preview

Select a clip or a running job to see it here.</source>
        <translation type="vanished">プレビュー

クリップまたは実行中のジョブを選ぶとここに表示されます。</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="164"/>
        <source>Prompt</source>
        <translation>プロンプト</translation>
    </message>
    <message>
        <source>Describe a shot, or drop an image or a clip here.</source>
        <translation type="vanished">ショットを文章で書くか、画像やクリップをここにドロップしてください。</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="164"/>
        <source>Library</source>
        <translation>ライブラリ</translation>
    </message>
    <message>
        <source>No clips yet. Generated clips and imported media appear here.</source>
        <translation type="vanished">クリップはまだありません。生成したクリップと読み込んだメディアがここに表示されます。</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="164"/>
        <source>Inspector</source>
        <translation>インスペクタ</translation>
    </message>
    <message>
        <source>The recipe of the selected clip appears here.</source>
        <translation type="vanished">選択したクリップのレシピがここに表示されます。</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="165"/>
        <source>Queue</source>
        <translation>キュー</translation>
    </message>
    <message>
        <source>No jobs. Generations wait and run here.</source>
        <translation type="vanished">ジョブはありません。生成はここで待機し、実行されます。</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="165"/>
        <source>Timeline</source>
        <translation>タイムライン</translation>
    </message>
    <message>
        <source>Drag clips here to cut a sequence.</source>
        <translation type="vanished">クリップをここにドラッグしてシーケンスを編集します。</translation>
    </message>
    <message>
        <source>Ready: engine %1, LibTorch %2, device %3</source>
        <translation type="vanished">準備完了: エンジン %1、LibTorch %2、デバイス %3</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="93"/>
        <source>The prompt and settings of clip %1 are in the prompt editor</source>
        <translation>クリップ %1 のプロンプトと設定をプロンプトエディタに読み込みました</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="105"/>
        <source>Drop the second clip on the prompt editor to connect to it.</source>
        <translation>接続先の 2 つ目のクリップをプロンプトエディターにドロップしてください。</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="142"/>
        <source>The continuation of clip %1 is on the timeline.</source>
        <translation>クリップ %1 の続きをタイムラインに配置しました。</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="144"/>
        <source>The continuation is in the library but could not go on the timeline: %1</source>
        <translation>続きはライブラリにありますが、タイムラインに配置できませんでした: %1</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="158"/>
        <source>Tessera Studio - %1</source>
        <translation>Tessera Studio - %1</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="206"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="207"/>
        <source>&amp;New project...</source>
        <translation>新しいプロジェクト(&amp;N)...</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="208"/>
        <source>&amp;Open project...</source>
        <translation>プロジェクトを開く(&amp;O)...</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="209"/>
        <source>Open &amp;recent</source>
        <translation>最近使ったプロジェクト(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="215"/>
        <source>&amp;Import media...</source>
        <translation>メディアを読み込む(&amp;I)...</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="217"/>
        <source>&amp;Export timeline...</source>
        <translation>タイムラインを書き出し(&amp;E)...</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="221"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="224"/>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="225"/>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="234"/>
        <source>&amp;Redo</source>
        <translation>やり直す(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="247"/>
        <source>&amp;Preferences...</source>
        <translation>設定(&amp;P)...</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="254"/>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="257"/>
        <source>&amp;Light theme</source>
        <translation>ライトテーマ(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="261"/>
        <source>&amp;Reset layout</source>
        <translation>レイアウトをリセット(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="263"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="264"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>キーボードショートカット(&amp;K)</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="265"/>
        <source>&amp;About Tessera</source>
        <translation>Tessera について(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="276"/>
        <source>Generate (prompt editor)</source>
        <translation>生成 (プロンプトエディター)</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="277"/>
        <source>Play / pause</source>
        <translation>再生 / 一時停止</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="278"/>
        <source>Play backward / pause / play forward (press again for faster)</source>
        <translation>逆再生 / 一時停止 / 再生 (もう一度押すと高速)</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="279"/>
        <source>One frame back / forward</source>
        <translation>1 フレーム戻る / 進む</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="280"/>
        <source>Set in / out point</source>
        <translation>イン点 / アウト点を設定</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="281"/>
        <source>Split the timeline item at the playhead</source>
        <translation>再生ヘッドの位置でタイムラインのアイテムを分割</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="282"/>
        <source>Delete / ripple delete the selected item</source>
        <translation>選択したアイテムを削除 / リップル削除</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="283"/>
        <source>Undo / redo</source>
        <translation>元に戻す / やり直す</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="284"/>
        <source>Zoom the timeline</source>
        <translation>タイムラインをズーム</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="285"/>
        <location filename="../ui/src/main_window.cpp" line="358"/>
        <source>Import media</source>
        <translation>メディアを読み込む</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="286"/>
        <source>Export the timeline</source>
        <translation>タイムラインを書き出し</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="291"/>
        <source>Keyboard shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="302"/>
        <source>About Tessera</source>
        <translation>Tessera について</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="309"/>
        <source>Cannot open %1: %2</source>
        <translation>%1 を開けません: %2</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="320"/>
        <source>Opened %1</source>
        <translation>%1 を開きました</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="340"/>
        <source>Welcome! This is a starter project in %1. Press Ctrl+Enter to generate the sample prompt.</source>
        <translation>ようこそ! %1 にスタータープロジェクトを用意しました。Ctrl+Enter を押すとサンプルのプロンプトを生成します。</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="346"/>
        <source>New project folder</source>
        <translation>新しいプロジェクトのフォルダー</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="351"/>
        <source>Open project folder</source>
        <translation>プロジェクトフォルダーを開く</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="356"/>
        <source>Open or create a project first.</source>
        <translation>先にプロジェクトを開くか作成してください。</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="358"/>
        <source>Media (*.png *.jpg *.jpeg *.webp *.tif *.tiff *.exr *.mp4 *.webm *.mov *.mkv *.gif *.wav *.mp3 *.ogg *.flac *.m4a)</source>
        <translation>メディア (*.png *.jpg *.jpeg *.webp *.tif *.tiff *.exr *.mp4 *.webm *.mov *.mkv *.gif *.wav *.mp3 *.ogg *.flac *.m4a)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/src/main_window.cpp" line="362"/>
        <source>Imported %n file(s)</source>
        <translation>
            <numerusform>%n 個のファイルを読み込みました</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="364"/>
        <source>Nothing was imported: %1</source>
        <translation>何も読み込まれませんでした: %1</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="369"/>
        <source>Open a project with a timeline first.</source>
        <translation>先にタイムラインのあるプロジェクトを開いてください。</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="371"/>
        <source>The timeline is empty: drag clips from the library onto it first.</source>
        <translation>タイムラインが空です。先にライブラリからクリップをドラッグしてください。</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="373"/>
        <source>Export timeline</source>
        <translation>タイムラインの書き出し</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="379"/>
        <source>MP4 (H.264 + AAC)</source>
        <translation>MP4 (H.264 + AAC)</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="379"/>
        <source>WebM (VP9 + Opus)</source>
        <translation>WebM (VP9 + Opus)</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="380"/>
        <source>QuickTime ProRes 422 HQ</source>
        <translation>QuickTime ProRes 422 HQ</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="380"/>
        <source>Animated GIF</source>
        <translation>アニメーション GIF</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="381"/>
        <source>PNG image sequence</source>
        <translation>PNG 連番画像</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="381"/>
        <source>OpenEXR sequence (linear half float)</source>
        <translation>OpenEXR 連番 (リニア half float)</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="386"/>
        <source>%1 (plugin)</source>
        <translation>%1 (プラグイン)</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="391"/>
        <source>Browse...</source>
        <translation>参照...</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="395"/>
        <source>Write .srt and .vtt subtitles beside it</source>
        <translation>同じ場所に .srt と .vtt の字幕を書き出す</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="397"/>
        <source>Format</source>
        <translation>形式</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="398"/>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="400"/>
        <source>%1x%2, %3 fps, %4 s. A .manifest.json records how every shot was made.</source>
        <translation>%1x%2、%3 fps、%4 秒。各ショットの作成方法は .manifest.json に記録されます。</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="407"/>
        <source>Export</source>
        <translation>書き出し</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="429"/>
        <source>Export to</source>
        <translation>書き出し先</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="444"/>
        <source>Exporting %1...</source>
        <translation>%1 を書き出し中...</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="457"/>
        <source>Exporting: %1%</source>
        <translation>書き出し中: %1%</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="463"/>
        <source>Exported %1 (%2 s)</source>
        <translation>%1 を書き出しました (%2 秒)</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="466"/>
        <source>Export failed, nothing was written: %1</source>
        <translation>書き出しに失敗しました。何も書き込まれていません: %1</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="486"/>
        <source>Extending clip %1: the continuation lands after it on the timeline when it is done.</source>
        <translation>クリップ %1 を延長中: 完了すると、続きがタイムライン上でその後ろに配置されます。</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="488"/>
        <source>Cannot extend clip %1: %2</source>
        <translation>クリップ %1 を延長できません: %2</translation>
    </message>
</context>
<context>
    <name>tessera::ui::PreferencesDialog</name>
    <message>
        <location filename="../ui/src/preferences.cpp" line="114"/>
        <source>A folder of model bundles</source>
        <translation>モデルバンドルのフォルダー</translation>
    </message>
    <message>
        <location filename="../ui/src/preferences.cpp" line="187"/>
        <source>Preferences</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../ui/src/preferences.cpp" line="189"/>
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <location filename="../ui/src/preferences.cpp" line="190"/>
        <source>Plugins</source>
        <translation>プラグイン</translation>
    </message>
    <message>
        <location filename="../ui/src/preferences.cpp" line="191"/>
        <source>System language</source>
        <translation>システムの言語</translation>
    </message>
    <message>
        <location filename="../ui/src/preferences.cpp" line="197"/>
        <source>Language:</source>
        <translation>言語:</translation>
    </message>
    <message>
        <location filename="../ui/src/preferences.cpp" line="198"/>
        <source>Generate on:</source>
        <translation>生成に使う装置:</translation>
    </message>
    <message>
        <location filename="../ui/src/preferences.cpp" line="199"/>
        <source>Automatic (a GPU when there is one)</source>
        <translation>自動 (GPU があれば GPU)</translation>
    </message>
    <message>
        <location filename="../ui/src/preferences.cpp" line="200"/>
        <source>CPU threads:</source>
        <translation>CPU スレッド:</translation>
    </message>
    <message>
        <location filename="../ui/src/preferences.cpp" line="201"/>
        <source>all cores</source>
        <translation>全コア</translation>
    </message>
    <message>
        <location filename="../ui/src/preferences.cpp" line="202"/>
        <source>Default model:</source>
        <translation>既定のモデル:</translation>
    </message>
    <message>
        <location filename="../ui/src/preferences.cpp" line="206"/>
        <source>Model folders:</source>
        <translation>モデルフォルダー:</translation>
    </message>
    <message>
        <location filename="../ui/src/preferences.cpp" line="208"/>
        <source>New projects:</source>
        <translation>新規プロジェクト:</translation>
    </message>
    <message>
        <location filename="../ui/src/preferences.cpp" line="210"/>
        <source>Add folder...</source>
        <translation>フォルダーを追加...</translation>
    </message>
    <message>
        <location filename="../ui/src/preferences.cpp" line="211"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../ui/src/preferences.cpp" line="213"/>
        <source>The device applies when a project is opened; CPU threads and the default model at the next start; model folders the next time the model list is filled.</source>
        <translation>装置はプロジェクトを開いたときに、CPU スレッドと既定のモデルは次回の起動時に、モデルフォルダーは次にモデル一覧を更新したときに反映されます。</translation>
    </message>
    <message>
        <location filename="../ui/src/preferences.cpp" line="216"/>
        <location filename="../ui/src/preferences.cpp" line="259"/>
        <source>Enabled</source>
        <translation>有効</translation>
    </message>
    <message>
        <location filename="../ui/src/preferences.cpp" line="216"/>
        <source>Plugin</source>
        <translation>プラグイン</translation>
    </message>
    <message>
        <location filename="../ui/src/preferences.cpp" line="216"/>
        <source>Kinds</source>
        <translation>種類</translation>
    </message>
    <message>
        <location filename="../ui/src/preferences.cpp" line="216"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../ui/src/preferences.cpp" line="218"/>
        <source>Plugins run in their own process. One that crashes, hangs or misbehaves is turned off here, with the reason; turn it on again when it has been fixed.</source>
        <translation>プラグインはそれぞれ独立したプロセスで動きます。クラッシュ、応答停止、異常な動作をしたプラグインはここで理由とともに無効になります。修正されたら再び有効にしてください。</translation>
    </message>
    <message>
        <location filename="../ui/src/preferences.cpp" line="224"/>
        <source>tessera-shapes (built in), else the first found</source>
        <translation>tessera-shapes (内蔵)、なければ最初に見つかったもの</translation>
    </message>
    <message>
        <location filename="../ui/src/preferences.cpp" line="258"/>
        <source>Cannot be used: %1</source>
        <translation>使用できません: %1</translation>
    </message>
    <message>
        <location filename="../ui/src/preferences.cpp" line="260"/>
        <source>Disabled: %1</source>
        <translation>無効: %1</translation>
    </message>
</context>
<context>
    <name>tessera::ui::PreviewPlayer</name>
    <message>
        <location filename="../ui/src/preview_player.cpp" line="116"/>
        <source>first frame — step %1/%2</source>
        <translation>最初のフレーム — ステップ %1/%2</translation>
    </message>
    <message>
        <location filename="../ui/src/preview_player.cpp" line="118"/>
        <source>generating — step %1/%2</source>
        <translation>生成中 — ステップ %1/%2</translation>
    </message>
    <message>
        <location filename="../ui/src/preview_player.cpp" line="119"/>
        <source>generating — %1</source>
        <translation>生成中 — %1</translation>
    </message>
    <message>
        <location filename="../ui/src/preview_player.cpp" line="395"/>
        <location filename="../ui/src/preview_player.cpp" line="714"/>
        <source>failed: %1</source>
        <translation>失敗: %1</translation>
    </message>
    <message>
        <location filename="../ui/src/preview_player.cpp" line="395"/>
        <location filename="../ui/src/preview_player.cpp" line="717"/>
        <source>cancelled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <location filename="../ui/src/preview_player.cpp" line="429"/>
        <source>Go to the first frame (Home)</source>
        <translation>最初のフレームへ移動 (Home)</translation>
    </message>
    <message>
        <location filename="../ui/src/preview_player.cpp" line="430"/>
        <source>Step one frame back (Left; Shift+Left: one second)</source>
        <translation>1 フレーム戻る (Left、Shift+Left: 1 秒)</translation>
    </message>
    <message>
        <location filename="../ui/src/preview_player.cpp" line="431"/>
        <source>Play backward; again for 2× and 4× (J)</source>
        <translation>逆再生。もう一度押すと 2× と 4× (J)</translation>
    </message>
    <message>
        <location filename="../ui/src/preview_player.cpp" line="432"/>
        <source>Play forward; again for 2× and 4× (L)</source>
        <translation>再生。もう一度押すと 2× と 4× (L)</translation>
    </message>
    <message>
        <location filename="../ui/src/preview_player.cpp" line="433"/>
        <source>Step one frame forward (Right; Shift+Right: one second)</source>
        <translation>1 フレーム進む (Right、Shift+Right: 1 秒)</translation>
    </message>
    <message>
        <location filename="../ui/src/preview_player.cpp" line="434"/>
        <source>Go to the last frame (End)</source>
        <translation>最後のフレームへ移動 (End)</translation>
    </message>
    <message>
        <location filename="../ui/src/preview_player.cpp" line="435"/>
        <source>In</source>
        <translation>イン</translation>
    </message>
    <message>
        <location filename="../ui/src/preview_player.cpp" line="436"/>
        <source>Mark the in point at this frame (I; Alt+X clears the marks)</source>
        <translation>このフレームにイン点を設定 (I、Alt+X でマークを消去)</translation>
    </message>
    <message>
        <location filename="../ui/src/preview_player.cpp" line="437"/>
        <source>Out</source>
        <translation>アウト</translation>
    </message>
    <message>
        <location filename="../ui/src/preview_player.cpp" line="438"/>
        <source>Mark the out point at this frame (O; Alt+X clears the marks)</source>
        <translation>このフレームにアウト点を設定 (O、Alt+X でマークを消去)</translation>
    </message>
    <message>
        <location filename="../ui/src/preview_player.cpp" line="439"/>
        <source>Loop</source>
        <translation>ループ</translation>
    </message>
    <message>
        <location filename="../ui/src/preview_player.cpp" line="440"/>
        <source>Loop playback between the in and out points (Ctrl+L)</source>
        <translation>イン点とアウト点の間をループ再生 (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../ui/src/preview_player.cpp" line="441"/>
        <source>Zoom: fit to the view or 100% (Z, or double-click the picture)</source>
        <translation>ズーム: ビューに合わせる / 100% (Z、または画像をダブルクリック)</translation>
    </message>
    <message>
        <location filename="../ui/src/preview_player.cpp" line="442"/>
        <source>Scrub through the frames</source>
        <translation>フレームをスクラブ</translation>
    </message>
    <message>
        <location filename="../ui/src/preview_player.cpp" line="443"/>
        <source>Frame (counted from 1) / frames</source>
        <translation>フレーム (1 から数える) / 総フレーム数</translation>
    </message>
    <message>
        <location filename="../ui/src/preview_player.cpp" line="444"/>
        <source>Timecode: hours:minutes:seconds:frames</source>
        <translation>タイムコード: 時:分:秒:フレーム</translation>
    </message>
    <message>
        <location filename="../ui/src/preview_player.cpp" line="446"/>
        <location filename="../ui/src/preview_player.cpp" line="479"/>
        <source>Select a clip or a running job to see it here.</source>
        <translation>クリップまたは実行中のジョブを選ぶとここに表示されます。</translation>
    </message>
    <message>
        <location filename="../ui/src/preview_player.cpp" line="503"/>
        <source>Clip %1 cannot be shown: %2</source>
        <translation>クリップ %1 を表示できません: %2</translation>
    </message>
    <message>
        <location filename="../ui/src/preview_player.cpp" line="511"/>
        <source>Decoding…</source>
        <translation>デコード中…</translation>
    </message>
    <message>
        <location filename="../ui/src/preview_player.cpp" line="540"/>
        <source>Clip %1 cannot be played: %2</source>
        <translation>クリップ %1 を再生できません: %2</translation>
    </message>
    <message>
        <location filename="../ui/src/preview_player.cpp" line="540"/>
        <source>it has no frames</source>
        <translation>フレームがありません</translation>
    </message>
    <message>
        <location filename="../ui/src/preview_player.cpp" line="558"/>
        <source>No timeline is open.</source>
        <translation>タイムラインが開かれていません。</translation>
    </message>
    <message>
        <location filename="../ui/src/preview_player.cpp" line="570"/>
        <location filename="../ui/src/preview_player.cpp" line="589"/>
        <source>The timeline is empty. Drag clips onto it to preview the cut.</source>
        <translation>タイムラインが空です。クリップをドラッグすると編集結果をプレビューできます。</translation>
    </message>
    <message>
        <location filename="../ui/src/preview_player.cpp" line="653"/>
        <source>The timeline cannot be previewed: %1</source>
        <translation>タイムラインをプレビューできません: %1</translation>
    </message>
    <message>
        <location filename="../ui/src/preview_player.cpp" line="708"/>
        <source>Waiting for the first preview…</source>
        <translation>最初のプレビューを待っています…</translation>
    </message>
    <message>
        <location filename="../ui/src/preview_player.cpp" line="711"/>
        <source>queued — waiting to run</source>
        <translation>待機中 — 実行を待っています</translation>
    </message>
    <message>
        <location filename="../ui/src/preview_player.cpp" line="897"/>
        <source>– / –</source>
        <translation>– / –</translation>
    </message>
    <message>
        <location filename="../ui/src/preview_player.cpp" line="898"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../ui/src/preview_player.cpp" line="913"/>
        <source>Pause (Space or K)</source>
        <translation>一時停止 (Space または K)</translation>
    </message>
    <message>
        <location filename="../ui/src/preview_player.cpp" line="913"/>
        <source>Play (Space)</source>
        <translation>再生 (Space)</translation>
    </message>
    <message>
        <location filename="../ui/src/preview_player.cpp" line="926"/>
        <source>Fit</source>
        <translation>フィット</translation>
    </message>
    <message>
        <location filename="../ui/src/preview_player.cpp" line="926"/>
        <source>100%</source>
        <translation>100%</translation>
    </message>
    <message>
        <location filename="../ui/src/preview_player.cpp" line="929"/>
        <source>%1× forward</source>
        <translation>%1× 再生</translation>
    </message>
    <message>
        <location filename="../ui/src/preview_player.cpp" line="930"/>
        <source>%1× reverse</source>
        <translation>%1× 逆再生</translation>
    </message>
</context>
<context>
    <name>tessera::ui::PromptPanel</name>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="321"/>
        <source>Describe a shot: a large red ball bouncing on a white background</source>
        <translation>ショットを説明: 白い背景の上で弾む大きな赤いボール</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="322"/>
        <source>What to make, in your words. Drop an image or a clip here to use it. Ctrl+Enter generates.</source>
        <translation>作りたいものを自分の言葉で。画像やクリップをここにドロップすると使えます。Ctrl+Enter で生成。</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="323"/>
        <source>Negative prompt: what to avoid (optional)</source>
        <translation>ネガティブプロンプト: 避けたいもの (任意)</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="325"/>
        <source>custom</source>
        <translation>カスタム</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="326"/>
        <location filename="../ui/src/prompt_panel.cpp" line="637"/>
        <source>Clear</source>
        <translation>クリア</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="327"/>
        <source>Paint mask...</source>
        <translation>マスクを描く...</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="328"/>
        <source>Paint the region to regenerate over the clip&apos;s first frame</source>
        <translation>クリップの最初のフレーム上に再生成する領域を描く</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="329"/>
        <source>Forget the images and clips given to this task</source>
        <translation>このタスクに渡した画像とクリップを解除</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="330"/>
        <source>random</source>
        <translation>ランダム</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="331"/>
        <source>Lock</source>
        <translation>固定</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="332"/>
        <source>Keep this seed for every generation (otherwise each gets a new random seed)</source>
        <translation>すべての生成でこのシードを使う (オフの場合は毎回新しいランダムなシード)</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="333"/>
        <source>How many variations (different seeds) to queue</source>
        <translation>キューに追加するバリエーションの数 (それぞれ異なるシード)</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="334"/>
        <source>Generate  (Ctrl+Enter)</source>
        <translation>生成  (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="335"/>
        <source>Add the generation to the queue (Ctrl+Enter)</source>
        <translation>生成をキューに追加 (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="336"/>
        <source>Remix strength: 0 keeps the clip, 1 ignores it</source>
        <translation>リミックスの強度: 0 でクリップを保持、1 で無視</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="337"/>
        <source>Sampling steps (auto: the model&apos;s default)</source>
        <translation>サンプリングのステップ数（auto：モデルの既定値）</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="338"/>
        <source>How strongly the prompt steers each step (auto: the model&apos;s default; 1 = no guidance)</source>
        <translation>各ステップでプロンプトが導く強さ（auto：モデルの既定値、1 = ガイダンスなし）</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="339"/>
        <source>σ</source>
        <translation>σ</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="341"/>
        <source>Guide only the steps whose noise level σ is above the first value and at most the second (1 = pure noise, 0 = the finished clip). Unticked: the model&apos;s default, usually every step.</source>
        <translation>ノイズレベル σ が最初の値より大きく 2 番目の値以下のステップだけをガイドします（1 = 純粋なノイズ、0 = 完成したクリップ）。チェックなし：モデルの既定値（通常はすべてのステップ）。</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="344"/>
        <source>Noise schedule shift: higher spends more steps at high noise (auto: the model&apos;s default)</source>
        <translation>ノイズスケジュールのシフト：大きいほど高ノイズ側に多くのステップを使います（auto：モデルの既定値）</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="345"/>
        <source>The solver that takes the steps (auto: the model&apos;s default)</source>
        <translation>ステップを進めるソルバー（auto：モデルの既定値）</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="346"/>
        <source>Enhance prompt</source>
        <translation>プロンプトを補強</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="347"/>
        <source>Rewrite the prompt into the captions the model was trained on (shown under the prompt). Untick to give the model your words as typed.</source>
        <translation>プロンプトをモデルの学習に使われたキャプションの形に書き換えます（プロンプトの下に表示）。オフにすると入力した言葉をそのままモデルに渡します。</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="349"/>
        <source>Refine ×2</source>
        <translation>精細化 ×2</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="350"/>
        <source>Cascade refinement: upscale the clip 2× and re-denoise it at low strength for finer detail (about twice the time)</source>
        <translation>カスケード精細化：クリップを2倍に拡大し、弱い強度でもう一度ノイズ除去して細部を整えます（時間は約2倍）</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="354"/>
        <source>Task</source>
        <translation>タスク</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="354"/>
        <source>Inputs</source>
        <translation>入力</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="354"/>
        <source>Strength</source>
        <translation>強度</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="354"/>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="354"/>
        <source>Duration</source>
        <translation>長さ</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="354"/>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="355"/>
        <source>Steps</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="355"/>
        <source>Guidance</source>
        <translation>ガイダンス</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="355"/>
        <source>Sampler</source>
        <translation>サンプラー</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="355"/>
        <source>Guide between</source>
        <translation>ガイド範囲</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="355"/>
        <source>Shift</source>
        <translation>シフト</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="356"/>
        <source>Seed</source>
        <translation>シード</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="356"/>
        <source>Variations</source>
        <translation>バリエーション</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="356"/>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="356"/>
        <source>Options</source>
        <translation>オプション</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="392"/>
        <source>No model found. Import one with `tessera models import` or pick a folder in Preferences.</source>
        <translation>モデルが見つかりません。`tessera models import` で読み込むか、設定でフォルダーを選んでください。</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="393"/>
        <source>%1 has no readable model.json</source>
        <translation>%1 に読み取り可能な model.json がありません</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="436"/>
        <source>&lt;i&gt;The model will see your prompt as typed (the enhancer is off).&lt;/i&gt;</source>
        <translation>&lt;i&gt;モデルは入力どおりのプロンプトを見ます（補強はオフ）。&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="440"/>
        <source>&lt;i&gt;The model will see the enhancer&apos;s caption of what you type.&lt;/i&gt;</source>
        <translation>&lt;i&gt;モデルには、入力した内容をエンハンサーが書き直した説明文が渡されます。&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="447"/>
        <source>Model will see: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>モデルに渡される内容: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="448"/>
        <source>&lt;i&gt;(and what the image or clip shows)&lt;/i&gt;</source>
        <translation>&lt;i&gt;（と画像またはクリップの内容）&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="453"/>
        <source>Not understood: %1</source>
        <translation>解釈できなかった語: %1</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="490"/>
        <location filename="../ui/src/prompt_panel.cpp" line="499"/>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="493"/>
        <source>clip %1 (%2)</source>
        <translation>クリップ %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="495"/>
        <source>clip %1 (missing)</source>
        <translation>クリップ %1 (見つかりません)</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="503"/>
        <source>asset %1 (missing)</source>
        <translation>アセット %1 (見つかりません)</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="506"/>
        <source>first frame: %1</source>
        <translation>最初のフレーム: %1</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="507"/>
        <source>last frame: %1</source>
        <translation>最後のフレーム: %1</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="508"/>
        <source>clip: none, a new loop from the prompt (or drop a clip to loop it)</source>
        <translation>クリップ：なし、プロンプトから新しいループ（クリップをドロップするとそのクリップをループ）</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="509"/>
        <source>clip: %1</source>
        <translation>クリップ: %1</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="510"/>
        <source>then: %1</source>
        <translation>次: %1</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="511"/>
        <source>mask: %1</source>
        <translation>マスク: %1</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="512"/>
        <source>Text only (drop an image or a clip here)</source>
        <translation>テキストのみ (画像やクリップをここにドロップ)</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="535"/>
        <source>auto (the model&apos;s)</source>
        <translation>自動（モデルの既定）</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="542"/>
        <source>every frame at once</source>
        <translation>全フレームを一度に</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="542"/>
        <source>Sample every frame together from noise</source>
        <translation>すべてのフレームをノイズから一緒に生成します</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="543"/>
        <source>first frame, then the motion</source>
        <translation>最初のフレーム、次に動き</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="544"/>
        <source>Sample the first frame alone as an image, then animate it (image to video)</source>
        <translation>最初のフレームだけを画像として生成し、それを動かします（画像から動画）</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="546"/>
        <source>by reversal</source>
        <translation>逆再生で</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="547"/>
        <source>Play the clip backward, extend it forward, play the new frames back again</source>
        <translation>クリップを逆再生して前方へ延長し、新しいフレームを再び逆順に戻します</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="548"/>
        <source>native</source>
        <translation>ネイティブ</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="548"/>
        <source>Make new frames that lead into the clip&apos;s first frames</source>
        <translation>クリップの最初のフレームへつながる新しいフレームを作ります</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="550"/>
        <source>one ring</source>
        <translation>ひとつのリング</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="550"/>
        <source>Sample the whole loop at once as a ring whose end leads into its start</source>
        <translation>ループ全体を、終わりが始まりへつながるリングとして一度に生成します</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="551"/>
        <source>clip, then a bridge</source>
        <translation>クリップ、次にブリッジ</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="551"/>
        <source>Make a clip, then new frames from its end back to its start</source>
        <translation>クリップを作り、その終わりから始まりへ戻る新しいフレームを作ります</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="563"/>
        <source>How this task is made (auto: the model&apos;s default)</source>
        <translation>このタスクの作り方（自動：モデルの既定）</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="574"/>
        <location filename="../ui/src/prompt_panel.cpp" line="721"/>
        <source>Open or create a project first (File &gt; New project).</source>
        <translation>先にプロジェクトを開くか作成してください (ファイル &gt; 新しいプロジェクト)。</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="585"/>
        <source>Cannot use the dropped file: %1</source>
        <translation>ドロップされたファイルを使用できません: %1</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="607"/>
        <source>%1 is not an image; drop clips from the library to remix or extend them</source>
        <translation>%1 は画像ではありません。リミックスや延長をするには、ライブラリからクリップをドロップしてください</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="623"/>
        <source>Cannot show the clip to paint on: %1</source>
        <translation>描画用にクリップを表示できません: %1</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="627"/>
        <source>Paint the region to regenerate</source>
        <translation>再生成する領域を描く</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="639"/>
        <source>Brush</source>
        <translation>ブラシ</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="656"/>
        <source>Cannot write the mask image</source>
        <translation>マスク画像を書き込めません</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="662"/>
        <source>Cannot store the mask: %1</source>
        <translation>マスクを保存できません: %1</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="725"/>
        <source>No model to generate with; import one or choose one in Preferences.</source>
        <translation>生成に使うモデルがありません。モデルを読み込むか、設定で選んでください。</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="730"/>
        <source>The guidance interval needs its first value below its second (%1 – %2)</source>
        <translation>ガイダンス範囲は最初の値を 2 番目の値より小さくしてください（%1 – %2）</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="764"/>
        <source>%1 needs %2</source>
        <translation>%1 には %2 が必要です</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="767"/>
        <source>a first-frame image (drop one here)</source>
        <translation>最初のフレームの画像 (ここにドロップ)</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="768"/>
        <source>a last-frame image</source>
        <translation>最後のフレームの画像</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="769"/>
        <source>a clip (drop one from the library)</source>
        <translation>クリップ (ライブラリからドロップ)</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="770"/>
        <source>a prompt or a clip to loop</source>
        <translation>プロンプトまたはループするクリップ</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="771"/>
        <source>a second clip</source>
        <translation>2 つ目のクリップ</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="772"/>
        <source>a mask image (white = regenerate)</source>
        <translation>マスク画像 (白 = 再生成)</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="773"/>
        <source>a prompt</source>
        <translation>プロンプト</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="783"/>
        <source>Cannot queue the generation: %1</source>
        <translation>生成をキューに追加できません: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/src/prompt_panel.cpp" line="795"/>
        <source>Queued %n generation(s)</source>
        <translation>
            <numerusform>%n 件の生成をキューに追加しました</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::ui::QueuePanel</name>
    <message>
        <location filename="../ui/src/queue_panel.cpp" line="132"/>
        <source>Running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <location filename="../ui/src/queue_panel.cpp" line="134"/>
        <source>Queued</source>
        <translation>待機中</translation>
    </message>
    <message>
        <location filename="../ui/src/queue_panel.cpp" line="136"/>
        <location filename="../ui/src/queue_panel.cpp" line="343"/>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <location filename="../ui/src/queue_panel.cpp" line="138"/>
        <location filename="../ui/src/queue_panel.cpp" line="349"/>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <location filename="../ui/src/queue_panel.cpp" line="140"/>
        <location filename="../ui/src/queue_panel.cpp" line="351"/>
        <source>Cancelled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <location filename="../ui/src/queue_panel.cpp" line="142"/>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <location filename="../ui/src/queue_panel.cpp" line="147"/>
        <source>%1s</source>
        <translation>%1秒</translation>
    </message>
    <message>
        <location filename="../ui/src/queue_panel.cpp" line="148"/>
        <source>%1m %2s</source>
        <translation>%1分%2秒</translation>
    </message>
    <message>
        <location filename="../ui/src/queue_panel.cpp" line="149"/>
        <source>%1h %2m</source>
        <translation>%1時間%2分</translation>
    </message>
    <message>
        <location filename="../ui/src/queue_panel.cpp" line="154"/>
        <source>(no prompt)</source>
        <translation>(プロンプトなし)</translation>
    </message>
    <message>
        <location filename="../ui/src/queue_panel.cpp" line="255"/>
        <source>%1 · %2%</source>
        <translation>%1 · %2%</translation>
    </message>
    <message>
        <location filename="../ui/src/queue_panel.cpp" line="309"/>
        <source>sampling</source>
        <translation>サンプリング中</translation>
    </message>
    <message>
        <location filename="../ui/src/queue_panel.cpp" line="311"/>
        <source>encoding prompt</source>
        <translation>プロンプトをエンコード中</translation>
    </message>
    <message>
        <location filename="../ui/src/queue_panel.cpp" line="313"/>
        <source>encoding input</source>
        <translation>入力をエンコード中</translation>
    </message>
    <message>
        <location filename="../ui/src/queue_panel.cpp" line="315"/>
        <source>first frame</source>
        <translation>最初のフレーム</translation>
    </message>
    <message>
        <location filename="../ui/src/queue_panel.cpp" line="317"/>
        <source>refining</source>
        <translation>リファイン中</translation>
    </message>
    <message>
        <location filename="../ui/src/queue_panel.cpp" line="319"/>
        <source>decoding</source>
        <translation>デコード中</translation>
    </message>
    <message>
        <location filename="../ui/src/queue_panel.cpp" line="321"/>
        <source>starting</source>
        <translation>開始中</translation>
    </message>
    <message>
        <location filename="../ui/src/queue_panel.cpp" line="322"/>
        <source>%1 %2/%3</source>
        <translation>%1 %2/%3</translation>
    </message>
    <message>
        <location filename="../ui/src/queue_panel.cpp" line="333"/>
        <source>cancelling…</source>
        <translation>キャンセル中…</translation>
    </message>
    <message>
        <location filename="../ui/src/queue_panel.cpp" line="340"/>
        <source>Queued · next</source>
        <translation>待機中 · 次に実行</translation>
    </message>
    <message>
        <location filename="../ui/src/queue_panel.cpp" line="340"/>
        <source>Queued · %1 ahead</source>
        <translation>待機中 · 前に %1 件</translation>
    </message>
    <message>
        <location filename="../ui/src/queue_panel.cpp" line="343"/>
        <source>Done · clip %1</source>
        <translation>完了 · クリップ %1</translation>
    </message>
    <message>
        <location filename="../ui/src/queue_panel.cpp" line="345"/>
        <source> · took %1</source>
        <translation> · 所要 %1</translation>
    </message>
    <message>
        <location filename="../ui/src/queue_panel.cpp" line="373"/>
        <source>%1 left</source>
        <translation>残り %1</translation>
    </message>
    <message>
        <location filename="../ui/src/queue_panel.cpp" line="403"/>
        <source>Job %1 · %2 · %3</source>
        <translation>ジョブ %1 · %2 · %3</translation>
    </message>
    <message>
        <location filename="../ui/src/queue_panel.cpp" line="458"/>
        <source>The queue cannot be read: %1</source>
        <translation>キューを読み込めません: %1</translation>
    </message>
    <message>
        <location filename="../ui/src/queue_panel.cpp" line="641"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../ui/src/queue_panel.cpp" line="642"/>
        <source>Cancel the selected queued or running jobs</source>
        <translation>選択した待機中または実行中のジョブをキャンセル</translation>
    </message>
    <message>
        <location filename="../ui/src/queue_panel.cpp" line="643"/>
        <source>Retry</source>
        <translation>再試行</translation>
    </message>
    <message>
        <location filename="../ui/src/queue_panel.cpp" line="644"/>
        <source>Queue the selected failed or cancelled jobs again</source>
        <translation>選択した失敗またはキャンセル済みのジョブを再びキューに追加</translation>
    </message>
    <message>
        <location filename="../ui/src/queue_panel.cpp" line="645"/>
        <source>Duplicate</source>
        <translation>複製</translation>
    </message>
    <message>
        <location filename="../ui/src/queue_panel.cpp" line="646"/>
        <source>Queue a copy of the selected jobs with a new random seed</source>
        <translation>選択したジョブのコピーを新しいランダムなシードでキューに追加</translation>
    </message>
    <message>
        <location filename="../ui/src/queue_panel.cpp" line="647"/>
        <source>Move to top</source>
        <translation>先頭へ移動</translation>
    </message>
    <message>
        <location filename="../ui/src/queue_panel.cpp" line="648"/>
        <source>Run the selected queued job next</source>
        <translation>選択した待機中のジョブを次に実行</translation>
    </message>
    <message>
        <location filename="../ui/src/queue_panel.cpp" line="649"/>
        <source>Move up</source>
        <translation>上へ移動</translation>
    </message>
    <message>
        <location filename="../ui/src/queue_panel.cpp" line="650"/>
        <source>Move the selected queued job one place earlier</source>
        <translation>選択した待機中のジョブを 1 つ前へ移動</translation>
    </message>
    <message>
        <location filename="../ui/src/queue_panel.cpp" line="651"/>
        <source>Move down</source>
        <translation>下へ移動</translation>
    </message>
    <message>
        <location filename="../ui/src/queue_panel.cpp" line="652"/>
        <source>Move the selected queued job one place later</source>
        <translation>選択した待機中のジョブを 1 つ後ろへ移動</translation>
    </message>
    <message>
        <location filename="../ui/src/queue_panel.cpp" line="653"/>
        <source>No jobs. Generations wait and run here.</source>
        <translation>ジョブはありません。生成はここで待機し、実行されます。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/src/queue_panel.cpp" line="697"/>
        <source>%n running</source>
        <translation>
            <numerusform>実行中 %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/src/queue_panel.cpp" line="698"/>
        <source>%n queued</source>
        <translation>
            <numerusform>待機中 %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/src/queue_panel.cpp" line="699"/>
        <source>%n done</source>
        <translation>
            <numerusform>完了 %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/src/queue_panel.cpp" line="700"/>
        <source>%n failed</source>
        <translation>
            <numerusform>失敗 %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/src/queue_panel.cpp" line="701"/>
        <source>%n cancelled</source>
        <translation>
            <numerusform>キャンセル済み %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::ui::StudioSession</name>
    <message>
        <location filename="../ui/src/session.cpp" line="77"/>
        <source>Job %1 failed: %2</source>
        <translation>ジョブ %1 が失敗しました: %2</translation>
    </message>
    <message>
        <location filename="../ui/src/session.cpp" line="87"/>
        <source>Shot %1 could not take its clip: %2</source>
        <translation>ショット %1 にクリップを割り当てられませんでした: %2</translation>
    </message>
    <message>
        <location filename="../ui/src/session.cpp" line="97"/>
        <source>The queue of this project runs in another process: %1</source>
        <translation>このプロジェクトのキューは別のプロセスで実行されています: %1</translation>
    </message>
</context>
<context>
    <name>tessera::ui::TimelinePanel</name>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="554"/>
        <source>generating…</source>
        <translation>生成中…</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="678"/>
        <source>V</source>
        <comment>video track</comment>
        <translation>V</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="679"/>
        <source>T</source>
        <comment>title track</comment>
        <translation>T</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="680"/>
        <source>A</source>
        <comment>audio track</comment>
        <translation>A</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="694"/>
        <source>M</source>
        <comment>mute</comment>
        <translation>M</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="712"/>
        <source>No timeline: open or create a project.</source>
        <translation>タイムラインがありません。プロジェクトを開くか作成してください。</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="777"/>
        <source>Drag clips here from the library, or drop media files.</source>
        <translation>ライブラリからクリップをここにドラッグするか、メディアファイルをドロップしてください。</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="794"/>
        <source>%1 · %2 fps</source>
        <translation>%1 · %2 fps</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="853"/>
        <location filename="../ui/src/timeline_panel.cpp" line="859"/>
        <source>Could not change the track: %1</source>
        <translation>トラックを変更できませんでした: %1</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="959"/>
        <source>Could not move the item: %1</source>
        <translation>アイテムを移動できませんでした: %1</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="964"/>
        <location filename="../ui/src/timeline_panel.cpp" line="969"/>
        <source>Could not trim the item: %1</source>
        <translation>アイテムをトリムできませんでした: %1</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1147"/>
        <source>Split at playhead</source>
        <translation>再生ヘッドで分割</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1150"/>
        <location filename="../ui/src/timeline_panel.cpp" line="1575"/>
        <source>Could not split the item: %1</source>
        <translation>アイテムを分割できませんでした: %1</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1152"/>
        <location filename="../ui/src/timeline_panel.cpp" line="1494"/>
        <source>Ripple delete</source>
        <translation>リップル削除</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1153"/>
        <location filename="../ui/src/timeline_panel.cpp" line="1156"/>
        <location filename="../ui/src/timeline_panel.cpp" line="1583"/>
        <location filename="../ui/src/timeline_panel.cpp" line="1591"/>
        <source>Could not delete the item: %1</source>
        <translation>アイテムを削除できませんでした: %1</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1155"/>
        <location filename="../ui/src/timeline_panel.cpp" line="1496"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1159"/>
        <source>Crossfade from previous (0.5 s)</source>
        <translation>前のアイテムからクロスフェード (0.5 秒)</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1160"/>
        <source>Could not add the crossfade: %1</source>
        <translation>クロスフェードを追加できませんでした: %1</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1163"/>
        <source>Fade in (0.5 s)</source>
        <translation>フェードイン (0.5 秒)</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1164"/>
        <location filename="../ui/src/timeline_panel.cpp" line="1171"/>
        <source>Could not set the fade: %1</source>
        <translation>フェードを設定できませんでした: %1</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1170"/>
        <source>Fade out (0.5 s)</source>
        <translation>フェードアウト (0.5 秒)</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1177"/>
        <source>Set to cut</source>
        <translation>カットに戻す</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1178"/>
        <source>Could not set the cut: %1</source>
        <translation>カットに設定できませんでした: %1</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1182"/>
        <source>Extend this clip</source>
        <translation>このクリップを延長</translation>
    </message>
    <message>
        <source>This track is muted</source>
        <translation type="vanished">このトラックはミュートされています</translation>
    </message>
    <message>
        <source>This track plays</source>
        <translation type="vanished">このトラックは再生されます</translation>
    </message>
    <message>
        <source>This track is locked: its items cannot be edited</source>
        <translation type="vanished">このトラックはロックされています。アイテムは編集できません</translation>
    </message>
    <message>
        <source>This track is not locked</source>
        <translation type="vanished">このトラックはロックされていません</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1209"/>
        <source>This track is muted (click to play it)</source>
        <translation>このトラックはミュート中です (クリックで再生)</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1210"/>
        <source>This track plays (click to mute it)</source>
        <translation>このトラックは再生されます (クリックでミュート)</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1212"/>
        <source>This track is locked: its items cannot be edited (click to unlock)</source>
        <translation>このトラックはロック中です: アイテムを編集できません (クリックで解除)</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1213"/>
        <source>This track is not locked (click to lock it)</source>
        <translation>このトラックはロックされていません (クリックでロック)</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1216"/>
        <source>Click or drag to move the playhead</source>
        <translation>クリックまたはドラッグで再生ヘッドを移動</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1220"/>
        <source>Pending shot (job %1): %2</source>
        <translation>保留中のショット (ジョブ %1): %2</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1221"/>
        <source>Title: %1</source>
        <translation>タイトル: %1</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1222"/>
        <source>Narration: %1</source>
        <translation>ナレーション: %1</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1226"/>
        <source>%1 to %2, %3 long</source>
        <translation>%1 〜 %2、長さ %3</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1229"/>
        <source>Crossfade in: %1</source>
        <translation>クロスフェードイン: %1</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1230"/>
        <source>Fade in: %1</source>
        <translation>フェードイン: %1</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1231"/>
        <source>Fade out: %1</source>
        <translation>フェードアウト: %1</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1232"/>
        <source>Drag to move, drag an edge to trim, right-click for more</source>
        <translation>ドラッグで移動、端をドラッグでトリム、右クリックでその他の操作</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1342"/>
        <source>Could not import the dropped files: %1</source>
        <translation>ドロップされたファイルを読み込めませんでした: %1</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1369"/>
        <source>This timeline has no audio track for the dropped sound.</source>
        <translation>このタイムラインには、ドロップされた音声用のオーディオトラックがありません。</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1370"/>
        <source>This timeline has no video track for the dropped clip.</source>
        <translation>このタイムラインには、ドロップされたクリップ用のビデオトラックがありません。</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1380"/>
        <source>Could not insert the item: %1</source>
        <translation>アイテムを挿入できませんでした: %1</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1491"/>
        <source>Timeline tracks</source>
        <translation>タイムラインのトラック</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1492"/>
        <source>Split</source>
        <translation>分割</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1493"/>
        <source>Split the selected item (or the item under the playhead) at the playhead (S)</source>
        <translation>選択したアイテム (または再生ヘッド下のアイテム) を再生ヘッドの位置で分割 (S)</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1495"/>
        <source>Remove the selected item and close the gap (Shift+Delete)</source>
        <translation>選択したアイテムを削除して隙間を詰める (Shift+Delete)</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1497"/>
        <source>Remove the selected item, leaving a gap (Delete)</source>
        <translation>選択したアイテムを削除し、隙間を残す (Delete)</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1498"/>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1499"/>
        <source>Redo</source>
        <translation>やり直す</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1500"/>
        <source>−</source>
        <comment>zoom out</comment>
        <translation>−</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1501"/>
        <source>Zoom out (-, Ctrl+wheel)</source>
        <translation>ズームアウト (-、Ctrl+ホイール)</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1502"/>
        <source>+</source>
        <comment>zoom in</comment>
        <translation>+</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1503"/>
        <source>Zoom in (+, Ctrl+wheel)</source>
        <translation>ズームイン (+、Ctrl+ホイール)</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1504"/>
        <source>Fit</source>
        <translation>全体表示</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1505"/>
        <source>Zoom to fit the whole timeline (Shift+Z)</source>
        <translation>タイムライン全体が収まるようにズーム (Shift+Z)</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1506"/>
        <source>Playhead / timeline duration (seconds:frames)</source>
        <translation>再生ヘッド / タイムラインの長さ (秒:フレーム)</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1526"/>
        <source>Undo the last timeline edit (Ctrl+Z)</source>
        <translation>タイムラインの最後の編集を元に戻す (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1527"/>
        <source>Undo: %1 (Ctrl+Z)</source>
        <translation>元に戻す: %1 (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1528"/>
        <source>Redo the undone timeline edit (Ctrl+Shift+Z)</source>
        <translation>元に戻したタイムラインの編集をやり直す (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1529"/>
        <source>Redo: %1 (Ctrl+Shift+Z)</source>
        <translation>やり直す: %1 (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1532"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1535"/>
        <source>no timeline</source>
        <translation>タイムラインなし</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1571"/>
        <source>Put the playhead inside an item to split it.</source>
        <translation>分割するには、再生ヘッドをアイテムの内側に置いてください。</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1581"/>
        <location filename="../ui/src/timeline_panel.cpp" line="1589"/>
        <source>Select an item to delete it.</source>
        <translation>削除するアイテムを選択してください。</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1597"/>
        <source>Could not undo: %1</source>
        <translation>元に戻せませんでした: %1</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1603"/>
        <source>Could not redo: %1</source>
        <translation>やり直せませんでした: %1</translation>
    </message>
</context>
</TS>
