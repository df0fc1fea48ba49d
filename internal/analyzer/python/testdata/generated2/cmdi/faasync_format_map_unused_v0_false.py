# generated case (gen_cases2): rule=PY-CMDI context=faasync propagation=format_map_unused sink=v0 expected=false
import os

from fastapi import FastAPI

app = FastAPI()


@app.get("/cmdi")
async def handle_cmdi(p: str = ""):
    param = p
    bar = "{v}".format_map({"v": "safe", "w": param})
    result = os.system("ping -c 1 " + bar)
    return {"result": result}
