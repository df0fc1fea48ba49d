# generated case (gen_cases2): rule=PY-PATH-TRAVERSAL context=faasyncreq propagation=global_via_helper sink=v1 expected=true
from fastapi import FastAPI, Request

app = FastAPI()
BASE_DIR = "/srv/app/files"


LAST = ""


def remember(value):
    global LAST
    LAST = value


@app.get("/path")
async def handle_path(request: Request):
    param = request.query_params.get("p", "")
    remember(param)
    bar = LAST
    with open(BASE_DIR + "/" + bar, "rb") as fh:  # want: PY-PATH-TRAVERSAL
        result = len(fh.read())
    return {"result": result}
