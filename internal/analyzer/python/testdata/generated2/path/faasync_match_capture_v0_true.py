# generated case (gen_cases2): rule=PY-PATH-TRAVERSAL context=faasync propagation=match_capture sink=v0 expected=true
import os

from fastapi import FastAPI

app = FastAPI()
BASE_DIR = "/srv/app/files"


@app.get("/path")
async def handle_path(p: str = ""):
    param = p
    match param:
        case str(s):
            bar = s
        case _:
            bar = "default"
    with open(os.path.join(BASE_DIR, bar)) as fh:  # want: PY-PATH-TRAVERSAL
        result = len(fh.read())
    return {"result": result}
