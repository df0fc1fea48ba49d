# generated case (gen_cases2): rule=PY-CMDI context=faasync propagation=ordereddict_other sink=v0 expected=false
import os

from collections import OrderedDict
from fastapi import FastAPI

app = FastAPI()


@app.get("/cmdi")
async def handle_cmdi(p: str = ""):
    param = p
    od = OrderedDict([("a", "safe"), ("b", param)])
    bar = od["a"]
    result = os.system("ping -c 1 " + bar)
    return {"result": result}
