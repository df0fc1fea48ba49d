# generated case (gen_cases2): rule=PY-CMDI context=faasync propagation=items_value sink=v0 expected=true
import os

from fastapi import FastAPI

app = FastAPI()


@app.get("/cmdi")
async def handle_cmdi(p: str = ""):
    param = p
    bar = ""
    for _k, v in {"p": param}.items():
        bar = v
    result = os.system("ping -c 1 " + bar)  # want: PY-CMDI
    return {"result": result}
