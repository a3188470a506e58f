#pragma once

// The main window of the console for offscreen GUI tests: its own settings file, shown at a
// size, connected to a test database (waited for, at most `timeoutMs`).

#include "DatabaseUrl.h"
#include "MainWindow.h"

#include <QSettings>
#include <QSignalSpy>
#include <QSize>

#include <memory>

namespace pd::test {

/// A console window and the settings it reads; `window` is null when it did not connect.
struct ConsoleWindow
{
    std::unique_ptr<QSettings> settings;
    std::unique_ptr<ui::MainWindow> window;
};

/// Opens the console with the settings file `settingsPath` (INI), at `size`, connected to `url`.
inline ConsoleWindow openConsole(const QString& settingsPath, const DatabaseUrl& url, QSize size = QSize(1280, 800),
                                 int timeoutMs = 30000)
{
    ConsoleWindow w;
    w.settings = std::make_unique<QSettings>(settingsPath, QSettings::IniFormat);
    w.window = std::make_unique<ui::MainWindow>(w.settings.get());
    w.window->resize(size);
    w.window->show();
    QSignalSpy connected(w.window.get(), &ui::MainWindow::connected);
    w.window->connectToUrl(url);
    if (!connected.wait(timeoutMs) && connected.isEmpty()) {
        w.window.reset();
    }
    return w;
}

} // namespace pd::test
