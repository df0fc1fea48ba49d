# generated case (gen_cases2): rule=PY-CMDI context=faasyncreq propagation=await_method sink=v0 expected=true
import os

from fastapi import FastAPI, Request

app = FastAPI()


class Loader:
    async def load(self, key):
        return key


@app.get("/cmdi")
async def handle_cmdi(request: Request):
    param = request.query_params.get("p", "")
    bar = await Loader().load(param)
    result = os.system("ping -c 1 " + bar)  # want: PY-CMDI
    return {"result": result}
