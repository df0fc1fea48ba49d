# generated case (gen_cases2): rule=PY-PATH-TRAVERSAL context=faasync propagation=sorted_lens sink=v0 expected=false
import os

from fastapi import FastAPI

app = FastAPI()
BASE_DIR = "/srv/app/files"


@app.get("/path")
async def handle_path(p: str = ""):
    param = p
    bar = str(sorted([len(param), 3])[0])
    with open(os.path.join(BASE_DIR, bar)) as fh:
        result = len(fh.read())
    return {"result": result}
