# generated case: rule=PY-XSS source=fapath propagation=fullmatch_block sink=v1 expected=false
import re

from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/xss/{p}")
def handle_xss(p: str):
    param = p
    bar = param
    if re.fullmatch(r"[a-z0-9]+", bar):
        return HTMLResponse("<p>Hello " + bar + "</p>")
    return {"result": None}
