# Robustness: syntax error in the middle of the file; valid functions before and after -> no crash, no finding
import json


def load_settings(path):
    with open("/etc/shop/settings.json") as fh:
        return json.load(fh)


def broken(x:
    return x +* 2
    if x ==
        pass


def totals(rows):
    return sum(r["amount"] for r in rows)


class Cart:
    def __init__(self):
        self.items = []

    def add(self, sku, qty=1):
        self.items.append((sku, int(qty)))
