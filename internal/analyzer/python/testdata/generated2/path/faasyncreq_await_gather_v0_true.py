# generated case (gen_cases2): rule=PY-PATH-TRAVERSAL context=faasyncreq propagation=await_gather sink=v0 expected=true
import asyncio
import os

from fastapi import FastAPI, Request

app = FastAPI()
BASE_DIR = "/srv/app/files"


async def normalize(value):
    return value.strip()


@app.get("/path")
async def handle_path(request: Request):
    param = request.query_params.get("p", "")
    parts = await asyncio.gather(normalize(param), normalize("safe"))
    bar = parts[0]
    with open(os.path.join(BASE_DIR, bar)) as fh:  # want: PY-PATH-TRAVERSAL
        result = len(fh.read())
    return {"result": result}
