# generated case (gen_cases2): rule=PY-PATH-TRAVERSAL context=faasyncbody propagation=await_method sink=v0 expected=true
import os

from fastapi import FastAPI, Request

app = FastAPI()
BASE_DIR = "/srv/app/files"


class Loader:
    async def load(self, key):
        return key


@app.post("/path")
async def handle_path(request: Request):
    payload = await request.json()
    param = payload["p"]
    bar = await Loader().load(param)
    with open(os.path.join(BASE_DIR, bar)) as fh:  # want: PY-PATH-TRAVERSAL
        result = len(fh.read())
    return {"result": result}
