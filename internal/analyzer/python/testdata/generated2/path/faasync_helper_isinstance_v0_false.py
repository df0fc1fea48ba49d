# generated case (gen_cases2): rule=PY-PATH-TRAVERSAL context=faasync propagation=helper_isinstance sink=v0 expected=false
import os

from fastapi import FastAPI

app = FastAPI()
BASE_DIR = "/srv/app/files"


def coerce(value):
    if isinstance(value, int):
        return str(value)
    return "0"


@app.get("/path")
async def handle_path(p: str = ""):
    param = p
    bar = coerce(param)
    with open(os.path.join(BASE_DIR, bar)) as fh:
        result = len(fh.read())
    return {"result": result}
