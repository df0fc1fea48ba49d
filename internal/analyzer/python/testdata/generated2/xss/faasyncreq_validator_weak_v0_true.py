# generated case (gen_cases2): rule=PY-XSS context=faasyncreq propagation=validator_weak sink=v0 expected=true
from fastapi import FastAPI, HTTPException, Request
from fastapi.responses import HTMLResponse

app = FastAPI()


def is_short(value):
    return len(value) < 64


@app.get("/xss")
async def handle_xss(request: Request):
    param = request.query_params.get("p", "")
    if not is_short(param):
        raise HTTPException(status_code=400, detail="invalid")
    bar = param
    return HTMLResponse("<p>Hello " + bar + "</p>")  # want: PY-XSS
