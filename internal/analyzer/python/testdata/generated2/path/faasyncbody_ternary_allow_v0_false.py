# generated case (gen_cases2): rule=PY-PATH-TRAVERSAL context=faasyncbody propagation=ternary_allow sink=v0 expected=false
import os

from fastapi import FastAPI, Request

app = FastAPI()
BASE_DIR = "/srv/app/files"


ALLOWED = ("alpha", "beta", "gamma")


@app.post("/path")
async def handle_path(request: Request):
    payload = await request.json()
    param = payload["p"]
    bar = param if param in ALLOWED else "alpha"
    with open(os.path.join(BASE_DIR, bar)) as fh:
        result = len(fh.read())
    return {"result": result}
