# generated case (gen_cases2): rule=PY-CMDI context=faasync propagation=reversed_list_const sink=v0 expected=false
import os

from fastapi import FastAPI

app = FastAPI()


@app.get("/cmdi")
async def handle_cmdi(p: str = ""):
    param = p
    bar = list(reversed(["safe", param]))[1]
    result = os.system("ping -c 1 " + bar)
    return {"result": result}
