#include "tessera/ui/preferences.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <thread>
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

#include "tessera/app/models.h"
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
    // Generation: where and how the queue runs, which model is the default, where models are.
    device_ = new QComboBox(general);
    device_->setObjectName("device");
    device_->addItem(QString(), QString());
    device_->addItem(QStringLiteral("CPU"), QStringLiteral("cpu"));
    for (const auto& d : runtimeInfo().cudaDevices)
        device_->addItem(QString::fromStdString("CUDA " + std::to_string(d.index) + ": " + d.name),
                         QString::fromStdString("cuda:" + std::to_string(d.index)));
    device_->setCurrentIndex(std::max(0, device_->findData(QSettings().value("device").toString())));
    form->addRow(new QLabel(general), device_);
    connect(device_, &QComboBox::currentIndexChanged, this,
            [this](int i) { QSettings().setValue("device", device_->itemData(i).toString()); });
    threads_ = new QSpinBox(general);
    threads_->setObjectName("threads");
    threads_->setRange(0, std::max(1, int(std::thread::hardware_concurrency())));
    threads_->setValue(QSettings().value("threads", 0).toInt());
    form->addRow(new QLabel(general), threads_);
    connect(threads_, &QSpinBox::valueChanged, this, [](int v) { QSettings().setValue("threads", v); });
    defaultModel_ = new QComboBox(general);
    defaultModel_->setObjectName("defaultModel");
    form->addRow(new QLabel(general), defaultModel_);
    connect(defaultModel_, &QComboBox::activated, this,
            [this](int i) { QSettings().setValue("defaultModel", defaultModel_->itemData(i).toString()); });
    folders_ = new QListWidget(general);
    folders_->setObjectName("modelFolders");
    folders_->setMaximumHeight(80);
    folders_->addItems(QSettings().value("modelFolders").toStringList());
    auto* folderButtons = new QHBoxLayout();
    auto* addFolder = new QPushButton(general);
    addFolder->setObjectName("addFolder");
    auto* removeFolder = new QPushButton(general);
    removeFolder->setObjectName("removeFolder");
    folderButtons->addWidget(addFolder);
    folderButtons->addWidget(removeFolder);
    folderButtons->addStretch(1);
    auto* folderBox = new QVBoxLayout();
    folderBox->addWidget(folders_);
    folderBox->addLayout(folderButtons);
    form->addRow(new QLabel(general), folderBox);
    auto saveFolders = [this] {
        QStringList list;
        for (int i = 0; i < folders_->count(); ++i) list << folders_->item(i)->text();
        QSettings().setValue("modelFolders", list);
        fillModels();
    };
    connect(addFolder, &QPushButton::clicked, this, [this, saveFolders] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("A folder of model bundles"), QDir::homePath());
        if (!dir.isEmpty()) {
            folders_->addItem(dir);
            saveFolders();
        }
    });
    connect(removeFolder, &QPushButton::clicked, this, [this, saveFolders] {
        delete folders_->currentItem();
        saveFolders();
    });
    // Project defaults: the first timeline of a new project.
    auto* sizeRow = new QHBoxLayout();
    projectWidth_ = new QSpinBox(general);
    projectHeight_ = new QSpinBox(general);
    projectFps_ = new QDoubleSpinBox(general);
    for (QSpinBox* b : {projectWidth_, projectHeight_}) {
        b->setRange(16, 8192);
        b->setSingleStep(16);
    }
    projectFps_->setRange(1, 120);
    projectWidth_->setValue(QSettings().value("project/width", 832).toInt());
    projectHeight_->setValue(QSettings().value("project/height", 480).toInt());
    projectFps_->setValue(QSettings().value("project/fps", 16.0).toDouble());
    projectFps_->setSuffix(QStringLiteral(" fps"));
    sizeRow->addWidget(projectWidth_);
    sizeRow->addWidget(new QLabel(QStringLiteral("×"), general));
    sizeRow->addWidget(projectHeight_);
    sizeRow->addWidget(projectFps_);
    form->addRow(new QLabel(general), sizeRow);
    connect(projectWidth_, &QSpinBox::valueChanged, this, [](int v) { QSettings().setValue("project/width", v - v % 2); });
    connect(projectHeight_, &QSpinBox::valueChanged, this, [](int v) { QSettings().setValue("project/height", v - v % 2); });
    connect(projectFps_, &QDoubleSpinBox::valueChanged, this, [](double v) { QSettings().setValue("project/fps", v); });
    auto* generalNote = new QLabel(general);
    generalNote->setObjectName("generalNote");
    generalNote->setWordWrap(true);
    generalNote->setEnabled(false);
    form->addRow(generalNote);
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
    auto* form = static_cast<QFormLayout*>(tabs->widget(0)->layout());
    auto label = [form](QObject* field, const QString& text) {
        QWidget* w = form->labelForField(qobject_cast<QWidget*>(field));
        if (auto* l = qobject_cast<QLabel*>(w)) l->setText(text);
    };
    label(language_, tr("Language:"));
    label(device_, tr("Generate on:"));
    device_->setItemText(0, tr("Automatic (a GPU when there is one)"));
    label(threads_, tr("CPU threads:"));
    threads_->setSpecialValueText(tr("all cores"));
    label(defaultModel_, tr("Default model:"));
    for (int r = 0; r < form->rowCount(); ++r) {
        auto* item = form->itemAt(r, QFormLayout::FieldRole);
        if (item && item->layout() && item->layout()->indexOf(folders_) >= 0)
            if (auto* l = qobject_cast<QLabel*>(form->itemAt(r, QFormLayout::LabelRole)->widget())) l->setText(tr("Model folders:"));
        if (item && item->layout() && item->layout()->indexOf(projectWidth_) >= 0)
            if (auto* l = qobject_cast<QLabel*>(form->itemAt(r, QFormLayout::LabelRole)->widget())) l->setText(tr("New projects:"));
    }
    findChild<QPushButton*>("addFolder")->setText(tr("Add folder..."));
    findChild<QPushButton*>("removeFolder")->setText(tr("Remove"));
    findChild<QLabel*>("generalNote")->setText(
        tr("The device applies when a project is opened; CPU threads and the default model at the next start; "
           "model folders the next time the model list is filled."));
    fillModels();
    plugins_->setHorizontalHeaderLabels({tr("Enabled"), tr("Plugin"), tr("Kinds"), tr("Status")});
    findChild<QLabel*>("pluginsNote")->setText(
        tr("Plugins run in their own process. One that crashes, hangs or misbehaves is turned off here, with the "
           "reason; turn it on again when it has been fixed."));
}

void PreferencesDialog::fillModels() {
    defaultModel_->clear();
    defaultModel_->addItem(tr("tessera-shapes (built in), else the first found"), QString());
    for (const auto& m : findModels(modelSearchPath()))
        defaultModel_->addItem(QString::fromStdString(m.name), QString::fromStdString(m.path));
    defaultModel_->setCurrentIndex(std::max(0, defaultModel_->findData(QSettings().value("defaultModel").toString())));
}

std::vector<std::string> modelSearchPath() {
    std::vector<std::string> path = app::searchPath();
    for (const QString& f : QSettings().value("modelFolders").toStringList()) path.push_back(f.toStdString());
    return path;
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
