# generated case (gen_cases2): rule=PY-PATH-TRAVERSAL context=faasyncreq propagation=direct sink=safe-api expected=false
import os

from fastapi import FastAPI, Request

app = FastAPI()
BASE_DIR = "/srv/app/files"


@app.get("/path")
async def handle_path(request: Request):
    param = request.query_params.get("p", "")
    bar = param
    with open(os.path.join(BASE_DIR, "index.txt")) as fh:
        result = bar in fh.read()
    return {"result": result}
