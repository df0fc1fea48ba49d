# generated case (gen_cases2): rule=PY-PATH-TRAVERSAL context=faasync propagation=await_ident sink=v0 expected=true
import os

from fastapi import FastAPI

app = FastAPI()
BASE_DIR = "/srv/app/files"


async def normalize(value):
    return value.strip()


@app.get("/path")
async def handle_path(p: str = ""):
    param = p
    bar = await normalize(param)
    with open(os.path.join(BASE_DIR, bar)) as fh:  # want: PY-PATH-TRAVERSAL
        result = len(fh.read())
    return {"result": result}
