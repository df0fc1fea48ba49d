# generated case: rule=PY-OPEN-REDIRECT source=fapath propagation=fullmatch_unused sink=v0 expected=true
import re

from fastapi import FastAPI
from fastapi.responses import RedirectResponse

app = FastAPI()


@app.get("/redirect/{p}")
def handle_redirect(p: str):
    param = p
    bar = param
    valid = re.fullmatch(r"[a-z0-9]+", bar)
    return RedirectResponse(bar)  # want: PY-OPEN-REDIRECT
