# generated case: rule=PY-PATH-TRAVERSAL source=fapath propagation=b64roundtrip sink=v1 expected=true
import base64
import os

from fastapi import FastAPI

app = FastAPI()
BASE_DIR = "/srv/app/files"


@app.get("/pathtraver/{p}")
def handle_pathtraver(p: str):
    param = p
    bar = base64.b64decode(base64.b64encode(param.encode("utf-8"))).decode("utf-8")
    os.remove(BASE_DIR + "/" + bar)  # want: PY-PATH-TRAVERSAL
    result = True
    return {"result": result}
