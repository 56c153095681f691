#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

#include "tessera/ui/main_window.h"

namespace tessera::ui {

void applyDarkTheme() {
    QApplication::setStyle(QStyleFactory::create("Fusion"));
    QPalette p;
    const QColor window(37, 38, 41), base(28, 29, 31), text(222, 223, 225), accent(64, 142, 230);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::red);
    p.setColor(QPalette::Highlight, accent);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::PlaceholderText, QColor(130, 132, 136));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(110, 112, 116));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(110, 112, 116));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(110, 112, 116));
    // Fusion fills a slider's groove with Highlight: without a disabled one, an off slider looked on.
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(74, 76, 80));
    QApplication::setPalette(p);
}

void applyLightTheme() {
    QApplication::setStyle(QStyleFactory::create("Fusion"));
    QPalette p = QApplication::style()->standardPalette();
    p.setColor(QPalette::Highlight, QColor(40, 110, 200));
    QApplication::setPalette(p);
}

}  // namespace tessera::ui
