<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>PromptPanel</name>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="49"/>
        <source>Text to video</source>
        <translation>Texto a vídeo</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="50"/>
        <source>Image to video (first frame)</source>
        <translation>Imagen a vídeo (primer fotograma)</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="51"/>
        <source>First and last frame</source>
        <translation>Primer y último fotograma</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="52"/>
        <source>Remix a clip</source>
        <translation>Remezclar un clip</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="53"/>
        <source>Extend forward</source>
        <translation>Extender hacia delante</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="54"/>
        <source>Extend backward</source>
        <translation>Extender hacia atrás</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="55"/>
        <source>Make a loop</source>
        <translation>Crear un bucle</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="56"/>
        <source>Connect two clips</source>
        <translation>Conectar dos clips</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="57"/>
        <source>Inpaint with a mask</source>
        <translation>Repintar con una máscara</translation>
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
        <translation>Tessera no se cerró correctamente la última vez. ¿Iniciar en modo seguro, con todos los plugins desactivados?</translation>
    </message>
</context>
<context>
    <name>tessera::ui::InspectorPanel</name>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="55"/>
        <source>Text to video</source>
        <translation>Texto a vídeo</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="56"/>
        <source>Image to video</source>
        <translation>Imagen a vídeo</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="57"/>
        <source>First and last frame</source>
        <translation>Primer y último fotograma</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="58"/>
        <source>Remix</source>
        <translation>Remezcla</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="59"/>
        <source>Extend forward</source>
        <translation>Extender hacia delante</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="60"/>
        <source>Extend backward</source>
        <translation>Extender hacia atrás</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="61"/>
        <source>Loop</source>
        <translation>Bucle</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="62"/>
        <source>Connect</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="63"/>
        <source>Inpaint</source>
        <translation>Repintado</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="288"/>
        <source>Select a clip in the library or on the timeline to see its recipe here.</source>
        <translation>Selecciona un clip en la biblioteca o en la línea de tiempo para ver aquí su receta.</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="289"/>
        <source>Prompt</source>
        <translation>Indicación</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="289"/>
        <source>Model got</source>
        <translation>Para el modelo</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="289"/>
        <source>Negative</source>
        <translation>Negativa</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="289"/>
        <source>Seed</source>
        <translation>Semilla</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="289"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="290"/>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="290"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="290"/>
        <source>Sampling</source>
        <translation>Muestreo</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="290"/>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="290"/>
        <source>Timings</source>
        <translation>Tiempos</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="291"/>
        <source>Parent</source>
        <translation>Origen</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="291"/>
        <source>Inputs</source>
        <translation>Entradas</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="291"/>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="293"/>
        <source>The prompt after the prompt enhancer: what the model was given</source>
        <translation>La indicación tras el optimizador de indicaciones: lo que recibió el modelo</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="298"/>
        <source>&amp;Regenerate</source>
        <translation>&amp;Regenerar</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="298"/>
        <source>Queue this recipe again with the same seed (Ctrl+R)</source>
        <translation>Volver a poner en cola esta receta con la misma semilla (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="299"/>
        <source>&amp;Vary seed</source>
        <translation>&amp;Variar semilla</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="299"/>
        <source>Queue this recipe with a new random seed (Ctrl+Shift+R)</source>
        <translation>Poner en cola esta receta con una nueva semilla aleatoria (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="300"/>
        <source>&amp;Use as prompt</source>
        <translation>&amp;Usar como indicación</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="300"/>
        <source>Load this clip&apos;s prompt and settings into the prompt editor (Ctrl+U)</source>
        <translation>Cargar la indicación y los ajustes de este clip en el editor de indicaciones (Ctrl+U)</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="301"/>
        <source>Extend &amp;forward</source>
        <translation>Extender hacia &amp;delante</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="301"/>
        <source>Generate what happens after this clip</source>
        <translation>Generar lo que ocurre después de este clip</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="302"/>
        <source>Extend &amp;backward</source>
        <translation>Extender hacia a&amp;trás</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="302"/>
        <source>Generate what happened before this clip</source>
        <translation>Generar lo que ocurrió antes de este clip</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="303"/>
        <source>Make &amp;loop</source>
        <translation>Hacer &amp;bucle</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="303"/>
        <source>Make this clip loop seamlessly</source>
        <translation>Hacer que este clip se repita sin cortes</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="304"/>
        <source>Re&amp;mix</source>
        <translation>Re&amp;mezclar</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="304"/>
        <source>Generate a variation of this clip with a changed prompt</source>
        <translation>Generar una variación de este clip con otra indicación</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="305"/>
        <source>&amp;Connect with...</source>
        <translation>&amp;Conectar con...</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="305"/>
        <source>Generate a transition from this clip into another</source>
        <translation>Generar una transición de este clip a otro</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="306"/>
        <source>Reveal &amp;file</source>
        <translation>Mostrar &amp;archivo</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="306"/>
        <source>Open the folder holding this clip&apos;s video file (Ctrl+Shift+E)</source>
        <translation>Abrir la carpeta que contiene el archivo de vídeo de este clip (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="307"/>
        <source>Copy &amp;seed</source>
        <translation>Copiar &amp;semilla</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="307"/>
        <source>Copy the seed to the clipboard (Ctrl+Shift+C)</source>
        <translation>Copiar la semilla al portapapeles (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="313"/>
        <source>More</source>
        <translation>Más</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="314"/>
        <source>Extend, loop, remix or connect this clip; reveal its file</source>
        <translation>Extender, hacer bucle, remezclar o conectar este clip; mostrar su archivo</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="315"/>
        <source>Select the clip this one was made from</source>
        <translation>Seleccionar el clip a partir del cual se creó este</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="358"/>
        <source>No preview</source>
        <translation>Sin vista previa</translation>
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
        <translation>Favorito</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="367"/>
        <source>Tags: %1</source>
        <translation>Etiquetas: %1</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="377"/>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="388"/>
        <source>Hash %1
Bundle %2</source>
        <translation>Hash %1
Paquete %2</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="394"/>
        <source>%1 × %2 · a still image</source>
        <translation>%1 × %2 · imagen fija</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="395"/>
        <source>%1 × %2 · %3 frames at %4 fps (%5 s)</source>
        <translation>%1 × %2 · %3 fotogramas a %4 fps (%5 s)</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="403"/>
        <source>steps %1 · guidance %2 · shift %3</source>
        <translation>pasos %1 · guía %2 · shift %3</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="409"/>
        <source>(σ %1 – %2)</source>
        <translation>(σ %1 – %2)</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="411"/>
        <source>strength %1</source>
        <translation>intensidad %1</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="416"/>
        <source>refined ×2</source>
        <translation>refinado ×2</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="417"/>
        <source>prompt as typed</source>
        <translation>prompt tal como se escribió</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="424"/>
        <source>image first</source>
        <translation>imagen primero</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="425"/>
        <source>backward by reversal</source>
        <translation>hacia atrás por inversión</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="426"/>
        <source>backward native</source>
        <translation>hacia atrás nativo</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="427"/>
        <source>loop as one ring</source>
        <translation>bucle como un anillo</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="428"/>
        <source>loop as clip and bridge</source>
        <translation>bucle como clip y puente</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="434"/>
        <source>engine %1</source>
        <translation>motor %1</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="438"/>
        <source>%1 %2 s</source>
        <translation>%1 %2 s</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="451"/>
        <source>Clip %1 (deleted)</source>
        <translation>Clip %1 (eliminado)</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="466"/>
        <source>%1: clip %2</source>
        <translation>%1: clip %2</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="467"/>
        <source>Select the input clip</source>
        <translation>Seleccionar el clip de entrada</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="476"/>
        <source>deleted</source>
        <translation>eliminado</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="480"/>
        <source>%1: %2 (asset %3)</source>
        <translation>%1: %2 (recurso %3)</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="512"/>
        <source>Clip %1 has no stored request to run again.</source>
        <translation>El clip %1 no tiene una solicitud guardada para volver a ejecutarla.</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="524"/>
        <source>Queued a variation of clip %1.</source>
        <translation>Variación del clip %1 puesta en cola.</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="525"/>
        <source>Queued clip %1 again with seed %2.</source>
        <translation>Clip %1 puesto de nuevo en cola con la semilla %2.</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="528"/>
        <source>Could not queue clip %1 again: %2</source>
        <translation>No se pudo volver a poner en cola el clip %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="536"/>
        <source>Copied seed %1.</source>
        <translation>Semilla %1 copiada.</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="546"/>
        <source>Could not open the folder %1 in the file manager.</source>
        <translation>No se pudo abrir la carpeta %1 en el gestor de archivos.</translation>
    </message>
    <message>
        <location filename="../ui/src/inspector_panel.cpp" line="548"/>
        <source>Could not reveal the file: %1</source>
        <translation>No se pudo mostrar el archivo: %1</translation>
    </message>
</context>
<context>
    <name>tessera::ui::LibraryPanel</name>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="88"/>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="89"/>
        <source>Still</source>
        <translation>Fotograma</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="90"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="116"/>
        <source>Tag for the selected clip:</source>
        <translation>Etiqueta para el clip seleccionado:</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="117"/>
        <source>Tag for %1 clips:</source>
        <translation>Etiqueta para %1 clips:</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="121"/>
        <source>Delete the selected clip and its file? This cannot be undone.</source>
        <translation>¿Eliminar el clip seleccionado y su archivo? No se puede deshacer.</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="122"/>
        <source>Delete %1 clips and their files? This cannot be undone.</source>
        <translation>¿Eliminar %1 clips y sus archivos? No se puede deshacer.</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="354"/>
        <source>Imported %1, %2</source>
        <translation>Importado (%1), %2</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="356"/>
        <source>Clip %1 · %2 · frames: %3</source>
        <translation>Clip %1 · %2 · fotogramas: %3</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="357"/>
        <source>Model: %1</source>
        <translation>Modelo: %1</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="358"/>
        <source>Rating: %1 of 5</source>
        <translation>Valoración: %1 de 5</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="359"/>
        <source>Tags: %1</source>
        <translation>Etiquetas: %1</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="360"/>
        <source>Move the mouse across the picture to scrub through the clip.</source>
        <translation>Mueve el ratón sobre la imagen para recorrer el clip.</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="446"/>
        <source>No preview</source>
        <translation>Sin vista previa</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="466"/>
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="691"/>
        <source>Search prompts (Ctrl+F)</source>
        <translation>Buscar indicaciones (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="692"/>
        <source>Shows the clips whose prompt contains all these words (Ctrl+F; Enter goes to the grid)</source>
        <translation>Muestra los clips cuya indicación contiene todas estas palabras (Ctrl+F; Enter va a la cuadrícula)</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="693"/>
        <source>Show favourites only</source>
        <translation>Mostrar solo favoritos</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="694"/>
        <source>Order of the clips</source>
        <translation>Orden de los clips</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="695"/>
        <source>Newest first</source>
        <translation>Más recientes primero</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="695"/>
        <source>Oldest first</source>
        <translation>Más antiguos primero</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="695"/>
        <source>Highest rated</source>
        <translation>Mejor valorados</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="695"/>
        <source>Longest first</source>
        <translation>Más largos primero</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="697"/>
        <source>Show only clips with this tag</source>
        <translation>Mostrar solo clips con esta etiqueta</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="698"/>
        <source>Show only clips rated at least this</source>
        <translation>Mostrar solo clips con al menos esta valoración</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="699"/>
        <source>Any rating</source>
        <translation>Cualquier valoración</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="700"/>
        <source>%1 or more</source>
        <translation>%1 o más</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="701"/>
        <source>Show only clips made by this model</source>
        <translation>Mostrar solo clips creados con este modelo</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="704"/>
        <source>&amp;Favourite</source>
        <translation>&amp;Favorito</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="705"/>
        <source>Mark or unmark the selected clips as favourites (Ctrl+D)</source>
        <translation>Marcar o desmarcar los clips seleccionados como favoritos (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="706"/>
        <source>&amp;No rating</source>
        <translation>&amp;Sin valoración</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="707"/>
        <source>%1  (%2)</source>
        <translation>%1  (%2)</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="708"/>
        <source>Add &amp;tag...</source>
        <translation>Añadir e&amp;tiqueta...</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="709"/>
        <source>Add a tag to the selected clips (Ctrl+T)</source>
        <translation>Añadir una etiqueta a los clips seleccionados (Ctrl+T)</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="710"/>
        <source>&amp;Reveal file</source>
        <translation>&amp;Mostrar archivo</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="711"/>
        <source>Open the folder holding the media file (Ctrl+Shift+E)</source>
        <translation>Abrir la carpeta que contiene el archivo multimedia (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="712"/>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="713"/>
        <source>Delete the selected clips and their files (Del)</source>
        <translation>Eliminar los clips seleccionados y sus archivos (Del)</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="714"/>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="715"/>
        <location filename="../ui/src/library_panel.cpp" line="720"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="717"/>
        <source>tag</source>
        <translation>etiqueta</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="718"/>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="719"/>
        <source>Add the tag (Enter)</source>
        <translation>Añadir la etiqueta (Enter)</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="721"/>
        <source>Cancel (Esc)</source>
        <translation>Cancelar (Esc)</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="723"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="724"/>
        <source>Delete them now; this cannot be undone</source>
        <translation>Eliminarlos ahora; no se puede deshacer</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="725"/>
        <source>Keep</source>
        <translation>Conservar</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="726"/>
        <source>Keep the clips (Esc)</source>
        <translation>Conservar los clips (Esc)</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="753"/>
        <source>Any tag</source>
        <translation>Cualquier etiqueta</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="754"/>
        <source>Any model</source>
        <translation>Cualquier modelo</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="769"/>
        <source>Clip %1</source>
        <translation>Clip %1</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="799"/>
        <source>Could not read the library: %1</source>
        <translation>No se pudo leer la biblioteca: %1</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="828"/>
        <source>Search failed: %1</source>
        <translation>La búsqueda falló: %1</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="918"/>
        <source>Open or create a project to see its clips here.</source>
        <translation>Abre o crea un proyecto para ver aquí sus clips.</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="921"/>
        <source>No clips yet. Generated clips and imported media appear here.

Drop image, video or audio files here to import them.</source>
        <translation>Todavía no hay clips. Los clips generados y los medios importados aparecen aquí.

Suelta aquí archivos de imagen, vídeo o audio para importarlos.</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="924"/>
        <source>No clip matches the search and filters.</source>
        <translation>Ningún clip coincide con la búsqueda y los filtros.</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="926"/>
        <source>Items: %1</source>
        <translation>Elementos: %1</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="927"/>
        <source>Showing %1 of %2 items</source>
        <translation>Mostrando %1 de %2 elementos</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="1073"/>
        <source>&amp;Rate</source>
        <translation>&amp;Valorar</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="1082"/>
        <source>Remove ta&amp;g</source>
        <translation>&amp;Quitar etiqueta</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="1105"/>
        <source>Could not change the favourites: %1</source>
        <translation>No se pudieron cambiar los favoritos: %1</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="1120"/>
        <source>Could not rate the clips: %1</source>
        <translation>No se pudieron valorar los clips: %1</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="1152"/>
        <source>Could not add the tag: %1</source>
        <translation>No se pudo añadir la etiqueta: %1</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="1169"/>
        <source>Could not remove the tag: %1</source>
        <translation>No se pudo quitar la etiqueta: %1</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="1181"/>
        <source>Could not open the folder %1 in the file manager.</source>
        <translation>No se pudo abrir la carpeta %1 en el gestor de archivos.</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="1201"/>
        <source>Nothing was deleted: %1</source>
        <translation>No se eliminó nada: %1</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="1204"/>
        <source>Deleted clip %1.</source>
        <translation>Clip %1 eliminado.</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="1205"/>
        <source>Deleted %1 clips.</source>
        <translation>%1 clips eliminados.</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="1224"/>
        <source>Only local files can be imported, not %1.</source>
        <translation>Solo se pueden importar archivos locales, no %1.</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="1234"/>
        <source>Nothing was imported: %1</source>
        <translation>No se importó nada: %1</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="1237"/>
        <source>Imported %1.</source>
        <translation>%1 importado.</translation>
    </message>
    <message>
        <location filename="../ui/src/library_panel.cpp" line="1238"/>
        <source>Imported %1 files.</source>
        <translation>%1 archivos importados.</translation>
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
        <translation type="vanished">Vista previa

Selecciona un clip o un trabajo en curso para verlo aquí.</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="164"/>
        <source>Prompt</source>
        <translation>Indicación</translation>
    </message>
    <message>
        <source>Describe a shot, or drop an image or a clip here.</source>
        <translation type="vanished">Describe una toma, o suelta aquí una imagen o un clip.</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="164"/>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>No clips yet. Generated clips and imported media appear here.</source>
        <translation type="vanished">Todavía no hay clips. Los clips generados y los medios importados aparecen aquí.</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="164"/>
        <source>Inspector</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <source>The recipe of the selected clip appears here.</source>
        <translation type="vanished">La receta del clip seleccionado aparece aquí.</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="165"/>
        <source>Queue</source>
        <translation>Cola</translation>
    </message>
    <message>
        <source>No jobs. Generations wait and run here.</source>
        <translation type="vanished">No hay trabajos. Las generaciones esperan y se ejecutan aquí.</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="165"/>
        <source>Timeline</source>
        <translation>Línea de tiempo</translation>
    </message>
    <message>
        <source>Drag clips here to cut a sequence.</source>
        <translation type="vanished">Arrastra clips aquí para montar una secuencia.</translation>
    </message>
    <message>
        <source>Ready: engine %1, LibTorch %2, device %3</source>
        <translation type="vanished">Listo: motor %1, LibTorch %2, dispositivo %3</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="93"/>
        <source>The prompt and settings of clip %1 are in the prompt editor</source>
        <translation>El prompt y los ajustes del clip %1 están en el editor de prompt</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="105"/>
        <source>Drop the second clip on the prompt editor to connect to it.</source>
        <translation>Suelta el segundo clip en el editor de indicaciones para conectarlo.</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="142"/>
        <source>The continuation of clip %1 is on the timeline.</source>
        <translation>La continuación del clip %1 está en la línea de tiempo.</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="144"/>
        <source>The continuation is in the library but could not go on the timeline: %1</source>
        <translation>La continuación está en la biblioteca, pero no se pudo colocar en la línea de tiempo: %1</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="158"/>
        <source>Tessera Studio - %1</source>
        <translation>Tessera Studio - %1</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="206"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="207"/>
        <source>&amp;New project...</source>
        <translation>&amp;Nuevo proyecto...</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="208"/>
        <source>&amp;Open project...</source>
        <translation>&amp;Abrir proyecto...</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="209"/>
        <source>Open &amp;recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="215"/>
        <source>&amp;Import media...</source>
        <translation>&amp;Importar medios...</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="217"/>
        <source>&amp;Export timeline...</source>
        <translation>&amp;Exportar línea de tiempo...</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="221"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="224"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="225"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="234"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="247"/>
        <source>&amp;Preferences...</source>
        <translation>&amp;Preferencias...</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="254"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="257"/>
        <source>&amp;Light theme</source>
        <translation>&amp;Tema claro</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="261"/>
        <source>&amp;Reset layout</source>
        <translation>&amp;Restablecer diseño</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="263"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="264"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="265"/>
        <source>&amp;About Tessera</source>
        <translation>&amp;Acerca de Tessera</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="276"/>
        <source>Generate (prompt editor)</source>
        <translation>Generar (editor de indicaciones)</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="277"/>
        <source>Play / pause</source>
        <translation>Reproducir / pausa</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="278"/>
        <source>Play backward / pause / play forward (press again for faster)</source>
        <translation>Reproducir hacia atrás / pausa / hacia delante (pulsa de nuevo para ir más rápido)</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="279"/>
        <source>One frame back / forward</source>
        <translation>Un fotograma atrás / adelante</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="280"/>
        <source>Set in / out point</source>
        <translation>Marcar punto de entrada / salida</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="281"/>
        <source>Split the timeline item at the playhead</source>
        <translation>Dividir el elemento de la línea de tiempo en el cabezal</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="282"/>
        <source>Delete / ripple delete the selected item</source>
        <translation>Eliminar el elemento seleccionado / eliminarlo y cerrar el hueco</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="283"/>
        <source>Undo / redo</source>
        <translation>Deshacer / rehacer</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="284"/>
        <source>Zoom the timeline</source>
        <translation>Zoom de la línea de tiempo</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="285"/>
        <location filename="../ui/src/main_window.cpp" line="358"/>
        <source>Import media</source>
        <translation>Importar medios</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="286"/>
        <source>Export the timeline</source>
        <translation>Exportar la línea de tiempo</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="291"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="302"/>
        <source>About Tessera</source>
        <translation>Acerca de Tessera</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="309"/>
        <source>Cannot open %1: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="320"/>
        <source>Opened %1</source>
        <translation>Se abrió %1</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="340"/>
        <source>Welcome! This is a starter project in %1. Press Ctrl+Enter to generate the sample prompt.</source>
        <translation>¡Te damos la bienvenida! Este es un proyecto de inicio en %1. Pulsa Ctrl+Enter para generar la indicación de ejemplo.</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="346"/>
        <source>New project folder</source>
        <translation>Carpeta del nuevo proyecto</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="351"/>
        <source>Open project folder</source>
        <translation>Abrir carpeta de proyecto</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="356"/>
        <source>Open or create a project first.</source>
        <translation>Primero abre o crea un proyecto.</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="358"/>
        <source>Media (*.png *.jpg *.jpeg *.webp *.tif *.tiff *.exr *.mp4 *.webm *.mov *.mkv *.gif *.wav *.mp3 *.ogg *.flac *.m4a)</source>
        <translation>Medios (*.png *.jpg *.jpeg *.webp *.tif *.tiff *.exr *.mp4 *.webm *.mov *.mkv *.gif *.wav *.mp3 *.ogg *.flac *.m4a)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/src/main_window.cpp" line="362"/>
        <source>Imported %n file(s)</source>
        <translation>
            <numerusform>Se importó %n archivo</numerusform>
            <numerusform>Se importaron %n archivos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="364"/>
        <source>Nothing was imported: %1</source>
        <translation>No se importó nada: %1</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="369"/>
        <source>Open a project with a timeline first.</source>
        <translation>Primero abre un proyecto con una línea de tiempo.</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="371"/>
        <source>The timeline is empty: drag clips from the library onto it first.</source>
        <translation>La línea de tiempo está vacía: primero arrastra clips desde la biblioteca.</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="373"/>
        <source>Export timeline</source>
        <translation>Exportar línea de tiempo</translation>
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
        <translation>GIF animado</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="381"/>
        <source>PNG image sequence</source>
        <translation>Secuencia de imágenes PNG</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="381"/>
        <source>OpenEXR sequence (linear half float)</source>
        <translation>Secuencia OpenEXR (half float lineal)</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="386"/>
        <source>%1 (plugin)</source>
        <translation>%1 (complemento)</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="391"/>
        <source>Browse...</source>
        <translation>Examinar...</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="395"/>
        <source>Write .srt and .vtt subtitles beside it</source>
        <translation>Escribir subtítulos .srt y .vtt junto al archivo</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="397"/>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="398"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="400"/>
        <source>%1x%2, %3 fps, %4 s. A .manifest.json records how every shot was made.</source>
        <translation>%1x%2, %3 fps, %4 s. Un .manifest.json registra cómo se hizo cada toma.</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="407"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="429"/>
        <source>Export to</source>
        <translation>Exportar a</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="444"/>
        <source>Exporting %1...</source>
        <translation>Exportando %1...</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="457"/>
        <source>Exporting: %1%</source>
        <translation>Exportando: %1%</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="463"/>
        <source>Exported %1 (%2 s)</source>
        <translation>Exportado %1 (%2 s)</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="466"/>
        <source>Export failed, nothing was written: %1</source>
        <translation>La exportación falló; no se escribió nada: %1</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="486"/>
        <source>Extending clip %1: the continuation lands after it on the timeline when it is done.</source>
        <translation>Extendiendo el clip %1: cuando termine, la continuación se colocará tras él en la línea de tiempo.</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="488"/>
        <source>Cannot extend clip %1: %2</source>
        <translation>No se puede extender el clip %1: %2</translation>
    </message>
</context>
<context>
    <name>tessera::ui::PreferencesDialog</name>
    <message>
        <location filename="../ui/src/preferences.cpp" line="114"/>
        <source>A folder of model bundles</source>
        <translation>Una carpeta de modelos</translation>
    </message>
    <message>
        <location filename="../ui/src/preferences.cpp" line="187"/>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <location filename="../ui/src/preferences.cpp" line="189"/>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../ui/src/preferences.cpp" line="190"/>
        <source>Plugins</source>
        <translation>Plugins</translation>
    </message>
    <message>
        <location filename="../ui/src/preferences.cpp" line="191"/>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <location filename="../ui/src/preferences.cpp" line="197"/>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <location filename="../ui/src/preferences.cpp" line="198"/>
        <source>Generate on:</source>
        <translation>Generar en:</translation>
    </message>
    <message>
        <location filename="../ui/src/preferences.cpp" line="199"/>
        <source>Automatic (a GPU when there is one)</source>
        <translation>Automático (una GPU si la hay)</translation>
    </message>
    <message>
        <location filename="../ui/src/preferences.cpp" line="200"/>
        <source>CPU threads:</source>
        <translation>Hilos de CPU:</translation>
    </message>
    <message>
        <location filename="../ui/src/preferences.cpp" line="201"/>
        <source>all cores</source>
        <translation>todos los núcleos</translation>
    </message>
    <message>
        <location filename="../ui/src/preferences.cpp" line="202"/>
        <source>Default model:</source>
        <translation>Modelo predeterminado:</translation>
    </message>
    <message>
        <location filename="../ui/src/preferences.cpp" line="206"/>
        <source>Model folders:</source>
        <translation>Carpetas de modelos:</translation>
    </message>
    <message>
        <location filename="../ui/src/preferences.cpp" line="208"/>
        <source>New projects:</source>
        <translation>Proyectos nuevos:</translation>
    </message>
    <message>
        <location filename="../ui/src/preferences.cpp" line="210"/>
        <source>Add folder...</source>
        <translation>Añadir carpeta...</translation>
    </message>
    <message>
        <location filename="../ui/src/preferences.cpp" line="211"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../ui/src/preferences.cpp" line="213"/>
        <source>The device applies when a project is opened; CPU threads and the default model at the next start; model folders the next time the model list is filled.</source>
        <translation>El dispositivo se aplica al abrir un proyecto; los hilos de CPU y el modelo predeterminado en el próximo inicio; las carpetas de modelos la próxima vez que se rellene la lista de modelos.</translation>
    </message>
    <message>
        <location filename="../ui/src/preferences.cpp" line="216"/>
        <location filename="../ui/src/preferences.cpp" line="259"/>
        <source>Enabled</source>
        <translation>Activado</translation>
    </message>
    <message>
        <location filename="../ui/src/preferences.cpp" line="216"/>
        <source>Plugin</source>
        <translation>Plugin</translation>
    </message>
    <message>
        <location filename="../ui/src/preferences.cpp" line="216"/>
        <source>Kinds</source>
        <translation>Tipos</translation>
    </message>
    <message>
        <location filename="../ui/src/preferences.cpp" line="216"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../ui/src/preferences.cpp" line="218"/>
        <source>Plugins run in their own process. One that crashes, hangs or misbehaves is turned off here, with the reason; turn it on again when it has been fixed.</source>
        <translation>Los plugins se ejecutan en su propio proceso. El que falla, se cuelga o se comporta mal se desactiva aquí, con el motivo; vuelve a activarlo cuando esté corregido.</translation>
    </message>
    <message>
        <location filename="../ui/src/preferences.cpp" line="224"/>
        <source>tessera-shapes (built in), else the first found</source>
        <translation>tessera-shapes (incluido), si no el primero encontrado</translation>
    </message>
    <message>
        <location filename="../ui/src/preferences.cpp" line="258"/>
        <source>Cannot be used: %1</source>
        <translation>No se puede usar: %1</translation>
    </message>
    <message>
        <location filename="../ui/src/preferences.cpp" line="260"/>
        <source>Disabled: %1</source>
        <translation>Desactivado: %1</translation>
    </message>
</context>
<context>
    <name>tessera::ui::PreviewPlayer</name>
    <message>
        <location filename="../ui/src/preview_player.cpp" line="116"/>
        <source>first frame — step %1/%2</source>
        <translation>primer fotograma — paso %1/%2</translation>
    </message>
    <message>
        <location filename="../ui/src/preview_player.cpp" line="118"/>
        <source>generating — step %1/%2</source>
        <translation>generando — paso %1/%2</translation>
    </message>
    <message>
        <location filename="../ui/src/preview_player.cpp" line="119"/>
        <source>generating — %1</source>
        <translation>generando — %1</translation>
    </message>
    <message>
        <location filename="../ui/src/preview_player.cpp" line="395"/>
        <location filename="../ui/src/preview_player.cpp" line="714"/>
        <source>failed: %1</source>
        <translation>falló: %1</translation>
    </message>
    <message>
        <location filename="../ui/src/preview_player.cpp" line="395"/>
        <location filename="../ui/src/preview_player.cpp" line="717"/>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <location filename="../ui/src/preview_player.cpp" line="429"/>
        <source>Go to the first frame (Home)</source>
        <translation>Ir al primer fotograma (Home)</translation>
    </message>
    <message>
        <location filename="../ui/src/preview_player.cpp" line="430"/>
        <source>Step one frame back (Left; Shift+Left: one second)</source>
        <translation>Retroceder un fotograma (Left; Shift+Left: un segundo)</translation>
    </message>
    <message>
        <location filename="../ui/src/preview_player.cpp" line="431"/>
        <source>Play backward; again for 2× and 4× (J)</source>
        <translation>Reproducir hacia atrás; de nuevo para 2× y 4× (J)</translation>
    </message>
    <message>
        <location filename="../ui/src/preview_player.cpp" line="432"/>
        <source>Play forward; again for 2× and 4× (L)</source>
        <translation>Reproducir hacia delante; de nuevo para 2× y 4× (L)</translation>
    </message>
    <message>
        <location filename="../ui/src/preview_player.cpp" line="433"/>
        <source>Step one frame forward (Right; Shift+Right: one second)</source>
        <translation>Avanzar un fotograma (Right; Shift+Right: un segundo)</translation>
    </message>
    <message>
        <location filename="../ui/src/preview_player.cpp" line="434"/>
        <source>Go to the last frame (End)</source>
        <translation>Ir al último fotograma (End)</translation>
    </message>
    <message>
        <location filename="../ui/src/preview_player.cpp" line="435"/>
        <source>In</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <location filename="../ui/src/preview_player.cpp" line="436"/>
        <source>Mark the in point at this frame (I; Alt+X clears the marks)</source>
        <translation>Marcar el punto de entrada en este fotograma (I; Alt+X borra las marcas)</translation>
    </message>
    <message>
        <location filename="../ui/src/preview_player.cpp" line="437"/>
        <source>Out</source>
        <translation>Salida</translation>
    </message>
    <message>
        <location filename="../ui/src/preview_player.cpp" line="438"/>
        <source>Mark the out point at this frame (O; Alt+X clears the marks)</source>
        <translation>Marcar el punto de salida en este fotograma (O; Alt+X borra las marcas)</translation>
    </message>
    <message>
        <location filename="../ui/src/preview_player.cpp" line="439"/>
        <source>Loop</source>
        <translation>Bucle</translation>
    </message>
    <message>
        <location filename="../ui/src/preview_player.cpp" line="440"/>
        <source>Loop playback between the in and out points (Ctrl+L)</source>
        <translation>Reproducir en bucle entre los puntos de entrada y salida (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../ui/src/preview_player.cpp" line="441"/>
        <source>Zoom: fit to the view or 100% (Z, or double-click the picture)</source>
        <translation>Zoom: ajustar a la vista o 100% (Z, o doble clic en la imagen)</translation>
    </message>
    <message>
        <location filename="../ui/src/preview_player.cpp" line="442"/>
        <source>Scrub through the frames</source>
        <translation>Recorrer los fotogramas</translation>
    </message>
    <message>
        <location filename="../ui/src/preview_player.cpp" line="443"/>
        <source>Frame (counted from 1) / frames</source>
        <translation>Fotograma (contando desde 1) / fotogramas</translation>
    </message>
    <message>
        <location filename="../ui/src/preview_player.cpp" line="444"/>
        <source>Timecode: hours:minutes:seconds:frames</source>
        <translation>Código de tiempo: horas:minutos:segundos:fotogramas</translation>
    </message>
    <message>
        <location filename="../ui/src/preview_player.cpp" line="446"/>
        <location filename="../ui/src/preview_player.cpp" line="479"/>
        <source>Select a clip or a running job to see it here.</source>
        <translation>Selecciona un clip o un trabajo en curso para verlo aquí.</translation>
    </message>
    <message>
        <location filename="../ui/src/preview_player.cpp" line="503"/>
        <source>Clip %1 cannot be shown: %2</source>
        <translation>No se puede mostrar el clip %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/src/preview_player.cpp" line="511"/>
        <source>Decoding…</source>
        <translation>Decodificando…</translation>
    </message>
    <message>
        <location filename="../ui/src/preview_player.cpp" line="540"/>
        <source>Clip %1 cannot be played: %2</source>
        <translation>No se puede reproducir el clip %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/src/preview_player.cpp" line="540"/>
        <source>it has no frames</source>
        <translation>no tiene fotogramas</translation>
    </message>
    <message>
        <location filename="../ui/src/preview_player.cpp" line="558"/>
        <source>No timeline is open.</source>
        <translation>No hay ninguna línea de tiempo abierta.</translation>
    </message>
    <message>
        <location filename="../ui/src/preview_player.cpp" line="570"/>
        <location filename="../ui/src/preview_player.cpp" line="589"/>
        <source>The timeline is empty. Drag clips onto it to preview the cut.</source>
        <translation>La línea de tiempo está vacía. Arrastra clips a ella para previsualizar el montaje.</translation>
    </message>
    <message>
        <location filename="../ui/src/preview_player.cpp" line="653"/>
        <source>The timeline cannot be previewed: %1</source>
        <translation>No se puede previsualizar la línea de tiempo: %1</translation>
    </message>
    <message>
        <location filename="../ui/src/preview_player.cpp" line="708"/>
        <source>Waiting for the first preview…</source>
        <translation>Esperando la primera vista previa…</translation>
    </message>
    <message>
        <location filename="../ui/src/preview_player.cpp" line="711"/>
        <source>queued — waiting to run</source>
        <translation>en cola — esperando para ejecutarse</translation>
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
        <translation>Pausa (Space o K)</translation>
    </message>
    <message>
        <location filename="../ui/src/preview_player.cpp" line="913"/>
        <source>Play (Space)</source>
        <translation>Reproducir (Space)</translation>
    </message>
    <message>
        <location filename="../ui/src/preview_player.cpp" line="926"/>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <location filename="../ui/src/preview_player.cpp" line="926"/>
        <source>100%</source>
        <translation>100%</translation>
    </message>
    <message>
        <location filename="../ui/src/preview_player.cpp" line="929"/>
        <source>%1× forward</source>
        <translation>%1× adelante</translation>
    </message>
    <message>
        <location filename="../ui/src/preview_player.cpp" line="930"/>
        <source>%1× reverse</source>
        <translation>%1× atrás</translation>
    </message>
</context>
<context>
    <name>tessera::ui::PromptPanel</name>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="321"/>
        <source>Describe a shot: a large red ball bouncing on a white background</source>
        <translation>Describe una toma: una gran pelota roja rebotando sobre un fondo blanco</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="322"/>
        <source>What to make, in your words. Drop an image or a clip here to use it. Ctrl+Enter generates.</source>
        <translation>Lo que quieres crear, con tus palabras. Suelta aquí una imagen o un clip para usarlo. Ctrl+Enter genera.</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="323"/>
        <source>Negative prompt: what to avoid (optional)</source>
        <translation>Indicación negativa: qué evitar (opcional)</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="325"/>
        <source>custom</source>
        <translation>personalizado</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="326"/>
        <location filename="../ui/src/prompt_panel.cpp" line="637"/>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="327"/>
        <source>Paint mask...</source>
        <translation>Pintar máscara...</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="328"/>
        <source>Paint the region to regenerate over the clip&apos;s first frame</source>
        <translation>Pintar la zona que se regenerará sobre el primer fotograma del clip</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="329"/>
        <source>Forget the images and clips given to this task</source>
        <translation>Olvidar las imágenes y clips asignados a esta tarea</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="330"/>
        <source>random</source>
        <translation>aleatoria</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="331"/>
        <source>Lock</source>
        <translation>Fijar</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="332"/>
        <source>Keep this seed for every generation (otherwise each gets a new random seed)</source>
        <translation>Usar esta semilla en cada generación (si no, cada una recibe una semilla aleatoria nueva)</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="333"/>
        <source>How many variations (different seeds) to queue</source>
        <translation>Cuántas variaciones (semillas distintas) poner en cola</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="334"/>
        <source>Generate  (Ctrl+Enter)</source>
        <translation>Generar  (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="335"/>
        <source>Add the generation to the queue (Ctrl+Enter)</source>
        <translation>Añadir la generación a la cola (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="336"/>
        <source>Remix strength: 0 keeps the clip, 1 ignores it</source>
        <translation>Intensidad de remezcla: 0 conserva el clip, 1 lo ignora</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="337"/>
        <source>Sampling steps (auto: the model&apos;s default)</source>
        <translation>Pasos de muestreo (auto: el valor por defecto del modelo)</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="338"/>
        <source>How strongly the prompt steers each step (auto: the model&apos;s default; 1 = no guidance)</source>
        <translation>Cuánto guía el prompt cada paso (auto: el valor por defecto del modelo; 1 = sin guía)</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="339"/>
        <source>σ</source>
        <translation>σ</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="341"/>
        <source>Guide only the steps whose noise level σ is above the first value and at most the second (1 = pure noise, 0 = the finished clip). Unticked: the model&apos;s default, usually every step.</source>
        <translation>Guiar solo los pasos cuyo nivel de ruido σ está por encima del primer valor y como mucho en el segundo (1 = ruido puro, 0 = el clip terminado). Sin marcar: el valor por defecto del modelo, normalmente todos los pasos.</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="344"/>
        <source>Noise schedule shift: higher spends more steps at high noise (auto: the model&apos;s default)</source>
        <translation>Desplazamiento del plan de ruido: más alto dedica más pasos a ruido alto (auto: el valor por defecto del modelo)</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="345"/>
        <source>The solver that takes the steps (auto: the model&apos;s default)</source>
        <translation>El solver que da los pasos (auto: el valor por defecto del modelo)</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="346"/>
        <source>Enhance prompt</source>
        <translation>Mejorar el prompt</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="347"/>
        <source>Rewrite the prompt into the captions the model was trained on (shown under the prompt). Untick to give the model your words as typed.</source>
        <translation>Reescribe el prompt en la forma de las descripciones con las que se entrenó el modelo (se muestra bajo el prompt). Desmárquelo para dar al modelo sus palabras tal como las escribió.</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="349"/>
        <source>Refine ×2</source>
        <translation>Refinar ×2</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="350"/>
        <source>Cascade refinement: upscale the clip 2× and re-denoise it at low strength for finer detail (about twice the time)</source>
        <translation>Refinado en cascada: amplía el clip 2× y lo vuelve a eliminar ruido con baja intensidad para más detalle (aproximadamente el doble de tiempo)</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="354"/>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="354"/>
        <source>Inputs</source>
        <translation>Entradas</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="354"/>
        <source>Strength</source>
        <translation>Intensidad</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="354"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="354"/>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="354"/>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="355"/>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="355"/>
        <source>Guidance</source>
        <translation>Guía</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="355"/>
        <source>Sampler</source>
        <translation>Muestreador</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="355"/>
        <source>Guide between</source>
        <translation>Guiar entre</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="355"/>
        <source>Shift</source>
        <translation>Desplazamiento</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="356"/>
        <source>Seed</source>
        <translation>Semilla</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="356"/>
        <source>Variations</source>
        <translation>Variaciones</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="356"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="356"/>
        <source>Options</source>
        <translation>Opciones</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="392"/>
        <source>No model found. Import one with `tessera models import` or pick a folder in Preferences.</source>
        <translation>No se encontró ningún modelo. Importa uno con `tessera models import` o elige una carpeta en Preferencias.</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="393"/>
        <source>%1 has no readable model.json</source>
        <translation>%1 no tiene un model.json legible</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="436"/>
        <source>&lt;i&gt;The model will see your prompt as typed (the enhancer is off).&lt;/i&gt;</source>
        <translation>&lt;i&gt;El modelo verá su prompt tal como lo escribió (la mejora está desactivada).&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="440"/>
        <source>&lt;i&gt;The model will see the enhancer&apos;s caption of what you type.&lt;/i&gt;</source>
        <translation>&lt;i&gt;El modelo verá la descripción que el optimizador hace de lo que escribes.&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="447"/>
        <source>Model will see: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>El modelo verá: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="448"/>
        <source>&lt;i&gt;(and what the image or clip shows)&lt;/i&gt;</source>
        <translation>&lt;i&gt;(y lo que muestra la imagen o el clip)&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="453"/>
        <source>Not understood: %1</source>
        <translation>No entendido: %1</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="490"/>
        <location filename="../ui/src/prompt_panel.cpp" line="499"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="493"/>
        <source>clip %1 (%2)</source>
        <translation>clip %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="495"/>
        <source>clip %1 (missing)</source>
        <translation>clip %1 (no encontrado)</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="503"/>
        <source>asset %1 (missing)</source>
        <translation>recurso %1 (no encontrado)</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="506"/>
        <source>first frame: %1</source>
        <translation>primer fotograma: %1</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="507"/>
        <source>last frame: %1</source>
        <translation>último fotograma: %1</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="508"/>
        <source>clip: none, a new loop from the prompt (or drop a clip to loop it)</source>
        <translation>clip: ninguno, un bucle nuevo a partir del prompt (o suelta un clip para hacerlo bucle)</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="509"/>
        <source>clip: %1</source>
        <translation>clip: %1</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="510"/>
        <source>then: %1</source>
        <translation>después: %1</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="511"/>
        <source>mask: %1</source>
        <translation>máscara: %1</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="512"/>
        <source>Text only (drop an image or a clip here)</source>
        <translation>Solo texto (suelta aquí una imagen o un clip)</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="535"/>
        <source>auto (the model&apos;s)</source>
        <translation>automático (el del modelo)</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="542"/>
        <source>every frame at once</source>
        <translation>todos los fotogramas a la vez</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="542"/>
        <source>Sample every frame together from noise</source>
        <translation>Generar todos los fotogramas juntos a partir del ruido</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="543"/>
        <source>first frame, then the motion</source>
        <translation>primero el primer fotograma, luego el movimiento</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="544"/>
        <source>Sample the first frame alone as an image, then animate it (image to video)</source>
        <translation>Generar primero el primer fotograma como imagen y luego animarlo (imagen a vídeo)</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="546"/>
        <source>by reversal</source>
        <translation>por inversión</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="547"/>
        <source>Play the clip backward, extend it forward, play the new frames back again</source>
        <translation>Reproducir el clip al revés, extenderlo hacia delante y volver a invertir los fotogramas nuevos</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="548"/>
        <source>native</source>
        <translation>nativa</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="548"/>
        <source>Make new frames that lead into the clip&apos;s first frames</source>
        <translation>Crear fotogramas nuevos que lleven a los primeros fotogramas del clip</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="550"/>
        <source>one ring</source>
        <translation>un anillo</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="550"/>
        <source>Sample the whole loop at once as a ring whose end leads into its start</source>
        <translation>Generar todo el bucle a la vez como un anillo cuyo final lleva a su inicio</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="551"/>
        <source>clip, then a bridge</source>
        <translation>clip y luego un puente</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="551"/>
        <source>Make a clip, then new frames from its end back to its start</source>
        <translation>Crear un clip y luego fotogramas nuevos desde su final de vuelta a su inicio</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="563"/>
        <source>How this task is made (auto: the model&apos;s default)</source>
        <translation>Cómo se realiza esta tarea (automático: el predeterminado del modelo)</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="574"/>
        <location filename="../ui/src/prompt_panel.cpp" line="721"/>
        <source>Open or create a project first (File &gt; New project).</source>
        <translation>Primero abre o crea un proyecto (Archivo &gt; Nuevo proyecto).</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="585"/>
        <source>Cannot use the dropped file: %1</source>
        <translation>No se puede usar el archivo soltado: %1</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="607"/>
        <source>%1 is not an image; drop clips from the library to remix or extend them</source>
        <translation>%1 no es una imagen; suelta clips de la biblioteca para remezclarlos o extenderlos</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="623"/>
        <source>Cannot show the clip to paint on: %1</source>
        <translation>No se puede mostrar el clip para pintar: %1</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="627"/>
        <source>Paint the region to regenerate</source>
        <translation>Pintar la zona a regenerar</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="639"/>
        <source>Brush</source>
        <translation>Pincel</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="656"/>
        <source>Cannot write the mask image</source>
        <translation>No se puede escribir la imagen de la máscara</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="662"/>
        <source>Cannot store the mask: %1</source>
        <translation>No se puede guardar la máscara: %1</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="725"/>
        <source>No model to generate with; import one or choose one in Preferences.</source>
        <translation>No hay ningún modelo con el que generar; importa uno o elige uno en Preferencias.</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="730"/>
        <source>The guidance interval needs its first value below its second (%1 – %2)</source>
        <translation>El intervalo de guía necesita el primer valor por debajo del segundo (%1 – %2)</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="764"/>
        <source>%1 needs %2</source>
        <translation>%1 necesita %2</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="767"/>
        <source>a first-frame image (drop one here)</source>
        <translation>una imagen del primer fotograma (suéltala aquí)</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="768"/>
        <source>a last-frame image</source>
        <translation>una imagen del último fotograma</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="769"/>
        <source>a clip (drop one from the library)</source>
        <translation>un clip (suelta uno desde la biblioteca)</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="770"/>
        <source>a prompt or a clip to loop</source>
        <translation>un prompt o un clip para hacer bucle</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="771"/>
        <source>a second clip</source>
        <translation>un segundo clip</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="772"/>
        <source>a mask image (white = regenerate)</source>
        <translation>una imagen de máscara (blanco = regenerar)</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="773"/>
        <source>a prompt</source>
        <translation>una indicación</translation>
    </message>
    <message>
        <location filename="../ui/src/prompt_panel.cpp" line="783"/>
        <source>Cannot queue the generation: %1</source>
        <translation>No se puede poner en cola la generación: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/src/prompt_panel.cpp" line="795"/>
        <source>Queued %n generation(s)</source>
        <translation>
            <numerusform>%n generación en cola</numerusform>
            <numerusform>%n generaciones en cola</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::ui::QueuePanel</name>
    <message>
        <location filename="../ui/src/queue_panel.cpp" line="132"/>
        <source>Running</source>
        <translation>En curso</translation>
    </message>
    <message>
        <location filename="../ui/src/queue_panel.cpp" line="134"/>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <location filename="../ui/src/queue_panel.cpp" line="136"/>
        <location filename="../ui/src/queue_panel.cpp" line="343"/>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <location filename="../ui/src/queue_panel.cpp" line="138"/>
        <location filename="../ui/src/queue_panel.cpp" line="349"/>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <location filename="../ui/src/queue_panel.cpp" line="140"/>
        <location filename="../ui/src/queue_panel.cpp" line="351"/>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <location filename="../ui/src/queue_panel.cpp" line="142"/>
        <source>Unknown</source>
        <translation>Desconocido</translation>
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
        <translation>(sin indicación)</translation>
    </message>
    <message>
        <location filename="../ui/src/queue_panel.cpp" line="255"/>
        <source>%1 · %2%</source>
        <translation>%1 · %2%</translation>
    </message>
    <message>
        <location filename="../ui/src/queue_panel.cpp" line="309"/>
        <source>sampling</source>
        <translation>muestreando</translation>
    </message>
    <message>
        <location filename="../ui/src/queue_panel.cpp" line="311"/>
        <source>encoding prompt</source>
        <translation>codificando indicación</translation>
    </message>
    <message>
        <location filename="../ui/src/queue_panel.cpp" line="313"/>
        <source>encoding input</source>
        <translation>codificando entrada</translation>
    </message>
    <message>
        <location filename="../ui/src/queue_panel.cpp" line="315"/>
        <source>first frame</source>
        <translation>primer fotograma</translation>
    </message>
    <message>
        <location filename="../ui/src/queue_panel.cpp" line="317"/>
        <source>refining</source>
        <translation>refinando</translation>
    </message>
    <message>
        <location filename="../ui/src/queue_panel.cpp" line="319"/>
        <source>decoding</source>
        <translation>decodificando</translation>
    </message>
    <message>
        <location filename="../ui/src/queue_panel.cpp" line="321"/>
        <source>starting</source>
        <translation>iniciando</translation>
    </message>
    <message>
        <location filename="../ui/src/queue_panel.cpp" line="322"/>
        <source>%1 %2/%3</source>
        <translation>%1 %2/%3</translation>
    </message>
    <message>
        <location filename="../ui/src/queue_panel.cpp" line="333"/>
        <source>cancelling…</source>
        <translation>cancelando…</translation>
    </message>
    <message>
        <location filename="../ui/src/queue_panel.cpp" line="340"/>
        <source>Queued · next</source>
        <translation>En cola · siguiente</translation>
    </message>
    <message>
        <location filename="../ui/src/queue_panel.cpp" line="340"/>
        <source>Queued · %1 ahead</source>
        <translation>En cola · %1 delante</translation>
    </message>
    <message>
        <location filename="../ui/src/queue_panel.cpp" line="343"/>
        <source>Done · clip %1</source>
        <translation>Hecho · clip %1</translation>
    </message>
    <message>
        <location filename="../ui/src/queue_panel.cpp" line="345"/>
        <source> · took %1</source>
        <translation> · tardó %1</translation>
    </message>
    <message>
        <location filename="../ui/src/queue_panel.cpp" line="373"/>
        <source>%1 left</source>
        <translation>quedan %1</translation>
    </message>
    <message>
        <location filename="../ui/src/queue_panel.cpp" line="403"/>
        <source>Job %1 · %2 · %3</source>
        <translation>Trabajo %1 · %2 · %3</translation>
    </message>
    <message>
        <location filename="../ui/src/queue_panel.cpp" line="458"/>
        <source>The queue cannot be read: %1</source>
        <translation>No se puede leer la cola: %1</translation>
    </message>
    <message>
        <location filename="../ui/src/queue_panel.cpp" line="641"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../ui/src/queue_panel.cpp" line="642"/>
        <source>Cancel the selected queued or running jobs</source>
        <translation>Cancelar los trabajos seleccionados en cola o en curso</translation>
    </message>
    <message>
        <location filename="../ui/src/queue_panel.cpp" line="643"/>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <location filename="../ui/src/queue_panel.cpp" line="644"/>
        <source>Queue the selected failed or cancelled jobs again</source>
        <translation>Volver a poner en cola los trabajos fallidos o cancelados seleccionados</translation>
    </message>
    <message>
        <location filename="../ui/src/queue_panel.cpp" line="645"/>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <location filename="../ui/src/queue_panel.cpp" line="646"/>
        <source>Queue a copy of the selected jobs with a new random seed</source>
        <translation>Poner en cola una copia de los trabajos seleccionados con una nueva semilla aleatoria</translation>
    </message>
    <message>
        <location filename="../ui/src/queue_panel.cpp" line="647"/>
        <source>Move to top</source>
        <translation>Mover al principio</translation>
    </message>
    <message>
        <location filename="../ui/src/queue_panel.cpp" line="648"/>
        <source>Run the selected queued job next</source>
        <translation>Ejecutar a continuación el trabajo en cola seleccionado</translation>
    </message>
    <message>
        <location filename="../ui/src/queue_panel.cpp" line="649"/>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <location filename="../ui/src/queue_panel.cpp" line="650"/>
        <source>Move the selected queued job one place earlier</source>
        <translation>Adelantar un puesto el trabajo en cola seleccionado</translation>
    </message>
    <message>
        <location filename="../ui/src/queue_panel.cpp" line="651"/>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <location filename="../ui/src/queue_panel.cpp" line="652"/>
        <source>Move the selected queued job one place later</source>
        <translation>Retrasar un puesto el trabajo en cola seleccionado</translation>
    </message>
    <message>
        <location filename="../ui/src/queue_panel.cpp" line="653"/>
        <source>No jobs. Generations wait and run here.</source>
        <translation>No hay trabajos. Las generaciones esperan y se ejecutan aquí.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/src/queue_panel.cpp" line="697"/>
        <source>%n running</source>
        <translation>
            <numerusform>%n en curso</numerusform>
            <numerusform>%n en curso</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/src/queue_panel.cpp" line="698"/>
        <source>%n queued</source>
        <translation>
            <numerusform>%n en cola</numerusform>
            <numerusform>%n en cola</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/src/queue_panel.cpp" line="699"/>
        <source>%n done</source>
        <translation>
            <numerusform>%n hecho</numerusform>
            <numerusform>%n hechos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/src/queue_panel.cpp" line="700"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n fallido</numerusform>
            <numerusform>%n fallidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/src/queue_panel.cpp" line="701"/>
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n cancelado</numerusform>
            <numerusform>%n cancelados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::ui::StudioSession</name>
    <message>
        <location filename="../ui/src/session.cpp" line="77"/>
        <source>Job %1 failed: %2</source>
        <translation>El trabajo %1 falló: %2</translation>
    </message>
    <message>
        <location filename="../ui/src/session.cpp" line="87"/>
        <source>Shot %1 could not take its clip: %2</source>
        <translation>La toma %1 no pudo recibir su clip: %2</translation>
    </message>
    <message>
        <location filename="../ui/src/session.cpp" line="97"/>
        <source>The queue of this project runs in another process: %1</source>
        <translation>La cola de este proyecto se ejecuta en otro proceso: %1</translation>
    </message>
</context>
<context>
    <name>tessera::ui::TimelinePanel</name>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="554"/>
        <source>generating…</source>
        <translation>generando…</translation>
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
        <translation>Sin línea de tiempo: abre o crea un proyecto.</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="777"/>
        <source>Drag clips here from the library, or drop media files.</source>
        <translation>Arrastra aquí clips desde la biblioteca o suelta archivos multimedia.</translation>
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
        <translation>No se pudo cambiar la pista: %1</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="959"/>
        <source>Could not move the item: %1</source>
        <translation>No se pudo mover el elemento: %1</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="964"/>
        <location filename="../ui/src/timeline_panel.cpp" line="969"/>
        <source>Could not trim the item: %1</source>
        <translation>No se pudo recortar el elemento: %1</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1147"/>
        <source>Split at playhead</source>
        <translation>Dividir en el cabezal</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1150"/>
        <location filename="../ui/src/timeline_panel.cpp" line="1575"/>
        <source>Could not split the item: %1</source>
        <translation>No se pudo dividir el elemento: %1</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1152"/>
        <location filename="../ui/src/timeline_panel.cpp" line="1494"/>
        <source>Ripple delete</source>
        <translation>Eliminar y cerrar hueco</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1153"/>
        <location filename="../ui/src/timeline_panel.cpp" line="1156"/>
        <location filename="../ui/src/timeline_panel.cpp" line="1583"/>
        <location filename="../ui/src/timeline_panel.cpp" line="1591"/>
        <source>Could not delete the item: %1</source>
        <translation>No se pudo eliminar el elemento: %1</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1155"/>
        <location filename="../ui/src/timeline_panel.cpp" line="1496"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1159"/>
        <source>Crossfade from previous (0.5 s)</source>
        <translation>Fundido cruzado desde el anterior (0,5 s)</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1160"/>
        <source>Could not add the crossfade: %1</source>
        <translation>No se pudo añadir el fundido cruzado: %1</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1163"/>
        <source>Fade in (0.5 s)</source>
        <translation>Fundido de entrada (0,5 s)</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1164"/>
        <location filename="../ui/src/timeline_panel.cpp" line="1171"/>
        <source>Could not set the fade: %1</source>
        <translation>No se pudo aplicar el fundido: %1</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1170"/>
        <source>Fade out (0.5 s)</source>
        <translation>Fundido de salida (0,5 s)</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1177"/>
        <source>Set to cut</source>
        <translation>Convertir en corte</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1178"/>
        <source>Could not set the cut: %1</source>
        <translation>No se pudo aplicar el corte: %1</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1182"/>
        <source>Extend this clip</source>
        <translation>Extender este clip</translation>
    </message>
    <message>
        <source>This track is muted</source>
        <translation type="vanished">Esta pista está silenciada</translation>
    </message>
    <message>
        <source>This track plays</source>
        <translation type="vanished">Esta pista suena</translation>
    </message>
    <message>
        <source>This track is locked: its items cannot be edited</source>
        <translation type="vanished">Esta pista está bloqueada: sus elementos no se pueden editar</translation>
    </message>
    <message>
        <source>This track is not locked</source>
        <translation type="vanished">Esta pista no está bloqueada</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1209"/>
        <source>This track is muted (click to play it)</source>
        <translation>Esta pista está silenciada (clic para reproducirla)</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1210"/>
        <source>This track plays (click to mute it)</source>
        <translation>Esta pista se reproduce (clic para silenciarla)</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1212"/>
        <source>This track is locked: its items cannot be edited (click to unlock)</source>
        <translation>Esta pista está bloqueada: sus elementos no se pueden editar (clic para desbloquear)</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1213"/>
        <source>This track is not locked (click to lock it)</source>
        <translation>Esta pista no está bloqueada (clic para bloquearla)</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1216"/>
        <source>Click or drag to move the playhead</source>
        <translation>Haz clic o arrastra para mover el cabezal</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1220"/>
        <source>Pending shot (job %1): %2</source>
        <translation>Toma pendiente (trabajo %1): %2</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1221"/>
        <source>Title: %1</source>
        <translation>Título: %1</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1222"/>
        <source>Narration: %1</source>
        <translation>Narración: %1</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1226"/>
        <source>%1 to %2, %3 long</source>
        <translation>De %1 a %2, duración %3</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1229"/>
        <source>Crossfade in: %1</source>
        <translation>Fundido cruzado de entrada: %1</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1230"/>
        <source>Fade in: %1</source>
        <translation>Fundido de entrada: %1</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1231"/>
        <source>Fade out: %1</source>
        <translation>Fundido de salida: %1</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1232"/>
        <source>Drag to move, drag an edge to trim, right-click for more</source>
        <translation>Arrastra para mover, arrastra un borde para recortar, clic derecho para más</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1342"/>
        <source>Could not import the dropped files: %1</source>
        <translation>No se pudieron importar los archivos soltados: %1</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1369"/>
        <source>This timeline has no audio track for the dropped sound.</source>
        <translation>Esta línea de tiempo no tiene pista de audio para el sonido soltado.</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1370"/>
        <source>This timeline has no video track for the dropped clip.</source>
        <translation>Esta línea de tiempo no tiene pista de vídeo para el clip soltado.</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1380"/>
        <source>Could not insert the item: %1</source>
        <translation>No se pudo insertar el elemento: %1</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1491"/>
        <source>Timeline tracks</source>
        <translation>Pistas de la línea de tiempo</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1492"/>
        <source>Split</source>
        <translation>Dividir</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1493"/>
        <source>Split the selected item (or the item under the playhead) at the playhead (S)</source>
        <translation>Dividir el elemento seleccionado (o el que está bajo el cabezal) en el cabezal (S)</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1495"/>
        <source>Remove the selected item and close the gap (Shift+Delete)</source>
        <translation>Quitar el elemento seleccionado y cerrar el hueco (Shift+Delete)</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1497"/>
        <source>Remove the selected item, leaving a gap (Delete)</source>
        <translation>Quitar el elemento seleccionado dejando un hueco (Delete)</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1498"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1499"/>
        <source>Redo</source>
        <translation>Rehacer</translation>
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
        <translation>Alejar (-, Ctrl+rueda)</translation>
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
        <translation>Acercar (+, Ctrl+rueda)</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1504"/>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1505"/>
        <source>Zoom to fit the whole timeline (Shift+Z)</source>
        <translation>Ajustar el zoom a toda la línea de tiempo (Shift+Z)</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1506"/>
        <source>Playhead / timeline duration (seconds:frames)</source>
        <translation>Cabezal / duración de la línea de tiempo (segundos:fotogramas)</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1526"/>
        <source>Undo the last timeline edit (Ctrl+Z)</source>
        <translation>Deshacer la última edición de la línea de tiempo (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1527"/>
        <source>Undo: %1 (Ctrl+Z)</source>
        <translation>Deshacer: %1 (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1528"/>
        <source>Redo the undone timeline edit (Ctrl+Shift+Z)</source>
        <translation>Rehacer la edición deshecha de la línea de tiempo (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1529"/>
        <source>Redo: %1 (Ctrl+Shift+Z)</source>
        <translation>Rehacer: %1 (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1532"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1535"/>
        <source>no timeline</source>
        <translation>sin línea de tiempo</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1571"/>
        <source>Put the playhead inside an item to split it.</source>
        <translation>Coloca el cabezal dentro de un elemento para dividirlo.</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1581"/>
        <location filename="../ui/src/timeline_panel.cpp" line="1589"/>
        <source>Select an item to delete it.</source>
        <translation>Selecciona un elemento para eliminarlo.</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1597"/>
        <source>Could not undo: %1</source>
        <translation>No se pudo deshacer: %1</translation>
    </message>
    <message>
        <location filename="../ui/src/timeline_panel.cpp" line="1603"/>
        <source>Could not redo: %1</source>
        <translation>No se pudo rehacer: %1</translation>
    </message>
</context>
</TS>
