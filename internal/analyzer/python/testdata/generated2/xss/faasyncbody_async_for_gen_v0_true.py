# generated case (gen_cases2): rule=PY-XSS context=faasyncbody propagation=async_for_gen sink=v0 expected=true
from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse

app = FastAPI()


async def agen(value):
    yield value


@app.post("/xss")
async def handle_xss(request: Request):
    payload = await request.json()
    param = payload["p"]
    bar = ""
    async for item in agen(param):
        bar = item
    return HTMLResponse("<p>Hello " + bar + "</p>")  # want: PY-XSS
