# generated case (gen_cases2): rule=PY-PATH-TRAVERSAL context=faasyncbody propagation=match_literal_guard sink=v0 expected=false
import os

from fastapi import FastAPI, Request

app = FastAPI()
BASE_DIR = "/srv/app/files"


@app.post("/path")
async def handle_path(request: Request):
    payload = await request.json()
    param = payload["p"]
    match param:
        case "alpha" | "beta":
            bar = param
        case _:
            bar = "default"
    with open(os.path.join(BASE_DIR, bar)) as fh:
        result = len(fh.read())
    return {"result": result}
