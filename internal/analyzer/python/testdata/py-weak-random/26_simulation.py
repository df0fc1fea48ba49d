# Weak random FALSE: Monte Carlo simulation with a seeded random.Random
import random


def estimate_delivery_days(samples: int = 10000) -> float:
    rng = random.Random(42)
    total = 0.0
    for _ in range(samples):
        total += rng.gauss(3.0, 0.8)
    return total / samples
