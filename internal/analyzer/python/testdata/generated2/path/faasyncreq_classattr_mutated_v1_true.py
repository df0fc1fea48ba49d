# generated case (gen_cases2): rule=PY-PATH-TRAVERSAL context=faasyncreq propagation=classattr_mutated sink=v1 expected=true
from fastapi import FastAPI, Request

app = FastAPI()
BASE_DIR = "/srv/app/files"


class Config:
    value = "default"
    other = "safe"


@app.get("/path")
async def handle_path(request: Request):
    param = request.query_params.get("p", "")
    Config.value = param
    bar = Config.value
    with open(BASE_DIR + "/" + bar, "rb") as fh:  # want: PY-PATH-TRAVERSAL
        result = len(fh.read())
    return {"result": result}
