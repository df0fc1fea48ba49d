# generated case (gen_cases5): category=weakrandom rule=PY-WEAK-RANDOM fw=fastapi source=model shape=rng_reassigned_weak expected=true
import random
import string

from fastapi import FastAPI, Request
from pydantic import BaseModel

app = FastAPI()
ALPHABET = string.ascii_letters + string.digits


class Item(BaseModel):
    name: str
    quantity: int = 1


@app.post("/00124")
def benchmark_test_00124(request: Request, item: Item):
    param = item.name
    bar = param
    rng = random.SystemRandom()
    rng = random.Random()
    invite_code = "".join(rng.choice(ALPHABET) for _ in range(10))  # want: PY-WEAK-RANDOM
    result = len(invite_code + bar)
    return {"result": str(result)}
