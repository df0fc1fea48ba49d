# generated case: rule=PY-PATH-TRAVERSAL source=fapath propagation=encode_decode sink=v1 expected=true
import os

from fastapi import FastAPI

app = FastAPI()
BASE_DIR = "/srv/app/files"


@app.get("/pathtraver/{p}")
def handle_pathtraver(p: str):
    param = p
    bar = param.encode("utf-8").decode("utf-8")
    os.remove(BASE_DIR + "/" + bar)  # want: PY-PATH-TRAVERSAL
    result = True
    return {"result": result}
