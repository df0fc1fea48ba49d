# generated case (gen_cases2): rule=PY-CMDI context=faasyncbody propagation=match_capture sink=v0 expected=true
import os

from fastapi import FastAPI, Request

app = FastAPI()


@app.post("/cmdi")
async def handle_cmdi(request: Request):
    payload = await request.json()
    param = payload["p"]
    match param:
        case str(s):
            bar = s
        case _:
            bar = "default"
    result = os.system("ping -c 1 " + bar)  # want: PY-CMDI
    return {"result": result}
