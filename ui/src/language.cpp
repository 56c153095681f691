#include "tessera/ui/language.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace tessera::ui {

QStringList availableLanguages() { return {"en", "de", "fr", "es", "ja"}; }

QString setLanguage(const QString& code) {
    static QTranslator* current = nullptr;
    QString lang = code.isEmpty() ? QLocale::system().name().section('_', 0, 0) : code;
    if (!availableLanguages().contains(lang)) lang = "en";
    if (current) {
        QCoreApplication::removeTranslator(current);
        delete current;
        current = nullptr;
    }
    if (lang != "en") {
        auto* t = new QTranslator;
        if (t->load(":/i18n/tessera_" + lang + ".qm")) {
            QCoreApplication::installTranslator(t);
            current = t;
        } else {
            delete t;
            lang = "en";
        }
    }
    // Installing or removing a translator sends every widget a LanguageChange event.
    return lang;
}

QString preferredLanguage() { return QSettings().value("language").toString(); }

}  // namespace tessera::ui
