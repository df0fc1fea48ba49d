# generated case (gen_cases2): rule=PY-PATH-TRAVERSAL context=faasync propagation=sorted_list sink=v0 expected=true
import os

from fastapi import FastAPI

app = FastAPI()
BASE_DIR = "/srv/app/files"


@app.get("/path")
async def handle_path(p: str = ""):
    param = p
    bar = sorted([param, "safe"])[0]
    with open(os.path.join(BASE_DIR, bar)) as fh:  # want: PY-PATH-TRAVERSAL
        result = len(fh.read())
    return {"result": result}
