# generated case (gen_cases2): rule=PY-CMDI context=faasync propagation=ternary_allow_inverted sink=v0 expected=true
import os

from fastapi import FastAPI

app = FastAPI()


ALLOWED = ("alpha", "beta", "gamma")


@app.get("/cmdi")
async def handle_cmdi(p: str = ""):
    param = p
    bar = param if param not in ALLOWED else "alpha"
    result = os.system("ping -c 1 " + bar)  # want: PY-CMDI
    return {"result": result}
