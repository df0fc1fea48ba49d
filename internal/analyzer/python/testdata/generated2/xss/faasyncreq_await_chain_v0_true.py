# generated case (gen_cases2): rule=PY-XSS context=faasyncreq propagation=await_chain sink=v0 expected=true
from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse

app = FastAPI()


async def inner(value):
    return value


async def outer(value):
    return await inner(value)


@app.get("/xss")
async def handle_xss(request: Request):
    param = request.query_params.get("p", "")
    bar = await outer(param)
    return HTMLResponse("<p>Hello " + bar + "</p>")  # want: PY-XSS
