# generated case (gen_cases2): rule=PY-CMDI context=faasync propagation=sorted_list sink=v0 expected=true
import os

from fastapi import FastAPI

app = FastAPI()


@app.get("/cmdi")
async def handle_cmdi(p: str = ""):
    param = p
    bar = sorted([param, "safe"])[0]
    result = os.system("ping -c 1 " + bar)  # want: PY-CMDI
    return {"result": result}
