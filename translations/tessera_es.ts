<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
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
        <translation>Tessera no se cerró correctamente la última vez. ¿Iniciar en modo seguro, con todos los plugins desactivados?</translation>
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
        <translation>Vista previa

Selecciona un clip o un trabajo en curso para verlo aquí.</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="61"/>
        <source>Prompt</source>
        <translation>Indicación</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="61"/>
        <source>Describe a shot, or drop an image or a clip here.</source>
        <translation>Describe una toma, o suelta aquí una imagen o un clip.</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="62"/>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="62"/>
        <source>No clips yet. Generated clips and imported media appear here.</source>
        <translation>Todavía no hay clips. Los clips generados y los medios importados aparecen aquí.</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="63"/>
        <source>Inspector</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="63"/>
        <source>The recipe of the selected clip appears here.</source>
        <translation>La receta del clip seleccionado aparece aquí.</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="64"/>
        <source>Queue</source>
        <translation>Cola</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="64"/>
        <source>No jobs. Generations wait and run here.</source>
        <translation>No hay trabajos. Las generaciones esperan y se ejecutan aquí.</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="65"/>
        <source>Timeline</source>
        <translation>Línea de tiempo</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="65"/>
        <source>Drag clips here to cut a sequence.</source>
        <translation>Arrastra clips aquí para montar una secuencia.</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="77"/>
        <source>Ready: engine %1, LibTorch %2, device %3</source>
        <translation>Listo: motor %1, LibTorch %2, dispositivo %3</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="103"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="104"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="107"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="108"/>
        <source>&amp;Preferences...</source>
        <translation>&amp;Preferencias...</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="115"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="118"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="119"/>
        <source>&amp;About Tessera</source>
        <translation>&amp;Acerca de Tessera</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="128"/>
        <source>About Tessera</source>
        <translation>Acerca de Tessera</translation>
    </message>
</context>
<context>
    <name>tessera::ui::PreferencesDialog</name>
    <message>
        <location filename="../ui/src/preferences.cpp" line="97"/>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <location filename="../ui/src/preferences.cpp" line="99"/>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../ui/src/preferences.cpp" line="100"/>
        <source>Plugins</source>
        <translation>Plugins</translation>
    </message>
    <message>
        <location filename="../ui/src/preferences.cpp" line="101"/>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <location filename="../ui/src/preferences.cpp" line="103"/>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <location filename="../ui/src/preferences.cpp" line="104"/>
        <location filename="../ui/src/preferences.cpp" line="133"/>
        <source>Enabled</source>
        <translation>Activado</translation>
    </message>
    <message>
        <location filename="../ui/src/preferences.cpp" line="104"/>
        <source>Plugin</source>
        <translation>Plugin</translation>
    </message>
    <message>
        <location filename="../ui/src/preferences.cpp" line="104"/>
        <source>Kinds</source>
        <translation>Tipos</translation>
    </message>
    <message>
        <location filename="../ui/src/preferences.cpp" line="104"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../ui/src/preferences.cpp" line="106"/>
        <source>Plugins run in their own process. One that crashes, hangs or misbehaves is turned off here, with the reason; turn it on again when it has been fixed.</source>
        <translation>Los plugins se ejecutan en su propio proceso. El que falla, se cuelga o se comporta mal se desactiva aquí, con el motivo; vuelve a activarlo cuando esté corregido.</translation>
    </message>
    <message>
        <location filename="../ui/src/preferences.cpp" line="132"/>
        <source>Cannot be used: %1</source>
        <translation>No se puede usar: %1</translation>
    </message>
    <message>
        <location filename="../ui/src/preferences.cpp" line="134"/>
        <source>Disabled: %1</source>
        <translation>Desactivado: %1</translation>
    </message>
</context>
</TS>
