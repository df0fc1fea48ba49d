# generated case (gen_cases2): rule=PY-XSS context=faasyncbody propagation=enumerate_index sink=v0 expected=false
from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.post("/xss")
async def handle_xss(request: Request):
    payload = await request.json()
    param = payload["p"]
    bar = ""
    for i, _v in enumerate([param]):
        bar = str(i)
    return HTMLResponse("<p>Hello " + bar + "</p>")
