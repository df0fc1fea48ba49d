# generated case (gen_cases2): rule=PY-PATH-TRAVERSAL context=faasyncbody propagation=defaultdict_used sink=v0 expected=true
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
    bar = d["p"]
    with open(os.path.join(BASE_DIR, bar)) as fh:  # want: PY-PATH-TRAVERSAL
        result = len(fh.read())
    return {"result": result}
