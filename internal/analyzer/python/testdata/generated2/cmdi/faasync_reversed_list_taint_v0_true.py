# generated case (gen_cases2): rule=PY-CMDI context=faasync propagation=reversed_list_taint sink=v0 expected=true
import os

from fastapi import FastAPI

app = FastAPI()


@app.get("/cmdi")
async def handle_cmdi(p: str = ""):
    param = p
    bar = list(reversed(["safe", param]))[0]
    result = os.system("ping -c 1 " + bar)  # want: PY-CMDI
    return {"result": result}
