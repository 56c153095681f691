<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
        <translation>Tessera wurde beim letzten Mal nicht richtig beendet. Im abgesicherten Modus starten, mit allen Plugins ausgeschaltet?</translation>
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
        <translation>Vorschau

Wähle einen Clip oder einen laufenden Auftrag, um ihn hier zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="61"/>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="61"/>
        <source>Describe a shot, or drop an image or a clip here.</source>
        <translation>Beschreibe eine Einstellung oder zieh ein Bild oder einen Clip hierher.</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="62"/>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="62"/>
        <source>No clips yet. Generated clips and imported media appear here.</source>
        <translation>Noch keine Clips. Erzeugte Clips und importierte Medien erscheinen hier.</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="63"/>
        <source>Inspector</source>
        <translation>Inspektor</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="63"/>
        <source>The recipe of the selected clip appears here.</source>
        <translation>Das Rezept des gewählten Clips erscheint hier.</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="64"/>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="64"/>
        <source>No jobs. Generations wait and run here.</source>
        <translation>Keine Aufträge. Generierungen warten und laufen hier.</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="65"/>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="65"/>
        <source>Drag clips here to cut a sequence.</source>
        <translation>Zieh Clips hierher, um eine Sequenz zu schneiden.</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="77"/>
        <source>Ready: engine %1, LibTorch %2, device %3</source>
        <translation>Bereit: Engine %1, LibTorch %2, Gerät %3</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="103"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="104"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="107"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="108"/>
        <source>&amp;Preferences...</source>
        <translation>&amp;Einstellungen...</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="115"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="118"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="119"/>
        <source>&amp;About Tessera</source>
        <translation>Über &amp;Tessera</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="128"/>
        <source>About Tessera</source>
        <translation>Über Tessera</translation>
    </message>
</context>
<context>
    <name>tessera::ui::PreferencesDialog</name>
    <message>
        <location filename="../ui/src/preferences.cpp" line="97"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/src/preferences.cpp" line="99"/>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <location filename="../ui/src/preferences.cpp" line="100"/>
        <source>Plugins</source>
        <translation>Plugins</translation>
    </message>
    <message>
        <location filename="../ui/src/preferences.cpp" line="101"/>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <location filename="../ui/src/preferences.cpp" line="103"/>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <location filename="../ui/src/preferences.cpp" line="104"/>
        <location filename="../ui/src/preferences.cpp" line="133"/>
        <source>Enabled</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../ui/src/preferences.cpp" line="104"/>
        <source>Plugin</source>
        <translation>Plugin</translation>
    </message>
    <message>
        <location filename="../ui/src/preferences.cpp" line="104"/>
        <source>Kinds</source>
        <translation>Arten</translation>
    </message>
    <message>
        <location filename="../ui/src/preferences.cpp" line="104"/>
        <source>Status</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../ui/src/preferences.cpp" line="106"/>
        <source>Plugins run in their own process. One that crashes, hangs or misbehaves is turned off here, with the reason; turn it on again when it has been fixed.</source>
        <translation>Plugins laufen in einem eigenen Prozess. Eines, das abstürzt, hängt oder sich falsch verhält, wird hier mit dem Grund ausgeschaltet; schalte es wieder ein, wenn es behoben ist.</translation>
    </message>
    <message>
        <location filename="../ui/src/preferences.cpp" line="132"/>
        <source>Cannot be used: %1</source>
        <translation>Nicht verwendbar: %1</translation>
    </message>
    <message>
        <location filename="../ui/src/preferences.cpp" line="134"/>
        <source>Disabled: %1</source>
        <translation>Ausgeschaltet: %1</translation>
    </message>
</context>
</TS>
