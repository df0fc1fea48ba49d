# generated case (gen_cases2): rule=PY-PATH-TRAVERSAL context=faasync propagation=ternary_allow_inverted sink=v0 expected=true
import os

from fastapi import FastAPI

app = FastAPI()
BASE_DIR = "/srv/app/files"


ALLOWED = ("alpha", "beta", "gamma")


@app.get("/path")
async def handle_path(p: str = ""):
    param = p
    bar = param if param not in ALLOWED else "alpha"
    with open(os.path.join(BASE_DIR, bar)) as fh:  # want: PY-PATH-TRAVERSAL
        result = len(fh.read())
    return {"result": result}
