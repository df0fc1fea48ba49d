# generated case (gen_cases2): rule=PY-XSS context=faasyncbody propagation=recursion_ident sink=v0 expected=true
from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse

app = FastAPI()


def unwrap(value, depth):
    if depth <= 0:
        return value
    return unwrap(value, depth - 1)


@app.post("/xss")
async def handle_xss(request: Request):
    payload = await request.json()
    param = payload["p"]
    bar = unwrap(param, 3)
    return HTMLResponse("<p>Hello " + bar + "</p>")  # want: PY-XSS
