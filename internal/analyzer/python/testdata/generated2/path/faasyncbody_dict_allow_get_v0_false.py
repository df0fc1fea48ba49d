# generated case (gen_cases2): rule=PY-PATH-TRAVERSAL context=faasyncbody propagation=dict_allow_get sink=v0 expected=false
import os

from fastapi import FastAPI, Request

app = FastAPI()
BASE_DIR = "/srv/app/files"


ALLOWED = {"alpha": "alpha", "beta": "beta", "gamma": "gamma"}


@app.post("/path")
async def handle_path(request: Request):
    payload = await request.json()
    param = payload["p"]
    bar = ALLOWED.get(param, "alpha")
    with open(os.path.join(BASE_DIR, bar)) as fh:
        result = len(fh.read())
    return {"result": result}
