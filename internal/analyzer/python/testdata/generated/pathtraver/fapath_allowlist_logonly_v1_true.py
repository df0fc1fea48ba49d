# generated case: rule=PY-PATH-TRAVERSAL source=fapath propagation=allowlist_logonly sink=v1 expected=true
import logging
import os

from fastapi import FastAPI

app = FastAPI()
BASE_DIR = "/srv/app/files"
log = logging.getLogger(__name__)


ALLOWED = ("alpha", "beta", "gamma")


@app.get("/pathtraver/{p}")
def handle_pathtraver(p: str):
    param = p
    bar = param
    if bar not in ALLOWED:
        log.warning("unexpected value")
    os.remove(BASE_DIR + "/" + bar)  # want: PY-PATH-TRAVERSAL
    result = True
    return {"result": result}
