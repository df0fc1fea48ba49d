# generated case: rule=PY-OPEN-REDIRECT source=faquery propagation=match_prefix_guard sink=v0 expected=true
import re

from fastapi import FastAPI, HTTPException
from fastapi.responses import RedirectResponse

app = FastAPI()


@app.get("/redirect")
def handle_redirect(p: str = ""):
    param = p
    bar = param
    if not re.match(r"[a-z0-9]+", bar):
        raise HTTPException(status_code=400, detail="invalid")
    return RedirectResponse(bar)  # want: PY-OPEN-REDIRECT
