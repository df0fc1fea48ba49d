# generated case (gen_cases2): rule=PY-PATH-TRAVERSAL context=faasyncreq propagation=global_overwritten sink=v1 expected=false
from fastapi import FastAPI, Request

app = FastAPI()
BASE_DIR = "/srv/app/files"


LAST = ""


@app.get("/path")
async def handle_path(request: Request):
    param = request.query_params.get("p", "")
    global LAST
    LAST = param
    LAST = "safe"
    bar = LAST
    with open(BASE_DIR + "/" + bar, "rb") as fh:
        result = len(fh.read())
    return {"result": result}
