# generated case (gen_cases2): rule=PY-PATH-TRAVERSAL context=faasyncbody propagation=await_validate_raise sink=v0 expected=false
import os
import re

from fastapi import FastAPI, Request

app = FastAPI()
BASE_DIR = "/srv/app/files"


async def validate(value):
    if not re.fullmatch(r"[a-z0-9]{1,32}", value):
        raise ValueError("invalid")
    return value


@app.post("/path")
async def handle_path(request: Request):
    payload = await request.json()
    param = payload["p"]
    bar = await validate(param)
    with open(os.path.join(BASE_DIR, bar)) as fh:
        result = len(fh.read())
    return {"result": result}
