# generated case (gen_cases2): rule=PY-XSS context=faasyncbody propagation=walrus_listcomp sink=v0 expected=true
from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.post("/xss")
async def handle_xss(request: Request):
    payload = await request.json()
    param = payload["p"]
    bar = [y := param.strip()][0]
    return HTMLResponse("<p>Hello " + bar + "</p>")  # want: PY-XSS
