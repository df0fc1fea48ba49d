# generated case (gen_cases7): category=pathtraver rule=PY-PATH-TRAVERSAL fw=fastapi source=query shape=lstrip_dots sink=specific expected=true
import os

from fastapi import FastAPI, Request

app = FastAPI()
BASE_DIR = "/srv/app/files/"


@app.get("/case-00237")
def case_00237(request: Request, q: str = ""):
    param = q
    bar = param
    with open(os.path.join(BASE_DIR, bar.lstrip("."))) as fh:  # want: PY-PATH-TRAVERSAL
        result = fh.read()
    return {"result": str(result)}
