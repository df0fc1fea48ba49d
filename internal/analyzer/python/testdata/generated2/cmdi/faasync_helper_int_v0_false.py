# generated case (gen_cases2): rule=PY-CMDI context=faasync propagation=helper_int sink=v0 expected=false
import os

from fastapi import FastAPI

app = FastAPI()


def to_int_str(value):
    try:
        return str(int(value))
    except ValueError:
        return "0"


@app.get("/cmdi")
async def handle_cmdi(p: str = ""):
    param = p
    bar = to_int_str(param)
    result = os.system("ping -c 1 " + bar)
    return {"result": result}
