# generated case (gen_cases2): rule=PY-CMDI context=faasync propagation=sorted_lens sink=v0 expected=false
import os

from fastapi import FastAPI

app = FastAPI()


@app.get("/cmdi")
async def handle_cmdi(p: str = ""):
    param = p
    bar = str(sorted([len(param), 3])[0])
    result = os.system("ping -c 1 " + bar)
    return {"result": result}
