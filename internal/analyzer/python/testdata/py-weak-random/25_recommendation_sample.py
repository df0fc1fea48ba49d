# Weak random FALSE: random.sample / choice for recommendations and A/B bucket of a display banner
import random


def recommend(candidates: list, k: int = 4) -> list:
    return random.sample(candidates, min(k, len(candidates)))


def banner_variant() -> str:
    return random.choice(["blue", "green"])
