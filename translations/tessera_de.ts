<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
        <translation>Vorschau

Wähle einen Clip oder einen laufenden Auftrag, um ihn hier zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="60"/>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="60"/>
        <source>Describe a shot, or drop an image or a clip here.</source>
        <translation>Beschreibe eine Einstellung oder zieh ein Bild oder einen Clip hierher.</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="61"/>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="61"/>
        <source>No clips yet. Generated clips and imported media appear here.</source>
        <translation>Noch keine Clips. Erzeugte Clips und importierte Medien erscheinen hier.</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="62"/>
        <source>Inspector</source>
        <translation>Inspektor</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="62"/>
        <source>The recipe of the selected clip appears here.</source>
        <translation>Das Rezept des gewählten Clips erscheint hier.</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="63"/>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="63"/>
        <source>No jobs. Generations wait and run here.</source>
        <translation>Keine Aufträge. Generierungen warten und laufen hier.</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="64"/>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="64"/>
        <source>Drag clips here to cut a sequence.</source>
        <translation>Zieh Clips hierher, um eine Sequenz zu schneiden.</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="76"/>
        <source>Ready: engine %1, LibTorch %2, device %3</source>
        <translation>Bereit: Engine %1, LibTorch %2, Gerät %3</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="102"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="103"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="106"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="109"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="110"/>
        <source>&amp;About Tessera</source>
        <translation>Über &amp;Tessera</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="119"/>
        <source>About Tessera</source>
        <translation>Über Tessera</translation>
    </message>
</context>
</TS>
