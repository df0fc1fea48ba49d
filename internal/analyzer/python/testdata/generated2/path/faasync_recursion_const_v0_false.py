# generated case (gen_cases2): rule=PY-PATH-TRAVERSAL context=faasync propagation=recursion_const sink=v0 expected=false
import os

from fastapi import FastAPI

app = FastAPI()
BASE_DIR = "/srv/app/files"


def unwrap(value, depth):
    if depth <= 0:
        return "safe"
    return unwrap(value, depth - 1)


@app.get("/path")
async def handle_path(p: str = ""):
    param = p
    bar = unwrap(param, 3)
    with open(os.path.join(BASE_DIR, bar)) as fh:
        result = len(fh.read())
    return {"result": result}
