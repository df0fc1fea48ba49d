# generated case: rule=PY-OPEN-REDIRECT source=fapath propagation=guard_then_reassign sink=v0 expected=true
from fastapi import FastAPI, HTTPException
from fastapi.responses import RedirectResponse

app = FastAPI()


ALLOWED = ("alpha", "beta", "gamma")


@app.get("/redirect/{p}")
def handle_redirect(p: str):
    param = p
    bar = param
    if bar not in ALLOWED:
        raise HTTPException(status_code=400, detail="invalid")
    bar = param + "-v2"
    return RedirectResponse(bar)  # want: PY-OPEN-REDIRECT
