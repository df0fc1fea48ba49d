# generated case (gen_cases2): rule=PY-CMDI context=faasyncreq propagation=int sink=v0 expected=false
import os

from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/cmdi")
async def handle_cmdi(request: Request):
    param = request.query_params.get("p", "")
    bar = str(int(param))
    result = os.system("ping -c 1 " + bar)
    return {"result": result}
