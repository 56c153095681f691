#pragma once
// The studio's language: the translations in translations/*.ts are compiled with lrelease at build
// time and embedded; setLanguage() swaps them at run time (every window re-labels itself on the
// LanguageChange event).
#include <QString>
#include <QStringList>

namespace tessera::ui {

/// Language codes with a translation, the source language first: "en", "de", "fr", "es", "ja".
QStringList availableLanguages();
/// Installs the translation of `code` ("" = the system locale's language, English when there is
/// no translation for it). Returns the code in use.
QString setLanguage(const QString& code);
/// The language the user chose (QSettings "language"; "" = follow the system).
QString preferredLanguage();

}  // namespace tessera::ui
