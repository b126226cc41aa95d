"""Messages of the duplicate finder and merge (issue 12)."""

from desktop.i18n import QT_TRANSLATE_NOOP

TEXTS = {
    "not_a_pair": QT_TRANSLATE_NOOP(
        "Messages", "Only two different members of the same community can be merged ({value})."
    ),
    "unknown_merge_field": QT_TRANSLATE_NOOP("Messages", "No member field of that name to keep: {value}"),
    "bad_keep_from": QT_TRANSLATE_NOOP(
        "Messages", "--keep-from takes B:field,field (or A:…), for example B:name,city; got: {value}"
    ),
}
