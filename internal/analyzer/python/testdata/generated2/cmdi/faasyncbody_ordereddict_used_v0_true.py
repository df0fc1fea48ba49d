# generated case (gen_cases2): rule=PY-CMDI context=faasyncbody propagation=ordereddict_used sink=v0 expected=true
import os

from collections import OrderedDict
from fastapi import FastAPI, Request

app = FastAPI()


@app.post("/cmdi")
async def handle_cmdi(request: Request):
    payload = await request.json()
    param = payload["p"]
    od = OrderedDict([("a", "safe"), ("b", param)])
    bar = od["b"]
    result = os.system("ping -c 1 " + bar)  # want: PY-CMDI
    return {"result": result}
