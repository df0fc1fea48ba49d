# generated case: rule=PY-PATH-TRAVERSAL source=faquery propagation=direct sink=safe-api expected=false
import os

from fastapi import FastAPI

app = FastAPI()
BASE_DIR = "/srv/app/files"


@app.get("/pathtraver")
def handle_pathtraver(p: str = ""):
    param = p
    bar = param
    with open(os.path.join(BASE_DIR, "index.txt")) as fh:
        result = bar in fh.read()
    return {"result": result}
