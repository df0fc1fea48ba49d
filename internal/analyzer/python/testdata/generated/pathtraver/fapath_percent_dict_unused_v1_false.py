# generated case: rule=PY-PATH-TRAVERSAL source=fapath propagation=percent_dict_unused sink=v1 expected=false
import os

from fastapi import FastAPI

app = FastAPI()
BASE_DIR = "/srv/app/files"


@app.get("/pathtraver/{p}")
def handle_pathtraver(p: str):
    param = p
    bar = "%(a)s" % {"a": "safe", "b": param}
    os.remove(BASE_DIR + "/" + bar)
    result = True
    return {"result": result}
