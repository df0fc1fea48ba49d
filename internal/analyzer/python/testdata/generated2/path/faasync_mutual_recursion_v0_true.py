# generated case (gen_cases2): rule=PY-PATH-TRAVERSAL context=faasync propagation=mutual_recursion sink=v0 expected=true
import os

from fastapi import FastAPI

app = FastAPI()
BASE_DIR = "/srv/app/files"


def ping(value, n):
    if n == 0:
        return value
    return pong(value, n - 1)


def pong(value, n):
    return ping(value, n)


@app.get("/path")
async def handle_path(p: str = ""):
    param = p
    bar = ping(param, 4)
    with open(os.path.join(BASE_DIR, bar)) as fh:  # want: PY-PATH-TRAVERSAL
        result = len(fh.read())
    return {"result": result}
