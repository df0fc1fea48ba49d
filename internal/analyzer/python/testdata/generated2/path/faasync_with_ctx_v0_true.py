# generated case (gen_cases2): rule=PY-PATH-TRAVERSAL context=faasync propagation=with_ctx sink=v0 expected=true
import contextlib
import os

from fastapi import FastAPI

app = FastAPI()
BASE_DIR = "/srv/app/files"


@app.get("/path")
async def handle_path(p: str = ""):
    param = p
    with contextlib.nullcontext(param) as v:
        bar = v
    with open(os.path.join(BASE_DIR, bar)) as fh:  # want: PY-PATH-TRAVERSAL
        result = len(fh.read())
    return {"result": result}
