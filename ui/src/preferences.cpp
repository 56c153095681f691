#include "tessera/ui/preferences.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSettings>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include "tessera/app/plugins.h"
#include "tessera/engine.h"
#include "tessera/ui/language.h"

namespace tessera::ui {

namespace {

QString markerPath() {
    const std::string config = userConfigHome();
    return (config.empty() ? QDir::homePath() + "/.config" : QString::fromStdString(config)) + "/tessera/studio.running";
}

QString languageName(const QString& code) {
    if (code == "de") return QStringLiteral("Deutsch");
    if (code == "fr") return QStringLiteral("Français");
    if (code == "es") return QStringLiteral("Español");
    if (code == "ja") return QStringLiteral("日本語");
    return QStringLiteral("English");
}

}  // namespace

PreferencesDialog::PreferencesDialog(QWidget* parent) : QDialog(parent) {
    setObjectName("preferences");
    resize(760, 420);
    auto* tabs = new QTabWidget(this);
    tabs->setObjectName("tabs");

    auto* general = new QWidget(tabs);
    auto* form = new QFormLayout(general);
    language_ = new QComboBox(general);
    language_->setObjectName("language");
    language_->addItem(QString(), QString());  // follow the system
    for (const QString& code : availableLanguages()) language_->addItem(languageName(code), code);
    language_->setCurrentIndex(std::max(0, language_->findData(preferredLanguage())));
    form->addRow(new QLabel(general), language_);
    connect(language_, &QComboBox::currentIndexChanged, this, [this](int i) {
        const QString code = language_->itemData(i).toString();
        QSettings().setValue("language", code);
        setLanguage(code);
    });
    tabs->addTab(general, QString());

    auto* pluginsPage = new QWidget(tabs);
    auto* v = new QVBoxLayout(pluginsPage);
    plugins_ = new QTableWidget(0, 4, pluginsPage);
    plugins_->setObjectName("plugins");
    plugins_->horizontalHeader()->setStretchLastSection(true);
    plugins_->verticalHeader()->hide();
    plugins_->setSelectionBehavior(QAbstractItemView::SelectRows);
    plugins_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    v->addWidget(plugins_);
    auto* note = new QLabel(pluginsPage);
    note->setObjectName("pluginsNote");
    note->setWordWrap(true);
    v->addWidget(note);
    tabs->addTab(pluginsPage, QString());
    connect(plugins_, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) {
        if (filling_ || item->column() != 0) return;
        try {
            auto m = app::PluginManager::standard();
            m.setEnabled(item->data(Qt::UserRole).toString().toStdString(), item->checkState() == Qt::Checked);
        } catch (const std::exception&) {
        }
        fillPlugins();
    });

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(buttons);
    retranslate();
    fillPlugins();
}

void PreferencesDialog::retranslate() {
    setWindowTitle(tr("Preferences"));
    auto* tabs = findChild<QTabWidget*>("tabs");
    tabs->setTabText(0, tr("General"));
    tabs->setTabText(1, tr("Plugins"));
    language_->setItemText(0, tr("System language"));
    static_cast<QLabel*>(static_cast<QFormLayout*>(tabs->widget(0)->layout())->labelForField(language_))
        ->setText(tr("Language:"));
    plugins_->setHorizontalHeaderLabels({tr("Enabled"), tr("Plugin"), tr("Kinds"), tr("Status")});
    findChild<QLabel*>("pluginsNote")->setText(
        tr("Plugins run in their own process. One that crashes, hangs or misbehaves is turned off here, with the "
           "reason; turn it on again when it has been fixed."));
}

void PreferencesDialog::fillPlugins() {
    filling_ = true;
    plugins_->setRowCount(0);
    std::vector<app::PluginInfo> list;
    try {
        list = app::PluginManager::standard().list();
    } catch (const std::exception&) {
    }
    for (const auto& p : list) {
        const int row = plugins_->rowCount();
        plugins_->insertRow(row);
        auto* on = new QTableWidgetItem;
        on->setData(Qt::UserRole, QString::fromStdString(p.id));
        on->setFlags(p.problem.empty() ? Qt::ItemIsUserCheckable | Qt::ItemIsEnabled : Qt::ItemIsUserCheckable);
        on->setCheckState(p.enabled ? Qt::Checked : Qt::Unchecked);
        plugins_->setItem(row, 0, on);
        auto* name = new QTableWidgetItem(QString::fromStdString(p.name + " " + p.version));
        name->setToolTip(QString::fromStdString(p.id + "\n" + p.dir));
        plugins_->setItem(row, 1, name);
        QStringList kinds;
        for (const auto& k : p.kinds) kinds << QString::fromStdString(k);
        plugins_->setItem(row, 2, new QTableWidgetItem(kinds.join(", ")));
        const QString status = !p.problem.empty() ? tr("Cannot be used: %1").arg(QString::fromStdString(p.problem))
                               : p.enabled       ? tr("Enabled")
                                                 : tr("Disabled: %1").arg(QString::fromStdString(p.disabledReason));
        auto* st = new QTableWidgetItem(status);
        st->setToolTip(status);
        plugins_->setItem(row, 3, st);
    }
    plugins_->resizeColumnsToContents();
    filling_ = false;
}

void PreferencesDialog::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        fillPlugins();
    }
    QDialog::changeEvent(event);
}

bool previousSessionCrashed() { return QFile::exists(markerPath()); }

void markSessionRunning() {
    QDir().mkpath(QFileInfo(markerPath()).absolutePath());
    QFile f(markerPath());
    if (f.open(QIODevice::WriteOnly)) f.write(QByteArray::number(QCoreApplication::applicationPid()));
}

void markCleanExit() { QFile::remove(markerPath()); }

}  // namespace tessera::ui
