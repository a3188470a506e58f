#include "OutputFile.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <sys/stat.h>

namespace pd {

namespace {
struct OutputText
{
    Q_DECLARE_TR_FUNCTIONS(pd::OutputFile)
};
} // namespace

Result<Done> checkOutputTarget(const QString& path)
{
    struct stat st = {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0) {
        return Done{}; // nothing there yet (a missing folder is reported when writing)
    }
    if (S_ISREG(st.st_mode)) {
        return Done{};
    }
    const QString what = S_ISDIR(st.st_mode)                          ? OutputText::tr("a folder")
                         : S_ISCHR(st.st_mode) || S_ISBLK(st.st_mode) ? OutputText::tr("a device")
                         : S_ISFIFO(st.st_mode)                       ? OutputText::tr("a pipe")
                                                                      : OutputText::tr("not a regular file");
    return Error(Error::Kind::Invalid,
                 OutputText::tr("%1 is %2, not a file Paydesk may write; choose a file name.").arg(path, what));
}

} // namespace pd
