# generated case: rule=PY-PATH-TRAVERSAL source=faquery propagation=assigned_last sink=v0 expected=true
import os

from fastapi import FastAPI

app = FastAPI()
BASE_DIR = "/srv/app/files"


@app.get("/pathtraver")
def handle_pathtraver(p: str = ""):
    param = p
    bar = "safe"
    bar = param
    with open(os.path.join(BASE_DIR, bar)) as fh:  # want: PY-PATH-TRAVERSAL
        result = len(fh.read())
    return {"result": result}
