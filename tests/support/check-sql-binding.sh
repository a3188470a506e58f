#!/usr/bin/env bash
# Fails when SQL in Paydesk's program code could be built from runtime values (the
# engineering rule "every value in SQL is bound; identifiers come from fixed lists").
# SQL is composed with SqlBuilder: sql() takes only fixed text (const char*), bind() takes
# values. This check looks for the ways around that:
#   1. runtime text pushed into SqlBuilder::sql() (QString conversions, .arg(), qPrintable);
#   2. a string literal holding SQL that is concatenated (+) or formatted (.arg()) with something;
#   3. QSqlQuery::exec()/prepare() or libpq's PQexec*() given anything but a string literal or a
#      SqlBuilder's text().
# A line that must run statement text from elsewhere (migration files shipped in the program,
# index definitions read back from the catalog) carries "// sql-binding: <why>" and is skipped.
#
#   check-sql-binding.sh SOURCE_ROOT   scan SOURCE_ROOT/{core,app,models,ui,server}
#   check-sql-binding.sh --self-test   prove that each rule catches a planted violation
set -uo pipefail

scan() {
  local root=$1 found=0 hits
  local dirs=()
  for d in core app models ui server; do [ -d "$root/$d" ] && dirs+=("$root/$d"); done
  [ ${#dirs[@]} -gt 0 ] || { echo "check-sql-binding: nothing to scan under $root" >&2; return 2; }
  local kw='(SELECT|INSERT|UPDATE|DELETE|WHERE|VALUES|FROM|CREATE|DROP|ALTER|GRANT|TRUNCATE|COPY)'
  local rules=(
    '\.sql\([^)]*(toUtf8|toLatin1|toStdString|constData|qPrintable|\.arg|QString)'
    "\"[^\"]*\\b${kw}\\b[^\"]*\"\\)?[[:space:]]*(\\+[[:space:]]*[A-Za-z_(]|\\.arg\\()"
    '\.(exec|prepare)\([[:space:]]*[A-Za-z_]'
    'PQexec(Params)?\([^,]*,[[:space:]]*[^"]'
  )
  local names=("runtime text in SqlBuilder::sql()" "SQL literal concatenated or formatted"
               "statement text from a variable" "libpq statement not from SqlBuilder")
  # Rules 3 and 4 concern database calls: only files that use QSqlQuery or libpq.
  local dbfiles
  dbfiles=$(grep -rlE --include='*.cpp' --include='*.h' 'QSqlQuery|libpq-fe\.h|PQexec' "${dirs[@]}" || true)
  for i in "${!rules[@]}"; do
    local targets=("${dirs[@]}")
    if [ "$i" -ge 2 ]; then
      [ -n "$dbfiles" ] || continue
      mapfile -t targets <<<"$dbfiles"
    fi
    hits=$(grep -rnHE --include='*.cpp' --include='*.h' "${rules[$i]}" "${targets[@]}" \
             | grep -v 'sql-binding:' \
             | grep -vE '^[^:]+:[0-9]+:[[:space:]]*//' \
             | grep -vE 'PQexec(Params)?\([^,]*,[[:space:]]*[A-Za-z_.]*text\(\)' \
             | grep -vE '\.(exec|prepare)\([A-Za-z_]+,([[:space:]]|$)' \
             | grep -vE '\.(exec|prepare)\((QStringLiteral|QLatin1String)\("' \
             | grep -vE '\.(exec|prepare)\(statement\.text\(\)\)' || true)
    if [ -n "$hits" ]; then
      echo "check-sql-binding: ${names[$i]}:" >&2
      echo "$hits" >&2
      found=1
    fi
  done
  return $found
}

if [ "${1:-}" = "--self-test" ]; then
  tmp=$(mktemp -d)
  trap 'rm -rf "$tmp"' EXIT
  mkdir -p "$tmp/clean/core" "$tmp/bad/core"
  cat > "$tmp/clean/core/ok.cpp" <<'CPP'
#include <QSqlQuery>
SqlBuilder b("SELECT id FROM users WHERE email = ");
b.bind(email).sql(" AND is_active");
query.exec(QStringLiteral("ROLLBACK"));
query.exec(statement); // sql-binding: migration text shipped in the program
PQexec(conn, statement.text().toUtf8().constData());
CPP
  printf 'menu.exec(QCursor::pos()); // no database here\n' > "$tmp/clean/core/widget.cpp"
  scan "$tmp/clean" || { echo "self-test: clean code was flagged" >&2; exit 1; }
  n=0
  for bad in 'b.sql(name.toUtf8().constData());' \
             'auto s = QStringLiteral("SELECT * FROM users WHERE email = ") + email;' \
             'auto s = QStringLiteral("DELETE FROM %1").arg(table);' \
             'query.exec(text);' \
             'PQexec(conn, userText);'; do
    n=$((n + 1))
    printf '#include <QSqlQuery>\n%s\n' "$bad" > "$tmp/bad/core/bad.cpp"
    if scan "$tmp/bad" 2>/dev/null; then
      echo "self-test: violation $n was not caught: $bad" >&2
      exit 1
    fi
  done
  echo "check-sql-binding: self-test passed ($n planted violations caught, clean code passed)"
  exit 0
fi

root=${1:?usage: check-sql-binding.sh SOURCE_ROOT | --self-test}
if ! scan "$root"; then
  echo "check-sql-binding: compose SQL with SqlBuilder (fixed text in sql(), values in bind())" >&2
  exit 1
fi
echo "check-sql-binding: no SQL built from runtime values in $root"
