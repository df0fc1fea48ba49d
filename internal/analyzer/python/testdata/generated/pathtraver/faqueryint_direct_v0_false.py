# generated case: rule=PY-PATH-TRAVERSAL source=faqueryint propagation=direct sink=v0 expected=false
import os

from fastapi import FastAPI

app = FastAPI()
BASE_DIR = "/srv/app/files"


@app.get("/pathtraver")
def handle_pathtraver(p: int = 0):
    param = str(p)
    bar = param
    with open(os.path.join(BASE_DIR, bar)) as fh:
        result = len(fh.read())
    return {"result": result}
