# generated case (gen_cases2): rule=PY-PATH-TRAVERSAL context=faasyncbody propagation=property_const sink=v0 expected=false
import os

from fastapi import FastAPI, Request

app = FastAPI()
BASE_DIR = "/srv/app/files"


class Wrapper:
    def __init__(self, raw):
        self._raw = raw

    @property
    def raw(self):
        return self._raw

    @property
    def label(self):
        return "safe"


@app.post("/path")
async def handle_path(request: Request):
    payload = await request.json()
    param = payload["p"]
    bar = Wrapper(param).label
    with open(os.path.join(BASE_DIR, bar)) as fh:
        result = len(fh.read())
    return {"result": result}
