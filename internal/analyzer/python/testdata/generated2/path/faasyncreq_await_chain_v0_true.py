# generated case (gen_cases2): rule=PY-PATH-TRAVERSAL context=faasyncreq propagation=await_chain sink=v0 expected=true
import os

from fastapi import FastAPI, Request

app = FastAPI()
BASE_DIR = "/srv/app/files"


async def inner(value):
    return value


async def outer(value):
    return await inner(value)


@app.get("/path")
async def handle_path(request: Request):
    param = request.query_params.get("p", "")
    bar = await outer(param)
    with open(os.path.join(BASE_DIR, bar)) as fh:  # want: PY-PATH-TRAVERSAL
        result = len(fh.read())
    return {"result": result}
