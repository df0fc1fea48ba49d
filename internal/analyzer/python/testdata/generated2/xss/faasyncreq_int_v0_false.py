# generated case (gen_cases2): rule=PY-XSS context=faasyncreq propagation=int sink=v0 expected=false
from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/xss")
async def handle_xss(request: Request):
    param = request.query_params.get("p", "")
    bar = str(int(param))
    return HTMLResponse("<p>Hello " + bar + "</p>")
