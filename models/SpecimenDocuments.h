#pragma once

#include "Result.h"

#include <QImage>
#include <QStringList>

namespace pd::models {

/// A made-up Korean identity card marked "SPECIMEN 견본" (640 x 400 pixels), for demo data and
/// tests: no real person's document ever ships with Paydesk.
QImage specimenIdCard();

/// Writes the demo's KYC document files into `dir` (created if needed): an identity card PNG,
/// a passport PNG and a two-page proof-of-address PDF, all marked as specimens. Returns their
/// absolute paths in that order (demo::DemoOptions::documentFiles). Safe on a worker thread.
Result<QStringList> writeSpecimenDocuments(const QString& dir);

} // namespace pd::models
