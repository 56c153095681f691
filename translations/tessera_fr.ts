<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>PromptPanel</name>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="49"/>
        <source>Text to video</source>
        <translation>Texte vers vidéo</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="50"/>
        <source>Image to video (first frame)</source>
        <translation>Image vers vidéo (première image)</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="51"/>
        <source>First and last frame</source>
        <translation>Première et dernière image</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="52"/>
        <source>Remix a clip</source>
        <translation>Remixer un clip</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="53"/>
        <source>Extend forward</source>
        <translation>Prolonger vers l&apos;avant</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="54"/>
        <source>Extend backward</source>
        <translation>Prolonger vers l&apos;arrière</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="55"/>
        <source>Make a loop</source>
        <translation>Créer une boucle</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="56"/>
        <source>Connect two clips</source>
        <translation>Relier deux clips</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="57"/>
        <source>Inpaint with a mask</source>
        <translation>Retoucher avec un masque</translation>
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
        <translation>Tessera ne s&apos;est pas fermé correctement la dernière fois. Démarrer en mode sans échec, avec tous les plugins désactivés ?</translation>
    </message>
</context>
<context>
    <name>tessera::ui::InspectorPanel</name>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="55"/>
        <source>Text to video</source>
        <translation>Texte vers vidéo</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="56"/>
        <source>Image to video</source>
        <translation>Image vers vidéo</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="57"/>
        <source>First and last frame</source>
        <translation>Première et dernière image</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="58"/>
        <source>Remix</source>
        <translation>Remix</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="59"/>
        <source>Extend forward</source>
        <translation>Prolonger vers l&apos;avant</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="60"/>
        <source>Extend backward</source>
        <translation>Prolonger vers l&apos;arrière</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="61"/>
        <source>Loop</source>
        <translation>Boucle</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="62"/>
        <source>Connect</source>
        <translation>Relier</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="63"/>
        <source>Inpaint</source>
        <translation>Retouche</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="288"/>
        <source>Select a clip in the library or on the timeline to see its recipe here.</source>
        <translation>Sélectionnez un clip dans la bibliothèque ou sur la timeline pour voir sa recette ici.</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="289"/>
        <source>Prompt</source>
        <translation>Invite</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="289"/>
        <source>Model got</source>
        <translation>Invite reçue</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="289"/>
        <source>Negative</source>
        <translation>Négative</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="289"/>
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="289"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="290"/>
        <source>Task</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="290"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="290"/>
        <source>Sampling</source>
        <translation>Échantillonnage</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="290"/>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="290"/>
        <source>Timings</source>
        <translation>Durées</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="291"/>
        <source>Parent</source>
        <translation>Origine</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="291"/>
        <source>Inputs</source>
        <translation>Entrées</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="291"/>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="293"/>
        <source>The prompt after the prompt enhancer: what the model was given</source>
        <translation>L&apos;invite après l&apos;optimiseur d&apos;invite : ce que le modèle a reçu</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="298"/>
        <source>&amp;Regenerate</source>
        <translation>&amp;Régénérer</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="298"/>
        <source>Queue this recipe again with the same seed (Ctrl+R)</source>
        <translation>Remettre cette recette en file d&apos;attente avec la même graine (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="299"/>
        <source>&amp;Vary seed</source>
        <translation>&amp;Varier la graine</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="299"/>
        <source>Queue this recipe with a new random seed (Ctrl+Shift+R)</source>
        <translation>Mettre cette recette en file d&apos;attente avec une nouvelle graine aléatoire (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="300"/>
        <source>&amp;Use as prompt</source>
        <translation>&amp;Utiliser comme invite</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="300"/>
        <source>Load this clip&apos;s prompt and settings into the prompt editor (Ctrl+U)</source>
        <translation>Charger l&apos;invite et les réglages de ce clip dans l&apos;éditeur d&apos;invite (Ctrl+U)</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="301"/>
        <source>Extend &amp;forward</source>
        <translation>Prolonger vers l&apos;&amp;avant</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="301"/>
        <source>Generate what happens after this clip</source>
        <translation>Générer ce qui se passe après ce clip</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="302"/>
        <source>Extend &amp;backward</source>
        <translation>&amp;Prolonger vers l&apos;arrière</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="302"/>
        <source>Generate what happened before this clip</source>
        <translation>Générer ce qui s&apos;est passé avant ce clip</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="303"/>
        <source>Make &amp;loop</source>
        <translation>Créer une &amp;boucle</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="303"/>
        <source>Make this clip loop seamlessly</source>
        <translation>Faire boucler ce clip sans coupure visible</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="304"/>
        <source>Re&amp;mix</source>
        <translation>Re&amp;mixer</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="304"/>
        <source>Generate a variation of this clip with a changed prompt</source>
        <translation>Générer une variante de ce clip avec une invite modifiée</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="305"/>
        <source>&amp;Connect with...</source>
        <translation>Re&amp;lier à...</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="305"/>
        <source>Generate a transition from this clip into another</source>
        <translation>Générer une transition de ce clip vers un autre</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="306"/>
        <source>Reveal &amp;file</source>
        <translation>Afficher le &amp;fichier</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="306"/>
        <source>Open the folder holding this clip&apos;s video file (Ctrl+Shift+E)</source>
        <translation>Ouvrir le dossier contenant le fichier vidéo de ce clip (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="307"/>
        <source>Copy &amp;seed</source>
        <translation>Copier la &amp;graine</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="307"/>
        <source>Copy the seed to the clipboard (Ctrl+Shift+C)</source>
        <translation>Copier la graine dans le presse-papiers (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="313"/>
        <source>More</source>
        <translation>Plus</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="314"/>
        <source>Extend, loop, remix or connect this clip; reveal its file</source>
        <translation>Prolonger, boucler, remixer ou relier ce clip ; afficher son fichier</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="315"/>
        <source>Select the clip this one was made from</source>
        <translation>Sélectionner le clip dont celui-ci est issu</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="358"/>
        <source>No preview</source>
        <translation>Pas d&apos;aperçu</translation>
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
        <translation>Favori</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="367"/>
        <source>Tags: %1</source>
        <translation>Étiquettes : %1</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="377"/>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="388"/>
        <source>Hash %1
Bundle %2</source>
        <translation>Hash %1
Dossier %2</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="394"/>
        <source>%1 × %2 · a still image</source>
        <translation>%1 × %2 · une image fixe</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="395"/>
        <source>%1 × %2 · %3 frames at %4 fps (%5 s)</source>
        <translation>%1 × %2 · %3 images à %4 i/s (%5 s)</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="403"/>
        <source>steps %1 · guidance %2 · shift %3</source>
        <translation>étapes %1 · guidage %2 · décalage %3</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="409"/>
        <source>(σ %1 – %2)</source>
        <translation>(σ %1 – %2)</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="411"/>
        <source>strength %1</source>
        <translation>intensité %1</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="416"/>
        <source>refined ×2</source>
        <translation>affiné ×2</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="417"/>
        <source>prompt as typed</source>
        <translation>prompt tel que saisi</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="424"/>
        <source>image first</source>
        <translation>image d&apos;abord</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="425"/>
        <source>backward by reversal</source>
        <translation>vers l&apos;arrière par inversion</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="426"/>
        <source>backward native</source>
        <translation>vers l&apos;arrière natif</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="427"/>
        <source>loop as one ring</source>
        <translation>boucle en un anneau</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="428"/>
        <source>loop as clip and bridge</source>
        <translation>boucle en clip et pont</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="434"/>
        <source>engine %1</source>
        <translation>moteur %1</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="438"/>
        <source>%1 %2 s</source>
        <translation>%1 %2 s</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="451"/>
        <source>Clip %1 (deleted)</source>
        <translation>Clip %1 (supprimé)</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="466"/>
        <source>%1: clip %2</source>
        <translation>%1 : clip %2</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="467"/>
        <source>Select the input clip</source>
        <translation>Sélectionner le clip d&apos;entrée</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="476"/>
        <source>deleted</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="480"/>
        <source>%1: %2 (asset %3)</source>
        <translation>%1 : %2 (média %3)</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="512"/>
        <source>Clip %1 has no stored request to run again.</source>
        <translation>Le clip %1 n&apos;a pas de requête enregistrée à relancer.</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="524"/>
        <source>Queued a variation of clip %1.</source>
        <translation>Variante du clip %1 mise en file d&apos;attente.</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="525"/>
        <source>Queued clip %1 again with seed %2.</source>
        <translation>Clip %1 remis en file d&apos;attente avec la graine %2.</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="528"/>
        <source>Could not queue clip %1 again: %2</source>
        <translation>Impossible de remettre le clip %1 en file d&apos;attente : %2</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="536"/>
        <source>Copied seed %1.</source>
        <translation>Graine %1 copiée.</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="546"/>
        <source>Could not open the folder %1 in the file manager.</source>
        <translation>Impossible d&apos;ouvrir le dossier %1 dans le gestionnaire de fichiers.</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="548"/>
        <source>Could not reveal the file: %1</source>
        <translation>Impossible d&apos;afficher le fichier : %1</translation>
    </message>
</context>
<context>
    <name>tessera::ui::LibraryPanel</name>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="88"/>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="89"/>
        <source>Still</source>
        <translation>Image fixe</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="90"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="116"/>
        <source>Tag for the selected clip:</source>
        <translation>Étiquette du clip sélectionné :</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="117"/>
        <source>Tag for %1 clips:</source>
        <translation>Étiquette pour %1 clips :</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="121"/>
        <source>Delete the selected clip and its file? This cannot be undone.</source>
        <translation>Supprimer le clip sélectionné et son fichier ? Cette action est irréversible.</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="122"/>
        <source>Delete %1 clips and their files? This cannot be undone.</source>
        <translation>Supprimer %1 clips et leurs fichiers ? Cette action est irréversible.</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="354"/>
        <source>Imported %1, %2</source>
        <translation>Importé : %1, %2</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="356"/>
        <source>Clip %1 · %2 · frames: %3</source>
        <translation>Clip %1 · %2 · images : %3</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="357"/>
        <source>Model: %1</source>
        <translation>Modèle : %1</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="358"/>
        <source>Rating: %1 of 5</source>
        <translation>Note : %1 sur 5</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="359"/>
        <source>Tags: %1</source>
        <translation>Étiquettes : %1</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="360"/>
        <source>Move the mouse across the picture to scrub through the clip.</source>
        <translation>Déplacez la souris sur l&apos;image pour parcourir le clip.</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="446"/>
        <source>No preview</source>
        <translation>Pas d&apos;aperçu</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="466"/>
        <source>Imported</source>
        <translation>Importé</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="691"/>
        <source>Search prompts (Ctrl+F)</source>
        <translation>Rechercher dans les invites (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="692"/>
        <source>Shows the clips whose prompt contains all these words (Ctrl+F; Enter goes to the grid)</source>
        <translation>Affiche les clips dont l&apos;invite contient tous ces mots (Ctrl+F ; Enter passe à la grille)</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="693"/>
        <source>Show favourites only</source>
        <translation>Afficher les favoris seulement</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="694"/>
        <source>Order of the clips</source>
        <translation>Ordre des clips</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="695"/>
        <source>Newest first</source>
        <translation>Plus récents d&apos;abord</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="695"/>
        <source>Oldest first</source>
        <translation>Plus anciens d&apos;abord</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="695"/>
        <source>Highest rated</source>
        <translation>Mieux notés</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="695"/>
        <source>Longest first</source>
        <translation>Plus longs d&apos;abord</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="697"/>
        <source>Show only clips with this tag</source>
        <translation>Afficher seulement les clips avec cette étiquette</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="698"/>
        <source>Show only clips rated at least this</source>
        <translation>Afficher seulement les clips ayant au moins cette note</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="699"/>
        <source>Any rating</source>
        <translation>Toute note</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="700"/>
        <source>%1 or more</source>
        <translation>%1 ou plus</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="701"/>
        <source>Show only clips made by this model</source>
        <translation>Afficher seulement les clips de ce modèle</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="704"/>
        <source>&amp;Favourite</source>
        <translation>Fa&amp;vori</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="705"/>
        <source>Mark or unmark the selected clips as favourites (Ctrl+D)</source>
        <translation>Marquer ou démarquer les clips sélectionnés comme favoris (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="706"/>
        <source>&amp;No rating</source>
        <translation>&amp;Aucune note</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="707"/>
        <source>%1  (%2)</source>
        <translation>%1  (%2)</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="708"/>
        <source>Add &amp;tag...</source>
        <translation>&amp;Ajouter une étiquette...</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="709"/>
        <source>Add a tag to the selected clips (Ctrl+T)</source>
        <translation>Ajouter une étiquette aux clips sélectionnés (Ctrl+T)</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="710"/>
        <source>&amp;Reveal file</source>
        <translation>Afficher le &amp;fichier</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="711"/>
        <source>Open the folder holding the media file (Ctrl+Shift+E)</source>
        <translation>Ouvrir le dossier contenant le fichier média (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="712"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="713"/>
        <source>Delete the selected clips and their files (Del)</source>
        <translation>Supprimer les clips sélectionnés et leurs fichiers (Del)</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="714"/>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="715"/>
        <location filename="../ui/src/library_panel.cpp" line="720"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="717"/>
        <source>tag</source>
        <translation>étiquette</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="718"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="719"/>
        <source>Add the tag (Enter)</source>
        <translation>Ajouter l&apos;étiquette (Enter)</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="721"/>
        <source>Cancel (Esc)</source>
        <translation>Annuler (Esc)</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="723"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="724"/>
        <source>Delete them now; this cannot be undone</source>
        <translation>Les supprimer maintenant ; action irréversible</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="725"/>
        <source>Keep</source>
        <translation>Conserver</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="726"/>
        <source>Keep the clips (Esc)</source>
        <translation>Conserver les clips (Esc)</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="753"/>
        <source>Any tag</source>
        <translation>Toute étiquette</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="754"/>
        <source>Any model</source>
        <translation>Tout modèle</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="769"/>
        <source>Clip %1</source>
        <translation>Clip %1</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="799"/>
        <source>Could not read the library: %1</source>
        <translation>Impossible de lire la bibliothèque : %1</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="828"/>
        <source>Search failed: %1</source>
        <translation>Échec de la recherche : %1</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="918"/>
        <source>Open or create a project to see its clips here.</source>
        <translation>Ouvrez ou créez un projet pour voir ses clips ici.</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="921"/>
        <source>No clips yet. Generated clips and imported media appear here.

Drop image, video or audio files here to import them.</source>
        <translation>Aucun clip pour l&apos;instant. Les clips générés et les médias importés apparaissent ici.

Déposez ici des fichiers image, vidéo ou audio pour les importer.</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="924"/>
        <source>No clip matches the search and filters.</source>
        <translation>Aucun clip ne correspond à la recherche et aux filtres.</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="926"/>
        <source>Items: %1</source>
        <translation>Éléments : %1</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="927"/>
        <source>Showing %1 of %2 items</source>
        <translation>%1 éléments affichés sur %2</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="1073"/>
        <source>&amp;Rate</source>
        <translation>&amp;Noter</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="1082"/>
        <source>Remove ta&amp;g</source>
        <translation>&amp;Retirer une étiquette</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="1105"/>
        <source>Could not change the favourites: %1</source>
        <translation>Impossible de modifier les favoris : %1</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="1120"/>
        <source>Could not rate the clips: %1</source>
        <translation>Impossible de noter les clips : %1</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="1152"/>
        <source>Could not add the tag: %1</source>
        <translation>Impossible d&apos;ajouter l&apos;étiquette : %1</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="1169"/>
        <source>Could not remove the tag: %1</source>
        <translation>Impossible de retirer l&apos;étiquette : %1</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="1181"/>
        <source>Could not open the folder %1 in the file manager.</source>
        <translation>Impossible d&apos;ouvrir le dossier %1 dans le gestionnaire de fichiers.</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="1201"/>
        <source>Nothing was deleted: %1</source>
        <translation>Rien n&apos;a été supprimé : %1</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="1204"/>
        <source>Deleted clip %1.</source>
        <translation>Clip %1 supprimé.</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="1205"/>
        <source>Deleted %1 clips.</source>
        <translation>%1 clips supprimés.</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="1224"/>
        <source>Only local files can be imported, not %1.</source>
        <translation>Seuls les fichiers locaux peuvent être importés, pas %1.</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="1234"/>
        <source>Nothing was imported: %1</source>
        <translation>Rien n&apos;a été importé : %1</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="1237"/>
        <source>Imported %1.</source>
        <translation>%1 importé.</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="1238"/>
        <source>Imported %1 files.</source>
        <translation>%1 fichiers importés.</translation>
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
        <translation type="vanished">Aperçu

Sélectionnez un clip ou une tâche en cours pour la voir ici.</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="164"/>
        <source>Prompt</source>
        <translation>Invite</translation>
    </message>
    <message>
        <source>Describe a shot, or drop an image or a clip here.</source>
        <translation type="vanished">Décrivez un plan, ou déposez ici une image ou un clip.</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="164"/>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <source>No clips yet. Generated clips and imported media appear here.</source>
        <translation type="vanished">Aucun clip pour l&apos;instant. Les clips générés et les médias importés apparaissent ici.</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="164"/>
        <source>Inspector</source>
        <translation>Inspecteur</translation>
    </message>
    <message>
        <source>The recipe of the selected clip appears here.</source>
        <translation type="vanished">La recette du clip sélectionné apparaît ici.</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="165"/>
        <source>Queue</source>
        <translation>File d&apos;attente</translation>
    </message>
    <message>
        <source>No jobs. Generations wait and run here.</source>
        <translation type="vanished">Aucune tâche. Les générations attendent et s&apos;exécutent ici.</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="165"/>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Drag clips here to cut a sequence.</source>
        <translation type="vanished">Faites glisser des clips ici pour monter une séquence.</translation>
    </message>
    <message>
        <source>Ready: engine %1, LibTorch %2, device %3</source>
        <translation type="vanished">Prêt : moteur %1, LibTorch %2, appareil %3</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="93"/>
        <source>The prompt and settings of clip %1 are in the prompt editor</source>
        <translation>Le prompt et les réglages du clip %1 sont dans l&apos;éditeur de prompt</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="105"/>
        <source>Drop the second clip on the prompt editor to connect to it.</source>
        <translation>Déposez le second clip sur l&apos;éditeur d&apos;invite pour le relier.</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="142"/>
        <source>The continuation of clip %1 is on the timeline.</source>
        <translation>La suite du clip %1 est sur la timeline.</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="144"/>
        <source>The continuation is in the library but could not go on the timeline: %1</source>
        <translation>La suite est dans la bibliothèque mais n&apos;a pas pu aller sur la timeline : %1</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="158"/>
        <source>Tessera Studio - %1</source>
        <translation>Tessera Studio - %1</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="206"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="207"/>
        <source>&amp;New project...</source>
        <translation>&amp;Nouveau projet...</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="208"/>
        <source>&amp;Open project...</source>
        <translation>&amp;Ouvrir un projet...</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="209"/>
        <source>Open &amp;recent</source>
        <translation>Projets &amp;récents</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="215"/>
        <source>&amp;Import media...</source>
        <translation>&amp;Importer des médias...</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="217"/>
        <source>&amp;Export timeline...</source>
        <translation>&amp;Exporter la timeline...</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="221"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="224"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="225"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="234"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="247"/>
        <source>&amp;Preferences...</source>
        <translation>&amp;Préférences...</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="254"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="257"/>
        <source>&amp;Light theme</source>
        <translation>Thème &amp;clair</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="261"/>
        <source>&amp;Reset layout</source>
        <translation>&amp;Réinitialiser la disposition</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="263"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="264"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="265"/>
        <source>&amp;About Tessera</source>
        <translation>À &amp;propos de Tessera</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="276"/>
        <source>Generate (prompt editor)</source>
        <translation>Générer (éditeur d&apos;invite)</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="277"/>
        <source>Play / pause</source>
        <translation>Lecture / pause</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="278"/>
        <source>Play backward / pause / play forward (press again for faster)</source>
        <translation>Lecture arrière / pause / lecture avant (appuyer à nouveau pour accélérer)</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="279"/>
        <source>One frame back / forward</source>
        <translation>Une image en arrière / en avant</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="280"/>
        <source>Set in / out point</source>
        <translation>Définir le point d&apos;entrée / de sortie</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="281"/>
        <source>Split the timeline item at the playhead</source>
        <translation>Couper l&apos;élément de la timeline à la tête de lecture</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="282"/>
        <source>Delete / ripple delete the selected item</source>
        <translation>Supprimer / supprimer et raccorder l&apos;élément sélectionné</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="283"/>
        <source>Undo / redo</source>
        <translation>Annuler / rétablir</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="284"/>
        <source>Zoom the timeline</source>
        <translation>Zoomer dans la timeline</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="285"/>
        <location filename="../ui/src/main_window.cpp" line="358"/>
        <source>Import media</source>
        <translation>Importer des médias</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="286"/>
        <source>Export the timeline</source>
        <translation>Exporter la timeline</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="291"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="302"/>
        <source>About Tessera</source>
        <translation>À propos de Tessera</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="309"/>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="320"/>
        <source>Opened %1</source>
        <translation>%1 ouvert</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="340"/>
        <source>Welcome! This is a starter project in %1. Press Ctrl+Enter to generate the sample prompt.</source>
        <translation>Bienvenue ! Voici un projet de démarrage dans %1. Appuyez sur Ctrl+Enter pour générer l&apos;invite d&apos;exemple.</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="346"/>
        <source>New project folder</source>
        <translation>Nouveau dossier de projet</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="351"/>
        <source>Open project folder</source>
        <translation>Ouvrir un dossier de projet</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="356"/>
        <source>Open or create a project first.</source>
        <translation>Ouvrez ou créez d&apos;abord un projet.</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="358"/>
        <source>Media (*.png *.jpg *.jpeg *.webp *.tif *.tiff *.exr *.mp4 *.webm *.mov *.mkv *.gif *.wav *.mp3 *.ogg *.flac *.m4a)</source>
        <translation>Médias (*.png *.jpg *.jpeg *.webp *.tif *.tiff *.exr *.mp4 *.webm *.mov *.mkv *.gif *.wav *.mp3 *.ogg *.flac *.m4a)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/src/main_window.cpp" line="362"/>
        <source>Imported %n file(s)</source>
        <translation>
            <numerusform>%n fichier importé</numerusform>
            <numerusform>%n fichiers importés</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="364"/>
        <source>Nothing was imported: %1</source>
        <translation>Rien n&apos;a été importé : %1</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="369"/>
        <source>Open a project with a timeline first.</source>
        <translation>Ouvrez d&apos;abord un projet avec une timeline.</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="371"/>
        <source>The timeline is empty: drag clips from the library onto it first.</source>
        <translation>La timeline est vide : faites-y d&apos;abord glisser des clips depuis la bibliothèque.</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="373"/>
        <source>Export timeline</source>
        <translation>Exporter la timeline</translation>
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
        <translation>GIF animé</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="381"/>
        <source>PNG image sequence</source>
        <translation>Séquence d&apos;images PNG</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="381"/>
        <source>OpenEXR sequence (linear half float)</source>
        <translation>Séquence OpenEXR (half float linéaire)</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="386"/>
        <source>%1 (plugin)</source>
        <translation>%1 (plugin)</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="391"/>
        <source>Browse...</source>
        <translation>Parcourir...</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="395"/>
        <source>Write .srt and .vtt subtitles beside it</source>
        <translation>Écrire des sous-titres .srt et .vtt à côté</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="397"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="398"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="400"/>
        <source>%1x%2, %3 fps, %4 s. A .manifest.json records how every shot was made.</source>
        <translation>%1x%2, %3 i/s, %4 s. Un fichier .manifest.json indique comment chaque plan a été créé.</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="407"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="429"/>
        <source>Export to</source>
        <translation>Exporter vers</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="444"/>
        <source>Exporting %1...</source>
        <translation>Export de %1...</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="457"/>
        <source>Exporting: %1%</source>
        <translation>Export : %1 %</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="463"/>
        <source>Exported %1 (%2 s)</source>
        <translation>%1 exporté (%2 s)</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="466"/>
        <source>Export failed, nothing was written: %1</source>
        <translation>Échec de l&apos;export, rien n&apos;a été écrit : %1</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="486"/>
        <source>Extending clip %1: the continuation lands after it on the timeline when it is done.</source>
        <translation>Prolongation du clip %1 : la suite sera placée après lui sur la timeline une fois prête.</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="488"/>
        <source>Cannot extend clip %1: %2</source>
        <translation>Impossible de prolonger le clip %1 : %2</translation>
    </message>
</context>
<context>
    <name>tessera::ui::PreferencesDialog</name>
    <message>
        <location filename="../ui/src/preferences.cpp" line="114"/>
        <source>A folder of model bundles</source>
        <translation>Un dossier de modèles</translation>
    </message>
    <message>
        <location filename="../ui/src/preferences.cpp" line="187"/>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location filename="../ui/src/preferences.cpp" line="189"/>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <location filename="../ui/src/preferences.cpp" line="190"/>
        <source>Plugins</source>
        <translation>Plugins</translation>
    </message>
    <message>
        <location filename="../ui/src/preferences.cpp" line="191"/>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location filename="../ui/src/preferences.cpp" line="197"/>
        <source>Language:</source>
        <translation>Langue :</translation>
    </message>
    <message>
        <location filename="../ui/src/preferences.cpp" line="198"/>
        <source>Generate on:</source>
        <translation>Générer sur :</translation>
    </message>
    <message>
        <location filename="../ui/src/preferences.cpp" line="199"/>
        <source>Automatic (a GPU when there is one)</source>
        <translation>Automatique (un GPU s’il y en a un)</translation>
    </message>
    <message>
        <location filename="../ui/src/preferences.cpp" line="200"/>
        <source>CPU threads:</source>
        <translation>Threads CPU :</translation>
    </message>
    <message>
        <location filename="../ui/src/preferences.cpp" line="201"/>
        <source>all cores</source>
        <translation>tous les cœurs</translation>
    </message>
    <message>
        <location filename="../ui/src/preferences.cpp" line="202"/>
        <source>Default model:</source>
        <translation>Modèle par défaut :</translation>
    </message>
    <message>
        <location filename="../ui/src/preferences.cpp" line="206"/>
        <source>Model folders:</source>
        <translation>Dossiers de modèles :</translation>
    </message>
    <message>
        <location filename="../ui/src/preferences.cpp" line="208"/>
        <source>New projects:</source>
        <translation>Nouveaux projets :</translation>
    </message>
    <message>
        <location filename="../ui/src/preferences.cpp" line="210"/>
        <source>Add folder...</source>
        <translation>Ajouter un dossier...</translation>
    </message>
    <message>
        <location filename="../ui/src/preferences.cpp" line="211"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../ui/src/preferences.cpp" line="213"/>
        <source>The device applies when a project is opened; CPU threads and the default model at the next start; model folders the next time the model list is filled.</source>
        <translation>Le périphérique s’applique à l’ouverture d’un projet ; les threads CPU et le modèle par défaut au prochain démarrage ; les dossiers de modèles à la prochaine mise à jour de la liste des modèles.</translation>
    </message>
    <message>
        <location filename="../ui/src/preferences.cpp" line="216"/>
        <location filename="../ui/src/preferences.cpp" line="259"/>
        <source>Enabled</source>
        <translation>Activé</translation>
    </message>
    <message>
        <location filename="../ui/src/preferences.cpp" line="216"/>
        <source>Plugin</source>
        <translation>Plugin</translation>
    </message>
    <message>
        <location filename="../ui/src/preferences.cpp" line="216"/>
        <source>Kinds</source>
        <translation>Types</translation>
    </message>
    <message>
        <location filename="../ui/src/preferences.cpp" line="216"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../ui/src/preferences.cpp" line="218"/>
        <source>Plugins run in their own process. One that crashes, hangs or misbehaves is turned off here, with the reason; turn it on again when it has been fixed.</source>
        <translation>Les plugins tournent dans leur propre processus. Celui qui plante, se bloque ou se comporte mal est désactivé ici, avec la raison ; réactivez-le une fois corrigé.</translation>
    </message>
    <message>
        <location filename="../ui/src/preferences.cpp" line="224"/>
        <source>tessera-shapes (built in), else the first found</source>
        <translation>tessera-shapes (intégré), sinon le premier trouvé</translation>
    </message>
    <message>
        <location filename="../ui/src/preferences.cpp" line="258"/>
        <source>Cannot be used: %1</source>
        <translation>Inutilisable : %1</translation>
    </message>
    <message>
        <location filename="../ui/src/preferences.cpp" line="260"/>
        <source>Disabled: %1</source>
        <translation>Désactivé : %1</translation>
    </message>
</context>
<context>
    <name>tessera::ui::PreviewPlayer</name>
    <message>
        <location filename="../ui/src/preview_player.cpp" line="116"/>
        <source>first frame — step %1/%2</source>
        <translation>première image — étape %1/%2</translation>
    </message>
    <message>
        <location filename="../ui/src/preview_player.cpp" line="118"/>
        <source>generating — step %1/%2</source>
        <translation>génération — étape %1/%2</translation>
    </message>
    <message>
        <location filename="../ui/src/preview_player.cpp" line="119"/>
        <source>generating — %1</source>
        <translation>génération — %1</translation>
    </message>
    <message>
        <location filename="../ui/src/preview_player.cpp" line="395"/>
        <location filename="../ui/src/preview_player.cpp" line="714"/>
        <source>failed: %1</source>
        <translation>échec : %1</translation>
    </message>
    <message>
        <location filename="../ui/src/preview_player.cpp" line="395"/>
        <location filename="../ui/src/preview_player.cpp" line="717"/>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <location filename="../ui/src/preview_player.cpp" line="429"/>
        <source>Go to the first frame (Home)</source>
        <translation>Aller à la première image (Home)</translation>
    </message>
    <message>
        <location filename="../ui/src/preview_player.cpp" line="430"/>
        <source>Step one frame back (Left; Shift+Left: one second)</source>
        <translation>Reculer d&apos;une image (Left ; Shift+Left : une seconde)</translation>
    </message>
    <message>
        <location filename="../ui/src/preview_player.cpp" line="431"/>
        <source>Play backward; again for 2× and 4× (J)</source>
        <translation>Lecture arrière ; à nouveau pour 2× et 4× (J)</translation>
    </message>
    <message>
        <location filename="../ui/src/preview_player.cpp" line="432"/>
        <source>Play forward; again for 2× and 4× (L)</source>
        <translation>Lecture avant ; à nouveau pour 2× et 4× (L)</translation>
    </message>
    <message>
        <location filename="../ui/src/preview_player.cpp" line="433"/>
        <source>Step one frame forward (Right; Shift+Right: one second)</source>
        <translation>Avancer d&apos;une image (Right ; Shift+Right : une seconde)</translation>
    </message>
    <message>
        <location filename="../ui/src/preview_player.cpp" line="434"/>
        <source>Go to the last frame (End)</source>
        <translation>Aller à la dernière image (End)</translation>
    </message>
    <message>
        <location filename="../ui/src/preview_player.cpp" line="435"/>
        <source>In</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <location filename="../ui/src/preview_player.cpp" line="436"/>
        <source>Mark the in point at this frame (I; Alt+X clears the marks)</source>
        <translation>Placer le point d&apos;entrée sur cette image (I ; Alt+X efface les marques)</translation>
    </message>
    <message>
        <location filename="../ui/src/preview_player.cpp" line="437"/>
        <source>Out</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <location filename="../ui/src/preview_player.cpp" line="438"/>
        <source>Mark the out point at this frame (O; Alt+X clears the marks)</source>
        <translation>Placer le point de sortie sur cette image (O ; Alt+X efface les marques)</translation>
    </message>
    <message>
        <location filename="../ui/src/preview_player.cpp" line="439"/>
        <source>Loop</source>
        <translation>Boucle</translation>
    </message>
    <message>
        <location filename="../ui/src/preview_player.cpp" line="440"/>
        <source>Loop playback between the in and out points (Ctrl+L)</source>
        <translation>Lire en boucle entre les points d&apos;entrée et de sortie (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../ui/src/preview_player.cpp" line="441"/>
        <source>Zoom: fit to the view or 100% (Z, or double-click the picture)</source>
        <translation>Zoom : ajuster à la vue ou 100 % (Z, ou double-clic sur l&apos;image)</translation>
    </message>
    <message>
        <location filename="../ui/src/preview_player.cpp" line="442"/>
        <source>Scrub through the frames</source>
        <translation>Parcourir les images</translation>
    </message>
    <message>
        <location filename="../ui/src/preview_player.cpp" line="443"/>
        <source>Frame (counted from 1) / frames</source>
        <translation>Image (comptée à partir de 1) / images</translation>
    </message>
    <message>
        <location filename="../ui/src/preview_player.cpp" line="444"/>
        <source>Timecode: hours:minutes:seconds:frames</source>
        <translation>Timecode : heures:minutes:secondes:images</translation>
    </message>
    <message>
        <location filename="../ui/src/preview_player.cpp" line="446"/>
        <location filename="../ui/src/preview_player.cpp" line="479"/>
        <source>Select a clip or a running job to see it here.</source>
        <translation>Sélectionnez un clip ou une tâche en cours pour la voir ici.</translation>
    </message>
    <message>
        <location filename="../ui/src/preview_player.cpp" line="503"/>
        <source>Clip %1 cannot be shown: %2</source>
        <translation>Le clip %1 ne peut pas être affiché : %2</translation>
    </message>
    <message>
        <location filename="../ui/src/preview_player.cpp" line="511"/>
        <source>Decoding…</source>
        <translation>Décodage…</translation>
    </message>
    <message>
        <location filename="../ui/src/preview_player.cpp" line="540"/>
        <source>Clip %1 cannot be played: %2</source>
        <translation>Le clip %1 ne peut pas être lu : %2</translation>
    </message>
    <message>
        <location filename="../ui/src/preview_player.cpp" line="540"/>
        <source>it has no frames</source>
        <translation>il n&apos;a aucune image</translation>
    </message>
    <message>
        <location filename="../ui/src/preview_player.cpp" line="558"/>
        <source>No timeline is open.</source>
        <translation>Aucune timeline n&apos;est ouverte.</translation>
    </message>
    <message>
        <location filename="../ui/src/preview_player.cpp" line="570"/>
        <location filename="../ui/src/preview_player.cpp" line="589"/>
        <source>The timeline is empty. Drag clips onto it to preview the cut.</source>
        <translation>La timeline est vide. Faites-y glisser des clips pour prévisualiser le montage.</translation>
    </message>
    <message>
        <location filename="../ui/src/preview_player.cpp" line="653"/>
        <source>The timeline cannot be previewed: %1</source>
        <translation>Impossible de prévisualiser la timeline : %1</translation>
    </message>
    <message>
        <location filename="../ui/src/preview_player.cpp" line="708"/>
        <source>Waiting for the first preview…</source>
        <translation>En attente du premier aperçu…</translation>
    </message>
    <message>
        <location filename="../ui/src/preview_player.cpp" line="711"/>
        <source>queued — waiting to run</source>
        <translation>en file d&apos;attente — en attente d&apos;exécution</translation>
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
        <translation>Pause (Space ou K)</translation>
    </message>
    <message>
        <location filename="../ui/src/preview_player.cpp" line="913"/>
        <source>Play (Space)</source>
        <translation>Lecture (Space)</translation>
    </message>
    <message>
        <location filename="../ui/src/preview_player.cpp" line="926"/>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <location filename="../ui/src/preview_player.cpp" line="926"/>
        <source>100%</source>
        <translation>100 %</translation>
    </message>
    <message>
        <location filename="../ui/src/preview_player.cpp" line="929"/>
        <source>%1× forward</source>
        <translation>%1× avant</translation>
    </message>
    <message>
        <location filename="../ui/src/preview_player.cpp" line="930"/>
        <source>%1× reverse</source>
        <translation>%1× arrière</translation>
    </message>
</context>
<context>
    <name>tessera::ui::PromptPanel</name>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="321"/>
        <source>Describe a shot: a large red ball bouncing on a white background</source>
        <translation>Décrivez un plan : une grosse balle rouge qui rebondit sur un fond blanc</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="322"/>
        <source>What to make, in your words. Drop an image or a clip here to use it. Ctrl+Enter generates.</source>
        <translation>Ce que vous voulez créer, avec vos mots. Déposez ici une image ou un clip pour l&apos;utiliser. Ctrl+Enter lance la génération.</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="323"/>
        <source>Negative prompt: what to avoid (optional)</source>
        <translation>Invite négative : ce qu&apos;il faut éviter (facultatif)</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="325"/>
        <source>custom</source>
        <translation>personnalisé</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="326"/>
        <location filename="../ui/src/prompt_panel.cpp" line="637"/>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="327"/>
        <source>Paint mask...</source>
        <translation>Peindre le masque...</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="328"/>
        <source>Paint the region to regenerate over the clip&apos;s first frame</source>
        <translation>Peindre la zone à régénérer sur la première image du clip</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="329"/>
        <source>Forget the images and clips given to this task</source>
        <translation>Oublier les images et clips fournis pour ce mode</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="330"/>
        <source>random</source>
        <translation>aléatoire</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="331"/>
        <source>Lock</source>
        <translation>Fixer</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="332"/>
        <source>Keep this seed for every generation (otherwise each gets a new random seed)</source>
        <translation>Garder cette graine pour chaque génération (sinon chacune reçoit une nouvelle graine aléatoire)</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="333"/>
        <source>How many variations (different seeds) to queue</source>
        <translation>Nombre de variantes (graines différentes) à mettre en file d&apos;attente</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="334"/>
        <source>Generate  (Ctrl+Enter)</source>
        <translation>Générer  (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="335"/>
        <source>Add the generation to the queue (Ctrl+Enter)</source>
        <translation>Ajouter la génération à la file d&apos;attente (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="336"/>
        <source>Remix strength: 0 keeps the clip, 1 ignores it</source>
        <translation>Intensité du remix : 0 garde le clip, 1 l&apos;ignore</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="337"/>
        <source>Sampling steps (auto: the model&apos;s default)</source>
        <translation>Étapes d&apos;échantillonnage (auto : la valeur par défaut du modèle)</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="338"/>
        <source>How strongly the prompt steers each step (auto: the model&apos;s default; 1 = no guidance)</source>
        <translation>À quel point le prompt guide chaque étape (auto : la valeur par défaut du modèle ; 1 = sans guidance)</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="339"/>
        <source>σ</source>
        <translation>σ</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="341"/>
        <source>Guide only the steps whose noise level σ is above the first value and at most the second (1 = pure noise, 0 = the finished clip). Unticked: the model&apos;s default, usually every step.</source>
        <translation>Ne guider que les étapes dont le niveau de bruit σ est au-dessus de la première valeur et au plus la seconde (1 = bruit pur, 0 = le clip fini). Décoché : la valeur par défaut du modèle, en général chaque étape.</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="344"/>
        <source>Noise schedule shift: higher spends more steps at high noise (auto: the model&apos;s default)</source>
        <translation>Décalage du planning de bruit : plus haut, plus d&apos;étapes à fort bruit (auto : la valeur par défaut du modèle)</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="345"/>
        <source>The solver that takes the steps (auto: the model&apos;s default)</source>
        <translation>Le solveur qui effectue les étapes (auto : la valeur par défaut du modèle)</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="346"/>
        <source>Enhance prompt</source>
        <translation>Améliorer le prompt</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="347"/>
        <source>Rewrite the prompt into the captions the model was trained on (shown under the prompt). Untick to give the model your words as typed.</source>
        <translation>Réécrit le prompt dans la forme des légendes sur lesquelles le modèle a été entraîné (affichée sous le prompt). Décochez pour donner au modèle vos mots tels que saisis.</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="349"/>
        <source>Refine ×2</source>
        <translation>Affiner ×2</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="350"/>
        <source>Cascade refinement: upscale the clip 2× and re-denoise it at low strength for finer detail (about twice the time)</source>
        <translation>Affinage en cascade : agrandir le clip 2× et le débruiter de nouveau à faible intensité pour plus de détails (environ deux fois plus long)</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="354"/>
        <source>Task</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="354"/>
        <source>Inputs</source>
        <translation>Entrées</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="354"/>
        <source>Strength</source>
        <translation>Intensité</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="354"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="354"/>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="354"/>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="355"/>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="355"/>
        <source>Guidance</source>
        <translation>Guidage</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="355"/>
        <source>Sampler</source>
        <translation>Sampler</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="355"/>
        <source>Guide between</source>
        <translation>Guider entre</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="355"/>
        <source>Shift</source>
        <translation>Décalage</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="356"/>
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="356"/>
        <source>Variations</source>
        <translation>Variantes</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="356"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="356"/>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="392"/>
        <source>No model found. Import one with `tessera models import` or pick a folder in Preferences.</source>
        <translation>Aucun modèle trouvé. Importez-en un avec `tessera models import` ou choisissez un dossier dans les Préférences.</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="393"/>
        <source>%1 has no readable model.json</source>
        <translation>%1 n&apos;a pas de model.json lisible</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="436"/>
        <source>&lt;i&gt;The model will see your prompt as typed (the enhancer is off).&lt;/i&gt;</source>
        <translation>&lt;i&gt;Le modèle verra votre prompt tel que saisi (l’amélioration est désactivée).&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="440"/>
        <source>&lt;i&gt;The model will see the enhancer&apos;s caption of what you type.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Le modèle verra la description que l&apos;optimiseur fait de votre texte.&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="447"/>
        <source>Model will see: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Le modèle verra : &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="448"/>
        <source>&lt;i&gt;(and what the image or clip shows)&lt;/i&gt;</source>
        <translation>&lt;i&gt;(et ce que montre l&apos;image ou le clip)&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="453"/>
        <source>Not understood: %1</source>
        <translation>Non compris : %1</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="490"/>
        <location filename="../ui/src/prompt_panel.cpp" line="499"/>
        <source>none</source>
        <translation>non défini</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="493"/>
        <source>clip %1 (%2)</source>
        <translation>clip %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="495"/>
        <source>clip %1 (missing)</source>
        <translation>clip %1 (manquant)</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="503"/>
        <source>asset %1 (missing)</source>
        <translation>média %1 (manquant)</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="506"/>
        <source>first frame: %1</source>
        <translation>première image : %1</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="507"/>
        <source>last frame: %1</source>
        <translation>dernière image : %1</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="508"/>
        <source>clip: none, a new loop from the prompt (or drop a clip to loop it)</source>
        <translation>clip : aucun, une nouvelle boucle à partir du prompt (ou déposez un clip pour le boucler)</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="509"/>
        <source>clip: %1</source>
        <translation>clip : %1</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="510"/>
        <source>then: %1</source>
        <translation>puis : %1</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="511"/>
        <source>mask: %1</source>
        <translation>masque : %1</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="512"/>
        <source>Text only (drop an image or a clip here)</source>
        <translation>Texte seul (déposez ici une image ou un clip)</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="535"/>
        <source>auto (the model&apos;s)</source>
        <translation>auto (celle du modèle)</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="542"/>
        <source>every frame at once</source>
        <translation>toutes les images à la fois</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="542"/>
        <source>Sample every frame together from noise</source>
        <translation>Générer toutes les images ensemble à partir du bruit</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="543"/>
        <source>first frame, then the motion</source>
        <translation>la première image, puis le mouvement</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="544"/>
        <source>Sample the first frame alone as an image, then animate it (image to video)</source>
        <translation>Générer d’abord la première image seule, puis l’animer (image vers vidéo)</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="546"/>
        <source>by reversal</source>
        <translation>par inversion</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="547"/>
        <source>Play the clip backward, extend it forward, play the new frames back again</source>
        <translation>Lire le clip à l’envers, le prolonger vers l’avant, puis remettre les nouvelles images à l’endroit</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="548"/>
        <source>native</source>
        <translation>native</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="548"/>
        <source>Make new frames that lead into the clip&apos;s first frames</source>
        <translation>Créer de nouvelles images qui mènent aux premières images du clip</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="550"/>
        <source>one ring</source>
        <translation>un anneau</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="550"/>
        <source>Sample the whole loop at once as a ring whose end leads into its start</source>
        <translation>Générer toute la boucle à la fois comme un anneau dont la fin mène au début</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="551"/>
        <source>clip, then a bridge</source>
        <translation>clip, puis un pont</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="551"/>
        <source>Make a clip, then new frames from its end back to its start</source>
        <translation>Créer un clip, puis de nouvelles images de sa fin vers son début</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="563"/>
        <source>How this task is made (auto: the model&apos;s default)</source>
        <translation>Comment cette tâche est réalisée (auto : le choix par défaut du modèle)</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="574"/>
        <location filename="../ui/src/prompt_panel.cpp" line="721"/>
        <source>Open or create a project first (File &gt; New project).</source>
        <translation>Ouvrez ou créez d&apos;abord un projet (Fichier &gt; Nouveau projet).</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="585"/>
        <source>Cannot use the dropped file: %1</source>
        <translation>Impossible d&apos;utiliser le fichier déposé : %1</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="607"/>
        <source>%1 is not an image; drop clips from the library to remix or extend them</source>
        <translation>%1 n&apos;est pas une image ; déposez des clips depuis la bibliothèque pour les remixer ou les prolonger</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="623"/>
        <source>Cannot show the clip to paint on: %1</source>
        <translation>Impossible d’afficher le clip pour peindre : %1</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="627"/>
        <source>Paint the region to regenerate</source>
        <translation>Peindre la zone à régénérer</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="639"/>
        <source>Brush</source>
        <translation>Pinceau</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="656"/>
        <source>Cannot write the mask image</source>
        <translation>Impossible d’écrire l’image du masque</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="662"/>
        <source>Cannot store the mask: %1</source>
        <translation>Impossible d’enregistrer le masque : %1</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="725"/>
        <source>No model to generate with; import one or choose one in Preferences.</source>
        <translation>Aucun modèle pour générer ; importez-en un ou choisissez-en un dans les Préférences.</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="730"/>
        <source>The guidance interval needs its first value below its second (%1 – %2)</source>
        <translation>L&apos;intervalle de guidance demande une première valeur inférieure à la seconde (%1 – %2)</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="764"/>
        <source>%1 needs %2</source>
        <translation>%1 nécessite %2</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="767"/>
        <source>a first-frame image (drop one here)</source>
        <translation>une image de début (déposez-en une ici)</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="768"/>
        <source>a last-frame image</source>
        <translation>une image de fin</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="769"/>
        <source>a clip (drop one from the library)</source>
        <translation>un clip (déposez-en un depuis la bibliothèque)</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="770"/>
        <source>a prompt or a clip to loop</source>
        <translation>un prompt ou un clip à boucler</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="771"/>
        <source>a second clip</source>
        <translation>un second clip</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="772"/>
        <source>a mask image (white = regenerate)</source>
        <translation>une image de masque (blanc = régénérer)</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="773"/>
        <source>a prompt</source>
        <translation>une invite</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="783"/>
        <source>Cannot queue the generation: %1</source>
        <translation>Impossible de mettre la génération en file d&apos;attente : %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/src/prompt_panel.cpp" line="795"/>
        <source>Queued %n generation(s)</source>
        <translation>
            <numerusform>%n génération mise en file d&apos;attente</numerusform>
            <numerusform>%n générations mises en file d&apos;attente</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::ui::QueuePanel</name>
    <message>
        <location filename="../ui/src/queue_panel.cpp" line="132"/>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../ui/src/queue_panel.cpp" line="134"/>
        <source>Queued</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location filename="../ui/src/queue_panel.cpp" line="136"/>
        <location filename="../ui/src/queue_panel.cpp" line="343"/>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../ui/src/queue_panel.cpp" line="138"/>
        <location filename="../ui/src/queue_panel.cpp" line="349"/>
        <source>Failed</source>
        <translation>Échoué</translation>
    </message>
    <message>
        <location filename="../ui/src/queue_panel.cpp" line="140"/>
        <location filename="../ui/src/queue_panel.cpp" line="351"/>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location filename="../ui/src/queue_panel.cpp" line="142"/>
        <source>Unknown</source>
        <translation>Inconnu</translation>
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
        <translation>(pas d&apos;invite)</translation>
    </message>
    <message>
        <location filename="../ui/src/queue_panel.cpp" line="255"/>
        <source>%1 · %2%</source>
        <translation>%1 · %2 %</translation>
    </message>
    <message>
        <location filename="../ui/src/queue_panel.cpp" line="309"/>
        <source>sampling</source>
        <translation>échantillonnage</translation>
    </message>
    <message>
        <location filename="../ui/src/queue_panel.cpp" line="311"/>
        <source>encoding prompt</source>
        <translation>encodage de l&apos;invite</translation>
    </message>
    <message>
        <location filename="../ui/src/queue_panel.cpp" line="313"/>
        <source>encoding input</source>
        <translation>encodage de l&apos;entrée</translation>
    </message>
    <message>
        <location filename="../ui/src/queue_panel.cpp" line="315"/>
        <source>first frame</source>
        <translation>première image</translation>
    </message>
    <message>
        <location filename="../ui/src/queue_panel.cpp" line="317"/>
        <source>refining</source>
        <translation>affinage</translation>
    </message>
    <message>
        <location filename="../ui/src/queue_panel.cpp" line="319"/>
        <source>decoding</source>
        <translation>décodage</translation>
    </message>
    <message>
        <location filename="../ui/src/queue_panel.cpp" line="321"/>
        <source>starting</source>
        <translation>démarrage</translation>
    </message>
    <message>
        <location filename="../ui/src/queue_panel.cpp" line="322"/>
        <source>%1 %2/%3</source>
        <translation>%1 %2/%3</translation>
    </message>
    <message>
        <location filename="../ui/src/queue_panel.cpp" line="333"/>
        <source>cancelling…</source>
        <translation>annulation…</translation>
    </message>
    <message>
        <location filename="../ui/src/queue_panel.cpp" line="340"/>
        <source>Queued · next</source>
        <translation>En attente · suivante</translation>
    </message>
    <message>
        <location filename="../ui/src/queue_panel.cpp" line="340"/>
        <source>Queued · %1 ahead</source>
        <translation>En attente · %1 avant</translation>
    </message>
    <message>
        <location filename="../ui/src/queue_panel.cpp" line="343"/>
        <source>Done · clip %1</source>
        <translation>Terminé · clip %1</translation>
    </message>
    <message>
        <location filename="../ui/src/queue_panel.cpp" line="345"/>
        <source> · took %1</source>
        <translation> · durée %1</translation>
    </message>
    <message>
        <location filename="../ui/src/queue_panel.cpp" line="373"/>
        <source>%1 left</source>
        <translation>reste %1</translation>
    </message>
    <message>
        <location filename="../ui/src/queue_panel.cpp" line="403"/>
        <source>Job %1 · %2 · %3</source>
        <translation>Tâche %1 · %2 · %3</translation>
    </message>
    <message>
        <location filename="../ui/src/queue_panel.cpp" line="458"/>
        <source>The queue cannot be read: %1</source>
        <translation>Impossible de lire la file d&apos;attente : %1</translation>
    </message>
    <message>
        <location filename="../ui/src/queue_panel.cpp" line="641"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/src/queue_panel.cpp" line="642"/>
        <source>Cancel the selected queued or running jobs</source>
        <translation>Annuler les tâches sélectionnées en attente ou en cours</translation>
    </message>
    <message>
        <location filename="../ui/src/queue_panel.cpp" line="643"/>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location filename="../ui/src/queue_panel.cpp" line="644"/>
        <source>Queue the selected failed or cancelled jobs again</source>
        <translation>Remettre en file d&apos;attente les tâches sélectionnées échouées ou annulées</translation>
    </message>
    <message>
        <location filename="../ui/src/queue_panel.cpp" line="645"/>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <location filename="../ui/src/queue_panel.cpp" line="646"/>
        <source>Queue a copy of the selected jobs with a new random seed</source>
        <translation>Mettre en file d&apos;attente une copie des tâches sélectionnées avec une nouvelle graine aléatoire</translation>
    </message>
    <message>
        <location filename="../ui/src/queue_panel.cpp" line="647"/>
        <source>Move to top</source>
        <translation>Tout en haut</translation>
    </message>
    <message>
        <location filename="../ui/src/queue_panel.cpp" line="648"/>
        <source>Run the selected queued job next</source>
        <translation>Exécuter ensuite la tâche en attente sélectionnée</translation>
    </message>
    <message>
        <location filename="../ui/src/queue_panel.cpp" line="649"/>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location filename="../ui/src/queue_panel.cpp" line="650"/>
        <source>Move the selected queued job one place earlier</source>
        <translation>Avancer d&apos;une place la tâche en attente sélectionnée</translation>
    </message>
    <message>
        <location filename="../ui/src/queue_panel.cpp" line="651"/>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location filename="../ui/src/queue_panel.cpp" line="652"/>
        <source>Move the selected queued job one place later</source>
        <translation>Reculer d&apos;une place la tâche en attente sélectionnée</translation>
    </message>
    <message>
        <location filename="../ui/src/queue_panel.cpp" line="653"/>
        <source>No jobs. Generations wait and run here.</source>
        <translation>Aucune tâche. Les générations attendent et s&apos;exécutent ici.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/src/queue_panel.cpp" line="697"/>
        <source>%n running</source>
        <translation>
            <numerusform>%n en cours</numerusform>
            <numerusform>%n en cours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/src/queue_panel.cpp" line="698"/>
        <source>%n queued</source>
        <translation>
            <numerusform>%n en attente</numerusform>
            <numerusform>%n en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/src/queue_panel.cpp" line="699"/>
        <source>%n done</source>
        <translation>
            <numerusform>%n terminée</numerusform>
            <numerusform>%n terminées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/src/queue_panel.cpp" line="700"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n échouée</numerusform>
            <numerusform>%n échouées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/src/queue_panel.cpp" line="701"/>
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n annulée</numerusform>
            <numerusform>%n annulées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::ui::StudioSession</name>
    <message>
        <location filename="../ui/src/session.cpp" line="77"/>
        <source>Job %1 failed: %2</source>
        <translation>La tâche %1 a échoué : %2</translation>
    </message>
    <message>
        <location filename="../ui/src/session.cpp" line="87"/>
        <source>Shot %1 could not take its clip: %2</source>
        <translation>Le plan %1 n&apos;a pas pu recevoir son clip : %2</translation>
    </message>
    <message>
        <location filename="../ui/src/session.cpp" line="97"/>
        <source>The queue of this project runs in another process: %1</source>
        <translation>La file d&apos;attente de ce projet tourne dans un autre processus : %1</translation>
    </message>
</context>
<context>
    <name>tessera::ui::TimelinePanel</name>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="554"/>
        <source>generating…</source>
        <translation>génération…</translation>
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
        <translation>Aucune timeline : ouvrez ou créez un projet.</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="777"/>
        <source>Drag clips here from the library, or drop media files.</source>
        <translation>Faites glisser des clips depuis la bibliothèque ou déposez des fichiers média.</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="794"/>
        <source>%1 · %2 fps</source>
        <translation>%1 · %2 i/s</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="853"/>
        <location filename="../ui/src/timeline_panel.cpp" line="859"/>
        <source>Could not change the track: %1</source>
        <translation>Impossible de modifier la piste : %1</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="959"/>
        <source>Could not move the item: %1</source>
        <translation>Impossible de déplacer l&apos;élément : %1</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="964"/>
        <location filename="../ui/src/timeline_panel.cpp" line="969"/>
        <source>Could not trim the item: %1</source>
        <translation>Impossible d&apos;ajuster l&apos;élément : %1</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1147"/>
        <source>Split at playhead</source>
        <translation>Couper à la tête de lecture</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1150"/>
        <location filename="../ui/src/timeline_panel.cpp" line="1575"/>
        <source>Could not split the item: %1</source>
        <translation>Impossible de couper l&apos;élément : %1</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1152"/>
        <location filename="../ui/src/timeline_panel.cpp" line="1494"/>
        <source>Ripple delete</source>
        <translation>Supprimer et raccorder</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1153"/>
        <location filename="../ui/src/timeline_panel.cpp" line="1156"/>
        <location filename="../ui/src/timeline_panel.cpp" line="1583"/>
        <location filename="../ui/src/timeline_panel.cpp" line="1591"/>
        <source>Could not delete the item: %1</source>
        <translation>Impossible de supprimer l&apos;élément : %1</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1155"/>
        <location filename="../ui/src/timeline_panel.cpp" line="1496"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1159"/>
        <source>Crossfade from previous (0.5 s)</source>
        <translation>Fondu enchaîné avec le précédent (0,5 s)</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1160"/>
        <source>Could not add the crossfade: %1</source>
        <translation>Impossible d&apos;ajouter le fondu enchaîné : %1</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1163"/>
        <source>Fade in (0.5 s)</source>
        <translation>Fondu entrant (0,5 s)</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1164"/>
        <location filename="../ui/src/timeline_panel.cpp" line="1171"/>
        <source>Could not set the fade: %1</source>
        <translation>Impossible de définir le fondu : %1</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1170"/>
        <source>Fade out (0.5 s)</source>
        <translation>Fondu sortant (0,5 s)</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1177"/>
        <source>Set to cut</source>
        <translation>Coupe franche</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1178"/>
        <source>Could not set the cut: %1</source>
        <translation>Impossible de définir la coupe : %1</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1182"/>
        <source>Extend this clip</source>
        <translation>Prolonger ce clip</translation>
    </message>
    <message>
        <source>This track is muted</source>
        <translation type="vanished">Cette piste est muette</translation>
    </message>
    <message>
        <source>This track plays</source>
        <translation type="vanished">Cette piste est lue</translation>
    </message>
    <message>
        <source>This track is locked: its items cannot be edited</source>
        <translation type="vanished">Cette piste est verrouillée : ses éléments ne peuvent pas être modifiés</translation>
    </message>
    <message>
        <source>This track is not locked</source>
        <translation type="vanished">Cette piste n&apos;est pas verrouillée</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1209"/>
        <source>This track is muted (click to play it)</source>
        <translation>Cette piste est muette (cliquer pour la lire)</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1210"/>
        <source>This track plays (click to mute it)</source>
        <translation>Cette piste est lue (cliquer pour la couper)</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1212"/>
        <source>This track is locked: its items cannot be edited (click to unlock)</source>
        <translation>Cette piste est verrouillée : ses éléments ne peuvent pas être modifiés (cliquer pour déverrouiller)</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1213"/>
        <source>This track is not locked (click to lock it)</source>
        <translation>Cette piste n’est pas verrouillée (cliquer pour la verrouiller)</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1216"/>
        <source>Click or drag to move the playhead</source>
        <translation>Cliquez ou faites glisser pour déplacer la tête de lecture</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1220"/>
        <source>Pending shot (job %1): %2</source>
        <translation>Plan en attente (tâche %1) : %2</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1221"/>
        <source>Title: %1</source>
        <translation>Titre : %1</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1222"/>
        <source>Narration: %1</source>
        <translation>Narration : %1</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1226"/>
        <source>%1 to %2, %3 long</source>
        <translation>de %1 à %2, durée %3</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1229"/>
        <source>Crossfade in: %1</source>
        <translation>Fondu enchaîné entrant : %1</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1230"/>
        <source>Fade in: %1</source>
        <translation>Fondu entrant : %1</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1231"/>
        <source>Fade out: %1</source>
        <translation>Fondu sortant : %1</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1232"/>
        <source>Drag to move, drag an edge to trim, right-click for more</source>
        <translation>Glisser pour déplacer, glisser un bord pour ajuster, clic droit pour plus</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1342"/>
        <source>Could not import the dropped files: %1</source>
        <translation>Impossible d&apos;importer les fichiers déposés : %1</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1369"/>
        <source>This timeline has no audio track for the dropped sound.</source>
        <translation>Cette timeline n&apos;a pas de piste audio pour le son déposé.</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1370"/>
        <source>This timeline has no video track for the dropped clip.</source>
        <translation>Cette timeline n&apos;a pas de piste vidéo pour le clip déposé.</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1380"/>
        <source>Could not insert the item: %1</source>
        <translation>Impossible d&apos;insérer l&apos;élément : %1</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1491"/>
        <source>Timeline tracks</source>
        <translation>Pistes de la timeline</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1492"/>
        <source>Split</source>
        <translation>Couper</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1493"/>
        <source>Split the selected item (or the item under the playhead) at the playhead (S)</source>
        <translation>Couper l&apos;élément sélectionné (ou celui sous la tête de lecture) à la tête de lecture (S)</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1495"/>
        <source>Remove the selected item and close the gap (Shift+Delete)</source>
        <translation>Retirer l&apos;élément sélectionné et combler le vide (Shift+Delete)</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1497"/>
        <source>Remove the selected item, leaving a gap (Delete)</source>
        <translation>Retirer l&apos;élément sélectionné en laissant un vide (Delete)</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1498"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1499"/>
        <source>Redo</source>
        <translation>Rétablir</translation>
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
        <translation>Zoom arrière (-, Ctrl+molette)</translation>
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
        <translation>Zoom avant (+, Ctrl+molette)</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1504"/>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1505"/>
        <source>Zoom to fit the whole timeline (Shift+Z)</source>
        <translation>Ajuster le zoom à toute la timeline (Shift+Z)</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1506"/>
        <source>Playhead / timeline duration (seconds:frames)</source>
        <translation>Tête de lecture / durée de la timeline (secondes:images)</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1526"/>
        <source>Undo the last timeline edit (Ctrl+Z)</source>
        <translation>Annuler la dernière modification de la timeline (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1527"/>
        <source>Undo: %1 (Ctrl+Z)</source>
        <translation>Annuler : %1 (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1528"/>
        <source>Redo the undone timeline edit (Ctrl+Shift+Z)</source>
        <translation>Rétablir la modification annulée de la timeline (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1529"/>
        <source>Redo: %1 (Ctrl+Shift+Z)</source>
        <translation>Rétablir : %1 (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1532"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1535"/>
        <source>no timeline</source>
        <translation>aucune timeline</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1571"/>
        <source>Put the playhead inside an item to split it.</source>
        <translation>Placez la tête de lecture dans un élément pour le couper.</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1581"/>
        <location filename="../ui/src/timeline_panel.cpp" line="1589"/>
        <source>Select an item to delete it.</source>
        <translation>Sélectionnez un élément pour le supprimer.</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1597"/>
        <source>Could not undo: %1</source>
        <translation>Impossible d&apos;annuler : %1</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1603"/>
        <source>Could not redo: %1</source>
        <translation>Impossible de rétablir : %1</translation>
    </message>
</context>
</TS>
