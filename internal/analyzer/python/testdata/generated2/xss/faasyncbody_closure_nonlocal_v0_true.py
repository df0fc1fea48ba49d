# generated case (gen_cases2): rule=PY-XSS context=faasyncbody propagation=closure_nonlocal sink=v0 expected=true
from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.post("/xss")
async def handle_xss(request: Request):
    payload = await request.json()
    param = payload["p"]
    bar = "safe"
    def update():
        nonlocal bar
        bar = param
    update()
    return HTMLResponse("<p>Hello " + bar + "</p>")  # want: PY-XSS
