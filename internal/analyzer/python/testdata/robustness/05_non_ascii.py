# Robustness: non-ASCII identifiers, strings and comments (UTF-8) -> no finding
# Größenberechnung für Bestellungen — ünïcödé ✓ 注文 🚚

def größe(länge: float, breite: float) -> float:
    """Fläche in m²."""
    return länge * breite


class Bestellung:
    währung = "€"

    def __init__(self, kunde: str, beträge: list[float]) -> None:
        self.kunde = kunde
        self.beträge = beträge

    def summe(self) -> str:
        gesamt = sum(self.beträge)
        return f"{gesamt:.2f} {self.währung} für {self.kunde} — 送料無料 🎁"


π = 3.14159
данные = {"ключ": "значение", "名前": "太郎"}
print(größe(2.0, π), данные["名前"])
