# generated case (gen_cases2): rule=PY-XSS context=faasyncreq propagation=global_via_helper sink=v0 expected=true
from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse

app = FastAPI()


LAST = ""


def remember(value):
    global LAST
    LAST = value


@app.get("/xss")
async def handle_xss(request: Request):
    param = request.query_params.get("p", "")
    remember(param)
    bar = LAST
    return HTMLResponse("<p>Hello " + bar + "</p>")  # want: PY-XSS
