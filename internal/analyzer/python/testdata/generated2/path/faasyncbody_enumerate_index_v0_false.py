# generated case (gen_cases2): rule=PY-PATH-TRAVERSAL context=faasyncbody propagation=enumerate_index sink=v0 expected=false
import os

from fastapi import FastAPI, Request

app = FastAPI()
BASE_DIR = "/srv/app/files"


@app.post("/path")
async def handle_path(request: Request):
    payload = await request.json()
    param = payload["p"]
    bar = ""
    for i, _v in enumerate([param]):
        bar = str(i)
    with open(os.path.join(BASE_DIR, bar)) as fh:
        result = len(fh.read())
    return {"result": result}
