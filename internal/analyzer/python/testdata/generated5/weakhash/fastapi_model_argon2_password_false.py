# generated case (gen_cases5): category=weakhash rule=PY-WEAK-HASH fw=fastapi source=model shape=argon2_password expected=false
from argon2 import PasswordHasher
from fastapi import FastAPI, Request
from pydantic import BaseModel

app = FastAPI()


class Item(BaseModel):
    name: str
    quantity: int = 1


@app.post("/00098")
def benchmark_test_00098(request: Request, item: Item):
    param = item.name
    bar = param
    password = bar
    hashed = PasswordHasher().hash(password)
    result = len(hashed)
    return {"result": str(result)}
