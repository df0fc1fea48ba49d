# generated case: rule=PY-PATH-TRAVERSAL source=faquery propagation=const_ternary_zero sink=v0 expected=true
import os

from fastapi import FastAPI

app = FastAPI()
BASE_DIR = "/srv/app/files"


@app.get("/pathtraver")
def handle_pathtraver(p: str = ""):
    param = p
    bar = "safe" if 0 else param
    with open(os.path.join(BASE_DIR, bar)) as fh:  # want: PY-PATH-TRAVERSAL
        result = len(fh.read())
    return {"result": result}
