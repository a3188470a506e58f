#pragma once

#include "Result.h"

#include <QString>

namespace pd {

/// Checks a file the console, the CLI or the server is about to write (PDF, CSV, PNG, SVG, key):
/// a path that exists must be a regular file (after following links), never a device such as
/// /dev/full, a FIFO, a socket or a folder, which an atomic rename would replace (run as root,
/// it replaced the device node). Invalid, naming the path and what it is, otherwise.
Result<Done> checkOutputTarget(const QString& path);

} // namespace pd
