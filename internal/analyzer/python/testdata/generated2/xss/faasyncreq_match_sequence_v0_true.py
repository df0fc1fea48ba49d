# generated case (gen_cases2): rule=PY-XSS context=faasyncreq propagation=match_sequence sink=v0 expected=true
from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/xss")
async def handle_xss(request: Request):
    param = request.query_params.get("p", "")
    match param.split(",", 1):
        case [head, *_]:
            bar = head
        case _:
            bar = "default"
    return HTMLResponse("<p>Hello " + bar + "</p>")  # want: PY-XSS
