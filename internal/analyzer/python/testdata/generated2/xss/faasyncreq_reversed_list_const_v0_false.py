# generated case (gen_cases2): rule=PY-XSS context=faasyncreq propagation=reversed_list_const sink=v0 expected=false
from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/xss")
async def handle_xss(request: Request):
    param = request.query_params.get("p", "")
    bar = list(reversed(["safe", param]))[1]
    return HTMLResponse("<p>Hello " + bar + "</p>")
