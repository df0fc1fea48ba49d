# generated case (gen_cases2): rule=PY-CMDI context=faasync propagation=match_mapping sink=v0 expected=true
import os

from fastapi import FastAPI

app = FastAPI()


@app.get("/cmdi")
async def handle_cmdi(p: str = ""):
    param = p
    match {"k": param}:
        case {"k": v}:
            bar = v
        case _:
            bar = "default"
    result = os.system("ping -c 1 " + bar)  # want: PY-CMDI
    return {"result": result}
