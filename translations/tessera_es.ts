<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
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
        <translation>Vista previa

Selecciona un clip o un trabajo en curso para verlo aquí.</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="60"/>
        <source>Prompt</source>
        <translation>Indicación</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="60"/>
        <source>Describe a shot, or drop an image or a clip here.</source>
        <translation>Describe una toma, o suelta aquí una imagen o un clip.</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="61"/>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="61"/>
        <source>No clips yet. Generated clips and imported media appear here.</source>
        <translation>Todavía no hay clips. Los clips generados y los medios importados aparecen aquí.</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="62"/>
        <source>Inspector</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="62"/>
        <source>The recipe of the selected clip appears here.</source>
        <translation>La receta del clip seleccionado aparece aquí.</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="63"/>
        <source>Queue</source>
        <translation>Cola</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="63"/>
        <source>No jobs. Generations wait and run here.</source>
        <translation>No hay trabajos. Las generaciones esperan y se ejecutan aquí.</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="64"/>
        <source>Timeline</source>
        <translation>Línea de tiempo</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="64"/>
        <source>Drag clips here to cut a sequence.</source>
        <translation>Arrastra clips aquí para montar una secuencia.</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="76"/>
        <source>Ready: engine %1, LibTorch %2, device %3</source>
        <translation>Listo: motor %1, LibTorch %2, dispositivo %3</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="102"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="103"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="106"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="109"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="110"/>
        <source>&amp;About Tessera</source>
        <translation>&amp;Acerca de Tessera</translation>
    </message>
    <message>
        <location filename="../ui/src/main_window.cpp" line="119"/>
        <source>About Tessera</source>
        <translation>Acerca de Tessera</translation>
    </message>
</context>
</TS>
