# generated case (gen_cases2): rule=PY-CMDI context=faasync propagation=getattr_other sink=v0 expected=false
import os

from fastapi import FastAPI

app = FastAPI()


class Box:
    pass


@app.get("/cmdi")
async def handle_cmdi(p: str = ""):
    param = p
    box = Box()
    box.field = param
    box.other = "safe"
    bar = getattr(box, "other")
    result = os.system("ping -c 1 " + bar)
    return {"result": result}
