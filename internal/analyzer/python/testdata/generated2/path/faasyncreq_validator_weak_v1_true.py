# generated case (gen_cases2): rule=PY-PATH-TRAVERSAL context=faasyncreq propagation=validator_weak sink=v1 expected=true
from fastapi import FastAPI, HTTPException, Request

app = FastAPI()
BASE_DIR = "/srv/app/files"


def is_short(value):
    return len(value) < 64


@app.get("/path")
async def handle_path(request: Request):
    param = request.query_params.get("p", "")
    if not is_short(param):
        raise HTTPException(status_code=400, detail="invalid")
    bar = param
    with open(BASE_DIR + "/" + bar, "rb") as fh:  # want: PY-PATH-TRAVERSAL
        result = len(fh.read())
    return {"result": result}
