# generated case (gen_cases2): rule=PY-XSS context=faasyncbody propagation=enumerate_value sink=v0 expected=true
from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.post("/xss")
async def handle_xss(request: Request):
    payload = await request.json()
    param = payload["p"]
    bar = ""
    for _i, v in enumerate(["safe", param]):
        bar = v
    return HTMLResponse("<p>Hello " + bar + "</p>")  # want: PY-XSS
