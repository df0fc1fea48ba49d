# generated case (gen_cases2): rule=PY-PATH-TRAVERSAL context=faasync propagation=helper_isinstance_str sink=v0 expected=true
import os

from fastapi import FastAPI

app = FastAPI()
BASE_DIR = "/srv/app/files"


def coerce(value):
    if isinstance(value, str):
        return value
    return "0"


@app.get("/path")
async def handle_path(p: str = ""):
    param = p
    bar = coerce(param)
    with open(os.path.join(BASE_DIR, bar)) as fh:  # want: PY-PATH-TRAVERSAL
        result = len(fh.read())
    return {"result": result}
