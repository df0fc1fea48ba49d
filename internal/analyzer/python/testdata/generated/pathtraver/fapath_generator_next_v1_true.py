# generated case: rule=PY-PATH-TRAVERSAL source=fapath propagation=generator_next sink=v1 expected=true
import os

from fastapi import FastAPI

app = FastAPI()
BASE_DIR = "/srv/app/files"


def gen(value):
    yield value


@app.get("/pathtraver/{p}")
def handle_pathtraver(p: str):
    param = p
    bar = next(gen(param))
    os.remove(BASE_DIR + "/" + bar)  # want: PY-PATH-TRAVERSAL
    result = True
    return {"result": result}
