# generated case (gen_cases2): rule=PY-CMDI context=faasync propagation=match_const_branches sink=v0 expected=false
import os

from fastapi import FastAPI

app = FastAPI()


@app.get("/cmdi")
async def handle_cmdi(p: str = ""):
    param = p
    match param:
        case "a":
            bar = "first"
        case _:
            bar = "other"
    result = os.system("ping -c 1 " + bar)
    return {"result": result}
