# generated case: rule=PY-PATH-TRAVERSAL source=faquery propagation=dictdispatch_safe sink=v0 expected=false
import os

from fastapi import FastAPI

app = FastAPI()
BASE_DIR = "/srv/app/files"


@app.get("/pathtraver")
def handle_pathtraver(p: str = ""):
    param = p
    guess = "ABC"
    target = guess[1]
    bar = {"A": param, "B": "bob", "C": param}[target]
    with open(os.path.join(BASE_DIR, bar)) as fh:
        result = len(fh.read())
    return {"result": result}
