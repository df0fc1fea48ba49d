# generated case (gen_cases2): rule=PY-PATH-TRAVERSAL context=faasyncreq propagation=validator_block sink=v1 expected=false
import re

from fastapi import FastAPI, Request

app = FastAPI()
BASE_DIR = "/srv/app/files"


def is_valid(value):
    return re.fullmatch(r"[a-z0-9]{1,32}", value) is not None


@app.get("/path")
async def handle_path(request: Request):
    param = request.query_params.get("p", "")
    bar = param
    result = None
    if is_valid(bar):
        with open(BASE_DIR + "/" + bar, "rb") as fh:
            result = len(fh.read())
    return {"result": result}
