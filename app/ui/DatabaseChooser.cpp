// SPDX-License-Identifier: GPL-3.0-or-later
#include "DatabaseChooser.h"

#include "DemoSeedJob.h"
#include "FirstStartDialog.h"

#include "store/Database.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>

namespace netra {

Result<std::unique_ptr<Database>> DatabaseChooser::openExisting(const QString& path)
{
    if (!QFileInfo::exists(path))
        return Error::file(tr("There is no file %1.").arg(QDir::toNativeSeparators(path)));
    return Database::open(path);
}

Result<std::unique_ptr<Database>> DatabaseChooser::createEmpty(const QString& path)
{
    if (QFileInfo::exists(path))
        return Error::file(tr("%1 already exists; choose another name for a new database.").arg(QDir::toNativeSeparators(path)));
    Database::Options options;
    options.create = true;
    return Database::open(path, options);
}

QString DatabaseChooser::unusedDefaultPath()
{
    const QString path = Database::defaultPath();
    if (!QFileInfo::exists(path))
        return path;
    const QFileInfo info(path);
    for (int n = 2;; ++n) {
        const QString candidate = info.dir().filePath(QStringLiteral("%1-%2.%3").arg(info.completeBaseName()).arg(n).arg(info.suffix()));
        if (!QFileInfo::exists(candidate))
            return candidate;
    }
}

QString DatabaseChooser::fileFilter()
{
    return tr("Netra databases (*.sqlite *.db);;All files (*)");
}

std::unique_ptr<Database> DatabaseChooser::choose(QWidget* parent, const QString& problem)
{
    QString shown = problem;
    for (;;) {
        FirstStartDialog dialog(shown, parent);
        if (dialog.exec() != QDialog::Accepted)
            return nullptr;
        Result<std::unique_ptr<Database>> opened = Error::usage(QString());
        switch (dialog.choice()) {
        case FirstStartDialog::Choice::None:
            return nullptr;
        case FirstStartDialog::Choice::Demo: {
            const QString path = unusedDefaultPath();
            if (const Status seeded = DemoSeedJob::run(path, parent); !seeded)
                opened = seeded.error();
            else
                opened = openExisting(path);
            break;
        }
        case FirstStartDialog::Choice::Empty:
            opened = createEmpty(unusedDefaultPath());
            break;
        case FirstStartDialog::Choice::Open: {
            const QString path = QFileDialog::getOpenFileName(parent, tr("Open a Netra database"),
                                                              QFileInfo(Database::defaultPath()).absolutePath(), fileFilter());
            if (path.isEmpty())
                continue;
            opened = openExisting(path);
            break;
        }
        }
        if (opened)
            return std::move(*opened);
        shown = opened.error().message;
        QMessageBox box(QMessageBox::Critical, tr("Cannot open the database"), shown, QMessageBox::Ok, parent);
        box.setObjectName(QStringLiteral("databaseError"));
        box.exec();
    }
}

} // namespace netra
