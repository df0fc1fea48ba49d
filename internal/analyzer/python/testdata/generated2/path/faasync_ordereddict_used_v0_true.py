# generated case (gen_cases2): rule=PY-PATH-TRAVERSAL context=faasync propagation=ordereddict_used sink=v0 expected=true
import os

from collections import OrderedDict
from fastapi import FastAPI

app = FastAPI()
BASE_DIR = "/srv/app/files"


@app.get("/path")
async def handle_path(p: str = ""):
    param = p
    od = OrderedDict([("a", "safe"), ("b", param)])
    bar = od["b"]
    with open(os.path.join(BASE_DIR, bar)) as fh:  # want: PY-PATH-TRAVERSAL
        result = len(fh.read())
    return {"result": result}
