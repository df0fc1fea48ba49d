# generated case (gen_cases2): rule=PY-PATH-TRAVERSAL context=faasync propagation=reversed_list_taint sink=v0 expected=true
import os

from fastapi import FastAPI

app = FastAPI()
BASE_DIR = "/srv/app/files"


@app.get("/path")
async def handle_path(p: str = ""):
    param = p
    bar = list(reversed(["safe", param]))[0]
    with open(os.path.join(BASE_DIR, bar)) as fh:  # want: PY-PATH-TRAVERSAL
        result = len(fh.read())
    return {"result": result}
