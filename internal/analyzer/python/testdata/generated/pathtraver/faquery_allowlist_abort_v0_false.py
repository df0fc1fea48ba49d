# generated case: rule=PY-PATH-TRAVERSAL source=faquery propagation=allowlist_abort sink=v0 expected=false
import os

from fastapi import FastAPI, HTTPException

app = FastAPI()
BASE_DIR = "/srv/app/files"


ALLOWED = ("alpha", "beta", "gamma")


@app.get("/pathtraver")
def handle_pathtraver(p: str = ""):
    param = p
    bar = param
    if bar not in ALLOWED:
        raise HTTPException(status_code=400, detail="invalid")
    with open(os.path.join(BASE_DIR, bar)) as fh:
        result = len(fh.read())
    return {"result": result}
