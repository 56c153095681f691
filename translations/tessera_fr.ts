<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
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
        <translation>Aperçu

Sélectionnez un clip ou une tâche en cours pour la voir ici.</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="60"/>
        <source>Prompt</source>
        <translation>Invite</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="60"/>
        <source>Describe a shot, or drop an image or a clip here.</source>
        <translation>Décrivez un plan, ou déposez ici une image ou un clip.</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="61"/>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="61"/>
        <source>No clips yet. Generated clips and imported media appear here.</source>
        <translation>Aucun clip pour l'instant. Les clips générés et les médias importés apparaissent ici.</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="62"/>
        <source>Inspector</source>
        <translation>Inspecteur</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="62"/>
        <source>The recipe of the selected clip appears here.</source>
        <translation>La recette du clip sélectionné apparaît ici.</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="63"/>
        <source>Queue</source>
        <translation>File d'attente</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="63"/>
        <source>No jobs. Generations wait and run here.</source>
        <translation>Aucune tâche. Les générations attendent et s'exécutent ici.</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="64"/>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="64"/>
        <source>Drag clips here to cut a sequence.</source>
        <translation>Faites glisser des clips ici pour monter une séquence.</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="76"/>
        <source>Ready: engine %1, LibTorch %2, device %3</source>
        <translation>Prêt : moteur %1, LibTorch %2, appareil %3</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="102"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="103"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="106"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="109"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="110"/>
        <source>&amp;About Tessera</source>
        <translation>À &amp;propos de Tessera</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="119"/>
        <source>About Tessera</source>
        <translation>À propos de Tessera</translation>
    </message>
</context>
</TS>
