# generated case: rule=PY-PATH-TRAVERSAL source=fapath propagation=augmented sink=v1 expected=true
import os

from fastapi import FastAPI

app = FastAPI()
BASE_DIR = "/srv/app/files"


@app.get("/pathtraver/{p}")
def handle_pathtraver(p: str):
    param = p
    bar = ""
    bar += param
    os.remove(BASE_DIR + "/" + bar)  # want: PY-PATH-TRAVERSAL
    result = True
    return {"result": result}
