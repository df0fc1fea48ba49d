# generated case (gen_cases2): rule=PY-PATH-TRAVERSAL context=faasync propagation=async_for_gen sink=v0 expected=true
import os

from fastapi import FastAPI

app = FastAPI()
BASE_DIR = "/srv/app/files"


async def agen(value):
    yield value


@app.get("/path")
async def handle_path(p: str = ""):
    param = p
    bar = ""
    async for item in agen(param):
        bar = item
    with open(os.path.join(BASE_DIR, bar)) as fh:  # want: PY-PATH-TRAVERSAL
        result = len(fh.read())
    return {"result": result}
