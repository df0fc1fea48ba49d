# generated case (gen_cases2): rule=PY-PATH-TRAVERSAL context=faasyncbody propagation=defaultdict_missing sink=v0 expected=false
import collections
import os

from fastapi import FastAPI, Request

app = FastAPI()
BASE_DIR = "/srv/app/files"


@app.post("/path")
async def handle_path(request: Request):
    payload = await request.json()
    param = payload["p"]
    d = collections.defaultdict(str)
    d["p"] = param
    bar = d["q"]
    with open(os.path.join(BASE_DIR, bar)) as fh:
        result = len(fh.read())
    return {"result": result}
