# generated case (gen_cases2): rule=PY-CMDI context=faasync propagation=mutual_recursion sink=v0 expected=true
import os

from fastapi import FastAPI

app = FastAPI()


def ping(value, n):
    if n == 0:
        return value
    return pong(value, n - 1)


def pong(value, n):
    return ping(value, n)


@app.get("/cmdi")
async def handle_cmdi(p: str = ""):
    param = p
    bar = ping(param, 4)
    result = os.system("ping -c 1 " + bar)  # want: PY-CMDI
    return {"result": result}
