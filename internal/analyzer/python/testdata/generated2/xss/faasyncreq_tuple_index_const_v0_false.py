# generated case (gen_cases2): rule=PY-XSS context=faasyncreq propagation=tuple_index_const sink=v0 expected=false
from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/xss")
async def handle_xss(request: Request):
    param = request.query_params.get("p", "")
    t = ("safe", param)
    bar = t[0]
    return HTMLResponse("<p>Hello " + bar + "</p>")
