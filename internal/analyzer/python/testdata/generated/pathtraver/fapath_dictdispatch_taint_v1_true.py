# generated case: rule=PY-PATH-TRAVERSAL source=fapath propagation=dictdispatch_taint sink=v1 expected=true
import os

from fastapi import FastAPI

app = FastAPI()
BASE_DIR = "/srv/app/files"


@app.get("/pathtraver/{p}")
def handle_pathtraver(p: str):
    param = p
    guess = "ABC"
    target = guess[0]
    bar = {"A": param, "B": "bob", "C": "carol"}[target]
    os.remove(BASE_DIR + "/" + bar)  # want: PY-PATH-TRAVERSAL
    result = True
    return {"result": result}
