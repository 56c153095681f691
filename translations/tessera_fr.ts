<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
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
        <translation>Tessera ne s'est pas fermé correctement la dernière fois. Démarrer en mode sans échec, avec tous les plugins désactivés ?</translation>
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
        <translation>Aperçu

Sélectionnez un clip ou une tâche en cours pour la voir ici.</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="61"/>
        <source>Prompt</source>
        <translation>Invite</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="61"/>
        <source>Describe a shot, or drop an image or a clip here.</source>
        <translation>Décrivez un plan, ou déposez ici une image ou un clip.</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="62"/>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="62"/>
        <source>No clips yet. Generated clips and imported media appear here.</source>
        <translation>Aucun clip pour l'instant. Les clips générés et les médias importés apparaissent ici.</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="63"/>
        <source>Inspector</source>
        <translation>Inspecteur</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="63"/>
        <source>The recipe of the selected clip appears here.</source>
        <translation>La recette du clip sélectionné apparaît ici.</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="64"/>
        <source>Queue</source>
        <translation>File d'attente</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="64"/>
        <source>No jobs. Generations wait and run here.</source>
        <translation>Aucune tâche. Les générations attendent et s'exécutent ici.</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="65"/>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="65"/>
        <source>Drag clips here to cut a sequence.</source>
        <translation>Faites glisser des clips ici pour monter une séquence.</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="77"/>
        <source>Ready: engine %1, LibTorch %2, device %3</source>
        <translation>Prêt : moteur %1, LibTorch %2, appareil %3</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="103"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="104"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="107"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="108"/>
        <source>&amp;Preferences...</source>
        <translation>&amp;Préférences...</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="115"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="118"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="119"/>
        <source>&amp;About Tessera</source>
        <translation>À &amp;propos de Tessera</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="128"/>
        <source>About Tessera</source>
        <translation>À propos de Tessera</translation>
    </message>
</context>
<context>
    <name>tessera::ui::PreferencesDialog</name>
    <message>
        <location filename="../ui/src/preferences.cpp" line="97"/>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location filename="../ui/src/preferences.cpp" line="99"/>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <location filename="../ui/src/preferences.cpp" line="100"/>
        <source>Plugins</source>
        <translation>Plugins</translation>
    </message>
    <message>
        <location filename="../ui/src/preferences.cpp" line="101"/>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location filename="../ui/src/preferences.cpp" line="103"/>
        <source>Language:</source>
        <translation>Langue :</translation>
    </message>
    <message>
        <location filename="../ui/src/preferences.cpp" line="104"/>
        <location filename="../ui/src/preferences.cpp" line="133"/>
        <source>Enabled</source>
        <translation>Activé</translation>
    </message>
    <message>
        <location filename="../ui/src/preferences.cpp" line="104"/>
        <source>Plugin</source>
        <translation>Plugin</translation>
    </message>
    <message>
        <location filename="../ui/src/preferences.cpp" line="104"/>
        <source>Kinds</source>
        <translation>Types</translation>
    </message>
    <message>
        <location filename="../ui/src/preferences.cpp" line="104"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../ui/src/preferences.cpp" line="106"/>
        <source>Plugins run in their own process. One that crashes, hangs or misbehaves is turned off here, with the reason; turn it on again when it has been fixed.</source>
        <translation>Les plugins tournent dans leur propre processus. Celui qui plante, se bloque ou se comporte mal est désactivé ici, avec la raison ; réactivez-le une fois corrigé.</translation>
    </message>
    <message>
        <location filename="../ui/src/preferences.cpp" line="132"/>
        <source>Cannot be used: %1</source>
        <translation>Inutilisable : %1</translation>
    </message>
    <message>
        <location filename="../ui/src/preferences.cpp" line="134"/>
        <source>Disabled: %1</source>
        <translation>Désactivé : %1</translation>
    </message>
</context>
</TS>
