# generated case (gen_cases2): rule=PY-PATH-TRAVERSAL context=faasync propagation=helper_int sink=v0 expected=false
import os

from fastapi import FastAPI

app = FastAPI()
BASE_DIR = "/srv/app/files"


def to_int_str(value):
    try:
        return str(int(value))
    except ValueError:
        return "0"


@app.get("/path")
async def handle_path(p: str = ""):
    param = p
    bar = to_int_str(param)
    with open(os.path.join(BASE_DIR, bar)) as fh:
        result = len(fh.read())
    return {"result": result}
