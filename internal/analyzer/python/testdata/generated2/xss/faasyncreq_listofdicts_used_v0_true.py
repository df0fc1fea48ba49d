# generated case (gen_cases2): rule=PY-XSS context=faasyncreq propagation=listofdicts_used sink=v0 expected=true
from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/xss")
async def handle_xss(request: Request):
    param = request.query_params.get("p", "")
    rows = [{"n": "safe"}, {"n": param}]
    bar = rows[1]["n"]
    return HTMLResponse("<p>Hello " + bar + "</p>")  # want: PY-XSS
