# generated case (gen_cases2): rule=PY-CMDI context=faasync propagation=bleach_clean sink=v0 expected=true
import bleach
import os

from fastapi import FastAPI

app = FastAPI()


@app.get("/cmdi")
async def handle_cmdi(p: str = ""):
    param = p
    bar = bleach.clean(param)
    result = os.system("ping -c 1 " + bar)  # want: PY-CMDI
    return {"result": result}
