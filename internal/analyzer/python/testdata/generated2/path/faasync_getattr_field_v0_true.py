# generated case (gen_cases2): rule=PY-PATH-TRAVERSAL context=faasync propagation=getattr_field sink=v0 expected=true
import os

from fastapi import FastAPI

app = FastAPI()
BASE_DIR = "/srv/app/files"


class Box:
    pass


@app.get("/path")
async def handle_path(p: str = ""):
    param = p
    box = Box()
    box.field = param
    box.other = "safe"
    bar = getattr(box, "field")
    with open(os.path.join(BASE_DIR, bar)) as fh:  # want: PY-PATH-TRAVERSAL
        result = len(fh.read())
    return {"result": result}
