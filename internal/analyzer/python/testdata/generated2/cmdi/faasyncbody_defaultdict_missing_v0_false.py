# generated case (gen_cases2): rule=PY-CMDI context=faasyncbody propagation=defaultdict_missing sink=v0 expected=false
import collections
import os

from fastapi import FastAPI, Request

app = FastAPI()


@app.post("/cmdi")
async def handle_cmdi(request: Request):
    payload = await request.json()
    param = payload["p"]
    d = collections.defaultdict(str)
    d["p"] = param
    bar = d["q"]
    result = os.system("ping -c 1 " + bar)
    return {"result": result}
