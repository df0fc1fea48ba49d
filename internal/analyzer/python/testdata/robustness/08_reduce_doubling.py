# robustness: functools.reduce doubling a known list at every step stays bounded
import functools

ITEMS = list(range(40))
DOUBLED = functools.reduce(lambda acc, x: acc + acc, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30], [1])
GROWN = [1]
for _ in range(40):
    GROWN = GROWN + GROWN
