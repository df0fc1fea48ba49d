# generated case (gen_cases2): rule=PY-PATH-TRAVERSAL context=faasync propagation=direct sink=safe-api expected=false
import os

from fastapi import FastAPI

app = FastAPI()
BASE_DIR = "/srv/app/files"


@app.get("/path")
async def handle_path(p: str = ""):
    param = p
    bar = param
    with open(os.path.join(BASE_DIR, "index.txt")) as fh:
        result = bar in fh.read()
    return {"result": result}
