# generated case: rule=PY-PATH-TRAVERSAL source=fapath propagation=dict_get_keyA sink=v1 expected=false
import os

from fastapi import FastAPI

app = FastAPI()
BASE_DIR = "/srv/app/files"


@app.get("/pathtraver/{p}")
def handle_pathtraver(p: str):
    param = p
    m = {"keyA": "a_Value", "keyB": param}
    bar = m.get("keyA", "")
    os.remove(BASE_DIR + "/" + bar)
    result = True
    return {"result": result}
