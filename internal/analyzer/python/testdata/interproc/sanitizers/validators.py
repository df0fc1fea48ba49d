# interproc/sanitizers: allow-list sanitizer returning only constants, and an escaping helper
import html

SORT_COLUMNS = {"name": "name", "price": "price", "newest": "created_at"}


def clean_sort(raw):
    return SORT_COLUMNS.get(raw, "name")


def clean_text(raw):
    return html.escape(raw, quote=True)
