# Robustness: Python 3.12 syntax (PEP 701 nested f-strings, match, type params, type alias, walrus) -> no finding
from dataclasses import dataclass

type Pair[K, V] = tuple[K, V]


@dataclass
class Item[T]:
    name: str
    value: T


def first[T](xs: list[T]) -> T | None:
    return xs[0] if xs else None


def describe(items: list[dict]) -> str:
    names = ", ".join(f"{i["name"]!r}" for i in items)
    return f"{f"{f"{len(items)}"}"} items: {names} {"\n".join(["a", "b"])}"


def classify(cmd):
    match cmd:
        case {"action": "add", "sku": str(sku), "qty": int(q)} if q > 0:
            return ("add", sku, q)
        case ["remove", *rest]:
            return ("remove", rest)
        case Item(name="gift", value=v):
            return ("gift", v)
        case _:
            return None


def chunks(data: bytes):
    pos = 0
    while (n := len(data) - pos) > 0:
        yield data[pos:pos + min(n, 1024)]
        pos += 1024


class Box[T: (int, str)]:
    def __init__(self, v: T) -> None:
        self.v = v
