# generated case (gen_cases2): rule=PY-CMDI context=faasync propagation=recursion_const sink=v0 expected=false
import os

from fastapi import FastAPI

app = FastAPI()


def unwrap(value, depth):
    if depth <= 0:
        return "safe"
    return unwrap(value, depth - 1)


@app.get("/cmdi")
async def handle_cmdi(p: str = ""):
    param = p
    bar = unwrap(param, 3)
    result = os.system("ping -c 1 " + bar)
    return {"result": result}
