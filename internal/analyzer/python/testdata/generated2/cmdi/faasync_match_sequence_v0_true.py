# generated case (gen_cases2): rule=PY-CMDI context=faasync propagation=match_sequence sink=v0 expected=true
import os

from fastapi import FastAPI

app = FastAPI()


@app.get("/cmdi")
async def handle_cmdi(p: str = ""):
    param = p
    match param.split(",", 1):
        case [head, *_]:
            bar = head
        case _:
            bar = "default"
    result = os.system("ping -c 1 " + bar)  # want: PY-CMDI
    return {"result": result}
