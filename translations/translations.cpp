// The compiled translations (.qm) are linked in as Qt resources under :/i18n by
// qt_add_translations; this file gives the library a source of its own.
namespace pd::translations {
int linked()
{
    return 1;
}
} // namespace pd::translations
