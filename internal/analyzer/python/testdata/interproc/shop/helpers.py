# interproc/shop: helpers propagate (build_search_sql) or sanitize (parse_page -> int) their argument; no sinks here
def build_search_sql(term):
    return "SELECT id, name FROM products WHERE name LIKE '%" + term + "%'"


def parse_page(raw):
    try:
        return max(int(raw), 0)
    except ValueError:
        return 0


def normalise_category(raw):
    return raw.strip().lower()
