# generated case: rule=PY-OPEN-REDIRECT source=faquery propagation=guard_inverted sink=v0 expected=true
from fastapi import FastAPI, HTTPException
from fastapi.responses import RedirectResponse

app = FastAPI()


ALLOWED = ("alpha", "beta", "gamma")


@app.get("/redirect")
def handle_redirect(p: str = ""):
    param = p
    bar = param
    if bar in ALLOWED:
        raise HTTPException(status_code=400, detail="invalid")
    return RedirectResponse(bar)  # want: PY-OPEN-REDIRECT
