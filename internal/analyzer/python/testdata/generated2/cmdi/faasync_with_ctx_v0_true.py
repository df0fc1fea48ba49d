# generated case (gen_cases2): rule=PY-CMDI context=faasync propagation=with_ctx sink=v0 expected=true
import contextlib
import os

from fastapi import FastAPI

app = FastAPI()


@app.get("/cmdi")
async def handle_cmdi(p: str = ""):
    param = p
    with contextlib.nullcontext(param) as v:
        bar = v
    result = os.system("ping -c 1 " + bar)  # want: PY-CMDI
    return {"result": result}
