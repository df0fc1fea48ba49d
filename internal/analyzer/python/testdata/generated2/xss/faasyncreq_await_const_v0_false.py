# generated case (gen_cases2): rule=PY-XSS context=faasyncreq propagation=await_const sink=v0 expected=false
from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse

app = FastAPI()


async def normalize(value):
    return "safe"


@app.get("/xss")
async def handle_xss(request: Request):
    param = request.query_params.get("p", "")
    bar = await normalize(param)
    return HTMLResponse("<p>Hello " + bar + "</p>")
