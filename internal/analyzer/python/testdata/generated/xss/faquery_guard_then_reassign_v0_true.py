# generated case: rule=PY-XSS source=faquery propagation=guard_then_reassign sink=v0 expected=true
from fastapi import FastAPI, HTTPException
from fastapi.responses import HTMLResponse

app = FastAPI()


ALLOWED = ("alpha", "beta", "gamma")


@app.get("/xss")
def handle_xss(p: str = ""):
    param = p
    bar = param
    if bar not in ALLOWED:
        raise HTTPException(status_code=400, detail="invalid")
    bar = param + "-v2"
    return HTMLResponse("<p>Hello " + bar + "</p>")  # want: PY-XSS
