# generated case: rule=PY-PATH-TRAVERSAL source=faquery propagation=direct sink=pathlib_read expected=true
from fastapi import FastAPI
from pathlib import Path

app = FastAPI()
BASE_DIR = "/srv/app/files"


@app.get("/pathtraver")
def handle_pathtraver(p: str = ""):
    param = p
    bar = param
    result = len((Path(BASE_DIR) / bar).read_text())  # want: PY-PATH-TRAVERSAL
    return {"result": result}
