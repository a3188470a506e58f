#!/usr/bin/env bash
# Fails when a user-visible string is not translated:
#   1. a string literal with words passed straight to a widget text setter in ui/ (it must go
#      through tr()); a line may carry "i18n-exempt: <why>" (a URL example, a currency code);
#   2. the Korean translation is not complete for the sources as they are: lupdate is run over
#      the program's sources into a copy of translations/paydesk_ko.ts, and any unfinished
#      entry (a new or changed string without its Korean text) fails the check.
#   check-translations.sh SOURCE_ROOT LUPDATE
set -uo pipefail
root=${1:?source root}
lupdate=${2:?path to lupdate}
status=0

setters='(setText|setToolTip|setWindowTitle|setPlaceholderText|addAction|addItem|setTitle|QLabel|QPushButton|QToolButton|QCheckBox|QRadioButton|QGroupBox|addRow|addTab|setStatusTip|showMessage|setSpecialValueText|setSuffix|setPrefix)'
hits=$(grep -rnE "${setters}\((QStringLiteral|QLatin1String)?\(?\"[^\"]*[A-Za-z]{2,}" "$root/ui" --include='*.cpp' \
         | grep -v 'i18n-exempt:' | grep -v 'tr(' || true)
if [ -n "$hits" ]; then
  echo "check-translations: user-visible text not marked for translation (wrap it in tr()):" >&2
  echo "$hits" >&2
  status=1
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp "$root/translations/paydesk_ko.ts" "$tmp/ko.ts"
(cd "$root" && "$lupdate" -silent -extensions cpp,h core render models ui app server -ts "$tmp/ko.ts") || {
  echo "check-translations: lupdate failed" >&2; exit 1; }
unfinished=$(grep -c 'type="unfinished"' "$tmp/ko.ts" || true)
if [ "$unfinished" != "0" ]; then
  echo "check-translations: $unfinished string(s) have no Korean translation; run" >&2
  echo "  cmake --build BUILD --target update_translations and translate them in translations/paydesk_ko.ts:" >&2
  grep -B6 'type="unfinished"' "$tmp/ko.ts" | grep '<source>' | sed 's/^ */  /' >&2
  status=1
fi
[ $status = 0 ] && echo "check-translations: every user-visible string is marked and translated into Korean"
exit $status
