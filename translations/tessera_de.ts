<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>PromptPanel</name>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="49"/>
        <source>Text to video</source>
        <translation>Text zu Video</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="50"/>
        <source>Image to video (first frame)</source>
        <translation>Bild zu Video (erster Frame)</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="51"/>
        <source>First and last frame</source>
        <translation>Erster und letzter Frame</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="52"/>
        <source>Remix a clip</source>
        <translation>Clip remixen</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="53"/>
        <source>Extend forward</source>
        <translation>Vorwärts verlängern</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="54"/>
        <source>Extend backward</source>
        <translation>Rückwärts verlängern</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="55"/>
        <source>Make a loop</source>
        <translation>Loop erstellen</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="56"/>
        <source>Connect two clips</source>
        <translation>Zwei Clips verbinden</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="57"/>
        <source>Inpaint with a mask</source>
        <translation>Inpainting mit Maske</translation>
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
        <translation>Tessera wurde beim letzten Mal nicht richtig beendet. Im abgesicherten Modus starten, mit allen Plugins ausgeschaltet?</translation>
    </message>
</context>
<context>
    <name>tessera::ui::InspectorPanel</name>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="55"/>
        <source>Text to video</source>
        <translation>Text zu Video</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="56"/>
        <source>Image to video</source>
        <translation>Bild zu Video</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="57"/>
        <source>First and last frame</source>
        <translation>Erster und letzter Frame</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="58"/>
        <source>Remix</source>
        <translation>Remix</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="59"/>
        <source>Extend forward</source>
        <translation>Vorwärts verlängern</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="60"/>
        <source>Extend backward</source>
        <translation>Rückwärts verlängern</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="61"/>
        <source>Loop</source>
        <translation>Loop</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="62"/>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="63"/>
        <source>Inpaint</source>
        <translation>Inpainting</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="288"/>
        <source>Select a clip in the library or on the timeline to see its recipe here.</source>
        <translation>Wähle einen Clip in der Bibliothek oder auf der Zeitleiste, um hier sein Rezept zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="289"/>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="289"/>
        <source>Model got</source>
        <translation>Modell erhielt</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="289"/>
        <source>Negative</source>
        <translation>Negativ</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="289"/>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="289"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="290"/>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="290"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="290"/>
        <source>Sampling</source>
        <translation>Sampling</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="290"/>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="290"/>
        <source>Timings</source>
        <translation>Zeiten</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="291"/>
        <source>Parent</source>
        <translation>Ursprung</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="291"/>
        <source>Inputs</source>
        <translation>Eingaben</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="291"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="293"/>
        <source>The prompt after the prompt enhancer: what the model was given</source>
        <translation>Der Prompt nach dem Prompt-Verbesserer: was das Modell erhalten hat</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="298"/>
        <source>&amp;Regenerate</source>
        <translation>&amp;Neu generieren</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="298"/>
        <source>Queue this recipe again with the same seed (Ctrl+R)</source>
        <translation>Dieses Rezept erneut mit demselben Seed einreihen (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="299"/>
        <source>&amp;Vary seed</source>
        <translation>&amp;Seed variieren</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="299"/>
        <source>Queue this recipe with a new random seed (Ctrl+Shift+R)</source>
        <translation>Dieses Rezept mit einem neuen zufälligen Seed einreihen (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="300"/>
        <source>&amp;Use as prompt</source>
        <translation>Als &amp;Prompt nutzen</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="300"/>
        <source>Load this clip&apos;s prompt and settings into the prompt editor (Ctrl+U)</source>
        <translation>Prompt und Einstellungen dieses Clips in den Prompt-Editor laden (Ctrl+U)</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="301"/>
        <source>Extend &amp;forward</source>
        <translation>&amp;Vorwärts verlängern</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="301"/>
        <source>Generate what happens after this clip</source>
        <translation>Erzeugen, was nach diesem Clip geschieht</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="302"/>
        <source>Extend &amp;backward</source>
        <translation>&amp;Rückwärts verlängern</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="302"/>
        <source>Generate what happened before this clip</source>
        <translation>Erzeugen, was vor diesem Clip geschah</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="303"/>
        <source>Make &amp;loop</source>
        <translation>&amp;Loop erstellen</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="303"/>
        <source>Make this clip loop seamlessly</source>
        <translation>Aus diesem Clip einen nahtlosen Loop machen</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="304"/>
        <source>Re&amp;mix</source>
        <translation>Re&amp;mixen</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="304"/>
        <source>Generate a variation of this clip with a changed prompt</source>
        <translation>Eine Variante dieses Clips mit geändertem Prompt erzeugen</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="305"/>
        <source>&amp;Connect with...</source>
        <translation>Ver&amp;binden mit...</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="305"/>
        <source>Generate a transition from this clip into another</source>
        <translation>Einen Übergang von diesem Clip in einen anderen erzeugen</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="306"/>
        <source>Reveal &amp;file</source>
        <translation>&amp;Datei anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="306"/>
        <source>Open the folder holding this clip&apos;s video file (Ctrl+Shift+E)</source>
        <translation>Den Ordner mit der Videodatei dieses Clips öffnen (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="307"/>
        <source>Copy &amp;seed</source>
        <translation>Seed &amp;kopieren</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="307"/>
        <source>Copy the seed to the clipboard (Ctrl+Shift+C)</source>
        <translation>Den Seed in die Zwischenablage kopieren (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="313"/>
        <source>More</source>
        <translation>Mehr</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="314"/>
        <source>Extend, loop, remix or connect this clip; reveal its file</source>
        <translation>Clip verlängern, loopen, remixen oder verbinden; Datei anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="315"/>
        <source>Select the clip this one was made from</source>
        <translation>Den Clip auswählen, aus dem dieser entstanden ist</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="358"/>
        <source>No preview</source>
        <translation>Keine Vorschau</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="359"/>
        <location filename="../ui/src/inspector_panel.cpp" line="361"/>
        <location filename="../ui/src/inspector_panel.cpp" line="443"/>
        <source>Clip %1</source>
        <translation>Clip %1</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="362"/>
        <source>Favourite</source>
        <translation>Favorit</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="367"/>
        <source>Tags: %1</source>
        <translation>Tags: %1</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="377"/>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="388"/>
        <source>Hash %1
Bundle %2</source>
        <translation>Hash %1
Bundle %2</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="394"/>
        <source>%1 × %2 · a still image</source>
        <translation>%1 × %2 · ein Standbild</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="395"/>
        <source>%1 × %2 · %3 frames at %4 fps (%5 s)</source>
        <translation>%1 × %2 · %3 Frames mit %4 fps (%5 s)</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="403"/>
        <source>steps %1 · guidance %2 · shift %3</source>
        <translation>Schritte %1 · Guidance %2 · Shift %3</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="409"/>
        <source>(σ %1 – %2)</source>
        <translation>(σ %1 – %2)</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="411"/>
        <source>strength %1</source>
        <translation>Stärke %1</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="416"/>
        <source>refined ×2</source>
        <translation>verfeinert ×2</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="417"/>
        <source>prompt as typed</source>
        <translation>Prompt wie eingegeben</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="424"/>
        <source>image first</source>
        <translation>Bild zuerst</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="425"/>
        <source>backward by reversal</source>
        <translation>rückwärts durch Umkehrung</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="426"/>
        <source>backward native</source>
        <translation>rückwärts direkt</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="427"/>
        <source>loop as one ring</source>
        <translation>Schleife als ein Ring</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="428"/>
        <source>loop as clip and bridge</source>
        <translation>Schleife als Clip und Brücke</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="434"/>
        <source>engine %1</source>
        <translation>Engine %1</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="438"/>
        <source>%1 %2 s</source>
        <translation>%1 %2 s</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="451"/>
        <source>Clip %1 (deleted)</source>
        <translation>Clip %1 (gelöscht)</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="466"/>
        <source>%1: clip %2</source>
        <translation>%1: Clip %2</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="467"/>
        <source>Select the input clip</source>
        <translation>Eingabe-Clip auswählen</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="476"/>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="480"/>
        <source>%1: %2 (asset %3)</source>
        <translation>%1: %2 (Asset %3)</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="512"/>
        <source>Clip %1 has no stored request to run again.</source>
        <translation>Clip %1 hat keine gespeicherte Anfrage, die erneut laufen könnte.</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="524"/>
        <source>Queued a variation of clip %1.</source>
        <translation>Variante von Clip %1 eingereiht.</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="525"/>
        <source>Queued clip %1 again with seed %2.</source>
        <translation>Clip %1 erneut mit Seed %2 eingereiht.</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="528"/>
        <source>Could not queue clip %1 again: %2</source>
        <translation>Clip %1 konnte nicht erneut eingereiht werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="536"/>
        <source>Copied seed %1.</source>
        <translation>Seed %1 kopiert.</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="546"/>
        <source>Could not open the folder %1 in the file manager.</source>
        <translation>Der Ordner %1 konnte nicht im Dateimanager geöffnet werden.</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="548"/>
        <source>Could not reveal the file: %1</source>
        <translation>Die Datei konnte nicht angezeigt werden: %1</translation>
    </message>
</context>
<context>
    <name>tessera::ui::LibraryPanel</name>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="88"/>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="89"/>
        <source>Still</source>
        <translation>Standbild</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="90"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="116"/>
        <source>Tag for the selected clip:</source>
        <translation>Tag für den ausgewählten Clip:</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="117"/>
        <source>Tag for %1 clips:</source>
        <translation>Tag für %1 Clips:</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="121"/>
        <source>Delete the selected clip and its file? This cannot be undone.</source>
        <translation>Den ausgewählten Clip und seine Datei löschen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="122"/>
        <source>Delete %1 clips and their files? This cannot be undone.</source>
        <translation>%1 Clips und ihre Dateien löschen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="354"/>
        <source>Imported %1, %2</source>
        <translation>Importiert: %1, %2</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="356"/>
        <source>Clip %1 · %2 · frames: %3</source>
        <translation>Clip %1 · %2 · Frames: %3</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="357"/>
        <source>Model: %1</source>
        <translation>Modell: %1</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="358"/>
        <source>Rating: %1 of 5</source>
        <translation>Bewertung: %1 von 5</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="359"/>
        <source>Tags: %1</source>
        <translation>Tags: %1</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="360"/>
        <source>Move the mouse across the picture to scrub through the clip.</source>
        <translation>Fahre mit der Maus über das Bild, um durch den Clip zu blättern.</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="446"/>
        <source>No preview</source>
        <translation>Keine Vorschau</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="466"/>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="691"/>
        <source>Search prompts (Ctrl+F)</source>
        <translation>Prompts durchsuchen (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="692"/>
        <source>Shows the clips whose prompt contains all these words (Ctrl+F; Enter goes to the grid)</source>
        <translation>Zeigt die Clips, deren Prompt alle diese Wörter enthält (Ctrl+F; Enter wechselt zum Raster)</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="693"/>
        <source>Show favourites only</source>
        <translation>Nur Favoriten zeigen</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="694"/>
        <source>Order of the clips</source>
        <translation>Reihenfolge der Clips</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="695"/>
        <source>Newest first</source>
        <translation>Neueste zuerst</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="695"/>
        <source>Oldest first</source>
        <translation>Älteste zuerst</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="695"/>
        <source>Highest rated</source>
        <translation>Beste Bewertung</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="695"/>
        <source>Longest first</source>
        <translation>Längste zuerst</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="697"/>
        <source>Show only clips with this tag</source>
        <translation>Nur Clips mit diesem Tag zeigen</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="698"/>
        <source>Show only clips rated at least this</source>
        <translation>Nur Clips mit mindestens dieser Bewertung zeigen</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="699"/>
        <source>Any rating</source>
        <translation>Jede Bewertung</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="700"/>
        <source>%1 or more</source>
        <translation>%1 oder mehr</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="701"/>
        <source>Show only clips made by this model</source>
        <translation>Nur Clips dieses Modells zeigen</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="704"/>
        <source>&amp;Favourite</source>
        <translation>&amp;Favorit</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="705"/>
        <source>Mark or unmark the selected clips as favourites (Ctrl+D)</source>
        <translation>Ausgewählte Clips als Favorit markieren oder die Markierung aufheben (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="706"/>
        <source>&amp;No rating</source>
        <translation>&amp;Keine Bewertung</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="707"/>
        <source>%1  (%2)</source>
        <translation>%1  (%2)</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="708"/>
        <source>Add &amp;tag...</source>
        <translation>&amp;Tag hinzufügen...</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="709"/>
        <source>Add a tag to the selected clips (Ctrl+T)</source>
        <translation>Den ausgewählten Clips ein Tag hinzufügen (Ctrl+T)</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="710"/>
        <source>&amp;Reveal file</source>
        <translation>&amp;Datei anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="711"/>
        <source>Open the folder holding the media file (Ctrl+Shift+E)</source>
        <translation>Den Ordner mit der Mediendatei öffnen (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="712"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="713"/>
        <source>Delete the selected clips and their files (Del)</source>
        <translation>Ausgewählte Clips und ihre Dateien löschen (Del)</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="714"/>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="715"/>
        <location filename="../ui/src/library_panel.cpp" line="720"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="717"/>
        <source>tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="718"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="719"/>
        <source>Add the tag (Enter)</source>
        <translation>Tag hinzufügen (Enter)</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="721"/>
        <source>Cancel (Esc)</source>
        <translation>Abbrechen (Esc)</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="723"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="724"/>
        <source>Delete them now; this cannot be undone</source>
        <translation>Jetzt löschen; das lässt sich nicht rückgängig machen</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="725"/>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="726"/>
        <source>Keep the clips (Esc)</source>
        <translation>Clips behalten (Esc)</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="753"/>
        <source>Any tag</source>
        <translation>Alle Tags</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="754"/>
        <source>Any model</source>
        <translation>Alle Modelle</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="769"/>
        <source>Clip %1</source>
        <translation>Clip %1</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="799"/>
        <source>Could not read the library: %1</source>
        <translation>Die Bibliothek konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="828"/>
        <source>Search failed: %1</source>
        <translation>Suche fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="918"/>
        <source>Open or create a project to see its clips here.</source>
        <translation>Öffne oder erstelle ein Projekt, um hier seine Clips zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="921"/>
        <source>No clips yet. Generated clips and imported media appear here.

Drop image, video or audio files here to import them.</source>
        <translation>Noch keine Clips. Erzeugte Clips und importierte Medien erscheinen hier.

Zieh Bild-, Video- oder Audiodateien hierher, um sie zu importieren.</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="924"/>
        <source>No clip matches the search and filters.</source>
        <translation>Kein Clip passt zu Suche und Filtern.</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="926"/>
        <source>Items: %1</source>
        <translation>Elemente: %1</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="927"/>
        <source>Showing %1 of %2 items</source>
        <translation>%1 von %2 Elementen angezeigt</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="1073"/>
        <source>&amp;Rate</source>
        <translation>&amp;Bewerten</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="1082"/>
        <source>Remove ta&amp;g</source>
        <translation>Ta&amp;g entfernen</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="1105"/>
        <source>Could not change the favourites: %1</source>
        <translation>Favoriten konnten nicht geändert werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="1120"/>
        <source>Could not rate the clips: %1</source>
        <translation>Clips konnten nicht bewertet werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="1152"/>
        <source>Could not add the tag: %1</source>
        <translation>Tag konnte nicht hinzugefügt werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="1169"/>
        <source>Could not remove the tag: %1</source>
        <translation>Tag konnte nicht entfernt werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="1181"/>
        <source>Could not open the folder %1 in the file manager.</source>
        <translation>Der Ordner %1 konnte nicht im Dateimanager geöffnet werden.</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="1201"/>
        <source>Nothing was deleted: %1</source>
        <translation>Nichts wurde gelöscht: %1</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="1204"/>
        <source>Deleted clip %1.</source>
        <translation>Clip %1 gelöscht.</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="1205"/>
        <source>Deleted %1 clips.</source>
        <translation>%1 Clips gelöscht.</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="1224"/>
        <source>Only local files can be imported, not %1.</source>
        <translation>Nur lokale Dateien können importiert werden, nicht %1.</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="1234"/>
        <source>Nothing was imported: %1</source>
        <translation>Nichts wurde importiert: %1</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="1237"/>
        <source>Imported %1.</source>
        <translation>%1 importiert.</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="1238"/>
        <source>Imported %1 files.</source>
        <translation>%1 Dateien importiert.</translation>
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
        <translation type="vanished">Vorschau

Wähle einen Clip oder einen laufenden Auftrag, um ihn hier zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="164"/>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>Describe a shot, or drop an image or a clip here.</source>
        <translation type="vanished">Beschreibe eine Einstellung oder zieh ein Bild oder einen Clip hierher.</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="164"/>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>No clips yet. Generated clips and imported media appear here.</source>
        <translation type="vanished">Noch keine Clips. Erzeugte Clips und importierte Medien erscheinen hier.</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="164"/>
        <source>Inspector</source>
        <translation>Inspektor</translation>
    </message>
    <message>
        <source>The recipe of the selected clip appears here.</source>
        <translation type="vanished">Das Rezept des gewählten Clips erscheint hier.</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="165"/>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>No jobs. Generations wait and run here.</source>
        <translation type="vanished">Keine Aufträge. Generierungen warten und laufen hier.</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="165"/>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Drag clips here to cut a sequence.</source>
        <translation type="vanished">Zieh Clips hierher, um eine Sequenz zu schneiden.</translation>
    </message>
    <message>
        <source>Ready: engine %1, LibTorch %2, device %3</source>
        <translation type="vanished">Bereit: Engine %1, LibTorch %2, Gerät %3</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="93"/>
        <source>The prompt and settings of clip %1 are in the prompt editor</source>
        <translation>Prompt und Einstellungen von Clip %1 sind im Prompt-Editor</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="105"/>
        <source>Drop the second clip on the prompt editor to connect to it.</source>
        <translation>Zieh den zweiten Clip auf den Prompt-Editor, um die Verbindung herzustellen.</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="142"/>
        <source>The continuation of clip %1 is on the timeline.</source>
        <translation>Die Fortsetzung von Clip %1 liegt auf der Zeitleiste.</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="144"/>
        <source>The continuation is in the library but could not go on the timeline: %1</source>
        <translation>Die Fortsetzung ist in der Bibliothek, konnte aber nicht auf die Zeitleiste: %1</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="158"/>
        <source>Tessera Studio - %1</source>
        <translation>Tessera Studio - %1</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="206"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="207"/>
        <source>&amp;New project...</source>
        <translation>&amp;Neues Projekt...</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="208"/>
        <source>&amp;Open project...</source>
        <translation>Projekt ö&amp;ffnen...</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="209"/>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="215"/>
        <source>&amp;Import media...</source>
        <translation>Medien &amp;importieren...</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="217"/>
        <source>&amp;Export timeline...</source>
        <translation>Zeitleiste &amp;exportieren...</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="221"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="224"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="225"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="234"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="247"/>
        <source>&amp;Preferences...</source>
        <translation>&amp;Einstellungen...</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="254"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="257"/>
        <source>&amp;Light theme</source>
        <translation>&amp;Helles Design</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="261"/>
        <source>&amp;Reset layout</source>
        <translation>Layout &amp;zurücksetzen</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="263"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="264"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Tasten&amp;kürzel</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="265"/>
        <source>&amp;About Tessera</source>
        <translation>Über &amp;Tessera</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="276"/>
        <source>Generate (prompt editor)</source>
        <translation>Generieren (Prompt-Editor)</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="277"/>
        <source>Play / pause</source>
        <translation>Wiedergabe / Pause</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="278"/>
        <source>Play backward / pause / play forward (press again for faster)</source>
        <translation>Rückwärts / Pause / Vorwärts abspielen (erneut drücken für schneller)</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="279"/>
        <source>One frame back / forward</source>
        <translation>Einen Frame zurück / vor</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="280"/>
        <source>Set in / out point</source>
        <translation>In- / Out-Punkt setzen</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="281"/>
        <source>Split the timeline item at the playhead</source>
        <translation>Zeitleistenelement am Abspielkopf teilen</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="282"/>
        <source>Delete / ripple delete the selected item</source>
        <translation>Ausgewähltes Element löschen / löschen und Lücke schließen</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="283"/>
        <source>Undo / redo</source>
        <translation>Rückgängig / Wiederholen</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="284"/>
        <source>Zoom the timeline</source>
        <translation>Zeitleiste zoomen</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="285"/>
        <location filename="../ui/src/main_window.cpp" line="358"/>
        <source>Import media</source>
        <translation>Medien importieren</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="286"/>
        <source>Export the timeline</source>
        <translation>Zeitleiste exportieren</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="291"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="302"/>
        <source>About Tessera</source>
        <translation>Über Tessera</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="309"/>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="320"/>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="340"/>
        <source>Welcome! This is a starter project in %1. Press Ctrl+Enter to generate the sample prompt.</source>
        <translation>Willkommen! Dies ist ein Starterprojekt in %1. Drücke Ctrl+Enter, um den Beispiel-Prompt zu generieren.</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="346"/>
        <source>New project folder</source>
        <translation>Neuer Projektordner</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="351"/>
        <source>Open project folder</source>
        <translation>Projektordner öffnen</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="356"/>
        <source>Open or create a project first.</source>
        <translation>Öffne oder erstelle zuerst ein Projekt.</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="358"/>
        <source>Media (*.png *.jpg *.jpeg *.webp *.tif *.tiff *.exr *.mp4 *.webm *.mov *.mkv *.gif *.wav *.mp3 *.ogg *.flac *.m4a)</source>
        <translation>Medien (*.png *.jpg *.jpeg *.webp *.tif *.tiff *.exr *.mp4 *.webm *.mov *.mkv *.gif *.wav *.mp3 *.ogg *.flac *.m4a)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/src/main_window.cpp" line="362"/>
        <source>Imported %n file(s)</source>
        <translation>
            <numerusform>%n Datei importiert</numerusform>
            <numerusform>%n Dateien importiert</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="364"/>
        <source>Nothing was imported: %1</source>
        <translation>Nichts wurde importiert: %1</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="369"/>
        <source>Open a project with a timeline first.</source>
        <translation>Öffne zuerst ein Projekt mit einer Zeitleiste.</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="371"/>
        <source>The timeline is empty: drag clips from the library onto it first.</source>
        <translation>Die Zeitleiste ist leer: Zieh zuerst Clips aus der Bibliothek darauf.</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="373"/>
        <source>Export timeline</source>
        <translation>Zeitleiste exportieren</translation>
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
        <translation>Animiertes GIF</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="381"/>
        <source>PNG image sequence</source>
        <translation>PNG-Bildsequenz</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="381"/>
        <source>OpenEXR sequence (linear half float)</source>
        <translation>OpenEXR-Sequenz (linear, Half Float)</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="386"/>
        <source>%1 (plugin)</source>
        <translation>%1 (Plugin)</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="391"/>
        <source>Browse...</source>
        <translation>Durchsuchen...</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="395"/>
        <source>Write .srt and .vtt subtitles beside it</source>
        <translation>Untertitel als .srt und .vtt daneben schreiben</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="397"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="398"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="400"/>
        <source>%1x%2, %3 fps, %4 s. A .manifest.json records how every shot was made.</source>
        <translation>%1x%2, %3 fps, %4 s. Eine .manifest.json hält fest, wie jede Einstellung entstanden ist.</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="407"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="429"/>
        <source>Export to</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="444"/>
        <source>Exporting %1...</source>
        <translation>Exportiere %1...</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="457"/>
        <source>Exporting: %1%</source>
        <translation>Export: %1 %</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="463"/>
        <source>Exported %1 (%2 s)</source>
        <translation>%1 exportiert (%2 s)</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="466"/>
        <source>Export failed, nothing was written: %1</source>
        <translation>Export fehlgeschlagen, nichts wurde geschrieben: %1</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="486"/>
        <source>Extending clip %1: the continuation lands after it on the timeline when it is done.</source>
        <translation>Clip %1 wird verlängert: Die Fortsetzung landet danach auf der Zeitleiste, sobald sie fertig ist.</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="488"/>
        <source>Cannot extend clip %1: %2</source>
        <translation>Clip %1 kann nicht verlängert werden: %2</translation>
    </message>
</context>
<context>
    <name>tessera::ui::PreferencesDialog</name>
    <message>
        <location filename="../ui/src/preferences.cpp" line="114"/>
        <source>A folder of model bundles</source>
        <translation>Ein Ordner mit Modellpaketen</translation>
    </message>
    <message>
        <location filename="../ui/src/preferences.cpp" line="187"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/src/preferences.cpp" line="189"/>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <location filename="../ui/src/preferences.cpp" line="190"/>
        <source>Plugins</source>
        <translation>Plugins</translation>
    </message>
    <message>
        <location filename="../ui/src/preferences.cpp" line="191"/>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <location filename="../ui/src/preferences.cpp" line="197"/>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <location filename="../ui/src/preferences.cpp" line="198"/>
        <source>Generate on:</source>
        <translation>Generieren auf:</translation>
    </message>
    <message>
        <location filename="../ui/src/preferences.cpp" line="199"/>
        <source>Automatic (a GPU when there is one)</source>
        <translation>Automatisch (GPU, falls vorhanden)</translation>
    </message>
    <message>
        <location filename="../ui/src/preferences.cpp" line="200"/>
        <source>CPU threads:</source>
        <translation>CPU-Threads:</translation>
    </message>
    <message>
        <location filename="../ui/src/preferences.cpp" line="201"/>
        <source>all cores</source>
        <translation>alle Kerne</translation>
    </message>
    <message>
        <location filename="../ui/src/preferences.cpp" line="202"/>
        <source>Default model:</source>
        <translation>Standardmodell:</translation>
    </message>
    <message>
        <location filename="../ui/src/preferences.cpp" line="206"/>
        <source>Model folders:</source>
        <translation>Modellordner:</translation>
    </message>
    <message>
        <location filename="../ui/src/preferences.cpp" line="208"/>
        <source>New projects:</source>
        <translation>Neue Projekte:</translation>
    </message>
    <message>
        <location filename="../ui/src/preferences.cpp" line="210"/>
        <source>Add folder...</source>
        <translation>Ordner hinzufügen...</translation>
    </message>
    <message>
        <location filename="../ui/src/preferences.cpp" line="211"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/src/preferences.cpp" line="213"/>
        <source>The device applies when a project is opened; CPU threads and the default model at the next start; model folders the next time the model list is filled.</source>
        <translation>Das Gerät gilt ab dem Öffnen eines Projekts, CPU-Threads und Standardmodell ab dem nächsten Start, Modellordner ab dem nächsten Füllen der Modellliste.</translation>
    </message>
    <message>
        <location filename="../ui/src/preferences.cpp" line="216"/>
        <location filename="../ui/src/preferences.cpp" line="259"/>
        <source>Enabled</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../ui/src/preferences.cpp" line="216"/>
        <source>Plugin</source>
        <translation>Plugin</translation>
    </message>
    <message>
        <location filename="../ui/src/preferences.cpp" line="216"/>
        <source>Kinds</source>
        <translation>Arten</translation>
    </message>
    <message>
        <location filename="../ui/src/preferences.cpp" line="216"/>
        <source>Status</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../ui/src/preferences.cpp" line="218"/>
        <source>Plugins run in their own process. One that crashes, hangs or misbehaves is turned off here, with the reason; turn it on again when it has been fixed.</source>
        <translation>Plugins laufen in einem eigenen Prozess. Eines, das abstürzt, hängt oder sich falsch verhält, wird hier mit dem Grund ausgeschaltet; schalte es wieder ein, wenn es behoben ist.</translation>
    </message>
    <message>
        <location filename="../ui/src/preferences.cpp" line="224"/>
        <source>tessera-shapes (built in), else the first found</source>
        <translation>tessera-shapes (eingebaut), sonst das erste gefundene</translation>
    </message>
    <message>
        <location filename="../ui/src/preferences.cpp" line="258"/>
        <source>Cannot be used: %1</source>
        <translation>Nicht verwendbar: %1</translation>
    </message>
    <message>
        <location filename="../ui/src/preferences.cpp" line="260"/>
        <source>Disabled: %1</source>
        <translation>Ausgeschaltet: %1</translation>
    </message>
</context>
<context>
    <name>tessera::ui::PreviewPlayer</name>
    <message>
        <location filename="../ui/src/preview_player.cpp" line="116"/>
        <source>first frame — step %1/%2</source>
        <translation>erster Frame — Schritt %1/%2</translation>
    </message>
    <message>
        <location filename="../ui/src/preview_player.cpp" line="118"/>
        <source>generating — step %1/%2</source>
        <translation>generiere — Schritt %1/%2</translation>
    </message>
    <message>
        <location filename="../ui/src/preview_player.cpp" line="119"/>
        <source>generating — %1</source>
        <translation>generiere — %1</translation>
    </message>
    <message>
        <location filename="../ui/src/preview_player.cpp" line="395"/>
        <location filename="../ui/src/preview_player.cpp" line="714"/>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/src/preview_player.cpp" line="395"/>
        <location filename="../ui/src/preview_player.cpp" line="717"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../ui/src/preview_player.cpp" line="429"/>
        <source>Go to the first frame (Home)</source>
        <translation>Zum ersten Frame (Home)</translation>
    </message>
    <message>
        <location filename="../ui/src/preview_player.cpp" line="430"/>
        <source>Step one frame back (Left; Shift+Left: one second)</source>
        <translation>Einen Frame zurück (Left; Shift+Left: eine Sekunde)</translation>
    </message>
    <message>
        <location filename="../ui/src/preview_player.cpp" line="431"/>
        <source>Play backward; again for 2× and 4× (J)</source>
        <translation>Rückwärts abspielen; erneut für 2× und 4× (J)</translation>
    </message>
    <message>
        <location filename="../ui/src/preview_player.cpp" line="432"/>
        <source>Play forward; again for 2× and 4× (L)</source>
        <translation>Vorwärts abspielen; erneut für 2× und 4× (L)</translation>
    </message>
    <message>
        <location filename="../ui/src/preview_player.cpp" line="433"/>
        <source>Step one frame forward (Right; Shift+Right: one second)</source>
        <translation>Einen Frame vor (Right; Shift+Right: eine Sekunde)</translation>
    </message>
    <message>
        <location filename="../ui/src/preview_player.cpp" line="434"/>
        <source>Go to the last frame (End)</source>
        <translation>Zum letzten Frame (End)</translation>
    </message>
    <message>
        <location filename="../ui/src/preview_player.cpp" line="435"/>
        <source>In</source>
        <translation>In</translation>
    </message>
    <message>
        <location filename="../ui/src/preview_player.cpp" line="436"/>
        <source>Mark the in point at this frame (I; Alt+X clears the marks)</source>
        <translation>In-Punkt auf diesen Frame setzen (I; Alt+X löscht die Marken)</translation>
    </message>
    <message>
        <location filename="../ui/src/preview_player.cpp" line="437"/>
        <source>Out</source>
        <translation>Out</translation>
    </message>
    <message>
        <location filename="../ui/src/preview_player.cpp" line="438"/>
        <source>Mark the out point at this frame (O; Alt+X clears the marks)</source>
        <translation>Out-Punkt auf diesen Frame setzen (O; Alt+X löscht die Marken)</translation>
    </message>
    <message>
        <location filename="../ui/src/preview_player.cpp" line="439"/>
        <source>Loop</source>
        <translation>Schleife</translation>
    </message>
    <message>
        <location filename="../ui/src/preview_player.cpp" line="440"/>
        <source>Loop playback between the in and out points (Ctrl+L)</source>
        <translation>Zwischen In- und Out-Punkt in Schleife abspielen (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../ui/src/preview_player.cpp" line="441"/>
        <source>Zoom: fit to the view or 100% (Z, or double-click the picture)</source>
        <translation>Zoom: in Ansicht einpassen oder 100 % (Z, oder Doppelklick aufs Bild)</translation>
    </message>
    <message>
        <location filename="../ui/src/preview_player.cpp" line="442"/>
        <source>Scrub through the frames</source>
        <translation>Durch die Frames blättern</translation>
    </message>
    <message>
        <location filename="../ui/src/preview_player.cpp" line="443"/>
        <source>Frame (counted from 1) / frames</source>
        <translation>Frame (ab 1 gezählt) / Frames</translation>
    </message>
    <message>
        <location filename="../ui/src/preview_player.cpp" line="444"/>
        <source>Timecode: hours:minutes:seconds:frames</source>
        <translation>Timecode: Stunden:Minuten:Sekunden:Frames</translation>
    </message>
    <message>
        <location filename="../ui/src/preview_player.cpp" line="446"/>
        <location filename="../ui/src/preview_player.cpp" line="479"/>
        <source>Select a clip or a running job to see it here.</source>
        <translation>Wähle einen Clip oder einen laufenden Auftrag, um ihn hier zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/src/preview_player.cpp" line="503"/>
        <source>Clip %1 cannot be shown: %2</source>
        <translation>Clip %1 kann nicht angezeigt werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/src/preview_player.cpp" line="511"/>
        <source>Decoding…</source>
        <translation>Dekodiere…</translation>
    </message>
    <message>
        <location filename="../ui/src/preview_player.cpp" line="540"/>
        <source>Clip %1 cannot be played: %2</source>
        <translation>Clip %1 kann nicht abgespielt werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/src/preview_player.cpp" line="540"/>
        <source>it has no frames</source>
        <translation>er hat keine Frames</translation>
    </message>
    <message>
        <location filename="../ui/src/preview_player.cpp" line="558"/>
        <source>No timeline is open.</source>
        <translation>Keine Zeitleiste geöffnet.</translation>
    </message>
    <message>
        <location filename="../ui/src/preview_player.cpp" line="570"/>
        <location filename="../ui/src/preview_player.cpp" line="589"/>
        <source>The timeline is empty. Drag clips onto it to preview the cut.</source>
        <translation>Die Zeitleiste ist leer. Zieh Clips darauf, um den Schnitt anzusehen.</translation>
    </message>
    <message>
        <location filename="../ui/src/preview_player.cpp" line="653"/>
        <source>The timeline cannot be previewed: %1</source>
        <translation>Vorschau der Zeitleiste nicht möglich: %1</translation>
    </message>
    <message>
        <location filename="../ui/src/preview_player.cpp" line="708"/>
        <source>Waiting for the first preview…</source>
        <translation>Warte auf die erste Vorschau…</translation>
    </message>
    <message>
        <location filename="../ui/src/preview_player.cpp" line="711"/>
        <source>queued — waiting to run</source>
        <translation>eingereiht — wartet auf Ausführung</translation>
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
        <translation>Pause (Space oder K)</translation>
    </message>
    <message>
        <location filename="../ui/src/preview_player.cpp" line="913"/>
        <source>Play (Space)</source>
        <translation>Abspielen (Space)</translation>
    </message>
    <message>
        <location filename="../ui/src/preview_player.cpp" line="926"/>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <location filename="../ui/src/preview_player.cpp" line="926"/>
        <source>100%</source>
        <translation>100 %</translation>
    </message>
    <message>
        <location filename="../ui/src/preview_player.cpp" line="929"/>
        <source>%1× forward</source>
        <translation>%1× vorwärts</translation>
    </message>
    <message>
        <location filename="../ui/src/preview_player.cpp" line="930"/>
        <source>%1× reverse</source>
        <translation>%1× rückwärts</translation>
    </message>
</context>
<context>
    <name>tessera::ui::PromptPanel</name>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="321"/>
        <source>Describe a shot: a large red ball bouncing on a white background</source>
        <translation>Beschreibe eine Einstellung: ein großer roter Ball, der auf weißem Hintergrund springt</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="322"/>
        <source>What to make, in your words. Drop an image or a clip here to use it. Ctrl+Enter generates.</source>
        <translation>Was entstehen soll, in deinen Worten. Zieh Bilder oder Clips hierher, um sie zu verwenden. Ctrl+Enter generiert.</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="323"/>
        <source>Negative prompt: what to avoid (optional)</source>
        <translation>Negativer Prompt: was vermieden werden soll (optional)</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="325"/>
        <source>custom</source>
        <translation>eigene</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="326"/>
        <location filename="../ui/src/prompt_panel.cpp" line="637"/>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="327"/>
        <source>Paint mask...</source>
        <translation>Maske malen...</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="328"/>
        <source>Paint the region to regenerate over the clip&apos;s first frame</source>
        <translation>Den neu zu erzeugenden Bereich auf das erste Bild des Clips malen</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="329"/>
        <source>Forget the images and clips given to this task</source>
        <translation>Die dieser Aufgabe gegebenen Bilder und Clips vergessen</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="330"/>
        <source>random</source>
        <translation>zufällig</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="331"/>
        <source>Lock</source>
        <translation>Fixieren</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="332"/>
        <source>Keep this seed for every generation (otherwise each gets a new random seed)</source>
        <translation>Diesen Seed für jede Generierung behalten (sonst bekommt jede einen neuen zufälligen Seed)</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="333"/>
        <source>How many variations (different seeds) to queue</source>
        <translation>Wie viele Varianten (verschiedene Seeds) eingereiht werden</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="334"/>
        <source>Generate  (Ctrl+Enter)</source>
        <translation>Generieren  (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="335"/>
        <source>Add the generation to the queue (Ctrl+Enter)</source>
        <translation>Die Generierung zur Warteschlange hinzufügen (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="336"/>
        <source>Remix strength: 0 keeps the clip, 1 ignores it</source>
        <translation>Remix-Stärke: 0 behält den Clip, 1 ignoriert ihn</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="337"/>
        <source>Sampling steps (auto: the model&apos;s default)</source>
        <translation>Sampling-Schritte (auto: die Vorgabe des Modells)</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="338"/>
        <source>How strongly the prompt steers each step (auto: the model&apos;s default; 1 = no guidance)</source>
        <translation>Wie stark der Prompt jeden Schritt lenkt (auto: die Vorgabe des Modells; 1 = keine Guidance)</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="339"/>
        <source>σ</source>
        <translation>σ</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="341"/>
        <source>Guide only the steps whose noise level σ is above the first value and at most the second (1 = pure noise, 0 = the finished clip). Unticked: the model&apos;s default, usually every step.</source>
        <translation>Nur die Schritte lenken, deren Rauschniveau σ über dem ersten und höchstens beim zweiten Wert liegt (1 = reines Rauschen, 0 = der fertige Clip). Nicht angehakt: die Vorgabe des Modells, meist jeder Schritt.</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="344"/>
        <source>Noise schedule shift: higher spends more steps at high noise (auto: the model&apos;s default)</source>
        <translation>Verschiebung des Rauschplans: höher verbringt mehr Schritte bei starkem Rauschen (auto: die Vorgabe des Modells)</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="345"/>
        <source>The solver that takes the steps (auto: the model&apos;s default)</source>
        <translation>Der Solver, der die Schritte ausführt (auto: die Vorgabe des Modells)</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="346"/>
        <source>Enhance prompt</source>
        <translation>Prompt verbessern</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="347"/>
        <source>Rewrite the prompt into the captions the model was trained on (shown under the prompt). Untick to give the model your words as typed.</source>
        <translation>Schreibt den Prompt in die Beschreibungen um, mit denen das Modell trainiert wurde (unter dem Prompt angezeigt). Abwählen, um dem Modell Ihre Worte unverändert zu geben.</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="349"/>
        <source>Refine ×2</source>
        <translation>Verfeinern ×2</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="350"/>
        <source>Cascade refinement: upscale the clip 2× and re-denoise it at low strength for finer detail (about twice the time)</source>
        <translation>Kaskadenverfeinerung: den Clip 2× vergrößern und mit geringer Stärke erneut entrauschen, für feinere Details (etwa die doppelte Zeit)</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="354"/>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="354"/>
        <source>Inputs</source>
        <translation>Eingaben</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="354"/>
        <source>Strength</source>
        <translation>Stärke</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="354"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="354"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="354"/>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="355"/>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="355"/>
        <source>Guidance</source>
        <translation>Guidance</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="355"/>
        <source>Sampler</source>
        <translation>Sampler</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="355"/>
        <source>Guide between</source>
        <translation>Lenken zwischen</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="355"/>
        <source>Shift</source>
        <translation>Shift</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="356"/>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="356"/>
        <source>Variations</source>
        <translation>Varianten</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="356"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="356"/>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="392"/>
        <source>No model found. Import one with `tessera models import` or pick a folder in Preferences.</source>
        <translation>Kein Modell gefunden. Importiere eines mit `tessera models import` oder wähle einen Ordner in den Einstellungen.</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="393"/>
        <source>%1 has no readable model.json</source>
        <translation>%1 hat keine lesbare model.json</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="436"/>
        <source>&lt;i&gt;The model will see your prompt as typed (the enhancer is off).&lt;/i&gt;</source>
        <translation>&lt;i&gt;Das Modell sieht Ihren Prompt wie eingegeben (die Verbesserung ist aus).&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="440"/>
        <source>&lt;i&gt;The model will see the enhancer&apos;s caption of what you type.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Das Modell sieht die Beschreibung, die der Verbesserer aus deiner Eingabe macht.&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="447"/>
        <source>Model will see: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Das Modell sieht: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="448"/>
        <source>&lt;i&gt;(and what the image or clip shows)&lt;/i&gt;</source>
        <translation>&lt;i&gt;(und was das Bild oder der Clip zeigt)&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="453"/>
        <source>Not understood: %1</source>
        <translation>Nicht verstanden: %1</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="490"/>
        <location filename="../ui/src/prompt_panel.cpp" line="499"/>
        <source>none</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="493"/>
        <source>clip %1 (%2)</source>
        <translation>Clip %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="495"/>
        <source>clip %1 (missing)</source>
        <translation>Clip %1 (fehlt)</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="503"/>
        <source>asset %1 (missing)</source>
        <translation>Asset %1 (fehlt)</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="506"/>
        <source>first frame: %1</source>
        <translation>erster Frame: %1</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="507"/>
        <source>last frame: %1</source>
        <translation>letzter Frame: %1</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="508"/>
        <source>clip: none, a new loop from the prompt (or drop a clip to loop it)</source>
        <translation>Clip: keiner, ein neuer Loop aus dem Prompt (oder einen Clip ablegen, um ihn zu loopen)</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="509"/>
        <source>clip: %1</source>
        <translation>Clip: %1</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="510"/>
        <source>then: %1</source>
        <translation>danach: %1</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="511"/>
        <source>mask: %1</source>
        <translation>Maske: %1</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="512"/>
        <source>Text only (drop an image or a clip here)</source>
        <translation>Nur Text (Bild oder Clip hierher ziehen)</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="535"/>
        <source>auto (the model&apos;s)</source>
        <translation>automatisch (die des Modells)</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="542"/>
        <source>every frame at once</source>
        <translation>alle Bilder auf einmal</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="542"/>
        <source>Sample every frame together from noise</source>
        <translation>Alle Bilder gemeinsam aus Rauschen erzeugen</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="543"/>
        <source>first frame, then the motion</source>
        <translation>erst das erste Bild, dann die Bewegung</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="544"/>
        <source>Sample the first frame alone as an image, then animate it (image to video)</source>
        <translation>Das erste Bild allein als Standbild erzeugen, dann animieren (Bild zu Video)</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="546"/>
        <source>by reversal</source>
        <translation>durch Umkehrung</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="547"/>
        <source>Play the clip backward, extend it forward, play the new frames back again</source>
        <translation>Den Clip rückwärts abspielen, vorwärts verlängern und die neuen Bilder wieder umkehren</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="548"/>
        <source>native</source>
        <translation>direkt</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="548"/>
        <source>Make new frames that lead into the clip&apos;s first frames</source>
        <translation>Neue Bilder erzeugen, die in die ersten Bilder des Clips münden</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="550"/>
        <source>one ring</source>
        <translation>ein Ring</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="550"/>
        <source>Sample the whole loop at once as a ring whose end leads into its start</source>
        <translation>Die ganze Schleife auf einmal als Ring erzeugen, dessen Ende in seinen Anfang übergeht</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="551"/>
        <source>clip, then a bridge</source>
        <translation>Clip, dann eine Brücke</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="551"/>
        <source>Make a clip, then new frames from its end back to its start</source>
        <translation>Einen Clip erzeugen, dann neue Bilder von seinem Ende zurück zu seinem Anfang</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="563"/>
        <source>How this task is made (auto: the model&apos;s default)</source>
        <translation>Wie diese Aufgabe ausgeführt wird (automatisch: die Vorgabe des Modells)</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="574"/>
        <location filename="../ui/src/prompt_panel.cpp" line="721"/>
        <source>Open or create a project first (File &gt; New project).</source>
        <translation>Öffne oder erstelle zuerst ein Projekt (Datei &gt; Neues Projekt).</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="585"/>
        <source>Cannot use the dropped file: %1</source>
        <translation>Die abgelegte Datei ist nicht verwendbar: %1</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="607"/>
        <source>%1 is not an image; drop clips from the library to remix or extend them</source>
        <translation>%1 ist kein Bild; zieh Clips aus der Bibliothek hierher, um sie zu remixen oder zu verlängern</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="623"/>
        <source>Cannot show the clip to paint on: %1</source>
        <translation>Der Clip kann nicht zum Malen angezeigt werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="627"/>
        <source>Paint the region to regenerate</source>
        <translation>Neu zu erzeugenden Bereich malen</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="639"/>
        <source>Brush</source>
        <translation>Pinsel</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="656"/>
        <source>Cannot write the mask image</source>
        <translation>Das Maskenbild kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="662"/>
        <source>Cannot store the mask: %1</source>
        <translation>Die Maske kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="725"/>
        <source>No model to generate with; import one or choose one in Preferences.</source>
        <translation>Kein Modell zum Generieren; importiere eines oder wähle eines in den Einstellungen.</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="730"/>
        <source>The guidance interval needs its first value below its second (%1 – %2)</source>
        <translation>Beim Guidance-Intervall muss der erste Wert unter dem zweiten liegen (%1 – %2)</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="764"/>
        <source>%1 needs %2</source>
        <translation>%1 benötigt %2</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="767"/>
        <source>a first-frame image (drop one here)</source>
        <translation>ein Startbild (hier ablegen)</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="768"/>
        <source>a last-frame image</source>
        <translation>ein Endbild</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="769"/>
        <source>a clip (drop one from the library)</source>
        <translation>einen Clip (aus der Bibliothek hierher ziehen)</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="770"/>
        <source>a prompt or a clip to loop</source>
        <translation>einen Prompt oder einen Clip zum Loopen</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="771"/>
        <source>a second clip</source>
        <translation>einen zweiten Clip</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="772"/>
        <source>a mask image (white = regenerate)</source>
        <translation>ein Maskenbild (weiß = neu erzeugen)</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="773"/>
        <source>a prompt</source>
        <translation>einen Prompt</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="783"/>
        <source>Cannot queue the generation: %1</source>
        <translation>Generierung kann nicht eingereiht werden: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/src/prompt_panel.cpp" line="795"/>
        <source>Queued %n generation(s)</source>
        <translation>
            <numerusform>%n Generierung eingereiht</numerusform>
            <numerusform>%n Generierungen eingereiht</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::ui::QueuePanel</name>
    <message>
        <location filename="../ui/src/queue_panel.cpp" line="132"/>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <location filename="../ui/src/queue_panel.cpp" line="134"/>
        <source>Queued</source>
        <translation>Eingereiht</translation>
    </message>
    <message>
        <location filename="../ui/src/queue_panel.cpp" line="136"/>
        <location filename="../ui/src/queue_panel.cpp" line="343"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location filename="../ui/src/queue_panel.cpp" line="138"/>
        <location filename="../ui/src/queue_panel.cpp" line="349"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/src/queue_panel.cpp" line="140"/>
        <location filename="../ui/src/queue_panel.cpp" line="351"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location filename="../ui/src/queue_panel.cpp" line="142"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location filename="../ui/src/queue_panel.cpp" line="147"/>
        <source>%1s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../ui/src/queue_panel.cpp" line="148"/>
        <source>%1m %2s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location filename="../ui/src/queue_panel.cpp" line="149"/>
        <source>%1h %2m</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location filename="../ui/src/queue_panel.cpp" line="154"/>
        <source>(no prompt)</source>
        <translation>(kein Prompt)</translation>
    </message>
    <message>
        <location filename="../ui/src/queue_panel.cpp" line="255"/>
        <source>%1 · %2%</source>
        <translation>%1 · %2 %</translation>
    </message>
    <message>
        <location filename="../ui/src/queue_panel.cpp" line="309"/>
        <source>sampling</source>
        <translation>Sampling</translation>
    </message>
    <message>
        <location filename="../ui/src/queue_panel.cpp" line="311"/>
        <source>encoding prompt</source>
        <translation>Prompt-Kodierung</translation>
    </message>
    <message>
        <location filename="../ui/src/queue_panel.cpp" line="313"/>
        <source>encoding input</source>
        <translation>Eingabe-Kodierung</translation>
    </message>
    <message>
        <location filename="../ui/src/queue_panel.cpp" line="315"/>
        <source>first frame</source>
        <translation>erster Frame</translation>
    </message>
    <message>
        <location filename="../ui/src/queue_panel.cpp" line="317"/>
        <source>refining</source>
        <translation>Verfeinerung</translation>
    </message>
    <message>
        <location filename="../ui/src/queue_panel.cpp" line="319"/>
        <source>decoding</source>
        <translation>Dekodierung</translation>
    </message>
    <message>
        <location filename="../ui/src/queue_panel.cpp" line="321"/>
        <source>starting</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../ui/src/queue_panel.cpp" line="322"/>
        <source>%1 %2/%3</source>
        <translation>%1 %2/%3</translation>
    </message>
    <message>
        <location filename="../ui/src/queue_panel.cpp" line="333"/>
        <source>cancelling…</source>
        <translation>wird abgebrochen…</translation>
    </message>
    <message>
        <location filename="../ui/src/queue_panel.cpp" line="340"/>
        <source>Queued · next</source>
        <translation>Eingereiht · als Nächstes</translation>
    </message>
    <message>
        <location filename="../ui/src/queue_panel.cpp" line="340"/>
        <source>Queued · %1 ahead</source>
        <translation>Eingereiht · %1 davor</translation>
    </message>
    <message>
        <location filename="../ui/src/queue_panel.cpp" line="343"/>
        <source>Done · clip %1</source>
        <translation>Fertig · Clip %1</translation>
    </message>
    <message>
        <location filename="../ui/src/queue_panel.cpp" line="345"/>
        <source> · took %1</source>
        <translation> · dauerte %1</translation>
    </message>
    <message>
        <location filename="../ui/src/queue_panel.cpp" line="373"/>
        <source>%1 left</source>
        <translation>noch %1</translation>
    </message>
    <message>
        <location filename="../ui/src/queue_panel.cpp" line="403"/>
        <source>Job %1 · %2 · %3</source>
        <translation>Auftrag %1 · %2 · %3</translation>
    </message>
    <message>
        <location filename="../ui/src/queue_panel.cpp" line="458"/>
        <source>The queue cannot be read: %1</source>
        <translation>Die Warteschlange kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/src/queue_panel.cpp" line="641"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/src/queue_panel.cpp" line="642"/>
        <source>Cancel the selected queued or running jobs</source>
        <translation>Ausgewählte wartende oder laufende Aufträge abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/src/queue_panel.cpp" line="643"/>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location filename="../ui/src/queue_panel.cpp" line="644"/>
        <source>Queue the selected failed or cancelled jobs again</source>
        <translation>Ausgewählte fehlgeschlagene oder abgebrochene Aufträge erneut einreihen</translation>
    </message>
    <message>
        <location filename="../ui/src/queue_panel.cpp" line="645"/>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <location filename="../ui/src/queue_panel.cpp" line="646"/>
        <source>Queue a copy of the selected jobs with a new random seed</source>
        <translation>Eine Kopie der ausgewählten Aufträge mit neuem zufälligen Seed einreihen</translation>
    </message>
    <message>
        <location filename="../ui/src/queue_panel.cpp" line="647"/>
        <source>Move to top</source>
        <translation>Ganz nach oben</translation>
    </message>
    <message>
        <location filename="../ui/src/queue_panel.cpp" line="648"/>
        <source>Run the selected queued job next</source>
        <translation>Ausgewählten wartenden Auftrag als Nächstes ausführen</translation>
    </message>
    <message>
        <location filename="../ui/src/queue_panel.cpp" line="649"/>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <location filename="../ui/src/queue_panel.cpp" line="650"/>
        <source>Move the selected queued job one place earlier</source>
        <translation>Ausgewählten wartenden Auftrag eine Stelle nach vorn schieben</translation>
    </message>
    <message>
        <location filename="../ui/src/queue_panel.cpp" line="651"/>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <location filename="../ui/src/queue_panel.cpp" line="652"/>
        <source>Move the selected queued job one place later</source>
        <translation>Ausgewählten wartenden Auftrag eine Stelle nach hinten schieben</translation>
    </message>
    <message>
        <location filename="../ui/src/queue_panel.cpp" line="653"/>
        <source>No jobs. Generations wait and run here.</source>
        <translation>Keine Aufträge. Generierungen warten und laufen hier.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/src/queue_panel.cpp" line="697"/>
        <source>%n running</source>
        <translation>
            <numerusform>%n läuft</numerusform>
            <numerusform>%n laufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/src/queue_panel.cpp" line="698"/>
        <source>%n queued</source>
        <translation>
            <numerusform>%n eingereiht</numerusform>
            <numerusform>%n eingereiht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/src/queue_panel.cpp" line="699"/>
        <source>%n done</source>
        <translation>
            <numerusform>%n fertig</numerusform>
            <numerusform>%n fertig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/src/queue_panel.cpp" line="700"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/src/queue_panel.cpp" line="701"/>
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n abgebrochen</numerusform>
            <numerusform>%n abgebrochen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::ui::StudioSession</name>
    <message>
        <location filename="../ui/src/session.cpp" line="77"/>
        <source>Job %1 failed: %2</source>
        <translation>Auftrag %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../ui/src/session.cpp" line="87"/>
        <source>Shot %1 could not take its clip: %2</source>
        <translation>Einstellung %1 konnte ihren Clip nicht übernehmen: %2</translation>
    </message>
    <message>
        <location filename="../ui/src/session.cpp" line="97"/>
        <source>The queue of this project runs in another process: %1</source>
        <translation>Die Warteschlange dieses Projekts läuft in einem anderen Prozess: %1</translation>
    </message>
</context>
<context>
    <name>tessera::ui::TimelinePanel</name>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="554"/>
        <source>generating…</source>
        <translation>generiere…</translation>
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
        <translation>Keine Zeitleiste: Öffne oder erstelle ein Projekt.</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="777"/>
        <source>Drag clips here from the library, or drop media files.</source>
        <translation>Zieh Clips aus der Bibliothek hierher oder lege Mediendateien ab.</translation>
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
        <translation>Die Spur konnte nicht geändert werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="959"/>
        <source>Could not move the item: %1</source>
        <translation>Element konnte nicht verschoben werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="964"/>
        <location filename="../ui/src/timeline_panel.cpp" line="969"/>
        <source>Could not trim the item: %1</source>
        <translation>Element konnte nicht getrimmt werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1147"/>
        <source>Split at playhead</source>
        <translation>Am Abspielkopf teilen</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1150"/>
        <location filename="../ui/src/timeline_panel.cpp" line="1575"/>
        <source>Could not split the item: %1</source>
        <translation>Element konnte nicht geteilt werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1152"/>
        <location filename="../ui/src/timeline_panel.cpp" line="1494"/>
        <source>Ripple delete</source>
        <translation>Löschen und Lücke schließen</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1153"/>
        <location filename="../ui/src/timeline_panel.cpp" line="1156"/>
        <location filename="../ui/src/timeline_panel.cpp" line="1583"/>
        <location filename="../ui/src/timeline_panel.cpp" line="1591"/>
        <source>Could not delete the item: %1</source>
        <translation>Element konnte nicht gelöscht werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1155"/>
        <location filename="../ui/src/timeline_panel.cpp" line="1496"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1159"/>
        <source>Crossfade from previous (0.5 s)</source>
        <translation>Überblendung vom vorherigen (0,5 s)</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1160"/>
        <source>Could not add the crossfade: %1</source>
        <translation>Überblendung konnte nicht hinzugefügt werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1163"/>
        <source>Fade in (0.5 s)</source>
        <translation>Einblenden (0,5 s)</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1164"/>
        <location filename="../ui/src/timeline_panel.cpp" line="1171"/>
        <source>Could not set the fade: %1</source>
        <translation>Blende konnte nicht gesetzt werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1170"/>
        <source>Fade out (0.5 s)</source>
        <translation>Ausblenden (0,5 s)</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1177"/>
        <source>Set to cut</source>
        <translation>Harter Schnitt</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1178"/>
        <source>Could not set the cut: %1</source>
        <translation>Schnitt konnte nicht gesetzt werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1182"/>
        <source>Extend this clip</source>
        <translation>Diesen Clip verlängern</translation>
    </message>
    <message>
        <source>This track is muted</source>
        <translation type="vanished">Diese Spur ist stummgeschaltet</translation>
    </message>
    <message>
        <source>This track plays</source>
        <translation type="vanished">Diese Spur wird abgespielt</translation>
    </message>
    <message>
        <source>This track is locked: its items cannot be edited</source>
        <translation type="vanished">Diese Spur ist gesperrt: Ihre Elemente können nicht bearbeitet werden</translation>
    </message>
    <message>
        <source>This track is not locked</source>
        <translation type="vanished">Diese Spur ist nicht gesperrt</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1209"/>
        <source>This track is muted (click to play it)</source>
        <translation>Diese Spur ist stummgeschaltet (klicken zum Abspielen)</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1210"/>
        <source>This track plays (click to mute it)</source>
        <translation>Diese Spur wird abgespielt (klicken zum Stummschalten)</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1212"/>
        <source>This track is locked: its items cannot be edited (click to unlock)</source>
        <translation>Diese Spur ist gesperrt: ihre Elemente können nicht bearbeitet werden (klicken zum Entsperren)</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1213"/>
        <source>This track is not locked (click to lock it)</source>
        <translation>Diese Spur ist nicht gesperrt (klicken zum Sperren)</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1216"/>
        <source>Click or drag to move the playhead</source>
        <translation>Klicken oder ziehen, um den Abspielkopf zu bewegen</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1220"/>
        <source>Pending shot (job %1): %2</source>
        <translation>Ausstehende Einstellung (Auftrag %1): %2</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1221"/>
        <source>Title: %1</source>
        <translation>Titel: %1</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1222"/>
        <source>Narration: %1</source>
        <translation>Sprechertext: %1</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1226"/>
        <source>%1 to %2, %3 long</source>
        <translation>%1 bis %2, %3 lang</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1229"/>
        <source>Crossfade in: %1</source>
        <translation>Eingehende Überblendung: %1</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1230"/>
        <source>Fade in: %1</source>
        <translation>Einblenden: %1</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1231"/>
        <source>Fade out: %1</source>
        <translation>Ausblenden: %1</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1232"/>
        <source>Drag to move, drag an edge to trim, right-click for more</source>
        <translation>Ziehen zum Verschieben, Kante ziehen zum Trimmen, Rechtsklick für mehr</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1342"/>
        <source>Could not import the dropped files: %1</source>
        <translation>Die abgelegten Dateien konnten nicht importiert werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1369"/>
        <source>This timeline has no audio track for the dropped sound.</source>
        <translation>Diese Zeitleiste hat keine Audiospur für den abgelegten Ton.</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1370"/>
        <source>This timeline has no video track for the dropped clip.</source>
        <translation>Diese Zeitleiste hat keine Videospur für den abgelegten Clip.</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1380"/>
        <source>Could not insert the item: %1</source>
        <translation>Element konnte nicht eingefügt werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1491"/>
        <source>Timeline tracks</source>
        <translation>Zeitleistenspuren</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1492"/>
        <source>Split</source>
        <translation>Teilen</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1493"/>
        <source>Split the selected item (or the item under the playhead) at the playhead (S)</source>
        <translation>Ausgewähltes Element (oder das unter dem Abspielkopf) am Abspielkopf teilen (S)</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1495"/>
        <source>Remove the selected item and close the gap (Shift+Delete)</source>
        <translation>Ausgewähltes Element entfernen und die Lücke schließen (Shift+Delete)</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1497"/>
        <source>Remove the selected item, leaving a gap (Delete)</source>
        <translation>Ausgewähltes Element entfernen, die Lücke bleibt (Delete)</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1498"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1499"/>
        <source>Redo</source>
        <translation>Wiederholen</translation>
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
        <translation>Herauszoomen (-, Ctrl+Mausrad)</translation>
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
        <translation>Hineinzoomen (+, Ctrl+Mausrad)</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1504"/>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1505"/>
        <source>Zoom to fit the whole timeline (Shift+Z)</source>
        <translation>Ganze Zeitleiste einpassen (Shift+Z)</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1506"/>
        <source>Playhead / timeline duration (seconds:frames)</source>
        <translation>Abspielkopf / Dauer der Zeitleiste (Sekunden:Frames)</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1526"/>
        <source>Undo the last timeline edit (Ctrl+Z)</source>
        <translation>Letzte Bearbeitung der Zeitleiste rückgängig machen (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1527"/>
        <source>Undo: %1 (Ctrl+Z)</source>
        <translation>Rückgängig: %1 (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1528"/>
        <source>Redo the undone timeline edit (Ctrl+Shift+Z)</source>
        <translation>Rückgängig gemachte Bearbeitung der Zeitleiste wiederholen (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1529"/>
        <source>Redo: %1 (Ctrl+Shift+Z)</source>
        <translation>Wiederholen: %1 (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1532"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1535"/>
        <source>no timeline</source>
        <translation>keine Zeitleiste</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1571"/>
        <source>Put the playhead inside an item to split it.</source>
        <translation>Setze den Abspielkopf in ein Element, um es zu teilen.</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1581"/>
        <location filename="../ui/src/timeline_panel.cpp" line="1589"/>
        <source>Select an item to delete it.</source>
        <translation>Wähle ein Element aus, um es zu löschen.</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1597"/>
        <source>Could not undo: %1</source>
        <translation>Rückgängig nicht möglich: %1</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1603"/>
        <source>Could not redo: %1</source>
        <translation>Wiederholen nicht möglich: %1</translation>
    </message>
</context>
</TS>
