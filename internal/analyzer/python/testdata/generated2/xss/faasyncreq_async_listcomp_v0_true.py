# generated case (gen_cases2): rule=PY-XSS context=faasyncreq propagation=async_listcomp sink=v0 expected=true
from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse

app = FastAPI()


async def chars(value):
    for c in value:
        yield c


@app.get("/xss")
async def handle_xss(request: Request):
    param = request.query_params.get("p", "")
    bar = "".join([c async for c in chars(param)])
    return HTMLResponse("<p>Hello " + bar + "</p>")  # want: PY-XSS
