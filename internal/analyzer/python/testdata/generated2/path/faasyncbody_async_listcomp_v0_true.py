# generated case (gen_cases2): rule=PY-PATH-TRAVERSAL context=faasyncbody propagation=async_listcomp sink=v0 expected=true
import os

from fastapi import FastAPI, Request

app = FastAPI()
BASE_DIR = "/srv/app/files"


async def chars(value):
    for c in value:
        yield c


@app.post("/path")
async def handle_path(request: Request):
    payload = await request.json()
    param = payload["p"]
    bar = "".join([c async for c in chars(param)])
    with open(os.path.join(BASE_DIR, bar)) as fh:  # want: PY-PATH-TRAVERSAL
        result = len(fh.read())
    return {"result": result}
