# generated case (gen_cases2): rule=PY-PATH-TRAVERSAL context=faasyncbody propagation=dict_allow_get_default_param sink=v0 expected=true
import os

from fastapi import FastAPI, Request

app = FastAPI()
BASE_DIR = "/srv/app/files"


ALLOWED = {"alpha": "alpha", "beta": "beta", "gamma": "gamma"}


@app.post("/path")
async def handle_path(request: Request):
    payload = await request.json()
    param = payload["p"]
    bar = ALLOWED.get("zeta", param)
    with open(os.path.join(BASE_DIR, bar)) as fh:  # want: PY-PATH-TRAVERSAL
        result = len(fh.read())
    return {"result": result}
