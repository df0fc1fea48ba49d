# generated case (gen_cases2): rule=PY-PATH-TRAVERSAL context=faasyncreq propagation=reduce_concat sink=v1 expected=true
import functools

from fastapi import FastAPI, Request

app = FastAPI()
BASE_DIR = "/srv/app/files"


@app.get("/path")
async def handle_path(request: Request):
    param = request.query_params.get("p", "")
    bar = functools.reduce(lambda a, b: a + b, [param, ""], "")
    with open(BASE_DIR + "/" + bar, "rb") as fh:  # want: PY-PATH-TRAVERSAL
        result = len(fh.read())
    return {"result": result}
