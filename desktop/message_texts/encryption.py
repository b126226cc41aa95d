"""Messages about encrypted workspaces (issue 13): a key not here, a wrong code, no keyring."""

from desktop.i18n import QT_TRANSLATE_NOOP

TEXTS = {
    "workspace_locked": QT_TRANSLATE_NOOP(
        "Messages",
        "This workspace is encrypted and its key is not in this computer's keyring. Open it with its "
        "recovery code (in the window, or `beehive --db FILE unlock`): {value}",
    ),
    "workspace_key_wrong": QT_TRANSLATE_NOOP(
        "Messages",
        "The key kept for this encrypted workspace does not open it; it was set aside. Open it with its "
        "recovery code: {value}",
    ),
    "wrong_key": QT_TRANSLATE_NOOP(
        "Messages", "This recovery code or passphrase does not open the workspace. Check it and try again."
    ),
    "bad_recovery_code": QT_TRANSLATE_NOOP(
        "Messages", "A recovery code is 52 letters and digits, in groups of four (like ABCD-EFGH-…)."
    ),
    "no_sqlcipher": QT_TRANSLATE_NOOP(
        "Messages", "This copy of Beehive was installed without SQLCipher and cannot open encrypted workspaces: {value}"
    ),
    "no_keyring": QT_TRANSLATE_NOOP(
        "Messages",
        "This computer has no keyring to keep the key in; encrypt with a passphrase instead (--passphrase). "
        "Nothing was changed: {value}",
    ),
    "convert_failed": QT_TRANSLATE_NOOP(
        "Messages", "The encrypted copy failed its check ({reason}); the workspace was left as it was: {value}"
    ),
    "convert_target_open": QT_TRANSLATE_NOOP(
        "Messages", "Close this workspace in every Beehive window first; nothing was changed: {value}"
    ),
    "not_encrypted": QT_TRANSLATE_NOOP("Messages", "This workspace is not encrypted: {value}"),
    "needs_terminal": QT_TRANSLATE_NOOP(
        "Messages", "Type the secret at a terminal: it is never read from a pipe or the command line."
    ),
}
