# generated case (gen_cases2): rule=PY-XSS context=faasyncreq propagation=helper_isinstance_str sink=v0 expected=true
from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse

app = FastAPI()


def coerce(value):
    if isinstance(value, str):
        return value
    return "0"


@app.get("/xss")
async def handle_xss(request: Request):
    param = request.query_params.get("p", "")
    bar = coerce(param)
    return HTMLResponse("<p>Hello " + bar + "</p>")  # want: PY-XSS
