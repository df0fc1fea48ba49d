# generated case (gen_cases4): category=weakrandom rule=PY-WEAK-RANDOM fw=fastapi source=model shape=system_random_import sink=config expected=false
from fastapi import FastAPI, Request
from pydantic import BaseModel
from random import SystemRandom

app = FastAPI()


class Item(BaseModel):
    name: str
    quantity: int = 1


@app.post("/00580")
def benchmark_test_00580(request: Request, item: Item):
    param = item.name
    bar = param
    otp = str(SystemRandom().randint(100000, 999999))
    result = len(otp + bar)
    return {"result": str(result)}
