# generated case: rule=PY-PATH-TRAVERSAL source=fapath propagation=direct sink=realpath_check expected=false
import os

from fastapi import FastAPI

app = FastAPI()
BASE_DIR = "/srv/app/files"


@app.get("/pathtraver/{p}")
def handle_pathtraver(p: str):
    param = p
    bar = param
    full = os.path.realpath(os.path.join(BASE_DIR, bar))
    if full.startswith(BASE_DIR + os.sep):
        with open(full) as fh:
            result = len(fh.read())
    else:
        result = None
    return {"result": result}
