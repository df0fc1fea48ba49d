# generated case (gen_cases2): rule=PY-XSS context=faasyncreq propagation=global_set sink=v0 expected=true
from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse

app = FastAPI()


LAST = ""


@app.get("/xss")
async def handle_xss(request: Request):
    param = request.query_params.get("p", "")
    global LAST
    LAST = param
    bar = LAST
    return HTMLResponse("<p>Hello " + bar + "</p>")  # want: PY-XSS
