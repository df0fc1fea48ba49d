# generated case (gen_cases2): rule=PY-CMDI context=faasyncbody propagation=match_literal_guard sink=v0 expected=false
import os

from fastapi import FastAPI, Request

app = FastAPI()


@app.post("/cmdi")
async def handle_cmdi(request: Request):
    payload = await request.json()
    param = payload["p"]
    match param:
        case "alpha" | "beta":
            bar = param
        case _:
            bar = "default"
    result = os.system("ping -c 1 " + bar)
    return {"result": result}
