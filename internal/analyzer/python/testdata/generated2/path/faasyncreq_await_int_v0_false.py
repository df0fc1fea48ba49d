# generated case (gen_cases2): rule=PY-PATH-TRAVERSAL context=faasyncreq propagation=await_int sink=v0 expected=false
import os

from fastapi import FastAPI, Request

app = FastAPI()
BASE_DIR = "/srv/app/files"


async def normalize(value):
    return str(int(value))


@app.get("/path")
async def handle_path(request: Request):
    param = request.query_params.get("p", "")
    bar = await normalize(param)
    with open(os.path.join(BASE_DIR, bar)) as fh:
        result = len(fh.read())
    return {"result": result}
