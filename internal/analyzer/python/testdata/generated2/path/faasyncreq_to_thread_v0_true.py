# generated case (gen_cases2): rule=PY-PATH-TRAVERSAL context=faasyncreq propagation=to_thread sink=v0 expected=true
import asyncio
import os

from fastapi import FastAPI, Request

app = FastAPI()
BASE_DIR = "/srv/app/files"


@app.get("/path")
async def handle_path(request: Request):
    param = request.query_params.get("p", "")
    bar = await asyncio.to_thread(str.strip, param)
    with open(os.path.join(BASE_DIR, bar)) as fh:  # want: PY-PATH-TRAVERSAL
        result = len(fh.read())
    return {"result": result}
