# generated case (gen_cases2): rule=PY-XSS context=faasyncreq propagation=values_loop sink=v0 expected=true
from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/xss")
async def handle_xss(request: Request):
    param = request.query_params.get("p", "")
    bar = ""
    for v in {"p": param}.values():
        bar = v
    return HTMLResponse("<p>Hello " + bar + "</p>")  # want: PY-XSS
