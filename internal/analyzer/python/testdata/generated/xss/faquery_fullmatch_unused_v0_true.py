# generated case: rule=PY-XSS source=faquery propagation=fullmatch_unused sink=v0 expected=true
import re

from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/xss")
def handle_xss(p: str = ""):
    param = p
    bar = param
    valid = re.fullmatch(r"[a-z0-9]+", bar)
    return HTMLResponse("<p>Hello " + bar + "</p>")  # want: PY-XSS
